// One casebot run per e2e test file: a fresh local Discord, then `deploy-commands` and `start` from dist/ as npm
// runs them; and the checks every run must pass at its end (nothing refused, each interaction answered once, no leak).
import { describe, expect, inject, it } from 'vitest';
import type { InteractionRecord } from './fakeDiscord/interactionRecord.js';
import { discordEnv, runEntry, TEST_TOKEN, type EntryProcess } from './entryProcess.js';
import { startFakeDiscord, type FakeDiscord } from './fakeDiscord/fakeDiscord.js';
import { NO_PINGS, sentMessageSchema } from './sentMessages.js';

export interface CasebotSession {
  readonly server: FakeDiscord;
  readonly deploy: EntryProcess;
  readonly bot: EntryProcess;
  ask(question: string): Promise<InteractionRecord>;
  run(subcommand: string, options?: Readonly<Record<string, string>>): Promise<InteractionRecord>;
  close(): Promise<void>;
}

export function expectDistBuilt(): void {
  const build = inject('distBuild');
  if (!build.ok) throw new Error(`npm run build failed, so there is no dist/ to start:\n${build.output}`);
}

/** Resolves once the bot has logged "ready"; the deploy has exited by then, however it went. */
export async function startCasebotSession(): Promise<CasebotSession> {
  expectDistBuilt();
  // A short heartbeat so a dead link is noticed quickly; a short settle keeps the file fast.
  const server = await startFakeDiscord({ token: TEST_TOKEN, heartbeatIntervalMs: 1_000, settleMs: 50 });
  const deploy = runEntry('deployCommands', discordEnv(server));
  await deploy.exited;
  const bot = runEntry('start', discordEnv(server));
  await bot.waitForLog('ready');
  const run = (subcommand: string, options?: Readonly<Record<string, string>>) => server.sendCommand({ name: 'case', subcommand, ...(options ? { options } : {}) });
  return {
    server,
    deploy,
    bot,
    ask: (question) => run('ask', { question }),
    run,
    async close() {
      if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
      await server.close();
    },
  };
}

export function expectEveryInteractionAnsweredOnce(server: FakeDiscord): void {
  expect(server.interactions.length).toBeGreaterThan(0);
  expect(server.rejections).toEqual([]);
  expect(server.unanswered().map((record) => record.label)).toEqual([]);
  expect(server.doubleAnswered().map((record) => record.label)).toEqual([]);
}

/** Every reply, update, edit and follow-up (autocomplete choices are not messages) parses no mentions. */
export function expectNoMessagePings(server: FakeDiscord): void {
  const messages = server.interactions.flatMap((record) => record.answers).filter((answer) => answer.type !== 8);
  expect(messages.length).toBeGreaterThan(0);
  for (const answer of messages) expect(sentMessageSchema.parse(answer.data).allowed_mentions).toEqual(NO_PINGS);
}

export function expectNoErrorNorToken({ deploy, bot }: CasebotSession): void {
  expect(bot.logLines().filter((line) => line.level === 'error')).toEqual([]);
  for (const entry of [deploy, bot]) expect(entry.stdout() + entry.stderr()).not.toContain(TEST_TOKEN);
}

/** The checks every e2e file that runs the bot ends with, over everything that happened in it. */
export function describeWholeRun(session: () => CasebotSession): void {
  describe('over the whole run', () => {
    it('sent nothing Discord would have refused, and answered every interaction exactly once', () => {
      expectEveryInteractionAnsweredOnce(session().server);
    });

    it('let no message it sent ping anyone', () => {
      expectNoMessagePings(session().server);
    });

    it('logged no error and never printed the token', () => {
      expectNoErrorNorToken(session());
    });
  });
}
