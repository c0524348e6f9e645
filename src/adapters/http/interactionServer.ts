// The HTTP door: Discord POSTs each interaction to /interactions; the signature is checked on the raw body
// before anything parses it, and the answer goes back inline. Stateless, so any number of replicas can serve.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { MESSAGES } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import { handleInteraction, type InteractionInput, type InteractionServices, notice } from '../discord/handleInteraction.js';
import { PONG, toCallback } from '../discord/callback.js';
import { interactionSchema, toInteractionInput, userIdOf } from './interactionPayload.js';
import { verifyInteractionSignature } from './verifySignature.js';

/** Discord's interaction bodies are a few KiB; anything past this is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A signed request older or newer than this is a replay, not Discord. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface InteractionServerOptions {
  readonly publicKey: KeyObject;
  readonly services: InteractionServices;
  readonly logger: Logger;
  /** Seconds since the epoch; injectable so tests can check the replay window. */
  readonly now?: () => number;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({ status, body, headers });
const error = (status: number, message: string, headers: Record<string, string> = {}): Reply => json(status, { error: message }, headers);

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function answerSafely(options: InteractionServerOptions, input: InteractionInput, userId: string | undefined): Reply {
  try {
    return json(200, toCallback(handleInteraction(options.services, input, userId)));
  } catch (failure) {
    options.logger.error('handler failed', { input, error: failure });
    if (input.kind === 'autocomplete') return json(200, toCallback({ kind: 'choices', choices: [] }));
    return json(200, toCallback(notice(MESSAGES.apology)));
  }
}

async function handleInteractionRequest(options: InteractionServerOptions, request: IncomingMessage): Promise<Reply> {
  const signature = header(request, 'x-signature-ed25519');
  const timestamp = header(request, 'x-signature-timestamp');
  if (signature === undefined || timestamp === undefined) return error(401, 'missing signature headers');
  const body = await readBody(request);
  if (body === 'too-large') return error(413, `body over ${MAX_BODY_BYTES} bytes`, { connection: 'close' });
  const now = options.now?.() ?? Math.floor(Date.now() / 1000);
  if (!/^\d{1,12}$/u.test(timestamp) || Math.abs(now - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return error(401, 'stale or malformed timestamp');
  if (!verifyInteractionSignature(options.publicKey, signature, timestamp, body)) return error(401, 'invalid request signature');
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString('utf8'));
  } catch {
    return error(400, 'body is not JSON');
  }
  const parsed = interactionSchema.safeParse(raw);
  if (!parsed.success) return error(400, 'body is not an interaction casebot handles');
  const input = toInteractionInput(parsed.data);
  return input === 'ping' ? json(200, PONG) : answerSafely(options, input, userIdOf(parsed.data));
}

async function route(options: InteractionServerOptions, request: IncomingMessage): Promise<Reply> {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/interactions') return request.method === 'POST' ? handleInteractionRequest(options, request) : error(405, 'use POST', { allow: 'POST' });
  if (path === '/healthz') return request.method === 'GET' || request.method === 'HEAD' ? json(200, { ok: true }) : error(405, 'use GET', { allow: 'GET, HEAD' });
  return error(404, 'not found');
}

/** Servers shutting down: their last responses close the connection, so close() does not wait on keep-alive. */
const closing = new WeakSet<Server>();

function send(server: Server, response: ServerResponse, reply: Reply): void {
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...reply.headers, ...(closing.has(server) ? { connection: 'close' } : {}) };
  response.writeHead(reply.status, headers);
  response.end(payload);
}

/** Stops accepting connections, lets requests in flight finish, and resolves once the last one has. */
export function closeGracefully(server: Server): Promise<void> {
  closing.add(server);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  return closed;
}

export function createInteractionServer(options: InteractionServerOptions): Server {
  const server = createServer((request, response) => {
    route(options, request).then(
      (reply) => send(server, response, reply),
      (failure: unknown) => {
        options.logger.error('request failed', { path: request.url, error: failure });
        if (!response.headersSent) send(server, response, error(500, 'internal error'));
      },
    );
  });
  // Bounded waits, so slow or stalled clients cannot hold connections open (interactions need 3 s anyway).
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  return server;
}
