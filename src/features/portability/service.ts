import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import { contactListQuerySchema } from '@/features/contacts/schema';
import { dealListQuerySchema } from '@/features/deals/schema';
import { exportDealsCsv } from '@/features/deals/service';
import { exportContactsCsv } from '@/features/contacts/service';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { exportInvoicesCsv, invoicePdf, updateInvoiceSettings } from '@/features/invoices/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { exportTasksCsv } from '@/features/tasks/service';
import { transactionListQuerySchema } from '@/features/transactions/schema';
import { exportTransactionsCsv } from '@/features/transactions/service';
import { timeEntryListQuerySchema } from '@/features/time/schema';
import { exportTimeEntriesCsv, updateTimeSettings } from '@/features/time/service';
import { checkLogo, setLogo, updateSettings } from '@/features/users/service';
import { listMembers } from '@/features/workspaces/service';
import type { Workspace } from '@/lib/auth/workspace';
import { type Database, type TenantRunner, tryAdvisoryLock } from '@/lib/db';
import { ApiError, errors } from '@/lib/errors';
import { log } from '@/lib/log';
import { safeTimeZone, todayIn } from '@/lib/time';
import { zodDetails } from '@/lib/validation';
import { MAX_DETAILS, outcomeDifferences, planImport, type Row } from './plan';
import {
  applyQuoteSettings,
  cancelInvoices,
  clearDealStages,
  raiseDocumentCounter,
  replayQuotes,
  selectStoredQuotes,
  EXPORT_SPEC,
  exportRows,
  insertRows,
  raiseInvoiceCounter,
  selectHeldRows,
  selectStoredInvoices,
  sendDrafts,
  setCreditNotePrefix,
  setImporting,
  setPaidAt,
} from './queries';
import { EXPORT_TABLES, type ExportTable, type ImportCounts, parseExportFile } from './schema';
import { writeSnapshot, type Snapshot } from './snapshot';
import { bufferStream, type ZipEntry, zipStream } from './zip';

/**
 * Everything of a workspace out, as one ZIP, and back in, into an empty
 * workspace (docs/decisions/0096-export-and-import.md). The workspace is the
 * tenant of the transaction: the one the request acts in; only its admins
 * and owner export and import (the routes' role).
 */

type Tenant = Workspace;

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

/** Tables written as CSV from the snapshot (the others come from the lists' own CSV exports). */
const SNAPSHOT_CSV = ['contact_notes', 'invoice_items'] as const satisfies readonly ExportTable[];

/** `INV/0001` → `INV_0001`: a file name that stays one file on every system. */
export function pdfEntryName(invoiceNumber: string, taken: Set<string>): string {
  const base =
    invoiceNumber
      .replace(/[^\w.-]+/g, '_')
      .replace(/^\.+/, '_')
      .slice(0, 100) || 'invoice';
  let name = `invoices/${base}.pdf`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `invoices/${base}-${n}.pdf`;
  taken.add(name.toLowerCase());
  return name;
}

const NOUNS: Partial<Record<ExportTable, [string, string]>> = {
  contacts: ['contact', 'contacts'],
  contact_notes: ['note', 'notes'],
  tasks: ['task', 'tasks'],
  invoices: ['invoice', 'invoices'],
  invoice_items: ['invoice line', 'invoice lines'],
  transactions: ['transaction', 'transactions'],
  deals: ['deal', 'deals'],
  time_entries: ['time entry', 'time entries'],
  bank_lines: ['bank line', 'bank lines'],
  ai_logs: ['question to the assistant', 'questions to the assistant'],
};

function plural(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function readme(workspace: Tenant, exportedAt: Date, snapshot: Snapshot): string {
  const name =
    workspace.business_name && workspace.business_name !== workspace.name
      ? `${workspace.name} (${workspace.business_name})`
      : workspace.name;
  const by = [workspace.user.first_name, workspace.user.last_name].filter(Boolean).join(' ') || workspace.user.email;
  const held = (Object.entries(NOUNS) as [ExportTable, [string, string]][]).map(([t, noun]) => plural(snapshot.counts[t], noun)).join(', ');
  return [
    `Ledgerly export of the workspace ${name}, written ${exportedAt.toISOString()}${by ? ` by ${by}` : ''}.`,
    `It holds ${held}, and ${plural(snapshot.counts.workspace_members, ['member', 'members'])}.`,
    '',
    'data.json',
    '  Everything in the workspace, table by table, with its ids: to import into an empty',
    '  Ledgerly workspace (Profile → Your data → Import), or for any other program.',
    '  Amounts are exact decimal text ("1250.00"), times are UTC, dates are YYYY-MM-DD.',
    "  The workspace's business settings, its members and their roles, and who made each",
    '  row are included; an import brings the settings and every record, not the members',
    "  (invite them there). The questions to the assistant are your own: each person's",
    '  assistant history is theirs.',
    'contacts.csv, tasks.csv, transactions.csv, invoices.csv, deals.csv, time-entries.csv',
    '  The same files as the CSV downloads of each list, for spreadsheets.',
    'contact_notes.csv, invoice_items.csv',
    '  The notes on your contacts, and the lines of every invoice.',
    'invoices/',
    '  Every invoice as a PDF.',
    '',
  ].join('\r\n');
}

/** The lists' own CSV exports, unfiltered, oldest first: the same columns as their Download CSV buttons. */
function listCsvEntries(run: TenantRunner, owner: Tenant, mtime: Date): ZipEntry[] {
  const sort = { sort: 'created_at' };
  const body = (response: Response) => Readable.fromWeb(response.body! as import('node:stream/web').ReadableStream<Uint8Array>);
  return [
    { name: 'contacts.csv', mtime, open: () => body(exportContactsCsv(run, owner, contactListQuerySchema.parse(sort))) },
    { name: 'tasks.csv', mtime, open: () => body(exportTasksCsv(run, owner, taskListQuerySchema.parse(sort))) },
    { name: 'transactions.csv', mtime, open: () => body(exportTransactionsCsv(run, owner, transactionListQuerySchema.parse(sort))) },
    { name: 'invoices.csv', mtime, open: () => body(exportInvoicesCsv(run, owner, invoiceListQuerySchema.parse(sort))) },
    { name: 'deals.csv', mtime, open: () => body(exportDealsCsv(run, owner, dealListQuerySchema.parse(sort))) },
    { name: 'time-entries.csv', mtime, open: () => body(exportTimeEntriesCsv(run, owner, timeEntryListQuerySchema.parse(sort))) },
  ];
}

export interface ExportResult {
  response: Response;
  counts: Record<ExportTable, number>;
}

/**
 * GET /api/export. The rows are read in one short transaction, from one
 * snapshot, into data.json on disk (temporary, removed when the download ends
 * or breaks off); the ZIP is then written while the client reads it: data.json,
 * a CSV per table, and each invoice's PDF, rendered one at a time.
 */
export async function exportAccount(run: TenantRunner, owner: Tenant, requestId?: string): Promise<ExportResult> {
  const started = performance.now();
  const exportedAt = new Date();
  const dir = await mkdtemp(path.join(tmpdir(), 'ledgerly-export-'));
  const cleanup = () => rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const files = {
    data: path.join(dir, 'data.json'),
    csv: Object.fromEntries(
      SNAPSHOT_CSV.map((t) => [t, { path: path.join(dir, `${t}.csv`), columns: EXPORT_SPEC[t].columns.map(([c]) => c) }]),
    ),
  };
  let snapshot: Snapshot;
  try {
    snapshot = await run((tx) => writeSnapshot(exportRows(tx, EXPORT_TABLES), EXPORT_TABLES, files, exportedAt));
  } catch (error) {
    await cleanup();
    throw error;
  }
  const read = performance.now();

  const mtime = exportedAt;
  let pdfs = 0;
  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name: 'README.txt', mtime, open: () => bufferStream(readme(owner, exportedAt, snapshot)) };
    yield { name: 'data.json', mtime, open: () => createReadStream(files.data) };
    yield* listCsvEntries(run, owner, mtime);
    for (const table of SNAPSHOT_CSV) yield { name: `${table}.csv`, mtime, open: () => createReadStream(files.csv[table]!.path) };
    const taken = new Set<string>();
    for (const invoice of snapshot.invoices) {
      let pdf: Buffer;
      try {
        pdf = (await invoicePdf(run, owner, invoice.id)).pdf;
      } catch (error) {
        // a draft deleted since the snapshot: it has no PDF any more
        if (error instanceof ApiError && error.status === 404) continue;
        throw error;
      }
      pdfs += 1;
      // PDFs are compressed inside already
      yield { name: pdfEntryName(invoice.invoice_number, taken), mtime, compress: false, open: () => bufferStream(pdf) };
    }
  }

  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const zip = zipStream(entries(), {
    onClose: (error) => {
      void cleanup();
      const fields = {
        request_id: requestId,
        rows: Object.values(snapshot.counts).reduce((a, b) => a + b, 0),
        data_json_bytes: snapshot.bytes,
        zip_bytes: bytes,
        pdfs,
        read_ms: Math.round(read - started),
        total_ms: Math.round(performance.now() - started),
      };
      if (error) log.warn('export.interrupted', { ...fields, reason: error.message });
      else log.info('export.written', fields);
    },
  });
  pipeline(zip, counter, () => undefined);

  const day = todayIn(safeTimeZone(owner.time_zone), exportedAt);
  return {
    counts: snapshot.counts,
    response: new Response(Readable.toWeb(counter) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="ledgerly-export-${day}.zip"`,
      },
    }),
  };
}

// ---------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------

export const IMPORT_LOCK_SCOPE = 'ledgerly.portability.import';

const HELD_NOUNS = {
  contacts: ['contact', 'contacts'],
  tasks: ['task', 'tasks'],
  transactions: ['transaction', 'transactions'],
  invoices: ['invoice', 'invoices'],
  deals: ['deal', 'deals'],
} as const satisfies Record<string, [string, string]>;

/** What the workspace already holds (contacts, tasks, transactions, invoices), or null when it is empty. */
export async function workspaceContents(tx: Database): Promise<string | null> {
  const held = await selectHeldRows(tx);
  const parts = (Object.keys(HELD_NOUNS) as (keyof typeof HELD_NOUNS)[])
    .filter((t) => held[t] > 0)
    .map((t) => `${held[t] >= 1000 ? 'over 1000' : held[t]} ${held[t] === 1 ? HELD_NOUNS[t][0] : HELD_NOUNS[t][1]}`);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Items are written whole invoice by whole invoice: an invoice's totals are recomputed after each statement. */
function batchesByInvoice(items: readonly Row[], size = 500): Row[][] {
  const batches: Row[][] = [];
  let batch: Row[] = [];
  let last: unknown;
  for (const item of items) {
    if (batch.length >= size && item.invoice_id !== last) {
      batches.push(batch);
      batch = [];
    }
    batch.push(item);
    last = item.invoice_id;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * POST /api/import: a data.json (version 2, or 1 from before workspaces) into
 * an empty workspace, all or nothing (the caller's one tenant transaction).
 * Rows get new ids, the workspace imported into and the importing person as
 * their creator; the business settings and logo go to the workspace, the
 * file's members do not. Invoices are replayed through the database's own
 * rules (drafts, items, sent, payments, cancelled) and must come out with the
 * totals, statuses and amounts paid the file says, or nothing is imported.
 */
export async function importAccount(tx: Database, tenant: Tenant, body: unknown): Promise<ImportCounts> {
  // reportInput: a value of the wrong type is told apart from a missing one ("is required")
  const parsed = parseExportFile(body, { reportInput: true });
  if (!parsed.success) {
    const details = zodDetails(parsed.error);
    const keys = Object.keys(details);
    const listed = Object.fromEntries(keys.slice(0, MAX_DETAILS).map((k) => [k, details[k]!]));
    if (keys.length > MAX_DETAILS) listed['(more)'] = [`and ${keys.length - MAX_DETAILS} more fields with problems`];
    const notAnExport = keys.some((k) => k === 'format' || k === 'version');
    const newer = !details.format && details.version?.some((problem) => problem.includes('newer Ledgerly'));
    throw errors.validation(
      listed,
      newer
        ? 'This export comes from a newer Ledgerly: update this one to import it; nothing was imported.'
        : notAnExport
          ? 'This is not a Ledgerly export this app can read (data.json from Profile → Your data → Download); nothing was imported.'
          : 'Some values in the file are not valid; nothing was imported.',
    );
  }
  const members = (await listMembers(tx, tenant, tenant.id)).map(({ user_id, email }) => ({ user_id, email }));
  const plan = planImport(parsed.data, tenant.id, { members });

  if (!(await tryAdvisoryLock(tx, IMPORT_LOCK_SCOPE, tenant.id))) {
    throw errors.conflict('An import into this workspace is already running. Wait until it has finished.');
  }
  const held = await workspaceContents(tx);
  if (held) {
    throw errors.conflict(
      `This workspace already has ${held}. An export can only be imported into an empty workspace, so nothing was imported.`,
      { workspace: ['is not empty'] },
    );
  }
  const logo = plan.logo ? await checkLogo(plan.logo) : null;

  await setImporting(tx, true);
  if (plan.settings && Object.keys(plan.settings).length > 0) await updateSettings(tx, tenant, plan.settings);
  if (plan.reminderDays) await updateInvoiceSettings(tx, tenant, { reminder_days: plan.reminderDays });
  if (plan.timeSettings && Object.keys(plan.timeSettings).length > 0) await updateTimeSettings(tx, tenant, plan.timeSettings);
  if (logo) await setLogo(tx, tenant, logo);

  const { insert } = plan;
  await insertRows(tx, 'contacts', insert.contacts);
  await insertRows(tx, 'contact_notes', insert.contact_notes);
  await insertRows(tx, 'tasks', insert.tasks);
  // quotes as drafts, then their items (the totals follow), then their lives; before invoices, which name them
  await applyQuoteSettings(tx, tenant.id, plan.quoteSettings);
  await insertRows(tx, 'quotes', insert.quotes);
  await insertRows(tx, 'quote_items', insert.quote_items);
  if (plan.lastQuoteNumber !== null) await raiseDocumentCounter(tx, tenant.id, 'quote', plan.lastQuoteNumber);
  await replayQuotes(tx, plan.quoteReplays);
  const storedQuotes = new Map(
    (
      await selectStoredQuotes(
        tx,
        plan.quoteOutcomes.map((o) => o.id),
      )
    ).map((row) => [row.id, row]),
  );
  const quoteDifferences: Record<string, string[]> = {};
  for (const outcome of plan.quoteOutcomes) {
    const row = storedQuotes.get(outcome.id);
    for (const field of ['subtotal', 'discount_amount', 'tax_amount', 'total_amount'] as const) {
      if (row?.[field] !== outcome[field]) {
        quoteDifferences[`${outcome.path}.${field}`] = [
          `is ${outcome[field]}, but quote ${outcome.quote_number}'s items make ${row?.[field]}`,
        ];
      }
    }
  }
  if (Object.keys(quoteDifferences).length > 0) {
    throw errors.unprocessable(
      'Some quotes do not come out the same from their items and discounts, so nothing was imported.',
      quoteDifferences,
    );
  }
  await insertRows(tx, 'recurring_invoices', insert.recurring_invoices);
  if (plan.creditNotePrefix !== null) await setCreditNotePrefix(tx, tenant.id, plan.creditNotePrefix);
  // invoices as drafts, then their items (the totals follow), then their lives
  await insertRows(tx, 'invoices', insert.invoices);
  for (const batch of batchesByInvoice(insert.invoice_items)) await insertRows(tx, 'invoice_items', batch);
  if (plan.lastInvoiceNumber !== null) await raiseInvoiceCounter(tx, tenant.id, plan.lastInvoiceNumber);
  await sendDrafts(tx, plan.sends);
  await insertRows(tx, 'transactions', insert.transactions);
  // credits after the payments (each checked against its invoice, which they may settle), before cancelling
  await insertRows(tx, 'credit_notes', insert.credit_notes);
  await insertRows(tx, 'credit_note_items', insert.credit_note_items);
  await cancelInvoices(tx, plan.cancels);
  await setPaidAt(tx, plan.paidAt);

  const stored = new Map(
    (
      await selectStoredInvoices(
        tx,
        plan.outcomes.map((o) => o.id),
      )
    ).map((row) => [row.id, row]),
  );
  const differences = outcomeDifferences(plan.outcomes, stored);
  if (Object.keys(differences).length > 0) {
    throw errors.unprocessable(
      'Some invoices do not come out the same from their items, discounts and payments, so nothing was imported.',
      differences,
    );
  }

  await insertRows(tx, 'invoice_events', insert.invoice_events);
  await insertRows(tx, 'invoice_reminders', insert.invoice_reminders);
  if (insert.deal_stages.length > 0) {
    await clearDealStages(tx, tenant.id);
    await insertRows(tx, 'deal_stages', insert.deal_stages);
  }
  await insertRows(tx, 'deals', insert.deals);
  await insertRows(tx, 'deal_events', insert.deal_events);
  // time after its invoices and deals: billed entries name them (and stay locked, as they were)
  await insertRows(tx, 'time_entries', insert.time_entries);
  // bank statements after the transactions their lines became
  await insertRows(tx, 'bank_accounts', insert.bank_accounts);
  await insertRows(tx, 'bank_imports', insert.bank_imports);
  await insertRows(tx, 'bank_rules', insert.bank_rules);
  await insertRows(tx, 'bank_lines', insert.bank_lines);
  await insertRows(tx, 'ai_logs', insert.ai_logs);
  await insertRows(tx, 'ai_actions', insert.ai_actions);
  await setImporting(tx, false);
  return plan.counts;
}
