import { and, eq } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { Note } from './schema';

/** Note queries: tenant transaction first, workspace_id filtered explicitly. */

const n = tables.contactNotes;

const noteColumns = {
  id: n.id,
  workspace_id: n.workspace_id,
  user_id: n.user_id,
  contact_id: n.contact_id,
  body: n.body,
  created_at: n.created_at,
  updated_at: n.updated_at,
};

const newestFirst: SortSpec = { expr: n.created_at, cast: 'timestamptz', direction: 'desc' };

function ofContact(workspaceId: string, contactId: string) {
  return and(eq(n.workspace_id, workspaceId), eq(n.contact_id, contactId));
}

export async function selectNotes(
  tx: Database,
  workspaceId: string,
  contactId: string,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(Note & { _sort: string })[]> {
  const rows = await tx
    .select({ ...noteColumns, _sort: sortKey(newestFirst) })
    .from(n)
    .where(and(ofContact(workspaceId, contactId), after(newestFirst, n.id, cursor)))
    .orderBy(...orderBy(newestFirst, n.id))
    .limit(limit);
  return rows as (Note & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countNotes(tx: Database, workspaceId: string, contactId: string): Promise<Total> {
  return boundedCount(tx, n, ofContact(workspaceId, contactId));
}

export async function insertNotes(
  tx: Database,
  workspaceId: string,
  values: { contact_id: string; body: string; created_at?: Date }[],
): Promise<Note[]> {
  if (values.length === 0) return [];
  const rows = await tx
    .insert(n)
    .values(values.map((v) => ({ ...v, workspace_id: workspaceId })))
    .returning(noteColumns);
  return rows as Note[];
}

export async function deleteNoteRow(tx: Database, workspaceId: string, contactId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(n)
    .where(and(ofContact(workspaceId, contactId), eq(n.id, id)))
    .returning({ id: n.id });
  return rows.length > 0;
}
