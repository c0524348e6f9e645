// Checks a typed question before any search runs: nothing empty, wordless or over-long is ever searched.
import { QUESTION_MAX_LENGTH } from './limits.js';
import { MESSAGES } from './messages.js';

export type QuestionCheck = { readonly ok: true; readonly question: string } | { readonly ok: false; readonly message: string };

/** Invisible format characters (zero-width spaces, direction marks) removed, and the ends trimmed. */
export function cleanQuestion(raw: string): string {
  return raw.replace(/\p{Cf}+/gu, '').trim();
}

export function validateQuestion(raw: string): QuestionCheck {
  const question = cleanQuestion(raw);
  if (question === '') return { ok: false, message: MESSAGES.emptyQuestion };
  const length = [...question].length;
  if (length > QUESTION_MAX_LENGTH) return { ok: false, message: MESSAGES.questionTooLong(length) };
  if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, message: MESSAGES.noWordsInQuestion };
  return { ok: true, question };
}
