import { z } from 'zod';
import { cursorParam, limitParam, requiredText, uuid } from '@/lib/validation';

/** Dated notes about a contact: what was said, agreed or learnt, and when. */

export const noteCreateSchema = z.strictObject({
  body: requiredText(10000),
});
export type NoteCreate = z.output<typeof noteCreateSchema>;

export const NOTE_READ_ONLY = ['id', 'workspace_id', 'user_id', 'contact_id', 'created_at', 'updated_at'] as const;

export const noteListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
});
export type NoteListQuery = z.output<typeof noteListQuerySchema>;

export const contactNotesParams = z.strictObject({ id: uuid });
export const contactNoteParams = z.strictObject({ id: uuid, noteId: uuid });

/** A note as the API returns it. */
export interface Note {
  id: string;
  workspace_id: string;
  /** who made it (null: imported, or a person since deleted) */
  user_id: string | null;
  contact_id: string;
  body: string;
  created_at: Date;
  updated_at: Date;
}
