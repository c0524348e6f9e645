// Reduces a question to weighted search terms: typos corrected against the pack's words, then analyzed
// exactly like the pack's own texts, plus the literal word stems for the tie-breaking literal match.
import { analyzeTokenSpans, type CompiledLexicon, CONCEPT_PREFIX, isStopWord, stem, tokenize } from './analyzeText.js';
import { positionsInQuery } from './articlePositions.js';
import { SEARCH_OPTIONS } from './searchOptions.js';
import { FACT_CHECK_PREFIX, TAG_RIGHT } from './wordLists.js';
import type { WordSet } from './englishWords.js';
import type { TypoCorrector } from './typoCorrector.js';

export interface QueryTerm {
  readonly term: string;
  /** True when the term exists only thanks to a typo correction; such terms count a little less. */
  readonly corrected: boolean;
  /** True when the term is one everyday English word as typed ("purpose", "arrangement"), not a concept. */
  readonly everyday: boolean;
}

export interface AnalyzedQuery {
  readonly terms: readonly QueryTerm[];
  /** Porter stems of the question's own words (stop words dropped), without lexicon mapping. */
  readonly literals: readonly string[];
  /** Neighbouring word stems of the question, for the verbatim-phrase match. */
  readonly bigrams: readonly string[];
  /** Terms the question sets aside ("besides the antitrust claim, what else…"): not searched for. */
  readonly excluded: readonly string[];
  /** The question points at a place in the article ("the lede", "the last paragraph"). */
  readonly pointsAtPlace: boolean;
}

// "besides X", "aside from X", "setting X aside": X is what the question does not want.
const EXCLUDE_BEFORE = [['besides'], ['aside', 'from'], ['apart', 'from'], ['other', 'than'], ['except'], ['excluding'], ['not', 'counting']];
const EXCLUDE_AROUND = new Set(['setting', 'leaving', 'putting']);
/** Where a set-aside phrase ends at the latest: the question proper starts again. */
const QUESTION_START = new Set('what who whom why how when where which does do did is are was were can could has have'.split(' '));
const EXCLUDED_MAX_TOKENS = 4;

/** Indexes of the tokens a question sets aside. */
function excludedTokens(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  // The set-aside thing is the first word that is not a stop word ("besides [the] antitrust [stuff]"): what
  // follows it may already be the question ("besides Amazon, did anyone take action").
  const takeFrom = (start: number, stopAt?: string): void => {
    for (let j = start; j < tokens.length && j < start + EXCLUDED_MAX_TOKENS; j += 1) {
      if (QUESTION_START.has(tokens[j]!) || tokens[j] === stopAt) return;
      out.add(j);
      if (!isStopWord(tokens[j]!)) return;
    }
  };
  tokens.forEach((token, i) => {
    for (const marker of EXCLUDE_BEFORE) {
      if (marker.every((word, k) => tokens[i + k] === word)) takeFrom(i + marker.length);
    }
    if (EXCLUDE_AROUND.has(token)) {
      const aside = tokens.indexOf('aside', i + 1);
      if (aside > i + 1 && aside <= i + 1 + EXCLUDED_MAX_TOKENS) takeFrom(i + 1, 'aside');
    }
  });
  return out;
}

/** Porter stems of a text's non-stop words, in order. */
function contentStems(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !isStopWord(t)).map(stem);
}

/** Each stem with the next one ("effectively close Parler's account" → "effect close", …). */
function neighbourPairs(stems: readonly string[]): string[] {
  return stems.slice(1).map((s, i) => `${stems[i]!} ${s}`);
}

/** Neighbouring word stems, stop words left out: what "the same phrase" means for the verbatim match. */
export function stemBigrams(tokens: readonly string[]): string[] {
  return neighbourPairs(contentStems(tokens));
}

/** Porter stems of a text's non-stop words: what "the same words" means for the literal match. */
export function literalStems(tokens: readonly string[]): string[] {
  return [...new Set(contentStems(tokens))];
}

/** Shortest run-together token worth splitting, and shortest word either side of the split. */
const RUN_TOGETHER_MIN_LENGTH = 7;
const RUN_TOGETHER_MIN_PART = 3;

/**
 * Two words typed without a space ("trumpsupporters", "warninglabels") become the two words, when the token is
 * neither a pack word nor English and both halves are words the pack knows. The longest first half wins. Called
 * only for tokens that are not a typo of one word ("targetted" is "targeted", not two words).
 */
function splitRunTogether(token: string, corrector: TypoCorrector): string[] {
  if (token.length < RUN_TOGETHER_MIN_LENGTH || corrector.isKnown(token) || corrector.isRealWord(token) || isStopWord(token)) return [token];
  for (let cut = token.length - RUN_TOGETHER_MIN_PART; cut >= RUN_TOGETHER_MIN_PART; cut -= 1) {
    const first = token.slice(0, cut);
    const second = token.slice(cut);
    if (corrector.isKnown(first) && corrector.isKnown(second)) return [first, second];
  }
  return [token];
}

/** Shortest pack word that two typed pieces may join into. */
const SPLIT_WORD_MIN_LENGTH = 5;

/**
 * One word typed or dictated in two pieces ("a mazon", "tempo rary", "in sider") becomes the word, when the two
 * pieces together are a word the pack knows and one piece is no word at all: two real words ("face book",
 * "on line") stay as they are.
 */
function joinSplitWords(tokens: readonly string[], corrector: TypoCorrector): string[] {
  const isWord = (token: string): boolean => corrector.isKnown(token) || corrector.isRealWord(token) || isStopWord(token);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i]!;
    const second = tokens[i + 1];
    const joined = second === undefined ? '' : first + second;
    if (second !== undefined && joined.length >= SPLIT_WORD_MIN_LENGTH && corrector.isKnown(joined) && !(isWord(first) && isWord(second))) {
      out.push(joined);
      i += 1;
    } else out.push(first);
  }
  return out;
}

/** A capitalised word inside a sentence ("did Mike Pence say"): a name, even where it is also an English word. */
const NAME_INSIDE_SENTENCE = /(?<=[\p{Ll},;:]\s+)\p{Lu}\p{Ll}+/gu;

export function analyzeQuery(
  question: string,
  lexicon: CompiledLexicon,
  corrector: TypoCorrector,
  everydayWords: WordSet = new Set<string>(),
): AnalyzedQuery {
  const corrected = new Set<number>();
  let attempts = 0;
  const tokens: string[] = [];
  for (let token of joinSplitWords(tokenize(question.replace(FACT_CHECK_PREFIX, ' ').replace(TAG_RIGHT, ' ')), corrector)) {
    // Chat drops the g of -ing ("nothin", "sayin"): spelled out when only the -ing form is an English word.
    if (!corrector.isKnown(token) && token.endsWith('in') && !everydayWords.has(token) && everydayWords.has(`${token}g`)) token = `${token}g`;
    // A fuzzy lookup costs far more than the rest of a search: a question of garbage words gets only a few.
    if (corrector.isKnown(token) || isStopWord(token) || attempts >= SEARCH_OPTIONS.maxCorrectionsPerQuestion) {
      tokens.push(token);
      continue;
    }
    attempts += 1;
    const word = corrector.correct(token);
    if (word !== undefined && word !== token) {
      corrected.add(tokens.length);
      tokens.push(word);
    } else {
      // Not a typo of one word: perhaps two words typed without a space.
      tokens.push(...splitRunTogether(token, corrector));
    }
  }
  // Words that name what is asked about keep their full weight, even where they are everyday English: a name the
  // pack doesn't know ("pence", "mike"), and the thing counted in "how many engineers", "how much money".
  const subjects = new Set(Array.from(question.matchAll(NAME_INSIDE_SENTENCE), (m) => m[0].toLowerCase()));
  tokens.forEach((token, i) => {
    const counted = tokens[i + 2];
    if (token === 'how' && (tokens[i + 1] === 'many' || tokens[i + 1] === 'much') && counted !== undefined) subjects.add(counted);
  });
  const byTerm = new Map<string, { corrected: boolean; everyday: boolean }>();
  const places = positionsInQuery(tokens);
  for (const place of places.terms) byTerm.set(place, { corrected: false, everyday: false });
  const setAside = excludedTokens(tokens);
  const excluded = new Set<string>();
  for (const span of analyzeTokenSpans(tokens, lexicon)) {
    if (places.tokens.has(span.start)) continue;
    if (setAside.has(span.start)) {
      excluded.add(span.term);
      continue;
    }
    let viaCorrection = false;
    for (let i = span.start; i < span.end; i += 1) viaCorrection ||= corrected.has(i);
    const plainWord = span.end - span.start === 1 && !span.term.startsWith(CONCEPT_PREFIX) && !corrected.has(span.start);
    const everyday = plainWord && everydayWords.has(tokens[span.start]!) && !subjects.has(tokens[span.start]!);
    const seen = byTerm.get(span.term);
    byTerm.set(span.term, { corrected: (seen?.corrected ?? true) && viaCorrection, everyday: (seen?.everyday ?? true) && everyday });
  }
  const stems = contentStems(tokens.filter((_, i) => !setAside.has(i) && !places.tokens.has(i)));
  return {
    terms: [...byTerm].map(([term, flags]) => ({ term, ...flags })),
    literals: [...new Set(stems)],
    bigrams: [...new Set(neighbourPairs(stems))],
    excluded: [...excluded].filter((term) => !byTerm.has(term)),
    pointsAtPlace: places.terms.length > 0,
  };
}
