import { contactNoteParams } from '@/features/notes/schema';
import { deleteNote } from '@/features/notes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: route(
    { name: 'notes.delete', summary: "Delete a contact's note.", params: contactNoteParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteNote(tx, workspace, params.id, params.noteId);
      audit('note.deleted', { contact_id: params.id, note_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
