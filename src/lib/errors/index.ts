/**
 * The one error type of the API. Services throw it; the route wrapper turns it
 * (and anything else) into the error shape of the README's "The HTTP API" (the `Error` schema of
 * /api/openapi.json). Nothing else reaches the
 * client: no stack trace, no SQL.
 */

export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'invalid_signature'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal_error'
  | 'bad_gateway'
  | 'service_unavailable'
  | 'gateway_timeout';

export const statusOf: Record<ErrorCode, number> = {
  invalid_json: 400,
  validation_failed: 400,
  invalid_signature: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  bad_gateway: 502,
  service_unavailable: 503,
  gateway_timeout: 504,
};

export type ErrorDetails = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = statusOf[code];
  }

  toBody(): { error: { code: ErrorCode; message: string; details?: ErrorDetails } } {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

export const errors = {
  validation: (details: ErrorDetails, message = 'Some fields are invalid.') => new ApiError('validation_failed', message, details),
  notFound: (what = 'Resource') => new ApiError('not_found', `${what} not found.`),
  conflict: (message: string, details?: ErrorDetails) => new ApiError('conflict', message, details),
  unprocessable: (message: string, details?: ErrorDetails) => new ApiError('unprocessable', message, details),
  unauthorized: (message = 'Sign in to continue.') => new ApiError('unauthorized', message),
  badGateway: (message: string) => new ApiError('bad_gateway', message),
};

/**
 * An error answer that does NOT roll the unit of work back: a handler returns
 * it (instead of throwing) when what it wrote so far must stay, e.g. the log
 * row of a failed call to an external service.
 */
export function failure(error: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json(error.toBody(), {
    status: error.status,
    headers: { 'Cache-Control': 'no-store', ...headers, ...(error.headers ?? {}) },
  });
}

/** A PostgreSQL error as both drivers surface it (postgres-js and PGlite). */
interface PgError {
  code: string;
  message?: string;
  detail?: string;
  hint?: string;
  constraint?: string;
  constraint_name?: string;
}

/**
 * Rules enforced by database triggers raise these SQLSTATEs on purpose, with a
 * message written for the user, the field in DETAIL and the problem in HINT
 * (see supabase/migrations/*_invoices.sql).
 */
const RULE_CODES: Record<string, ErrorCode> = {
  LD400: 'validation_failed',
  LD403: 'forbidden',
  LD404: 'not_found',
  LD409: 'conflict',
  LD422: 'unprocessable',
};

function pgError(error: unknown): PgError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { cause?: unknown }).cause ?? error;
  const code = (candidate as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return candidate as PgError;
  // Drizzle wraps driver errors; look one level deeper.
  const inner = (candidate as { cause?: unknown }).cause;
  if (inner && inner !== candidate) return pgError(inner);
  return undefined;
}

const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** True when the error says the database cannot be reached (a real fault: 503). */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionErrorCodes.has(code) || /^(08|57P0[123])/.test(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Maps a database error that a client's input can cause to an ApiError.
 * Services check the common cases first and give a precise message; this is
 * the safety net so that such an error is never a 500.
 */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  const pg = pgError(error);
  if (!pg) return undefined;
  const constraint = pg.constraint ?? pg.constraint_name;
  const rule = RULE_CODES[pg.code];
  if (rule) {
    const field = pg.detail && /^[a-z_][a-z0-9_.]*$/.test(pg.detail) ? pg.detail : undefined;
    return new ApiError(
      rule,
      pg.message ?? 'The request breaks a rule of the data.',
      field ? { [field]: [pg.hint ?? 'is not allowed'] } : undefined,
    );
  }
  switch (pg.code) {
    case '23505':
      return new ApiError(
        'conflict',
        'A record with the same unique value already exists.',
        constraint ? { [constraint]: ['already exists'] } : undefined,
      );
    case '23503':
      return new ApiError(
        'unprocessable',
        'A referenced record does not exist.',
        constraint ? { [constraint]: ['refers to a record that does not exist'] } : undefined,
      );
    case '23514':
    case '23502':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22P02':
    case '22023':
    case '22021':
    case '54000':
      return new ApiError(
        'validation_failed',
        'A value is out of range or malformed.',
        constraint ? { [constraint]: ['is not valid'] } : undefined,
      );
    case '42501':
      // a row-level security refusal (writing a row of another account); a
      // missing grant is a server bug and stays a 500
      return /row-level security/i.test(pg.message ?? '') ? new ApiError('not_found', 'Resource not found.') : undefined;
    case '57014':
      // statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS) or a cancelled query:
      // a fault of the moment, not of the input; the unit of work rolled back
      return new ApiError(
        'service_unavailable',
        'The database took too long to answer, so the request was stopped. Try again in a moment.',
        undefined,
        { 'Retry-After': '5' },
      );
    case '40001':
    case '40P01':
      return new ApiError('conflict', 'The record was changed by another request at the same time. Try again.');
    default:
      return undefined;
  }
}
