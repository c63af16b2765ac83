import { contactResponse } from '@/features/contacts/response';
import { CONTACT_READ_ONLY, contactIdParams, contactUpdateSchema } from '@/features/contacts/schema';
import { deleteContact, getContact, updateContact } from '@/features/contacts/service';
import { methods, route } from '@/lib/http';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(
    { name: 'contacts.get', summary: 'Get a contact.', response: contactResponse, params: contactIdParams },
    async ({ tx, workspace, params }) => ({
      data: await getContact(tx, workspace, params.id),
    }),
  ),
  PUT: route(
    {
      name: 'contacts.update',
      summary: 'Update a contact.',
      response: contactResponse,
      params: contactIdParams,
      body: contactUpdateSchema,
      readOnly: CONTACT_READ_ONLY,
    },
    async ({ tx, workspace, params, body, audit }) => {
      const contact = await updateContact(tx, workspace, params.id, body);
      audit('contact.updated', { contact_id: contact.id, fields: Object.keys(body) });
      return { data: contact };
    },
  ),
  DELETE: route(
    { name: 'contacts.delete', summary: 'Delete a contact.', params: contactIdParams },
    async ({ tx, workspace, params, audit }) => {
      const deleted = await deleteContact(tx, workspace, params.id);
      audit('contact.deleted', { contact_id: deleted.id });
      return { data: { id: deleted.id, deleted: true } };
    },
  ),
});
