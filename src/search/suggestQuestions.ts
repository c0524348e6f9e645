// Autocomplete: questions the article answers that match what the user has typed so far.
// Ranks with the case index (whole words, synonyms, typos) and fuse.js on question text (partial words).
import Fuse from 'fuse.js';
import type { CasePack } from '../data/loadCasePack.js';
import type { Fact } from '../data/schemas.js';
import type { CaseIndex } from './caseIndex.js';
import { QUESTION_FUSE_OPTIONS, SEARCH_OPTIONS } from './searchOptions.js';

// Bitap compares at most 32 characters; the end of what is typed is where the partial word is.
const FUSE_PATTERN_MAX = 32;

export type QuestionSuggester = (typed: string, limit: number) => readonly Fact[];

export function buildQuestionSuggester(pack: CasePack, index: CaseIndex): QuestionSuggester {
  const entries = pack.facts.flatMap((fact) => [fact.question, ...fact.phrasings].map((question) => ({ question, fact })));
  const fuse = new Fuse(entries, QUESTION_FUSE_OPTIONS);
  return (typed, limit) => {
    const text = typed.trim();
    if (text === '') return pack.facts.slice(0, limit);
    const ranked = index.rank(text);
    const byIndex = ranked.map((s) => s.fact);
    const byText = fuse.search(text.slice(-FUSE_PATTERN_MAX), { limit: limit * 2 }).map((r) => r.item.fact);
    // A half-typed question ("why did am") is better served by matching its text; once the index is
    // confident the question is answerable, its ranking (synonyms, typos) comes first.
    const indexFirst = (ranked[0]?.score ?? 0) >= SEARCH_OPTIONS.answerThreshold;
    return [...new Set(indexFirst ? [...byIndex, ...byText] : [...byText, ...byIndex])].slice(0, limit);
  };
}
