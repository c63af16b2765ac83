import { z } from 'zod';
import {
  creatorParam,
  cursorParam,
  email,
  formatParam,
  limitParam,
  money,
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
  /** time tracking: this client's hourly rate, over the workspace default (docs/decisions/0105) */
  hourly_rate: z
    .union([money(), z.null()], { error: 'must be an amount such as "90.00", or null' })
    .describe("this client's hourly rate for tracked time (decimal string), or null for the workspace default"),
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
  hourly_rate: contactFields.hourly_rate.optional(),
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
    hourly_rate: contactFields.hourly_rate.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type ContactUpdate = z.output<typeof contactUpdateSchema>;

/** Fields a client never sets. */
export const CONTACT_READ_ONLY = ['id', 'workspace_id', 'user_id', 'created_at', 'updated_at'] as const;

export const CONTACT_SORTS = ['created_at', 'updated_at', 'first_name', 'last_name', 'company', 'email'] as const;
export type ContactSortField = (typeof CONTACT_SORTS)[number];

export const contactListQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  sort: sortParam(CONTACT_SORTS, '-created_at'),
  q: qParam,
  status: contactStatus.optional(),
  position: qParam.describe('only the contacts whose position (job title) contains this text, case-insensitive'),
  user_id: creatorParam,
  format: formatParam,
});
export type ContactListQuery = z.output<typeof contactListQuerySchema>;

export const contactIdParams = z.strictObject({ id: uuid });

/** A contact as the API returns it. */
export interface Contact {
  id: string;
  workspace_id: string;
  /** who made it (null: imported, or a person since deleted) */
  user_id: string | null;
  first_name: string;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  position: string | null;
  address: string | null;
  notes: string | null;
  status: ContactStatus;
  /** time tracking: this client's hourly rate (null: the workspace default) */
  hourly_rate: string | null;
  created_at: Date;
  updated_at: Date;
}

export function contactName(contact: Pick<Contact, 'first_name' | 'last_name'>): string {
  return [contact.first_name, contact.last_name].filter(Boolean).join(' ');
}

// ---------------------------------------------------------------------------
// CSV import
// ---------------------------------------------------------------------------

/**
 * What a CSV column can become. `full_name` is split into first and last name
 * where those are empty; several columns may feed `address` (joined with
 * ", ") and `notes` (one per line); every other field takes one column.
 */
export const IMPORT_TARGETS = [
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'company',
  'position',
  'address',
  'notes',
  'status',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export const MULTI_COLUMN_TARGETS: readonly ImportTarget[] = ['address', 'notes'];

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;

export const DUPLICATE_MODES = ['skip', 'update', 'create'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

export const contactImportSchema = z.strictObject({
  /** The file's text (UTF-8). Comma, semicolon or tab separated, with a header row. */
  csv: z.string({ error: 'must be the CSV text' }).min(1, 'must not be empty'),
  /** One entry per column of the header: the field it fills, or null to leave it out. Guessed when absent. */
  mapping: z
    .array(z.union([z.enum(IMPORT_TARGETS), z.null()], { error: `must be one of ${IMPORT_TARGETS.join(', ')}, or null` }), {
      error: 'must be a list with one entry per column',
    })
    .max(1000, 'must have at most 1000 entries')
    .optional(),
  /**
   * A row whose email matches an existing contact (or an earlier row):
   * `skip` it (default), `update` the existing contact with the row's non-empty
   * values, or `create` it anyway.
   */
  duplicates: z.enum(DUPLICATE_MODES, { error: `must be one of ${DUPLICATE_MODES.join(', ')}` }).default('skip'),
  /** true: only report what would happen (the preview); nothing is written. */
  dry_run: z.boolean({ error: 'must be true or false' }).default(false),
});
export type ContactImportRequest = z.output<typeof contactImportSchema>;

export type ImportAction = 'create' | 'update' | 'skip' | 'error';

export interface ImportRowError {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  field: string;
  message: string;
}

export interface ImportDuplicate {
  row: number;
  email: string;
  /** `file`: an earlier row has the same email; `existing`: a contact has it. */
  source: 'file' | 'existing';
  first_row?: number;
  contact_id?: string;
}

export interface ImportReport {
  headers: string[];
  /** Per column, the first non-empty value among the first rows (to recognise a column). */
  examples: string[];
  mapping: (ImportTarget | null)[];
  /** true when the mapping was guessed from the headers. */
  guessed: boolean;
  delimiter: string;
  duplicates_mode: DuplicateMode;
  dry_run: boolean;
  rows: number;
  create: number;
  update: number;
  skip: number;
  error_rows: number;
  /** The first rows as they would be imported. */
  sample: { row: number; action: ImportAction; values: Partial<Record<ImportTarget, string | null>> }[];
  /** At most 200; `error_rows` counts them all. */
  errors: ImportRowError[];
  /** At most 200. */
  duplicates: ImportDuplicate[];
  duplicate_count: number;
}
