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
 * `text` with `$1`…`$n` replaced by the literals of `params`, or null when a
 * parameter cannot be written as a literal (the statement then keeps them).
 */
export function inlineParameters(text: string, params: readonly unknown[]): string | null {
  if (params.length === 0) return text;
  const literals: string[] = [];
  for (const value of params) {
    const lit = literal(value);
    if (lit === null) return null;
    literals.push(lit);
  }
  let out = '';
  let i = 0;
  let from = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === "'") {
      // a string: '' is an escaped quote; in an E'…' string a backslash escapes the next character
      const escapes = i > 0 && (text[i - 1] === 'E' || text[i - 1] === 'e') && !/[\w$]/.test(text[i - 2] ?? '');
      i += 1;
      while (i < n) {
        if (escapes && text[i] === '\\') i += 2;
        else if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i += 1;
      }
      if (i >= n) return null;
      i += 1;
    } else if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return null;
      i = end + 1;
      // "" inside an identifier is the same scan twice
    } else if (ch === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (ch === '/' && next === '*') {
      // comments nest in PostgreSQL
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth += 1;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth -= 1;
          i += 2;
        } else i += 1;
      }
      if (depth > 0) return null;
    } else if (ch === '$') {
      const placeholder = /^\$(\d+)/.exec(text.slice(i, i + 12));
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 66));
      if (placeholder && !/[\w$]/.test(text[i - 1] ?? '')) {
        const index = Number(placeholder[1]) - 1;
        if (index < 0 || index >= literals.length) return null;
        out += text.slice(from, i) + literals[index];
        i += placeholder[0].length;
        from = i;
      } else if (tag && !/[\w$]/.test(text[i - 1] ?? '')) {
        const end = text.indexOf(tag[0], i + tag[0].length);
        if (end < 0) return null;
        i = end + tag[0].length;
      } else i += 1;
    } else i += 1;
  }
  return out + text.slice(from);
}
