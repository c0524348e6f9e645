// The case index: maps a question to the facts that answer it, or to an honest "the article doesn't say".
// Scoring is IDF-weighted term coverage blended with the closest curated phrasing, then with the question model's
// probabilities where the pack has a model; see SEARCH_OPTIONS.
import type { CasePack } from '../data/loadCasePack.js';
import type { Fact, Gap } from '../data/schemas.js';
import { analyzeQuery, literalStems, type QueryTerm, stemBigrams } from './analyzeQuery.js';
import { analyzeTokens, CONCEPT_PREFIX, compileLexicon, tokenize } from './analyzeText.js';
import { POSITION_WORDS, positionTermsOfSentence } from './articlePositions.js';
import { englishWords } from './englishWords.js';
import { compileQuestionModel, modelFeatures } from './questionModel.js';
import { SEARCH_OPTIONS, type SearchOptions } from './searchOptions.js';
import { buildTypoCorrector } from './typoCorrector.js';
import { QUESTION_WORDS } from './wordLists.js';

export interface ScoredFact {
  readonly fact: Fact;
  readonly score: number;
}

export type AskResult =
  | { readonly answered: true; readonly query: string; readonly answers: readonly ScoredFact[]; readonly related: readonly Fact[] }
  | { readonly answered: false; readonly query: string; readonly gap: Gap | undefined; readonly suggestions: readonly Fact[] };

export interface CaseIndex {
  ask(question: string): AskResult;
  /** Every fact that shares a term with the question, best first (autocomplete ranks with it). */
  rank(question: string): readonly ScoredFact[];
  /** The terms a text is reduced to, for tests and debugging. */
  analyze(text: string): string[];
  /** The question model's features of a text: what `npm run train` learns from and `ask` predicts with. */
  features(text: string): string[];
}

interface Doc {
  readonly target: { readonly kind: 'fact'; readonly fact: Fact } | { readonly kind: 'gap'; readonly gap: Gap };
  /** Each term's best field weight in this document. */
  readonly termWeight: ReadonlyMap<string, number>;
  readonly phrasings: readonly ReadonlySet<string>[];
  /** Literal word stems of all its texts, for the tie-breaking literal match. */
  readonly literals: ReadonlySet<string>;
  /** Neighbouring word stems of its article sentences, for the verbatim-phrase match. */
  readonly bigrams: ReadonlySet<string>;
}

/** A year asked about is a detail too: "who won the 2016 election" is not answered by the 2020 one. */
const YEAR = /^(?:19|20)\d\d$/u;

function addTerms(into: Map<string, number>, terms: readonly string[], weight: number): void {
  for (const term of terms) into.set(term, Math.max(into.get(term) ?? 0, weight));
}

/** Every word the pack uses, with how often it uses it, and the words that name a place in the article. */
function vocabularyOf(pack: CasePack): Map<string, number> {
  const texts = [
    ...pack.sentences.map((s) => s.text),
    ...pack.facts.flatMap((f) => [f.question, f.answer, ...f.phrasings]),
    ...pack.gaps.flatMap((g) => [g.says, ...g.phrasings]),
    ...pack.lexicon.flatMap((g) => g.terms),
    ...POSITION_WORDS,
  ];
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(tokenize)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** @param options the scoring numbers; only `npm run bench:fit` passes others than SEARCH_OPTIONS. */
export function buildCaseIndex(pack: CasePack, options: SearchOptions = SEARCH_OPTIONS): CaseIndex {
  const lexicon = compileLexicon(pack.lexicon);
  const corrector = buildTypoCorrector(vocabularyOf(pack), englishWords());
  const everydayWords = englishWords(options.everydayWordsListSize);
  const detailConcepts = new Set(pack.details.map((detail) => CONCEPT_PREFIX + detail));
  // How to answer ("summarize", "according to the article"), not what about: weighs like an everyday word.
  const framingConcepts = new Set(pack.framing.map((concept) => CONCEPT_PREFIX + concept));
  // What kind of answer is wanted ("who", "when", "how many"), not what about: alone, they match nothing.
  const questionWords = new Set([...QUESTION_WORDS, ...pack.answerKinds.map((concept) => CONCEPT_PREFIX + concept)]);
  /** A question's subject is what is not a question word, nor an everyday word when the question has anything better. */
  const isSubject = (q: QueryTerm): boolean => !questionWords.has(q.term) && !q.everyday;
  const analyze = (text: string): string[] => analyzeTokens(tokenize(text), lexicon);
  // A phrasing reduced to question words alone ("why now" → why) would match every question of its kind.
  const phrasingTerms = (phrasings: readonly string[]): Set<string>[] =>
    phrasings.map((p) => new Set(analyze(p))).filter((terms) => [...terms].some((t) => !questionWords.has(t)));
  const literalsOf = (texts: readonly string[]): Set<string> => new Set(literalStems(texts.flatMap(tokenize)));
  const { fieldWeight } = options;

  const docs: Doc[] = [
    ...pack.facts.map((fact): Doc => {
      const termWeight = new Map<string, number>();
      const sentences = fact.sources.map((s) => pack.sentenceById.get(s.sentence)?.text ?? s.quote);
      addTerms(termWeight, sentences.flatMap(analyze), fieldWeight.sentence);
      // Where its sentences stand ("the second paragraph"), for a question that points there.
      const places = fact.sources.flatMap((s) => pack.sentenceById.get(s.sentence) ?? []);
      addTerms(termWeight, places.flatMap((sentence) => positionTermsOfSentence(sentence, pack.sentences)), fieldWeight.sentence);
      addTerms(termWeight, analyze(`${fact.question} ${fact.answer}`), fieldWeight.answer);
      const phrasings = phrasingTerms(fact.phrasings);
      for (const phrasing of phrasings) addTerms(termWeight, [...phrasing], fieldWeight.phrasing);
      const literals = literalsOf([...sentences, fact.question, fact.answer, ...fact.phrasings]);
      const bigrams = new Set(sentences.flatMap((text) => stemBigrams(tokenize(text))));
      return { target: { kind: 'fact', fact }, termWeight, phrasings, literals, bigrams };
    }),
    ...pack.gaps.map((gap): Doc => {
      // Only the phrasings: the `says` line is the reply's own wording ("the article doesn't say…"), not how readers ask.
      const termWeight = new Map<string, number>();
      const phrasings = phrasingTerms(gap.phrasings);
      for (const phrasing of phrasings) addTerms(termWeight, [...phrasing], fieldWeight.phrasing);
      return { target: { kind: 'gap', gap }, termWeight, phrasings, literals: literalsOf(gap.phrasings), bigrams: new Set() };
    }),
  ];

  /** Per fact (in document order): the terms of its question and answer line, what the fact is about. */
  const factAnswerTerms = pack.facts.map((fact) => new Set(analyze(`${fact.question} ${fact.answer}`)));

  // Inverse document frequency over facts and gaps; a term no document has weighs as if half a document had it.
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) for (const term of doc.termWeight.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string): number => Math.log(1 + docs.length / (documentFrequency.get(term) ?? options.unknownTermDocumentFrequency));
  // An everyday English word ("purpose", "need", "given") is more often how a question is worded than what it asks
  // about, whether no document has it or one phrasing happens to: it weighs at most as if several documents had it.
  // A plain word that is not everyday English ("zuckerberg") keeps its full weight: it likely names what the article
  // lacks. Concepts always keep theirs; the lexicon put them there on purpose.
  const everydayWeight = Math.log(1 + docs.length / options.everydayWordDocumentFrequency);
  // A detail asked for ("what date", "how many") says what kind of answer is wanted, like an everyday word: it must
  // not make the one fact that has a date the answer to every date question.
  // So does asking for a summary or a description: "summarize the contract claim" is about the contract claim.
  const queryWeight = (q: QueryTerm): number =>
    q.everyday || detailConcepts.has(q.term) || framingConcepts.has(q.term) ? Math.min(idf(q.term), everydayWeight) : idf(q.term);

  // Inverted once: which documents hold each term (and how strongly), which phrasings hold it, which documents
  // hold each literal stem. A question then touches only what it shares, in plain arrays, allocating little.
  const termPostings = new Map<string, { doc: number; weight: number }[]>();
  const phrasingPostings = new Map<string, number[]>();
  const literalPostings = new Map<string, number[]>();
  const bigramPostings = new Map<string, number[]>();
  const phrasingDoc: number[] = [];
  const phrasingWeight: number[] = [];
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  docs.forEach((doc, order) => {
    for (const [term, weight] of doc.termWeight) push(termPostings, term, { doc: order, weight });
    for (const phrasing of doc.phrasings) {
      const id = phrasingDoc.length;
      phrasingDoc.push(order);
      phrasingWeight.push([...phrasing].reduce((sum, t) => sum + idf(t), 0));
      for (const term of phrasing) push(phrasingPostings, term, id);
    }
    for (const literal of doc.literals) push(literalPostings, literal, order);
    for (const bigram of doc.bigrams) push(bigramPostings, bigram, order);
  });
  // Postings as typed arrays: the scoring loops below read nothing else, and read them for every question.
  const termDocs = new Map([...termPostings].map(([term, list]) => [term, { docs: Int32Array.from(list, (e) => e.doc), weights: Float64Array.from(list, (e) => e.weight) }]));
  const packed = (postings: Map<string, number[]>): Map<string, Int32Array> => new Map([...postings].map(([key, list]) => [key, Int32Array.from(list)]));
  const phrasingsOf = packed(phrasingPostings);
  const literalDocs = packed(literalPostings);
  const bigramDocs = packed(bigramPostings);

  // Scratch space, reused by every question (scoring is synchronous, and nothing keeps these arrays): a question
  // allocates almost nothing here, which keeps the running bot's garbage collector quiet.
  const phrasingScore = new Float64Array(phrasingDoc.length);
  const phrasingShared = new Float64Array(phrasingDoc.length);
  const touched = new Int32Array(phrasingDoc.length);
  const covered = new Float64Array(docs.length);
  const closest = new Float64Array(docs.length);
  const literalHits = new Float64Array(docs.length);
  const bigramHits = new Float64Array(docs.length);
  const scores = new Float64Array(docs.length);
  /** 1 for a document that shares with the question more than the kind of answer it wants ("when", "how many"). */
  const sharesSubject = new Uint8Array(docs.length);
  const countHits = (hits: Float64Array, postings: Int32Array | undefined): void => {
    if (postings === undefined) return;
    for (let j = 0; j < postings.length; j += 1) hits[postings[j]!]! += 1;
  };
  /** Every document's score for one analyzed question, by document order (valid until the next call). */
  const scoreDocs = (query: readonly QueryTerm[], literals: readonly string[], bigrams: readonly string[], weights: readonly number[], total: number): Float64Array => {
    covered.fill(0);
    bigramHits.fill(0);
    closest.fill(0);
    literalHits.fill(0);
    sharesSubject.fill(0);
    let touchedCount = 0;
    const strict = query.some(isSubject);
    for (let i = 0; i < query.length; i += 1) {
      const q = query[i]!;
      const credit = weights[i]! * (q.corrected ? options.correctedWeight : 1);
      const subject = strict ? isSubject(q) : !questionWords.has(q.term);
      const posting = termDocs.get(q.term);
      if (posting !== undefined) {
        for (let j = 0; j < posting.docs.length; j += 1) {
          const doc = posting.docs[j]!;
          covered[doc]! += credit * posting.weights[j]!;
          if (subject) sharesSubject[doc] = 1;
        }
      }
      const phrasings = phrasingsOf.get(q.term);
      if (phrasings !== undefined) {
        for (let j = 0; j < phrasings.length; j += 1) {
          const p = phrasings[j]!;
          if (phrasingScore[p] === 0 && phrasingShared[p] === 0) touched[touchedCount++] = p;
          phrasingScore[p]! += credit;
          phrasingShared[p]! += weights[i]!;
        }
      }
    }
    // The closest phrasing per document, by weighted union: all query terms plus the phrasing's terms the query lacks.
    for (let t = 0; t < touchedCount; t += 1) {
      const p = touched[t]!;
      const doc = phrasingDoc[p]!;
      closest[doc] = Math.max(closest[doc]!, phrasingScore[p]! / (total + phrasingWeight[p]! - phrasingShared[p]!));
      phrasingScore[p] = 0;
      phrasingShared[p] = 0;
    }
    // Indexed loops over typed arrays: a for…of over "postings ?? []" made V8 drop this function's optimised
    // code again and again in the running bot (a "wrong map" deoptimisation on the iterator).
    for (const literal of literals) countHits(literalHits, literalDocs.get(literal));
    for (const bigram of bigrams) countHits(bigramHits, bigramDocs.get(bigram));
    const { coverageShare, literalShare, verbatimBonus, verbatimPairsMax } = options;
    for (let d = 0; d < docs.length; d += 1) {
      const concept = coverageShare * (covered[d]! / total) + (1 - coverageShare) * closest[d]!;
      const literal = literals.length === 0 ? 0 : literalHits[d]! / literals.length;
      // Words quoted from a sentence in their order ("effectively close Parler's account") point at that sentence:
      // the more of the question's word pairs a fact's sentences hold, and the more pairs in all, the surer.
      const hits = bigramHits[d]!;
      const verbatim = bigrams.length === 0 ? 0 : verbatimBonus * (hits / bigrams.length) * Math.min(hits, verbatimPairsMax);
      // "What date was the riot?" is not answered by the one fact that has a date but is about something else.
      scores[d] = sharesSubject[d] === 0 ? 0 : (1 - literalShare) * concept + literalShare * literal + verbatim;
    }
    return scores;
  };

  const starters = pack.facts.slice(0, options.maxSuggestions);
  const model = pack.model === undefined ? undefined : compileQuestionModel(pack.model, pack.facts.map((fact) => fact.id));

  interface RankedFact extends ScoredFact {
    /** The score from the question's terms alone, before the model's share. */
    readonly termScore: number;
  }

  interface Ranking {
    /** Every fact with a term score above zero, best first by score (terms and model). */
    readonly facts: RankedFact[];
    readonly bestGap: { gap: Gap; score: number } | undefined;
    /** The question asks for a detail (a date, a number) that the fact it is about does not give. */
    readonly detailMissing: boolean;
    /** The model's probability that the article doesn't say; undefined when the model has no say. */
    readonly doesNotSay: number | undefined;
  }

  /** The facts and the best known gap for a question; undefined when no term is left. */
  const rank = (question: string): Ranking | undefined => {
    const { terms: query, literals, bigrams, excluded, pointsAtPlace } = analyzeQuery(question, lexicon, corrector, everydayWords);
    if (!query.some((q) => !questionWords.has(q.term))) return undefined;
    const weights = query.map(queryWeight);
    const total = weights.reduce((a, b) => a + b, 0);
    const scores = scoreDocs(query, literals, bigrams, weights, total);
    // A fact whose answer is about what the question sets aside ("besides antitrust, what else…") is not wanted.
    if (excluded.length > 0) {
      factAnswerTerms.forEach((terms, order) => {
        if (excluded.some((term) => terms.has(term))) scores[order]! *= options.setAsideFactor;
      });
    }
    // A fact without a detail the question asks for (an exact time, a percentage) cannot be its answer; it
    // keeps part of its score, so it is still offered as "did you mean".
    // And when the fact the question is about lacks the detail ("what date did Apple pull Parler?"), another fact that
    // has one is no answer either: a detail can take an answer away, never hand it to a different fact.
    const asked = query.filter((q) => detailConcepts.has(q.term) || YEAR.test(q.term));
    let detailMissing = false;
    if (asked.length > 0) {
      const hasDetails = (doc: Doc): boolean => asked.every((q) => doc.termWeight.has(q.term));
      let top = -1;
      docs.forEach((doc, order) => {
        if (doc.target.kind === 'fact' && scores[order]! > 0 && (top < 0 || scores[order]! > scores[top]!)) top = order;
      });
      detailMissing = top >= 0 && !hasDetails(docs[top]!);
      docs.forEach((doc, order) => {
        if (doc.target.kind === 'fact' && !hasDetails(doc)) scores[order]! *= options.missingDetailFactor;
      });
    }
    // The model's classes are the facts in pack order (the facts' document order too), then "doesn't say".
    // A place in the article ("the last paragraph") is found by the article's layout, which the model never sees.
    const probabilities = pointsAtPlace ? undefined : model?.predict(modelFeatures(query.map((q) => q.term), tokenize(question)));
    const facts: RankedFact[] = [];
    let bestGap: { gap: Gap; score: number } | undefined;
    docs.forEach(({ target }, order) => {
      const score = scores[order]!;
      if (target.kind === 'fact') {
        // Only facts the terms found: the model reorders them, and never brings in a fact that shares nothing.
        if (score > 0) facts.push({ fact: target.fact, score: score + options.model.weight * (probabilities?.[order] ?? 0), termScore: score });
      } else if (bestGap === undefined || score > bestGap.score) bestGap = { gap: target.gap, score };
    });
    // Best first; between equal scores, the pack's own order (facts are listed before gaps, and each in file order).
    facts.sort((a, b) => b.score - a.score);
    return { facts, bestGap, detailMissing, doesNotSay: probabilities?.[pack.facts.length] };
  };

  /**
   * Whether to answer. The terms alone answer when the best fact clears the threshold, no known gap beats it and no
   * detail asked for is missing. With a model, "the article doesn't say" competes as one more candidate instead,
   * scored like the facts (SEARCH_OPTIONS.model), and the terms' own verdict is a part of its score.
   */
  const decide = ({ facts, bestGap, detailMissing, doesNotSay }: Ranking): { answer: boolean; gap: Gap | undefined } => {
    const { answerThreshold, gapMargin } = options;
    const termsBest = facts.reduce((best, f) => Math.max(best, f.termScore), 0);
    const gapWins = bestGap !== undefined && bestGap.score >= answerThreshold && bestGap.score > termsBest + gapMargin;
    const termsAnswer = termsBest >= answerThreshold && !gapWins && !detailMissing;
    const gap = gapWins ? bestGap?.gap : undefined;
    if (doesNotSay === undefined) return { answer: termsAnswer, gap };
    const { weight, doesNotSayScore, termsDeclineBonus } = options.model;
    const doesNotSayTotal = doesNotSayScore + (termsAnswer ? 0 : termsDeclineBonus) + weight * doesNotSay;
    const answer = (facts[0]?.score ?? 0) > doesNotSayTotal;
    return { answer, gap: answer ? undefined : gap };
  };

  return {
    analyze: (text) => analyzeQuery(text, lexicon, corrector, everydayWords).terms.map((q) => q.term),
    features: (text) => modelFeatures(analyzeQuery(text, lexicon, corrector, everydayWords).terms.map((q) => q.term), tokenize(text)),
    rank: (question) => rank(question)?.facts.map(({ fact, score }) => ({ fact, score })) ?? [],
    ask(question) {
      const ranking = rank(question);
      if (ranking === undefined) return { answered: false, query: question, gap: undefined, suggestions: starters };
      const { facts } = ranking;
      const { answerThreshold, runnerUpRatio, maxAnswers, maxSuggestions } = options;
      const { answer, gap } = decide(ranking);
      const best = facts[0];
      if (!answer || best === undefined) {
        const suggestions = facts.slice(0, maxSuggestions).map((f) => f.fact);
        return { answered: false, query: question, gap, suggestions: suggestions.length > 0 ? suggestions : starters };
      }
      const floor = Math.max(answerThreshold, best.score * runnerUpRatio);
      const answers = facts.filter((f, order) => order === 0 || f.score >= floor).slice(0, maxAnswers).map(({ fact, score }) => ({ fact, score }));
      const related = facts.slice(answers.length).slice(0, maxSuggestions).map((f) => f.fact);
      return { answered: true, query: question, answers, related };
    },
  };
}
