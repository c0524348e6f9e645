// Entry point of `npm start`: the gateway bot. Exit 1 on bad config, bad data or a refused login; 0 on SIGINT/SIGTERM.
import { createGatewayBot } from '../adapters/discord/gatewayBot.js';
import { gatewayEnvSchema } from '../config.js';
import { createAnswerCache } from '../adapters/discord/answerCache.js';
import { createLogger } from '../log.js';
import { buildQuestionSuggester } from '../search/suggestQuestions.js';
import { configOrExit, contextOrExit } from './startup.js';

const config = configOrExit(gatewayEnvSchema);
const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
const context = contextOrExit();
const bot = createGatewayBot({
  token: config.DISCORD_TOKEN,
  apiUrl: config.DISCORD_API_URL,
  services: { context, suggest: buildQuestionSuggester(context.pack, context.index), cache: createAnswerCache(config.ANSWER_CACHE_SIZE) },
  logger,
});

let stopping = false;
const shutdown = (signal: NodeJS.Signals): void => {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  bot.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error('shutdown failed', { error });
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

try {
  await bot.start();
} catch (error) {
  logger.error('login failed: check DISCORD_TOKEN and DISCORD_API_URL', { error });
  await bot.stop();
  process.exit(1);
}
