// Renders a Reply as plain text for the terminal.
import { MESSAGES } from '../core/messages.js';
import type { Credit, QuotedSentence, Reply } from '../core/reply.js';

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
        ...reply.cards.flatMap((card, i) => {
          // A sentence an earlier card quotes is named, not quoted twice.
          const above = new Set(reply.cards.slice(0, i).flatMap((c) => c.sentences.map((s) => s.id)));
          const named = card.sentences.filter((s) => above.has(s.id)).map((s) => `[${s.id}]`);
          const quotes = card.sentences.filter((s) => !above.has(s.id)).map(quote);
          return [card.answer, ...quotes, ...(named.length > 0 ? [`  ${MESSAGES.quotedAbove(named.join(', '), named.length, quotes.length > 0)}`] : []), ''];
        }),
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
