// Turns case-pack entries into the reply parts handlers share: cards, quotes, suggestions, credit.
import type { Credit, AnswerCard, QuotedSentence, Suggestion } from '../core/reply.js';
import type { CasePack } from '../data/loadCasePack.js';
import type { Fact, Source } from '../data/schemas.js';

export function quotedSentences(pack: CasePack, sources: readonly Source[]): QuotedSentence[] {
  const ids = [...new Set(sources.map((s) => s.sentence))];
  // The loader guarantees every cited id exists; the filter only satisfies the type.
  return ids.flatMap((id) => {
    const sentence = pack.sentenceById.get(id);
    return sentence === undefined ? [] : [{ id: sentence.id, text: sentence.text }];
  });
}

export function factCard(pack: CasePack, fact: Fact, score?: number): AnswerCard {
  const card = { factId: fact.id, question: fact.question, answer: fact.answer, sentences: quotedSentences(pack, fact.sources) };
  return score === undefined ? card : { ...card, score };
}

export function suggestion(fact: Fact): Suggestion {
  return { factId: fact.id, question: fact.question };
}

export function creditOf(pack: CasePack): Credit {
  const { publisher, headline, published, publishedNote, language } = pack.meta.source;
  return { publisher, headline, published, publishedNote, language };
}
