import { describe, expect, it } from 'vitest';
import { positionsInQuery, positionTermsOfSentence } from '../../src/search/articlePositions.js';
import { tokenize } from '../../src/search/analyzeText.js';
import { realContext } from '../helpers.js';

const placesOf = (question: string): readonly string[] => positionsInQuery(tokenize(question)).terms;

describe('places in the article a question points at', () => {
  it('reads ordinals, numbers and newsroom words before or after the unit', () => {
    expect(placesOf('what does the second paragraph say')).toEqual(['=paragraph-2']);
    expect(placesOf('what is in the 2nd body paragraph')).toEqual(['=paragraph-2']);
    expect(placesOf('summarize paragraph two')).toEqual(['=paragraph-2']);
    expect(placesOf('what does bullet 3 mean')).toEqual(['=bullet-3']);
    expect(placesOf('the 4th bullet point')).toEqual(['=bullet-4']);
    expect(placesOf('how is parler described in the lede')).toEqual(['=paragraph-1']);
    expect(placesOf('what does the final paragraph say')).toEqual(['=paragraph-last']);
  });

  it('finds none where no unit of the article is named, and none for a unit without a place', () => {
    expect(placesOf('what was the second thing amazon did')).toEqual([]);
    expect(placesOf('which paragraph talks about gab')).toEqual([]);
    expect(placesOf('give me the last word on this')).toEqual([]);
  });

  it('marks the words that named the place, so they are not searched as words', () => {
    const tokens = tokenize('what does the second body paragraph say about amazon');
    const { tokens: used } = positionsInQuery(tokens);
    expect([...used].map((i) => tokens[i])).toEqual(['second', 'body', 'paragraph']);
  });

  it('gives each article sentence its block and place, and "last" to the last content paragraph', () => {
    const { pack } = realContext();
    const sentence = (id: string) => pack.sentenceById.get(id)!;
    expect(positionTermsOfSentence(sentence('p2-1'), pack.sentences)).toEqual(['=paragraph-2']);
    expect(positionTermsOfSentence(sentence('b3-2'), pack.sentences)).toEqual(['=bullet-3']);
    expect(positionTermsOfSentence(sentence('p11-1'), pack.sentences)).toEqual(['=paragraph-11', '=paragraph-last']);
    expect(positionTermsOfSentence(sentence('h-1'), pack.sentences)).toEqual([]);
  });
});
