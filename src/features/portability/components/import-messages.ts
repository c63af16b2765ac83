import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_MAX_BYTES, OLDEST_EXPORT_VERSION } from '../format';

/**
 * The words of the import on the Profile page: what a chosen file holds, and
 * the server's error details ("tables.contacts.3.email") as sentences a
 * person can act on ("Contacts, row 4, email: must be at most 320 characters").
 */

const LABELS: Record<string, [string, string]> = {
  workspaces: ['business settings', 'business settings'],
  users: ['person', 'people'],
  workspace_members: ['member', 'members'],
  business_logos: ['logo', 'logos'],
  contacts: ['contact', 'contacts'],
  contact_notes: ['note', 'notes'],
  tasks: ['task', 'tasks'],
  invoices: ['invoice', 'invoices'],
  invoice_items: ['invoice line', 'invoice lines'],
  transactions: ['transaction', 'transactions'],
  credit_notes: ['credit note', 'credit notes'],
  credit_note_items: ['credit note line', 'credit note lines'],
  recurring_invoices: ['recurring invoice', 'recurring invoices'],
  invoice_counters: ['invoice numbering', 'invoice numbering'],
  invoice_events: ['invoice history entry', 'invoice history entries'],
  invoice_reminders: ['reminder sent', 'reminders sent'],
  ai_logs: ['question to the assistant', 'questions to the assistant'],
  ai_actions: ['assistant action', 'assistant actions'],
  audit_logs: ['activity entry', 'activity entries'],
};

/** What people care about, in this order; the bookkeeping tables are not listed. */
const SHOWN = ['contacts', 'contact_notes', 'tasks', 'invoices', 'invoice_items', 'transactions', 'ai_logs'] as const;

function count(n: number, table: string): string {
  const [one, many] = LABELS[table] ?? [table, table];
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function list(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "12 contacts, 3 notes, 5 invoices and the business settings and logo" */
export function describeCounts(counts: Record<string, number>): string {
  const parts = SHOWN.filter((t) => (counts[t] ?? 0) > 0).map((t) => count(counts[t]!, t));
  const extras = [(counts.workspaces ?? 0) > 0 ? 'business settings' : null, (counts.business_logos ?? 0) > 0 ? 'logo' : null].filter(
    (x): x is string => x !== null,
  );
  if (extras.length > 0) parts.push(`the ${extras.join(' and ')}`);
  return parts.length > 0 ? list(parts) : 'nothing yet (an empty workspace)';
}

export type ChosenFile =
  | {
      ok: true;
      body: unknown;
      exportedAt: Date | null;
      summary: string;
      /** the members of the exported workspace (they are not imported; 0 for an export from before workspaces) */
      members: number;
    }
  | { ok: false; problem: string };

/** Reads the text of a chosen data.json far enough to say what it holds (the server checks everything). */
export function readChosenFile(text: string): ChosenFile {
  if (new Blob([text]).size > IMPORT_MAX_BYTES) {
    return { ok: false, problem: `This export is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, more than one import takes.` };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problem: 'This file is not a Ledgerly export: it is not JSON. Choose the ZIP you downloaded, or the data.json inside it.',
    };
  }
  const file = body as { format?: unknown; version?: unknown; exported_at?: unknown; tables?: unknown };
  if (typeof body !== 'object' || body === null || file.format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'This file is not a Ledgerly export. Choose the ZIP you downloaded, or the data.json inside it.' };
  }
  if (typeof file.version === 'number' && file.version > EXPORT_VERSION) {
    return { ok: false, problem: 'This export comes from a newer version of Ledgerly. Update this one, then import it.' };
  }
  const tables = (typeof file.tables === 'object' && file.tables !== null ? file.tables : {}) as Record<string, unknown>;
  const counts: Record<string, number> = Object.fromEntries(
    Object.entries(tables).map(([t, rows]) => [t, Array.isArray(rows) ? rows.length : 0]),
  );
  if (file.version === OLDEST_EXPORT_VERSION) {
    // before workspaces, the one users row was the account with its business settings
    counts.workspaces = counts.users ?? 0;
    delete counts.users;
  }
  const exportedAt =
    typeof file.exported_at === 'string' && !Number.isNaN(Date.parse(file.exported_at)) ? new Date(file.exported_at) : null;
  return { ok: true, body, exportedAt, summary: describeCounts(counts), members: counts.workspace_members ?? 0 };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `tables.contacts.3.email` → "Contacts, row 4, email". */
export function describePath(path: string): string {
  const match = /^tables\.([a-z_]+)(?:\.(\d+)(?:\.(.+))?)?$/.exec(path);
  if (!match) return path === '(more)' ? '' : path.replaceAll('_', ' ');
  const [, table = '', row, field] = match;
  const name = capitalised(LABELS[table]?.[1] ?? table.replaceAll('_', ' '));
  return [name, row === undefined ? null : `row ${Number(row) + 1}`, field?.replaceAll('_', ' ') ?? null].filter(Boolean).join(', ');
}

/** The server's details, one sentence each. */
export function detailLines(details: Record<string, string[]>): string[] {
  return Object.entries(details).flatMap(([path, problems]) => {
    const where = describePath(path);
    return problems.map((problem) => (where ? `${where}: ${problem}` : capitalised(problem)));
  });
}
