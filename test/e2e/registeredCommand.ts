// What Discord lists for /case after `deploy-commands`, compared with the one definition in src/commands.
// The fake server already refused anything outside Discord's limits; this checks it accepted the right thing.
import { expect } from 'vitest';
import { z } from 'zod';
import { COMMAND_NAME, SUBCOMMANDS } from '../../src/commands/caseCommand.js';
import { QUESTION_MAX_LENGTH } from '../../src/core/limits.js';
import type { FakeDiscord } from './fakeDiscord/fakeDiscord.js';

const SUBCOMMAND = 1;
const STRING = 3;
const optionSchema = z.object({
  type: z.number(),
  name: z.string(),
  description: z.string(),
  required: z.boolean().optional(),
  max_length: z.number().optional(),
  autocomplete: z.boolean().optional(),
});
const commandSchema = z.object({ type: z.literal(1), name: z.string(), options: z.array(optionSchema.extend({ options: z.array(optionSchema).optional() })) });

export function expectCaseCommandRegistered(server: FakeDiscord): void {
  const puts = server.received.filter((request) => request.method === 'PUT' && request.path.endsWith(`/guilds/${server.guildId}/commands`));
  expect(puts.map((request) => request.status)).toEqual([200]);
  expect(server.registeredCommands()).toEqual([]);

  const listed = server.registeredCommands(server.guildId).map((command) => commandSchema.parse(command));
  expect(listed.map((command) => command.name)).toEqual([COMMAND_NAME]);
  const subcommands = listed[0]?.options ?? [];
  expect(subcommands.map((sub) => ({ type: sub.type, name: sub.name }))).toEqual(SUBCOMMANDS.map((sub) => ({ type: SUBCOMMAND, name: sub.name })));
  const typed = (name: string) => subcommands.find((sub) => sub.name === name)?.options;
  expect(typed('ask')).toEqual([expect.objectContaining({ type: STRING, name: 'question', required: true, max_length: QUESTION_MAX_LENGTH, autocomplete: true })]);
  expect(typed('quote')).toEqual([expect.objectContaining({ type: STRING, name: 'search', required: false, max_length: QUESTION_MAX_LENGTH, autocomplete: true })]);
}
