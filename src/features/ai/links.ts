/** Where the record a confirmed action changed lives in the app. */
export function recordHref(tool: string, record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return undefined;
  if (tool.endsWith('_contact')) return `/contacts/${id}`;
  if (tool.endsWith('_task')) return `/tasks`;
  if (tool.endsWith('_transaction')) return `/transactions`;
  if (tool.includes('invoice')) return `/invoices/${id}`;
  return undefined;
}

/**
 * Splits an answer into text and the Markdown links it contains. Only links
 * inside the app (a path starting with one "/") become links.
 */
export function answerParts(text: string): ({ text: string } | { label: string; href: string })[] {
  const parts: ({ text: string } | { label: string; href: string })[] = [];
  const re = /\[([^\]\n]{1,200})\]\((\/(?!\/)[^\s)]*)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ label: m[1]!, href: m[2]! });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
