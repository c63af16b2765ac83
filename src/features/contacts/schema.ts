import { z } from 'zod';
import {
  cursorParam,
  email,
  formatParam,
  limitParam,
  optionalText,
  qParam,
  requiredText,
  sortParam,
  uuid,
} from '@/lib/validation';

/**
 * Contacts: the one definition of what a contact is, used by the API, the
 * forms and the assistant's tools.
 */

export const CONTACT_STATUSES = ['lead', 'active', 'customer', 'inactive'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const contactStatus = z.enum(CONTACT_STATUSES, {
  error: `must be one of ${CONTACT_STATUSES.join(', ')}`,
});

const phone = optionalText(50).refine(
  (v) => v === null || /^[+()\d\s./-]{3,}(\s*(x|ext\.?)\s*\d{1,6})?$/i.test(v),
  'must be a phone number (digits, spaces, + - ( ) . /)',
);

export const contactFields = {
  first_name: requiredText(200),
  last_name: optionalText(200),
  email,
  phone,
  company: optionalText(200),
  position: optionalText(200),
  address: optionalText(1000),
  notes: optionalText(10000),
  status: contactStatus,
};

export const contactCreateSchema = z.strictObject({
  first_name: contactFields.first_name,
  last_name: contactFields.last_name.optional(),
  email: contactFields.email.optional(),
  phone: contactFields.phone.optional(),
  company: contactFields.company.optional(),
  position: contactFields.position.optional(),
  address: contactFields.address.optional(),
  notes: contactFields.notes.optional(),
  status: contactFields.status.optional(),
});
export type ContactCreate = z.output<typeof contactCreateSchema>;

export const contactUpdateSchema = z
  .strictObject({
    first_name: contactFields.first_name.optional(),
    last_name: contactFields.last_name.optional(),
    email: contactFields.email.optional(),
    phone: contactFields.phone.optional(),
    company: contactFields.company.optional(),
    position: contactFields.position.optional(),
    address: contactFields.address.optional(),
    notes: contactFields.notes.optional(),
    status: contactFields.status.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type ContactUpdate = z.output<typeof contactUpdateSchema>;

/** Fields a client never sets. */
export const CONTACT_READ_ONLY = ['id', 'user_id', 'created_at', 'updated_at'] as const;

export const CONTACT_SORTS = ['created_at', 'updated_at', 'first_name', 'last_name', 'company', 'email'] as const;
export type ContactSortField = (typeof CONTACT_SORTS)[number];

export const contactListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  sort: sortParam(CONTACT_SORTS, '-created_at'),
  q: qParam,
  status: contactStatus.optional(),
  format: formatParam,
});
export type ContactListQuery = z.output<typeof contactListQuerySchema>;

export const contactIdParams = z.strictObject({ id: uuid });

/** A contact as the API returns it. */
export interface Contact {
  id: string;
  user_id: string;
  first_name: string;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  position: string | null;
  address: string | null;
  notes: string | null;
  status: ContactStatus;
  created_at: Date;
  updated_at: Date;
}

export function contactName(contact: Pick<Contact, 'first_name' | 'last_name'>): string {
  return [contact.first_name, contact.last_name].filter(Boolean).join(' ');
}
