// One fact by id: what a "related" or "did you mean" button shows.
import { MESSAGES } from '../../core/messages.js';
import type { Reply } from '../../core/reply.js';
import { creditOf, factCard, suggestion } from '../cards.js';
import type { CaseContext } from '../caseContext.js';

export function factHandler({ pack }: CaseContext, factId: string): Reply {
  const fact = pack.facts.find((f) => f.id === factId);
  if (fact === undefined) return { kind: 'invalid', message: MESSAGES.staleButton };
  const related = pack.facts.filter((f) => f.topic === fact.topic && f.id !== fact.id).slice(0, 3).map(suggestion);
  return { kind: 'answers', title: fact.question, cards: [factCard(pack, fact)], related, credit: creditOf(pack) };
}
