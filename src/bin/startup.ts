// Start-up steps the entry points share: read .env, parse config, load the case pack; any failure exits 1
// with a message naming the variable or the file, entry and field.
import dotenv from 'dotenv';
import type { z } from 'zod';
import { createAnswerCache } from '../adapters/discord/answerCache.js';
import type { InteractionServices } from '../adapters/discord/handleInteraction.js';
import { type CaseContext, loadCaseContext } from '../commands/caseContext.js';
import { configWarnings, parseConfig, type RateLimitConfig } from '../config.js';
import { createRateLimiter } from '../core/rateLimiter.js';
import { CasePackError } from '../data/dataProblem.js';
import type { Logger } from '../log.js';
import { buildQuestionSuggester } from '../search/suggestQuestions.js';

export function configOrExit<S extends z.ZodType>(schema: S): z.infer<S> {
  // Variables already set in the environment win over .env (dotenv's default), so tests and CI can override.
  dotenv.config({ quiet: true });
  const parsed = parseConfig(schema, process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(1);
  }
  return parsed.config;
}

export function contextOrExit(directory?: string): CaseContext {
  try {
    return loadCaseContext(directory);
  } catch (error) {
    if (!(error instanceof CasePackError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

// Users remembered by each rate limiter; beyond it the least recently seen starts afresh.
const RATE_LIMIT_TRACKED_USERS = 50_000;

/** Logs a warning for each variable that looks meant for casebot but is not read (name only, never value). */
export function warnAboutVariables(logger: Logger): void {
  for (const warning of configWarnings(process.env)) logger.warn('configuration', { warning });
}

/** What the gateway bot and the HTTP endpoint answer with: the case, autocomplete, the answer memo, the limits. */
export function interactionServices(context: CaseContext, config: RateLimitConfig & { readonly ANSWER_CACHE_SIZE: number }): InteractionServices {
  const windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  const limiter = (limit: number) => createRateLimiter({ limit, windowMs, maxTracked: RATE_LIMIT_TRACKED_USERS });
  return {
    context,
    suggest: buildQuestionSuggester(context.pack, context.index),
    cache: createAnswerCache(config.ANSWER_CACHE_SIZE),
    limits: { search: limiter(config.SEARCH_RATE_LIMIT), autocomplete: limiter(config.AUTOCOMPLETE_RATE_LIMIT) },
  };
}

/** On the first SIGINT or SIGTERM: log, run `stop`, exit 0 (1 if stopping failed). Unhandled rejections are logged. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    stop().then(
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
}
