// Entry point of `npm run start:http`: the HTTP interactions endpoint. Exit 1 on bad config or data;
// on SIGTERM/SIGINT it stops accepting, finishes the requests in flight, and exits 0.
import { closeGracefully, createInteractionServer } from '../adapters/http/interactionServer.js';
import { publicKeyFromHex } from '../adapters/http/verifySignature.js';
import { httpEnvSchema } from '../config.js';
import { createLogger } from '../log.js';
import { configOrExit, contextOrExit, interactionServices, stopOnSignals, warnAboutVariables } from './startup.js';

const config = configOrExit(httpEnvSchema);
const logger = createLogger({ level: config.LOG_LEVEL });
const server = createInteractionServer({
  publicKey: publicKeyFromHex(config.DISCORD_PUBLIC_KEY),
  services: interactionServices(contextOrExit(config.CASE_DIR), config),
  logger,
});
warnAboutVariables(logger);
stopOnSignals(logger, () => closeGracefully(server));

server.on('error', (error) => {
  logger.error('server error', { error });
  process.exit(1);
});
server.listen(config.PORT, config.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  logger.info('listening', { url: `http://${config.HOST}:${port}/interactions`, health: '/healthz' });
});
