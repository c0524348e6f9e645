// The question model: a linear softmax classifier from a question's analysed terms to the fact that answers it, or
// to "the article doesn't say". `npm run train` fits it on the project's blind-written question sets; the search
// blends it into the facts' scores (SEARCH_OPTIONS.model), because it knows how readers word things the terms miss.
import type { ModelFile } from '../data/schemas.js';

/** Marks a feature taken from the words as typed, so "sue" the word and "sue" the analysed term stay apart. */
export const WORD_FEATURE = 'w:';

/**
 * A question's features: each analysed term and each pair of neighbouring terms ("=sue amazon"), and each word as
 * typed and each pair of neighbouring words ("w:took them"). The terms carry the lexicon's synonyms and typo
 * corrections; the words carry what analysis drops on purpose (stop words, how a question is put: "will", "ever").
 */
export function modelFeatures(terms: readonly string[], words: readonly string[]): string[] {
  const features = new Set(terms);
  for (let i = 1; i < terms.length; i += 1) features.add(`${terms[i - 1]} ${terms[i]}`);
  words.forEach((word, i) => {
    features.add(WORD_FEATURE + word);
    if (i > 0) features.add(`${WORD_FEATURE}${words[i - 1]} ${word}`);
  });
  return [...features];
}

/** Turns scores into probabilities summing to 1, in place (plain loops: this runs for every question). */
export function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < z.length; c += 1) max = Math.max(max, z[c]!);
  let sum = 0;
  for (let c = 0; c < z.length; c += 1) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c += 1) z[c]! /= sum;
}

export interface QuestionModel {
  /**
   * Probabilities summing to 1: one per fact, in the order of `factIds` given to compile, then "the article doesn't
   * say". The array is reused: it is valid until the next call (copy it to keep it).
   */
  predict(features: readonly string[]): Float64Array;
}

/** Compiles model.json for a pack whose facts are `factIds` (the loader has checked that the model has each of them). */
export function compileQuestionModel(file: ModelFile, factIds: readonly string[]): QuestionModel {
  const classes = factIds.length + 1;
  // Model class → output slot: the pack's fact order, "doesn't say" last.
  const slotOf = file.facts.map((id) => factIds.indexOf(id));
  slotOf.push(factIds.length);
  const bias = new Float64Array(classes);
  file.bias.forEach((value, index) => {
    const slot = slotOf[index];
    if (slot !== undefined && slot >= 0) bias[slot] = value;
  });
  // All weights in two pooled arrays, each feature a range of them: a few hundred kilobytes, not 20,000 small objects.
  const ranges = new Map<string, number>();
  const entries = Object.entries(file.weights);
  const starts = new Int32Array(entries.length + 1);
  const size = entries.reduce((n, [, list]) => n + (list.length >> 1), 0);
  const slots = new Int32Array(size);
  const values = new Float64Array(size);
  let end = 0;
  entries.forEach(([feature, list], order) => {
    ranges.set(feature, order);
    starts[order] = end;
    for (let i = 0; i + 1 < list.length; i += 2) {
      const slot = slotOf[list[i]!] ?? -1;
      if (slot < 0) continue;
      slots[end] = slot;
      values[end] = list[i + 1]!;
      end += 1;
    }
  });
  starts[entries.length] = end;
  // Scratch space for predict: a question allocates nothing here (the search reads the result before the next one).
  const z = new Float64Array(classes);
  return {
    predict(features) {
      z.set(bias);
      for (const feature of features) {
        const order = ranges.get(feature);
        if (order === undefined) continue;
        for (let j = starts[order]!; j < starts[order + 1]!; j += 1) z[slots[j]!]! += values[j]!;
      }
      softmaxInPlace(z);
      return z;
    },
  };
}
