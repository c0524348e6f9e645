// Checks a typed question before any search runs: nothing empty, wordless or over-long is ever searched.
import { QUESTION_MAX_LENGTH } from './limits.js';
import { MESSAGES } from './messages.js';

export type QuestionCheck = { readonly ok: true; readonly question: string } | { readonly ok: false; readonly message: string };

export function validateQuestion(raw: string): QuestionCheck {
  // Invisible format characters (zero-width spaces, direction marks) do not make a question.
  const question = raw.replace(/\p{Cf}+/gu, '').trim();
  if (question === '') return { ok: false, message: MESSAGES.emptyQuestion };
  const length = [...question].length;
  if (length > QUESTION_MAX_LENGTH) return { ok: false, message: MESSAGES.questionTooLong(length) };
  if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, message: MESSAGES.noWordsInQuestion };
  return { ok: true, question };
}
