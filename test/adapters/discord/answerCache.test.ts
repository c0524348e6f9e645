import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../../src/adapters/discord/answerCache.js';
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

  it('remembers nothing at capacity 0', () => {
    const cache = createAnswerCache(0);
    cache.recall(ask('a'), () => choices);
    expect(cache.size).toBe(0);
  });
});
