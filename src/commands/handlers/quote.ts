// `quote`: the lawsuit's own words, or, with a search, the article sentences about a topic.
import { MESSAGES } from '../../core/messages.js';
import type { Reply } from '../../core/reply.js';
import { creditOf, factCard } from '../cards.js';
import type { CaseContext } from '../caseContext.js';
import { askHandler } from './ask.js';

// A sentence that holds an opening curly or straight double quote carries someone's own words.
const QUOTATION = /[“"]/u;

export function quoteHandler(context: CaseContext, search: string | undefined): Reply {
  if (search !== undefined) return askHandler(context, search, MESSAGES.titles.quote);
  const { pack } = context;
  const cards = pack.facts
    .filter((fact) => fact.sources.some((s) => QUOTATION.test(pack.sentenceById.get(s.sentence)?.text ?? '')))
    .map((fact) => factCard(pack, fact));
  return { kind: 'answers', title: MESSAGES.titles.quote, cards, related: [], credit: creditOf(pack) };
}
