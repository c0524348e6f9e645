// A bounded least-recently-used memo of interaction outcomes. Answers are deterministic and the case data is
// read-only, so the same input always gets the same outcome; popular questions (often picked from
// autocomplete, so typed identically) then cost one map lookup.
import type { InteractionInput, InteractionOutcome } from './handleInteraction.js';

export interface AnswerCache {
  get(input: InteractionInput): InteractionOutcome | undefined;
  set(input: InteractionInput, outcome: InteractionOutcome): void;
  readonly size: number;
}

export function createAnswerCache(capacity: number): AnswerCache {
  const entries = new Map<string, InteractionOutcome>();
  const keyOf = (input: InteractionInput): string => JSON.stringify(input);
  return {
    get(input) {
      const key = keyOf(input);
      const outcome = entries.get(key);
      if (outcome !== undefined) {
        // Map keeps insertion order: re-inserting marks the entry as most recently used.
        entries.delete(key);
        entries.set(key, outcome);
      }
      return outcome;
    },
    set(input, outcome) {
      if (capacity <= 0) return;
      const key = keyOf(input);
      entries.delete(key);
      entries.set(key, outcome);
      if (entries.size > capacity) entries.delete(entries.keys().next().value ?? key);
    },
    get size() {
      return entries.size;
    },
  };
}
