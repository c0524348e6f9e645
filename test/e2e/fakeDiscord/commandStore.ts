// Registered application commands per scope (global or one guild), kept as Discord echoes them.
// https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands

import { commandType } from './validateCommands.js';
import { isRecord, type JsonRecord } from './guards.js';
import { nextSnowflake } from './snowflake.js';

/** An option as the server needs it to build invocations; parsed from a validated body. */
export interface OptionSpec {
  type: number;
  name: string;
  required: boolean;
  autocomplete: boolean;
  choices: Array<string | number>;
  options: OptionSpec[];
}

export interface StoredCommand {
  id: string;
  type: number;
  name: string;
  guildId: string | null;
  options: OptionSpec[];
  /** The object returned to the client: the registered body plus Discord's generated fields. */
  json: JsonRecord;
}

export const GLOBAL_SCOPE = 'global';

export class CommandStore {
  private readonly scopes = new Map<string, StoredCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(scope: string): StoredCommand[] {
    return this.scopes.get(scope) ?? [];
  }

  /** Bulk overwrite keeps the id of a command whose name and type are unchanged, as Discord does. */
  overwrite(scope: string, bodies: JsonRecord[]): StoredCommand[] {
    const previous = this.list(scope);
    const next = bodies.map(body => {
      const same = previous.find(command => command.name === body['name'] && command.type === commandType(body));
      return this.build(scope, body, same?.id ?? nextSnowflake());
    });
    this.scopes.set(scope, next);
    return next;
  }

  /** POST is an upsert by name and type; returns whether the command is new (201) or replaced (200). */
  upsert(scope: string, body: JsonRecord): { command: StoredCommand; created: boolean } {
    const commands = this.list(scope);
    const index = commands.findIndex(command => command.name === body['name'] && command.type === commandType(body));
    const existing = index >= 0 ? commands[index] : undefined;
    const command = this.build(scope, body, existing?.id ?? nextSnowflake());
    if (index >= 0) commands[index] = command;
    else commands.push(command);
    this.scopes.set(scope, commands);
    return { command, created: index < 0 };
  }

  get(scope: string, id: string): StoredCommand | undefined {
    return this.list(scope).find(command => command.id === id);
  }

  patch(scope: string, id: string, body: JsonRecord): StoredCommand | undefined {
    const existing = this.get(scope, id);
    if (!existing) return undefined;
    const merged = { ...existing.json, ...body };
    const command = this.build(scope, merged, id);
    this.scopes.set(scope, this.list(scope).map(item => (item.id === id ? command : item)));
    return command;
  }

  delete(scope: string, id: string): boolean {
    const commands = this.list(scope);
    const remaining = commands.filter(command => command.id !== id);
    this.scopes.set(scope, remaining);
    return remaining.length !== commands.length;
  }

  /** The chat-input command a user would see in this guild: guild scope first, then global. */
  findChatInput(name: string, guildId: string): StoredCommand | undefined {
    const matches = (command: StoredCommand): boolean => command.name === name && command.type === 1;
    return this.list(guildId).find(matches) ?? this.list(GLOBAL_SCOPE).find(matches);
  }

  private build(scope: string, body: JsonRecord, id: string): StoredCommand {
    const guildId = scope === GLOBAL_SCOPE ? null : scope;
    const type = commandType(body);
    const json: JsonRecord = {
      default_member_permissions: null,
      nsfw: false,
      ...body,
      id,
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : { integration_types: body['integration_types'] ?? [0], contexts: body['contexts'] ?? null }),
      type,
      description: typeof body['description'] === 'string' ? body['description'] : '',
      version: nextSnowflake(),
    };
    return { id, type, name: String(body['name']), guildId, options: parseOptions(body['options']), json };
  }
}

function parseOptions(options: unknown): OptionSpec[] {
  if (!Array.isArray(options)) return [];
  return options.filter(isRecord).map(option => ({
    type: Number(option['type']),
    name: String(option['name']),
    required: option['required'] === true,
    autocomplete: option['autocomplete'] === true,
    choices: Array.isArray(option['choices'])
      ? option['choices'].filter(isRecord).flatMap(choice => {
          const value = choice['value'];
          return typeof value === 'string' || typeof value === 'number' ? [value] : [];
        })
      : [],
    options: parseOptions(option['options']),
  }));
}
