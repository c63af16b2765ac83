// Over 400 lines on purpose: the route wrapper is one pipeline (session, limits,
// parsing, the handler, the answer, the log line) that reads best top to bottom in
// one file; docs/decisions/0004 describes it step by step.
import { randomUUID } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { localeFromAcceptLanguage } from './accept-language';
import { apiKeySession, bearerApiKey } from '@/lib/auth/api-keys';
import { requestOrigin } from '@/lib/auth/config';
import { getApiSession, type Session } from '@/lib/auth/session';
import type { UserRow } from '@/lib/auth/user';
import { forbiddenFor, roleAtLeast, sessionWorkspace, type Workspace, WORKSPACE_COOKIE, type WorkspaceRole } from '@/lib/auth/workspace';
import { type Database, withTenant, withWorkspace } from '@/lib/db';
import { ApiError, fromDatabaseError, isDatabaseUnavailable } from '@/lib/errors';
import { parseJson } from '@/lib/json';
import { log } from '@/lib/log';
import { limit, type LimitKind, type LimitResult, rateLimited } from '@/lib/ratelimit';
import { zodDetails } from '@/lib/validation';
import { clientIp as forwardedClientIp } from './forwarded';
import { isCrossSiteCookieWrite, securityHeaders } from './security';

/**
 * The one route wrapper. Every /api/* handler goes through it, in this order:
 * rate limit (per user, per IP when signed out) → authentication (401) →
 * content type (415) and size (413) → JSON and zod parsing of body, query and
 * path (400 naming each field; unknown and read-only fields rejected) → the
 * handler, inside the tenant transaction → one JSON shape, one log line.
 * Anything unexpected becomes a 500 without details; the database being
 * unreachable becomes a 503.
 */

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

type AnySchema = z.ZodType;
type Out<S> = S extends AnySchema ? z.output<S> : undefined;

export interface RouteConfig<B, Q, P> {
  /** Parses the JSON body (POST/PUT/PATCH). Routes without it ignore any body. */
  body?: B;
  /**
   * Hands the handler the body exactly as received (`rawBody`), unparsed, for
   * signed payloads (webhooks) whose signature covers the raw bytes. Content
   * type (415) and size (413) are still enforced; not combinable with `body`.
   */
  rawBody?: boolean;
  /**
   * Accepts a non-JSON body (e.g. a file) of one of these content types and
   * hands it to the handler as bytes (`bytes`); any other type is a 415, more
   * than `maxBodyBytes` a 413. Not combinable with `body` or `rawBody`.
   */
  bytesBody?: readonly string[];
  /** Parses the query string; without it, any query parameter is a 400. */
  query?: Q;
  /** Parses the path parameters; a mismatch (e.g. a malformed id) is a 404. */
  params?: P;
  /** The body may be left out entirely (e.g. `POST …/send` with nothing to add). */
  optionalBody?: boolean;
  /** Body fields a client may never set (named in a 400). */
  readOnly?: readonly string[];
  maxBodyBytes?: number;
  /**
   * JSON numbers are parsed exactly by default (money). A route whose body
   * holds no number that must stay exact (e.g. a large CSV text) may use the
   * native parser, which is hundreds of times faster on megabytes (it does not
   * refuse duplicate keys: the last one wins).
   */
  exactNumbers?: boolean;
  /** Extra limits on top of the general per-user limit (e.g. `ai`). */
  limits?: readonly LimitKind[];
  /** Status of a successful answer (default 200). */
  status?: number;
  /** Route name for logs, e.g. `contacts.create`. */
  name: string;
  /** One sentence for the API description (`/api/openapi.json`), e.g. `Create a contact.` */
  summary?: string;
  /**
   * The schema of `data` in a successful answer, for the API description only
   * (the handler's return value is not parsed with it). Without it the
   * description says `data` without its fields.
   */
  response?: z.ZodType;
  /** The content type of a successful answer that is not JSON (e.g. `application/pdf`), for the API description. */
  produces?: string;
  /**
   * The least workspace role that may call the route (403 below it). Default:
   * `viewer` for GET, `member` for every method that changes something.
   */
  role?: WorkspaceRole;
  /**
   * What an API key needs to call the route (docs/decisions/0130-api-keys.md):
   * `read` or `write` scope, or `never` for what only a signed-in person may do
   * (403 with a key). Default: `read` for GET, `write` for every other method.
   */
  apiKey?: 'read' | 'write' | 'never';
}

export interface BaseContext<B, Q, P> {
  req: NextRequest;
  requestId: string;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  /** The body as received, with `rawBody: true` (otherwise null). */
  rawBody: string | null;
  /** The body as bytes, with `bytesBody` (otherwise null). */
  bytes: Uint8Array | null;
  /** Writes one structured log line for a critical operation. */
  audit(op: string, fields?: Record<string, unknown>): void;
}

export interface AuthedContext<B, Q, P> extends BaseContext<B, Q, P> {
  session: Session;
  /** The signed-in person. */
  user: UserRow;
  /** The workspace the request acts in (X-Workspace-Id, the Clerk organization, the UI's choice, or personal), with the user's role. */
  workspace: Workspace;
  /** The tenant transaction: role `authenticated` with this user's claims, in `workspace`. */
  tx: Database;
  /** True when this request created the user's row (first request). */
  userCreated: boolean;
  /**
   * Runs `fn` in a new tenant transaction of this user, for work that happens
   * after the handler returned (e.g. streaming a CSV in batches). Never call
   * it from inside `tx`.
   */
  newTransaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
}

type RouteParams = { params: Promise<Record<string, string | string[] | undefined>> };
/**
 * A handler as Next.js calls it. Handlers made by `route()`, `publicRoute()`
 * and `routeWithoutTransaction()` carry their config (`config`, and `auth`:
 * whether a session is required) so that the API description
 * (`/api/openapi.json`, src/lib/openapi) is generated from the very schemas
 * the route parses with.
 */
export type RouteHandler = ((req: NextRequest, context: RouteParams) => Promise<Response>) & {
  config?: RouteConfig<unknown, unknown, unknown>;
  auth?: 'session' | 'public';
  /** The 405 that `methods()` answers for a method the file does not serve. */
  notAllowed?: true;
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The client's address (forwarded headers only from TRUSTED_PROXIES: ./forwarded.ts). */
function clientIp(req: NextRequest): string {
  return forwardedClientIp(req.headers);
}

function rateHeaders(result: LimitResult): Record<string, string> {
  if (result.limit === 0) return {};
  return {
    'X-RateLimit-Limit': String(result.limit),
    'X-RateLimit-Remaining': String(Math.max(0, result.remaining)),
    'X-RateLimit-Reset': String(Math.ceil(result.reset / 1000)),
  };
}

async function applyLimit(kind: LimitKind, key: string, headers: Record<string, string>): Promise<void> {
  const result = await limit(kind, key);
  if (kind === 'api') Object.assign(headers, rateHeaders(result));
  if (!result.success) throw rateLimited(result, 'Too many requests.', rateHeaders(result));
}

async function readBytes(req: NextRequest, maxBytes: number): Promise<Buffer> {
  const declared = req.headers.get('content-length');
  const tooLarge = () => new ApiError('payload_too_large', `The request body is larger than ${Math.floor(maxBytes / 1024)} KB.`);
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readBody(req: NextRequest, maxBytes: number): Promise<string> {
  const bytes = await readBytes(req, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('invalid_json', 'The request body is not valid UTF-8 JSON.');
  }
}

async function readBytesBody(req: NextRequest, config: RouteConfig<unknown, unknown, unknown>): Promise<Uint8Array> {
  const allowed = config.bytesBody ?? [];
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!allowed.includes(type)) {
    throw new ApiError('unsupported_media_type', `Send the request body as one of: ${allowed.join(', ')}.`);
  }
  return new Uint8Array(await readBytes(req, config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
}

function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const MAX_DEPTH = 32;

/**
 * Refuses a `__proto__`/`constructor`/`prototype` key anywhere in a parsed
 * body, and bodies nested deeper than any schema goes.
 */
function findPrototypeKey(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_DEPTH) {
    throw new ApiError('validation_failed', 'The request body is nested too deeply.', {
      [path || '(body)']: [`must not nest more than ${MAX_DEPTH} levels`],
    });
  }
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return here;
    const found = findPrototypeKey((value as Record<string, unknown>)[key], here, depth + 1);
    if (found) return found;
  }
  return undefined;
}

async function readJsonText(req: NextRequest, config: RouteConfig<unknown, unknown, unknown>): Promise<string> {
  if (!isJsonContentType(req.headers.get('content-type'))) {
    throw new ApiError('unsupported_media_type', 'Send the request body as application/json.');
  }
  return readBody(req, config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
}

async function parseBody(req: NextRequest, schema: AnySchema, config: RouteConfig<unknown, unknown, unknown>) {
  // an optional body may be left out entirely (no content type, nothing sent)
  if (config.optionalBody && !req.headers.get('content-type')) {
    const empty = await readBody(req, config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    if (empty.trim() === '') return undefined;
  }
  const text = await readJsonText(req, config);
  if (text.trim() === '') {
    if (config.optionalBody) return undefined;
    throw new ApiError('invalid_json', 'The request body is empty; send a JSON object.');
  }
  let value: unknown;
  try {
    value = config.exactNumbers === false ? JSON.parse(text) : parseJson(text);
  } catch (error) {
    throw new ApiError('invalid_json', `The request body is not valid JSON (${(error as Error).message}).`);
  }
  const prototypeKey = findPrototypeKey(value);
  if (prototypeKey) {
    throw new ApiError('validation_failed', 'Some fields are invalid.', { [prototypeKey]: ['is not a recognised field'] });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('validation_failed', 'The request body must be a JSON object.', {
      '(body)': ['must be a JSON object'],
    });
  }
  const details: Record<string, string[]> = {};
  for (const field of config.readOnly ?? []) {
    if (Object.prototype.hasOwnProperty.call(value, field)) details[field] = ['is read-only'];
  }
  const withoutReadOnly = Object.fromEntries(Object.entries(value).filter(([key]) => !(config.readOnly ?? []).includes(key)));
  const parsed = schema.safeParse(withoutReadOnly, { reportInput: true });
  if (!parsed.success) Object.assign(details, zodDetails(parsed.error));
  if (Object.keys(details).length > 0) throw new ApiError('validation_failed', 'Some fields are invalid.', details);
  return (parsed as { data: unknown }).data;
}

function parseQuery(req: NextRequest, schema: AnySchema | undefined) {
  const entries: Record<string, string> = {};
  const details: Record<string, string[]> = {};
  for (const [key, value] of req.nextUrl.searchParams) {
    if (Object.hasOwn(entries, key)) details[key] = ['must be given once'];
    entries[key] = value;
  }
  if (!schema) {
    for (const key of Object.keys(entries)) details[key] = ['is not a recognised parameter'];
    if (Object.keys(details).length > 0) throw new ApiError('validation_failed', 'Unknown query parameters.', details);
    return undefined;
  }
  const parsed = schema.safeParse(entries, { reportInput: true });
  if (!parsed.success) Object.assign(details, zodDetails(parsed.error, 'parameter'));
  if (Object.keys(details).length > 0) {
    throw new ApiError('validation_failed', 'Some query parameters are invalid.', details);
  }
  return (parsed as { data: unknown }).data;
}

async function parseParams(context: RouteParams | undefined, schema: AnySchema | undefined) {
  if (!schema) return undefined;
  const raw = (await context?.params) ?? {};
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ApiError('not_found', 'Resource not found.');
  return parsed.data;
}

function toResponse(result: unknown, status: number, headers: Record<string, string>): Response {
  if (result instanceof Response) {
    for (const [key, value] of Object.entries(headers)) {
      if (!result.headers.has(key)) result.headers.set(key, value);
    }
    return result;
  }
  return NextResponse.json(result ?? { data: null }, { status, headers });
}

function errorResponse(error: unknown, requestId: string, headers: Record<string, string>): Response {
  let apiError: ApiError;
  if (error instanceof ApiError) apiError = error;
  else if (isDatabaseUnavailable(error)) {
    apiError = new ApiError('service_unavailable', 'The database is unreachable right now. Try again shortly.');
    log.error('db.unavailable', { request_id: requestId, error });
  } else {
    const mapped = fromDatabaseError(error);
    if (mapped) {
      apiError = mapped;
      if (mapped.status >= 500) log.warn('db.statement_stopped', { request_id: requestId, reason: mapped.message });
    } else {
      apiError = new ApiError('internal_error', 'Something went wrong on our side. It has been logged.');
      log.error('request.failed', {
        request_id: requestId,
        error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error,
      });
    }
  }
  return NextResponse.json(apiError.toBody(), {
    status: apiError.status,
    headers: { ...headers, ...(apiError.headers ?? {}) },
  });
}

function makeAudit(requestId: string, session: () => Session | null) {
  return (op: string, fields: Record<string, unknown> = {}) =>
    log.info(op, { request_id: requestId, user_id: session()?.userId, api_key_id: session()?.apiKey?.id, ...fields });
}

/**
 * The session of a request: an API key's (`Authorization: Bearer lk_…`), else
 * a session token's (cookie or bearer), verified here through the one
 * verification and its cache (docs/decisions/0150-verified-token-cache.md).
 */
async function requestSession(req: NextRequest): Promise<{ session: Session | null; withKey: boolean }> {
  const key = bearerApiKey(req.headers);
  if (key !== null) return { session: await apiKeySession(key), withKey: true };
  return { session: await getApiSession(req), withKey: false };
}

/** A key may call a route only within its scope; some routes are for signed-in people only. */
function checkKeyScope(session: Session, config: RouteConfig<unknown, unknown, unknown>, method: string): void {
  const key = session.apiKey;
  if (!key) return;
  const needed = config.apiKey ?? (method === 'GET' || method === 'HEAD' ? 'read' : 'write');
  if (needed === 'never') throw new ApiError('forbidden', 'API keys cannot be used here: this needs a signed-in person.');
  if (needed === 'write' && !key.scopes.includes('write')) {
    throw new ApiError('forbidden', 'This API key is read-only: it may only read (GET).');
  }
}

function wrap<B, Q, P>(
  config: RouteConfig<B, Q, P>,
  requireAuth: boolean,
  run: (base: BaseContext<B, Q, P>, session: Session | null) => Promise<unknown>,
): RouteHandler {
  if ([config.rawBody, config.body, config.bytesBody].filter(Boolean).length > 1) {
    throw new Error(`route ${config.name}: body, rawBody and bytesBody exclude each other`);
  }
  const handler: RouteHandler = async (req, context) => {
    const started = performance.now();
    const requestId = randomUUID();
    const headers: Record<string, string> = {
      ...securityHeaders(),
      'X-Request-Id': requestId,
      'Cache-Control': 'no-store',
    };
    let status = 500;
    let session: Session | null = null;
    try {
      const resolved = await requestSession(req);
      session = resolved.session;
      if (isCrossSiteCookieWrite(req, requestOrigin(req.nextUrl, req.headers))) {
        throw new ApiError('forbidden', 'Cross-site request refused: this change must come from the app itself.');
      }
      // an API key has a limit of its own, apart from its creator's sessions
      const limitKey = session?.apiKey ? `key:${session.apiKey.id}` : session ? `user:${session.userId}` : `ip:${clientIp(req)}`;
      await applyLimit('api', limitKey, headers);
      if (requireAuth && !session) {
        throw resolved.withKey
          ? new ApiError('unauthorized', 'This API key is not valid: unknown, revoked or expired.', undefined, {
              'WWW-Authenticate': 'Bearer',
            })
          : new ApiError('unauthorized', 'Sign in to continue: no valid session or bearer token.', undefined, {
              'WWW-Authenticate': 'Bearer',
            });
      }
      if (session) checkKeyScope(session, config as RouteConfig<unknown, unknown, unknown>, req.method);
      for (const kind of config.limits ?? []) {
        await applyLimit(kind, limitKey, headers);
      }
      const params = (await parseParams(context, config.params as AnySchema | undefined)) as Out<P>;
      const query = parseQuery(req, config.query as AnySchema | undefined) as Out<Q>;
      const body = (
        config.body && BODY_METHODS.has(req.method)
          ? await parseBody(req, config.body as unknown as AnySchema, config as RouteConfig<unknown, unknown, unknown>)
          : undefined
      ) as Out<B>;
      const rawBody =
        config.rawBody && BODY_METHODS.has(req.method) ? await readJsonText(req, config as RouteConfig<unknown, unknown, unknown>) : null;
      const bytes =
        config.bytesBody && BODY_METHODS.has(req.method)
          ? await readBytesBody(req, config as RouteConfig<unknown, unknown, unknown>)
          : null;
      const base: BaseContext<B, Q, P> = {
        req,
        requestId,
        body,
        query,
        params,
        rawBody,
        bytes,
        audit: makeAudit(requestId, () => session),
      };
      const result = await run(base, session);
      const response = toResponse(result, config.status ?? 200, headers);
      status = response.status;
      return response;
    } catch (error) {
      const response = errorResponse(error, requestId, headers);
      status = response.status;
      return response;
    } finally {
      log.info('request', {
        request_id: requestId,
        method: req.method,
        route: config.name,
        path: req.nextUrl.pathname,
        status,
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
        user_id: session?.userId,
        api_key_id: session?.apiKey?.id,
      });
    }
  };
  return Object.assign(handler, {
    config: config as RouteConfig<unknown, unknown, unknown>,
    auth: requireAuth ? 'session' : 'public',
  } as const);
}

/** What a user row created by this request starts with (the browser's locale). */
function startingPreferences(req: NextRequest): { locale: string | null } {
  return { locale: localeFromAcceptLanguage(req.headers.get('accept-language')) };
}

/**
 * The signed-in user and the workspace of the request, in `tx`: a header
 * naming a workspace the user is not in is a 404; a role below the route's is
 * a 403.
 */
async function enter(
  tx: Database,
  req: NextRequest,
  session: Session,
  config: RouteConfig<unknown, unknown, unknown>,
): Promise<{ user: UserRow; created: boolean; workspace: Workspace }> {
  const header = req.headers.get('x-workspace-id');
  // an API key acts in its own workspace only: naming another one is a 404
  const key = session.apiKey;
  const named = header?.trim().toLowerCase() || null;
  if (key && named !== null && named !== key.workspaceId) throw new ApiError('not_found', 'Workspace not found.');
  // the user and the workspace (membership and role) are read on every request, in one round trip
  const { user, created, workspace } = await sessionWorkspace(
    tx,
    session,
    key
      ? { header: key.workspaceId }
      : { header, remembered: req.cookies.get(WORKSPACE_COOKIE)?.value ?? null, organization: session.organizationId },
    startingPreferences(req),
  );
  if (!workspace) throw new ApiError('not_found', 'Workspace not found.');
  const needed = config.role ?? (req.method === 'GET' || req.method === 'HEAD' ? 'viewer' : 'member');
  if (!roleAtLeast(workspace.role, needed)) throw forbiddenFor(workspace.role, needed);
  return { user, created, workspace };
}

/** A route that needs a session; the handler runs in the user's tenant transaction, in the request's workspace. */
export function route<B = undefined, Q = undefined, P = undefined>(
  config: RouteConfig<B, Q, P>,
  handler: (ctx: AuthedContext<B, Q, P>) => Promise<unknown>,
): RouteHandler {
  return wrap(config, true, (base, session) =>
    withTenant(session!.claims, async (tx) => {
      const { user, created, workspace } = await enter(tx, base.req, session!, config as RouteConfig<unknown, unknown, unknown>);
      return handler({
        ...base,
        session: session!,
        user,
        workspace,
        tx,
        userCreated: created,
        newTransaction: (fn) => withWorkspace(session!.claims, workspace.id, fn),
      });
    }),
  );
}

/**
 * A route that needs a session but does slow work outside the database (a PDF,
 * an SMTP round trip): the user is resolved in a short transaction, and the
 * handler opens its own short tenant transactions with `newTransaction`, so no
 * transaction stays open while it waits (PGlite runs one at a time).
 */
export function routeWithoutTransaction<B = undefined, Q = undefined, P = undefined>(
  config: RouteConfig<B, Q, P>,
  handler: (ctx: Omit<AuthedContext<B, Q, P>, 'tx'>) => Promise<unknown>,
): RouteHandler {
  return wrap(config, true, async (base, session) => {
    const { user, created, workspace } = await withTenant(session!.claims, (tx) =>
      enter(tx, base.req, session!, config as RouteConfig<unknown, unknown, unknown>),
    );
    return handler({
      ...base,
      session: session!,
      user,
      workspace,
      userCreated: created,
      newTransaction: (fn) => withWorkspace(session!.claims, workspace.id, fn),
    });
  });
}

/** A route open without a session (health, webhooks, local sign-in). */
export function publicRoute<B = undefined, Q = undefined, P = undefined>(
  config: RouteConfig<B, Q, P>,
  handler: (ctx: BaseContext<B, Q, P> & { session: Session | null }) => Promise<unknown>,
): RouteHandler {
  return wrap(config, false, (base, session) => handler({ ...base, session }));
}

/**
 * A handler that answers by itself, without the wrapper (the health probes,
 * which must answer even when the rest cannot), described for the API
 * description: it is open without a session.
 */
export function describedRoute(
  config: Pick<RouteConfig<undefined, undefined, undefined>, 'name' | 'summary' | 'status' | 'response' | 'produces'>,
  handler: (req: NextRequest) => Promise<Response> | Response,
): RouteHandler {
  const run: RouteHandler = async (req) => handler(req);
  return Object.assign(run, { config: config as RouteConfig<unknown, unknown, unknown>, auth: 'public' } as const);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const ALL_METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The exports of a route file: the given handlers, and a 405 in the API's
 * error shape (with `Allow`) for every other method.
 */
export function methods(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const allow = [...Object.keys(handlers), 'HEAD', 'OPTIONS'].join(', ');
  const notAllowed: RouteHandler = Object.assign(
    async (req: NextRequest) =>
      NextResponse.json(new ApiError('method_not_allowed', `${req.method} is not allowed here. Allowed: ${allow}.`).toBody(), {
        status: 405,
        headers: { Allow: allow, 'Cache-Control': 'no-store' },
      }),
    { notAllowed: true } as const,
  );
  return Object.fromEntries(ALL_METHODS.map((m) => [m, handlers[m] ?? notAllowed])) as Record<Method, RouteHandler>;
}

/** `{ data }` for a single resource. */
export function one<T>(data: T): { data: T } {
  return { data };
}

export { failure } from '@/lib/errors';
