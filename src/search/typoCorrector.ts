// Corrects a mistyped word to the closest word the case pack knows ("amazn" → "amazon"), with fuse.js's Bitap.
// A bigram index narrows the pack's few thousand words to the few dozen that could be close before fuse.js scores them.
import Fuse from 'fuse.js';
import type { WordSet } from './englishWords.js';
import { SEARCH_OPTIONS, TYPO_FUSE_OPTIONS } from './searchOptions.js';

/** Only tokens and words this long are restored from their consonants: shorter ones fit too many typings ("whn"). */
const VOWELLESS_MIN_WORD_LENGTH = 4;

export interface TypoCorrector {
  /** The known word closest to `token`, or undefined when none is close enough. Known words come back unchanged. */
  correct(token: string): string | undefined;
  isKnown(token: string): boolean;
  /** A word spelled right that the pack doesn't use ("timeline"): never corrected, never split. */
  isRealWord(token: string): boolean;
}

const CORRECTABLE = /^\p{L}+$/u;

// The distance table, reused by every call (typo lookups run one after another) and grown when a word needs more.
let table = new Int32Array(256);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, "agianst" → "against" is 1).
 * Bitap scores a fuzzy substring match, so "ended" scores well inside "denied"; this whole-word check keeps
 * real words that the pack does not know from being "corrected" into ones it does.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (table.length < rows * cols) table = new Int32Array(rows * cols);
  const d = table;
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

const sortedLetters = (word: string): string => [...word].sort().join('');

interface Candidate {
  readonly word: string;
  readonly edits: number;
  /** Same letters as the typed token, in another order. */
  readonly swapped: boolean;
  /** The typed token is the word with letters left out ("mondy" → "monday", not "money"): the commonest typo. */
  readonly missedLetters: boolean;
  /** The typed token is the word with its end cut off ("wher" → "where"), as when the last key is missed. */
  readonly completes: boolean;
  readonly count: number;
}

/** Whether `word` has every letter of `token`, in order, with others between ("mondy" in "monday"). */
function isSubsequence(token: string, word: string): boolean {
  let i = 0;
  for (let j = 0; j < word.length && i < token.length; j += 1) if (word[j] === token[i]) i += 1;
  return i === token.length;
}

function isCloser(a: Candidate, b: Candidate): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  if (a.swapped !== b.swapped) return a.swapped;
  if (a.missedLetters !== b.missedLetters) return a.missedLetters;
  if (a.completes !== b.completes) return a.completes;
  if (a.count !== b.count) return a.count > b.count;
  return a.word < b.word;
}

/**
 * @param vocabulary the words the case pack uses, with how often: the only words a typo is corrected to;
 *   between two equally close words the more frequent wins ("cort" → "court", not "corp").
 * @param realWords words that are spelled right even though the pack does not use them: never corrected.
 */
export function buildTypoCorrector(vocabulary: ReadonlyMap<string, number>, realWords: WordSet = new Set<string>()): TypoCorrector {
  const known = new Set(vocabulary.keys());
  const targets = [...known].filter((word) => word.length >= 3 && CORRECTABLE.test(word)).sort();
  const cache = new Map<string, string | undefined>();
  const { maxLengthDifference, minCorrectableLength, shortTokenLength, maxEdits: editLimit, correctionCacheSize } = SEARCH_OPTIONS;

  // Candidates come from a bigram index: a word within k edits of the token shares at least
  // (longer length + 1 − 3k) of its boundary-marked bigrams (one edit, even a swap, breaks at most three), so
  // counting shared bigrams rules out almost the whole vocabulary in a few map lookups. A typo seldom hits both
  // ends of a word: a candidate also keeps the token's first or last letter. fuse.js then scores the few left.
  const bigramsOf = (word: string): string[] => {
    const padded = `^${word}$`;
    return Array.from({ length: padded.length - 1 }, (_, i) => padded.slice(i, i + 2));
  };
  // Words by number, postings as typed arrays read by index, as the case index reads its own (there a for…of over
  // "postings ?? []" got V8's optimised code thrown away in the running bot): a lookup counts shared bigrams in one array.
  const lists = new Map<string, number[]>();
  targets.forEach((word, id) => {
    for (const bigram of new Set(bigramsOf(word))) {
      const list = lists.get(bigram);
      if (list === undefined) lists.set(bigram, [id]);
      else list.push(id);
    }
  });
  const idsByBigram = new Map([...lists].map(([bigram, list]) => [bigram, Int32Array.from(list)]));
  const shared = new Uint16Array(targets.length);
  // Letter counts, folded into 32 buckets: k edits change them by at most 2k in total (a swap not at all), and
  // folding can only hide differences, so this check never drops a word that is close enough.
  const letterCounts = (word: string): Uint16Array => {
    const counts = new Uint16Array(32);
    for (let i = 0; i < word.length; i += 1) counts[word.charCodeAt(i) & 31]! += 1;
    return counts;
  };
  const countsById = targets.map(letterCounts);
  const countDistance = (a: Uint16Array, b: Uint16Array): number => {
    let sum = 0;
    for (let i = 0; i < 32; i += 1) sum += Math.abs(a[i]! - b[i]!);
    return sum;
  };

  const candidatesFor = (token: string, maxEdits: number): string[] => {
    const reach = Math.min(maxEdits, maxLengthDifference);
    const tokenCounts = letterCounts(token);
    const touched: number[] = [];
    for (const bigram of new Set(bigramsOf(token))) {
      const ids = idsByBigram.get(bigram);
      if (ids === undefined) continue;
      for (let j = 0; j < ids.length; j += 1) {
        const id = ids[j]!;
        if (shared[id] === 0) touched.push(id);
        shared[id]! += 1;
      }
    }
    const candidates: string[] = [];
    for (const id of touched) {
      const word = targets[id]!;
      const count = shared[id]!;
      shared[id] = 0;
      if (Math.abs(word.length - token.length) > reach) continue;
      if (word[0] !== token[0] && word.at(-1) !== token.at(-1)) continue;
      if (count < Math.max(word.length, token.length) + 1 - 3 * maxEdits) continue;
      if (countDistance(countsById[id]!, tokenCounts) <= 2 * maxEdits) candidates.push(word);
    }
    return candidates;
  };

  const lookUp = (token: string): string | undefined => {
    const maxEdits = token.length <= shortTokenLength ? editLimit.short : editLimit.long;
    // Fuse.js scores each word on its own, so it only needs to see the words close enough by edits: usually none.
    const edits = new Map<string, number>();
    for (const word of candidatesFor(token, maxEdits)) {
      const distance = editDistance(token, word);
      if (distance <= maxEdits) edits.set(word, distance);
    }
    if (edits.size === 0) return undefined;
    // Between equally close words, one with the very letters typed wins: "lnog" is "long" with two keys swapped,
    // not "log" with a key too many. Then one that only adds letters the typist missed ("mondy" → "monday", not
    // "money"), then one the token begins ("wher" → "where", not "when"), then the more frequent word, then the
    // alphabet, so the choice is stable.
    // Bitap counts a swap as two errors, so fuse.js vets the other candidates only.
    const letters = sortedLetters(token);
    const swapped = new Set<string>();
    const others: string[] = [];
    for (const word of edits.keys()) {
      if (sortedLetters(word) === letters) swapped.add(word);
      else others.push(word);
    }
    const accepted = others.length === 0 ? [...swapped] : [...swapped, ...new Fuse(others, TYPO_FUSE_OPTIONS).search(token).map((r) => r.item)];
    let best: Candidate | undefined;
    for (const word of accepted) {
      const candidate = { word, edits: edits.get(word) ?? Infinity, swapped: swapped.has(word), missedLetters: isSubsequence(token, word), completes: word.startsWith(token), count: vocabulary.get(word) ?? 0 };
      if (best === undefined || isCloser(candidate, best)) best = candidate;
    }
    return best?.word;
  };

  // Typed without its vowels ("prlr", "amzn", "lwst"): too many edits away for the fuzzy match, but its consonants in
  // order, doubles folded, are a word's. The more frequent word wins where two share them ("cptl": capitol, capital).
  const skeletonOf = (word: string): string => word[0] + word.slice(1).replace(/[aeiouy]/gu, '').replace(/(.)\1+/gu, '$1');
  const bySkeleton = new Map<string, string>();
  for (const word of targets) {
    if (word.length < VOWELLESS_MIN_WORD_LENGTH) continue;
    const skeleton = skeletonOf(word);
    const held = bySkeleton.get(skeleton);
    if (held === undefined || (vocabulary.get(word) ?? 0) > (vocabulary.get(held) ?? 0)) bySkeleton.set(skeleton, word);
  }
  const restoreVowels = (token: string): string | undefined => {
    if (token.length < VOWELLESS_MIN_WORD_LENGTH || /[aeiouy]/u.test(token.slice(1))) return undefined;
    return bySkeleton.get(skeletonOf(token));
  };

  /**
   * Too short for a fuzzy match, a token is corrected only when two neighbouring letters are swapped ("dya" →
   * "day"): any other single edit of a three-letter word reaches too many real words.
   */
  const unswap = (token: string): string | undefined => {
    let best: string | undefined;
    for (let i = 0; i + 1 < token.length; i += 1) {
      const word = `${token.slice(0, i)}${token[i + 1]}${token[i]}${token.slice(i + 2)}`;
      if (word !== token && known.has(word) && (best === undefined || (vocabulary.get(word) ?? 0) > (vocabulary.get(best) ?? 0))) best = word;
    }
    return best;
  };

  return {
    isKnown: (token) => known.has(token),
    isRealWord: (token) => realWords.has(token),
    correct(token) {
      if (known.has(token)) return token;
      if (token.length < minCorrectableLength - 1 || !CORRECTABLE.test(token) || realWords.has(token)) return undefined;
      if (cache.has(token)) return cache.get(token);
      const word = (token.length < minCorrectableLength ? unswap(token) : lookUp(token)) ?? restoreVowels(token);
      if (cache.size >= correctionCacheSize) cache.delete(cache.keys().next().value ?? '');
      cache.set(token, word);
      return word;
    },
  };
}
