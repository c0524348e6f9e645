// `npm run bench:model`: what the question model adds on question sets it was not trained on, and how its numbers in
// SEARCH_OPTIONS.model were chosen. The training sets are split into five folds (each set whole in one fold); each
// fold is answered by a model trained on the other four, with the search alone beside it. Then the newest sets,
// answered by a model trained on the older ones, as a new crowd would be. It prints; it writes nothing.
import { type CasePack, DEFAULT_CASE_DIRECTORY, loadCasePack } from '../src/data/loadCasePack.js';
import { buildCaseIndex } from '../src/search/caseIndex.js';
import { SEARCH_OPTIONS, type SearchOptions } from '../src/search/searchOptions.js';
import { evaluate, type EvalQuestion } from './questionSet.js';
import { casebotSystem } from './systems.js';
import { phrasingExamples, trainingQuestionSets, trainModelFile, unseenQuestions } from './trainingSet.js';

const FOLDS = 5;
const NEWEST = 12;
const GRID = { weight: [1, 1.5, 2], doesNotSayScore: [0.3, 0.38, 0.45], termsDeclineBonus: [0.1, 0.2, 0.3] } as const;

const base = loadCasePack(DEFAULT_CASE_DIRECTORY, { model: false });
const analyzer = buildCaseIndex(base);
const sets = trainingQuestionSets();

/** The pack with a model trained on `train` and the pack's phrasings. */
const packTrainedOn = (train: readonly EvalQuestion[]): CasePack => ({ ...base, model: trainModelFile(base, analyzer, train, 'bench:model fold') });

interface Tally {
  right: number;
  top1: number;
  answerable: number;
  abstained: number;
  unanswerable: number;
}
function tally(pack: CasePack, options: SearchOptions, questions: readonly EvalQuestion[]): Tally {
  const r = evaluate(casebotSystem({ pack, index: buildCaseIndex(pack, options) }), questions);
  return { right: r.top1 + r.abstained, top1: r.top1, answerable: r.answerable, abstained: r.abstained, unanswerable: r.unanswerable };
}
const add = (a: Tally, b: Tally): Tally => ({
  right: a.right + b.right,
  top1: a.top1 + b.top1,
  answerable: a.answerable + b.answerable,
  abstained: a.abstained + b.abstained,
  unanswerable: a.unanswerable + b.unanswerable,
});
const none: Tally = { right: 0, top1: 0, answerable: 0, abstained: 0, unanswerable: 0 };
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(2)}%`;
const describe = (t: Tally): string =>
  `top-1 ${pct(t.top1, t.answerable)}, abstain ${pct(t.abstained, t.unanswerable)}, overall ${pct(t.right, t.answerable + t.unanswerable)}`;
const gain = (before: Tally, after: Tally): string => `${after.right - before.right >= 0 ? '+' : ''}${after.right - before.right} questions`;

const folds = Array.from({ length: FOLDS }, (_, k) => {
  const held = sets.filter((_, order) => order % FOLDS === k).flatMap((s) => s.questions);
  const train = sets.filter((_, order) => order % FOLDS !== k).flatMap((s) => s.questions);
  return { held, unseen: unseenQuestions(held, train), pack: packTrainedOn(train) };
});
const options = (point: SearchOptions['model']): SearchOptions => ({ ...SEARCH_OPTIONS, model: point });

console.log(`${sets.length} training sets, ${sets.reduce((n, s) => n + s.questions.length, 0)} questions; ${phrasingExamples(base, analyzer).length} phrasings in every training\n`);
console.log(`cross-validation, ${FOLDS} folds of whole sets, today's SEARCH_OPTIONS.model ${JSON.stringify(SEARCH_OPTIONS.model)}:`);
let alone = none;
let withModel = none;
let unseenAlone = none;
let unseenWithModel = none;
folds.forEach(({ held, unseen, pack }, k) => {
  const a = tally(base, SEARCH_OPTIONS, held);
  const m = tally(pack, SEARCH_OPTIONS, held);
  alone = add(alone, a);
  withModel = add(withModel, m);
  unseenAlone = add(unseenAlone, tally(base, SEARCH_OPTIONS, unseen));
  unseenWithModel = add(unseenWithModel, tally(pack, SEARCH_OPTIONS, unseen));
  console.log(`  fold ${k + 1} (${held.length} questions): search alone ${describe(a)} → with model ${describe(m)} (${gain(a, m)})`);
});
console.log(`  all folds: search alone ${describe(alone)} → with model ${describe(withModel)} (${gain(alone, withModel)})`);
const unseenCount = folds.reduce((n, f) => n + f.unseen.length, 0);
console.log(`  only the ${unseenCount} questions no training fold asks word for word: search alone ${describe(unseenAlone)} → with model ${describe(unseenWithModel)}`);

const older = sets.slice(0, -NEWEST).flatMap((s) => s.questions);
const newest = sets.slice(-NEWEST).flatMap((s) => s.questions);
const newestUnseen = unseenQuestions(newest, older);
const newestPack = packTrainedOn(older);
const a = tally(base, SEARCH_OPTIONS, newest);
const m = tally(newestPack, SEARCH_OPTIONS, newest);
console.log(`\nthe newest ${NEWEST} sets (${newest.length} questions), model trained on the ${sets.length - NEWEST} older ones:`);
console.log(`  search alone ${describe(a)} → with model ${describe(m)} (${gain(a, m)})`);
console.log(
  `  only the ${newestUnseen.length} not asked word for word in the older sets: search alone ${describe(tally(base, SEARCH_OPTIONS, newestUnseen))} → with model ${describe(tally(newestPack, SEARCH_OPTIONS, newestUnseen))}`,
);

console.log('\nthe model numbers, cross-validated (best first):');
const points: { point: SearchOptions['model']; total: Tally }[] = [];
for (const weight of GRID.weight) {
  for (const doesNotSayScore of GRID.doesNotSayScore) {
    for (const termsDeclineBonus of GRID.termsDeclineBonus) {
      const point = { weight, doesNotSayScore, termsDeclineBonus };
      points.push({ point, total: folds.reduce((t, { held, pack }) => add(t, tally(pack, options(point), held)), none) });
    }
  }
}
points.sort((x, y) => y.total.right - x.total.right);
for (const { point, total } of points.slice(0, 8)) console.log(`  ${JSON.stringify(point)}: ${describe(total)} (${gain(alone, total)} on the search alone)`);
