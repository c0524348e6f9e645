// The logger: one JSON line per event on stderr, filtered by LOG_LEVEL, with every known secret redacted.
import type { LogLevel } from './config.js';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack, code: 'code' in value ? value.code : undefined };
  return value;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Strings that must never appear in a log line, such as the bot token. */
  readonly secrets?: readonly string[];
  readonly write?: (line: string) => void;
}

export function createLogger({ level, secrets = [], write = (line) => process.stderr.write(line) }: LoggerOptions): Logger {
  const hidden = secrets.filter((s) => s.length > 0);
  const emit = (at: LogLevel, message: string, fields: LogFields = {}): void => {
    if (RANK[at] < RANK[level]) return;
    const entries = Object.entries(fields).map(([k, v]) => [k, serialize(v)] as const);
    let line = JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...Object.fromEntries(entries) });
    for (const secret of hidden) line = line.split(secret).join('[redacted]');
    write(`${line}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
