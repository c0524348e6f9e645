import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, overallAccuracy, readQuestionSet } from '../bench/questionSet.js';
import { HELD_OUT_SETS } from '../bench/questionSets.js';
import { casebotSystem } from '../bench/systems.js';
import { fingerprintOf, phrasingExamples, questionExamples, trainingQuestionSets, trainModelFile, unseenQuestions } from '../bench/trainingSet.js';
import { DEFAULT_CASE_DIRECTORY, loadCasePack } from '../src/data/loadCasePack.js';
import { buildCaseIndex } from '../src/search/caseIndex.js';
import { realContext } from './helpers.js';

const questions = readQuestionSet(fileURLToPath(new URL('./fixtures/dev-questions.jsonl', import.meta.url)));

// The dev questions are never trained on (bench/trainingSet.ts): the one set here the shipped model has not seen.
describe('answer quality on the dev questions', () => {
  const report = evaluate(casebotSystem(realContext()), questions);

  it('answers or honestly abstains on at least 90% of them', () => {
    const misses = report.misses.map((m) => `${m.id} "${m.q}"`).join(', ');
    expect(overallAccuracy(report), `missed: ${misses}`).toBeGreaterThanOrEqual(0.9);
  });

  it('uses accept strings that are verbatim in the article, so the scoring itself is sound', () => {
    const { pack } = realContext();
    for (const q of questions) for (const a of q.accept) expect(pack.sentences.some((s) => s.text.includes(a))).toBe(true);
  });
});

describe('answer quality on every question set written blind (holdouts)', () => {
  const sets = trainingQuestionSets();
  const all = sets.flatMap((set) => set.questions);
  // The question model learns from these sets, so the search is checked here without it; the model is checked below
  // on halves it was not trained on.
  const pack = loadCasePack(DEFAULT_CASE_DIRECTORY, { model: false });
  const search = buildCaseIndex(pack);

  it('reads every holdout set, each either trained on or held out', () => {
    const directory = fileURLToPath(new URL('./fixtures/', import.meta.url));
    const files = readdirSync(directory).filter((name) => /^holdout\d*-questions\.jsonl$/.test(name));
    expect(sets.length + HELD_OUT_SETS.length).toBe(files.length);
    expect(sets.length).toBeGreaterThanOrEqual(125);
    expect(all.length).toBeGreaterThanOrEqual(14_920);
  });

  // The floor sits under the measured 92.2% (the 125 training holdouts, 14,920 questions, the search without the model), so a
  // regression of about two points fails; each new blind set, untuned, pulls the total down a little.
  it('the search alone answers or honestly abstains on at least 91% of them together', () => {
    const report = evaluate(casebotSystem({ pack, index: search }), all);
    expect(overallAccuracy(report), `${report.misses.length} missed`).toBeGreaterThanOrEqual(0.91);
  });

  it('the shipped question model was trained on today’s sets and pack (else: npm run train)', () => {
    const examples = [...questionExamples(pack, search, all), ...phrasingExamples(pack, search)];
    expect(realContext().pack.model?.trainedOn.fingerprint).toBe(fingerprintOf(pack, examples));
  });

  // bench:model measures five folds and the newest sets; two halves keep this test to seconds. Measured: +4.3 points
  // (520 of 12,198 questions the training half does not ask word for word), so a change that makes the model useless fails.
  it('a model trained on one half of the sets answers the other half better than the search alone, by at least 2 points', () => {
    let alone = 0;
    let withModel = 0;
    let asked = 0;
    for (const half of [0, 1]) {
      const train = sets.filter((_, order) => order % 2 !== half).flatMap((set) => set.questions);
      // Only questions the training half does not ask word for word: repeats would flatter the model.
      const held = unseenQuestions(sets.filter((_, order) => order % 2 === half).flatMap((set) => set.questions), train);
      const trained = { ...pack, model: trainModelFile(pack, search, train, 'half') };
      const right = (r: ReturnType<typeof evaluate>): number => r.top1 + r.abstained;
      asked += held.length;
      alone += right(evaluate(casebotSystem({ pack, index: search }), held));
      withModel += right(evaluate(casebotSystem({ pack: trained, index: buildCaseIndex(trained) }), held));
    }
    expect((withModel - alone) / asked, `search alone ${alone}, with model ${withModel} of ${asked}`).toBeGreaterThanOrEqual(0.02);
  });
});

// Measured once on the shipped model before anyone read them, and never trained or tuned on (bench/questionSets.ts).
// A quarter of them repeat, word for word, a question of the sets the model learned from (short ones like "when was
// parler founded"), and the model answers those all. The floors, the issue's targets for questions nobody has seen,
// apply to the other 1,455: measured 95.4% top-1 (1,092 answerable) and 93.7% abstentions (363 unanswerable).
describe('answer quality on the sets held out of training (holdouts 118–133)', () => {
  const held = HELD_OUT_SETS.flatMap(([, file]) => readQuestionSet(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url))));
  const unseen = unseenQuestions(held, trainingQuestionSets().flatMap((set) => set.questions));
  const report = evaluate(casebotSystem(realContext()), unseen);
  const misses = (): string => report.misses.map((m) => m.id).join(', ');

  it('has 1,920 questions, none of them a training question, 1,455 not even word for word', () => {
    expect(held.length).toBe(1920);
    const trained = new Set(trainingQuestionSets().flatMap((set) => set.questions.map((q) => q.id)));
    expect(held.filter((q) => trained.has(q.id))).toEqual([]);
    expect(unseen.length).toBe(1455);
  });

  it('answers at least 95% of the unseen answerable ones with an accepted sentence', () => {
    expect(report.top1 / report.answerable, misses()).toBeGreaterThanOrEqual(0.95);
  });

  it('says the article doesn’t say for at least 90% of the unseen unanswerable ones', () => {
    expect(report.abstained / report.unanswerable, misses()).toBeGreaterThanOrEqual(0.9);
  });
});
