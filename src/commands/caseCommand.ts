// The one definition of /case: names, descriptions and options of every subcommand.
// Plain data, shared by the deploy script, the runtime and the CLI; importing it does nothing.
import { QUESTION_MAX_LENGTH } from '../core/limits.js';

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  readonly maxLength: number;
  readonly autocomplete: boolean;
}

export interface SubcommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
}

export const COMMAND_NAME = 'case';
export const COMMAND_DESCRIPTION = 'Answers about Parler v. Amazon (2021), quoting the news article';

export const SUBCOMMANDS = [
  { name: 'who-sued', description: 'Who sued whom, and when', options: [] },
  { name: 'timeline', description: 'The events in the order they happened', options: [] },
  {
    name: 'ask',
    description: 'Ask a question; the answer quotes the sentence it comes from',
    options: [{ name: 'question', description: 'Your question, e.g. why did Amazon ban Parler?', required: true, maxLength: QUESTION_MAX_LENGTH, autocomplete: true }],
  },
  { name: 'claims', description: 'What Parler alleges against Amazon', options: [] },
  { name: 'amazon', description: "Amazon's side: what it did and why", options: [] },
  { name: 'relief', description: 'What Parler asks the court for', options: [] },
  { name: 'context', description: 'The Capitol siege, Trump’s suspensions, app stores, Parler and Gab', options: [] },
  {
    name: 'quote',
    description: 'Quotes from the lawsuit, or the article sentence about a topic',
    options: [{ name: 'search', description: 'A topic to find the sentence for, e.g. restraining order', required: false, maxLength: QUESTION_MAX_LENGTH, autocomplete: true }],
  },
  { name: 'source', description: 'The article these answers come from', options: [] },
  { name: 'help', description: 'What you can ask casebot', options: [] },
] as const satisfies readonly SubcommandSpec[];

export type SubcommandName = (typeof SUBCOMMANDS)[number]['name'];
