import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import type { RouteConfig, RouteHandler } from '@/lib/http';
import { documentedSchema } from '@/lib/validation';
import { errorBody, pageSchema } from './schemas';

/**
 * The API description (`/api/openapi.json`), generated from the route files
 * themselves: each handler made by `route()`, `publicRoute()`,
 * `routeWithoutTransaction()` or `describedRoute()` carries its config, so the
 * path, method, summary, role and the zod schemas of path, query and body are
 * the ones the route parses with. `npm run openapi` writes the committed
 * document; tests/integration/openapi-document.test.ts fails when it is stale, when a
 * route file has a method the document lacks, or when an operation has no
 * summary. docs/decisions/0140-openapi-description.md explains the choices.
 */

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface RouteModule {
  /** The file under src/app/api, with forward slashes, e.g. `invoices/[id]/route.ts`. */
  file: string;
  module: Record<string, unknown>;
}

export interface Operation {
  path: string;
  method: HttpMethod;
  config: RouteConfig<unknown, unknown, unknown>;
  auth: 'session' | 'public';
}

/** `invoices/[id]/route.ts` → `/api/invoices/{id}`; null for a catch-all (`[...path]`), which serves no operation. */
export function openApiPath(file: string): string | null {
  const segments = file.split('/').slice(0, -1);
  if (segments.some((s) => s.startsWith('[...') || s.startsWith('[[...'))) return null;
  const path = segments.filter((s) => !/^\(.*\)$/.test(s)).map((s) => (/^\[(.+)\]$/.test(s) ? `{${s.slice(1, -1)}}` : s));
  return `/api${path.length ? `/${path.join('/')}` : ''}`;
}

function handlerOf(value: unknown): RouteHandler | undefined {
  return typeof value === 'function' ? (value as RouteHandler) : undefined;
}

/**
 * Every operation of the route files: a method whose handler carries a config.
 * `undescribed` lists the methods a file exports with a handler of its own
 * (not the 405 of `methods()`) that carries none: the coverage test refuses them.
 */
export function collectOperations(modules: readonly RouteModule[]): { operations: Operation[]; undescribed: string[] } {
  const operations: Operation[] = [];
  const undescribed: string[] = [];
  for (const { file, module } of [...modules].sort((a, b) => a.file.localeCompare(b.file))) {
    const path = openApiPath(file);
    if (!path) continue;
    for (const method of HTTP_METHODS) {
      const handler = handlerOf(module[method]);
      if (!handler || handler.notAllowed) continue;
      if (!handler.config || !handler.auth) {
        undescribed.push(`${method} ${path}`);
        continue;
      }
      operations.push({ path, method, config: handler.config, auth: handler.auth });
    }
  }
  return { operations, undescribed };
}

const TAGS: [prefix: string, tag: string][] = [
  ['ai', 'Assistant'],
  ['api-keys', 'API keys'],
  ['audit', 'Audit'],
  ['auth', 'Account'],
  ['bank-', 'Bank'],
  ['contacts', 'Contacts'],
  ['credit-notes', 'Credit notes'],
  ['cron', 'System'],
  ['dashboard', 'Dashboard'],
  ['deal-stages', 'Deals'],
  ['deals', 'Deals'],
  ['export', 'Export and import'],
  ['health', 'System'],
  ['import', 'Export and import'],
  ['invitations', 'Workspaces'],
  ['invoices', 'Invoices'],
  ['local-auth', 'Account'],
  ['mcp', 'MCP'],
  ['openapi.json', 'System'],
  ['outbox', 'Email outbox'],
  ['quotes', 'Quotes'],
  ['recurring-invoices', 'Recurring invoices'],
  ['tasks', 'Tasks'],
  ['time-entries', 'Time tracking'],
  ['transactions', 'Transactions'],
  ['webhook', 'System'],
  ['webhooks', 'Webhooks'],
  ['workspaces', 'Workspaces'],
];

/** The feature an operation belongs to, from its first path segment after /api. */
export function tagOf(path: string): string {
  const first = path.split('/')[2] ?? '';
  const exact = TAGS.find(([prefix]) => prefix === first);
  const prefixed = TAGS.find(([prefix]) => prefix.endsWith('-') && first.startsWith(prefix));
  const found = exact ?? prefixed;
  if (found) return found[1];
  const words = first.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type AnyZod = z.ZodType;

/** The object a query or path schema parses (a pipe's input side); undefined when it is not an object of named parameters. */
function objectOf(schema: unknown): z.ZodObject | undefined {
  let current = schema as AnyZod | undefined;
  for (let i = 0; i < 5 && current; i++) {
    const def = (current as unknown as { _zod: { def: { type: string; in?: AnyZod; innerType?: AnyZod } } })._zod.def;
    if (def.type === 'object') return current as unknown as z.ZodObject;
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return undefined;
}

/** A query schema's keys (e.g. to tell a paged list by its `cursor`). */
function queryKeys(config: RouteConfig<unknown, unknown, unknown>): string[] {
  const object = objectOf(config.query);
  return object ? Object.keys(object.shape) : [];
}

const WRITE_METHODS = new Set<HttpMethod>(['POST', 'PUT', 'PATCH', 'DELETE']);

function errorRef(name: string) {
  return { $ref: `#/components/responses/${name}` };
}

function responsesFor(op: Operation): ZodOpenApiResponsesObject {
  const { config, method, auth } = op;
  const status = String(config.status ?? 200);
  const keys = queryKeys(config);
  const paged = keys.includes('cursor') && keys.includes('limit');
  const data =
    (config.response as AnyZod | undefined) ?? z.unknown().meta({ description: 'The answer; see the README API section for its fields.' });
  const content: Record<string, { schema: AnyZod }> = {};
  if (config.produces) {
    content[config.produces] = { schema: z.string().meta({ format: 'binary' }) };
  } else {
    // loose: a list may carry more than the page (e.g. the transactions' totals)
    content['application/json'] = { schema: paged ? z.looseObject({ data: z.array(data), page: pageSchema }) : z.object({ data }) };
    if (keys.includes('format'))
      content['text/csv'] = { schema: z.string().meta({ description: 'With `format=csv`: every row that matches, as CSV.' }) };
  }
  const responses: ZodOpenApiResponsesObject = {
    [status]: { description: paged ? 'One page of the list.' : 'Success.', content },
  };
  responses['400'] = errorRef('BadRequest');
  if (auth === 'session') {
    responses['401'] = errorRef('Unauthorized');
    responses['403'] = errorRef('Forbidden');
    responses['404'] = errorRef('NotFound');
  } else if (config.params) {
    responses['404'] = errorRef('NotFound');
  }
  if (WRITE_METHODS.has(method) && auth === 'session') {
    responses['409'] = errorRef('Conflict');
    responses['422'] = errorRef('Unprocessable');
  }
  if (config.body || config.rawBody || (config as ExtraConfig).bytesBody) {
    responses['413'] = errorRef('PayloadTooLarge');
    responses['415'] = errorRef('UnsupportedMediaType');
  }
  responses['429'] = errorRef('TooManyRequests');
  return responses;
}

function roleOf(op: Operation): string {
  return op.config.role ?? (op.method === 'GET' ? 'viewer' : 'member');
}

/**
 * Route config fields that other parts of the wrapper add (API key scopes, file
 * bodies), read when present so the description follows them without a change here.
 */
interface ExtraConfig {
  apiKey?: 'read' | 'write' | 'never';
  bytesBody?: readonly string[];
}

function extra(op: Operation): ExtraConfig {
  return op.config as ExtraConfig;
}

function keyScopeOf(op: Operation): string {
  const scope = extra(op).apiKey ?? (op.method === 'GET' ? 'read' : 'write');
  return scope === 'never' ? 'API keys cannot call it (a signed-in person only).' : `With an API key: the \`${scope}\` scope.`;
}

function descriptionOf(op: Operation): string {
  const lines: string[] = [];
  if (op.auth === 'session') {
    lines.push(`Needs a session or bearer token and at least the \`${roleOf(op)}\` role in the workspace (403 below it).`);
    lines.push(keyScopeOf(op));
  } else {
    lines.push('Open without a session.');
  }
  if (op.config.readOnly?.length) {
    lines.push(`Read-only fields, refused with a 400 when sent: ${op.config.readOnly.map((f) => `\`${f}\``).join(', ')}.`);
  }
  if (op.config.rawBody) lines.push('The body is read as sent (its signature covers the raw bytes).');
  return lines.join('\n\n');
}

function operationObject(op: Operation, operationId: string): ZodOpenApiOperationObject {
  const path = objectOf(op.config.params);
  const query = objectOf(op.config.query);
  const operation: ZodOpenApiOperationObject = {
    operationId,
    summary: op.config.summary ?? '',
    description: descriptionOf(op),
    tags: [tagOf(op.path)],
    security: op.auth === 'session' ? [{ bearerAuth: [] }, { sessionCookie: [] }] : [],
    'x-ledgerly-role': op.auth === 'session' ? roleOf(op) : null,
    responses: responsesFor(op),
  };
  if (path || query) operation.requestParams = { ...(path ? { path } : {}), ...(query ? { query } : {}) };
  if (op.config.body) {
    operation.requestBody = {
      required: !op.config.optionalBody,
      content: { 'application/json': { schema: documentedSchema(op.config.body as AnyZod) } },
    };
  } else if (extra(op).bytesBody?.length) {
    operation.requestBody = {
      required: true,
      description: 'The file itself, as bytes.',
      content: Object.fromEntries(extra(op).bytesBody!.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
    };
  } else if (op.config.rawBody) {
    operation.requestBody = {
      required: true,
      description: 'The signed payload, exactly as the sender signed it.',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    };
  }
  return operation;
}

/** A unique operationId: the route's name, or with its method (and a number) when the name serves several operations. */
function operationIds(operations: readonly Operation[]): string[] {
  const seen = new Set<string>();
  return operations.map((op) => {
    let id = op.config.name;
    if (seen.has(id)) id = `${op.config.name}.${op.method.toLowerCase()}`;
    for (let n = 2; seen.has(id); n++) id = `${op.config.name}.${op.method.toLowerCase()}.${n}`;
    seen.add(id);
    return id;
  });
}

const INTRO = `The HTTP API of Ledgerly. Every route of the app is listed here, generated from the zod schemas the routes parse with.

- **Base URL**: the app's own origin (e.g. \`https://ledgerly.example.com\`); every path starts with \`/api\`.
- **Authentication**: \`Authorization: Bearer <token>\` (a session token or an API key \`lk_…\`), or the session cookie of a signed-in browser. \`X-Workspace-Id\` chooses the workspace; the role there (viewer < member < admin < owner) decides what is allowed.
- **Errors**: one shape, \`{ "error": { "code", "message", "details"? } }\`; \`details\` names each refused field (unknown and read-only fields are refused).
- **Pagination**: lists answer \`{ "data": [...], "page": { "limit", "next_cursor", "total", "total_exact" } }\`; pass \`cursor=<next_cursor>\` for the next page. A filtered or searched list counts at most 1000 rows: beyond, \`"total": 1000, "total_exact": false\`.
- **Money**: decimal strings such as \`"1250.00"\` (never floating-point numbers); dates are \`YYYY-MM-DD\` in the workspace time zone.
- **Rate limits**: per user (per address when signed out); \`X-RateLimit-Limit\`, \`X-RateLimit-Remaining\` and \`X-RateLimit-Reset\` on every answer, a 429 with \`Retry-After\` past the limit.`;

export interface DocumentInfo {
  version: string;
}

/** The OpenAPI 3.1 document of `modules`. */
export function buildDocument(modules: readonly RouteModule[], info: DocumentInfo) {
  const { operations } = collectOperations(modules);
  const ids = operationIds(operations);
  const paths: ZodOpenApiPathsObject = {};
  operations.forEach((op, i) => {
    const item = (paths[op.path] ??= {});
    (item as Record<string, ZodOpenApiOperationObject>)[op.method.toLowerCase()] = operationObject(op, ids[i]!);
  });
  const tags = [...new Set(operations.map((op) => tagOf(op.path)))].sort().map((name) => ({ name }));
  const error = (description: string) => ({ description, content: { 'application/json': { schema: errorBody } } });
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Ledgerly API', version: info.version, description: INTRO },
    tags,
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'A session token (the `token` of sign-in) or an API key (`lk_…`) of the workspace.',
        },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: '__session', description: 'The session cookie of a signed-in browser.' },
      },
      responses: {
        BadRequest: error('The JSON, a field, a query parameter or a header is invalid; `details` names each field.'),
        Unauthorized: error('No valid session or bearer token.'),
        Forbidden: error('The role in the workspace (or the key scope) is below what the operation needs.'),
        NotFound: error('The resource does not exist in this workspace.'),
        Conflict: error('The change conflicts with the current state (e.g. a duplicate or a stale version).'),
        PayloadTooLarge: error('The body is larger than the route accepts.'),
        UnsupportedMediaType: error('The body is not sent as application/json.'),
        Unprocessable: error('A referenced id is unknown in this workspace or cannot be used.'),
        TooManyRequests: error('Rate limited; retry after `Retry-After` seconds.'),
      },
    },
  });
}
