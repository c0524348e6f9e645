// `npm run bench:fit`: how the scoring numbers in src/search/searchOptions.ts were chosen, and whether they still
// are the best. A coordinate search over a grid of each number, on every question set; then the same search fitted
// on half of the sets and scored on the other half, both ways round, so the printed gain is one on sets the fit
// never saw. It fits the search without the question model (bench:model fits the model's numbers). It prints; it
// writes nothing. Change searchOptions.ts by hand only when the held-out halves gain too.
import { fileURLToPath } from 'node:url';
import { DEFAULT_CASE_DIRECTORY, loadCasePack } from '../src/data/loadCasePack.js';
import { buildCaseIndex } from '../src/search/caseIndex.js';
import { SEARCH_OPTIONS, type SearchOptions } from '../src/search/searchOptions.js';
import { readQuestionSet, type EvalQuestion } from './questionSet.js';
import { QUESTION_SETS } from './questionSets.js';

/** The numbers searched, each over its grid; the search starts from today's values. */
const GRID = {
  answerThreshold: [0.34, 0.36, 0.37, 0.38, 0.39, 0.4, 0.42],
  gapMargin: [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.07],
  missingDetailFactor: [0.3, 0.4, 0.5, 0.6, 0.7],
  setAsideFactor: [0.3, 0.5, 0.7],
  unknownTermDocumentFrequency: [0.25, 0.5, 0.75, 1, 1.5],
  everydayWordDocumentFrequency: [6, 8, 12, 16, 20, 25, 32],
  everydayWordsListSize: [20, 35, 40, 50],
  correctedWeight: [0.7, 0.8, 0.85, 0.9, 1],
  coverageShare: [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85],
  literalShare: [0, 0.05, 0.1, 0.15, 0.2],
  verbatimBonus: [0, 0.05, 0.1, 0.15, 0.2],
  verbatimPairsMax: [1, 2, 3, 4, 5],
  'fieldWeight.answer': [0.4, 0.5, 0.6, 0.7, 0.85, 1],
  'fieldWeight.sentence': [0.4, 0.5, 0.6, 0.7, 0.8],
} as const;
type Knob = keyof typeof GRID;
type Point = Record<Knob, number>;
/** A change must win this many more questions to be taken: fewer is noise. */
const MIN_GAIN = 3;
const MAX_ROUNDS = 4;

// The terms alone: the question model is trained on these very sets, so it would flatter every point alike.
const pack = loadCasePack(DEFAULT_CASE_DIRECTORY, { model: false });
const sets = QUESTION_SETS.map(([label, file], order) => ({
  label,
  order,
  questions: readQuestionSet(fileURLToPath(new URL(`../test/fixtures/${file}`, import.meta.url))),
}));

const current: Point = {
  ...(Object.fromEntries(Object.keys(GRID).filter((k) => !k.startsWith('fieldWeight.')).map((k) => [k, SEARCH_OPTIONS[k as keyof SearchOptions]])) as Point),
  'fieldWeight.answer': SEARCH_OPTIONS.fieldWeight.answer,
  'fieldWeight.sentence': SEARCH_OPTIONS.fieldWeight.sentence,
};

function optionsAt(point: Point): SearchOptions {
  const { 'fieldWeight.answer': answer, 'fieldWeight.sentence': sentence, ...rest } = point;
  return { ...SEARCH_OPTIONS, ...rest, fieldWeight: { ...SEARCH_OPTIONS.fieldWeight, answer, sentence } } as SearchOptions;
}

interface Tally {
  answerable: number;
  top1: number;
  unanswerable: number;
  abstained: number;
}

/** Scores every set once at a point; tallies are per set, so any split of the sets can be summed from them. */
function scoreSets(point: Point): Tally[] {
  const index = buildCaseIndex(pack, optionsAt(point));
  const right = (q: EvalQuestion): boolean => {
    const result = index.ask(q.q);
    if (q.accept.length === 0) return !result.answered;
    const top = result.answered ? result.answers[0] : undefined;
    return top !== undefined && top.fact.sources.some((s) => q.accept.some((a) => pack.sentenceById.get(s.sentence)?.text.includes(a)));
  };
  return sets.map(({ questions }) => {
    const tally = { answerable: 0, top1: 0, unanswerable: 0, abstained: 0 };
    for (const q of questions) {
      if (q.accept.length === 0) {
        tally.unanswerable += 1;
        if (right(q)) tally.abstained += 1;
      } else {
        tally.answerable += 1;
        if (right(q)) tally.top1 += 1;
      }
    }
    return tally;
  });
}

const sum = (tallies: readonly Tally[], keep: (order: number) => boolean): Tally =>
  tallies.reduce(
    (t, s, order) => (keep(order) ? { answerable: t.answerable + s.answerable, top1: t.top1 + s.top1, unanswerable: t.unanswerable + s.unanswerable, abstained: t.abstained + s.abstained } : t),
    { answerable: 0, top1: 0, unanswerable: 0, abstained: 0 },
  );
/** Questions right, answered and abstained together: what a user meets. */
const right = (t: Tally): number => t.top1 + t.abstained;
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(2)}%`;
const describe = (t: Tally): string =>
  `top-1 ${pct(t.top1, t.answerable)}, abstain ${pct(t.abstained, t.unanswerable)}, overall ${pct(right(t), t.answerable + t.unanswerable)}`;

const memo = new Map<string, Tally[]>();
const scored = (point: Point): Tally[] => {
  const key = JSON.stringify(point);
  let tallies = memo.get(key);
  if (tallies === undefined) memo.set(key, (tallies = scoreSets(point)));
  return tallies;
};

/** Coordinate search from today's values: each number in turn moves to the grid value that wins the most questions. */
function fit(keep: (order: number) => boolean): Point {
  let best = { ...current };
  let bestRight = right(sum(scored(best), keep));
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let moved = false;
    for (const knob of Object.keys(GRID) as Knob[]) {
      for (const value of GRID[knob]) {
        if (value === best[knob]) continue;
        const candidate = { ...best, [knob]: value };
        const candidateRight = right(sum(scored(candidate), keep));
        if (candidateRight >= bestRight + MIN_GAIN) {
          best = candidate;
          bestRight = candidateRight;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return best;
}

const changes = (point: Point): string =>
  (Object.keys(GRID) as Knob[])
    .filter((k) => point[k] !== current[k])
    .map((k) => `${k} ${current[k]} → ${point[k]}`)
    .join(', ') || 'none';

const all = (): boolean => true;
console.log(`${sets.length} question sets, ${sets.reduce((n, s) => n + s.questions.length, 0)} questions`);
console.log(`today's options: ${describe(sum(scored(current), all))}`);
const fitted = fit(all);
console.log(`fitted on all sets: ${describe(sum(scored(fitted), all))}\n  changes: ${changes(fitted)}`);

console.log('\nfitted on one half of the sets, scored on the other (the gain a new set can expect):');
for (const [name, inHalf] of [
  ['even-numbered', (order: number) => order % 2 === 0],
  ['odd-numbered', (order: number) => order % 2 === 1],
] as const) {
  const half = fit(inHalf);
  const heldOut = (order: number): boolean => !inHalf(order);
  const before = sum(scored(current), heldOut);
  const after = sum(scored(half), heldOut);
  console.log(`  fitted on ${name} sets: held-out ${describe(before)} → ${describe(after)} (${right(after) - right(before) >= 0 ? '+' : ''}${right(after) - right(before)} questions)`);
  console.log(`    changes: ${changes(half)}`);
}
