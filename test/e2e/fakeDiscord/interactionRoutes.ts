// REST routes authenticated by an interaction token: the initial callback, then edits and
// follow-ups through the application's webhook, with Discord's timing and acknowledgement rules.
// https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction

import { MessageFlags } from 'discord.js';
import { API_ERRORS, FormErrors, type ApiError } from './apiErrors.js';
import { newMessageInput, respondToCallback } from './callbackResponse.js';
import { isRecord } from './guards.js';
import { InteractionRecord } from './interactionRecord.js';
import type { RestContext } from './restContext.js';
import { fromError, type RestRequest, type RestResult, type Route } from './restRouter.js';
import { validateCallback } from './validateCallback.js';
import { isEmptyMessage, validateMessage } from './validateMessage.js';

export function interactionRoutes(context: RestContext): Route[] {
  const webhook = '/webhooks/:applicationId/:token';
  return [
    { method: 'POST', path: '/interactions/:interactionId/:token/callback', auth: false, handle: request => callback(context, request) },
    { method: 'POST', path: webhook, auth: false, handle: request => followUp(context, request) },
    { method: 'GET', path: `${webhook}/messages/:messageId`, auth: false, handle: request => webhookMessage(context, request, 'get') },
    { method: 'PATCH', path: `${webhook}/messages/:messageId`, auth: false, handle: request => webhookMessage(context, request, 'edit') },
    { method: 'DELETE', path: `${webhook}/messages/:messageId`, auth: false, handle: request => webhookMessage(context, request, 'delete') },
  ];
}

function callback(context: RestContext, request: RestRequest): RestResult {
  const record = context.ledger.findByToken(request.params['token'] ?? '');
  if (!record || record.id !== request.params['interactionId']) return fromError(API_ERRORS.unknownInteraction);
  const body = request.body.json;
  const type = isRecord(body) && typeof body['type'] === 'number' ? body['type'] : undefined;
  const data = isRecord(body) ? body['data'] : undefined;
  const refuse = (error: ApiError): RestResult => {
    context.ledger.add(record, { at: request.receivedAt, kind: 'callback', type, data, files: request.body.files, status: error.status, error: error.body });
    return fromError(error);
  };
  if (record.callback) return refuse(API_ERRORS.alreadyAcknowledged);
  // Past the deadline Discord has already shown "The application did not respond".
  if (request.receivedAt - record.dispatchedAt > context.responseDeadlineMs) return refuse(API_ERRORS.unknownInteraction);
  const invalid = validateCallback(record.type, body);
  if (invalid) return refuse(invalid);
  return respondToCallback(context, record, request, type ?? 0, isRecord(data) ? data : {});
}

/** Finds the interaction behind a webhook token; expired or unknown tokens are refused. */
function webhookRecord(context: RestContext, request: RestRequest): InteractionRecord | ApiError {
  if (request.params['applicationId'] !== context.world.applicationId) return API_ERRORS.unknownWebhook;
  const record = context.ledger.findByToken(request.params['token'] ?? '');
  if (!record || request.receivedAt - record.dispatchedAt > context.tokenLifetimeMs) return API_ERRORS.invalidWebhookToken;
  return record;
}

function followUp(context: RestContext, request: RestRequest): RestResult {
  const record = webhookRecord(context, request);
  if (!(record instanceof InteractionRecord)) return fromError(record);
  const body = isRecord(request.body.json) ? request.body.json : {};
  const refuse = (error: ApiError): RestResult => {
    context.ledger.add(record, { at: request.receivedAt, kind: 'followUp', data: request.body.json, files: request.body.files, status: error.status, error: error.body });
    return fromError(error);
  };
  // A follow-up needs an acknowledged interaction; before that the webhook does not exist yet.
  if (!record.callback) return refuse(API_ERRORS.unknownWebhook);
  const errors = new FormErrors();
  validateMessage(request.body.json, errors, []);
  if (!errors.isEmpty) return refuse(errors.toApiError());
  if (isEmptyMessage(body) && request.body.files.length === 0) return refuse(API_ERRORS.emptyMessage);
  const message = context.messages.create(newMessageInput(context, record, body, request));
  const wait = request.query.get('wait') === 'true';
  context.ledger.add(record, { at: request.receivedAt, kind: 'followUp', data: body, files: request.body.files, messageId: message.id, status: wait ? 200 : 204 });
  return wait ? { status: 200, body: message } : { status: 204 };
}

function webhookMessage(context: RestContext, request: RestRequest, action: 'get' | 'edit' | 'delete'): RestResult {
  const record = webhookRecord(context, request);
  if (!(record instanceof InteractionRecord)) return fromError(record);
  const requested = request.params['messageId'];
  const ownIds = new Set([record.originalMessageId, ...record.followUps.map(answer => answer.messageId)]);
  const messageId = requested === '@original' ? record.originalMessageId : requested;
  const message = messageId && ownIds.has(messageId) ? context.messages.get(messageId) : undefined;
  const kind = action === 'edit' ? 'edit' : 'delete';
  if (!message || !messageId) {
    if (action !== 'get') context.ledger.add(record, { at: request.receivedAt, kind, data: request.body.json, files: [], status: 404, error: API_ERRORS.unknownMessage.body });
    return fromError(API_ERRORS.unknownMessage);
  }
  if (action === 'get') return { status: 200, body: message };
  if (action === 'delete') {
    context.messages.delete(messageId);
    context.ledger.add(record, { at: request.receivedAt, kind, data: undefined, files: [], messageId, status: 204 });
    return { status: 204 };
  }
  const body = isRecord(request.body.json) ? request.body.json : {};
  const errors = new FormErrors();
  validateMessage(request.body.json, errors, []);
  const emptied = isEmptyMessage({ ...message, ...body }) && request.body.files.length === 0 && message.attachments.length === 0;
  const error = errors.isEmpty ? (emptied ? API_ERRORS.emptyMessage : undefined) : errors.toApiError();
  if (error) {
    context.ledger.add(record, { at: request.receivedAt, kind, data: body, files: request.body.files, status: error.status, error: error.body });
    return fromError(error);
  }
  const edited = context.messages.edit(messageId, body, request.body.files);
  // Editing a deferred reply replaces its "is thinking…" state.
  if (edited?.flags !== undefined) edited.flags &= ~MessageFlags.Loading;
  context.ledger.add(record, { at: request.receivedAt, kind, data: body, files: request.body.files, messageId, status: 200 });
  return { status: 200, body: edited };
}
