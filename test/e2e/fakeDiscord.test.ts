// Proves the fake Discord server against the real, unmodified discord.js client: login, command
// registration, every kind of answer, Discord's refusals, and recovery from gateway faults.

import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/fakeDiscord.js';

const HEARTBEAT_INTERVAL_MS = 400;

function openTcpHandles(): string[] {
  return process.getActiveResourcesInfo().filter(type => type.startsWith('TCP'));
}

/** Whatever the worker had open before this file started; the file must leave no more. */
const tcpHandlesBefore = openTcpHandles();
const NO_PINGS = { parse: [] };

const caseCommand = new SlashCommandBuilder()
  .setName('case')
  .setDescription('Ask about the case')
  .addSubcommand(sub =>
    sub
      .setName('ask')
      .setDescription('Ask a question')
      .addStringOption(option => option.setName('question').setDescription('Your question').setRequired(true).setAutocomplete(true)),
  )
  .addSubcommand(sub => sub.setName('slow').setDescription('Answer after thinking'))
  .addSubcommand(sub => sub.setName('twice').setDescription('Try to answer twice'))
  .addSubcommand(sub => sub.setName('huge').setDescription('Send an embed that is too large'))
  .addSubcommand(sub => sub.setName('file').setDescription('Answer with an attachment'));

/** What the bot saw going wrong on its side, to compare with what the server refused. */
interface Observed {
  errors: unknown[];
}

async function answerCommand(interaction: ChatInputCommandInteraction, observed: Observed): Promise<void> {
  switch (interaction.options.getSubcommand()) {
    case 'ask': {
      const embed = new EmbedBuilder().setTitle('Answer').setDescription(`You asked: ${interaction.options.getString('question', true)}`);
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('case:more').setLabel('More').setStyle(ButtonStyle.Primary),
      );
      await interaction.reply({ embeds: [embed], components: [row], allowedMentions: NO_PINGS });
      return;
    }
    case 'slow':
      await interaction.deferReply();
      await interaction.editReply({ content: 'Here is the answer.', allowedMentions: NO_PINGS });
      await interaction.followUp({ content: 'And one more thing.', allowedMentions: NO_PINGS });
      return;
    case 'twice':
      await interaction.reply({ content: 'First answer.', allowedMentions: NO_PINGS });
      // discord.js refuses a second reply locally, so go around it the way a second bot copy would.
      await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: 'Second answer.' } },
        auth: false,
      });
      return;
    case 'huge':
      try {
        await interaction.reply({ embeds: [{ title: 'Too long', description: 'x'.repeat(4097) }], allowedMentions: NO_PINGS });
      } catch (error) {
        observed.errors.push(error);
        await interaction.reply({ content: 'Sorry, that answer was too long to show.', allowedMentions: NO_PINGS });
      }
      return;
    case 'file':
      await interaction.reply({ content: 'See the note.', files: [{ attachment: Buffer.from('hello'), name: 'note.txt' }], allowedMentions: NO_PINGS });
      return;
    default:
      throw new Error('unknown subcommand');
  }
}

/** The tiny bot under test: one listener, one catch that keeps the bot alive and records. */
function attachBot(client: Client, observed: Observed): void {
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const work = async (): Promise<void> => {
      if (interaction.isChatInputCommand()) await answerCommand(interaction, observed);
      else if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        const choices = ['who sued whom', 'when was it filed', 'what did the court decide'].filter(text => text.includes(typed));
        await interaction.respond(choices.map(text => ({ name: text, value: text })));
      } else if (interaction.isButton()) {
        await interaction.update({ content: 'More detail.', components: [], allowedMentions: NO_PINGS });
      }
    };
    work().catch(error => observed.errors.push(error));
  });
}

async function loginBot(server: FakeDiscord, attach: (client: Client) => void): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiUrl } });
  attach(client);
  const ready = new Promise<void>(resolve => client.once(Events.ClientReady, () => resolve()));
  await client.login(server.token);
  await ready;
  return client;
}

function apiCode(error: unknown): number | string | undefined {
  return error instanceof DiscordAPIError ? error.code : undefined;
}

describe('the fake Discord server with the real discord.js client', () => {
  let server: FakeDiscord;
  let client: Client;
  const observed: Observed = { errors: [] };
  let rest: REST;

  beforeAll(async () => {
    server = await startFakeDiscord({ heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS });
    client = await loginBot(server, bot => attachBot(bot, observed));
    rest = new REST({ api: server.apiUrl }).setToken(server.token);
    await rest.put(Routes.applicationGuildCommands(server.applicationId, server.guildId), { body: [caseCommand.toJSON()] });
  });

  afterAll(async () => {
    await client?.destroy();
    await server?.close();
  });

  it('logs the client in and delivers the guild with its channel', () => {
    expect(client.user?.id).toBe(server.applicationId);
    const guild = client.guilds.cache.get(server.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.map(channel => channel.name)).toEqual(['general']);
    expect(server.gateway.stats.identifies).toBe(1);
  });

  it('registers guild commands through REST and lists them back with snowflake ids', async () => {
    const listed = await rest.get(Routes.applicationGuildCommands(server.applicationId, server.guildId));
    expect(listed).toEqual([expect.objectContaining({ name: 'case', id: expect.stringMatching(/^\d{17,19}$/) })]);
    expect(server.registeredCommands(server.guildId)).toHaveLength(1);
  });

  it.each([
    ['an uppercase name', 'Case', 'APPLICATION_COMMAND_INVALID_NAME'],
    ['a name over 32 characters', 'c'.repeat(33), 'BASE_TYPE_BAD_LENGTH'],
  ])('refuses a command with %s with 50035', async (_label, name, fieldCode) => {
    const put = rest.put(Routes.applicationGuildCommands(server.applicationId, server.guildId), { body: [{ name, description: 'x' }] });
    const error = await put.catch((caught: unknown) => caught);
    expect(apiCode(error)).toBe(50035);
    expect(error instanceof DiscordAPIError && error.status).toBe(400);
    expect(String(error)).toContain(fieldCode);
    expect(server.registeredCommands(server.guildId)).toEqual([expect.objectContaining({ name: 'case' })]);
  });

  it('answers a command with an embed and a button, mentions off', async () => {
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'who sued?' } });
    expect(record.callback?.type).toBe(4);
    expect(record.callback?.data).toMatchObject({
      embeds: [{ title: 'Answer', description: 'You asked: who sued?' }],
      components: [{ type: 1, components: [{ type: 2, custom_id: 'case:more', label: 'More' }] }],
      allowed_mentions: { parse: [] },
    });
    expect(record.callback?.elapsedMs).toBeLessThan(3_000);
  });

  it('answers autocomplete with a type 8 list of choices', async () => {
    const record = await server.sendAutocomplete({ name: 'case', subcommand: 'ask', focused: 'question', value: 'when' });
    expect(record.callback?.type).toBe(8);
    expect(record.callback?.data).toEqual({ choices: [{ name: 'when was it filed', value: 'when was it filed' }] });
  });

  it('updates the message in place when its button is clicked', async () => {
    const asked = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'when?' } });
    const clicked = await server.sendButton({ customId: 'case:more', message: asked.originalMessageId });
    expect(clicked.callback?.type).toBe(7);
    expect(clicked.callback?.data).toMatchObject({ content: 'More detail.', components: [] });
    expect(clicked.originalMessageId).toBe(asked.originalMessageId);
    expect(server.message(asked.originalMessageId ?? '')).toMatchObject({ content: 'More detail.', components: [] });
  });

  it('sees a deferred reply, then its edit, then a follow-up', async () => {
    const record = await server.sendCommand({ name: 'case', subcommand: 'slow' });
    await server.waitFor(() => record.followUps.length === 1);
    expect(record.answers.map(answer => [answer.kind, answer.type ?? null])).toEqual([
      ['callback', 5],
      ['edit', null],
      ['followUp', null],
    ]);
    expect(record.edits[0]?.data).toMatchObject({ content: 'Here is the answer.' });
    expect(record.followUps[0]?.data).toMatchObject({ content: 'And one more thing.' });
  });

  it('refuses a second acknowledgement with 40060, surfaced as a DiscordAPIError', async () => {
    const before = observed.errors.length;
    const record = await server.sendCommand({ name: 'case', subcommand: 'twice' });
    await vi.waitFor(() => expect(observed.errors.length).toBe(before + 1));
    expect(apiCode(observed.errors[before])).toBe(40060);
    expect(record.callbackAttempts.map(answer => answer.status)).toEqual([204, 400]);
    expect(server.doubleAnswered().map(item => item.id)).toContain(record.id);
  });

  it('refuses an oversized embed with 50035 and records the refusal', async () => {
    const before = observed.errors.length;
    const record = await server.sendCommand({ name: 'case', subcommand: 'huge' });
    const error = observed.errors[before];
    expect(apiCode(error)).toBe(50035);
    expect(String(error)).toContain('data.embeds[0].description[BASE_TYPE_MAX_LENGTH]');
    expect(record.rejections[0]?.error?.errors).toEqual({
      data: { embeds: { 0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }] } } } },
    });
    expect(server.rejections.some(rejection => rejection.path.startsWith(`/interactions/${record.id}/`))).toBe(true);
    // The refused reply did not acknowledge the interaction, so the apology could still be sent.
    expect(record.callback?.data).toMatchObject({ content: 'Sorry, that answer was too long to show.' });
  });

  it('receives attachments as multipart with payload_json', async () => {
    const record = await server.sendCommand({ name: 'case', subcommand: 'file' });
    expect(record.callback?.files).toEqual([expect.objectContaining({ name: 'note.txt', size: 5 })]);
    expect(record.callback?.data).toMatchObject({ content: 'See the note.' });
  });

  it('refuses invocations Discord could not send for the registered command', async () => {
    await expect(server.sendCommand({ name: 'case', subcommand: 'ask' })).rejects.toThrow(/required option/);
    await expect(server.sendCommand({ name: 'case' })).rejects.toThrow(/cannot be used bare/);
  });

  it('resumes after the gateway asks for a reconnect, and still answers', async () => {
    const { identifies, resumes } = server.gateway.stats;
    server.requestReconnect();
    await server.waitFor(() => server.gateway.stats.resumes > resumes);
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'still there?' } });
    expect(record.callback?.type).toBe(4);
    expect(server.gateway.stats.identifies).toBe(identifies);
  });

  it('reconnects after a drop without a close frame and replays what it missed', async () => {
    const { resumes } = server.gateway.stats;
    server.dropConnection();
    // Sent while disconnected: only the RESUME replay can deliver it.
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'missed?' } });
    expect(record.callback?.type).toBe(4);
    expect(server.gateway.stats.resumes).toBe(resumes + 1);
  });

  it('resumes when heartbeats go unanswered (a zombie connection)', async () => {
    const { resumes } = server.gateway.stats;
    server.gateway.ackHeartbeats = false;
    await server.waitFor(() => server.gateway.stats.resumes > resumes, 5_000);
    server.gateway.ackHeartbeats = true;
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'alive?' } });
    expect(record.callback?.type).toBe(4);
  });

  it('resumes on the same connection after a resumable invalid session', async () => {
    const { identifies, resumes, connections } = server.gateway.stats;
    server.invalidateSession(true);
    await server.waitFor(() => server.gateway.stats.resumes > resumes);
    expect(server.gateway.stats).toMatchObject({ identifies, connections });
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'resumed?' } });
    expect(record.callback?.type).toBe(4);
  });

  it('resumes after the server closes with a resumable code', async () => {
    const { resumes } = server.gateway.stats;
    server.dropConnection(4000);
    await server.waitFor(() => server.gateway.stats.resumes > resumes);
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'back?' } });
    expect(record.callback?.type).toBe(4);
  });

  it('gets a heartbeat back when it asks for one', async () => {
    const { heartbeats } = server.gateway.stats;
    server.gateway.requestHeartbeat();
    await server.waitFor(() => server.gateway.stats.heartbeats > heartbeats);
  });

  it('identifies again after a non-resumable invalid session', async () => {
    const { identifies } = server.gateway.stats;
    server.invalidateSession(false);
    // discord.js spaces identifies 5 s apart (SimpleIdentifyThrottler in @discordjs/ws), so allow for that.
    await server.waitFor(() => server.gateway.stats.identifies > identifies && server.gateway.connectedSessions > 0, 10_000);
    const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'new session?' } });
    expect(record.callback?.type).toBe(4);
  });

  it('lets only one of two running copies acknowledge; the other gets 40060', async () => {
    const secondObserved: Observed = { errors: [] };
    const second = await loginBot(server, bot => attachBot(bot, secondObserved));
    try {
      const before = observed.errors.length;
      const record = await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question: 'who answers?' } });
      await vi.waitFor(() => expect(observed.errors.length - before + secondObserved.errors.length).toBe(1));
      const lost = [...observed.errors.slice(before), ...secondObserved.errors];
      expect(lost.map(apiCode)).toEqual([40060]);
      expect(record.callbackAttempts).toHaveLength(2);
    } finally {
      await second.destroy();
    }
  });

  it('refuses a wrong token: 401 on REST login, close 4004 on IDENTIFY', async () => {
    const intruder = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiUrl } });
    await expect(intruder.login('not-the-token')).rejects.toThrow(/invalid token/i);
    await intruder.destroy();
    const socket = new WebSocket(`${server.gatewayUrl}?v=10&encoding=json`);
    socket.on('message', data => {
      if (JSON.parse(data.toString()).op === 10) socket.send(JSON.stringify({ op: 2, d: { token: 'nope', intents: 1, properties: {} } }));
    });
    const code = await new Promise<number>(resolve => socket.on('close', closeCode => resolve(closeCode)));
    expect(code).toBe(4004);
  });

  it('accounts for every interaction: none lost, and only the refusals provoked above', () => {
    expect(server.unanswered()).toEqual([]);
    expect(server.answerCounts().every(count => count.callbacks === 1)).toBe(true);
    const refusals = server.rejections.map(rejection => `${rejection.status} ${rejection.error.code}`).sort();
    expect(refusals).toEqual(['400 40060', '400 40060', '400 50035', '400 50035', '400 50035', '401 0']);
    expect(server.gateway.connectedSessions).toBe(1);
  });
});

describe('Discord timing rules', () => {
  let server: FakeDiscord;
  let client: Client;
  const errors: unknown[] = [];

  beforeAll(async () => {
    // The 3 s deadline shortened, so a bot that is "too slow" is quick to test.
    server = await startFakeDiscord({ heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS, responseDeadlineMs: 100, answerTimeoutMs: 600 });
    client = await loginBot(server, bot =>
      bot.on(Events.InteractionCreate, interaction => {
        if (!interaction.isChatInputCommand()) return;
        setTimeout(() => interaction.reply({ content: 'Late.', allowedMentions: NO_PINGS }).catch(error => errors.push(error)), 200);
      }),
    );
  });

  afterAll(async () => {
    await client?.destroy();
    await server?.close();
  });

  it('refuses a callback after the deadline with 10062 and reports the interaction unanswered', async () => {
    await expect(server.sendCommand({ name: 'slowpoke' })).rejects.toThrow(/no complete answer to \/slowpoke .*10062 Unknown interaction/);
    await vi.waitFor(() => expect(errors.map(apiCode)).toEqual([10062]));
    expect(server.unanswered().map(record => record.label)).toEqual(['/slowpoke']);
  });
});

describe('after teardown', () => {
  it('leaves no sockets or servers open', async () => {
    // Handle closes complete on a later turn of the event loop.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(openTcpHandles()).toEqual(tcpHandlesBefore);
  });
});
