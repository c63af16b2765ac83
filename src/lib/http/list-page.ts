import type { z } from 'zod';

/**
 * The list pages' side of a list's URL: which parameters the page reads from
 * its address (the same names the list API takes), the query its schema makes
 * of them, and the links that keep or drop them (export, clear, next page).
 * One place, so every list reads its address and builds its links alike.
 */

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface ListParams<Q> {
  /** the parameters the address carries, non-empty strings only */
  wanted: Record<string, string>;
  /** the list query the schema made of them; a value it refuses leaves the defaults */
  query: Q;
}

/** Reads `keys` from the page's search parameters and parses them with the list's schema. */
export async function readListParams<S extends z.ZodType>(
  searchParams: SearchParams,
  keys: readonly string[],
  schema: S,
  defaults: Record<string, string> = {},
): Promise<ListParams<z.output<S>>> {
  const raw = await searchParams;
  const wanted = pickParams(raw, keys);
  return { wanted, query: parseListQuery(schema, wanted, defaults) };
}

/** The non-empty string values of `keys` (an array value, `?a=1&a=2`, is not a filter). */
export function pickParams(raw: Record<string, string | string[] | undefined>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (typeof raw[k] === 'string' && raw[k] ? [[k, raw[k]]] : [])));
}

/** The schema's query for `wanted` over `defaults`; when it refuses them, the defaults alone. */
export function parseListQuery<S extends z.ZodType>(
  schema: S,
  wanted: Record<string, string>,
  defaults: Record<string, string> = {},
): z.output<S> {
  const parsed = schema.safeParse({ ...defaults, ...wanted });
  return parsed.success ? parsed.data : schema.parse(defaults);
}

/** `path?…` with `params` (empty values and `drop` left out). */
export function listHref(path: string, params: Record<string, string | undefined>, drop: readonly string[] = []): string {
  const search = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v && !drop.includes(k) ? [[k, v]] : []))).toString();
  return search ? `${path}?${search}` : path;
}

/** The CSV download of what the list shows: every page (no cursor), the same filters. */
export function exportHref(apiPath: string, params: Record<string, string | undefined>): string {
  return listHref(apiPath, { ...params, format: 'csv' }, ['cursor']);
}

/** The list without its search and filters, keeping its order (and any `keep` parameters, such as a tab). */
export function clearHref(path: string, wanted: Record<string, string>, keep: Record<string, string | undefined> = {}): string {
  return listHref(path, { ...keep, sort: wanted.sort });
}
