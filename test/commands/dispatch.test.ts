import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../../src/commands/caseCommand.js';
import { dispatch } from '../../src/commands/dispatch.js';
import { QUESTION_MAX_LENGTH } from '../../src/core/limits.js';
import { MESSAGES } from '../../src/core/messages.js';
import type { Reply } from '../../src/core/reply.js';
import { realContext } from '../helpers.js';

const context = realContext();
const run = (subcommand: string, options: Record<string, unknown> = {}): Reply => dispatch(context, { subcommand, options });
const article = context.pack.sentences.map((s) => s.text);

function quotedTexts(reply: Reply): string[] {
  if (reply.kind === 'answers') return reply.cards.flatMap((c) => c.sentences.map((s) => s.text));
  if (reply.kind === 'timeline') return reply.events.flatMap((e) => e.sentences.map((s) => s.text));
  return [];
}

describe('every subcommand', () => {
  it.each(SUBCOMMANDS.map((s) => s.name))('%s answers, quoting only verbatim article sentences', (name) => {
    const reply = run(name, name === 'ask' ? { question: 'who sued amazon' } : {});
    expect(reply.kind).not.toBe('invalid');
    for (const text of quotedTexts(reply)) expect(article).toContain(text);
  });
});

describe('topic subcommands', () => {
  it('who-sued names Parler suing Amazon and the day it filed', () => {
    const reply = run('who-sued');
    expect(quotedTexts(reply)).toContain('Parler sues Amazon, claiming it violated antitrust laws');
    expect(quotedTexts(reply).join(' ')).toContain('filed on Monday');
  });

  it('relief quotes the restraining order; claims the political motive; amazon its reason', () => {
    expect(quotedTexts(run('relief')).join(' ')).toContain('temporary restraining order');
    expect(quotedTexts(run('claims')).join(' ')).toContain('politically motivated');
    expect(quotedTexts(run('amazon')).join(' ')).toContain('does not efficiently police threats of violence');
  });

  it('context covers the siege, the suspensions, the app stores and the growth of Parler and Gab', () => {
    const text = quotedTexts(run('context')).join(' ');
    for (const part of ['Capitol', 'permanently suspend Trump', 'Apple and Google', 'Gab']) expect(text).toContain(part);
  });

  it('every reply that quotes also credits the article', () => {
    const reply = run('claims');
    expect(reply.kind === 'answers' && reply.credit.publisher).toBe('Business Insider');
  });
});

describe('timeline', () => {
  it('lists the events in the order they happened, with time phrases and derived dates', () => {
    const reply = run('timeline');
    expect(reply.kind).toBe('timeline');
    if (reply.kind !== 'timeline') return;
    const ids = reply.events.map((e) => e.id);
    expect(ids.indexOf('capitol-siege')).toBeLessThan(ids.indexOf('trump-suspended'));
    expect(ids.indexOf('aws-removes-parler')).toBeLessThan(ids.indexOf('suit-filed'));
    expect(ids.indexOf('suit-filed')).toBeLessThan(ids.indexOf('parler-offline'));
    const filed = reply.events.find((e) => e.id === 'suit-filed');
    expect(filed?.when).toBe('on Monday');
    expect(filed?.date?.label).toBe('11 January 2021 (derived)');
  });
});

describe('quote', () => {
  it('without a search, gives the lawsuit in its own words', () => {
    expect(quotedTexts(run('quote')).join(' ')).toContain('motivated by political animosity');
  });

  it('with a search, finds the sentence about that topic', () => {
    expect(quotedTexts(run('quote', { search: 'restraining order' })).join(' ')).toContain('temporary restraining order');
  });
});

describe('source and help', () => {
  it('source credits Business Insider, the date and the machine translation', () => {
    const reply = run('source');
    expect(reply.kind === 'source' && reply.lines.join('\n')).toMatch(/Business Insider[\s\S]*11 January 2021[\s\S]*machine translation/u);
  });

  it('help lists every subcommand', () => {
    const reply = run('help');
    expect(reply.kind === 'help' && reply.entries.map((e) => e.usage.split(' ')[1])).toEqual(SUBCOMMANDS.map((s) => s.name));
  });
});

describe('ask with bad input', () => {
  it.each([
    ['', MESSAGES.emptyQuestion],
    ['   \t ', MESSAGES.emptyQuestion],
    ['\u200b\u200f', MESSAGES.emptyQuestion],
    ['?!?!...', MESSAGES.noWordsInQuestion],
  ])('%j gets a clear message and no search', (question, message) => {
    expect(run('ask', { question })).toEqual({ kind: 'invalid', message });
  });

  it(`refuses a question over ${QUESTION_MAX_LENGTH} characters and accepts one of exactly ${QUESTION_MAX_LENGTH}`, () => {
    expect(run('ask', { question: 'a'.repeat(QUESTION_MAX_LENGTH + 1) })).toEqual({ kind: 'invalid', message: MESSAGES.questionTooLong(QUESTION_MAX_LENGTH + 1) });
    expect(run('ask', { question: `who sued amazon ${'x'.repeat(QUESTION_MAX_LENGTH - 16)}` }).kind).not.toBe('invalid');
  });

  it('says the article does not say, with suggestions, when it does not', () => {
    const reply = run('ask', { question: 'what is the weather today' });
    expect(reply.kind).toBe('not-found');
    expect(reply.kind === 'not-found' && reply.message).toContain("The article doesn't say");
    expect(reply.kind === 'not-found' && reply.suggestions.length).toBeGreaterThan(0);
  });

  it('names what the article leaves out when a known gap matches', () => {
    const reply = run('ask', { question: 'did the judge grant the restraining order' });
    expect(reply).toMatchObject({ kind: 'not-found', message: expect.stringContaining('how the court ruled') });
  });
});

describe('bad invocations', () => {
  it('rejects an unknown subcommand, a missing option and an option of the wrong type', () => {
    expect(run('weather')).toEqual({ kind: 'invalid', message: MESSAGES.unknownSubcommand('weather') });
    expect(run('ask', {}).kind).toBe('invalid');
    expect(run('ask', { question: 42 }).kind).toBe('invalid');
    expect(run('timeline', { extra: 'x' }).kind).toBe('invalid');
  });
});
