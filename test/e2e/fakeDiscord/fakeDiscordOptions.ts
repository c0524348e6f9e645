// The server's options and their defaults, frozen in one place.

import { DEFAULT_HEARTBEAT_INTERVAL_MS, INTERACTION_RESPONSE_DEADLINE_MS, INTERACTION_TOKEN_LIFETIME_MS } from './limits.js';
import type { FakeWorldOptions } from './world.js';

export interface FakeDiscordOptions extends FakeWorldOptions {
  /** The bot token the client must present (REST `Authorization: Bot …` and IDENTIFY). */
  token?: string;
  /** HELLO's heartbeat_interval; tests use a small one so zombie detection is quick. */
  heartbeatIntervalMs?: number;
  /** How long after dispatch an interaction may still be acknowledged (Discord: 3 s). */
  responseDeadlineMs?: number;
  /** How long its token accepts edits and follow-ups (Discord: 15 min). */
  tokenLifetimeMs?: number;
  /** Quiet time after a complete answer before send* resolves, to catch late edits. */
  settleMs?: number;
  /** How long send* and waitFor wait before rejecting. */
  answerTimeoutMs?: number;
  /** Log server events: true for console.error, or a function of your own. Silent by default. */
  debug?: boolean | ((line: string) => void);
}

export interface ResolvedOptions {
  token: string;
  heartbeatIntervalMs: number;
  responseDeadlineMs: number;
  tokenLifetimeMs: number;
  settleMs: number;
  answerTimeoutMs: number;
  log: (line: string) => void;
}

export const DEFAULTS = Object.freeze({
  token: 'fake-bot-token.for-local-tests-only',
  heartbeatIntervalMs: DEFAULT_HEARTBEAT_INTERVAL_MS,
  responseDeadlineMs: INTERACTION_RESPONSE_DEADLINE_MS,
  tokenLifetimeMs: INTERACTION_TOKEN_LIFETIME_MS,
  settleMs: 100,
  answerTimeoutMs: 5_000,
});

export function resolveOptions(options: FakeDiscordOptions): ResolvedOptions {
  const { debug } = options;
  const log = typeof debug === 'function' ? debug : debug ? (line: string) => console.error(`[fakeDiscord] ${line}`) : () => undefined;
  return {
    token: options.token ?? DEFAULTS.token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
    responseDeadlineMs: options.responseDeadlineMs ?? DEFAULTS.responseDeadlineMs,
    tokenLifetimeMs: options.tokenLifetimeMs ?? DEFAULTS.tokenLifetimeMs,
    settleMs: options.settleMs ?? DEFAULTS.settleMs,
    answerTimeoutMs: options.answerTimeoutMs ?? DEFAULTS.answerTimeoutMs,
    log,
  };
}
