// Test helper: every Discord limit a rendered message must respect, checked the way Discord counts.
import { expect } from 'vitest';
import * as L from '../../../src/adapters/discord/discordLimits.js';
import type { MessagePayload } from '../../../src/adapters/discord/renderMessage.js';

export function expectWithinDiscordLimits(message: MessagePayload): void {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  // Discord refuses an empty message (50006), and empty field names, values and button labels.
  expect((message.content ?? '').trim() !== '' || message.embeds.length > 0).toBe(true);
  expect(L.lengthOf(message.content ?? '')).toBeLessThanOrEqual(L.MESSAGE_CONTENT_MAX);
  expect(message.embeds.length).toBeLessThanOrEqual(L.MESSAGE_EMBEDS_MAX);
  let total = 0;
  for (const embed of message.embeds) {
    expect(L.lengthOf(embed.title ?? '')).toBeLessThanOrEqual(L.EMBED_TITLE_MAX);
    expect(L.lengthOf(embed.description ?? '')).toBeLessThanOrEqual(L.EMBED_DESCRIPTION_MAX);
    expect(L.lengthOf(embed.footer?.text ?? '')).toBeLessThanOrEqual(L.EMBED_FOOTER_TEXT_MAX);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(L.EMBED_FIELDS_MAX);
    for (const field of embed.fields ?? []) {
      expect(field.name.trim()).not.toBe('');
      expect(field.value.trim()).not.toBe('');
      expect(L.lengthOf(field.name)).toBeLessThanOrEqual(L.EMBED_FIELD_NAME_MAX);
      expect(L.lengthOf(field.value)).toBeLessThanOrEqual(L.EMBED_FIELD_VALUE_MAX);
    }
    total += [embed.title, embed.description, embed.footer?.text, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].reduce((n, p) => n + L.lengthOf(p ?? ''), 0);
  }
  expect(total).toBeLessThanOrEqual(L.EMBEDS_TOTAL_MAX);
  expect(message.components.length).toBeLessThanOrEqual(L.ACTION_ROWS_MAX);
  const ids = message.components.flatMap((row) => row.components.map((b) => b.custom_id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(L.BUTTONS_PER_ROW_MAX);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeGreaterThan(0);
      expect((button.label ?? '').trim()).not.toBe('');
      expect(L.lengthOf(button.custom_id)).toBeLessThanOrEqual(L.CUSTOM_ID_MAX);
      expect(L.lengthOf(button.label ?? '')).toBeLessThanOrEqual(L.BUTTON_LABEL_MAX);
    }
  }
}
