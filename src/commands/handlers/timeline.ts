// `timeline`: the events in the order they happened, each with the article's own time phrase.
import { MESSAGES } from '../../core/messages.js';
import type { Reply, TimelineEntry } from '../../core/reply.js';
import type { EventDate } from '../../data/schemas.js';
import { creditOf, quotedSentences } from '../cards.js';
import type { CaseContext } from '../caseContext.js';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function formatDate(date: EventDate): string {
  const day = (iso: string): string => DAY.format(new Date(`${iso}T00:00:00Z`));
  return 'on' in date ? day(date.on) : `${day(date.from)} – ${day(date.to)}`;
}

export function timelineHandler({ pack }: CaseContext): Reply {
  const events = pack.timeline.map((event): TimelineEntry => {
    const entry = { id: event.id, when: event.when, event: event.event, sentences: quotedSentences(pack, event.sources) };
    return event.date === undefined ? entry : { ...entry, date: { label: MESSAGES.derivedDate(formatDate(event.date)), derived: event.date.derived } };
  });
  return { kind: 'timeline', title: MESSAGES.titles.timeline, events, credit: creditOf(pack) };
}
