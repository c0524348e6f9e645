// Turns a test's `{ subcommand, options }` into the option tree Discord sends, typed from the
// registered command so tests cannot invoke options the real command does not have.

import { ApplicationCommandOptionType as O } from 'discord.js';
import type { OptionSpec, StoredCommand } from './commandStore.js';

export type OptionValue = string | number | boolean;

/** One entry of `data.options` as Discord sends it. */
export interface InvocationOption {
  type: number;
  name: string;
  value?: OptionValue;
  focused?: boolean;
  options?: InvocationOption[];
}

export interface OptionRequest {
  subcommandGroup?: string | undefined;
  subcommand?: string | undefined;
  options?: Readonly<Record<string, OptionValue>> | undefined;
  /** Autocomplete: the option being typed and the partial text so far. */
  focused?: { name: string; value: string } | undefined;
}

/** Throws when the request could not come from Discord's UI for this command. */
export function buildInvocationOptions(command: StoredCommand | undefined, request: OptionRequest): InvocationOption[] {
  let specs = command?.options;
  const wrap: Array<{ type: number; name: string }> = [];
  for (const [kind, name] of [[O.SubcommandGroup, request.subcommandGroup], [O.Subcommand, request.subcommand]] as const) {
    if (name === undefined) continue;
    const spec = specs?.find(option => option.name === name && option.type === kind);
    if (specs && !spec) throw new Error(`/${command?.name} has no ${kind === O.Subcommand ? 'subcommand' : 'group'} "${name}"`);
    wrap.push({ type: kind, name });
    specs = spec?.options;
  }
  if (specs?.some(option => option.type === O.Subcommand || option.type === O.SubcommandGroup)) {
    throw new Error(`/${command?.name} has subcommands and cannot be used bare`);
  }
  const leaves = buildLeaves(specs, request);
  return wrap.reduceRight<InvocationOption[]>((inner, level) => [{ ...level, options: inner }], leaves);
}

function buildLeaves(specs: OptionSpec[] | undefined, request: OptionRequest): InvocationOption[] {
  const values = Object.entries(request.options ?? {});
  const leaves = values.map(([name, value]): InvocationOption => {
    const spec = specs?.find(option => option.name === name);
    if (specs && !spec) throw new Error(`the command has no option "${name}"`);
    const type = spec?.type ?? inferType(value);
    checkValue(spec, type, name, value);
    return { type, name, value };
  });
  const focused = request.focused;
  if (focused) {
    const spec = specs?.find(option => option.name === focused.name);
    if (specs && !spec?.autocomplete) throw new Error(`option "${focused.name}" does not have autocomplete enabled`);
    // While typing, Discord sends the raw text even for number options.
    leaves.push({ type: spec?.type ?? O.String, name: focused.name, value: focused.value, focused: true });
  } else {
    const missing = specs?.filter(option => option.required && !values.some(([name]) => name === option.name)) ?? [];
    if (missing.length > 0) throw new Error(`required option(s) missing: ${missing.map(option => option.name).join(', ')}`);
  }
  return leaves;
}

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return O.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? O.Integer : O.Number;
  return O.String;
}

function checkValue(spec: OptionSpec | undefined, type: number, name: string, value: OptionValue): void {
  const expected = type === O.Boolean ? 'boolean' : type === O.Integer || type === O.Number ? 'number' : 'string';
  if (typeof value !== expected) throw new Error(`option "${name}" needs a ${expected}, got ${JSON.stringify(value)}`);
  if (type === O.Integer && !Number.isInteger(value)) throw new Error(`option "${name}" needs an integer`);
  if (spec && spec.choices.length > 0 && !spec.choices.includes(typeof value === 'boolean' ? String(value) : value)) {
    throw new Error(`option "${name}" only accepts its choices (${spec.choices.join(', ')})`);
  }
}
