import { contactResponse } from '@/features/contacts/response';
import { CONTACT_READ_ONLY, contactCreateSchema, contactListQuerySchema } from '@/features/contacts/schema';
import { createContact, exportContactsCsv, listContacts } from '@/features/contacts/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    {
      name: 'contacts.list',
      summary: 'List contacts, searched, filtered and sorted (JSON or CSV).',
      response: contactResponse,
      query: contactListQuerySchema,
    },
    async ({ tx, workspace, query, newTransaction }) =>
      query.format === 'csv' ? exportContactsCsv(newTransaction, workspace, query) : listContacts(tx, workspace, query),
  ),
  POST: route(
    {
      name: 'contacts.create',
      summary: 'Create a contact.',
      response: contactResponse,
      body: contactCreateSchema,
      readOnly: CONTACT_READ_ONLY,
      status: 201,
    },
    async ({ tx, workspace, body, audit }) => {
      const contact = await createContact(tx, workspace, body);
      audit('contact.created', { contact_id: contact.id });
      return { data: contact };
    },
  ),
});
