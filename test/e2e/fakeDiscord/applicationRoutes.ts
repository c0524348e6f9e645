// REST routes a bot calls with its token: gateway discovery, its own user and application, and
// command registration (global and per guild).
// https://discord.com/developers/docs/interactions/application-commands#endpoints

import { API_ERRORS, FormErrors } from './apiErrors.js';
import { GLOBAL_SCOPE } from './commandStore.js';
import { APPLICATION_FLAGS } from './gatewayPayloads.js';
import { isRecord } from './guards.js';
import type { RestContext } from './restContext.js';
import { fromError, type RestRequest, type RestResult, type Route } from './restRouter.js';
import { validateCommand, validateCommandList } from './validateCommands.js';
import { findGuild } from './world.js';

/** https://discord.com/developers/docs/events/gateway#session-start-limit-object */
const SESSION_START_LIMIT = { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 };

export function applicationRoutes(context: RestContext): Route[] {
  const { world } = context;
  return [
    { method: 'GET', path: '/gateway', auth: false, handle: () => ok({ url: context.gatewayUrl() }) },
    {
      method: 'GET',
      path: '/gateway/bot',
      auth: true,
      handle: () => ok({ url: context.gatewayUrl(), shards: 1, session_start_limit: SESSION_START_LIMIT }),
    },
    { method: 'GET', path: '/users/@me', auth: true, handle: () => ok({ ...world.bot, verified: true, mfa_enabled: false }) },
    {
      method: 'GET',
      path: '/applications/@me',
      auth: true,
      handle: () =>
        ok({
          id: world.applicationId,
          name: world.bot.username,
          icon: null,
          description: '',
          summary: '',
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: APPLICATION_FLAGS,
          team: null,
          bot: world.bot,
        }),
    },
    ...commandRoutes(context, '/applications/:applicationId/commands'),
    ...commandRoutes(context, '/applications/:applicationId/guilds/:guildId/commands'),
  ];
}

function commandRoutes(context: RestContext, base: string): Route[] {
  const { commands } = context;
  /** Resolves the scope, or the error for a foreign application or a guild the bot is not in. */
  const scoped = (handler: (scope: string, request: RestRequest) => RestResult) => (request: RestRequest): RestResult => {
    if (request.params['applicationId'] !== context.world.applicationId) return fromError(API_ERRORS.unknownApplication);
    const guildId = request.params['guildId'];
    if (guildId !== undefined && !findGuild(context.world, guildId)) return fromError(API_ERRORS.missingAccess);
    return handler(guildId ?? GLOBAL_SCOPE, request);
  };
  return [
    { method: 'GET', path: base, auth: true, handle: scoped(scope => ok(commands.list(scope).map(command => command.json))) },
    {
      method: 'PUT',
      path: base,
      auth: true,
      handle: scoped((scope, request) => {
        const errors = new FormErrors();
        validateCommandList(request.body.json, errors);
        if (!errors.isEmpty || !Array.isArray(request.body.json)) return fromError(errors.toApiError());
        return ok(commands.overwrite(scope, request.body.json.filter(isRecord)).map(command => command.json));
      }),
    },
    {
      method: 'POST',
      path: base,
      auth: true,
      handle: scoped((scope, request) => {
        const errors = new FormErrors();
        validateCommand(request.body.json, errors, []);
        if (!errors.isEmpty || !isRecord(request.body.json)) return fromError(errors.toApiError());
        const { command, created } = commands.upsert(scope, request.body.json);
        return { status: created ? 201 : 200, body: command.json };
      }),
    },
    {
      method: 'GET',
      path: `${base}/:commandId`,
      auth: true,
      handle: scoped((scope, request) => {
        const command = commands.get(scope, request.params['commandId'] ?? '');
        return command ? ok(command.json) : fromError(API_ERRORS.unknownCommand);
      }),
    },
    {
      method: 'PATCH',
      path: `${base}/:commandId`,
      auth: true,
      handle: scoped((scope, request) => {
        const existing = commands.get(scope, request.params['commandId'] ?? '');
        if (!existing) return fromError(API_ERRORS.unknownCommand);
        const merged = { ...existing.json, ...(isRecord(request.body.json) ? request.body.json : {}) };
        const errors = new FormErrors();
        validateCommand(merged, errors, []);
        if (!errors.isEmpty) return fromError(errors.toApiError());
        const command = commands.patch(scope, existing.id, merged);
        return command ? ok(command.json) : fromError(API_ERRORS.unknownCommand);
      }),
    },
    {
      method: 'DELETE',
      path: `${base}/:commandId`,
      auth: true,
      handle: scoped((scope, request) =>
        commands.delete(scope, request.params['commandId'] ?? '') ? { status: 204 } : fromError(API_ERRORS.unknownCommand),
      ),
    },
  ];
}

function ok(body: unknown): RestResult {
  return { status: 200, body };
}
