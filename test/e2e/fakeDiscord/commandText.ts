// Name and description rules shared by commands and their options.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming

import type { FieldPath, FormErrors } from './apiErrors.js';
import { textLength } from './guards.js';
import { COMMAND_DESCRIPTION_MAX, COMMAND_DESCRIPTION_MIN, COMMAND_NAME_MAX, COMMAND_NAME_PATTERN } from './limits.js';

/** Chat-input names must match the documented pattern and use lowercase where a letter has one. */
export function checkName(name: unknown, chatInput: boolean, errors: FormErrors, path: FieldPath): number {
  if (typeof name !== 'string' || name === '') {
    errors.required(path);
    return 0;
  }
  const length = textLength(name);
  if (length > COMMAND_NAME_MAX) errors.badLength(path, 1, COMMAND_NAME_MAX);
  else if (chatInput && (!COMMAND_NAME_PATTERN.test(name) || name.toLowerCase() !== name)) {
    errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  return length;
}

export function checkDescription(description: unknown, errors: FormErrors, path: FieldPath): number {
  if (typeof description !== 'string' || description === '') {
    errors.required(path);
    return 0;
  }
  const length = textLength(description);
  if (length < COMMAND_DESCRIPTION_MIN || length > COMMAND_DESCRIPTION_MAX) {
    errors.badLength(path, COMMAND_DESCRIPTION_MIN, COMMAND_DESCRIPTION_MAX);
  }
  return length;
}
