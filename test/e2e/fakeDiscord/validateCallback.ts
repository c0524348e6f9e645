// Checks an interaction callback body: a response type the interaction allows, then its data.
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object

import { InteractionResponseType, InteractionType } from 'discord.js';
import { API_ERRORS, FormErrors, type ApiError } from './apiErrors.js';
import { isPresent, isRecord, textLength } from './guards.js';
import {
  AUTOCOMPLETE_CHOICES_MAX,
  CHOICE_NAME_MAX,
  CHOICE_NAME_MIN,
  CHOICE_STRING_VALUE_MAX,
  CUSTOM_ID_MAX,
  CUSTOM_ID_MIN,
  MODAL_TITLE_MAX,
} from './limits.js';
import { isEmptyMessage, validateMessage } from './validateMessage.js';

const R = InteractionResponseType;

/** Which answers each kind of interaction accepts (autocomplete can only be answered with choices). */
const ALLOWED_RESPONSES: Record<number, ReadonlySet<number>> = {
  [InteractionType.ApplicationCommand]: new Set([R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.Modal, R.LaunchActivity]),
  [InteractionType.MessageComponent]: new Set([
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
    R.Modal,
  ]),
  [InteractionType.ApplicationCommandAutocomplete]: new Set([R.ApplicationCommandAutocompleteResult]),
  [InteractionType.ModalSubmit]: new Set([
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
  ]),
};

/** Returns the error Discord would answer with, or null when the callback is acceptable. */
export function validateCallback(interactionType: InteractionType, body: unknown): ApiError | null {
  const errors = new FormErrors();
  if (!isRecord(body) || !Number.isInteger(body['type'])) {
    errors.required(['type']);
    return errors.toApiError();
  }
  const type = Number(body['type']);
  if (!ALLOWED_RESPONSES[interactionType]?.has(type)) {
    errors.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', `Response type ${type} is not valid for interaction type ${interactionType}.`);
    return errors.toApiError();
  }
  const data = body['data'];
  switch (type) {
    case R.ChannelMessageWithSource:
      if (!isRecord(data)) errors.required(['data']);
      else validateMessage(data, errors, ['data']);
      if (errors.isEmpty && isRecord(data) && isEmptyMessage(data)) return API_ERRORS.emptyMessage;
      break;
    case R.UpdateMessage:
    case R.DeferredChannelMessageWithSource:
      if (isPresent(data)) validateMessage(data, errors, ['data']);
      break;
    case R.ApplicationCommandAutocompleteResult:
      validateChoices(data, errors);
      break;
    case R.Modal:
      validateModal(data, errors);
      break;
    default:
      break;
  }
  return errors.isEmpty ? null : errors.toApiError();
}

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete */
function validateChoices(data: unknown, errors: FormErrors): void {
  const choices = isRecord(data) ? data['choices'] : undefined;
  if (!Array.isArray(choices)) {
    errors.required(['data', 'choices']);
    return;
  }
  if (choices.length > AUTOCOMPLETE_CHOICES_MAX) errors.maxLength(['data', 'choices'], AUTOCOMPLETE_CHOICES_MAX);
  choices.forEach((choice, index) => {
    const path = ['data', 'choices', index];
    if (!isRecord(choice)) return errors.wrongType(path, 'an object');
    const name = choice['name'];
    if (typeof name !== 'string') errors.required([...path, 'name']);
    else if (textLength(name) < CHOICE_NAME_MIN || textLength(name) > CHOICE_NAME_MAX) {
      errors.badLength([...path, 'name'], CHOICE_NAME_MIN, CHOICE_NAME_MAX);
    }
    const value = choice['value'];
    if (typeof value === 'string') {
      if (textLength(value) > CHOICE_STRING_VALUE_MAX) errors.maxLength([...path, 'value'], CHOICE_STRING_VALUE_MAX);
    } else if (typeof value !== 'number') {
      errors.required([...path, 'value']);
    }
  });
}

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal */
function validateModal(data: unknown, errors: FormErrors): void {
  if (!isRecord(data)) {
    errors.required(['data']);
    return;
  }
  const customId = data['custom_id'];
  if (typeof customId !== 'string' || textLength(customId) < CUSTOM_ID_MIN || textLength(customId) > CUSTOM_ID_MAX) {
    errors.badLength(['data', 'custom_id'], CUSTOM_ID_MIN, CUSTOM_ID_MAX);
  }
  const title = data['title'];
  if (typeof title !== 'string' || title === '') errors.required(['data', 'title']);
  else if (textLength(title) > MODAL_TITLE_MAX) errors.maxLength(['data', 'title'], MODAL_TITLE_MAX);
  const components = data['components'];
  if (!Array.isArray(components) || components.length === 0 || components.length > 5) {
    errors.badLength(['data', 'components'], 1, 5);
  }
}
