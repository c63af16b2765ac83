/**
 * Parameters as literals, so that a statement costs one round trip and can be
 * pipelined (docs/decisions/0170-one-round-trip-per-statement.md).
 *
 * With `prepare: false` (required behind a transaction pooler), postgres-js
 * sends a statement that has parameters in two round trips: Parse + Describe,
 * wait for the parameter types, then Bind + Execute. While it waits, nothing
 * else is sent on the connection, so the statements of a request never share
 * a round trip. A statement without parameters leaves in one message and rides
 * along with the others.
 *
 * `inlineParameters` writes each parameter into the text as the literal the
 * server would have parsed from the same text value: a string as an escape
 * string (`E'…'`, backslashes and quotes doubled — read the same whatever
 * `standard_conforming_strings` says), of type `unknown` like an untyped
 * parameter, so the server resolves its type from the context exactly as it
 * resolves the parameter's; a finite number as that unknown literal of its
 * decimal text; a boolean as `true`/`false`; null as `NULL`. Placeholders are
 * found by a scanner that skips quoted strings, quoted identifiers,
 * dollar-quoted bodies and comments. Anything else — a NUL character (which
 * would end the statement's text), an object, an array, a Date, bytes, a
 * bigint, a non-finite number, a placeholder that does not match a parameter —
 * returns null: the caller sends the statement with its parameters, as before.
 */

/** One parameter as a literal, or null when it must stay a parameter. */
export function literal(value: unknown): string | null {
  if (value === null) return 'NULL';
  if (typeof value === 'string') {
    if (value.includes('\0')) return null;
    return `E'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `'${String(value)}'` : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return null;
}

/**
 * Bulk statements (an import's batch, a JSON array of rows) keep their
 * parameters: a round trip more is nothing beside their work, and the server
 * binds a large value faster than it lexes it from the text.
 */
export const INLINE_MAX_PARAMETERS = 256;
export const INLINE_MAX_CHARS = 64 * 1024;

/**
 * What the statement text holds, in the order PostgreSQL's lexer would see it:
 * an escape string (`E'…'`, backslash escapes), a string (`'…'`, with
 * standard_conforming_strings on, as it always is here), a quoted identifier,
 * a line comment, a block comment (not nested), a dollar-quoted body, a
 * placeholder (group 2) — or the start of one of these left open, or a nested
 * comment, which this does not follow (then the statement keeps its parameters).
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<![\w$])[Ee]'(?:[^'\\]|\\[\s\S]|'')*'`,
    String.raw`'(?:[^']|'')*'`,
    String.raw`"(?:[^"]|"")*"`,
    String.raw`--[^\n]*`,
    String.raw`\/\*(?:(?!\/\*)[\s\S])*?\*\/`,
    String.raw`(?<![\w$])\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\1\$`,
    String.raw`(?<![\w$])\$(\d+)`,
    String.raw`(?<open>['"]|\/\*|(?<![\w$])\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$)`,
  ].join('|'),
  'g',
);

/**
 * `text` with `$1`…`$n` replaced by the literals of `params`, or null when a
 * parameter cannot be written as a literal (the statement then keeps them).
 */
export function inlineParameters(text: string, params: readonly unknown[]): string | null {
  if (params.length === 0) return text;
  if (params.length > INLINE_MAX_PARAMETERS) return null;
  const literals: string[] = [];
  let size = 0;
  for (const value of params) {
    const lit = literal(value);
    if (lit === null) return null;
    size += lit.length;
    if (size > INLINE_MAX_CHARS) return null;
    literals.push(lit);
  }
  let usable = true;
  const out = text.replace(TOKEN, (match: string, _tag: string | undefined, placeholder: string | undefined, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as { open?: string };
    if (groups.open !== undefined) usable = false;
    if (placeholder === undefined) return match;
    const lit = literals[Number(placeholder) - 1];
    if (lit === undefined) usable = false;
    return lit ?? match;
  });
  return usable ? out : null;
}
