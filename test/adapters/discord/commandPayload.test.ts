import { describe, expect, it } from 'vitest';
import { caseCommandPayload } from '../../../src/adapters/discord/commandPayload.js';
import { QUESTION_MAX_LENGTH } from '../../../src/core/limits.js';

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('the /case registration payload', () => {
  const payload = caseCommandPayload();
  const options = payload.options ?? [];

  it('names every command and option the way Discord allows, with 1–100 character descriptions', () => {
    const nested = options.flatMap((o): { name: string; description: string }[] => ('options' in o ? [...(o.options ?? [])] : []));
    const named: { name: string; description: string }[] = [payload, ...options, ...nested];
    for (const item of named) {
      expect(item.name).toMatch(NAME);
      expect(item.name).toBe(item.name.toLowerCase());
      expect(item.description.length).toBeGreaterThanOrEqual(1);
      expect(item.description.length).toBeLessThanOrEqual(100);
    }
    expect(options.length).toBeLessThanOrEqual(25);
  });

  it('keeps name, descriptions and choices under 8000 characters in total', () => {
    const text = JSON.stringify(payload).length;
    expect(text).toBeLessThan(8000);
  });

  it('makes ask require a question of at most 200 characters, with autocomplete', () => {
    const ask = options.find((o) => o.name === 'ask');
    expect(ask && 'options' in ask ? ask.options : undefined).toEqual([
      expect.objectContaining({ name: 'question', required: true, max_length: QUESTION_MAX_LENGTH, autocomplete: true }),
    ]);
  });
});
