// `help`: every subcommand with what it answers, straight from the command definition.
import { MESSAGES } from '../../core/messages.js';
import type { Reply } from '../../core/reply.js';
import { COMMAND_NAME, SUBCOMMANDS } from '../caseCommand.js';

export function helpHandler(): Reply {
  const entries = SUBCOMMANDS.map((sub) => ({
    usage: [`/${COMMAND_NAME} ${sub.name}`, ...sub.options.map((o) => (o.required ? `${o.name}:<text>` : `[${o.name}:<text>]`))].join(' '),
    description: sub.description,
  }));
  return { kind: 'help', title: MESSAGES.titles.help, entries };
}
