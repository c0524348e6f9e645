// Where in the article a question points: "the second paragraph", "bullet 3", "the lede", "the last paragraph".
// A fact is found there through the sentences it quotes; the terms are concepts, like the lexicon's.
import type { ArticleSentence } from '../data/segmentArticle.js';
import { CONCEPT_PREFIX } from './analyzeText.js';

type Unit = 'paragraph' | 'bullet';

const UNITS: ReadonlyMap<string, Unit> = new Map([
  ...['paragraph', 'paragraphs', 'para', 'paras', 'graf', 'grafs'].map((w) => [w, 'paragraph'] as const),
  ...['bullet', 'bullets', 'bulletpoint', 'bulletpoints'].map((w) => [w, 'bullet'] as const),
]);
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const LAST = new Set(['last', 'final', 'closing', 'concluding']);
const OPENING = new Set(['opening', 'lead', 'lede', 'intro', 'introductory', 'top']);
/** Words that may stand between the ordinal and the unit: "the second body paragraph", "3rd bullet point". */
const BETWEEN = new Set(['body', 'main', 'summary', 'text', 'article']);

const term = (unit: Unit, place: number | 'last'): string => `${CONCEPT_PREFIX}${unit}-${place}`;

/** 2 for "second", "2nd", "2" or "two"; 'last' for "last"; undefined for anything else. */
function placeOf(token: string, beforeUnit: boolean): number | 'last' | undefined {
  const ordinal = ORDINAL_WORDS.indexOf(token);
  if (ordinal >= 0) return ordinal + 1;
  const numbered = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(token);
  if (numbered !== null) return Number(numbered[1]);
  if (beforeUnit && LAST.has(token)) return 'last';
  if (beforeUnit && OPENING.has(token)) return 1;
  const word = NUMBER_WORDS.indexOf(token);
  return !beforeUnit && word >= 0 ? word + 1 : undefined;
}

/**
 * Words the typo corrector must know ("paragrpah" → "paragraph", "secnd" → "second", and "lede" stays "lede").
 * Only these: a known word no fact has weighs like a missing subject ("intro slide" would lose its answer).
 */
export const POSITION_WORDS: readonly string[] = [...UNITS.keys(), ...ORDINAL_WORDS, 'lede'];

export interface PositionsInQuery {
  /** The place terms a question names: "the 2nd paragraph", "paragraph two", "the last bullet", "the lede". */
  readonly terms: readonly string[];
  /** The tokens that named them: they say where, not what about, and are not searched as words. */
  readonly tokens: ReadonlySet<number>;
}

export function positionsInQuery(tokens: readonly string[]): PositionsInQuery {
  const terms = new Set<string>();
  const used = new Set<number>();
  tokens.forEach((token, i) => {
    // Newsroom shorthand: the lede is the first paragraph.
    if (token === 'lede') {
      terms.add(term('paragraph', 1));
      used.add(i);
      if (UNITS.get(tokens[i + 1] ?? '') === 'paragraph') used.add(i + 1);
      return;
    }
    const unit = UNITS.get(token);
    if (unit === undefined || used.has(i)) return;
    let before = i - 1;
    while (before >= 0 && BETWEEN.has(tokens[before]!)) before -= 1;
    const placeBefore = before >= 0 ? placeOf(tokens[before]!, true) : undefined;
    const placeAfter = placeBefore === undefined && i + 1 < tokens.length ? placeOf(tokens[i + 1]!, false) : undefined;
    const place = placeBefore ?? placeAfter;
    if (place === undefined) return;
    terms.add(term(unit, place));
    for (let j = placeBefore === undefined ? i : before; j <= (placeAfter === undefined ? i : i + 1); j += 1) used.add(j);
  });
  return { terms: [...terms], tokens: used };
}

/** The place terms of one article sentence: its bullet or paragraph, and "last" for the last one of its kind. */
export function positionTermsOfSentence(sentence: ArticleSentence, all: readonly ArticleSentence[]): string[] {
  if (sentence.block === 'headline') return [];
  const last = Math.max(...all.filter((s) => s.block === sentence.block).map((s) => s.position));
  const terms = [term(sentence.block, sentence.position)];
  if (sentence.position === last) terms.push(term(sentence.block, 'last'));
  return terms;
}
