// Reading request bodies (JSON, or multipart with payload_json when files are attached) and
// writing responses; @discordjs/rest parses a body only when Content-Type is application/json.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_ERRORS, FormErrors, type ApiError } from './apiErrors.js';
import { REQUEST_BODY_MAX_BYTES } from './limits.js';

export interface ReceivedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}

export interface ParsedBody {
  /** The JSON body, or multipart's payload_json; undefined when the request had no body. */
  json: unknown;
  files: ReceivedFile[];
  multipart: boolean;
}

class BodyTooLargeError extends Error {}

/**
 * Reads the whole body, or stops at REQUEST_BODY_MAX_BYTES and destroys the request (as breaking out
 * of `for await` would). Plain 'data'/'end' listeners: an async iterator costs a promise per chunk.
 */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > REQUEST_BODY_MAX_BYTES) {
        cleanup();
        request.destroy();
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(buffer);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    // A request destroyed before its end (the client went away) ends the read as for-await did.
    const onClose = (): void => {
      cleanup();
      reject(new Error('the request closed before its body was read'));
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}

/** Parses the body the way Discord accepts it; anything else gets Discord's error. */
export async function parseBody(request: IncomingMessage): Promise<ParsedBody | ApiError> {
  let raw: Buffer;
  try {
    raw = await readBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return API_ERRORS.requestTooLarge;
    throw error;
  }
  if (raw.length === 0) return { json: undefined, files: [], multipart: false };
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('application/json')) {
    try {
      return { json: JSON.parse(raw.toString('utf8')), files: [], multipart: false };
    } catch {
      return API_ERRORS.invalidJson;
    }
  }
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  const errors = new FormErrors();
  errors.add([], 'CONTENT_TYPE_INVALID', `Expected "Content-Type" header to be one of {'application/json', 'multipart/form-data'}.`);
  return errors.toApiError();
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody | ApiError> {
  let form: FormData;
  try {
    // undici's Response parses multipart, so no extra dependency is needed.
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return API_ERRORS.invalidJson;
  }
  const files: ReceivedFile[] = [];
  let json: unknown = undefined;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field !== 'payload_json') continue;
      try {
        json = JSON.parse(value);
      } catch {
        return API_ERRORS.invalidJson;
      }
    } else {
      files.push({ field, name: value.name, size: value.size, contentType: value.type });
    }
  }
  return { json, files, multipart: true };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

export function sendNoContent(response: ServerResponse): void {
  response.writeHead(204);
  response.end();
}

export function isApiError(value: ParsedBody | ApiError): value is ApiError {
  return 'status' in value;
}
