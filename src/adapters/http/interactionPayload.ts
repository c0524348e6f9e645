// Parses the interaction JSON Discord POSTs into an InteractionInput (the answer's body is discord/callback.ts).
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
import { z } from 'zod';
import type { InteractionInput } from '../discord/handleInteraction.js';

/** Interaction types: https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type */
export const INTERACTION_TYPE = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;

const option = z.object({ name: z.string(), type: z.number(), value: z.unknown().optional(), focused: z.boolean().optional() });
const subcommand = z.object({ name: z.string(), type: z.literal(1), options: z.array(option).optional() });
const commandData = z.object({ name: z.string(), options: z.array(z.union([subcommand, option])).optional() });

// In a server the user is under `member`; in a DM it is `user`.
const actor = { member: z.object({ user: z.object({ id: z.string() }) }).optional(), user: z.object({ id: z.string() }).optional() };

export const interactionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(INTERACTION_TYPE.ping) }),
  z.object({ type: z.literal(INTERACTION_TYPE.command), data: commandData, ...actor }),
  z.object({ type: z.literal(INTERACTION_TYPE.autocomplete), data: commandData, ...actor }),
  z.object({ type: z.literal(INTERACTION_TYPE.component), data: z.object({ custom_id: z.string(), component_type: z.number() }), ...actor }),
]);

/** Who interacted, for per-user limits. */
export function userIdOf(body: InteractionBody): string | undefined {
  return body.type === INTERACTION_TYPE.ping ? undefined : (body.member?.user.id ?? body.user?.id);
}
export type InteractionBody = z.infer<typeof interactionSchema>;

type CommandData = z.infer<typeof commandData>;

function subcommandOf(data: CommandData): { name: string; options: z.infer<typeof option>[] } {
  const first = data.options?.[0];
  if (first !== undefined && 'type' in first && first.type === 1) return { name: first.name, options: 'options' in first ? (first.options ?? []) : [] };
  return { name: data.name, options: [] };
}

/** The input for handleInteraction, or 'ping' for Discord's endpoint check. */
export function toInteractionInput(body: InteractionBody): InteractionInput | 'ping' {
  switch (body.type) {
    case INTERACTION_TYPE.ping:
      return 'ping';
    case INTERACTION_TYPE.component:
      return { kind: 'button', customId: body.data.custom_id };
    case INTERACTION_TYPE.command: {
      const sub = subcommandOf(body.data);
      return { kind: 'command', subcommand: sub.name, options: Object.fromEntries(sub.options.map((o) => [o.name, o.value])) };
    }
    case INTERACTION_TYPE.autocomplete: {
      const sub = subcommandOf(body.data);
      const focused = sub.options.find((o) => o.focused === true) ?? { name: '', value: '' };
      return { kind: 'autocomplete', subcommand: sub.name, focused: { name: focused.name, value: String(focused.value ?? '') } };
    }
  }
}
