// The interaction response (callback) body Discord expects for an outcome. Both doors send exactly this: the
// gateway bot POSTs it through discord.js's REST manager, the HTTP endpoint returns it as the HTTP response.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object
import type { InteractionOutcome } from './handleInteraction.js';

/** Callback types: https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type */
export const CALLBACK_TYPE = { pong: 1, message: 4, update: 7, autocomplete: 8 } as const;
const EPHEMERAL = 1 << 6;

export const PONG = { type: CALLBACK_TYPE.pong } as const;

export function toCallback(outcome: InteractionOutcome): Record<string, unknown> {
  switch (outcome.kind) {
    case 'reply':
      return { type: CALLBACK_TYPE.message, data: { ...outcome.message, ...(outcome.ephemeral ? { flags: EPHEMERAL } : {}) } };
    case 'update':
      return { type: CALLBACK_TYPE.update, data: outcome.message };
    case 'choices':
      return { type: CALLBACK_TYPE.autocomplete, data: { choices: outcome.choices } };
  }
}
