import { z } from 'zod';
import {
  type Contact,
  contactCreateSchema,
  contactListQuerySchema,
  contactName,
  contactStatus,
  contactUpdateSchema,
} from '@/features/contacts/schema';
import { contactsMentioned, createContact, deleteContact, getContact, listContacts, updateContact } from '@/features/contacts/service';
import { qParam, requiredText, uuid } from '@/lib/validation';
import { readTool, type Tool, writeTool } from './types';

/** The assistant's contact tools: the contacts service, under the user's RLS. */

const limit = z.number().int().min(1).max(50).default(10).describe('how many to return (1-50, default 10)');

/** A contact as tools return it: the API's fields plus its page in the app. */
export function contactOut(contact: Contact) {
  return {
    id: contact.id,
    name: contactName(contact),
    first_name: contact.first_name,
    last_name: contact.last_name,
    email: contact.email,
    phone: contact.phone,
    company: contact.company,
    position: contact.position,
    address: contact.address,
    status: contact.status,
    notes: contact.notes,
    url: `/contacts/${contact.id}`,
  };
}

function describeFields(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([key, value]) => key !== 'first_name' && key !== 'last_name' && value !== undefined)
    .map(([key, value]) => `${key.replace('_', ' ')} ${value === null ? 'cleared' : `"${String(value)}"`}`)
    .join(', ');
}

export const contactTools: Tool[] = [
  readTool({
    name: 'search_contacts',
    kind: 'read',
    description:
      'Find contacts by name, email or company (typos tolerated), status and/or job title. Without a query, lists the newest. ' +
      'Returns the total and the contacts with their details and notes.',
    input: z.strictObject({
      query: qParam.describe('text to look for in name, email or company'),
      status: contactStatus.optional().describe('lead, active, customer or inactive'),
      position: qParam.describe('text the job title contains, e.g. "designer" or "head of sales"'),
      limit,
    }),
    async run({ tx, user }, input) {
      const query = contactListQuerySchema.parse({ limit: String(input.limit) });
      const page = await listContacts(tx, user, {
        ...query,
        q: input.query || undefined,
        status: input.status,
        position: input.position || undefined,
      });
      if (page.data.length > 0 || !input.query) {
        return { total: page.page.total, contacts: page.data.map(contactOut) };
      }
      // nothing contains the text: try names that look like it (typos)
      const fuzzy = await contactsMentioned(tx, user, input.query, input.limit);
      const matches = [];
      for (const m of fuzzy) {
        const contact = await getContact(tx, user, m.id);
        const titled = !input.position || (contact.position ?? '').toLowerCase().includes(input.position.toLowerCase());
        if ((!input.status || contact.status === input.status) && titled) matches.push(contactOut(contact));
      }
      return { total: matches.length, contacts: matches, approximate: true };
    },
  }),
  readTool({
    name: 'find_mentions',
    kind: 'read',
    description:
      'The contacts a piece of text mentions by first name, last name or company (typos tolerated), best match first, ' +
      'with a similarity score from 0 to 1.',
    input: z.strictObject({ text: requiredText(4000).describe("the text, e.g. the user's request") }),
    async run({ tx, user }, input) {
      const found = await contactsMentioned(tx, user, input.text, 20);
      return {
        contacts: found.map((c) => ({
          id: c.id,
          name: contactName(c),
          first_name: c.first_name,
          last_name: c.last_name,
          company: c.company,
          email: c.email,
          status: c.status,
          score: Math.round(c.score * 100) / 100,
          url: `/contacts/${c.id}`,
        })),
      };
    },
  }),
  readTool({
    name: 'get_contact',
    kind: 'read',
    description: 'One contact by id, with all details and notes.',
    input: z.strictObject({ contact_id: uuid }),
    async run({ tx, user }, input) {
      return contactOut(await getContact(tx, user, input.contact_id));
    },
  }),
  writeTool({
    name: 'create_contact',
    kind: 'write',
    description: 'Add a new contact (a person; company, email, phone and status are optional; status defaults to lead).',
    input: contactCreateSchema,
    async describe(_ctx, input) {
      const details = describeFields({ ...input, status: input.status ?? 'lead' });
      return `Create the contact ${contactName({ first_name: input.first_name, last_name: input.last_name ?? null })}${details ? ` (${details})` : ''}.`;
    },
    async apply({ tx, user }, input) {
      const contact = await createContact(tx, user, input);
      return { record: contact, undo: { contact_id: contact.id } };
    },
    async revert({ tx, user }, undo) {
      return deleteContact(tx, user, String(undo.contact_id));
    },
  }),
  writeTool({
    name: 'update_contact',
    kind: 'write',
    description: 'Change fields of an existing contact (e.g. status, email, phone, company, notes).',
    input: z.strictObject({ contact_id: uuid, changes: contactUpdateSchema }),
    async describe({ tx, user }, input) {
      const contact = await getContact(tx, user, input.contact_id);
      return `Update ${contactName(contact)}: ${describeFields(input.changes) || 'name'}${
        input.changes.first_name !== undefined || input.changes.last_name !== undefined
          ? ` (name → ${contactName({ first_name: input.changes.first_name ?? contact.first_name, last_name: input.changes.last_name === undefined ? contact.last_name : input.changes.last_name })})`
          : ''
      }.`;
    },
    async apply({ tx, user }, input) {
      const before = await getContact(tx, user, input.contact_id);
      const contact = await updateContact(tx, user, input.contact_id, input.changes);
      const previous = Object.fromEntries(Object.keys(input.changes).map((key) => [key, before[key as keyof Contact] ?? null]));
      return { record: contact, undo: { contact_id: contact.id, previous } };
    },
    async revert({ tx, user }, undo) {
      const changes = contactUpdateSchema.parse(undo.previous);
      return updateContact(tx, user, String(undo.contact_id), changes);
    },
  }),
];
