/**
 * Reading the API description (src/lib/openapi/openapi.json) for the
 * documentation page /docs/api: the operations grouped by tag, and a short
 * label for each JSON Schema (`string (YYYY-MM-DD)`, `one of draft | sent`).
 * Only the parts of OpenAPI 3.1 the generator writes are read.
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface MediaContent {
  schema?: JsonSchema;
}

export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaContent>;
}

export interface OperationObject {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; description?: string; content: Record<string, MediaContent> };
  responses: Record<string, ResponseObject>;
  'x-ledgerly-role'?: string | null;
}

export interface ApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  tags?: { name: string }[];
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema>; responses?: Record<string, ResponseObject> };
}

export interface DocOperation {
  method: string;
  path: string;
  operation: OperationObject;
  /** Lower-case text the page's search looks in: method, path, summary, tag. */
  searchText: string;
}

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/** The operations by tag, tags in alphabetical order, operations by path then method. */
export function operationsByTag(doc: ApiDocument): { tag: string; operations: DocOperation[] }[] {
  const groups = new Map<string, DocOperation[]>();
  for (const path of Object.keys(doc.paths).sort()) {
    const item = doc.paths[path]!;
    for (const method of METHOD_ORDER) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      const entry: DocOperation = {
        method: method.toUpperCase(),
        path,
        operation,
        searchText: [method, path, operation.summary ?? '', tag, operation.operationId].join(' ').toLowerCase(),
      };
      groups.set(tag, [...(groups.get(tag) ?? []), entry]);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([tag, operations]) => ({ tag, operations }));
}

/** Whether an operation matches the search words (every word, in any order). */
export function matches(op: Pick<DocOperation, 'searchText'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => op.searchText.includes(w));
}

/** The name a `$ref` points at (`#/components/schemas/Money` → `Money`). */
export function refName(ref: string): string {
  return ref.split('/').pop() ?? ref;
}

/** The schema a `$ref` points at, or the schema itself. */
export function resolve(doc: ApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  return doc.components?.schemas?.[refName(schema.$ref)];
}

/** The response a `$ref` points at, or the response itself. */
export function resolveResponse(doc: ApiDocument, response: ResponseObject): ResponseObject {
  if (!response.$ref) return response;
  return doc.components?.responses?.[refName(response.$ref)] ?? response;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A short label for a schema: its type, with the values of an enum, the name of a component, `or null`. */
export function typeLabel(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return `one of ${schema.enum.map(literal).join(' | ')}`;
  if (schema.const !== undefined) return `"${literal(schema.const)}"`;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const parts = union.map(typeLabel);
    return [...new Set(parts)].join(' or ');
  }
  if (schema.allOf?.length === 1) return typeLabel(schema.allOf[0]);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.properties ? 'object' : 'any';
  return types
    .map((t) => {
      if (t === 'array') return `array of ${typeLabel(schema.items)}`;
      if (t === 'string' && schema.format) return `string (${schema.format})`;
      if (t === 'string' && schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'string (YYYY-MM-DD)';
      if (t === 'string' && schema.pattern?.includes('[0-9a-f]{8}')) return 'string (uuid)';
      return t;
    })
    .join(' or ');
}

/** The JSON content of a request or response, else its first content type. */
export function primaryContent(content: Record<string, MediaContent> | undefined): { type: string; schema?: JsonSchema } | undefined {
  if (!content) return undefined;
  const type = content['application/json'] ? 'application/json' : Object.keys(content)[0];
  return type ? { type, schema: content[type]?.schema } : undefined;
}
