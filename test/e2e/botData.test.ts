// End to end: `node dist/bin/start.js` with a broken case pack refuses to start (exit 1) before it connects,
// and lists every problem with file, entry and field in one message; variables it does not read get a warning.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CASE_DIRECTORY } from '../../src/data/loadCasePack.js';
import { expectDistBuilt } from './casebotSession.js';
import { discordEnv, runEntry, TEST_TOKEN } from './entryProcess.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/fakeDiscord.js';

describe('starting casebot with a broken case pack', () => {
  let server: FakeDiscord;
  const broken = mkdtempSync(join(tmpdir(), 'casebot-broken-pack-'));

  beforeAll(async () => {
    expectDistBuilt();
    server = await startFakeDiscord({ token: TEST_TOKEN });
    cpSync(DEFAULT_CASE_DIRECTORY, broken, { recursive: true });
    rmSync(join(broken, 'gaps.json'));
    writeFileSync(join(broken, 'timeline.json'), '{ "events": [');
    const facts = JSON.parse(readFileSync(join(broken, 'facts.json'), 'utf8')) as { facts: { sources: { sentence: string; quote: string }[] }[] };
    const [first, second] = facts.facts;
    if (first?.sources[0] === undefined || second?.sources[0] === undefined) throw new Error('the bundled pack has no facts to break');
    first.sources[0].quote = 'words the article never had';
    second.sources[0].sentence = 'p99-1';
    writeFileSync(join(broken, 'facts.json'), JSON.stringify(facts));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(broken, { recursive: true, force: true });
  });

  it('exits 1 listing a missing file, invalid JSON, a quote not in the article and a dangling id, and never connects', async () => {
    const entry = runEntry('start', discordEnv(server, { CASE_DIR: broken }));
    expect(await entry.exited).toEqual({ code: 1, signal: null });
    const output = entry.stderr();
    expect(output).toContain('gaps.json › (file) › (file): file is missing');
    expect(output).toMatch(/timeline\.json › \(file\) › \(file\): is not valid JSON/u);
    expect(output).toMatch(/facts\.json › facts\[0\] "[a-z-]+" › sources\[0\]\.quote: is not verbatim in sentence/u);
    expect(output).toMatch(/facts\.json › facts\[1\] "[a-z-]+" › sources\[0\]\.sentence: "p99-1" is not a content sentence/u);
    expect(server.gateway.stats.identifies).toBe(0);
    expect(output).not.toContain(TEST_TOKEN);
  });
});

describe('starting casebot with variables it does not read', () => {
  let server: FakeDiscord;

  beforeAll(async () => {
    server = await startFakeDiscord({ token: TEST_TOKEN });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('warns about each by name, without its value, and starts anyway', async () => {
    const secret = 'MTIz.a-second.token-someone-left-in-env';
    const entry = runEntry('start', discordEnv(server, { DISCORD_BOT_TOKEN: secret, DISCORD_SHARDS: '2' }));
    await entry.waitForLog('ready');
    const warnings = entry.logLines().filter((l) => l.msg === 'configuration').map((l) => l.warning);
    expect(warnings).toEqual(['DISCORD_BOT_TOKEN is ignored: casebot reads DISCORD_TOKEN', 'DISCORD_SHARDS is not a casebot variable and is ignored']);
    entry.child.kill('SIGTERM');
    expect(await entry.exited).toEqual({ code: 0, signal: null });
    expect(entry.stdout() + entry.stderr()).not.toContain(secret);
    expect(entry.stdout() + entry.stderr()).not.toContain(TEST_TOKEN);
  });
});
