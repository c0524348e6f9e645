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
