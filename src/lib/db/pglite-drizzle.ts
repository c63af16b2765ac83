import type { PgliteClient } from './pglite';

/**
 * The embedded database as Drizzle reaches it, without a copy of PGlite's type parsers per statement.
 *
 * Drizzle's PGlite driver reads dates, timestamps and intervals (and arrays of them) as the database's
 * text, and says so with every statement it sends (`parsers` in the statement's options). PGlite answers
 * such a statement by first copying its whole parser table into a new object: one entry per type, over
 * 300 with the array types, about 0.15 ms per statement on the machine that runs the tests, where a
 * simple statement costs 0.25 ms without it. So those parsers are put on the client once, when it
 * opens, and Drizzle's statements reach it without their own: PGlite then reads each column with the
 * same parser as before, without the copy.
 *
 * Only statements whose parsers are all these text readers lose them (anything else is passed on as
 * it was); `pglite-drizzle.test.ts` checks that Drizzle's statements are such statements. Everything
 * else on the same client (migrations, the runtime role check, backups) reads those types as text too;
 * none of it reads a date.
 */

/** The types Drizzle's PGlite driver reads as text: timestamp, timestamptz, interval, date, and the arrays numeric[], timestamp[], timestamptz[], interval[], date[]. */
export const TEXT_TYPES = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182] as const;

const asText = (value: string) => value;
const textTypes = new Set<number>(TEXT_TYPES);

type QueryOptions = NonNullable<Parameters<PgliteClient['query']>[2]>;

/** The options without `parsers` when those only read TEXT_TYPES as text (now the client's own parsers); otherwise as given. */
export function withoutTextParsers<O extends QueryOptions | undefined>(options: O): O {
  const parsers = options?.parsers;
  if (!parsers) return options;
  for (const key of Object.keys(parsers)) {
    const parse = parsers[Number(key)];
    // each must be a reader that returns its text unchanged (Drizzle's are `(value) => value`)
    if (!textTypes.has(Number(key)) || typeof parse !== 'function' || parse('1') !== '1') return options;
  }
  const { parsers: _dropped, ...rest } = options!;
  return rest as O;
}

interface Queryable {
  query: PgliteClient['query'];
}

/** `target` with its `query` leaving out the text parsers, and `extra` in place of its own members; its other methods bound to it. */
function passing<T extends Queryable>(target: T, extra: Partial<T> = {}): T {
  const query = ((text: string, params?: unknown[], options?: QueryOptions) =>
    target.query(text, params, withoutTextParsers(options))) as PgliteClient['query'];
  const replaced: Record<PropertyKey, unknown> = { ...extra, query };
  return new Proxy(target, {
    get: (t, key) => {
      if (Object.hasOwn(replaced, key)) return replaced[key];
      const value: unknown = Reflect.get(t, key, t);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/**
 * Sets TEXT_TYPES' parsers on `client` (every reader of the client then gets those types as text) and
 * returns the client for Drizzle: the same client, whose statements (also inside transactions) leave
 * out parsers that are now the client's own.
 */
export function clientForDrizzle(client: PgliteClient): PgliteClient {
  for (const type of TEXT_TYPES) client.parsers[type] = asText;
  const transaction: PgliteClient['transaction'] = (fn) => client.transaction((tx) => fn(passing(tx)));
  return passing(client, { transaction });
}
