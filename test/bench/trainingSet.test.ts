import { describe, expect, it } from 'vitest';
import { classesOf, questionKey, unseenQuestions } from '../../bench/trainingSet.js';
import { loadCasePack } from '../../src/data/loadCasePack.js';
import { TINY_CASE_DIRECTORY } from '../helpers.js';

const tiny = loadCasePack(TINY_CASE_DIRECTORY);
// The tiny case, with "refund" also citing the filing sentence (p1-1) for its last words, so two facts cite one sentence.
const shared = {
  ...tiny,
  facts: tiny.facts.map((f) => (f.id === 'refund' ? { ...f, sources: [...f.sources, { sentence: 'p1-1', quote: 'on Friday, according to court papers' }] } : f)),
};
const question = (accept: string[]) => ({ id: 't', q: 'test', accept, kind: 'paraphrase' });
const ids = (classes: number[]): string[] => classes.map((c) => shared.facts[c]?.id ?? 'doesnt-say');

describe('labelling a training question', () => {
  it('labels an unanswerable question "the article doesn’t say"', () => {
    expect(ids(classesOf(shared, question([])))).toEqual(['doesnt-say']);
  });

  it('labels a question with the fact whose own quote overlaps the accepted words, when two facts cite the sentence', () => {
    expect(ids(classesOf(shared, question(['District Court on Friday'])))).toEqual(['refund']);
    expect(ids(classesOf(shared, question(['Acme filed the lawsuit in the U.S.'])))).toEqual(['acme-sues']);
  });

  it('labels it with every fact citing the sentence when no quote overlaps the accepted words', () => {
    expect(ids(classesOf(shared, question(['in the U.S. District Court'])))).toEqual(['acme-sues', 'refund']);
  });

  it('labels a question two sentences answer with the facts of each', () => {
    expect(ids(classesOf(tiny, question(['Acme wants a refund', 'Globex denies it'])))).toEqual(['faulty-widgets', 'refund']);
  });
});

describe('telling questions already asked from new ones', () => {
  it('treats case, punctuation and spacing as the same question', () => {
    expect(questionKey('  When was Parler founded?? ')).toBe(questionKey('when was parler founded'));
    expect(questionKey('when was parler founded')).not.toBe(questionKey('when was gab founded'));
  });

  it('keeps only the questions the training questions do not repeat', () => {
    const train = [question([]), { ...question([]), q: 'Who sued Amazon?' }];
    const test = [{ ...question([]), id: 'a', q: 'who sued amazon' }, { ...question([]), id: 'b', q: 'who sued apple' }];
    expect(unseenQuestions(test, train).map((q) => q.id)).toEqual(['b']);
  });
});
