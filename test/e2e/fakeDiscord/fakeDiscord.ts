// A local Discord stand-in that the real, unmodified discord.js client logs into: REST under
// /api, the gateway WebSocket under /gateway, both on one ephemeral 127.0.0.1 port.

import type { Server } from 'node:http';
import { GatewayDispatchEvents, type APIUser } from 'discord.js';
import { applicationRoutes } from './applicationRoutes.js';
import { CommandStore, GLOBAL_SCOPE } from './commandStore.js';
import { resolveOptions, type FakeDiscordOptions, type ResolvedOptions } from './fakeDiscordOptions.js';
import { GatewayServer } from './gateway.js';
import type { JsonRecord } from './guards.js';
import { createHttpServer, listenOnLoopback } from './httpServer.js';
import {
  autocompleteInjection,
  buttonInjection,
  commandInjection,
  type AutocompleteInvocation,
  type ButtonInvocation,
  type CommandInvocation,
  type Injection,
} from './injections.js';
import { describeAnswers, InteractionLedger, type AnswerCount } from './interactionLedger.js';
import type { InteractionRecord } from './interactionRecord.js';
import { interactionRoutes } from './interactionRoutes.js';
import { MessageStore, type StoredMessage } from './messages.js';
import type { ReceivedRequest, Rejection, RestFault } from './restRouter.js';
import { Waiters } from './waiters.js';
import { addUser, createWorld, type FakeWorld } from './world.js';

export class FakeDiscord {
  readonly token: string;
  readonly world: FakeWorld;
  readonly received: ReceivedRequest[] = [];
  readonly rejections: Rejection[] = [];
  readonly commands: CommandStore;
  /** Gateway internals for finer tests: stats, frames, heartbeat control, raw dispatches. */
  readonly gateway: GatewayServer;
  private readonly waiters = new Waiters();
  private readonly ledger = new InteractionLedger(record => this.waiters.notify(record));
  private readonly messages = new MessageStore();
  private readonly http: Server;
  private readonly restFaults: RestFault[] = [];
  private readonly unregisteredIds = new Map<string, string>();
  private readonly options: ResolvedOptions;
  private origin = '';

  private constructor(options: FakeDiscordOptions) {
    const resolved = resolveOptions(options);
    this.options = resolved;
    this.token = resolved.token;
    this.world = createWorld(options);
    this.commands = new CommandStore(this.world.applicationId);
    // Requests and gateway frames concern only unkeyed waits; answers are announced per record by the ledger.
    const notify = (): void => this.waiters.notify();
    this.gateway = new GatewayServer({
      token: this.token,
      heartbeatIntervalMs: resolved.heartbeatIntervalMs,
      world: this.world,
      log: resolved.log,
      onChange: notify,
    });
    const context = {
      world: this.world,
      gatewayUrl: () => this.gatewayUrl,
      commands: this.commands,
      ledger: this.ledger,
      messages: this.messages,
      responseDeadlineMs: resolved.responseDeadlineMs,
      tokenLifetimeMs: resolved.tokenLifetimeMs,
    };
    const routes = [...applicationRoutes(context), ...interactionRoutes(context)];
    const router = { token: this.token, routes, faults: this.restFaults, received: this.received, rejections: this.rejections, log: resolved.log };
    this.http = createHttpServer(router, this.gateway, notify);
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = new FakeDiscord(options);
    server.origin = await listenOnLoopback(server.http);
    server.gateway.url = server.gatewayUrl;
    return server;
  }

  /** Pass to discord.js as `rest: { api }`. */
  get apiUrl(): string {
    return `http://${this.origin}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.origin}/gateway`;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get guildId(): string {
    return this.world.guilds[0]?.id ?? '';
  }

  get interactions(): readonly InteractionRecord[] {
    return this.ledger.records;
  }

  /** The registered commands as Discord would list them, for one guild or globally. */
  registeredCommands(guildId?: string): JsonRecord[] {
    return this.commands.list(guildId ?? GLOBAL_SCOPE).map(command => command.json);
  }

  /** A message the bot created, as it stands now (after edits and component updates). */
  message(id: string): StoredMessage | undefined {
    return this.messages.get(id);
  }

  addUser(username: string): APIUser {
    return addUser(this.world, username);
  }

  sendCommand(invocation: CommandInvocation): Promise<InteractionRecord> {
    return this.inject(() => commandInjection(this.injectionDeps(), invocation));
  }

  sendAutocomplete(invocation: AutocompleteInvocation): Promise<InteractionRecord> {
    return this.inject(() => autocompleteInjection(this.injectionDeps(), invocation));
  }

  sendButton(invocation: ButtonInvocation): Promise<InteractionRecord> {
    return this.inject(() => buttonInjection(this.injectionDeps(), invocation));
  }

  /** Sends any gateway event to every session; returns how many sessions got it. */
  dispatch(event: string, data: unknown): number {
    return this.gateway.dispatch(event, data);
  }

  answerCounts(): AnswerCount[] {
    return this.ledger.counts();
  }

  /** Interactions never acknowledged: the user saw "The application did not respond". */
  unanswered(): InteractionRecord[] {
    return this.ledger.unanswered();
  }

  /** Interactions the bot tried to acknowledge more than once (a double answer, or two bots). */
  doubleAnswered(): InteractionRecord[] {
    return this.ledger.doubleAnswered();
  }

  /** Answers the next request matching `fault` with it instead (429, 5xx, an expired token…), once. */
  failNextRequest(fault: RestFault): void {
    this.restFaults.push(fault);
  }

  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }

  dropConnection(code?: number): void {
    this.gateway.dropConnection(code);
  }

  /** Waits until `condition` holds, re-checking on every request, answer and gateway frame. */
  waitFor(condition: () => boolean, timeoutMs = this.options.answerTimeoutMs, description = 'condition'): Promise<void> {
    return this.waiters.until(condition, timeoutMs, () => `${description} still false`);
  }

  /** Waits for the session to be connected again after a fault (RESUMED or READY sent). */
  waitForConnection(timeoutMs = this.options.answerTimeoutMs): Promise<void> {
    return this.waitFor(() => this.gateway.connectedSessions > 0, timeoutMs, 'a connected gateway session');
  }

  async close(): Promise<void> {
    this.waiters.failAll('the fake Discord server was closed');
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>(resolve => this.http.close(() => resolve()));
  }

  private injectionDeps() {
    return { world: this.world, commands: this.commands, messages: this.messages, unregisteredIds: this.unregisteredIds };
  }

  private async inject(build: () => Injection): Promise<InteractionRecord> {
    if (this.gateway.sessions.size === 0) throw new Error('no gateway session: log a client in before sending interactions');
    const { payload, label } = build();
    const record = this.ledger.register(payload, label);
    this.gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    await this.waiters.settled(
      () => record.isAnswered,
      () => record.answers.length,
      this.options.settleMs,
      this.options.answerTimeoutMs,
      () => `no complete answer to ${label} (received: ${describeAnswers(record)})`,
      record,
    );
    return record;
  }
}

export type { FakeDiscordOptions };

export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
