// Autocomplete: questions the article answers that match what the user has typed so far.
// Three cheap signals, merged: the case index (whole words, synonyms, typos), phrasings that contain the typed
// text (partial last word), and fuse.js over the fact questions (a typo in a half-typed word).
import Fuse from 'fuse.js';
import type { CasePack } from '../data/loadCasePack.js';
import type { Fact } from '../data/schemas.js';
import type { CaseIndex } from './caseIndex.js';
import { QUESTION_FUSE_OPTIONS, SEARCH_OPTIONS } from './searchOptions.js';

// Bitap compares at most 32 characters, and fuzzy matching a partial word only matters early in typing.
const FUSE_PATTERN_MAX = 32;

export type QuestionSuggester = (typed: string, limit: number) => readonly Fact[];

const normalize = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function buildQuestionSuggester(pack: CasePack, index: CaseIndex): QuestionSuggester {
  // Over the ~25 questions, not the ~600 phrasings: fuzzy search costs per entry, and autocomplete runs per keystroke.
  const fuse = new Fuse(pack.facts.map((fact) => ({ question: fact.question, fact })), QUESTION_FUSE_OPTIONS);
  const phrasings = pack.facts.flatMap((fact) => [fact.question, ...fact.phrasings].map((p) => ({ text: normalize(p), fact })));
  return (typed, limit) => {
    const text = typed.trim();
    if (text === '') return pack.facts.slice(0, limit);
    const ranked = index.rank(text);
    const byIndex = ranked.map((s) => s.fact);
    const needle = normalize(text);
    const byText = needle === '' ? [] : phrasings.filter((p) => p.text.includes(needle)).map((p) => p.fact);
    const byFuzzy = text.length > FUSE_PATTERN_MAX ? [] : fuse.search(text, { limit }).map((r) => r.item.fact);
    // A half-typed question ("why did am") is better served by its text; once the index is confident the
    // question is answerable, its ranking (synonyms, typos) comes first.
    const indexFirst = (ranked[0]?.score ?? 0) >= SEARCH_OPTIONS.answerThreshold;
    const merged = indexFirst ? [...byIndex, ...byText, ...byFuzzy] : [...byText, ...byFuzzy, ...byIndex];
    return [...new Set(merged)].slice(0, limit);
  };
}
