import { describe, expect, it } from 'vitest';
import { buildTypoCorrector, editDistance } from '../../src/search/typoCorrector.js';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('amazon', 'amazon')).toBe(0);
    expect(editDistance('amazn', 'amazon')).toBe(1);
    expect(editDistance('agianst', 'against')).toBe(1);
    expect(editDistance('parlor', 'parler')).toBe(1);
    expect(editDistance('ended', 'denied')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('correcting typos against the words the case knows', () => {
  const corrector = buildTypoCorrector(new Map(['amazon', 'parler', 'temporary', 'restraining', 'denied', 'facebook', 'warning', 'labels', 'court', 'corp'].map((w) => [w, w === 'court' ? 5 : 1])));

  it('corrects one slip in a short word and two in a long one', () => {
    expect(corrector.correct('amazn')).toBe('amazon');
    expect(corrector.correct('facebok')).toBe('facebook');
    expect(corrector.correct('tempory')).toBe('temporary');
    expect(corrector.correct('restrainig')).toBe('restraining');
    expect(corrector.correct('lables')).toBe('labels');
  });

  it('prefers the word the case uses more often when two are equally close', () => {
    expect(corrector.correct('cort')).toBe('court');
  });

  it('prefers, between equally close words, the one with the very letters typed (two keys swapped)', () => {
    // "lnog" is one edit from "log" (a key too many) and from "long" (two keys swapped); "log" is more frequent.
    const swaps = buildTypoCorrector(new Map([['log', 9], ['long', 1], ['day', 1], ['notice', 1]]));
    expect(swaps.correct('lnog')).toBe('long');
    // Three letters are too few for a fuzzy match, but not for a swap.
    expect(swaps.correct('dya')).toBe('day');
    expect(swaps.correct('dy')).toBeUndefined();
    expect(swaps.correct('dau')).toBeUndefined();
  });

  it('prefers, between equally close words, the one the typist left letters out of', () => {
    // "mondy" is one edit from "money" (a wrong key) and from "monday" (a missed key); "money" is more frequent.
    // So is "respnd" from "resend" and "respond".
    const missed = buildTypoCorrector(new Map([['money', 9], ['monday', 1], ['resend', 9], ['respond', 1]]));
    expect(missed.correct('mondy')).toBe('monday');
    expect(missed.correct('respnd')).toBe('respond');
  });

  it('prefers, between equally close words, the one the token begins (a missed last key)', () => {
    const cut = buildTypoCorrector(new Map([['when', 9], ['where', 1]]));
    expect(cut.correct('wher')).toBe('where');
    expect(cut.correct('whn')).toBeUndefined();
  });

  it('restores a word typed without its vowels, the more frequent one where two share the consonants', () => {
    const vowelless = buildTypoCorrector(new Map([['parler', 3], ['capitol', 4], ['capital', 1], ['banned', 2], ['when', 5]]));
    expect(vowelless.correct('prlr')).toBe('parler');
    expect(vowelless.correct('cptl')).toBe('capitol');
    expect(vowelless.correct('bnnd')).toBe('banned');
    // Too short a token to restore, one with vowels in it (not typed without them), and consonants no word has.
    expect(vowelless.correct('whn')).toBeUndefined();
    expect(vowelless.correct('prlor')).toBeUndefined();
    expect(vowelless.correct('xkcd')).toBeUndefined();
  });

  it('returns known words unchanged', () => {
    expect(corrector.correct('parler')).toBe('parler');
    expect(corrector.isKnown('parler')).toBe(true);
  });

  it('leaves alone words that are not near any known word, short tokens and numbers', () => {
    expect(corrector.correct('ended')).toBeUndefined();
    expect(corrector.correct('weather')).toBeUndefined();
    expect(corrector.correct('amz')).toBeUndefined();
    expect(corrector.correct('10000')).toBeUndefined();
  });

  it('gives the same answer the second time (memoised)', () => {
    expect(corrector.correct('amazn')).toBe(corrector.correct('amazn'));
  });
});
