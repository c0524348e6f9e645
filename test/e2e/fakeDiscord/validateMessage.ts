// Checks a message body (reply, update, edit, follow-up) against Discord's documented limits.
// https://discord.com/developers/docs/resources/message#create-message-jsonform-params

import type { FieldPath, FormErrors } from './apiErrors.js';
import { isPresent, isRecord, textLength, type JsonRecord } from './guards.js';
import {
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_TEXT_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_TOTAL_TEXT_MAX,
  MESSAGE_CONTENT_MAX,
  MESSAGE_EMBEDS_MAX,
} from './limits.js';
import { validateComponents } from './validateComponents.js';

const MENTION_TYPES = new Set(['roles', 'users', 'everyone']);
const ALLOWED_MENTION_IDS_MAX = 100;
const COLOR_MAX = 0xffffff;

export function validateMessage(body: unknown, errors: FormErrors, path: FieldPath): void {
  if (!isRecord(body)) {
    errors.wrongType(path, 'an object');
    return;
  }
  checkText(body, 'content', MESSAGE_CONTENT_MAX, errors, path, false);
  if (isPresent(body['embeds'])) validateEmbeds(body['embeds'], errors, [...path, 'embeds']);
  if (isPresent(body['components'])) {
    validateComponents(body['components'], body['flags'], errors, [...path, 'components']);
  }
  if (isPresent(body['allowed_mentions'])) {
    validateAllowedMentions(body['allowed_mentions'], errors, [...path, 'allowed_mentions']);
  }
  if (isPresent(body['flags']) && !Number.isInteger(body['flags'])) errors.wrongType([...path, 'flags'], 'an integer');
}

/** Discord answers 50006 (not 50035) for a message with nothing to show. */
export function isEmptyMessage(message: JsonRecord): boolean {
  const content = message['content'];
  const hasContent = typeof content === 'string' && content.trim() !== '';
  return !hasContent && ['embeds', 'components', 'attachments', 'sticker_ids'].every(key => !nonEmptyArray(message[key])) && !isPresent(message['poll']);
}

function nonEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function validateEmbeds(embeds: unknown, errors: FormErrors, path: FieldPath): void {
  if (!Array.isArray(embeds)) {
    errors.wrongType(path, 'an array');
    return;
  }
  if (embeds.length > MESSAGE_EMBEDS_MAX) errors.maxLength(path, MESSAGE_EMBEDS_MAX);
  let totalText = 0;
  embeds.forEach((embed, index) => {
    totalText += validateEmbed(embed, errors, [...path, index]);
  });
  if (totalText > EMBEDS_TOTAL_TEXT_MAX) {
    errors.add(path, 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${EMBEDS_TOTAL_TEXT_MAX}`);
  }
}

/** Returns the characters this embed adds to the 6000-character total. */
function validateEmbed(embed: unknown, errors: FormErrors, path: FieldPath): number {
  if (!isRecord(embed)) {
    errors.wrongType(path, 'an object');
    return 0;
  }
  let total = checkText(embed, 'title', EMBED_TITLE_MAX, errors, path, false);
  total += checkText(embed, 'description', EMBED_DESCRIPTION_MAX, errors, path, false);
  const color = embed['color'];
  if (isPresent(color) && !(Number.isInteger(color) && Number(color) >= 0 && Number(color) <= COLOR_MAX)) {
    errors.add([...path, 'color'], 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${COLOR_MAX}.`);
  }
  const fields = embed['fields'];
  if (isPresent(fields)) {
    if (!Array.isArray(fields)) errors.wrongType([...path, 'fields'], 'an array');
    else {
      if (fields.length > EMBED_FIELDS_MAX) errors.maxLength([...path, 'fields'], EMBED_FIELDS_MAX);
      fields.forEach((field, index) => {
        const fieldPath = [...path, 'fields', index];
        if (!isRecord(field)) return errors.wrongType(fieldPath, 'an object');
        total += checkText(field, 'name', EMBED_FIELD_NAME_MAX, errors, fieldPath, true);
        total += checkText(field, 'value', EMBED_FIELD_VALUE_MAX, errors, fieldPath, true);
      });
    }
  }
  total += checkNested(embed, 'footer', 'text', EMBED_FOOTER_TEXT_MAX, errors, path);
  total += checkNested(embed, 'author', 'name', EMBED_AUTHOR_NAME_MAX, errors, path);
  return total;
}

function checkNested(embed: JsonRecord, key: string, textKey: string, max: number, errors: FormErrors, path: FieldPath): number {
  const part = embed[key];
  if (!isPresent(part)) return 0;
  if (!isRecord(part)) {
    errors.wrongType([...path, key], 'an object');
    return 0;
  }
  return checkText(part, textKey, max, errors, [...path, key], true);
}

/** Checks one string field and returns its length (0 when absent or invalid). */
function checkText(record: JsonRecord, key: string, max: number, errors: FormErrors, path: FieldPath, required: boolean): number {
  const value = record[key];
  if (!isPresent(value) || value === '') {
    if (required) errors.required([...path, key]);
    return 0;
  }
  if (typeof value !== 'string') {
    errors.wrongType([...path, key], 'a string');
    return 0;
  }
  const length = textLength(value);
  if (length > max) errors.maxLength([...path, key], max);
  return length;
}

/** https://discord.com/developers/docs/resources/message#allowed-mentions-object */
function validateAllowedMentions(mentions: unknown, errors: FormErrors, path: FieldPath): void {
  if (!isRecord(mentions)) {
    errors.wrongType(path, 'an object');
    return;
  }
  const parse = mentions['parse'];
  const parsed = Array.isArray(parse) ? parse : [];
  if (isPresent(parse) && !Array.isArray(parse)) errors.wrongType([...path, 'parse'], 'an array');
  parsed.forEach((type, index) => {
    if (typeof type !== 'string' || !MENTION_TYPES.has(type)) {
      errors.add([...path, 'parse', index], 'BASE_TYPE_CHOICES', `Value must be one of {'roles', 'users', 'everyone'}.`);
    }
  });
  for (const kind of ['users', 'roles']) {
    const ids = mentions[kind];
    if (!isPresent(ids)) continue;
    if (!Array.isArray(ids)) {
      errors.wrongType([...path, kind], 'an array');
      continue;
    }
    if (ids.length > ALLOWED_MENTION_IDS_MAX) errors.maxLength([...path, kind], ALLOWED_MENTION_IDS_MAX);
    // Discord refuses a list of ids next to a blanket parse of the same kind.
    if (ids.length > 0 && parsed.includes(kind)) {
      errors.add([...path, kind], 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`);
    }
  }
}
