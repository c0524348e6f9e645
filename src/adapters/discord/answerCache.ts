// A bounded least-recently-used memo of interaction outcomes. Answers are deterministic and the case data is
// read-only, so the same input always gets the same outcome; popular questions (often picked from
// autocomplete, so typed identically) then cost one map lookup.
import type { InteractionInput, InteractionOutcome } from './handleInteraction.js';

export interface AnswerCache {
  /** The remembered outcome for `input`, or `compute()`'s, which is then remembered. */
  recall(input: InteractionInput, compute: () => InteractionOutcome): InteractionOutcome;
  readonly size: number;
}

/**
 * One key per input: its kind, subcommand and every option as typed, each part length-prefixed so that no two
 * inputs share a key. Cheaper than JSON.stringify, which the answer of a new question would otherwise pay for too.
 */
export function memoKey(input: InteractionInput): string {
  const part = (value: string): string => `${value.length}:${value}`;
  switch (input.kind) {
    case 'button':
      return `b${part(input.customId)}`;
    case 'autocomplete':
      return `a${part(input.subcommand)}${part(input.focused.name)}${part(input.focused.value)}`;
    case 'command': {
      const options = Object.keys(input.options)
        .sort()
        .map((name) => {
          const value = input.options[name];
          return `${part(name)}${typeof value}${part(typeof value === 'string' ? value : String(JSON.stringify(value)))}`;
        });
      return `c${part(input.subcommand)}${options.join('')}`;
    }
  }
}

export function createAnswerCache(capacity: number): AnswerCache {
  const entries = new Map<string, InteractionOutcome>();
  return {
    recall(input, compute) {
      const key = memoKey(input);
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
