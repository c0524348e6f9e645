// Runs an entry point from dist/bin as its own node process, as `npm start` and `npm run deploy-commands` do,
// keeping everything it prints so tests can read its JSON log lines and check that no secret ever leaks.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from './fakeDiscord/fakeDiscord.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Shaped like a real token (three dot-separated parts), so the config check lets it through. */
export const TEST_TOKEN = 'MTIz.fake-casebot.token-for-tests';

export type LogLine = Readonly<Record<string, unknown>> & { readonly level: string; readonly msg: string };
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface EntryProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  stdout(): string;
  stderr(): string;
  /** The JSON lines the logger wrote to stderr. */
  logLines(): LogLine[];
  waitForLog(msg: string, timeoutMs?: number): Promise<LogLine>;
}

/** The environment of a bot pointed at the fake server; inherited DISCORD_* variables are dropped. */
export function discordEnv(server: FakeDiscord, overrides: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DISCORD_') && key !== 'LOG_LEVEL'));
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    DISCORD_TOKEN: server.token,
    DISCORD_CLIENT_ID: server.applicationId,
    DISCORD_GUILD_ID: server.guildId,
    DISCORD_API_URL: server.apiUrl,
    // The most talkative level, so the token check covers every line the bot can write.
    LOG_LEVEL: 'debug',
    // One simulated user asks everything here; the per-user limit has its own test.
    SEARCH_RATE_LIMIT: '0',
    AUTOCOMPLETE_RATE_LIMIT: '0',
    ...overrides,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

function parseLogLine(line: string): LogLine | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || !('msg' in value) || !('level' in value)) return undefined;
    const { msg, level } = value;
    return typeof msg === 'string' && typeof level === 'string' ? { ...value, msg, level } : undefined;
  } catch {
    return undefined;
  }
}

/** @param cwd the project root by default, as npm runs scripts there. */
export function runEntry(entry: 'start' | 'startHttp' | 'deployCommands', env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): EntryProcess {
  return runNode([`${PROJECT_ROOT}dist/bin/${entry}.js`], env, cwd);
}

/** Runs `node ...args` (a script and its node flags), capturing its output like runEntry. */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): EntryProcess {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    for (const listener of listeners) listener();
  });
  const exited = new Promise<Exit>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  const logLines = (): LogLine[] => err.split('\n').flatMap((line) => parseLogLine(line) ?? []);

  const waitForLog = (msg: string, timeoutMs = 10_000): Promise<LogLine> =>
    new Promise((resolve, reject) => {
      const done = (error?: Error, line?: LogLine): void => {
        listeners.delete(check);
        clearTimeout(timer);
        if (line) resolve(line);
        else reject(error);
      };
      const check = (): void => {
        const line = logLines().find((l) => l.msg === msg);
        if (line) done(undefined, line);
      };
      const timer = setTimeout(() => done(new Error(`no "${msg}" log line within ${timeoutMs} ms; stderr:\n${err}`)), timeoutMs);
      listeners.add(check);
      void exited.then((exit) => done(new Error(`exited (${exit.code ?? exit.signal}) before logging "${msg}"; stderr:\n${err}`)));
      check();
    });

  return { child, exited, stdout: () => out, stderr: () => err, logLines, waitForLog };
}
