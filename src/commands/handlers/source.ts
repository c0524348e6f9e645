// `source`: the credit for every answer: publisher, headline, date, and what the text is.
import { MESSAGES } from '../../core/messages.js';
import type { Reply } from '../../core/reply.js';
import { creditOf } from '../cards.js';
import type { CaseContext } from '../caseContext.js';

export function sourceHandler({ pack }: CaseContext): Reply {
  const { source, parties, summary } = pack.meta;
  const lines = [
    `${source.publisher}: “${source.headline}”`,
    `Published ${source.publishedNote}.`,
    `Text: ${source.language}.`,
    ...parties.map((p) => `${p.role === 'plaintiff' ? 'Plaintiff' : 'Defendant'}: ${p.name}${p.aliases === undefined ? '' : ` (${p.aliases.join(', ')})`}, ${p.description}.`),
    summary,
  ];
  return { kind: 'source', title: MESSAGES.titles.source, lines, credit: creditOf(pack) };
}
