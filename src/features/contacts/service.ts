import { personId, type Workspace } from '@/lib/auth/workspace';
import { recordEvent } from '@/features/audit/service';
import { csvExport, parseCsv } from '@/lib/csv';
import { type Database, type TenantRunner, tryAdvisoryLock } from '@/lib/db';
import { errors } from '@/lib/errors';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import {
  type ContactFilters,
  contactReferences,
  contactSort,
  countContacts,
  deleteContactRow,
  insertContacts,
  selectContact,
  insertContactsBulk,
  selectContactIdsByEmail,
  selectContactNames,
  selectContacts,
  selectContactsMentioned,
  updateContactRow,
  updateContactsBulk,
} from './queries';
import { guessMapping, mappingProblems, planImport, prepareRows } from './import';
import {
  type Contact,
  type ContactCreate,
  type ContactImportRequest,
  type ContactListQuery,
  contactName,
  type ContactUpdate,
  IMPORT_MAX_ROWS,
  type ImportAction,
  type ImportReport,
} from './schema';

/** The rules for contacts. Every function runs in the caller's tenant transaction. */

/** Who lists: the workspace, and the person (`me` in a filter). */
type Lister = Pick<Workspace, 'id' | 'user'>;

function filtersFor(owner: Lister, query: Omit<ContactListQuery, 'format' | 'limit' | 'cursor'>): ContactFilters {
  return {
    workspaceId: owner.id,
    q: query.q || undefined,
    status: query.status,
    position: query.position || undefined,
    creatorId: query.user_id ? personId(query.user_id, owner) : undefined,
  };
}

export async function listContacts(
  tx: Database,
  owner: Lister,
  query: Omit<ContactListQuery, 'format'>,
): Promise<{ data: Contact[]; page: Page }> {
  const filters = filtersFor(owner, query);
  const sort = contactSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectContacts(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters) ? keptCount(tx, owner.id, 'contacts') : countContacts(tx, filters)),
  );
}

/** The columns of the CSV export (and what the import recognises back). */
export const CONTACT_CSV_FIELDS = [
  'id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'company',
  'position',
  'address',
  'status',
  'notes',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof Contact)[];

/** The filtered contacts as a streamed CSV download (all pages). */
export function exportContactsCsv(
  run: TenantRunner,
  owner: Lister,
  query: Omit<ContactListQuery, 'format' | 'limit' | 'cursor'>,
): Response {
  const filters = filtersFor(owner, query);
  const sort = contactSort(query.sort.field, query.sort.direction);
  return csvExport({
    filename: 'contacts.csv',
    fields: CONTACT_CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectContacts(tx, filters, sort, cursor, limit),
  });
}

export async function getContact(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<Contact> {
  const contact = await selectContact(tx, owner.id, id);
  if (!contact) throw errors.notFound('Contact');
  return contact;
}

export async function createContact(tx: Database, owner: Pick<Workspace, 'id'>, input: ContactCreate): Promise<Contact> {
  const [contact] = await insertContacts(tx, owner.id, [input]);
  return contact!;
}

export async function createContacts(tx: Database, owner: Pick<Workspace, 'id'>, inputs: ContactCreate[]): Promise<Contact[]> {
  return insertContacts(tx, owner.id, inputs);
}

export async function updateContact(tx: Database, owner: Pick<Workspace, 'id'>, id: string, input: ContactUpdate): Promise<Contact> {
  const contact = await updateContactRow(tx, owner.id, id, input);
  if (!contact) throw errors.notFound('Contact');
  return contact;
}

export async function deleteContact(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<{ id: string }> {
  const contact = await selectContact(tx, owner.id, id);
  if (!contact) throw errors.notFound('Contact');
  const refs = await contactReferences(tx, owner.id, id);
  if (refs.invoices > 0) {
    throw errors.conflict(
      `This contact has ${refs.invoices} invoice${refs.invoices === 1 ? '' : 's'}; invoices keep their client. ` +
        'Set the contact to inactive instead, or delete the draft invoices first.',
      { id: ['has invoices'] },
    );
  }
  await deleteContactRow(tx, owner.id, id);
  return { id };
}

/**
 * Contacts a free text probably mentions (names and companies, typos
 * tolerated), best first, with a similarity score between 0 and 1.
 */
export async function contactsMentioned(tx: Database, owner: Pick<Workspace, 'id'>, text: string, limit = 20) {
  return selectContactsMentioned(tx, owner.id, text.slice(0, 4000), limit);
}

/**
 * For features whose rows point at a contact: a contact id that is not one of
 * the user's contacts is a 422 naming the field (the database refuses it too,
 * through the composite foreign key).
 */
export async function assertOwnContact(tx: Database, owner: Pick<Workspace, 'id'>, id: string, field = 'contact_id'): Promise<void> {
  const contact = await selectContact(tx, owner.id, id);
  if (!contact) {
    throw errors.unprocessable('The contact does not exist in your account.', { [field]: ['is not one of your contacts'] });
  }
}

/** The ids among `ids` that are contacts of the workspace, in one statement (a batch's checks). */
export async function ownContactIds(tx: Database, owner: Pick<Workspace, 'id'>, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  return new Set((await selectContactNames(tx, owner.id, unique)).map((r) => r.id));
}

/** assertOwnContact for every one of `ids`, in one statement: the same error when any is not the workspace's. */
export async function assertOwnContacts(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  ids: readonly string[],
  field = 'contact_id',
): Promise<void> {
  const own = await ownContactIds(tx, owner, ids);
  if (ids.some((id) => !own.has(id))) {
    throw errors.unprocessable('The contact does not exist in your account.', { [field]: ['is not one of your contacts'] });
  }
}

/** Display names of the given contacts (lists that show who a row is about). */
export async function contactNames(tx: Database, owner: Pick<Workspace, 'id'>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await selectContactNames(tx, owner.id, unique);
  return new Map(rows.map((r) => [r.id, contactName(r)]));
}

const IMPORT_REPORT_LIMIT = 200;
const IMPORT_SAMPLE_ROWS = 25;
const IMPORT_BATCH = 5000;

/** What reading an import file yields, before any database work. */
export interface ReadImport {
  parsed: ReturnType<typeof parseCsv>;
  mapping: NonNullable<ContactImportRequest['mapping']>;
  guessed: boolean;
  prepared: ReturnType<typeof prepareRows>;
}

/**
 * Contact import from CSV, in one request: parse, map columns (guessed from
 * the headers unless given), validate every row with the contact schema, find
 * duplicates by email (within the file and against the account), then either
 * report (`dry_run`, the preview) or write everything in one transaction.
 * A file with any invalid row writes nothing (422 with each row's problems).
 *
 * Reading the file (`readImport`) needs no database: the route does it before
 * opening its transaction, so a 16 MB file holds no pooled connection while it
 * is parsed. One import at a time per user (a second one meanwhile is a 409),
 * across server processes, through an advisory lock of the transaction.
 */
export function readImport(request: ContactImportRequest): ReadImport {
  const parsed = parseCsv(request.csv);
  if (parsed.errors.length > 0) {
    throw errors.unprocessable('The file is not readable as CSV; nothing was imported.', {
      csv: parsed.errors.slice(0, 20).map((e) => (e.row ? `row ${e.row}: ${e.message}` : e.message)),
    });
  }
  if (parsed.header.length === 0 || parsed.header.every((h) => h === '')) {
    throw errors.unprocessable('The file is empty.', { csv: ['has no header row'] });
  }
  if (parsed.rows.length === 0) throw errors.unprocessable('The file has no rows under its header.', { csv: ['has no rows'] });
  if (parsed.rows.length > IMPORT_MAX_ROWS) {
    throw errors.unprocessable(`The file has ${parsed.rows.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`, {
      csv: [`has more than ${IMPORT_MAX_ROWS} rows`],
    });
  }
  const guessed = request.mapping === undefined;
  const mapping = request.mapping ?? guessMapping(parsed.header);
  const problems = mappingProblems(mapping, parsed.header.length);
  if (problems.length > 0) {
    throw errors.unprocessable('The column mapping cannot be used.', { mapping: problems });
  }
  return { parsed, mapping, guessed, prepared: prepareRows(parsed, mapping) };
}

/** The advisory lock's scope: one import at a time per user (see `importContacts`). */
export const IMPORT_LOCK_SCOPE = 'ledgerly.contacts.import';

export async function importContacts(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  request: ContactImportRequest,
  read: ReadImport = readImport(request),
): Promise<ImportReport> {
  if (!(await tryAdvisoryLock(tx, IMPORT_LOCK_SCOPE, owner.id))) {
    throw errors.conflict('Another contact import of yours is still running. Wait until it has finished, then import again.');
  }
  const { parsed, mapping, guessed, prepared } = read;
  const emails = [...new Set(prepared.map((r) => r.email).filter((e): e is string => e !== null))];
  const existing = await selectContactIdsByEmail(tx, owner.id, emails);
  const plan = planImport(prepared, existing, request.duplicates);
  const count = (action: ImportAction) => plan.rows.filter((r) => r.action === action).length;
  const report: ImportReport = {
    headers: parsed.header,
    examples: parsed.header.map(
      (_, i) =>
        parsed.rows
          .slice(0, IMPORT_SAMPLE_ROWS)
          .find((cells) => (cells[i] ?? '').trim() !== '')
          ?.[i]?.trim()
          .slice(0, 100) ?? '',
    ),
    mapping,
    guessed,
    delimiter: parsed.delimiter,
    duplicates_mode: request.duplicates,
    dry_run: request.dry_run,
    rows: prepared.length,
    create: count('create'),
    update: count('update'),
    skip: count('skip'),
    error_rows: count('error'),
    sample: plan.rows.slice(0, IMPORT_SAMPLE_ROWS).map((r) => ({ row: r.row.row, action: r.action, values: r.row.values })),
    errors: plan.errors.slice(0, IMPORT_REPORT_LIMIT),
    duplicates: plan.duplicates.slice(0, IMPORT_REPORT_LIMIT),
    duplicate_count: plan.duplicates.length,
  };
  if (request.dry_run) return report;

  if (plan.errors.length > 0) {
    const details: Record<string, string[]> = {};
    for (const e of plan.errors.slice(0, IMPORT_REPORT_LIMIT)) (details[`rows.${e.row}.${e.field}`] ??= []).push(e.message);
    throw errors.unprocessable(
      `${report.error_rows} row${report.error_rows === 1 ? ' has' : 's have'} problems; nothing was imported. ` +
        'Fix them in the file (or leave their column out of the mapping) and import again.',
      details,
    );
  }
  let created = 0;
  for (let i = 0; i < plan.creates.length; i += IMPORT_BATCH) {
    created += await insertContactsBulk(tx, owner.id, plan.creates.slice(i, i + IMPORT_BATCH));
  }
  let updated = 0;
  for (let i = 0; i < plan.updates.length; i += IMPORT_BATCH) {
    updated += await updateContactsBulk(tx, owner.id, plan.updates.slice(i, i + IMPORT_BATCH));
  }
  if (created !== report.create || updated !== report.update) {
    throw new Error(`import wrote ${created}/${updated} rows, planned ${report.create}/${report.update}`);
  }
  await recordEvent(tx, 'contacts.imported', 'contacts', null, {
    rows: report.rows,
    created,
    updated,
    skipped: report.skip,
    duplicates: request.duplicates,
  });
  return report;
}
