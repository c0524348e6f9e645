import { describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/adapters/discord/customIds.js';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from '../../../src/adapters/discord/discordLimits.js';
import { handleInteraction, type InteractionOutcome } from '../../../src/adapters/discord/handleInteraction.js';
import { createRateLimiter } from '../../../src/core/rateLimiter.js';
import { MESSAGES } from '../../../src/core/messages.js';
import { buildQuestionSuggester } from '../../../src/search/suggestQuestions.js';
import { realContext } from '../../helpers.js';
import { expectWithinDiscordLimits } from './limitsCheck.js';

const context = realContext();
const services = { context, suggest: buildQuestionSuggester(context.pack, context.index) };

function choicesOf(outcome: InteractionOutcome): { name: string; value: string }[] {
  expect(outcome.kind).toBe('choices');
  return outcome.kind === 'choices' ? [...outcome.choices] : [];
}

describe('slash commands', () => {
  it('reply publicly with the answer, and ephemerally with a miss', () => {
    const hit = handleInteraction(services, { kind: 'command', subcommand: 'ask', options: { question: 'who sued amazon' } });
    expect(hit).toMatchObject({ kind: 'reply', ephemeral: false });
    const miss = handleInteraction(services, { kind: 'command', subcommand: 'ask', options: { question: 'what is the weather' } });
    expect(miss).toMatchObject({ kind: 'reply', ephemeral: true });
  });

  it('treat a value of the wrong type or a missing option as a clear, ephemeral mistake', () => {
    for (const options of [{}, { question: 5 }]) {
      const outcome = handleInteraction(services, { kind: 'command', subcommand: 'ask', options });
      expect(outcome).toMatchObject({ kind: 'reply', ephemeral: true });
    }
  });
});

describe('autocomplete', () => {
  it('offers the pinned starter questions when nothing is typed', () => {
    const choices = choicesOf(handleInteraction(services, { kind: 'autocomplete', subcommand: 'ask', focused: { name: 'question', value: '' } }));
    expect(choices[0]?.value).toBe(context.pack.facts[0]?.question);
  });

  it('offers what was typed first, then matching questions, within 25 choices of at most 100 characters', () => {
    const choices = choicesOf(handleInteraction(services, { kind: 'autocomplete', subcommand: 'ask', focused: { name: 'question', value: 'why did am' } }));
    expect(choices[0]).toEqual({ name: 'why did am', value: 'why did am' });
    expect(choices[1]?.value).toBe('Why did Amazon cut Parler off?');
    expect(choices.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICES_MAX);
  });

  it('never offers a choice over Discord limits, whatever is typed', () => {
    for (const value of ['x'.repeat(150), '😀'.repeat(99), '@everyone <@123>', '\u200b']) {
      for (const c of choicesOf(handleInteraction(services, { kind: 'autocomplete', subcommand: 'ask', focused: { name: 'question', value } }))) {
        expect([...c.name].length).toBeGreaterThan(0);
        expect([...c.name].length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
        expect([...c.value].length).toBeLessThanOrEqual(CHOICE_VALUE_MAX);
      }
    }
  });
});

describe('buttons', () => {
  it('a related-fact button shows that fact in a new ephemeral reply', () => {
    const outcome = handleInteraction(services, { kind: 'button', customId: encodeButton({ kind: 'fact', factId: 'restraining-order' }) });
    expect(outcome).toMatchObject({ kind: 'reply', ephemeral: true });
    if (outcome.kind === 'reply') expect(outcome.message.embeds[0]?.description).toContain('temporary restraining order');
  });

  it('a "did you mean" button replaces the miss with the fact', () => {
    const outcome = handleInteraction(services, { kind: 'button', customId: encodeButton({ kind: 'suggestion', factId: 'amazon-no-comment' }) });
    expect(outcome.kind).toBe('update');
    if (outcome.kind === 'update') expectWithinDiscordLimits(outcome.message);
    // An update keeps every field it leaves out: the miss text must be cleared explicitly.
    expect(outcome.kind === 'update' && outcome.message.content).toBe('');
  });

  it('a timeline button shows the page it names', () => {
    const outcome = handleInteraction(services, { kind: 'button', customId: encodeButton({ kind: 'timeline-page', page: 1 }, 'next') });
    expect(outcome.kind === 'update' && outcome.message.embeds[0]?.title).toContain('page 2');
  });

  it('a stale or foreign button gets a short ephemeral explanation, not an error', () => {
    for (const customId of ['case:fact:no-such-fact', 'someone-else:thing', '']) {
      expect(handleInteraction(services, { kind: 'button', customId })).toMatchObject({ kind: 'reply', ephemeral: true });
    }
  });
});

describe('per-user limits', () => {
  const limiter = (limit: number) => createRateLimiter({ limit, windowMs: 60_000, maxTracked: 100 });

  it('answers a user over the search limit with an ephemeral "slow down", without searching', () => {
    let searches = 0;
    const counting = { ...context, index: { ...context.index, ask: (q: string) => { searches += 1; return context.index.ask(q); } } };
    const limitedServices = { ...services, context: counting, limits: { search: limiter(2), autocomplete: limiter(2) } };
    const ask = { kind: 'command', subcommand: 'ask', options: { question: 'who sued amazon' } } as const;
    handleInteraction(limitedServices, ask, 'spammer');
    handleInteraction(limitedServices, ask, 'spammer');
    const third = handleInteraction(limitedServices, ask, 'spammer');
    expect(searches).toBe(2);
    expect(third).toMatchObject({ kind: 'reply', ephemeral: true });
    expect(third.kind === 'reply' && third.message.content).toBe(MESSAGES.slowDown);
    expect(handleInteraction(limitedServices, ask, 'someone-else')).toMatchObject({ kind: 'reply', ephemeral: false });
    // Subcommands that do not search are not limited.
    expect(handleInteraction(limitedServices, { kind: 'command', subcommand: 'timeline', options: {} }, 'spammer').kind).toBe('reply');
  });

  it('answers autocomplete over its limit with no choices', () => {
    const limitedServices = { ...services, limits: { search: limiter(5), autocomplete: limiter(1) } };
    const typing = { kind: 'autocomplete', subcommand: 'ask', focused: { name: 'question', value: 'why' } } as const;
    expect(choicesOf(handleInteraction(limitedServices, typing, 'u')).length).toBeGreaterThan(0);
    expect(choicesOf(handleInteraction(limitedServices, typing, 'u'))).toEqual([]);
  });
});
