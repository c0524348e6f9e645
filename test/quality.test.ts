import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, overallAccuracy, readQuestionSet } from '../bench/questionSet.js';
import { casebotSystem } from '../bench/systems.js';
import { realContext } from './helpers.js';

const questions = readQuestionSet(fileURLToPath(new URL('./fixtures/dev-questions.jsonl', import.meta.url)));

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
  const directory = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const holdouts = readdirSync(directory).filter((name) => /^holdout\d*-questions\.jsonl$/.test(name));
  const all = holdouts.flatMap((name) => readQuestionSet(`${directory}${name}`));

  it('reads every holdout set', () => {
    expect(holdouts.length).toBeGreaterThanOrEqual(89);
    expect(all.length).toBeGreaterThanOrEqual(10_600);
  });

  // The floor sits under the measured 93.0% (all 89 holdouts, 10,600 questions; 86–89 were measured before anyone read them),
  // so a regression of about two points fails; each new blind set, untuned, pulls the total down a little.
  it('answers or honestly abstains on at least 91% of them together', () => {
    const report = evaluate(casebotSystem(realContext()), all);
    expect(overallAccuracy(report), `${report.misses.length} missed`).toBeGreaterThanOrEqual(0.91);
  });
});
