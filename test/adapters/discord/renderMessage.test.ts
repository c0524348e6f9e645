import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/customIds.js';
import { EMBEDS_TOTAL_MAX, lengthOf, truncate } from '../../../src/adapters/discord/discordLimits.js';
import { renderMessage, timelinePageCount } from '../../../src/adapters/discord/renderMessage.js';
import { SUBCOMMANDS } from '../../../src/commands/caseCommand.js';
import { dispatch } from '../../../src/commands/dispatch.js';
import type { AnswerCard, Reply } from '../../../src/core/reply.js';
import { realContext } from '../../helpers.js';
import { expectWithinDiscordLimits } from './limitsCheck.js';

const context = realContext();
const credit = { publisher: 'P'.repeat(3000), headline: 'H', published: '2021-01-11', publishedNote: 'n', language: 'l' };
const card = (n: number, size: number): AnswerCard => ({ factId: `fact-${n}`, question: `Q${n} ${'q'.repeat(size)}`, answer: `A${n} ${'a'.repeat(size)}`, sentences: [{ id: `p${n}-1`, text: 's'.repeat(size * 4) }] });

describe('rendering every reply the commands produce', () => {
  it.each(SUBCOMMANDS.map((s) => s.name))('%s stays within every Discord limit and pings no one', (name) => {
    const reply = dispatch(context, { subcommand: name, options: name === 'ask' ? { question: 'who sued amazon' } : {} });
    expectWithinDiscordLimits(renderMessage(reply).message);
  });

  it('quotes the source sentence verbatim (markdown-escaped) with its id, and credits the article in the footer', () => {
    const { message } = renderMessage(dispatch(context, { subcommand: 'ask', options: { question: 'tro' } }));
    const embed = message.embeds[0];
    expect(embed?.description).toContain('The lawsuit seeks a temporary restraining order against AWS');
    expect(embed?.description).toContain('`p6-1`');
    expect(message.embeds.at(-1)?.footer?.text).toMatch(/^Source: Business Insider, “Parler sues Amazon.*”, 11 January 2021/u);
  });
});

describe('sentences shared by several cards', () => {
  it('quotes a sentence once per message: a later card names it as quoted above', () => {
    const shared = { id: 'b2-1', text: 'Shared sentence, quoted once.' };
    const own = { id: 'p4-1', text: 'Only the second card has this one.' };
    const cards: AnswerCard[] = [
      { factId: 'a', question: 'Qa', answer: 'First', sentences: [shared] },
      { factId: 'b', question: 'Qb', answer: 'Second', sentences: [own, shared] },
      { factId: 'c', question: 'Qc', answer: 'Third', sentences: [shared] },
    ];
    const { message } = renderMessage({ kind: 'answers', title: 't', cards, related: [], credit });
    const [first, second, third] = message.embeds.map((e) => e.description ?? '');
    expect(first).toContain('Shared sentence, quoted once.');
    expect(second).toContain('Only the second card has this one.');
    expect(second).not.toContain('Shared sentence');
    expect(second).toContain('Also sentence `b2-1`, quoted above.');
    expect(third).toBe('Sentence `b2-1`, quoted above.');
  });

  it('lists each of Parler\'s claims under /case claims without quoting any sentence twice', () => {
    const { message } = renderMessage(dispatch(context, { subcommand: 'claims', options: {} }));
    const text = message.embeds.map((e) => e.description ?? '').join('\n');
    for (const id of ['b2-1', 'p3-1', 'p4-1', 'p5-1', 'p3-2']) expect(text.split(`> — sentence \`${id}\``).length - 1, id).toBe(1);
  });
});

describe('enforcing the limits on oversized replies', () => {
  it('cuts an over-long title, description and footer, and drops cards beyond the 6000-character total', () => {
    const reply: Reply = { kind: 'answers', title: 't', cards: Array.from({ length: 12 }, (_, i) => card(i, 1500)), related: [], credit };
    const { message } = renderMessage(reply);
    expectWithinDiscordLimits(message);
    expect(message.embeds.length).toBeLessThan(12);
    expect(message.content).toMatch(/^Showing \d+ of 12/u);
    expect(message.embeds.at(-1)?.footer?.text.startsWith('Source: PPP')).toBe(true);
  });

  it('turns long related questions into at most 80-character button labels, one row of up to 5', () => {
    const related = Array.from({ length: 7 }, (_, i) => ({ factId: `f-${i}`, question: 'x'.repeat(300) }));
    const { message } = renderMessage({ kind: 'answers', title: 't', cards: [card(1, 10)], related, credit });
    expectWithinDiscordLimits(message);
    expect(message.components[0]?.components.length).toBe(5);
  });

  it('keeps an over-long "not found" message within 2000 characters', () => {
    const { message, ephemeral } = renderMessage({ kind: 'not-found', message: 'm'.repeat(5000), suggestions: [] });
    expectWithinDiscordLimits(message);
    expect(ephemeral).toBe(true);
  });

  it('counts characters as Discord does (code points) and never splits an emoji', () => {
    expect(lengthOf('😀😀')).toBe(2);
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(EMBEDS_TOTAL_MAX).toBe(6000);
  });
});

describe('misses and mistakes', () => {
  it('answers a miss ephemerally, with "did you mean" buttons that update the message', () => {
    const rendered = renderMessage(dispatch(context, { subcommand: 'ask', options: { question: 'what is the weather' } }));
    expect(rendered.ephemeral).toBe(true);
    expect(rendered.message.content).toContain("The article doesn't say");
    const actions = rendered.message.components.flatMap((r) => r.components.map((b) => decodeButton(b.custom_id)));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action?.kind).toBe('suggestion');
  });

  it('shows bad input ephemerally', () => {
    expect(renderMessage({ kind: 'invalid', message: 'no' }).ephemeral).toBe(true);
  });
});

describe('the timeline', () => {
  it('paginates with Previous/Next buttons that carry the page, disabled at the ends', () => {
    const reply = dispatch(context, { subcommand: 'timeline', options: {} });
    const pages = timelinePageCount(context.pack.timeline.length);
    expect(pages).toBeGreaterThan(1);
    const first = renderMessage(reply, 0).message;
    const last = renderMessage(reply, pages - 1).message;
    const buttons = (m: typeof first) => m.components.flatMap((r) => r.components);
    expect(buttons(first).map((b) => [decodeButton(b.custom_id), b.disabled])).toEqual([
      [{ kind: 'timeline-page', page: 0 }, true],
      [{ kind: 'timeline-page', page: 1 }, false],
    ]);
    expect(buttons(last).at(-1)?.disabled).toBe(true);
    expect(first.embeds[0]?.fields?.[0]?.name).toContain('last week');
    expect(last.embeds[0]?.title).toContain(`page ${pages} of ${pages}`);
  });

  it('clamps a page number beyond the end to the last page', () => {
    const reply = dispatch(context, { subcommand: 'timeline', options: {} });
    expect(renderMessage(reply, 99).message).toEqual(renderMessage(reply, timelinePageCount(context.pack.timeline.length) - 1).message);
  });
});
