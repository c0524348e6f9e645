// End to end: `node dist/bin/start.js` refuses to start without a usable token, says which variable is wrong,
// and never prints the token it was given.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDistBuilt } from './casebotSession.js';
import { discordEnv, runEntry, TEST_TOKEN } from './entryProcess.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/fakeDiscord.js';

describe('starting casebot without a usable token', () => {
  let server: FakeDiscord;
  // An empty working directory: a developer's .env there could otherwise supply the "missing" token.
  const emptyDirectory = mkdtempSync(join(tmpdir(), 'casebot-e2e-'));

  beforeAll(async () => {
    expectDistBuilt();
    server = await startFakeDiscord({ token: TEST_TOKEN });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(emptyDirectory, { recursive: true, force: true });
  });

  const start = async (token: string | undefined) => {
    const entry = runEntry('start', discordEnv(server, { DISCORD_TOKEN: token }), emptyDirectory);
    const exit = await entry.exited;
    return { exit, output: entry.stdout() + entry.stderr() };
  };

  it('exits 1 naming DISCORD_TOKEN when it is missing', async () => {
    const { exit, output } = await start(undefined);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(output).toMatch(/DISCORD_TOKEN is required/u);
  });

  it.each([
    ['is not three dot-separated parts', 'not-a-token-but-a-secret-all-the-same'],
    ['carries the "Bot " prefix', `Bot ${TEST_TOKEN}`],
  ])('exits 1 naming DISCORD_TOKEN, without echoing it, when it %s', async (_, token) => {
    const { exit, output } = await start(token);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(output).toContain('DISCORD_TOKEN');
    expect(output).not.toContain(token);
    expect(output).not.toContain(TEST_TOKEN);
  });

  it('exits 1 without printing the token when Discord refuses it', async () => {
    const refused = 'MTIz.well-formed.but-not-this-bots';
    const { exit, output } = await start(refused);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(output).toMatch(/login failed: check DISCORD_TOKEN/u);
    expect(output).not.toContain(refused);
  });
});
