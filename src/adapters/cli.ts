// The terminal door: parses `npm run ask` arguments into an invocation and formats the reply as text or JSON.
import { parseArgs } from 'node:util';
import type { Reply } from '../core/reply.js';
import { SUBCOMMANDS } from '../commands/caseCommand.js';
import type { CaseContext } from '../commands/caseContext.js';
import { dispatch, type Invocation } from '../commands/dispatch.js';

export const USAGE = [
  'Usage:',
  '  npm run ask -- "<question>"            answer a question, quoting the article',
  '  npm run ask -- --json "<question>"     the same, as one JSON object',
  '  npm run ask -- --json --batch          one question per line on stdin, one JSON object per line out',
  `  npm run ask -- <subcommand>            one of: ${SUBCOMMANDS.map((s) => s.name).join(', ')}`,
  '  npm run ask -- quote "<topic>"         the article sentence about a topic',
].join('\n');

export type CliRequest =
  | { readonly mode: 'help' }
  | { readonly mode: 'batch'; readonly json: boolean }
  /** `question` is set when the words are a question for `ask` (their answer has the fixed JSON shape). */
  | { readonly mode: 'one'; readonly json: boolean; readonly invocation: Invocation; readonly question?: string };

export type CliParse = { readonly ok: true; readonly request: CliRequest } | { readonly ok: false; readonly message: string };

const NAMES = new Set<string>(SUBCOMMANDS.map((s) => s.name));

export function parseCliArguments(argv: readonly string[]): CliParse {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const json = values.json === true;
  if (values.help === true) return { ok: true, request: { mode: 'help' } };
  if (values.batch === true) {
    if (positionals.length > 0) return { ok: false, message: '--batch reads questions from stdin; give no question on the command line.' };
    return { ok: true, request: { mode: 'batch', json } };
  }
  if (positionals.length === 0) return { ok: false, message: 'Give a question or a subcommand.' };
  const [first, ...rest] = positionals;
  if (first !== undefined && NAMES.has(first) && first !== 'ask') {
    const spec = SUBCOMMANDS.find((s) => s.name === first);
    const option = spec?.options[0];
    if (rest.length > 0 && option === undefined) return { ok: false, message: `"${first}" takes no text.` };
    const options = rest.length > 0 && option !== undefined ? { [option.name]: rest.join(' ') } : {};
    return { ok: true, request: { mode: 'one', json, invocation: { subcommand: first, options } } };
  }
  const question = (first === 'ask' ? rest : positionals).join(' ');
  return { ok: true, request: { mode: 'one', json, question, invocation: { subcommand: 'ask', options: { question } } } };
}

/** The fixed JSON shape of an answer to a question; outside tests rely on it. */
export interface AnswerJson {
  readonly query: string;
  readonly answered: boolean;
  readonly answers: readonly { factId: string; answer: string; sentences: readonly { id: string; text: string }[]; score: number }[];
  readonly suggestions: readonly string[];
}

export function toAnswerJson(query: string, reply: Reply): AnswerJson {
  if (reply.kind === 'answers') {
    const answers = reply.cards.map((c) => ({ factId: c.factId, answer: c.answer, sentences: c.sentences, score: Math.round((c.score ?? 1) * 1000) / 1000 }));
    return { query, answered: true, answers, suggestions: [] };
  }
  const suggestions = reply.kind === 'not-found' ? reply.suggestions.map((s) => s.question) : [];
  return { query, answered: false, answers: [], suggestions };
}

export function answerQuestion(context: CaseContext, question: string): { reply: Reply; json: AnswerJson } {
  const reply = dispatch(context, { subcommand: 'ask', options: { question } });
  return { reply, json: toAnswerJson(question, reply) };
}
