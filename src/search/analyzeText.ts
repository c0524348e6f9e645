// Turns text into search terms: tokens, spelled-out short forms, lexicon concepts ("=sue"), stop words dropped,
// the rest Porter-stemmed. Questions and the case data go through the same steps, so they meet on equal terms.
import { stemmer } from 'stemmer';
import type { LexiconGroup } from '../data/schemas.js';
import { DISCORD_MARKUP, FILLER_PHRASES, SHORT_FORMS, STOP_WORDS } from './wordLists.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;
const APOSTROPHES = /['’‘`´]/u;
/** All filler phrases in one pattern, so a text is scanned once. */
const FILLER = new RegExp(FILLER_PHRASES.map((phrase) => `(?:${phrase.source})`).join('|'), 'gu');
const DIGITS = /\d/u;
/** Every piece of Discord markup has one of these (mentions, emoji, timestamps, links). */
const MARKUP_SIGNS = /[<@:]/u;

/** Concepts are prefixed so that they can never collide with a stemmed word. */
export const CONCEPT_PREFIX = '=';

/**
 * Lowercase word and number tokens, chat short forms spelled out; possessives, apostrophes, accents, invisible
 * characters, thousands separators, Discord markup and filler phrases removed.
 */
export function tokenize(text: string): string[] {
  // Plain ASCII, as most questions are, has no accents or invisible characters to take out.
  let s = PRINTABLE_ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/\p{Cf}+/gu, '').toLowerCase();
  // Each step runs only when the text has the character it looks for: most questions have none of them.
  if (APOSTROPHES.test(s)) {
    s = s.replace(/[’‘`´]/gu, "'").replace(/(\p{L})'s\b/gu, '$1').replace(/s'(?=\s|$)/gu, 's').replace(/(\p{L})'(\p{L})/gu, '$1$2');
  }
  if (DIGITS.test(s)) s = s.replace(/(\d),(?=\d{3}\b)/gu, '$1').replace(/\b(\d+)k\b/gu, '$1000');
  if (s.includes('#')) s = s.replace(/#\s?1\b/gu, ' number one ');
  if (s.includes('%')) s = s.replace(/%/gu, ' percent ');
  if (MARKUP_SIGNS.test(s)) s = s.replace(DISCORD_MARKUP, ' ');
  // Filler phrases are matched after short forms are spelled out, so "rn" and "the deal w" are caught too.
  s = expandShortForms(s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  s = s.replace(FILLER, ' ');
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const SHORT_FORM_WORDS: ReadonlyMap<string, readonly string[]> = new Map([...SHORT_FORMS].map(([short, long]) => [short, long.split(' ')]));

/** Spells out chat short forms ("cant" → "cannot", "teh" → "the"). */
export function expandShortForms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const words = SHORT_FORM_WORDS.get(token);
    if (words === undefined) out.push(token);
    else out.push(...words);
  }
  return out;
}

// Stems of words seen so far: the Porter stemmer runs a dozen regular expressions, a Map lookup costs one probe.
// A question stems each word up to three times (terms, literal stems, word pairs); bounded like the typo memo.
const stems = new Map<string, string>();
const STEM_MEMO_SIZE = 20_000;

export function stem(token: string): string {
  let found = stems.get(token);
  if (found === undefined) {
    found = /^\p{N}+$/u.test(token) ? token : stemmer(token);
    if (stems.size >= STEM_MEMO_SIZE) stems.clear();
    stems.set(token, found);
  }
  return found;
}

/**
 * A conservative plural/third-person strip ("labels" → "label", "companies" → "company"), used to key the lexicon.
 * Not the Porter stem: that merges words the lexicon must keep apart ("account"/"accountable", "tos"/"to").
 */
export function baseForm(token: string): string {
  if (token.length <= 3 || /(?:ss|us|is)$/u.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/u.test(token)) return token.slice(0, -2);
  return token.endsWith('s') ? token.slice(0, -1) : token;
}

export interface CompiledLexicon {
  /** Base forms of a term's tokens joined by spaces → the concepts the term means. */
  readonly terms: ReadonlyMap<string, readonly string[]>;
  /**
   * The same for terms written with a `*` ("take * off"): they match only with words in between ("take Parler
   * off", "take it off"), and then win over the plain term ("take off", which means growing).
   */
  readonly wrapped: ReadonlyMap<string, readonly string[]>;
  readonly longestTerm: number;
  /** Every term's key and each of its leading word runs ("pull", "pull the", "pull the plug"): a phrase is read
   * word by word and stops as soon as no term goes on that way. */
  readonly prefixes: ReadonlySet<string>;
}

/** Marks where a wrapped term ("take * off") holds other words. */
const WRAP = '*';

/** The key a lexicon term is matched by: its tokens' base forms ("take * off" keeps its `*`). Two terms with one key collide. */
export function lexiconKey(term: string): string {
  return term
    .split(WRAP)
    .map((part) => tokenize(part).map(baseForm).join(' '))
    .join(` ${WRAP} `)
    .trim();
}

export function compileLexicon(groups: readonly LexiconGroup[]): CompiledLexicon {
  const terms = new Map<string, readonly string[]>();
  const wrapped = new Map<string, readonly string[]>();
  const prefixes = new Set<string>();
  let longestTerm = 1;
  for (const group of groups) {
    const concepts = group.means.map((m) => CONCEPT_PREFIX + m);
    for (const term of group.terms) {
      const marked = lexiconKey(term);
      const key = marked.split(' ').filter((word) => word !== WRAP).join(' ');
      if (key === '') continue;
      (marked === key ? terms : wrapped).set(key, concepts);
      const words = key.split(' ');
      for (let n = 1; n <= words.length; n += 1) prefixes.add(words.slice(0, n).join(' '));
      longestTerm = Math.max(longestTerm, words.length);
    }
  }
  return { terms, wrapped, longestTerm, prefixes };
}

export interface TermSpan {
  readonly term: string;
  /** The tokens [start, end) the term came from. */
  readonly start: number;
  readonly end: number;
}

// Words a phrasal verb may wrap around ("cut them off", "set all this off", "can't I open"): a lexicon phrase
// that does not match word for word is tried again with these skipped.
const SKIPPABLE = new Set('i me you him her it us them this that these those all the a an my your his its our their'.split(' '));

/** Words a phrase may hold between its first word and the rest: "shut Parler down", "took Amazon to court". */
const MAX_SEPARATED = 3;
// A separated phrase must go on with a particle (or "to"), as phrasal verbs do; other splits read too much in.
const PARTICLES = new Set(['off', 'down', 'out', 'up', 'away', 'alone', 'back', 'over', 'to']);

interface LexiconMatch {
  readonly concepts: readonly string[];
  readonly end: number;
  /** Words further on that belong to this match, so they are not read again on their own. */
  readonly taken?: readonly number[];
}

/** The longest term made of the first two or more of `indexes`' words, grown word by word while some term goes on. */
function longestPhrase(bases: readonly string[], indexes: readonly number[], lexicon: CompiledLexicon, terms = lexicon.terms): { concepts: readonly string[]; length: number } | undefined {
  let key = bases[indexes[0]!]!;
  let found: { concepts: readonly string[]; length: number } | undefined;
  for (let n = 2; n <= indexes.length; n += 1) {
    key = `${key} ${bases[indexes[n - 1]!]!}`;
    if (!lexicon.prefixes.has(key)) break;
    const concepts = terms.get(key);
    if (concepts !== undefined) found = { concepts, length: n };
  }
  return found;
}

function lexiconMatch(bases: readonly string[], tokens: readonly string[], i: number, lexicon: CompiledLexicon): LexiconMatch | undefined {
  // Every kind of match below begins with this word: most words of a question start no term at all.
  if (!lexicon.prefixes.has(bases[i]!)) return undefined;
  const limit = Math.min(lexicon.longestTerm, bases.length - i);
  // Longest phrase word for word.
  const exact = longestPhrase(bases, Array.from({ length: limit }, (_, k) => i + k), lexicon);
  if (exact !== undefined) return { concepts: exact.concepts, end: i + exact.length };
  // Gapped: the first word, then the following words that are not skippable, longest first.
  const picked = [i];
  for (let j = i + 1; j < tokens.length && picked.length < lexicon.longestTerm; j += 1) {
    if (!SKIPPABLE.has(tokens[j]!)) picked.push(j);
  }
  // Words skipped inside the match make it a wrapped one: "take it off" is removing, not growing.
  const wrappedGap = longestPhrase(bases, picked, lexicon, lexicon.wrapped);
  const gapped = wrappedGap !== undefined && picked[wrappedGap.length - 1]! - i + 1 > wrappedGap.length ? wrappedGap : longestPhrase(bases, picked, lexicon);
  if (gapped !== undefined) return { concepts: gapped.concepts, end: picked[gapped.length - 1]! + 1 };
  // Separated: the first word here, the rest of the phrase a few words on; the words between are read normally.
  for (let gap = 1; gap <= MAX_SEPARATED; gap += 1) {
    if (!PARTICLES.has(tokens[i + 1 + gap] ?? '')) continue;
    const length = Math.min(lexicon.longestTerm, tokens.length - i - gap);
    const rest = Array.from({ length: length - 1 }, (_, k) => i + 1 + gap + k);
    const separated = longestPhrase(bases, [i, ...rest], lexicon, lexicon.wrapped) ?? longestPhrase(bases, [i, ...rest], lexicon);
    if (separated !== undefined) return { concepts: separated.concepts, end: i + 1, taken: rest.slice(0, separated.length - 1) };
  }
  // A single word; a lone stop word never stands for a concept, whatever the lexicon lists.
  if (STOP_WORDS.has(tokens[i]!)) return undefined;
  const concepts = lexicon.terms.get(bases[i]!);
  return concepts === undefined ? undefined : { concepts, end: i + 1 };
}

/** Maps tokens to terms: the longest lexicon phrase wins at each position, stop words drop out, the rest is stemmed. */
export function analyzeTokenSpans(tokens: readonly string[], lexicon: CompiledLexicon): TermSpan[] {
  const bases = tokens.map(baseForm);
  const out: TermSpan[] = [];
  const taken = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    if (taken.has(i)) {
      i += 1;
      continue;
    }
    const match = lexiconMatch(bases, tokens, i, lexicon);
    if (match !== undefined) {
      for (const term of match.concepts) out.push({ term, start: i, end: match.end });
      for (const j of match.taken ?? []) taken.add(j);
      i = match.end;
      continue;
    }
    if (!STOP_WORDS.has(tokens[i]!)) out.push({ term: stem(tokens[i]!), start: i, end: i + 1 });
    i += 1;
  }
  return out;
}

export function analyzeTokens(tokens: readonly string[], lexicon: CompiledLexicon): string[] {
  return analyzeTokenSpans(tokens, lexicon).map((span) => span.term);
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

