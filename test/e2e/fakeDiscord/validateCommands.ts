// Checks application command registrations (bulk overwrite, create, edit) like Discord does.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object

import { ApplicationCommandType } from 'discord.js';
import type { FieldPath, FormErrors } from './apiErrors.js';
import { isPresent, isRecord, type JsonRecord } from './guards.js';
import { checkDescription, checkName } from './commandText.js';
import { CHAT_INPUT_COMMANDS_MAX, COMMAND_TOTAL_TEXT_MAX, CONTEXT_MENU_COMMANDS_MAX } from './limits.js';
import { validateOptions } from './validateOptions.js';

const COMMAND_TYPES = new Set<number>([ApplicationCommandType.ChatInput, ApplicationCommandType.User, ApplicationCommandType.Message]);

export function commandType(command: JsonRecord): number {
  return typeof command['type'] === 'number' ? command['type'] : ApplicationCommandType.ChatInput;
}

/** PUT bodies: every command valid, names unique per type, counts within the per-type caps. */
export function validateCommandList(body: unknown, errors: FormErrors): void {
  if (!Array.isArray(body)) {
    errors.wrongType([], 'an array');
    return;
  }
  const namesByType = new Map<number, Set<string>>();
  body.forEach((command, index) => {
    validateCommand(command, errors, [index]);
    if (!isRecord(command) || typeof command['name'] !== 'string') return;
    const names = namesByType.get(commandType(command)) ?? new Set<string>();
    if (names.has(command['name'])) {
      errors.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    }
    names.add(command['name']);
    namesByType.set(commandType(command), names);
  });
  for (const [type, names] of namesByType) {
    const max = type === ApplicationCommandType.ChatInput ? CHAT_INPUT_COMMANDS_MAX : CONTEXT_MENU_COMMANDS_MAX;
    if (names.size > max) errors.maxLength([], max);
  }
}

export function validateCommand(command: unknown, errors: FormErrors, path: FieldPath): void {
  if (!isRecord(command)) {
    errors.wrongType(path, 'an object');
    return;
  }
  const type = commandType(command);
  if (!COMMAND_TYPES.has(type)) errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3).');
  const chatInput = type === ApplicationCommandType.ChatInput;
  let total = checkName(command['name'], chatInput, errors, [...path, 'name']);
  if (chatInput) {
    total += checkDescription(command['description'], errors, [...path, 'description']);
    if (isPresent(command['options'])) total += validateOptions(command['options'], 'command', errors, [...path, 'options']);
  } else if (isPresent(command['description']) && command['description'] !== '') {
    errors.add([...path, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have a description.');
  } else if (isPresent(command['options'])) {
    errors.add([...path, 'options'], 'APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS', 'Context menu commands cannot have options.');
  }
  const permissions = command['default_member_permissions'];
  if (isPresent(permissions) && !(typeof permissions === 'string' && /^\d+$/.test(permissions))) {
    errors.wrongType([...path, 'default_member_permissions'], 'a permission bit set as a string');
  }
  if (total > COMMAND_TOTAL_TEXT_MAX) {
    errors.add(path, 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${COMMAND_TOTAL_TEXT_MAX})`);
  }
}
