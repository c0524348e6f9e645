// A bounded least-recently-used memo of interaction outcomes. Answers are deterministic and the case data is
// read-only, so the same input always gets the same outcome; popular questions (often picked from
// autocomplete, so typed identically) then cost one map lookup.
import type { InteractionInput, InteractionOutcome } from './handleInteraction.js';

export interface AnswerCache {
  /** The remembered outcome for `input`, or `compute()`'s, which is then remembered. */
  recall(input: InteractionInput, compute: () => InteractionOutcome): InteractionOutcome;
  readonly size: number;
}

export function createAnswerCache(capacity: number): AnswerCache {
  const entries = new Map<string, InteractionOutcome>();
  return {
    recall(input, compute) {
      // One key per interaction: JSON of the input, which holds the subcommand and every option as typed.
      const key = JSON.stringify(input);
      let outcome = entries.get(key);
      if (outcome !== undefined) {
        // Map keeps insertion order: re-inserting marks the entry as most recently used.
        entries.delete(key);
        entries.set(key, outcome);
        return outcome;
      }
      outcome = compute();
      if (capacity > 0) {
        entries.set(key, outcome);
        if (entries.size > capacity) entries.delete(entries.keys().next().value ?? key);
      }
      return outcome;
    },
    get size() {
      return entries.size;
    },
  };
}
