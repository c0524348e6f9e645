// Every tuning number of the search, in one frozen place; tests pin the behaviour they produce.
import type { IFuseOptions } from 'fuse.js';
import type { WordListSize } from './englishWords.js';

export const SEARCH_OPTIONS = Object.freeze({
  /** An answer must score at least this (0–1) or the reply is "the article doesn't say". Calibrated on bench:quality. */
  answerThreshold: 0.38,
  /** Further answers are shown only while they score within this fraction of the best one. */
  runnerUpRatio: 0.85,
  maxAnswers: 3,
  maxSuggestions: 3,
  /** A fact lacking a detail the question asks for (lexicon.json `details`) keeps this share of its score. */
  missingDetailFactor: 0.5,
  /** A fact whose question or answer line holds what the question sets aside ("besides X") keeps this share. */
  setAsideFactor: 0.7,
  /** A known gap ("the article doesn't say…") wins only when it beats the best fact by this much. */
  gapMargin: 0.03,
  /** A question word no fact or gap contains weighs as if this many documents had it (lower weighs more). */
  unknownTermDocumentFrequency: 1,
  /**
   * An everyday English word (SCOWL lists up to the size below; 50 is every common word) weighs at most as if this
   * many documents had it: a plain word is mostly how a question is worded, the lexicon's concepts what it is about.
   */
  everydayWordDocumentFrequency: 20,
  everydayWordsListSize: 50,
  /**
   * How much a query term counts when a fact has it in a phrasing, in its answer line, or only in its sentences.
   * The answer line weighs least: it is our one-line summary, and its words ("Parler", "Amazon", "says") are in
   * most facts' lines; the article's sentences and the readers' phrasings say better what a fact is about.
   */
  fieldWeight: Object.freeze({ phrasing: 1, answer: 0.4, sentence: 0.7 }),
  /** A term reached through a typo correction counts a little less than one typed right. */
  correctedWeight: 0.85,
  /** Share of the score from coverage of the question's terms; the rest from the closest single phrasing. */
  coverageShare: 0.65,
  /** Share of the final score from the question's own words appearing literally (tie-breaker between concepts). */
  literalShare: 0.15,
  /**
   * Added to a fact's score, times the share of the question's neighbouring word pairs found in its sentences and
   * times how many were found (at most verbatimPairsMax): a quoted phrase finds its sentence.
   */
  verbatimBonus: 0.1,
  verbatimPairsMax: 3,
  /**
   * The question model (model.json), numbers chosen by cross-validation over the question sets (`npm run
   * bench:model`). Each fact scores its term score plus `weight` times the model's probability for it; "the article
   * doesn't say" scores `doesNotSayScore`, plus `termsDeclineBonus` when the terms alone would not answer (too weak,
   * a known gap, a missing detail), plus `weight` times the model's probability for it. The higher score wins.
   */
  model: Object.freeze({ weight: 1, doesNotSayScore: 0.38, termsDeclineBonus: 0.2 }),
  /** Tokens shorter than this are never typo-corrected: too many real words are one edit apart. */
  minCorrectableLength: 4,
  /** Edits (optimal string alignment) a correction may be away: one for short tokens, two for longer ones. */
  maxEdits: Object.freeze({ short: 1, long: 2 }),
  /** Tokens up to this length count as short for the bound above. */
  shortTokenLength: 5,
  /** A correction may differ in length from the typed token by at most this. */
  maxLengthDifference: 2,
  /** Unknown words of one question that are tried for a typo correction; real questions have a few typos at most. */
  maxCorrectionsPerQuestion: 5,
  /** Bounded memo of typo corrections, so repeated words cost one lookup. */
  correctionCacheSize: 5_000,
});

/** The options' shape with plain numbers (the frozen object's type holds literals), so bench:fit can try others. */
type Numbers<T> = { readonly [K in keyof T]: T[K] extends number ? number : Numbers<T[K]> };
export type SearchOptions = Numbers<typeof SEARCH_OPTIONS> & { readonly everydayWordsListSize: WordListSize };

// fuse.js defaults that would hurt here: `location`/`distance` penalise a match that is not at the start of
// the string and the field-length norm favours short words; both are off. Patterns are single words, so
// the 32-character Bitap limit is never reached (the analyzer only sends tokens).
export const TYPO_FUSE_OPTIONS: IFuseOptions<string> = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  // Candidates only: editDistance() makes the decision, since Bitap scores fuzzy substrings.
  threshold: 0.45,
  isCaseSensitive: false,
  shouldSort: true,
});

/** Fuzzy matching of what a user has typed so far against suggested questions (autocomplete, "did you mean"). */
export const QUESTION_FUSE_OPTIONS: IFuseOptions<{ readonly question: string }> = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  keys: ['question'],
  shouldSort: true,
});
