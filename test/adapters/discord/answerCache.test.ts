import { describe, expect, it } from 'vitest';
import { createAnswerCache, memoKey } from '../../../src/adapters/discord/answerCache.js';
import { handleInteraction, type InteractionInput } from '../../../src/adapters/discord/handleInteraction.js';
import { buildQuestionSuggester } from '../../../src/search/suggestQuestions.js';
import { realContext } from '../../helpers.js';

const ask = (question: string): InteractionInput => ({ kind: 'command', subcommand: 'ask', options: { question } });
const choices = { kind: 'choices', choices: [] } as const;

describe('the answer memo', () => {
  it('gives a remembered outcome identical to a freshly computed one', () => {
    const context = realContext();
    const plain = { context, suggest: buildQuestionSuggester(context.pack, context.index) };
    const memo = { ...plain, cache: createAnswerCache(10) };
    const first = handleInteraction(memo, ask('who sued amazon'));
    expect(handleInteraction(memo, ask('who sued amazon'))).toBe(first);
    expect(first).toEqual(handleInteraction(plain, ask('who sued amazon')));
  });

  it('keeps at most its capacity, evicting the least recently used', () => {
    const cache = createAnswerCache(2);
    let computed = 0;
    const compute = () => {
      computed += 1;
      return choices;
    };
    cache.recall(ask('a'), compute);
    cache.recall(ask('b'), compute);
    cache.recall(ask('a'), compute);
    cache.recall(ask('c'), compute);
    expect(cache.size).toBe(2);
    expect(computed).toBe(3);
    cache.recall(ask('a'), compute);
    expect(computed).toBe(3);
    cache.recall(ask('b'), compute);
    expect(computed).toBe(4);
  });

  it('keys different inputs apart, however their text is crafted, and the same options in any order alike', () => {
    const inputs: InteractionInput[] = [
      ask('who sued amazon'),
      ask('who sued amazon '),
      { kind: 'command', subcommand: 'quote', options: { question: 'who sued amazon' } },
      { kind: 'command', subcommand: 'ask', options: { question: '15:who sued amazon' } },
      { kind: 'command', subcommand: 'ask', options: { question: 'a', search: 'b' } },
      { kind: 'command', subcommand: 'ask', options: { question: 'a1:b6:search' } },
      { kind: 'command', subcommand: 'ask', options: { question: 1 } },
      { kind: 'command', subcommand: 'ask', options: { question: '1' } },
      { kind: 'autocomplete', subcommand: 'ask', focused: { name: 'question', value: 'who sued amazon' } },
      { kind: 'button', customId: 'who sued amazon' },
    ];
    expect(new Set(inputs.map(memoKey)).size).toBe(inputs.length);
    expect(memoKey({ kind: 'command', subcommand: 'ask', options: { a: '1', b: '2' } })).toBe(memoKey({ kind: 'command', subcommand: 'ask', options: { b: '2', a: '1' } }));
  });

  it('remembers nothing at capacity 0', () => {
    const cache = createAnswerCache(0);
    cache.recall(ask('a'), () => choices);
    expect(cache.size).toBe(0);
  });
});
