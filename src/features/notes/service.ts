import type { Workspace } from '@/lib/auth/workspace';
import { getContact, ownContactIds } from '@/features/contacts/service';
import type { Database } from '@/lib/db';
import { errors } from '@/lib/errors';
import { listPage, type Page } from '@/lib/pagination';
import { countNotes, deleteNoteRow, insertNotes, selectNotes } from './queries';
import type { Note, NoteCreate, NoteListQuery } from './schema';

/**
 * Notes live under a contact: the contact in the path must be the user's
 * (otherwise 404), and a note id must belong to that contact.
 */

export async function listNotes(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  contactId: string,
  query: NoteListQuery,
): Promise<{ data: Note[]; page: Page }> {
  await getContact(tx, owner, contactId);
  return listPage(
    query,
    (cursor, limit) => selectNotes(tx, owner.id, contactId, cursor, limit),
    () => countNotes(tx, owner.id, contactId),
  );
}

export async function addNote(tx: Database, owner: Pick<Workspace, 'id'>, contactId: string, input: NoteCreate): Promise<Note> {
  await getContact(tx, owner, contactId);
  const [note] = await insertNotes(tx, owner.id, [{ contact_id: contactId, body: input.body }]);
  return note!;
}

/** Several notes at once, possibly dated in the past (demo data, imports). */
export async function addNotes(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  notes: { contact_id: string; body: string; created_at?: Date }[],
): Promise<Note[]> {
  // every contact checked in one statement; one that is not the workspace's is not found, as getContact answers
  const own = await ownContactIds(
    tx,
    owner,
    notes.map((n) => n.contact_id),
  );
  if (notes.some((n) => !own.has(n.contact_id))) throw errors.notFound('Contact');
  return insertNotes(tx, owner.id, notes);
}

export async function deleteNote(tx: Database, owner: Pick<Workspace, 'id'>, contactId: string, noteId: string): Promise<{ id: string }> {
  await getContact(tx, owner, contactId);
  const deleted = await deleteNoteRow(tx, owner.id, contactId, noteId);
  if (!deleted) throw errors.notFound('Note');
  return { id: noteId };
}
