// Registers /case by bulk overwrite (idempotent): in one server when a guild id is given (shows at once),
// otherwise globally. Never registers both, which would show the command twice.
import { REST, Routes } from 'discord.js';
import { caseCommandPayload } from './commandPayload.js';

export interface DeployTarget {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string | undefined;
  readonly apiUrl?: string | undefined;
}

export interface DeployResult {
  readonly scope: string;
  readonly registered: readonly { readonly name: string; readonly subcommands: readonly string[] }[];
}

function namesOf(value: unknown): { name: string; subcommands: string[] }[] {
  if (!Array.isArray(value)) return [];
  return value.map((command: unknown) => {
    const record = typeof command === 'object' && command !== null ? command : {};
    const name = 'name' in record && typeof record.name === 'string' ? record.name : '?';
    const options = 'options' in record && Array.isArray(record.options) ? record.options : [];
    const subcommands = options.map((o: unknown) => (typeof o === 'object' && o !== null && 'name' in o && typeof o.name === 'string' ? o.name : '?'));
    return { name, subcommands };
  });
}

export async function deployCommands({ token, applicationId, guildId, apiUrl }: DeployTarget): Promise<DeployResult> {
  const rest = new REST(apiUrl === undefined ? {} : { api: apiUrl }).setToken(token);
  const route = guildId === undefined ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
  const response: unknown = await rest.put(route, { body: [caseCommandPayload()] });
  return { scope: guildId === undefined ? 'globally (may take up to an hour to appear)' : `in server ${guildId}`, registered: namesOf(response) };
}
