import { creditNoteIdParams } from '@/features/credit-notes/schema';
import { getCreditNote } from '@/features/credit-notes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'credit_notes.get', summary: 'Get a credit note.', params: creditNoteIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getCreditNote(tx, workspace, params.id),
    }),
  ),
});
