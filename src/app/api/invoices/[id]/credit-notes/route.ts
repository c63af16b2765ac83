import { CREDIT_NOTE_READ_ONLY, creditNoteCreateSchema, creditNoteIdParams } from '@/features/credit-notes/schema';
import { invoiceCreditNotes, issueCreditNote } from '@/features/credit-notes/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'invoices.credit_notes.list', summary: "List an invoice's credit notes.", params: creditNoteIdParams },
    async ({ tx, workspace, params }) => {
      const notes = await invoiceCreditNotes(tx, workspace, params.id);
      return { data: notes, page: { limit: 200, next_cursor: null, total: notes.length } };
    },
  ),
  POST: route(
    {
      name: 'invoices.credit_notes.create',
      summary: 'Issue a credit note against an invoice.',
      params: creditNoteIdParams,
      body: creditNoteCreateSchema,
      readOnly: CREDIT_NOTE_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const note = await issueCreditNote(tx, workspace, params.id, body);
      audit('invoice.credited', {
        invoice_id: params.id,
        credit_note_id: note.id,
        credit_note_number: note.credit_note_number,
        refunded: note.refunded,
      });
      return { data: note };
    },
  ),
});
