// `npm run bench:quality`: answer quality and speed of casebot against two baselines, on every question set.
import { fileURLToPath } from 'node:url';
import { loadCaseContext } from '../src/commands/caseContext.js';
import { DEFAULT_CASE_DIRECTORY, loadCasePack } from '../src/data/loadCasePack.js';
import { buildCaseIndex } from '../src/search/caseIndex.js';
import { evaluate, overallAccuracy, percentile, readQuestionSet, type AnswerSystem } from './questionSet.js';
import { HELD_OUT_SETS, QUESTION_SETS } from './questionSets.js';
import { casebotSystem, fuseDefaultSystem, miniSearchSystem } from './systems.js';

const TARGETS = { top1: 0.95, abstain: 0.9, p99Ms: 1 };
// Each question is timed this many more times, so the p99 covers hundreds of calls per set.
const TIMING_ROUNDS = 9;

const context = loadCaseContext();
const searchAlone = loadCasePack(DEFAULT_CASE_DIRECTORY, { model: false });
const systems: [string, AnswerSystem][] = [
  ['casebot', casebotSystem(context)],
  ['casebot, no model', casebotSystem({ pack: searchAlone, index: buildCaseIndex(searchAlone) })],
  ['fuse.js defaults', fuseDefaultSystem(context)],
  ['MiniSearch BM25', miniSearchSystem(context)],
];
const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

const questionSets = [...QUESTION_SETS, ...HELD_OUT_SETS].map(([label, file]) => [label, readQuestionSet(fileURLToPath(new URL(`../test/fixtures/${file}`, import.meta.url)))] as const);
// Warm up JIT and caches on every question once, so the timings describe a running bot, not its first calls
// (the first set measured would otherwise carry the compilation, and its p99 with it).
for (const [, system] of systems) for (const [, questions] of questionSets) for (const q of questions) system(q.q);

console.log(
  'The question model is trained on holdouts 1–117 (bench/trainingSet.ts), so casebot\'s figures on them are not what a\n' +
    'new question can expect. The dev set and holdouts 118–133 are never trained on; see also `npm run bench:model`.',
);
for (const [label, questions] of questionSets) {
  console.log(`\n${label}: ${questions.length} questions (${questions.filter((q) => q.accept.length > 0).length} answerable)`);
  console.log(`system             top-1   top-3   abstain  overall  median ms  p99 ms  (timing: ${TIMING_ROUNDS + 1} passes)`);
  for (const [name, system] of systems) {
    const r = evaluate(system, questions, TIMING_ROUNDS);
    console.log(
      `${name.padEnd(17)} ${pct(r.top1, r.answerable)} ${pct(r.top3, r.answerable)}  ${pct(r.abstained, r.unanswerable)}  ${(100 * overallAccuracy(r)).toFixed(1).padStart(5)}%` +
        `   ${percentile(r.latenciesMs, 50).toFixed(3).padStart(7)}  ${percentile(r.latenciesMs, 99).toFixed(3).padStart(7)}`,
    );
    if (name === 'casebot') {
      const ok = r.top1 / r.answerable >= TARGETS.top1 && r.abstained / r.unanswerable >= TARGETS.abstain && percentile(r.latenciesMs, 99) < TARGETS.p99Ms;
      console.log(`${''.padEnd(17)} targets (top-1 ≥ 95%, abstain ≥ 90%, p99 < 1 ms): ${ok ? 'met' : 'NOT met'}`);
    }
  }
}
