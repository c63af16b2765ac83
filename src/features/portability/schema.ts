import { z } from 'zod';
import { taxRate } from '@/features/invoices/schema';
import { currencyCode, invoicePrefix, locale, logoUploadSchema, timeZone } from '@/features/users/schema';
import { date, integer, money, quantity, timestamp, uuid } from '@/lib/validation';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';

/**
 * The export file (`data.json` inside the ZIP of GET /api/export, and the
 * body of POST /api/import): every row of the account, table by table, with
 * the database's column names and ids, money as decimal strings, timestamps
 * in UTC (ISO 8601), dates as YYYY-MM-DD (docs/decisions/0096-export-and-import.md).
 *
 * The import checks the file against the rules of the database itself (the
 * lengths, ranges and allowed values of its columns), so that whatever an
 * account could hold imports back; ids must be UUIDs and every reference must
 * point at a row of the file.
 */

export { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_MAX_BYTES } from './format';

/** The tables of a file, in the order data.json lists them (and the import writes them). */
export const EXPORT_TABLES = [
  'users',
  'business_logos',
  'contacts',
  'contact_notes',
  'tasks',
  'invoices',
  'invoice_items',
  'transactions',
  'invoice_counters',
  'invoice_events',
  'invoice_reminders',
  'ai_logs',
  'ai_actions',
  'audit_logs',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** What an import writes: every table but the activity log (the database keeps its own). */
export const IMPORTED_TABLES = EXPORT_TABLES.filter((t): t is Exclude<ExportTable, 'audit_logs'> => t !== 'audit_logs');
export type ImportedTable = (typeof IMPORTED_TABLES)[number];

/** POST /api/import → `{ "data": ImportCounts }`: rows imported per table. */
export type ImportCounts = Record<ImportedTable, number>;

// ---------------------------------------------------------------------------
// Values, as the database stores them
// ---------------------------------------------------------------------------

function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

/** Text as a column holds it: unchanged (not trimmed), valid unicode without NUL, within the column's length. */
function text(max: number, { min = 0 }: { min?: number } = {}) {
  return z.string({ error: 'must be text' }).superRefine((value, ctx) => {
    if (value.includes('\u0000') || !value.isWellFormed()) {
      ctx.addIssue({ code: 'custom', message: 'must be valid text (no NUL characters or broken unicode)' });
      return;
    }
    const length = value.length <= max && value.length >= min ? value.length : codePoints(value);
    if (length < min) ctx.addIssue({ code: 'custom', message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` });
    if (length > max) ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters` });
  });
}

/** Nullable text; a missing key is null. */
function optionalText(max: number) {
  return text(max).nullable().default(null);
}

/** Long text without a length rule (the assistant's answers). */
const longText = text(Number.MAX_SAFE_INTEGER);

const nullableUuid = uuid.nullable().default(null);
const nullableTimestamp = timestamp.nullable().default(null);
const nullableDate = date.nullable().default(null);
/** When a row was written; missing: the file's `exported_at`. */
const when = timestamp.optional();
/** The account a row belonged to; every row of one file must name the same one. */
const owner = uuid.optional();
/** A JSON value of a jsonb column. */
const json = z.unknown();
const jsonObject = z.record(z.string(), z.unknown(), { error: 'must be a JSON object' });

/**
 * Decimals travel as text, as the export writes them ("1250.00", "2.500"):
 * a JSON number could already have lost digits when the file was read.
 */
function decimal<T extends z.ZodType<unknown, unknown>>(schema: T, example: string) {
  return z.string({ error: `must be text such as "${example}"` }).pipe(schema as unknown as z.ZodType<z.output<T>, string>);
}

const nonNegativeMoney = decimal(money(), '1250.00');

/** A tax rate as stored (numeric(6,3)). */
const rate = decimal(taxRate, '19');

// ---------------------------------------------------------------------------
// Rows, table by table (column names are the database's)
// ---------------------------------------------------------------------------

/** The account: its business settings are applied; identity (id, email, names) stays the signed-in person's. */
const userRow = z.strictObject({
  id: uuid,
  email: optionalText(320),
  first_name: optionalText(200),
  last_name: optionalText(200),
  image_url: optionalText(2000),
  business_name: optionalText(200),
  business_address: optionalText(1000),
  tax_id: optionalText(100),
  payment_instructions: optionalText(2000),
  currency: currencyCode.optional(),
  invoice_prefix: invoicePrefix.optional(),
  payment_terms_days: integer({ min: 0, max: 365 }).optional(),
  time_zone: timeZone.optional(),
  locale: locale.optional(),
  invoice_reminder_days: z
    .array(integer({ min: 1, max: 365 }), { error: 'must be a list of whole numbers of days' })
    .max(10, 'must have at most 10 intervals')
    .optional(),
  created_at: when,
  updated_at: when,
});

const logoRow = z.strictObject({
  user_id: owner,
  content_type: z.enum(['image/png', 'image/jpeg'], { error: 'must be image/png or image/jpeg' }),
  /** the image, base64 */
  content: logoUploadSchema.shape.image,
  width: integer({ min: 1, max: 4000 }),
  height: integer({ min: 1, max: 4000 }),
  created_at: when,
  updated_at: when,
});

const contactRow = z.strictObject({
  id: uuid,
  user_id: owner,
  first_name: text(200, { min: 1 }),
  last_name: optionalText(200),
  email: optionalText(320),
  phone: optionalText(50),
  company: optionalText(200),
  position: optionalText(200),
  address: optionalText(1000),
  notes: optionalText(10000),
  status: z.enum(['lead', 'active', 'customer', 'inactive'], { error: 'must be lead, active, customer or inactive' }),
  created_at: when,
  updated_at: when,
});

const noteRow = z.strictObject({
  id: uuid,
  user_id: owner,
  contact_id: uuid,
  body: text(10000, { min: 1 }),
  created_at: when,
  updated_at: when,
});

const taskRow = z.strictObject({
  id: uuid,
  user_id: owner,
  contact_id: nullableUuid,
  title: text(500, { min: 1 }),
  description: optionalText(10000),
  due_date: nullableTimestamp,
  due_on: nullableDate,
  status: z.enum(['pending', 'in_progress', 'completed', 'cancelled'], {
    error: 'must be pending, in_progress, completed or cancelled',
  }),
  priority: z.enum(['low', 'medium', 'high'], { error: 'must be low, medium or high' }),
  completed_at: nullableTimestamp,
  created_at: when,
  updated_at: when,
});

const taxLine = z.strictObject({ rate, base: nonNegativeMoney, amount: nonNegativeMoney });

const invoiceRow = z
  .strictObject({
    id: uuid,
    user_id: owner,
    contact_id: nullableUuid,
    invoice_number: text(50, { min: 1 }),
    status: z.enum(['draft', 'sent', 'paid', 'cancelled'], { error: 'must be draft, sent, paid or cancelled' }),
    issue_date: date,
    due_date: date,
    currency: currencyCode,
    discount_type: z.enum(['percent', 'amount'], { error: 'must be percent or amount' }).nullable().default(null),
    discount_value: nonNegativeMoney.nullable().default(null),
    /** the totals as they were: the import recomputes them from the items and refuses the file if they differ */
    subtotal: nonNegativeMoney,
    discount_amount: nonNegativeMoney,
    tax_amount: nonNegativeMoney,
    total_amount: nonNegativeMoney,
    amount_paid: nonNegativeMoney,
    taxes: z.array(taxLine, { error: 'must be a list of { rate, base, amount }' }),
    notes: optionalText(10000),
    sent_at: nullableTimestamp,
    paid_at: nullableTimestamp,
    created_at: when,
    updated_at: when,
  })
  .superRefine((v, ctx) => {
    if ((v.discount_type === null) !== (v.discount_value === null)) {
      ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'must be given together with discount_type (or both null)' });
    }
    if (v.discount_type === 'percent' && v.discount_value !== null && Number(v.discount_value) > 100) {
      ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'must be at most 100 for a percentage' });
    }
    if (v.due_date < v.issue_date) ctx.addIssue({ code: 'custom', path: ['due_date'], message: 'must be on or after the issue date' });
  });

const itemRow = z.strictObject({
  id: uuid,
  user_id: owner,
  invoice_id: uuid,
  description: text(2000, { min: 1 }),
  quantity: decimal(quantity({ max: 1_000_000_000 }), '2.5'),
  unit_price: nonNegativeMoney,
  tax_rate: rate,
  /** quantity × unit price as it was (checked through the invoice's totals) */
  total: nonNegativeMoney.optional(),
  position: integer({ min: -2_147_483_648, max: 2_147_483_647 }),
  created_at: when,
  updated_at: when,
});

const transactionRow = z
  .strictObject({
    id: uuid,
    user_id: owner,
    type: z.enum(['income', 'expense'], { error: 'must be income or expense' }),
    amount: decimal(money({ positive: true, allowZero: false }), '1250.00'),
    category: optionalText(100),
    description: optionalText(2000),
    date,
    invoice_id: nullableUuid,
    created_at: when,
    updated_at: when,
  })
  .superRefine((v, ctx) => {
    if (v.invoice_id !== null && v.type !== 'income') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'must be income for a payment (a transaction with invoice_id)' });
    }
  });

const counterRow = z.strictObject({
  user_id: owner,
  last_number: integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  created_at: when,
  updated_at: when,
});

const eventRow = z.strictObject({
  id: uuid,
  user_id: owner,
  invoice_id: uuid,
  type: z.enum(['created', 'status_changed', 'email_sent', 'email_failed', 'payment_recorded', 'payment_changed', 'payment_removed'], {
    error: 'must be an invoice event type',
  }),
  data: jsonObject.optional(),
  created_at: when,
});

const reminderRow = z.strictObject({
  id: uuid,
  user_id: owner,
  invoice_id: uuid,
  step_days: integer({ min: 1, max: 365 }),
  local_date: date,
  status: z.enum(['claimed', 'sent'], { error: 'must be claimed or sent' }),
  claimed_at: when,
  attempts: integer({ min: 1, max: 2_147_483_647 }).optional(),
  created_at: when,
  updated_at: when,
});

const aiLogRow = z.strictObject({
  id: uuid,
  user_id: owner,
  query: text(4000),
  response: longText.nullable().default(null),
  action_taken: longText.nullable().default(null),
  engine: text(50),
  status: text(50),
  duration_ms: integer({ min: -2_147_483_648, max: 2_147_483_647 }).nullable().default(null),
  metadata: json.optional(),
  created_at: when,
  updated_at: when,
});

const aiActionRow = z.strictObject({
  id: uuid,
  user_id: owner,
  log_id: uuid,
  tool: text(100, { min: 1 }),
  args: json.optional(),
  summary: text(2000, { min: 1 }),
  status: z.enum(['pending', 'confirmed', 'rejected', 'undone', 'expired'], {
    error: 'must be pending, confirmed, rejected, undone or expired',
  }),
  result: json.optional(),
  undo: json.optional(),
  created_at: when,
  decided_at: nullableTimestamp,
  updated_at: when,
});

/** The activity log: exported for the record, never imported (the database writes its own), so only its shape is checked. */
const auditRow = z.strictObject({
  id: json.optional(),
  user_id: json.optional(),
  actor: json.optional(),
  action: json.optional(),
  entity: json.optional(),
  entity_id: json.optional(),
  changes: json.optional(),
  context: json.optional(),
  created_at: json.optional(),
  seq: json.optional(),
  txid: json.optional(),
});

const rows = <T extends z.ZodType>(row: T) => z.array(row, { error: 'must be a list of rows' }).default([]);

const tablesSchema = z.strictObject(
  {
    users: rows(userRow).refine((r) => r.length <= 1, 'must hold at most one row (the account the file was exported from)'),
    business_logos: rows(logoRow).refine((r) => r.length <= 1, 'must hold at most one row'),
    contacts: rows(contactRow),
    contact_notes: rows(noteRow),
    tasks: rows(taskRow),
    invoices: rows(invoiceRow),
    invoice_items: rows(itemRow),
    transactions: rows(transactionRow),
    invoice_counters: rows(counterRow).refine((r) => r.length <= 1, 'must hold at most one row'),
    invoice_events: rows(eventRow),
    invoice_reminders: rows(reminderRow),
    ai_logs: rows(aiLogRow),
    ai_actions: rows(aiActionRow),
    audit_logs: rows(auditRow),
  },
  { error: 'must be an object of tables' },
);

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}" (this is not a Ledgerly export)` }),
  version: z.unknown().superRefine((v, ctx) => {
    if (v === EXPORT_VERSION) return;
    ctx.addIssue({
      code: 'custom',
      message:
        typeof v === 'number' && Number.isInteger(v) && v > EXPORT_VERSION
          ? `is ${v}: the file comes from a newer Ledgerly; update this one to import it`
          : `must be ${EXPORT_VERSION}`,
    });
  }),
  exported_at: timestamp,
  tables: tablesSchema,
});
export type ExportFile = z.output<typeof exportFileSchema>;
export type ExportRows<T extends ExportTable> = ExportFile['tables'][T];
