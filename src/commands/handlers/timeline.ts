// `timeline`: the events in the order they happened, each with the article's own time phrase.
import { formatDay } from '../../core/formatDay.js';
import { MESSAGES } from '../../core/messages.js';
import type { Reply, TimelineEntry } from '../../core/reply.js';
import type { EventDate } from '../../data/schemas.js';
import { creditOf, quotedSentences } from '../cards.js';
import type { CaseContext } from '../caseContext.js';

function formatDate(date: EventDate): string {
  return 'on' in date ? formatDay(date.on) : `${formatDay(date.from)} – ${formatDay(date.to)}`;
}

export function timelineHandler({ pack }: CaseContext): Reply {
  const events = pack.timeline.map((event): TimelineEntry => {
    const entry = { id: event.id, when: event.when, event: event.event, sentences: quotedSentences(pack, event.sources) };
    return event.date === undefined ? entry : { ...entry, date: { label: MESSAGES.derivedDate(formatDate(event.date)), derived: event.date.derived } };
  });
  return { kind: 'timeline', title: MESSAGES.titles.timeline, events, credit: creditOf(pack) };
}
