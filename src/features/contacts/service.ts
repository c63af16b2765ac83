import { csvResponse } from '@/lib/csv';
import type { Database } from '@/lib/db';
import { errors } from '@/lib/errors';
import { decodeCursor, type Page, toPage } from '@/lib/pagination';
import {
  contactReferences,
  contactSort,
  countContacts,
  deleteContactRow,
  insertContacts,
  selectContact,
  selectContacts,
  selectContactsMentioned,
  updateContactRow,
} from './queries';
import type { Contact, ContactCreate, ContactListQuery, ContactUpdate } from './schema';

/** The rules for contacts. Every function runs in the caller's tenant transaction. */

type Owner = { id: string };

export async function listContacts(
  tx: Database,
  owner: Owner,
  query: Omit<ContactListQuery, 'format'>,
): Promise<{ data: Contact[]; page: Page }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const filters = { userId: owner.id, q: query.q || undefined, status: query.status };
  const sort = contactSort(query.sort.field, query.sort.direction);
  const [rows, total] = await Promise.all([
    selectContacts(tx, filters, sort, cursor, query.limit + 1),
    cursor ? Promise.resolve(cursor.total) : countContacts(tx, filters),
  ]);
  return toPage(rows, query.limit, total);
}

/** All contacts matching the filters, in batches (CSV export). */
export async function* contactBatches(
  run: <T>(fn: (tx: Database) => Promise<T>) => Promise<T>,
  owner: Owner,
  query: Omit<ContactListQuery, 'format' | 'limit' | 'cursor'>,
  batchSize = 1000,
): AsyncGenerator<Contact[]> {
  const filters = { userId: owner.id, q: query.q || undefined, status: query.status };
  const sort = contactSort(query.sort.field, query.sort.direction);
  let cursor: { key: string; id: string; total: number } | undefined;
  for (;;) {
    const rows = await run((tx) => selectContacts(tx, filters, sort, cursor, batchSize));
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    cursor = { key: last._sort, id: last.id, total: 0 };
    yield rows.map(({ _sort: _ignored, ...row }) => row);
    if (rows.length < batchSize) return;
  }
}

const CSV_COLUMNS: { key: keyof Contact; value: (c: Contact) => unknown }[] = (
  ['id', 'first_name', 'last_name', 'email', 'phone', 'company', 'position', 'address', 'status', 'notes',
    'created_at', 'updated_at'] as const
).map((key) => ({ key, value: (c: Contact) => c[key] }));

/** The filtered contacts as a streamed CSV download (all pages). */
export function exportContactsCsv(
  run: <T>(fn: (tx: Database) => Promise<T>) => Promise<T>,
  owner: Owner,
  query: Omit<ContactListQuery, 'format' | 'limit' | 'cursor'>,
): Response {
  return csvResponse('contacts.csv', CSV_COLUMNS, contactBatches(run, owner, query));
}

export async function getContact(tx: Database, owner: Owner, id: string): Promise<Contact> {
  const contact = await selectContact(tx, owner.id, id);
  if (!contact) throw errors.notFound('Contact');
  return contact;
}

export async function createContact(tx: Database, owner: Owner, input: ContactCreate): Promise<Contact> {
  const [contact] = await insertContacts(tx, owner.id, [input]);
  return contact!;
}

export async function createContacts(tx: Database, owner: Owner, inputs: ContactCreate[]): Promise<Contact[]> {
  return insertContacts(tx, owner.id, inputs);
}

export async function updateContact(
  tx: Database,
  owner: Owner,
  id: string,
  input: ContactUpdate,
): Promise<Contact> {
  const contact = await updateContactRow(tx, owner.id, id, input);
  if (!contact) throw errors.notFound('Contact');
  return contact;
}

export async function deleteContact(tx: Database, owner: Owner, id: string): Promise<{ id: string }> {
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
export async function contactsMentioned(tx: Database, owner: Owner, text: string, limit = 20) {
  return selectContactsMentioned(tx, owner.id, text.slice(0, 4000), limit);
}
