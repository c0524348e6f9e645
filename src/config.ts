// Environment configuration, parsed once per entry point with zod. Errors name the variable, never its value.
import { z } from 'zod';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const snowflake = (what: string) => z.string().regex(/^\d{17,20}$/u, `must be ${what} (a Discord id of 17–20 digits)`);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const token = z
  .string({ error: 'is required: the bot token from the Discord Developer Portal (Bot → Reset Token)' })
  .trim()
  .min(1, 'is required: the bot token from the Discord Developer Portal (Bot → Reset Token)')
  .refine((t) => !/^bot\s/iu.test(t), 'must be the token alone, without the "Bot " prefix')
  .refine((t) => /^[\w-]+\.[\w-]+\.[\w-]+$/u.test(t), 'does not look like a bot token (three parts separated by dots)');

const apiUrl = optional(
  z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' }).transform((u) => u.replace(/\/+$/u, '')),
);
const logLevel = z.preprocess((v) => (v === '' || v === undefined ? 'info' : v), z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }));

// Outcomes remembered per process; 0 turns the memo off.
const answerCacheSize = z.preprocess(
  (v) => (v === '' || v === undefined ? '1000' : v),
  z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000, 'must be at most 1000000'),
);

const countOrDefault = (fallback: number, what: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? String(fallback) : v),
    z.coerce.number({ error: `must be ${what}` }).int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000, 'must be at most 1000000'),
  );

// Per user and window; 0 turns a limit off.
const rateLimits = {
  SEARCH_RATE_LIMIT: countOrDefault(5, 'a number of questions per window'),
  AUTOCOMPLETE_RATE_LIMIT: countOrDefault(30, 'a number of autocomplete requests per window'),
  RATE_LIMIT_WINDOW_SECONDS: countOrDefault(10, 'a number of seconds'),
};

// Another case pack directory (for operators testing data); the bundled pack when absent.
const caseDir = optional(z.string().min(1));

export const gatewayEnvSchema = z.object({
  CASE_DIR: caseDir,
  ANSWER_CACHE_SIZE: answerCacheSize,
  ...rateLimits,
  DISCORD_TOKEN: token,
  DISCORD_API_URL: apiUrl,
  LOG_LEVEL: logLevel,
});
export type GatewayConfig = z.infer<typeof gatewayEnvSchema>;

export const deployEnvSchema = z.object({
  DISCORD_TOKEN: token,
  DISCORD_CLIENT_ID: z.string({ error: 'is required: the application id from the Developer Portal (General Information)' }).pipe(snowflake('the application id')),
  DISCORD_GUILD_ID: optional(snowflake('a server id')),
  DISCORD_API_URL: apiUrl,
  LOG_LEVEL: logLevel,
});
export type DeployConfig = z.infer<typeof deployEnvSchema>;

export const httpEnvSchema = z.object({
  DISCORD_PUBLIC_KEY: z
    .string({ error: 'is required: the public key from the Developer Portal (General Information)' })
    .trim()
    .regex(/^[0-9a-f]{64}$/iu, 'must be the application public key: 64 hex characters'),
  DISCORD_CLIENT_ID: optional(snowflake('the application id')),
  DISCORD_API_URL: apiUrl,
  PORT: z.preprocess((v) => (v === '' || v === undefined ? '3000' : v), z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(0, 'must be 0–65535').max(65535, 'must be 0–65535')),
  HOST: z.preprocess((v) => (v === '' || v === undefined ? '0.0.0.0' : v), z.string().min(1)),
  CASE_DIR: caseDir,
  ANSWER_CACHE_SIZE: answerCacheSize,
  ...rateLimits,
  LOG_LEVEL: logLevel,
});
export type HttpConfig = z.infer<typeof httpEnvSchema>;

export type RateLimitConfig = Pick<GatewayConfig, keyof typeof rateLimits>;

export type ConfigResult<T> = { readonly ok: true; readonly config: T } | { readonly ok: false; readonly message: string };

/** Parses the environment; on failure, one line per bad variable, naming it and what is wrong, never its value. */
export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): ConfigResult<z.infer<S>> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.map(String).join('.')} ${issue.message}`);
  return { ok: false, message: ['Configuration error (see .env.example):', ...lines].join('\n') };
}

/** Every variable casebot reads, across its entry points. */
export const KNOWN_VARIABLES = new Set([
  ...Object.keys(gatewayEnvSchema.shape),
  ...Object.keys(deployEnvSchema.shape),
  ...Object.keys(httpEnvSchema.shape),
]);

/** Names people commonly use for casebot's variables, and the one it reads instead. */
const RENAMED: Readonly<Record<string, string>> = {
  TOKEN: 'DISCORD_TOKEN',
  BOT_TOKEN: 'DISCORD_TOKEN',
  DISCORD_BOT_TOKEN: 'DISCORD_TOKEN',
  CLIENT_ID: 'DISCORD_CLIENT_ID',
  APPLICATION_ID: 'DISCORD_CLIENT_ID',
  DISCORD_APPLICATION_ID: 'DISCORD_CLIENT_ID',
  DISCORD_APP_ID: 'DISCORD_CLIENT_ID',
  GUILD_ID: 'DISCORD_GUILD_ID',
  DISCORD_SERVER_ID: 'DISCORD_GUILD_ID',
  PUBLIC_KEY: 'DISCORD_PUBLIC_KEY',
  DISCORD_API_BASE: 'DISCORD_API_URL',
};

/**
 * Warnings for variables that look meant for casebot but that it does not read: they are ignored, and the
 * warning names only the variable (never its value).
 */
export function configWarnings(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(env)
    .filter((name) => !KNOWN_VARIABLES.has(name) && (name in RENAMED || name.startsWith('DISCORD_')))
    .sort()
    .map((name) => {
      const instead = Object.hasOwn(RENAMED, name) ? RENAMED[name] : undefined;
      return instead === undefined ? `${name} is not a casebot variable and is ignored` : `${name} is ignored: casebot reads ${instead}`;
    });
}
