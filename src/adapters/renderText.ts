// Renders a Reply as plain text for the terminal.
import { MESSAGES } from '../core/messages.js';
import { type Credit, type QuotedSentence, quotedOnce, type Reply } from '../core/reply.js';

function quote(sentence: QuotedSentence): string {
  return `  [${sentence.id}] “${sentence.text}”`;
}

export function formatCredit(credit: Credit): string {
  return `Source: ${credit.publisher}, “${credit.headline}”, ${credit.publishedNote} (${credit.language}).`;
}

export function renderText(reply: Reply): string {
  switch (reply.kind) {
    case 'answers':
      return [
        `${reply.title}`,
        '',
        // A sentence an earlier card quotes is named, not quoted twice.
        ...quotedOnce(reply.cards).flatMap(({ card, quote: own, above }) => [
          card.answer,
          ...own.map(quote),
          ...(above.length > 0 ? [`  ${MESSAGES.quotedAbove(above.map((s) => `[${s.id}]`).join(', '), above.length, own.length > 0)}`] : []),
          '',
        ]),
        ...(reply.related.length > 0 ? ['Related: ' + reply.related.map((r) => r.question).join(' · '), ''] : []),
        formatCredit(reply.credit),
      ].join('\n');
    case 'not-found':
      return [reply.message, ...(reply.suggestions.length > 0 ? ['', 'Did you mean:', ...reply.suggestions.map((s) => `  - ${s.question}`)] : [])].join('\n');
    case 'timeline':
      return [
        reply.title,
        '',
        ...reply.events.flatMap((e, i) => [
          `${i + 1}. ${e.when}${e.date === undefined ? '' : ` — ${e.date.label}`}: ${e.event}`,
          ...e.sentences.map(quote),
        ]),
        '',
        formatCredit(reply.credit),
      ].join('\n');
    case 'source':
      return [reply.title, '', ...reply.lines].join('\n');
    case 'help':
      return [reply.title, '', ...reply.entries.map((e) => `  ${e.usage}\n      ${e.description}`)].join('\n');
    case 'invalid':
      return reply.message;
  }
}
