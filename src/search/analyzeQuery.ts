// Reduces a question to weighted search terms: typos corrected against the pack's words, then analyzed
// exactly like the pack's own texts, plus the literal word stems for the tie-breaking literal match.
import { analyzeTokenSpans, type CompiledLexicon, CONCEPT_PREFIX, isStopWord, stem, tokenize } from './analyzeText.js';
import { SEARCH_OPTIONS } from './searchOptions.js';
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
}

/** Porter stems of a text's non-stop words: what "the same words" means for the literal match. */
export function literalStems(tokens: readonly string[]): string[] {
  return [...new Set(tokens.filter((t) => !isStopWord(t)).map(stem))];
}

export function analyzeQuery(
  question: string,
  lexicon: CompiledLexicon,
  corrector: TypoCorrector,
  everydayWords: ReadonlySet<string> = new Set(),
): AnalyzedQuery {
  const corrected = new Set<number>();
  let attempts = 0;
  const tokens = tokenize(question).map((token, index) => {
    if (corrector.isKnown(token) || isStopWord(token)) return token;
    // A fuzzy lookup costs far more than the rest of a search: a question of garbage words gets only a few.
    if (attempts >= SEARCH_OPTIONS.maxCorrectionsPerQuestion) return token;
    attempts += 1;
    const word = corrector.correct(token);
    if (word === undefined || word === token) return token;
    corrected.add(index);
    return word;
  });
  const byTerm = new Map<string, { corrected: boolean; everyday: boolean }>();
  for (const span of analyzeTokenSpans(tokens, lexicon)) {
    let viaCorrection = false;
    for (let i = span.start; i < span.end; i += 1) viaCorrection ||= corrected.has(i);
    const plainWord = span.end - span.start === 1 && !span.term.startsWith(CONCEPT_PREFIX) && !corrected.has(span.start);
    const everyday = plainWord && everydayWords.has(tokens[span.start]!);
    const seen = byTerm.get(span.term);
    byTerm.set(span.term, { corrected: (seen?.corrected ?? true) && viaCorrection, everyday: (seen?.everyday ?? true) && everyday });
  }
  return {
    terms: [...byTerm].map(([term, flags]) => ({ term, ...flags })),
    literals: literalStems(tokens),
  };
}
