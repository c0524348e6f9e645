// Matches REST paths to handlers, checks bot auth and snowflake ids, and records every request
// and every refusal so tests can assert on them.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ERRORS, FormErrors, type ApiError, type ApiErrorBody } from './apiErrors.js';
import { isRecord } from './guards.js';
import { isApiError, parseBody, sendJson, sendNoContent, type ParsedBody, type ReceivedFile } from './http.js';
import { isSnowflake } from './snowflake.js';

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Readonly<Record<string, string>>;
  body: ParsedBody;
  /** When the whole request had arrived and was parsed (Date.now()), before any handling. */
  receivedAt: number;
}

/** A handler answers with a status and a JSON body; no body means 204 No Content. */
export interface RestResult {
  status: number;
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Segments after /api/v10; `:name` captures, and captures ending in "Id" must be snowflakes. */
  path: string;
  /** Interaction callbacks and webhooks are authenticated by the token in their path instead. */
  auth: boolean;
  handle: (request: RestRequest) => RestResult;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  files: ReceivedFile[];
  status: number;
  response: unknown;
  /** When it had arrived (Date.now() once its body was read and parsed). */
  at: number;
}

export interface Rejection {
  method: string;
  path: string;
  status: number;
  error: ApiErrorBody;
  body: unknown;
  at: number;
}

/** A failure to answer instead of the next matching request, once: how tests make Discord flaky. */
export interface RestFault {
  method?: string;
  /** Matches paths after /api/v10 that start with this, e.g. "/interactions/". */
  pathPrefix: string;
  status: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

export interface RouterOptions {
  token: string;
  routes: Route[];
  /** Consumed in order, each by the first request it matches. */
  faults: RestFault[];
  received: ReceivedRequest[];
  rejections: Rejection[];
  log: (line: string) => void;
}

const API_PREFIX = '/api/v10';

export function fromError(error: ApiError): RestResult {
  return { status: error.status, body: error.body };
}

export async function handleRest(options: RouterOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
  const path = versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname;
  const parsed = await parseBody(request);
  const receivedAt = Date.now();
  const body: ParsedBody = isApiError(parsed) ? { json: undefined, files: [], multipart: false } : parsed;
  const faultIndex = options.faults.findIndex((f) => (f.method ?? method) === method && path.startsWith(f.pathPrefix));
  const fault = faultIndex === -1 ? undefined : options.faults.splice(faultIndex, 1)[0];
  if (fault !== undefined) {
    options.received.push({ method, path, query: url.search, body: body.json, files: body.files, status: fault.status, response: fault.body, at: receivedAt });
    options.log(`${method} ${path} → injected ${fault.status}`);
    const text = fault.body === undefined ? '' : JSON.stringify(fault.body);
    response.writeHead(fault.status, { ...(text === '' ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }), ...fault.headers });
    response.end(text);
    return;
  }
  let result: RestResult;
  try {
    if (isApiError(parsed)) result = fromError(parsed);
    else if (!versioned) result = fromError(API_ERRORS.notFound);
    else result = route(options, { method, path, query: url.searchParams, params: {}, body, receivedAt }, request.headers.authorization);
  } catch (error) {
    options.log(`REST handler failed for ${method} ${path}: ${String(error)}`);
    result = { status: 500, body: { code: 0, message: '500: Internal Server Error' } };
  }
  options.received.push({ method, path, query: url.search, body: body.json, files: body.files, status: result.status, response: result.body, at: receivedAt });
  if (result.status >= 400 && isErrorBody(result.body)) {
    options.rejections.push({ method, path, status: result.status, error: result.body, body: body.json, at: receivedAt });
    options.log(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
  }
  // The rest of an oversized body was never read, so this connection cannot carry another request.
  if (result.status === 413) response.setHeader('Connection', 'close');
  if (result.body === undefined) sendNoContent(response);
  else sendJson(response, result.status, result.body);
}

function route(options: RouterOptions, request: RestRequest, authorization: string | undefined): RestResult {
  const segments = request.path.split('/').filter(Boolean);
  let pathMatched = false;
  for (const candidate of options.routes) {
    const params = match(candidate.path, segments);
    if (!params) continue;
    pathMatched = true;
    if (candidate.method !== request.method) continue;
    if (candidate.auth && authorization !== `Bot ${options.token}`) return fromError(API_ERRORS.unauthorized);
    // `@original` stands for an interaction's first response wherever a message id goes.
    const invalidIds = Object.entries(params).filter(([name, value]) => name.endsWith('Id') && !isSnowflake(value) && value !== '@original');
    if (invalidIds.length > 0) return fromError(snowflakeErrors(invalidIds));
    return candidate.handle({ ...request, params });
  }
  return fromError(pathMatched ? API_ERRORS.methodNotAllowed : API_ERRORS.notFound);
}

/** Route patterns split into segments once, not on every request. */
const PATTERN_PARTS = new Map<string, string[]>();

function match(pattern: string, segments: string[]): Record<string, string> | undefined {
  let parts = PATTERN_PARTS.get(pattern);
  if (parts === undefined) {
    parts = pattern.split('/').filter(Boolean);
    PATTERN_PARTS.set(pattern, parts);
  }
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (!part.startsWith(':')) {
      if (part !== segment) return undefined;
      continue;
    }
    const value = decodeSegment(segment);
    if (value === undefined) return undefined;
    params[part.slice(1)] = value;
  }
  return params;
}

/** A malformed percent-escape matches no route (404) instead of failing the request. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Discord answers a non-numeric id in a path with 50035 and a NUMBER_TYPE_COERCE per id. */
function snowflakeErrors(invalid: Array<[string, string]>): ApiError {
  const errors = new FormErrors();
  for (const [name, value] of invalid) {
    errors.add([name.replace(/Id$/, '_id')], 'NUMBER_TYPE_COERCE', `Value "${value}" is not snowflake.`);
  }
  return errors.toApiError();
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return isRecord(body) && typeof body['code'] === 'number' && typeof body['message'] === 'string';
}
