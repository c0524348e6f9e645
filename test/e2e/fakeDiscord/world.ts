// The fake universe the bot lives in: its user and application, guilds with a text channel,
// roles and members, and the people who invoke commands.

import { ChannelType, PermissionFlagsBits, type APIGuildMember, type APIRole, type APITextChannel, type APIUser } from 'discord.js';
import { NO_FLAGS } from './guards.js';
import { nextSnowflake } from './snowflake.js';

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  channels: APITextChannel[];
  roles: APIRole[];
  members: APIGuildMember[];
}

export interface FakeWorld {
  bot: APIUser;
  applicationId: string;
  guilds: FakeGuild[];
  /** The person who invokes commands unless a test names another. */
  defaultUser: APIUser;
  users: Map<string, APIUser>;
}

export interface FakeWorldOptions {
  applicationId?: string;
  botUsername?: string;
  guildNames?: readonly string[];
}

/** What a plain member may do in the test channel; enough for replies with embeds and buttons. */
export const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands
).toString();

export function makeUser(username: string, bot = false, id = nextSnowflake()): APIUser {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, bot, flags: NO_FLAGS, public_flags: NO_FLAGS };
}

export function makeMember(user: APIUser, joinedAt: string, roles: string[] = []): APIGuildMember {
  return { user, nick: null, avatar: null, banner: null, roles, joined_at: joinedAt, premium_since: null, deaf: false, mute: false, flags: NO_FLAGS, pending: false };
}

function makeGuild(name: string, bot: APIUser, owner: APIUser): FakeGuild {
  const id = nextSnowflake();
  const joinedAt = new Date().toISOString();
  // Discord gives @everyone the guild's own id.
  const everyone: APIRole = {
    id,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_FLAGS,
  };
  const general: APITextChannel = {
    id: nextSnowflake(),
    type: ChannelType.GuildText,
    guild_id: id,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: NO_FLAGS,
  };
  return {
    id,
    name,
    ownerId: owner.id,
    joinedAt,
    channels: [general],
    roles: [everyone],
    members: [makeMember(bot, joinedAt), makeMember(owner, joinedAt)],
  };
}

export function createWorld(options: FakeWorldOptions = {}): FakeWorld {
  const applicationId = options.applicationId ?? nextSnowflake();
  // A bot user shares its application's id.
  const bot = makeUser(options.botUsername ?? 'casebot', true, applicationId);
  const defaultUser = makeUser('tester');
  const guilds = (options.guildNames ?? ['Casebot Test Server']).map(name => makeGuild(name, bot, defaultUser));
  return { bot, applicationId, guilds, defaultUser, users: new Map([[bot.id, bot], [defaultUser.id, defaultUser]]) };
}

export function findGuild(world: FakeWorld, guildId: string): FakeGuild | undefined {
  return world.guilds.find(guild => guild.id === guildId);
}

export function findChannel(world: FakeWorld, channelId: string): APITextChannel | undefined {
  return world.guilds.flatMap(guild => guild.channels).find(channel => channel.id === channelId);
}

/** Adds someone to every guild, so interactions can come from more than one person. */
export function addUser(world: FakeWorld, username: string): APIUser {
  const user = makeUser(username);
  world.users.set(user.id, user);
  for (const guild of world.guilds) guild.members.push(makeMember(user, new Date().toISOString()));
  return user;
}
