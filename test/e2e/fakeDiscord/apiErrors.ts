// Discord's JSON error bodies: fixed errors by code, and the 50035 "Invalid Form Body" tree.
// https://discord.com/developers/docs/reference#error-messages

export interface FieldError {
  code: string;
  message: string;
}

/** Nested by body path; leaves hold `_errors`, like `{ data: { embeds: { 0: { title: { _errors } } } } }`. */
export interface ErrorNode {
  [key: string]: ErrorNode | FieldError[];
}

export interface ApiErrorBody {
  code: number;
  message: string;
  errors?: ErrorNode;
}

export interface ApiError {
  status: number;
  body: ApiErrorBody;
}

function apiError(status: number, code: number, message: string): ApiError {
  return { status, body: { code, message } };
}

/** https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes */
export const API_ERRORS = {
  unauthorized: apiError(401, 0, '401: Unauthorized'),
  notFound: apiError(404, 0, '404: Not Found'),
  methodNotAllowed: apiError(405, 0, '405: Method Not Allowed'),
  unknownApplication: apiError(404, 10002, 'Unknown Application'),
  unknownMessage: apiError(404, 10008, 'Unknown Message'),
  unknownWebhook: apiError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: apiError(404, 10062, 'Unknown interaction'),
  unknownCommand: apiError(404, 10063, 'Unknown application command'),
  requestTooLarge: apiError(413, 40005, 'Request entity too large'),
  alreadyAcknowledged: apiError(400, 40060, 'Interaction has already been acknowledged.'),
  missingAccess: apiError(403, 50001, 'Missing Access'),
  emptyMessage: apiError(400, 50006, 'Cannot send an empty message'),
  invalidWebhookToken: apiError(401, 50027, 'Invalid Webhook Token'),
  invalidJson: apiError(400, 50109, 'The request body contains invalid JSON.'),
} as const satisfies Record<string, ApiError>;

export type FieldPath = ReadonlyArray<string | number>;

/** Collects every broken rule of one request, so the answer lists them all at once as Discord does. */
export class FormErrors {
  private readonly root: ErrorNode = {};
  private readonly flat: Array<FieldError & { path: string }> = [];

  add(path: FieldPath, code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      const next = node[String(key)];
      if (next === undefined || Array.isArray(next)) {
        const created: ErrorNode = {};
        node[String(key)] = created;
        node = created;
      } else {
        node = next;
      }
    }
    const leaf = node['_errors'];
    const entry = { code, message };
    if (Array.isArray(leaf)) leaf.push(entry);
    else node['_errors'] = [entry];
    this.flat.push({ path: path.join('.'), ...entry });
  }

  maxLength(path: FieldPath, max: number): void {
    this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  badLength(path: FieldPath, min: number, max: number): void {
    this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  }

  required(path: FieldPath): void {
    this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  }

  wrongType(path: FieldPath, expected: string): void {
    this.add(path, 'BASE_TYPE_INVALID', `Must be ${expected}.`);
  }

  get isEmpty(): boolean {
    return this.flat.length === 0;
  }

  /** Flat list for logs and assertions: `data.embeds.0.title: BASE_TYPE_MAX_LENGTH`. */
  list(): ReadonlyArray<FieldError & { path: string }> {
    return this.flat;
  }

  toApiError(): ApiError {
    return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: this.root } };
  }
}
