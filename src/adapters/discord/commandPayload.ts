// The /case definition as Discord's registration JSON, built from the one definition in commands/caseCommand.ts.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMAND_DESCRIPTION, COMMAND_NAME, SUBCOMMANDS } from '../../commands/caseCommand.js';

export function caseCommandPayload(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: COMMAND_DESCRIPTION,
    options: SUBCOMMANDS.map((sub) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: sub.name,
      description: sub.description,
      options: sub.options.map((o) => ({
        type: ApplicationCommandOptionType.String,
        name: o.name,
        description: o.description,
        required: o.required,
        max_length: o.maxLength,
        autocomplete: o.autocomplete,
      })),
    })),
  };
}
