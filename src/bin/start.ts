// Entry point of `npm start`: the gateway bot. Exit 1 on bad config, bad data or a refused login; 0 on SIGINT/SIGTERM.
import { createGatewayBot } from '../adapters/discord/gatewayBot.js';
import { gatewayEnvSchema } from '../config.js';
import { createLogger } from '../log.js';
import { configOrExit, contextOrExit, interactionServices, stopOnSignals, warnAboutVariables } from './startup.js';

const config = configOrExit(gatewayEnvSchema);
const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
const bot = createGatewayBot({
  token: config.DISCORD_TOKEN,
  apiUrl: config.DISCORD_API_URL,
  services: interactionServices(contextOrExit(config.CASE_DIR), config),
  logger,
});
warnAboutVariables(logger);
stopOnSignals(logger, () => bot.stop());

try {
  await bot.start();
} catch (error) {
  logger.error('login failed: check DISCORD_TOKEN and DISCORD_API_URL', { error });
  await bot.stop();
  process.exit(1);
}
