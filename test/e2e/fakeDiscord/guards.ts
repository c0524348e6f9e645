// Narrowing helpers for the untrusted JSON the client sends; the server never casts it.

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent and null mean "not set" in Discord bodies (discord.js sends both). */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function stringField(record: JsonRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(record: JsonRecord, key: string): number | undefined {
  const value = record[key];
  return typeof value === 'number' ? value : undefined;
}

export function arrayField(record: JsonRecord, key: string): unknown[] | undefined {
  const value = record[key];
  return Array.isArray(value) ? value : undefined;
}

/**
 * Discord counts characters as code points, so an emoji is one, not two UTF-16 units. The same
 * count as `[...text].length` (a lone surrogate counts as one), without building the array.
 */
export function textLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length -= 1;
        i += 1;
      }
    }
  }
  return length;
}

/**
 * An empty bit set. discord-api-types declares flag enums without a 0 member, so the literal 0
 * is refused where a widened number is accepted; on the wire both are 0.
 */
export const NO_FLAGS: number = 0;
