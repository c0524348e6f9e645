// Builds INTERACTION_CREATE payloads the way Discord sends them for a guild, with every field
// discord.js reads (BaseInteraction, CommandInteraction, MessageComponentInteraction constructors).
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object

import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType as O,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIBaseInteraction,
  type APIInteractionDataResolved,
  type APIUser,
} from 'discord.js';
import type { StoredCommand } from './commandStore.js';
import type { InvocationOption } from './invocationOptions.js';
import type { StoredMessage } from './messages.js';
import { nextSnowflake } from './snowflake.js';
import { makeMember, MEMBER_PERMISSIONS, type FakeGuild, type FakeWorld } from './world.js';

/** Where and by whom an interaction happens; defaults to the default user in the first guild. */
export interface InvocationContext {
  user?: APIUser | undefined;
  guildId?: string | undefined;
  channelId?: string | undefined;
  locale?: Locale | undefined;
}

export interface CommandData {
  id: string;
  name: string;
  type: ApplicationCommandType.ChatInput;
  guild_id?: string;
  options?: InvocationOption[];
  resolved?: APIInteractionDataResolved;
}

export interface ButtonData {
  custom_id: string;
  component_type: ComponentType.Button;
}

/** The envelope is typed as discord-api-types defines it; `data` and the clicked message vary. */
export type InteractionPayload = Omit<APIBaseInteraction<InteractionType, never>, 'data' | 'message'> & {
  data: CommandData | ButtonData;
  message?: StoredMessage;
};

/** A file's worth of upload allowance, as Discord reports for unboosted guilds. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export function buildInteraction(
  world: FakeWorld,
  type: InteractionType,
  data: CommandData | ButtonData,
  context: InvocationContext,
  message?: StoredMessage,
): InteractionPayload {
  const guild = pickGuild(world, context.guildId);
  const channel = guild.channels.find(item => item.id === (context.channelId ?? guild.channels[0]?.id));
  if (!channel) throw new Error(`guild ${guild.id} has no channel ${context.channelId ?? ''}`);
  const user = context.user ?? world.defaultUser;
  const member = guild.members.find(item => item.user.id === user.id) ?? makeMember(user, guild.joinedAt);
  return {
    id: nextSnowflake(),
    application_id: world.applicationId,
    type,
    data,
    guild: { id: guild.id, locale: Locale.EnglishUS, features: [] },
    guild_id: guild.id,
    channel: { ...channel },
    channel_id: channel.id,
    member: { ...member, user, permissions: MEMBER_PERMISSIONS },
    // Interaction tokens are opaque URL-safe strings; discord.js puts them in paths unencoded.
    token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
    version: 1,
    ...(message ? { message } : {}),
    app_permissions: MEMBER_PERMISSIONS,
    locale: context.locale ?? Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
}

export function commandData(command: StoredCommand | undefined, name: string, fallbackId: string, options: InvocationOption[], world: FakeWorld, guildId: string): CommandData {
  const resolved = resolveEntities(options, world, pickGuild(world, guildId));
  return {
    id: command?.id ?? fallbackId,
    name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guildId ? { guild_id: command.guildId } : {}),
    ...(options.length > 0 ? { options } : {}),
    ...(resolved ? { resolved } : {}),
  };
}

export function pickGuild(world: FakeWorld, guildId: string | undefined): FakeGuild {
  const guild = guildId === undefined ? world.guilds[0] : world.guilds.find(item => item.id === guildId);
  if (!guild) throw new Error(`unknown guild ${guildId ?? '(none configured)'}`);
  return guild;
}

/** User, channel and role options carry ids; Discord adds the objects under `resolved`. */
function resolveEntities(options: InvocationOption[], world: FakeWorld, guild: FakeGuild): APIInteractionDataResolved | undefined {
  const resolved: APIInteractionDataResolved = {};
  const visit = (option: InvocationOption): void => {
    option.options?.forEach(visit);
    const id = String(option.value);
    if (option.type === O.User || option.type === O.Mentionable) {
      const user = world.users.get(id);
      const member = guild.members.find(item => item.user.id === id);
      if (user) resolved.users = { ...resolved.users, [id]: user };
      if (member) {
        const { user: _user, ...rest } = member;
        resolved.members = { ...resolved.members, [id]: { ...rest, permissions: MEMBER_PERMISSIONS } };
      }
    }
    const channel = option.type === O.Channel ? guild.channels.find(item => item.id === id) : undefined;
    if (channel) resolved.channels = { ...resolved.channels, [id]: { id, type: channel.type, name: channel.name, permissions: MEMBER_PERMISSIONS } };
    const role = option.type === O.Role || option.type === O.Mentionable ? guild.roles.find(item => item.id === id) : undefined;
    if (role) resolved.roles = { ...resolved.roles, [id]: role };
  };
  options.forEach(visit);
  return Object.keys(resolved).length > 0 ? resolved : undefined;
}
