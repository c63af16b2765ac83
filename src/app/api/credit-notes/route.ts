import { creditNoteListQuerySchema } from '@/features/credit-notes/schema';
import { exportCreditNotesCsv, listCreditNotes } from '@/features/credit-notes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'credit_notes.list', summary: 'List credit notes.', query: creditNoteListQuerySchema },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportCreditNotesCsv(newTransaction, workspace, query) : listCreditNotes(tx, workspace, query),
  ),
});
