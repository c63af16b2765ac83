import { contactNotesParams, NOTE_READ_ONLY, noteCreateSchema, noteListQuerySchema } from '@/features/notes/schema';
import { addNote, listNotes } from '@/features/notes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'notes.list', summary: "List a contact's notes.", params: contactNotesParams, query: noteListQuerySchema },
    async ({ tx, workspace, params, query }) => listNotes(tx, workspace, params.id, query),
  ),
  POST: route(
    {
      name: 'notes.create',
      summary: 'Add a note to a contact.',
      params: contactNotesParams,
      body: noteCreateSchema,
      readOnly: NOTE_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const note = await addNote(tx, workspace, params.id, body);
      audit('note.created', { contact_id: params.id, note_id: note.id });
      return { data: note };
    },
  ),
});
