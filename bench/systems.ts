// The systems bench:quality compares: casebot, and two baselines over the raw article sentences.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CaseContext } from '../src/commands/caseContext.js';
import type { AnswerSystem } from './questionSet.js';

export function casebotSystem({ pack, index }: CaseContext): AnswerSystem {
  return (question) => {
    const result = index.ask(question);
    if (!result.answered) return [];
    return result.answers.map((a) => a.fact.sources.map((s) => pack.sentenceById.get(s.sentence)?.text ?? ''));
  };
}

/** fuse.js exactly as a newcomer would call it: default options over the sentences. */
export function fuseDefaultSystem({ pack }: CaseContext): AnswerSystem {
  const fuse = new Fuse(pack.sentences.map((s) => s.text));
  return (question) => fuse.search(question).slice(0, 3).map((r) => [r.item]);
}

/** MiniSearch: BM25 with prefix and fuzzy matching over the sentences. */
export function miniSearchSystem({ pack }: CaseContext): AnswerSystem {
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2 } });
  mini.addAll(pack.sentences.map((s) => ({ id: s.id, text: s.text })));
  const textById = new Map(pack.sentences.map((s) => [s.id, s.text]));
  return (question) => mini.search(question).slice(0, 3).map((r) => [textById.get(String(r.id)) ?? '']);
}
