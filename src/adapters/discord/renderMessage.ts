// Renders a Reply as a Discord message: embeds, buttons, no pings, and every Discord limit enforced.
// The same payload serves the gateway bot and the HTTP endpoint.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from 'discord.js';
import { formatDay } from '../../core/formatDay.js';
import { MESSAGES } from '../../core/messages.js';
import { type AnswerCard, type Credit, type QuotedSentence, quotedOnce, type Reply, type Suggestion, type TimelineEntry } from '../../core/reply.js';
import { type ButtonAction, encodeButton } from './customIds.js';
import * as L from './discordLimits.js';

export interface MessagePayload {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Always parses nothing: no @everyone, role or user ping, whatever text is echoed. */
  readonly allowed_mentions: { readonly parse: readonly [] };
}

export interface RenderedMessage {
  readonly message: MessagePayload;
  /** Only the asker sees it: misses and mistakes should not clutter the channel. */
  readonly ephemeral: boolean;
}

/** A readable page of the timeline; more events than this go on the next page. */
export const TIMELINE_EVENTS_PER_PAGE = 4;
const COLOR = 0x2b6cb0;
const NO_PINGS = { parse: [] } as const;

// Escaping runs its many regexes once per distinct text: the texts come from the case pack, a finite set.
const escaped = new Map<string, string>();
const ESCAPE_MEMO_MAX = 10_000;
function escape(text: string): string {
  let result = escaped.get(text);
  if (result === undefined) {
    result = escapeMarkdown(text);
    if (escaped.size < ESCAPE_MEMO_MAX) escaped.set(text, result);
  }
  return result;
}

/** The sentences as quotes; those already quoted higher up in the same message (`above`) are named, not quoted again. */
function quoteLines(sentences: readonly QuotedSentence[], above: readonly QuotedSentence[] = []): string {
  const lines = sentences.map((s) => `> ${escape(s.text)}\n> — sentence \`${s.id}\``);
  if (above.length > 0) lines.push(MESSAGES.quotedAbove(above.map((s) => `\`${s.id}\``).join(', '), above.length, sentences.length > 0));
  return lines.join('\n\n');
}

function creditLine(credit: Credit): string {
  return truncate(`Source: ${credit.publisher}, “${credit.headline}”, ${formatDay(credit.published)} · ${credit.language}`, L.EMBED_FOOTER_TEXT_MAX);
}

const truncate = L.truncate;

/** Discord refuses empty field names and values, button labels and messages: a blank becomes a dash. */
function nonEmpty(text: string, fallback = '—'): string {
  return text.trim() === '' ? fallback : text;
}

function embedLength(embed: APIEmbed): number {
  const parts = [embed.title, embed.description, embed.footer?.text, embed.author?.name, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])];
  return parts.reduce((n, p) => n + (p === undefined ? 0 : L.lengthOf(p)), 0);
}

/** Keeps embeds, in order, while they fit Discord's per-message count and the character budget (6000 total). */
function fitEmbeds(embeds: readonly APIEmbed[], budget: number = L.EMBEDS_TOTAL_MAX): APIEmbed[] {
  const kept: APIEmbed[] = [];
  let total = 0;
  for (const embed of embeds.slice(0, L.MESSAGE_EMBEDS_MAX)) {
    const length = embedLength(embed);
    if (total + length > budget) {
      // The first embed is always shown: its description (the quotes) is cut to the budget left.
      if (kept.length === 0 && embed.description !== undefined) {
        const room = budget - (length - L.lengthOf(embed.description));
        if (room > 0) kept.push({ ...embed, description: truncate(embed.description, room) });
      }
      break;
    }
    kept.push(embed);
    total += length;
  }
  return kept;
}

function button(label: string, action: ButtonAction, style: ButtonStyle.Primary | ButtonStyle.Secondary, tag = '', disabled = false): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label: nonEmpty(truncate(label, L.BUTTON_LABEL_MAX)), custom_id: encodeButton(action, tag), disabled };
}

function buttonRows(buttons: readonly APIButtonComponentWithCustomId[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length && rows.length < L.ACTION_ROWS_MAX; i += L.BUTTONS_PER_ROW_MAX) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + L.BUTTONS_PER_ROW_MAX) });
  }
  return rows;
}

/** One button per fact: custom_ids must be unique within a message. */
function suggestionButtons(suggestions: readonly Suggestion[], kind: 'fact' | 'suggestion'): APIButtonComponentWithCustomId[] {
  const unique = [...new Map(suggestions.map((s) => [s.factId, s])).values()];
  return unique.map((s) => button(s.question, { kind, factId: s.factId }, ButtonStyle.Secondary));
}

/** One embed per card; a sentence an earlier card quotes is named in the later one, not quoted twice. */
function cardEmbeds(cards: readonly AnswerCard[]): APIEmbed[] {
  return quotedOnce(cards).map(({ card, quote, above }) => ({
    title: nonEmpty(truncate(card.answer, L.EMBED_TITLE_MAX)),
    description: nonEmpty(truncate(quoteLines(quote, above), L.EMBED_DESCRIPTION_MAX)),
    color: COLOR,
  }));
}

function message(parts: { content?: string; embeds?: readonly APIEmbed[]; buttons?: readonly APIButtonComponentWithCustomId[] }): MessagePayload {
  const embeds = parts.embeds ?? [];
  const given = parts.content === undefined ? undefined : truncate(parts.content, L.MESSAGE_CONTENT_MAX);
  const content = embeds.length === 0 ? nonEmpty(given ?? '', MESSAGES.nothingToShow) : given;
  return { ...(content === undefined ? {} : { content }), embeds, components: buttonRows(parts.buttons ?? []), allowed_mentions: NO_PINGS };
}

function timelineField(entry: TimelineEntry, number: number): { name: string; value: string } {
  const when = entry.date === undefined ? entry.when : `${entry.when} — ${entry.date.label}`;
  return {
    name: truncate(`${number}. ${when}`, L.EMBED_FIELD_NAME_MAX),
    value: nonEmpty(truncate(`${escape(entry.event)}\n${quoteLines(entry.sentences)}`, L.EMBED_FIELD_VALUE_MAX)),
  };
}

export function timelinePageCount(events: number): number {
  return Math.max(1, Math.ceil(events / TIMELINE_EVENTS_PER_PAGE));
}

function renderTimeline(reply: Extract<Reply, { kind: 'timeline' }>, requestedPage: number): MessagePayload {
  const pages = timelinePageCount(reply.events.length);
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const first = page * TIMELINE_EVENTS_PER_PAGE;
  const fields = reply.events.slice(first, first + TIMELINE_EVENTS_PER_PAGE).map((e, i) => timelineField(e, first + i + 1)).slice(0, L.EMBED_FIELDS_MAX);
  const title = pages > 1 ? `${reply.title} (${MESSAGES.timelinePage(page + 1, pages)})` : reply.title;
  const embed: APIEmbed = { title: nonEmpty(truncate(title, L.EMBED_TITLE_MAX)), fields, color: COLOR, footer: { text: creditLine(reply.credit) } };
  const buttons = pages > 1
    ? [
        button(MESSAGES.previous, { kind: 'timeline-page', page: Math.max(0, page - 1) }, ButtonStyle.Secondary, 'prev', page === 0),
        button(MESSAGES.next, { kind: 'timeline-page', page: Math.min(pages - 1, page + 1) }, ButtonStyle.Secondary, 'next', page === pages - 1),
      ]
    : [];
  return message({ embeds: fitEmbeds([embed]), buttons });
}

/** @param page the timeline page to show (ignored by other replies). */
export function renderMessage(reply: Reply, page = 0): RenderedMessage {
  switch (reply.kind) {
    case 'answers': {
      // The credit always shows: its footer's length is reserved before the cards are fitted.
      const footer = { text: creditLine(reply.credit) };
      const fitted = fitEmbeds(cardEmbeds(reply.cards), L.EMBEDS_TOTAL_MAX - L.lengthOf(footer.text));
      const last = fitted.at(-1);
      if (last !== undefined) fitted[fitted.length - 1] = { ...last, footer };
      const content = fitted.length < reply.cards.length ? MESSAGES.moreInTopic(fitted.length, reply.cards.length) : undefined;
      return { message: message({ content, embeds: fitted, buttons: suggestionButtons(reply.related, 'fact') }), ephemeral: false };
    }
    case 'not-found': {
      const lines = reply.suggestions.length > 0 ? [reply.message, '', MESSAGES.didYouMean, ...reply.suggestions.map((s) => `• ${escape(s.question)}`)] : [reply.message];
      return { message: message({ content: lines.join('\n'), buttons: suggestionButtons(reply.suggestions, 'suggestion') }), ephemeral: true };
    }
    case 'timeline':
      return { message: renderTimeline(reply, page), ephemeral: false };
    case 'source': {
      const embed: APIEmbed = { title: truncate(reply.title, L.EMBED_TITLE_MAX), description: truncate(reply.lines.map(escape).join('\n'), L.EMBED_DESCRIPTION_MAX), color: COLOR, footer: { text: creditLine(reply.credit) } };
      return { message: message({ embeds: [embed] }), ephemeral: false };
    }
    case 'help': {
      const fields = reply.entries.slice(0, L.EMBED_FIELDS_MAX).map((e) => ({ name: truncate(e.usage, L.EMBED_FIELD_NAME_MAX), value: truncate(e.description, L.EMBED_FIELD_VALUE_MAX) }));
      return { message: message({ embeds: fitEmbeds([{ title: truncate(reply.title, L.EMBED_TITLE_MAX), fields, color: COLOR }]) }), ephemeral: true };
    }
    case 'invalid':
      return { message: message({ content: reply.message }), ephemeral: true };
  }
}
