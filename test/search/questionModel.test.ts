import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/data/schemas.js';
import { compileQuestionModel, modelFeatures } from '../../src/search/questionModel.js';
import { trainQuestionModel } from '../../src/search/trainQuestionModel.js';

const modelOf = (facts: string[], weights: Record<string, number[]>, bias = new Array<number>(facts.length + 1).fill(0)): ModelFile => ({
  about: 'test',
  trainedOn: { questions: 0, phrasings: 0, fingerprint: '0'.repeat(64) },
  facts,
  bias,
  weights,
});
const argmax = (values: Float64Array): number => values.indexOf(Math.max(...values));

describe('the question model’s features', () => {
  it('are the analysed terms, the words as typed, and neighbouring pairs of each', () => {
    expect(new Set(modelFeatures(['=sue', 'amazon'], ['who', 'sued', 'amazon']))).toEqual(
      new Set(['=sue', 'amazon', '=sue amazon', 'w:who', 'w:sued', 'w:amazon', 'w:who sued', 'w:sued amazon']),
    );
  });

  it('lists each feature once, however often the question repeats it', () => {
    const features = modelFeatures(['ban', 'ban'], ['ban', 'ban', 'ban']);
    expect(features.length).toBe(new Set(features).size);
  });
});

describe('predicting with a question model', () => {
  it('gives probabilities that sum to 1, and a weighted feature raises its class', () => {
    const model = compileQuestionModel(modelOf(['a', 'b'], { 'w:refund': [1, 3] }), ['a', 'b']);
    const p = model.predict(['w:refund', 'w:unknown']);
    expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 10);
    expect(argmax(p)).toBe(1);
  });

  it('puts "the article doesn’t say" last and features it never saw change nothing', () => {
    const model = compileQuestionModel(modelOf(['a', 'b'], { x: [2, 3] }), ['a', 'b']);
    expect(argmax(model.predict(['x']))).toBe(2);
    expect([...model.predict(['never', 'seen'])]).toEqual([...model.predict([])]);
  });

  it('maps the model’s order of facts onto the pack’s', () => {
    // The model lists b first; the pack lists a first. A weight on the model's class 0 is b's.
    const model = compileQuestionModel(modelOf(['b', 'a'], { x: [0, 4] }, [0.5, 0, 0]), ['a', 'b']);
    const p = model.predict(['x']);
    expect(argmax(p)).toBe(1);
    expect(p[1]).toBeGreaterThan(0.9);
  });
});

describe('training a question model', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['w:sued', 'w:who'], classes: [0] })),
    ...Array.from({ length: 20 }, () => ({ features: ['w:refund', 'w:what'], classes: [1] })),
    ...Array.from({ length: 20 }, () => ({ features: ['w:zuckerberg', 'w:what'], classes: [2] })),
    ...Array.from({ length: 10 }, () => ({ features: ['w:both'], classes: [0, 1] })),
  ];

  const trained = trainQuestionModel(examples, 3);
  const model = compileQuestionModel(modelOf(['sued', 'refund'], trained.weights, trained.bias), ['sued', 'refund']);

  it('learns which features point at which class', () => {
    expect(argmax(model.predict(['w:who', 'w:sued']))).toBe(0);
    expect(argmax(model.predict(['w:what', 'w:refund']))).toBe(1);
    expect(argmax(model.predict(['w:what', 'w:zuckerberg']))).toBe(2);
  });

  it('splits the credit of an example two classes answer', () => {
    const p = model.predict(['w:both']);
    expect(Math.abs(p[0]! - p[1]!)).toBeLessThan(0.1);
    expect(p[2]).toBeLessThan(p[0]!);
  });

  it('gives the same weights every time, rounded, with small ones dropped', () => {
    expect(trainQuestionModel(examples, 3)).toEqual(trained);
    const numbers = Object.values(trained.weights).flatMap((list) => list.filter((_, i) => i % 2 === 1));
    expect(numbers.length).toBeGreaterThan(0);
    for (const value of numbers) {
      expect(Math.abs(value)).toBeGreaterThanOrEqual(0.1);
      expect(Math.round(value * 1000) / 1000).toBe(value);
    }
  });
});
