/**
 * Undo for an edit: the fields to send back (as a partial PUT) to restore a
 * record to what it was before, found by comparing the record before the
 * edit with what the server saved. Only the fields that changed are sent, so
 * an undo does not overwrite anything else.
 */

type Value = unknown;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as compared: timestamps by instant (a Date and its ISO string are the same), empty text as null. */
function comparable(value: Value): Value {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') {
    if (value === '') return null;
    if (TIMESTAMP.test(value)) {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) return time;
    }
  }
  return value ?? null;
}

/** A value as the API takes it back (a Date as its ISO string; undefined as null). */
export function asSent(value: Value): Value {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/**
 * The body of the PUT that restores `before`'s `fields`, or null when the
 * server saved no change to any of them (then there is nothing to undo).
 */
export function reversal(before: object, after: object, fields: readonly string[]): Record<string, Value> | null {
  const was = before as Record<string, Value>;
  const now = after as Record<string, Value>;
  const body: Record<string, Value> = {};
  for (const field of fields) {
    if (!(field in was)) continue;
    if (comparable(was[field]) !== comparable(now[field])) body[field] = asSent(was[field]);
  }
  return Object.keys(body).length > 0 ? body : null;
}
