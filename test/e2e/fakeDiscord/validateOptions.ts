// Checks command options: nesting of subcommands, order, choices and autocomplete rules.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure

import { ApplicationCommandOptionType as O } from 'discord.js';
import type { FieldPath, FormErrors } from './apiErrors.js';
import { isPresent, isRecord, textLength, type JsonRecord } from './guards.js';
import { checkDescription, checkName } from './commandText.js';
import {
  CHOICE_NAME_MAX,
  CHOICE_NAME_MIN,
  CHOICE_STRING_VALUE_MAX,
  COMMAND_CHOICES_MAX,
  COMMAND_OPTION_STRING_LENGTH_MAX,
  COMMAND_OPTIONS_MAX,
} from './limits.js';

/** Where an option list sits decides what it may hold. */
export type OptionLevel = 'command' | 'group' | 'subcommand';

const NESTING_TYPES = new Set<number>([O.Subcommand, O.SubcommandGroup]);
const CHOICE_TYPES = new Set<number>([O.String, O.Integer, O.Number]);

/** Returns the characters these options add to the command's 8000-character total. */
export function validateOptions(options: unknown, level: OptionLevel, errors: FormErrors, path: FieldPath): number {
  if (!Array.isArray(options)) {
    errors.wrongType(path, 'an array');
    return 0;
  }
  if (options.length > COMMAND_OPTIONS_MAX) errors.maxLength(path, COMMAND_OPTIONS_MAX);
  const records = options.filter(isRecord);
  const nesting = records.filter(option => NESTING_TYPES.has(Number(option['type']))).length;
  // A command either branches into subcommands or takes plain options, never both.
  if (nesting > 0 && nesting < records.length) {
    errors.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
  }
  const names = new Set<string>();
  let seenOptional = false;
  let total = 0;
  options.forEach((option, index) => {
    const optionPath = [...path, index];
    if (!isRecord(option)) return errors.wrongType(optionPath, 'an object');
    total += validateOption(option, level, errors, optionPath);
    const name = option['name'];
    if (typeof name === 'string') {
      if (names.has(name)) errors.add([...optionPath, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(name);
    }
    if (option['required'] === true && seenOptional) {
      errors.add([...optionPath, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option['required'] !== true && !NESTING_TYPES.has(Number(option['type']))) seenOptional = true;
  });
  return total;
}

function validateOption(option: JsonRecord, level: OptionLevel, errors: FormErrors, path: FieldPath): number {
  const type = Number(option['type']);
  if (!Number.isInteger(type) || type < O.Subcommand || type > O.Attachment) {
    errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).');
  }
  const allowedHere = level === 'command' || (level === 'group' ? type === O.Subcommand : !NESTING_TYPES.has(type));
  if (!allowedHere) {
    errors.add([...path, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', `Option type ${type} cannot be nested here`);
  }
  let total = checkName(option['name'], true, errors, [...path, 'name']);
  total += checkDescription(option['description'], errors, [...path, 'description']);
  if (NESTING_TYPES.has(type) && isPresent(option['options'])) {
    total += validateOptions(option['options'], type === O.SubcommandGroup ? 'group' : 'subcommand', errors, [...path, 'options']);
  }
  if (isPresent(option['choices'])) total += validateChoices(option, type, errors, path);
  if (option['autocomplete'] === true) {
    if (!CHOICE_TYPES.has(type)) errors.add([...path, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID', 'Autocomplete is only allowed on string, integer and number options');
    if (Array.isArray(option['choices']) && option['choices'].length > 0) {
      errors.add([...path, 'autocomplete'], 'APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES_EXCLUSIVE', 'Autocomplete and choices are mutually exclusive');
    }
  }
  for (const [key, min] of [['min_length', 0], ['max_length', 1]] as const) {
    const value = option[key];
    if (!isPresent(value)) continue;
    if (type !== O.String) errors.add([...path, key], 'APPLICATION_COMMAND_OPTION_INVALID', `${key} is only valid on string options`);
    else if (!Number.isInteger(value) || Number(value) < min || Number(value) > COMMAND_OPTION_STRING_LENGTH_MAX) {
      errors.add([...path, key], 'NUMBER_TYPE_OUT_OF_RANGE', `Must be between ${min} and ${COMMAND_OPTION_STRING_LENGTH_MAX}.`);
    }
  }
  return total;
}

function validateChoices(option: JsonRecord, type: number, errors: FormErrors, path: FieldPath): number {
  const choices = option['choices'];
  if (!CHOICE_TYPES.has(type)) {
    errors.add([...path, 'choices'], 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID', 'Choices are only allowed on string, integer and number options');
  }
  if (!Array.isArray(choices)) {
    errors.wrongType([...path, 'choices'], 'an array');
    return 0;
  }
  if (choices.length > COMMAND_CHOICES_MAX) errors.maxLength([...path, 'choices'], COMMAND_CHOICES_MAX);
  let total = 0;
  choices.forEach((choice, index) => {
    const choicePath = [...path, 'choices', index];
    if (!isRecord(choice)) return errors.wrongType(choicePath, 'an object');
    const name = choice['name'];
    if (typeof name !== 'string' || textLength(name) < CHOICE_NAME_MIN || textLength(name) > CHOICE_NAME_MAX) {
      errors.badLength([...choicePath, 'name'], CHOICE_NAME_MIN, CHOICE_NAME_MAX);
    } else total += textLength(name);
    const value = choice['value'];
    if (type === O.String) {
      if (typeof value !== 'string') errors.wrongType([...choicePath, 'value'], 'a string');
      else if (textLength(value) > CHOICE_STRING_VALUE_MAX) errors.maxLength([...choicePath, 'value'], CHOICE_STRING_VALUE_MAX);
      else total += textLength(value);
    } else if (typeof value !== 'number' || (type === O.Integer && !Number.isInteger(value))) {
      errors.wrongType([...choicePath, 'value'], type === O.Integer ? 'an integer' : 'a number');
    } else total += String(value).length;
  });
  return total;
}
