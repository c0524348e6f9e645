// Parses an invocation's arguments with zod and routes it through the compiler-checked handler table.
import { z } from 'zod';
import { MESSAGES } from '../core/messages.js';
import type { Reply } from '../core/reply.js';
import type { CaseContext } from './caseContext.js';
import { SUBCOMMANDS, type SubcommandName } from './caseCommand.js';
import { askHandler } from './handlers/ask.js';
import { helpHandler } from './handlers/help.js';
import { quoteHandler } from './handlers/quote.js';
import { sourceHandler } from './handlers/source.js';
import { timelineHandler } from './handlers/timeline.js';
import { topicHandler } from './handlers/topic.js';

/** What any door (gateway, HTTP, CLI) hands the core: a subcommand name and its raw option values. */
export interface Invocation {
  readonly subcommand: string;
  readonly options: Readonly<Record<string, unknown>>;
}

type Route = (context: CaseContext, options: Readonly<Record<string, unknown>>) => Reply;

/** Pairs an argument schema with its handler, so each handler receives exactly the arguments its schema parsed. */
function route<S extends z.ZodType>(schema: S, handle: (context: CaseContext, args: z.infer<S>) => Reply): Route {
  return (context, options) => {
    const parsed = schema.safeParse(options);
    if (parsed.success) return handle(context, parsed.data);
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ');
    return { kind: 'invalid', message: MESSAGES.badArguments(details) };
  };
}

const noOptions = z.strictObject({});

// Question length is checked by validateQuestion, with a friendlier message than a schema error would give.
const ROUTES: Record<SubcommandName, Route> = {
  'who-sued': route(noOptions, (c) => topicHandler(c, 'filing', MESSAGES.titles['who-sued'])),
  timeline: route(noOptions, (c) => timelineHandler(c)),
  ask: route(z.strictObject({ question: z.string() }), (c, a) => askHandler(c, a.question)),
  claims: route(noOptions, (c) => topicHandler(c, 'claims', MESSAGES.titles.claims)),
  amazon: route(noOptions, (c) => topicHandler(c, 'amazon-side', MESSAGES.titles.amazon)),
  relief: route(noOptions, (c) => topicHandler(c, 'relief', MESSAGES.titles.relief)),
  context: route(noOptions, (c) => topicHandler(c, 'context', MESSAGES.titles.context)),
  quote: route(z.strictObject({ search: z.string().optional() }), (c, a) => quoteHandler(c, a.search)),
  source: route(noOptions, (c) => sourceHandler(c)),
  help: route(noOptions, () => helpHandler()),
};

const NAMES = new Set<string>(SUBCOMMANDS.map((s) => s.name));

function isSubcommand(name: string): name is SubcommandName {
  return NAMES.has(name);
}

/** Runs one invocation. Expected misses and bad input come back as ordinary replies, never as exceptions. */
export function dispatch(context: CaseContext, invocation: Invocation): Reply {
  if (!isSubcommand(invocation.subcommand)) return { kind: 'invalid', message: MESSAGES.unknownSubcommand(invocation.subcommand) };
  return ROUTES[invocation.subcommand](context, invocation.options);
}
