import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_DIRECTORY } from '../../src/data/loadCasePack.js';
import { segmentArticle, splitSentences } from '../../src/data/segmentArticle.js';

const article = readFileSync(join(DEFAULT_CASE_DIRECTORY, 'article.txt'), 'utf8');

describe('segmenting the article', () => {
  const sentences = segmentArticle(article);

  it('finds every sentence of the headline, the bullets and the body, with stable ids', () => {
    expect(sentences.map((s) => s.id)).toEqual([
      'h-1', 'b1-1', 'b2-1', 'b3-1', 'b3-2', 'b4-1', 'b5-1',
      'p1-1', 'p2-1', 'p3-1', 'p3-2', 'p4-1', 'p5-1', 'p6-1', 'p7-1', 'p8-1', 'p8-2', 'p9-1', 'p10-1', 'p11-1', 'p12-1',
    ]);
  });

  it('numbers each bullet and body paragraph from 1, sentences of one block sharing its number', () => {
    const place = (id: string): [string, number] | undefined => {
      const sentence = sentences.find((s) => s.id === id);
      return sentence && [sentence.block, sentence.position];
    };
    expect(place('h-1')).toEqual(['headline', 1]);
    expect(place('b3-2')).toEqual(['bullet', 3]);
    expect(place('p2-1')).toEqual(['paragraph', 2]);
    expect(place('p8-2')).toEqual(['paragraph', 8]);
  });

  it('keeps every sentence verbatim: joined back, they are the article without bullets and line breaks', () => {
    for (const sentence of sentences) expect(article).toContain(sentence.text);
    const words = (text: string): string => text.replace(/•/gu, ' ').split(/\s+/u).filter(Boolean).join(' ');
    expect(words(sentences.map((s) => s.text).join(' '))).toBe(words(article));
  });

  it('does not split at "U.S." the way Intl.Segmenter does', () => {
    const b4 = sentences.find((s) => s.id === 'b4-1');
    expect(b4?.text).toMatch(/^The lawsuit comes after pro-Trump protesters invaded the U\.S\. Capitol and many consider .* incite violence\.$/u);
    const intl = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(b4?.text ?? '')];
    expect(intl.length).toBeGreaterThan(1);
  });

  it('keeps the quoted lawsuit text, with its inner full stop, in one sentence', () => {
    const p5 = sentences.find((s) => s.id === 'p5-1');
    expect(p5?.text.startsWith('The lawsuit claims that “AWS')).toBe(true);
    expect(p5?.text.endsWith('for the benefit of Twitter.”')).toBe(true);
  });

  it('splits two sentences in one bullet', () => {
    expect(sentences.filter((s) => s.id.startsWith('b3-')).map((s) => s.text)).toEqual([
      'Parler calls himself committed to freedom of expression and has little policy of moderation.',
      'He became the favorite of many on the right, including Trump supporters and Senator Ted Cruz.',
    ]);
  });
});

describe('splitting one block', () => {
  it('ends a sentence after a closing quote that holds the full stop', () => {
    expect(splitSentences('He said “No. Never.” Then he left.')).toEqual(['He said “No. Never.”', 'Then he left.']);
  });

  it('does not split before a lowercase word or inside a number', () => {
    expect(splitSentences('It grew 2.5 times. e.g. more users came. Then 10,000 joined.')).toEqual([
      'It grew 2.5 times. e.g. more users came.',
      'Then 10,000 joined.',
    ]);
  });
});
