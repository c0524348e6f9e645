// `npm run bench:e2e`: dispatch-to-callback latency of casebot, started as `npm start` starts it, answering
// `/case ask` through the local Discord server; and the same for a bot that only says "ok", for comparison.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import ts from 'typescript';
import { QUESTION_MAX_LENGTH } from '../src/core/limits.js';
import { discordEnv, PROJECT_ROOT, runEntry, runNode, TEST_TOKEN, type EntryProcess } from '../test/e2e/entryProcess.js';
import { startFakeDiscord, type FakeDiscord } from '../test/e2e/fakeDiscord/fakeDiscord.js';
import { percentile, readQuestionSet } from './questionSet.js';

/**
 * The loads, in order, each with questions the bot has not seen (so no answer comes from its memo). V8 keeps
 * optimising discord.js's and casebot's hot paths for about the first 2,500 interactions: in that time the CPU
 * each interaction costs both bots halves (a lower --interrupt-budget moves the drop earlier), and casebot's memos
 * of stems and typo corrections fill up with the words people type. "just started" is what the first users after
 * a restart get; "running" is a bot that has been up a while, what a busy server meets almost all the time, and
 * where the target is checked.
 */
const LOADS = [
  { label: 'just started', inFlight: 50, count: 500, measured: true },
  { label: 'warming up', inFlight: 50, count: 2500, measured: false },
  { label: 'running', inFlight: 50, count: 500, measured: true },
  { label: 'running, one at a time', inFlight: 1, count: 150, measured: true },
] as const;
type Load = (typeof LOADS)[number];
/** The load the target is checked on. */
const TARGET_LOAD = 'running';
/** A second answer would arrive after the first: wait this long before counting doubles. */
const QUIET_MS = 500;
const TARGET_P99_MS = 50;

interface Measurement {
  readonly load: Load;
  readonly latenciesMs: number[];
  /** CPU time of the bot's process per interaction, in µs; undefined where /proc cannot be read. */
  readonly cpuMicros: number | undefined;
  readonly perSecond: number;
  readonly lost: number;
  readonly doubled: number;
  readonly refused: number;
}

interface RunningBot {
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** A bot logged into `server` with /case registered. */
type StartBot = (server: FakeDiscord) => Promise<RunningBot>;

/** User plus system CPU time of a process in µs, from /proc (Linux); undefined elsewhere. */
function cpuMicrosOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised command name, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1_000_000) / CLOCK_TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

function readQuestions(): string[] {
  const fixtures = `${PROJECT_ROOT}test/fixtures/`;
  const files = readdirSync(fixtures).filter((name) => name.endsWith('-questions.jsonl'));
  const questions = files.flatMap((file) => readQuestionSet(`${fixtures}${file}`).map((q) => q.q.trim()));
  // Discord's UI sends neither an empty required option nor one over its max_length.
  const distinct = [...new Set(questions.filter((q) => q !== '' && [...q].length <= QUESTION_MAX_LENGTH))];
  const needed = LOADS.reduce((sum, load) => sum + load.count, 0);
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

async function measureLoad(server: FakeDiscord, bot: RunningBot, load: Load, questions: readonly string[]): Promise<Measurement> {
  const first = server.interactions.length;
  const cpuBefore = cpuMicrosOf(bot.pid);
  await sendAsks(server, questions, load.inFlight);
  const cpuAfter = cpuMicrosOf(bot.pid);
  await sleep(QUIET_MS);
  const records = server.interactions.slice(first);
  const answered = records.flatMap((r) => (r.callback ? [{ dispatchedAt: r.dispatchedAt, at: r.callback.at }] : []));
  const spanMs = Math.max(1, Math.max(...answered.map((a) => a.at)) - Math.min(...records.map((r) => r.dispatchedAt)));
  return {
    load,
    latenciesMs: answered.map((a) => a.at - a.dispatchedAt),
    cpuMicros: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / records.length,
    perSecond: (answered.length * 1000) / spanMs,
    lost: records.length - answered.length,
    doubled: records.filter((r) => r.callbackAttempts.length > 1).length,
    refused: records.filter((r) => r.rejections.length > 0).length,
  };
}

/** One bot, one fresh server: each load in turn, every one checked for lost and double answers. */
async function measure(startBot: StartBot, questions: readonly string[]): Promise<Measurement[]> {
  // settleMs 0: a sender moves on as soon as its answer is in, so the intended number really are in flight.
  const server = await startFakeDiscord({ token: TEST_TOKEN, settleMs: 0 });
  const deploy = runEntry('deployCommands', discordEnv(server));
  if ((await deploy.exited).code !== 0) throw new Error(`deploy-commands failed:\n${deploy.stderr()}`);
  const bot = await startBot(server);
  try {
    const results: Measurement[] = [];
    let start = 0;
    for (const load of LOADS) {
      results.push(await measureLoad(server, bot, load, questions.slice(start, start + load.count)));
      start += load.count;
    }
    return results;
  } finally {
    await bot.stop();
    await server.close();
  }
}

/** Waits for the bot's "ready" line; resolves to a function that stops it with SIGTERM and expects exit 0. */
async function readyBot(label: string, bot: EntryProcess): Promise<RunningBot> {
  await bot.waitForLog('ready');
  return {
    pid: bot.child.pid,
    async stop() {
      bot.child.kill('SIGTERM');
      const exit = await bot.exited;
      if (exit.code !== 0) throw new Error(`${label} exited with ${exit.code ?? exit.signal}:\n${bot.stderr()}`);
    },
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

function row(label: string, m: Measurement): string {
  const pad = (value: number | string, width: number) => String(value).padStart(width);
  const ms = (p: number) => pad(percentile(m.latenciesMs, p).toFixed(0), 6);
  const cpu = pad(m.cpuMicros === undefined ? 'n/a' : m.cpuMicros.toFixed(0), 6);
  return `${label.padEnd(32)} ${m.load.label.padEnd(22)} ${pad(m.load.inFlight, 9)} ${ms(50)} ${ms(99)} ${pad(m.perSecond.toFixed(0), 9)} ${cpu} ${pad(m.lost, 5)} ${pad(m.doubled, 7)} ${pad(m.refused, 8)}`;
}

// Always build: a dist/ left from older sources would be measured instead of today's code.
execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
const questions = readQuestions();
console.log(
  `After an unreported round that warms the local server, /case ask interactions to each bot, in order: ${LOADS.map((l) => `${l.count} ${l.label} (${l.inFlight} in flight${l.measured ? '' : ', not reported'})`).join(', ')}. ` +
    'Each question is asked once, so none comes from the answer memo.',
);
console.log('Latency: from the gateway dispatch to the callback reaching the local Discord server (1 ms resolution). CPU: the bot process\'s, per interaction.\n');
// The local server runs in this process, and its code gets faster as V8 optimises it, just as the bots' does. One
// unreported round with the "ok" bot warms it first: otherwise whichever bot is measured first meets a slower server
// in its "just started" load (measured: about 30 ms on that load's p99).
await measure(startOkBot, questions);
const systems = [
  ['casebot (node dist/bin/start.js)', await measure(startCasebot, questions)],
  ['baseline: discord.js bot, "ok"', await measure(startOkBot, questions)],
] as const;
console.log(`${'system'.padEnd(32)} ${'load'.padEnd(22)} in flight p50 ms p99 ms answers/s cpu µs  lost  double  refused`);
for (const [label, results] of systems) for (const m of results) if (m.load.measured) console.log(row(label, m));
const casebot = systems[0][1].find((m) => m.load.label === TARGET_LOAD);
const met = casebot !== undefined && percentile(casebot.latenciesMs, 99) < TARGET_P99_MS && casebot.lost === 0 && casebot.doubled === 0;
console.log(`\ncasebot target, ${TARGET_LOAD} at ${casebot?.load.inFlight ?? '?'} in flight (p99 < ${TARGET_P99_MS} ms, 0 lost, 0 double): ${met ? 'met' : 'NOT met'}`);
// Lost or double answers fail the run in every load, the unreported warm-up included.
if (systems.some(([, results]) => results.some((m) => m.lost > 0 || m.doubled > 0))) process.exitCode = 1;
