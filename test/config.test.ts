import { describe, expect, it } from 'vitest';
import { configWarnings, deployEnvSchema, gatewayEnvSchema, httpEnvSchema, parseConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';

describe('reading the configuration', () => {
  it('accepts a valid gateway environment, defaulting LOG_LEVEL and trimming the API URL', () => {
    expect(parseConfig(gatewayEnvSchema, { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:8080/api/' })).toEqual({
      ok: true,
      config: { ANSWER_CACHE_SIZE: 1000, SEARCH_RATE_LIMIT: 5, AUTOCOMPLETE_RATE_LIMIT: 30, RATE_LIMIT_WINDOW_SECONDS: 10, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:8080/api', LOG_LEVEL: 'info' },
    });
  });

  it('names each missing or malformed variable, and never echoes a value', () => {
    const result = parseConfig(deployEnvSchema, { DISCORD_TOKEN: 'Bot secret-value', DISCORD_CLIENT_ID: 'abc', DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const name of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_API_URL', 'LOG_LEVEL']) expect(result.message).toContain(name);
    expect(result.message).not.toContain('secret-value');
    expect(result.message).not.toContain('abc');
  });

  it('requires the token, and the application id only to deploy', () => {
    const missing = parseConfig(gatewayEnvSchema, {});
    expect(!missing.ok && missing.message).toMatch(/DISCORD_TOKEN is required/u);
    const deploy = parseConfig(deployEnvSchema, { DISCORD_TOKEN: TOKEN });
    expect(!deploy.ok && deploy.message).toMatch(/DISCORD_CLIENT_ID is required/u);
    expect(parseConfig(deployEnvSchema, { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_GUILD_ID: '' }).ok).toBe(true);
  });
});

describe('the HTTP endpoint configuration', () => {
  it('defaults PORT to 3000 and HOST to 0.0.0.0', () => {
    expect(parseConfig(httpEnvSchema, { DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toMatchObject({ ok: true, config: { PORT: 3000, HOST: '0.0.0.0' } });
  });

  it('stops on a public key that is not 64 hex characters, or a bad port, naming each', () => {
    const result = parseConfig(httpEnvSchema, { DISCORD_PUBLIC_KEY: 'xyz-not-hex', PORT: '99999' });
    expect(!result.ok && result.message).toMatch(/DISCORD_PUBLIC_KEY must be the application public key: 64 hex characters/u);
    expect(!result.ok && result.message).toMatch(/PORT must be 0–65535/u);
    expect(!result.ok && result.message).not.toContain('xyz-not-hex');
  });
});

describe('variables casebot does not read', () => {
  it('are named in a warning with what to use instead, never with their value', () => {
    const warnings = configWarnings({ DISCORD_BOT_TOKEN: TOKEN, GUILD_ID: '1', DISCORD_FOO: 'x', DISCORD_TOKEN: TOKEN, PATH: '/bin', HOME: '/root' });
    expect(warnings).toEqual([
      'DISCORD_BOT_TOKEN is ignored: casebot reads DISCORD_TOKEN',
      'DISCORD_FOO is not a casebot variable and is ignored',
      'GUILD_ID is ignored: casebot reads DISCORD_GUILD_ID',
    ]);
    expect(warnings.join(' ')).not.toContain(TOKEN);
  });
});

describe('logging', () => {
  it('writes JSON lines at or above the level, with secrets redacted, even inside errors', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [TOKEN], write: (l) => lines.push(l) });
    log.debug('hidden');
    log.info('ready', { user: 'casebot' });
    log.error('failed', { error: new Error(`login with ${TOKEN} refused`) });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', msg: 'ready', user: 'casebot' });
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines[1]).toContain('[redacted]');
  });
});
