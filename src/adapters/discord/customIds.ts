// Button custom_ids carry all their state ("case:fact:<id>", "case:page:<n>"), so buttons keep working after
// a restart. Parsing is strict: a custom_id from anywhere else is refused, never trusted.
import { CUSTOM_ID_MAX } from './discordLimits.js';

export type ButtonAction =
  /** Show one fact, in a new ephemeral reply (related facts under an answer). */
  | { readonly kind: 'fact'; readonly factId: string }
  /** Show one fact in place of the message (a "did you mean" on an ephemeral miss). */
  | { readonly kind: 'suggestion'; readonly factId: string }
  /** Show a page of the timeline in place of the message. */
  | { readonly kind: 'timeline-page'; readonly page: number };

const PREFIX = 'case';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** @param tag tells apart two buttons that would otherwise share an id (custom_ids are unique per message). */
export function encodeButton(action: ButtonAction, tag = ''): string {
  const suffix = tag === '' ? '' : `:${tag}`;
  const id = action.kind === 'timeline-page' ? `${PREFIX}:page:${action.page}${suffix}` : `${PREFIX}:${action.kind}:${action.factId}${suffix}`;
  if (id.length > CUSTOM_ID_MAX) throw new RangeError(`custom_id over ${CUSTOM_ID_MAX} characters: ${id.slice(0, 40)}…`);
  return id;
}

export function decodeButton(customId: string): ButtonAction | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const [prefix, kind, value] = customId.split(':');
  if (prefix !== PREFIX || value === undefined) return undefined;
  if (kind === 'page') return /^\d{1,3}$/u.test(value) ? { kind: 'timeline-page', page: Number(value) } : undefined;
  if ((kind === 'fact' || kind === 'suggestion') && SLUG.test(value)) return { kind, factId: value };
  return undefined;
}
