import { safeRedirectPath } from '@/lib/http/redirect';

/** Where the record a confirmed action changed lives in the app. */
export function recordHref(tool: string, record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  if (typeof id !== 'string') return undefined;
  const path = (href: string) => safeRedirectPath(href, '') || undefined;
  if (tool.endsWith('_contact')) return path(`/contacts/${encodeURIComponent(id)}`);
  if (tool.endsWith('_task')) return `/tasks`;
  if (tool.endsWith('_transaction')) return `/transactions`;
  if (tool.includes('invoice')) return path(`/invoices/${encodeURIComponent(id)}`);
  return undefined;
}

/**
 * Splits an answer into text and the Markdown links it contains. Only links
 * to a path on this site (the same check as redirects: src/lib/http/redirect.ts)
 * become links; any other stays plain text, exactly as written.
 */
export function answerParts(text: string): ({ text: string } | { label: string; href: string })[] {
  const parts: ({ text: string } | { label: string; href: string })[] = [];
  const re = /\[([^\]\n]{1,200})\]\(([^\s)]{1,2048})\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const href = m[2]!.startsWith('/') ? safeRedirectPath(m[2], '') : '';
    if (!href) continue;
    if (m.index! > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ label: m[1]!, href });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
