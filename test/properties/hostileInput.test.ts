// Property-based tests: hostile input of every kind, 10,000 runs per property, against the handlers and the
// renderer. Nothing throws, every payload fits Discord, nothing can ping, quotes stay verbatim, answers repeat.
import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { handleInteraction, type InteractionOutcome } from '../../src/adapters/discord/handleInteraction.js';
import { renderMessage } from '../../src/adapters/discord/renderMessage.js';
import type { Reply } from '../../src/core/reply.js';
import { dispatch } from '../../src/commands/dispatch.js';
import { buildQuestionSuggester } from '../../src/search/suggestQuestions.js';
import { expectWithinDiscordLimits } from '../adapters/discord/limitsCheck.js';
import { realContext } from '../helpers.js';

const RUNS = 10_000;
const context = realContext();
const services = { context, suggest: buildQuestionSuggester(context.pack, context.index) };
const article = new Set(context.pack.sentences.map((s) => s.text));
const escapedArticle = new Set([...article].map((s) => escapeMarkdown(s)));

const hostilePiece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(
    '@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
    '```js\nprocess.exit()\n```', '**bold**', '||spoiler||', '~~gone~~', '> quoted', '# heading', '[link](https://evil.example)',
    'https://example.com/a?b=c', '\u200b', '\u200f', '\u202e', '\u0000', '👨‍👩‍👧', '🇺🇸', 'ﷺ', 'who sued amazon', 'tro', 'parlor',
    'constructor', '__proto__', 'toString', 'case:fact:x', '%s%n', '${jndi:ldap://x}', "'; DROP TABLE x; --",
  ),
);
/** Text as hostile as a public server gets: mixed pieces, or a wall of up to 6,000 characters. */
const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.array(hostilePiece, { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 150, maxLength: 6000 }) },
);

function expectSafe(outcome: InteractionOutcome): void {
  if (outcome.kind === 'choices') {
    expect(outcome.choices.length).toBeLessThanOrEqual(25);
    for (const c of outcome.choices) {
      expect([...c.name].length).toBeGreaterThanOrEqual(1);
      expect([...c.name].length).toBeLessThanOrEqual(100);
      expect([...c.value].length).toBeLessThanOrEqual(100);
    }
    return;
  }
  expectWithinDiscordLimits(outcome.message);
  // Every quoted line is an article sentence, exactly as the article has it (markdown-escaped for display).
  for (const embed of outcome.message.embeds) {
    const texts = [embed.description ?? '', ...(embed.fields ?? []).map((f) => f.value)];
    for (const line of texts.flatMap((t) => t.split('\n'))) {
      if (line.startsWith('> ') && !line.startsWith('> — sentence')) expect(escapedArticle.has(line.slice(2))).toBe(true);
    }
  }
}

describe('hostile input', () => {
  it('/case ask: never throws, always fits Discord, never pings, quotes verbatim, same answer every time', () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        const input = { kind: 'command', subcommand: 'ask', options: { question } } as const;
        const outcome = handleInteraction(services, input);
        expectSafe(outcome);
        expect(handleInteraction(services, input)).toEqual(outcome);
        const reply = dispatch(context, { subcommand: 'ask', options: { question } });
        if (reply.kind === 'answers') for (const card of reply.cards) for (const s of card.sentences) expect(article.has(s.text)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('/case quote search: and autocomplete: never throw and always fit', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectSafe(handleInteraction(services, { kind: 'command', subcommand: 'quote', options: { search: text } }));
        expectSafe(handleInteraction(services, { kind: 'autocomplete', subcommand: 'ask', focused: { name: 'question', value: text } }));
      }),
      { numRuns: RUNS },
    );
  });

  it('buttons with any custom_id, and commands with options of any type or none, get a safe reply', () => {
    fc.assert(
      fc.property(hostileText, fc.string({ maxLength: 40 }), fc.dictionary(fc.string({ maxLength: 10 }), fc.anything()), (customId, subcommand, options) => {
        expectSafe(handleInteraction(services, { kind: 'button', customId }));
        expectSafe(handleInteraction(services, { kind: 'button', customId: `case:page:${customId.length}` }));
        expectSafe(handleInteraction(services, { kind: 'command', subcommand, options }));
        expectSafe(handleInteraction(services, { kind: 'command', subcommand: 'ask', options }));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the renderer, given any reply at all', () => {
  const slug = fc.stringMatching(/^[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,3}$/u);
  const sentence = fc.record({ id: fc.string({ maxLength: 12 }), text: hostileText });
  const suggestion = fc.record({ factId: slug, question: hostileText });
  const credit = fc.record({ publisher: hostileText, headline: hostileText, published: fc.constantFrom('2021-01-11', '1999-12-31'), publishedNote: hostileText, language: hostileText });
  const reply: fc.Arbitrary<Reply> = fc.oneof(
    fc.record({
      kind: fc.constant('answers' as const),
      title: hostileText,
      cards: fc.array(fc.record({ factId: slug, question: hostileText, answer: hostileText, sentences: fc.array(sentence, { maxLength: 4 }) }), { maxLength: 14 }),
      related: fc.array(suggestion, { maxLength: 8 }),
      credit,
    }),
    fc.record({ kind: fc.constant('not-found' as const), message: hostileText, suggestions: fc.array(suggestion, { maxLength: 8 }) }),
    fc.record({
      kind: fc.constant('timeline' as const),
      title: hostileText,
      events: fc.array(fc.record({ id: slug, when: hostileText, event: hostileText, sentences: fc.array(sentence, { maxLength: 3 }) }), { maxLength: 30 }),
      credit,
    }),
    fc.record({ kind: fc.constant('invalid' as const), message: hostileText }),
  );

  it('always produces a payload within every Discord limit that pings no one', () => {
    fc.assert(
      fc.property(reply, fc.integer({ min: -5, max: 50 }), (r, page) => {
        expectWithinDiscordLimits(renderMessage(r, page).message);
      }),
      { numRuns: RUNS },
    );
  });
});
