/**
 * Ids inside free-form values (the history of an invoice names the payment it
 * records, the assistant's log links to the contact it found): every UUID
 * that is the id of a row of the file becomes that row's new id; any other
 * text is left as it is.
 */

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function remapText(text: string, ids: ReadonlyMap<string, string>): string {
  if (text.length < 36) return text;
  return text.replace(UUID_IN_TEXT, (found) => ids.get(found.toLowerCase()) ?? found);
}

/** A JSON value with the ids of `ids` replaced in every string (keys included). */
export function remapJson(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return remapText(value, ids);
  if (Array.isArray(value)) return value.map((item) => remapJson(item, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [remapText(key, ids), remapJson(item, ids)]));
  }
  return value;
}
