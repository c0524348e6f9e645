import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../../src/adapters/discord/customIds.js';

describe('button custom_ids', () => {
  it('round-trip every action, so buttons work after a restart', () => {
    for (const action of [{ kind: 'fact', factId: 'claim-political' }, { kind: 'suggestion', factId: 'tro' }, { kind: 'timeline-page', page: 3 }] as const) {
      expect(decodeButton(encodeButton(action))).toEqual(action);
      expect(decodeButton(encodeButton(action, 'next'))).toEqual(action);
    }
  });

  it('refuse ids from elsewhere or tampered with', () => {
    for (const id of ['', 'case', 'case:fact', 'other:fact:x', 'case:fact:Not A Slug', 'case:page:-1', 'case:page:abc', 'case:nuke:x', `case:fact:${'a'.repeat(120)}`]) {
      expect(decodeButton(id)).toBeUndefined();
    }
  });

  it('refuse to encode an id over 100 characters', () => {
    expect(() => encodeButton({ kind: 'fact', factId: 'a'.repeat(100) })).toThrow(RangeError);
  });
});
