// Fits the question model's weights: multinomial logistic regression by stochastic gradient descent, seeded, so the
// same examples always give the same model.json. Only `npm run train`, bench:model and tests call it.
import { softmaxInPlace } from './questionModel.js';

export interface TrainingExample {
  readonly features: readonly string[];
  /** The classes that are right for it (a question two facts answer credits each half); never empty. */
  readonly classes: readonly number[];
}

export interface TrainedWeights {
  readonly bias: number[];
  /** Per feature, class, weight, class, weight…; features sorted, so model.json diffs stay readable. */
  readonly weights: Record<string, number[]>;
}

export const TRAINING_OPTIONS = Object.freeze({
  epochs: 15,
  /** The step of the first epoch; epoch e steps learningRate / (1 + e). */
  learningRate: 0.5,
  l2: 1e-4,
  /** Weights smaller than this are dropped: model.json shrinks about sixfold and bench:model shows no loss. */
  prune: 0.1,
  decimals: 3,
  seed: 1,
});

const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function trainQuestionModel(examples: readonly TrainingExample[], classCount: number, options = TRAINING_OPTIONS): TrainedWeights {
  const bias = new Float64Array(classCount);
  const weights = new Map<string, Float64Array>();
  const weightsOf = (feature: string): Float64Array => {
    let w = weights.get(feature);
    if (w === undefined) weights.set(feature, (w = new Float64Array(classCount)));
    return w;
  };
  // Park–Miller: a tiny seeded generator for the shuffle, so training is reproducible.
  let state = options.seed;
  const random = (): number => (state = (state * 16_807) % 2_147_483_647) / 2_147_483_647;
  const order = examples.map((_, index) => index);
  const z = new Float64Array(classCount);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const step = options.learningRate / (1 + epoch);
    for (const index of order) {
      const example = examples[index]!;
      const rows = example.features.map(weightsOf);
      z.set(bias);
      for (const row of rows) for (let c = 0; c < classCount; c += 1) z[c]! += row[c]!;
      softmaxInPlace(z);
      for (let c = 0; c < classCount; c += 1) {
        const target = example.classes.includes(c) ? 1 / example.classes.length : 0;
        const gradient = z[c]! - target;
        bias[c]! -= step * gradient;
        for (const row of rows) row[c]! -= step * (gradient + options.l2 * row[c]!);
      }
    }
  }
  const kept: Record<string, number[]> = {};
  for (const feature of [...weights.keys()].sort()) {
    const list: number[] = [];
    weights.get(feature)!.forEach((value, c) => {
      if (Math.abs(value) >= options.prune) list.push(c, round(value, options.decimals));
    });
    if (list.length > 0) kept[feature] = list;
  }
  return { bias: Array.from(bias, (value) => round(value, options.decimals)), weights: kept };
}
