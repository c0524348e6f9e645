// Turns a test's request ("run /case ask with question=…", "click `more`") into the
// INTERACTION_CREATE payload Discord would send, refusing requests Discord's UI could not make.

import { ComponentType, InteractionType } from 'discord.js';
import type { CommandStore } from './commandStore.js';
import { buildInteraction, commandData, pickGuild, type InteractionPayload, type InvocationContext } from './interactionPayloads.js';
import { buildInvocationOptions, type OptionValue } from './invocationOptions.js';
import { findComponent, type MessageStore, type StoredMessage } from './messages.js';
import { nextSnowflake } from './snowflake.js';
import type { FakeWorld } from './world.js';

export interface CommandInvocation extends InvocationContext {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: Readonly<Record<string, OptionValue>>;
}

export interface AutocompleteInvocation extends CommandInvocation {
  /** The option being typed. */
  focused: string;
  /** What the user has typed into it so far. */
  value: string;
}

export interface ButtonInvocation extends Omit<InvocationContext, 'channelId'> {
  customId: string;
  /** The message holding the button (object or id); defaults to the newest message that has it. */
  message?: StoredMessage | string;
}

export interface Injection {
  payload: InteractionPayload;
  label: string;
}

export interface InjectionDeps {
  world: FakeWorld;
  commands: CommandStore;
  messages: MessageStore;
  /** Ids for commands a test invokes without registering them, stable per name. */
  unregisteredIds: Map<string, string>;
}

export function commandInjection(deps: InjectionDeps, invocation: CommandInvocation, focused?: { name: string; value: string }): Injection {
  const guild = pickGuild(deps.world, invocation.guildId);
  const registered = deps.commands.findChatInput(invocation.name, guild.id);
  const options = buildInvocationOptions(registered, { ...invocation, focused });
  const fallbackId = deps.unregisteredIds.get(invocation.name) ?? nextSnowflake();
  deps.unregisteredIds.set(invocation.name, fallbackId);
  const data = commandData(registered, invocation.name, fallbackId, options, deps.world, guild.id);
  const type = focused ? InteractionType.ApplicationCommandAutocomplete : InteractionType.ApplicationCommand;
  const path = [invocation.name, invocation.subcommandGroup, invocation.subcommand].filter(Boolean).join(' ');
  const label = focused ? `autocomplete /${path} ${focused.name}="${focused.value}"` : `/${path}`;
  return { payload: buildInteraction(deps.world, type, data, { ...invocation, guildId: guild.id }), label };
}

export function autocompleteInjection(deps: InjectionDeps, invocation: AutocompleteInvocation): Injection {
  return commandInjection(deps, invocation, { name: invocation.focused, value: invocation.value });
}

export function buttonInjection(deps: InjectionDeps, invocation: ButtonInvocation): Injection {
  const message = resolveMessage(deps.messages, invocation);
  const button = findComponent(message.components, invocation.customId);
  if (!button || button['type'] !== ComponentType.Button) throw new Error(`message ${message.id} has no button "${invocation.customId}"`);
  if (button['disabled'] === true) throw new Error(`button "${invocation.customId}" is disabled and cannot be clicked`);
  const data = { custom_id: invocation.customId, component_type: ComponentType.Button } as const;
  const guild = deps.world.guilds.find(item => item.channels.some(channel => channel.id === message.channel_id));
  const context = { ...invocation, guildId: invocation.guildId ?? guild?.id, channelId: message.channel_id };
  return { payload: buildInteraction(deps.world, InteractionType.MessageComponent, data, context, message), label: `button ${invocation.customId}` };
}

function resolveMessage(messages: MessageStore, invocation: ButtonInvocation): StoredMessage {
  const given = invocation.message;
  if (typeof given === 'object') return messages.get(given.id) ?? messages.adopt(given);
  const found = given === undefined ? messages.findByCustomId(invocation.customId) : messages.get(given);
  if (!found) throw new Error(`no message ${given ?? `with a button "${invocation.customId}"`} is known`);
  return found;
}
