// The gateway door: a discord.js client that turns each interaction into an InteractionInput, answers it
// through handleInteraction, and survives every failure to deliver (expired, already answered, 5xx).
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  Options,
  Routes,
} from 'discord.js';
import { COMMAND_NAME, SUBCOMMANDS } from '../../commands/caseCommand.js';
import { MESSAGES } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import { handleInteraction, type InteractionInput, type InteractionOutcome, type InteractionServices, notice } from './handleInteraction.js';
import { toCallback } from './callback.js';
import type { MessagePayload } from './renderMessage.js';

export interface GatewayBotOptions {
  readonly token: string;
  /** REST base such as http://127.0.0.1:8080/api (a proxy, or the local test server); Discord's own when absent. */
  readonly apiUrl?: string | undefined;
  readonly services: InteractionServices;
  readonly logger: Logger;
}

export interface GatewayBot {
  readonly client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type Answerable = ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction;

/** Discord API errors that mean the reply can no longer be delivered: logged, never retried. */
const UNDELIVERABLE = new Map<number | string, string>([
  [10062, 'unknown interaction (answered too late, or by another running copy)'],
  [40060, 'interaction already acknowledged'],
]);

function toInput(interaction: Answerable): InteractionInput {
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId };
  const subcommand = interaction.commandName === COMMAND_NAME ? (interaction.options.getSubcommand(false) ?? '') : interaction.commandName;
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return { kind: 'autocomplete', subcommand, focused: { name: focused.name, value: String(focused.value) } };
  }
  const options = Object.fromEntries((interaction.options.data[0]?.options ?? []).map((o) => [o.name, o.value]));
  return { kind: 'command', subcommand, options };
}

/** The apology as discord.js reply options (answers go out through send(), as Discord's wire format). */
function replyOptions(message: MessagePayload) {
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: [...message.embeds],
    components: [...message.components],
    allowedMentions: { parse: [] },
  };
}

/**
 * Sends the outcome as the interaction's callback, through the client's own REST manager (its rate limits and
 * retries). The payload is already Discord's wire format, the same body the HTTP endpoint returns: discord.js's
 * reply() would re-resolve it through getters that require() modules on every call, a fifth of a reply's cost.
 */
async function send(client: Client, interaction: Answerable, outcome: InteractionOutcome): Promise<void> {
  let body: InteractionOutcome = outcome;
  if (interaction.isAutocomplete()) {
    if (outcome.kind !== 'choices') body = { kind: 'choices', choices: [] };
  } else if (outcome.kind === 'choices') {
    throw new Error('autocomplete choices for a non-autocomplete interaction');
  } else if (outcome.kind === 'update' && !interaction.isButton()) {
    body = { kind: 'reply', message: outcome.message, ephemeral: false };
  }
  await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: toCallback(body), auth: false });
  // What interaction.reply() would record, so a later apology follows up instead of replying twice.
  if (!interaction.isAutocomplete()) interaction.replied = true;
}

function describe(interaction: Answerable): Record<string, unknown> {
  const what = interaction.isButton() ? { customId: interaction.customId } : { command: interaction.commandName, subcommand: interaction.options.getSubcommand(false) };
  return { interactionId: interaction.id, user: interaction.user.id, guild: interaction.guildId, ...what };
}

export function createGatewayBot({ token, apiUrl, services, logger }: GatewayBotOptions): GatewayBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // casebot reads nothing back from Discord's caches: the members and users that every interaction carries
    // are not kept (except the bot's own), which saves memory in many servers and work on every interaction.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      ThreadMemberManager: 0,
    }),
    // A second guard behind every reply's own allowed_mentions: nothing the bot sends can ping.
    allowedMentions: { parse: [] },
    ...(apiUrl === undefined ? {} : { rest: { api: apiUrl } }),
  });

  const answer = async (interaction: Answerable): Promise<void> => {
    let outcome: InteractionOutcome;
    try {
      outcome = handleInteraction(services, toInput(interaction), interaction.user.id);
    } catch (error) {
      logger.error('handler failed', { ...describe(interaction), error });
      await apologise(interaction);
      return;
    }
    try {
      await send(client, interaction, outcome);
    } catch (error) {
      const reason = error instanceof DiscordAPIError ? UNDELIVERABLE.get(error.code) : undefined;
      if (reason !== undefined) logger.warn('reply not delivered', { ...describe(interaction), code: error instanceof DiscordAPIError ? error.code : undefined, reason });
      else logger.error('reply failed', { ...describe(interaction), error });
    }
  };

  const apologise = async (interaction: Answerable): Promise<void> => {
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.replied || interaction.deferred) await interaction.followUp({ ...replyOptions(notice(MESSAGES.apology).message), flags: MessageFlags.Ephemeral });
      else await interaction.reply({ ...replyOptions(notice(MESSAGES.apology).message), flags: MessageFlags.Ephemeral });
    } catch (error) {
      logger.error('apology failed', { ...describe(interaction), error });
    }
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isButton()) void answer(interaction);
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info('ready', { user: ready.user.tag, guilds: ready.guilds.cache.size, commands: SUBCOMMANDS.map((s) => `/${COMMAND_NAME} ${s.name}`) });
  });
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));

  return {
    client,
    async start() {
      await client.login(token);
    },
    async stop() {
      await client.destroy();
    },
  };
}
