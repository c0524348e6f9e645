// Corrects a mistyped word to the closest word the case pack knows ("amazn" → "amazon"), with fuse.js's Bitap.
// Small Fuse indexes by word length and first or last letter keep each lookup to a few dozen words.
import Fuse from 'fuse.js';
import { SEARCH_OPTIONS, TYPO_FUSE_OPTIONS } from './searchOptions.js';

export interface TypoCorrector {
  /** The known word closest to `token`, or undefined when none is close enough. Known words come back unchanged. */
  correct(token: string): string | undefined;
  isKnown(token: string): boolean;
}

const CORRECTABLE = /^\p{L}+$/u;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, "agianst" → "against" is 1).
 * Bitap scores a fuzzy substring match, so "ended" scores well inside "denied"; this whole-word check keeps
 * real words that the pack does not know from being "corrected" into ones it does.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * @param vocabulary the words the case pack uses, with how often: the only words a typo is corrected to;
 *   between two equally close words the more frequent wins ("cort" → "court", not "corp").
 * @param realWords words that are spelled right even though the pack does not use them: never corrected.
 */
export function buildTypoCorrector(vocabulary: ReadonlyMap<string, number>, realWords: ReadonlySet<string> = new Set()): TypoCorrector {
  const known = new Set(vocabulary.keys());
  const targets = [...known].filter((word) => word.length >= 3 && CORRECTABLE.test(word)).sort();
  const cache = new Map<string, string | undefined>();
  const { maxLengthDifference, minCorrectableLength, shortTokenLength, maxEdits: editLimit, correctionCacheSize } = SEARCH_OPTIONS;

  // Small indexes, built up front: by token length and first letter, and by length and last letter. A typo
  // seldom hits both ends of a word, so the two together find it while each search covers a few dozen words
  // instead of the whole vocabulary (autocomplete runs this on every keystroke).
  const buckets = new Map<string, Fuse<string>>();
  const bucketFor = (key: string, words: readonly string[]): void => {
    if (words.length > 0) buckets.set(key, new Fuse(words, TYPO_FUSE_OPTIONS));
  };
  const longest = targets.reduce((max, word) => Math.max(max, word.length), 0) + maxLengthDifference;
  for (let length = minCorrectableLength; length <= longest; length += 1) {
    const near = targets.filter((word) => Math.abs(word.length - length) <= maxLengthDifference);
    for (const letter of new Set(near.flatMap((w) => [w[0] ?? '', w.at(-1) ?? '']))) {
      bucketFor(`${length}^${letter}`, near.filter((w) => w.startsWith(letter)));
      bucketFor(`${length}$${letter}`, near.filter((w) => w.endsWith(letter)));
    }
  }

  const lookUp = (token: string): string | undefined => {
    const maxEdits = token.length <= shortTokenLength ? editLimit.short : editLimit.long;
    const candidates = [`${token.length}^${token[0] ?? ''}`, `${token.length}$${token.at(-1) ?? ''}`]
      .flatMap((key) => buckets.get(key)?.search(token) ?? []);
    let best: { word: string; edits: number; count: number } | undefined;
    for (const result of candidates) {
      const edits = editDistance(token, result.item);
      if (edits > maxEdits) continue;
      const count = vocabulary.get(result.item) ?? 0;
      if (best === undefined || edits < best.edits || (edits === best.edits && count > best.count)) best = { word: result.item, edits, count };
    }
    return best?.word;
  };

  return {
    isKnown: (token) => known.has(token),
    correct(token) {
      if (known.has(token)) return token;
      if (token.length < minCorrectableLength || !CORRECTABLE.test(token) || realWords.has(token)) return undefined;
      if (cache.has(token)) return cache.get(token);
      const word = lookUp(token);
      if (cache.size >= correctionCacheSize) cache.delete(cache.keys().next().value ?? '');
      cache.set(token, word);
      return word;
    },
  };
}
