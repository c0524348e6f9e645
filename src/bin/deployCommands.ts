// Entry point of `npm run deploy-commands`: registers /case and prints what Discord registered. Exit 1 on failure.
import { deployCommands } from '../adapters/discord/deployCommands.js';
import { deployEnvSchema } from '../config.js';
import { createLogger } from '../log.js';
import { configOrExit } from './startup.js';

const config = configOrExit(deployEnvSchema);
const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
try {
  const result = await deployCommands({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_CLIENT_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL });
  for (const command of result.registered) console.log(`Registered /${command.name} ${result.scope}: ${command.subcommands.join(', ')}`);
} catch (error) {
  logger.error('registering commands failed', { error });
  process.exitCode = 1;
}
