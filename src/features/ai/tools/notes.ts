import { z } from 'zod';
import { contactName } from '@/features/contacts/schema';
import { getContact } from '@/features/contacts/service';
import { noteCreateSchema } from '@/features/notes/schema';
import { addNote, deleteNote } from '@/features/notes/service';
import { uuid } from '@/lib/validation';
import { type Tool, writeTool } from './types';

/** Dated notes on a contact. */
export const noteTools: Tool[] = [
  writeTool({
    name: 'add_note',
    kind: 'write',
    description: "Add a dated note to a contact's timeline (what was said, agreed or learnt).",
    input: z.strictObject({ contact_id: uuid, body: noteCreateSchema.shape.body }),
    async describe({ tx, user }, input) {
      const contact = await getContact(tx, user, input.contact_id);
      return `Add a note to ${contactName(contact)}: "${input.body}".`;
    },
    async apply({ tx, user }, input) {
      const note = await addNote(tx, user, input.contact_id, { body: input.body });
      return { record: note, undo: { contact_id: input.contact_id, note_id: note.id } };
    },
    async revert({ tx, user }, undo) {
      return deleteNote(tx, user, String(undo.contact_id), String(undo.note_id));
    },
  }),
];
