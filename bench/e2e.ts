// `npm run bench:e2e`: dispatch-to-callback latency of casebot, started as `npm start` starts it, answering
// `/case ask` through the local Discord server; and the same for a bot that only says "ok", for comparison.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import ts from 'typescript';
import { QUESTION_MAX_LENGTH } from '../src/core/limits.js';
import { discordEnv, PROJECT_ROOT, runEntry, runNode, TEST_TOKEN, type EntryProcess } from '../test/e2e/entryProcess.js';
import { startFakeDiscord, type FakeDiscord } from '../test/e2e/fakeDiscord/fakeDiscord.js';
import { percentile, readQuestionSet } from './questionSet.js';

const INTERACTIONS = 500;
/** The load the target is set for, then one at a time: what a single user waits, with no queue. */
const LOADS = [
  { inFlight: 50, count: INTERACTIONS },
  { inFlight: 1, count: 150 },
] as const;
/**
 * Unmeasured first round, so the figures describe a running bot, not JIT compilation. Its questions are
 * never asked again: every measured question is new to the bot, so none is answered from its memo.
 */
const WARM_UP = 400;
/** A second answer would arrive after the first: wait this long before counting doubles. */
const QUIET_MS = 500;
const TARGET_P99_MS = 50;

interface Measurement {
  readonly latenciesMs: number[];
  readonly perSecond: number;
  readonly lost: number;
  readonly doubled: number;
  readonly refused: number;
}

/** A bot logged into `server` with /case registered; resolves to a function that stops it. */
type StartBot = (server: FakeDiscord) => Promise<() => Promise<void>>;

function readQuestions(): string[] {
  const fixtures = `${PROJECT_ROOT}test/fixtures/`;
  const files = readdirSync(fixtures).filter((name) => name.endsWith('-questions.jsonl'));
  const questions = files.flatMap((file) => readQuestionSet(`${fixtures}${file}`).map((q) => q.q.trim()));
  // Discord's UI sends neither an empty required option nor one over its max_length.
  const distinct = [...new Set(questions.filter((q) => q !== '' && [...q].length <= QUESTION_MAX_LENGTH))];
  const needed = WARM_UP + LOADS.reduce((sum, load) => sum + load.count, 0);
  if (distinct.length < needed) throw new Error(`bench:e2e needs ${needed} distinct questions in test/fixtures, found ${distinct.length}`);
  return distinct;
}

/** Sends each question once, `inFlight` at a time. */
async function sendAsks(server: FakeDiscord, questions: readonly string[], inFlight: number): Promise<void> {
  let next = 0;
  const sender = async (): Promise<void> => {
    while (next < questions.length) {
      const question = questions[next++] ?? 'who sued amazon?';
      // A timeout is not fatal here: the interaction stays in the ledger, unanswered, and is counted as lost.
      await server.sendCommand({ name: 'case', subcommand: 'ask', options: { question } }).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, sender));
}

async function measureLoad(server: FakeDiscord, questions: readonly string[], inFlight: number): Promise<Measurement> {
  const first = server.interactions.length;
  await sendAsks(server, questions, inFlight);
  await sleep(QUIET_MS);
  const records = server.interactions.slice(first);
  const answered = records.flatMap((r) => (r.callback ? [{ dispatchedAt: r.dispatchedAt, at: r.callback.at }] : []));
  const spanMs = Math.max(1, Math.max(...answered.map((a) => a.at)) - Math.min(...records.map((r) => r.dispatchedAt)));
  return {
    latenciesMs: answered.map((a) => a.at - a.dispatchedAt),
    perSecond: (answered.length * 1000) / spanMs,
    lost: records.length - answered.length,
    doubled: records.filter((r) => r.callbackAttempts.length > 1).length,
    refused: records.filter((r) => r.rejections.length > 0).length,
  };
}

/** One bot, one fresh server: warm up, then each load in turn. */
async function measure(startBot: StartBot, questions: readonly string[]): Promise<Measurement[]> {
  // settleMs 0: a sender moves on as soon as its answer is in, so the intended number really are in flight.
  const server = await startFakeDiscord({ token: TEST_TOKEN, settleMs: 0 });
  const deploy = runEntry('deployCommands', discordEnv(server));
  if ((await deploy.exited).code !== 0) throw new Error(`deploy-commands failed:\n${deploy.stderr()}`);
  const stop = await startBot(server);
  try {
    await sendAsks(server, questions.slice(0, WARM_UP), LOADS[0].inFlight);
    const results: Measurement[] = [];
    let start = WARM_UP;
    for (const { inFlight, count } of LOADS) {
      results.push(await measureLoad(server, questions.slice(start, start + count), inFlight));
      start += count;
    }
    return results;
  } finally {
    await stop();
    await server.close();
  }
}

/** Waits for the bot's "ready" line; resolves to a function that stops it with SIGTERM and expects exit 0. */
async function readyBot(label: string, bot: EntryProcess): Promise<() => Promise<void>> {
  await bot.waitForLog('ready');
  return async () => {
    bot.child.kill('SIGTERM');
    const exit = await bot.exited;
    if (exit.code !== 0) throw new Error(`${label} exited with ${exit.code ?? exit.signal}:\n${bot.stderr()}`);
  };
}

const startCasebot: StartBot = (server) => readyBot('casebot', runEntry('start', discordEnv(server, { LOG_LEVEL: 'info' })));

/**
 * bench/okBot.ts as plain JavaScript, run by node itself as casebot is: under tsx's loader hooks, the require()
 * discord.js makes inside every reply would cost the baseline extra time.
 */
function okBotScript(): string {
  const source = readFileSync(`${PROJECT_ROOT}bench/okBot.ts`, 'utf8');
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 } }).outputText;
}

/** The floor: discord.js and the fake server, with no answering work; its own node process, as casebot is. */
const startOkBot: StartBot = (server) => readyBot('the "ok" bot', runNode(['--input-type=module', '--eval', okBotScript()], discordEnv(server)));

function row(label: string, inFlight: number, m: Measurement): string {
  const pad = (value: number | string, width: number) => String(value).padStart(width);
  const ms = (p: number) => pad(percentile(m.latenciesMs, p).toFixed(0), 6);
  return `${label.padEnd(34)} ${pad(inFlight, 9)} ${ms(50)} ${ms(99)} ${pad(m.perSecond.toFixed(0), 9)} ${pad(m.lost, 5)} ${pad(m.doubled, 7)} ${pad(m.refused, 8)}`;
}

if (!existsSync(`${PROJECT_ROOT}dist/bin/start.js`)) execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
const questions = readQuestions();
console.log(
  `/case ask interactions: ${WARM_UP} to warm up, then ${LOADS.map((l) => `${l.count} at ${l.inFlight} in flight`).join(', then ')}; ` +
    'each question asked once, so none comes from the answer memo.',
);
console.log('Latency: from the gateway dispatch to the callback reaching the local Discord server (1 ms resolution).\n');
const systems = [
  ['casebot (node dist/bin/start.js)', await measure(startCasebot, questions)],
  ['baseline: discord.js bot, "ok"', await measure(startOkBot, questions)],
] as const;
console.log(`${'system'.padEnd(34)} in flight p50 ms p99 ms answers/s  lost  double  refused`);
for (const [label, results] of systems) results.forEach((m, i) => console.log(row(label, LOADS[i]?.inFlight ?? 0, m)));
const [casebot] = systems[0][1];
const met = casebot !== undefined && percentile(casebot.latenciesMs, 99) < TARGET_P99_MS && casebot.lost === 0 && casebot.doubled === 0;
console.log(`\ncasebot target at ${LOADS[0].inFlight} in flight (p99 < ${TARGET_P99_MS} ms, 0 lost, 0 double): ${met ? 'met' : 'NOT met'}`);
if (systems.some(([, results]) => results.some((m) => m.lost > 0 || m.doubled > 0))) process.exitCode = 1;
