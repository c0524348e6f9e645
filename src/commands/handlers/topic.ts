// `who-sued`, `claims`, `amazon`, `relief`, `context`: every fact of one topic, in the order the data lists them.
import type { Reply } from '../../core/reply.js';
import type { Topic } from '../../data/schemas.js';
import { creditOf, factCard } from '../cards.js';
import type { CaseContext } from '../caseContext.js';

export function topicHandler({ pack }: CaseContext, topic: Topic, title: string): Reply {
  const cards = pack.facts.filter((fact) => fact.topic === topic).map((fact) => factCard(pack, fact));
  return { kind: 'answers', title, cards, related: [], credit: creditOf(pack) };
}
