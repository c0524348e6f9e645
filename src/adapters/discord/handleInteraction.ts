// Turns one interaction (slash command, autocomplete, button) into the response to send, with no I/O.
// The gateway bot and the HTTP endpoint both translate their input to InteractionInput and send the outcome.
import type { CaseContext } from '../../commands/caseContext.js';
import { dispatch } from '../../commands/dispatch.js';
import { factHandler } from '../../commands/handlers/fact.js';
import { timelineHandler } from '../../commands/handlers/timeline.js';
import { QUESTION_MAX_LENGTH } from '../../core/limits.js';
import { MESSAGES } from '../../core/messages.js';
import { cleanQuestion } from '../../core/validateQuestion.js';
import type { QuestionSuggester } from '../../search/suggestQuestions.js';
import type { RateLimiter } from '../../core/rateLimiter.js';
import type { AnswerCache } from './answerCache.js';
import { decodeButton } from './customIds.js';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX, lengthOf, truncate } from './discordLimits.js';
import { type MessagePayload, renderMessage } from './renderMessage.js';

export type InteractionInput =
  | { readonly kind: 'command'; readonly subcommand: string; readonly options: Readonly<Record<string, unknown>> }
  | { readonly kind: 'autocomplete'; readonly subcommand: string; readonly focused: { readonly name: string; readonly value: string } }
  | { readonly kind: 'button'; readonly customId: string };

export interface Choice {
  readonly name: string;
  readonly value: string;
}

export type InteractionOutcome =
  /** A new message (callback type 4). */
  | { readonly kind: 'reply'; readonly message: MessagePayload; readonly ephemeral: boolean }
  /** Replace the message the button is on (callback type 7). */
  | { readonly kind: 'update'; readonly message: MessagePayload }
  /** Autocomplete choices (callback type 8). */
  | { readonly kind: 'choices'; readonly choices: readonly Choice[] };

export interface InteractionServices {
  readonly context: CaseContext;
  readonly suggest: QuestionSuggester;
  /** Memo of outcomes; absent, every interaction is computed. */
  readonly cache?: AnswerCache;
  /** Per-user limits on searching (ask, quote with a search) and on autocomplete; absent, no limit. */
  readonly limits?: { readonly search: RateLimiter; readonly autocomplete: RateLimiter };
}

/** A short message only the user sees (a refusal, an apology), rendered like every other reply. */
export function notice(message: string): Extract<InteractionOutcome, { kind: 'reply' }> {
  return { kind: 'reply', ...renderMessage({ kind: 'invalid', message }) };
}

/** Whether this input runs a search on free text, which the per-user limit guards. */
function searches(input: InteractionInput): boolean {
  return input.kind === 'command' && (input.subcommand === 'ask' || (input.subcommand === 'quote' && input.options.search !== undefined));
}

/** The outcome for a user over their limit: nothing is searched. */
function limited(services: InteractionServices, input: InteractionInput, userId: string | undefined): InteractionOutcome | undefined {
  if (userId === undefined || services.limits === undefined) return undefined;
  if (input.kind === 'autocomplete') return services.limits.autocomplete.take(userId) ? undefined : { kind: 'choices', choices: [] };
  if (searches(input) && !services.limits.search.take(userId)) return notice(MESSAGES.slowDown);
  return undefined;
}

/** Autocomplete answers with what was typed first (so it can be sent as is), then matching questions. */
function autocomplete({ suggest }: InteractionServices, typed: string): InteractionOutcome {
  const text = cleanQuestion(typed);
  // Discord caps what can be typed at the option's max length; anything longer is not from Discord's UI,
  // and searching it would only cost time.
  if (lengthOf(text) > QUESTION_MAX_LENGTH) return { kind: 'choices', choices: [] };
  const own = text === '' || lengthOf(text) > CHOICE_VALUE_MAX ? [] : [{ name: truncate(text, CHOICE_NAME_MAX), value: text }];
  const seen = new Set(own.map((c) => c.value.toLowerCase()));
  const questions = suggest(text, AUTOCOMPLETE_CHOICES_MAX)
    .map((f) => ({ name: truncate(f.question, CHOICE_NAME_MAX), value: truncate(f.question, CHOICE_VALUE_MAX) }))
    .filter((c) => !seen.has(c.value.toLowerCase()));
  return { kind: 'choices', choices: [...own, ...questions].slice(0, AUTOCOMPLETE_CHOICES_MAX) };
}

/** An update replaces only the fields it sends: empty content must be sent, or the old text stays on top. */
function update(message: MessagePayload): InteractionOutcome {
  return { kind: 'update', message: { ...message, content: message.content ?? '' } };
}

function button(services: InteractionServices, customId: string): InteractionOutcome {
  const action = decodeButton(customId);
  const { context } = services;
  if (action === undefined) return notice(MESSAGES.staleButton);
  switch (action.kind) {
    case 'fact':
      return { kind: 'reply', message: renderMessage(factHandler(context, action.factId)).message, ephemeral: true };
    case 'suggestion':
      return update(renderMessage(factHandler(context, action.factId)).message);
    case 'timeline-page':
      return update(renderMessage(timelineHandler(context), action.page).message);
  }
}

/** @param userId who interacted, for the per-user limits (the CLI and tests may leave it out). */
export function handleInteraction(services: InteractionServices, input: InteractionInput, userId?: string): InteractionOutcome {
  const refused = limited(services, input, userId);
  if (refused !== undefined) return refused;
  const compute = (): InteractionOutcome => computeOutcome(services, input);
  return services.cache === undefined ? compute() : services.cache.recall(input, compute);
}

function computeOutcome(services: InteractionServices, input: InteractionInput): InteractionOutcome {
  switch (input.kind) {
    case 'command':
      return { kind: 'reply', ...renderMessage(dispatch(services.context, { subcommand: input.subcommand, options: input.options })) };
    case 'autocomplete':
      return autocomplete(services, input.focused.value);
    case 'button':
      return button(services, input.customId);
  }
}
