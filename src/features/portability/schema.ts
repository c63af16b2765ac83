// Over 400 lines on purpose: the one definition of the file format, both versions, with the rules of every column of
// every table side by side (the import refuses exactly what the database would).
import { z } from 'zod';
import { taxRate } from '@/features/invoices/schema';
import { currencyCode, invoicePrefix, locale, logoUploadSchema, timeZone } from '@/features/users/schema';
import { date, integer, money, quantity, timestamp, uuid } from '@/lib/validation';
import { EXPORT_FORMAT, EXPORT_VERSION, OLDEST_EXPORT_VERSION } from './format';

/**
 * The export file (`data.json` inside the ZIP of GET /api/export, and the
 * body of POST /api/import): every row of a workspace, table by table, with
 * the database's column names and ids, money as decimal strings, timestamps
 * in UTC (ISO 8601), dates as YYYY-MM-DD (docs/decisions/0096-export-and-import.md).
 *
 * Version 2 (workspaces): `workspaces` holds the one workspace and its
 * business settings, `users` the people its rows name (members and
 * creators), `workspace_members` their roles; every row carries its
 * `workspace_id` and, where the table has one, its creator's `user_id`.
 * Version 1 (one person, one account) is still read: there `user_id` is the
 * account, and the single `users` row carries the business settings.
 *
 * The import checks the file against the rules of the database itself (the
 * lengths, ranges and allowed values of its columns), so that whatever a
 * workspace could hold imports back; ids must be UUIDs and every reference
 * must point at a row of the file.
 */

export { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_MAX_BYTES, OLDEST_EXPORT_VERSION } from './format';

/** The tables of a file, in the order data.json lists them (and the import writes them). */
export const EXPORT_TABLES = [
  'workspaces',
  'users',
  'workspace_members',
  'business_logos',
  'contacts',
  'contact_notes',
  'tasks',
  'quotes',
  'quote_items',
  'recurring_invoices',
  'invoices',
  'invoice_items',
  'transactions',
  'credit_notes',
  'credit_note_items',
  'time_entries',
  'bank_accounts',
  'bank_imports',
  'bank_rules',
  'bank_lines',
  'invoice_counters',
  'document_counters',
  'invoice_events',
  'invoice_reminders',
  'deal_stages',
  'deals',
  'deal_events',
  'ai_logs',
  'ai_actions',
  'audit_logs',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/**
 * Exported for the record, never imported: the people and their roles (a
 * workspace's members are the ones it invites; each row's creator is the
 * person importing) and the activity log (the database keeps its own).
 */
export const NOT_IMPORTED = ['users', 'workspace_members', 'audit_logs'] as const satisfies readonly ExportTable[];
type NotImported = (typeof NOT_IMPORTED)[number];

/** What an import writes: the business settings (`workspaces`), the logo, and every business table. */
export const IMPORTED_TABLES = EXPORT_TABLES.filter(
  (t): t is Exclude<ExportTable, NotImported> => !(NOT_IMPORTED as readonly string[]).includes(t),
);
export type ImportedTable = (typeof IMPORTED_TABLES)[number];

/** POST /api/import → `{ "data": ImportCounts }`: rows imported per table (`workspaces`: 1 when settings were applied). */
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
/** The workspace (version 1: the account) a row belonged to; every row of one file must name the same one. */
const owner = uuid.optional();
/** Who made a row (version 2): for the record only, as the importing person becomes the creator. */
const creator = uuid.nullable().optional();
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

/** Version 1: the account, with its business settings (applied; identity, language and picture are not). */
const accountRow = z.strictObject({
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
  credit_note_prefix: invoicePrefix.optional(),
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

/** Version 2: the workspace; its business settings are applied, the workspace imported into keeps its own name. */
const workspaceRow = z.strictObject({
  id: uuid,
  name: text(200).optional(),
  business_name: optionalText(200),
  business_address: optionalText(1000),
  tax_id: optionalText(100),
  payment_instructions: optionalText(2000),
  currency: currencyCode.optional(),
  invoice_prefix: invoicePrefix.optional(),
  credit_note_prefix: invoicePrefix.optional(),
  payment_terms_days: integer({ min: 0, max: 365 }).optional(),
  time_zone: timeZone.optional(),
  invoice_reminder_days: z
    .array(integer({ min: 1, max: 365 }), { error: 'must be a list of whole numbers of days' })
    .max(10, 'must have at most 10 intervals')
    .optional(),
  default_hourly_rate: nonNegativeMoney.nullable().optional(),
  time_rounding_minutes: z.union([z.literal(0), z.literal(6), z.literal(15)], { error: 'must be 0, 6 or 15' }).optional(),
  quote_prefix: text(20).optional(),
  share_link_days: integer({ min: 1, max: 365 }).optional(),
  created_at: when,
  updated_at: when,
});

/** Version 2: a person the rows name (a member, or the creator of a row); not imported. */
const personRow = z.strictObject({
  id: uuid,
  email: optionalText(320),
  first_name: optionalText(200),
  last_name: optionalText(200),
});

/** Version 2: a member's role; not imported (the workspace imported into has its own members). */
const memberRow = z.strictObject({
  workspace_id: owner,
  user_id: uuid,
  role: z.enum(['owner', 'admin', 'member', 'viewer'], { error: 'must be owner, admin, member or viewer' }),
  created_at: when,
  updated_at: when,
});

/**
 * The rows of the business tables, for the columns a version has: `owned`
 * names the tenant (`user_id` in version 1, `workspace_id` in 2), `made` the
 * creator (version 2), `assigned` the member a task is for (version 2).
 */
function businessRows<Owned extends z.core.$ZodShape, Made extends z.core.$ZodShape, Assigned extends z.core.$ZodShape>(
  owned: Owned,
  made: Made,
  assigned: Assigned,
) {
  const logo = z.strictObject({
    ...owned,
    content_type: z.enum(['image/png', 'image/jpeg'], { error: 'must be image/png or image/jpeg' }),
    /** the image, base64 */
    content: logoUploadSchema.shape.image,
    width: integer({ min: 1, max: 4000 }),
    height: integer({ min: 1, max: 4000 }),
    created_at: when,
    updated_at: when,
  });

  const contact = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    first_name: text(200, { min: 1 }),
    last_name: optionalText(200),
    email: optionalText(320),
    phone: optionalText(50),
    company: optionalText(200),
    position: optionalText(200),
    address: optionalText(1000),
    notes: optionalText(10000),
    status: z.enum(['lead', 'active', 'customer', 'inactive'], { error: 'must be lead, active, customer or inactive' }),
    hourly_rate: nonNegativeMoney.nullable().default(null),
    created_at: when,
    updated_at: when,
  });

  const note = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    contact_id: uuid,
    body: text(10000, { min: 1 }),
    created_at: when,
    updated_at: when,
  });

  const task = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    ...assigned,
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

  const invoice = z
    .strictObject({
      id: uuid,
      ...owned,
      ...made,
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
      /** Σ its credit notes as it was (the import replays them and checks the sum) */
      credited_amount: nonNegativeMoney.optional(),
      recurring_invoice_id: nullableUuid,
      recurring_period: nullableDate,
      taxes: z.array(taxLine, { error: 'must be a list of { rate, base, amount }' }),
      notes: optionalText(10000),
      sent_at: nullableTimestamp,
      paid_at: nullableTimestamp,
      /** the quote it was made from (a quote of the file) */
      quote_id: nullableUuid,
      viewed_at: nullableTimestamp,
      view_count: integer({ min: 0, max: 2_147_483_647 }).default(0),
      created_at: when,
      updated_at: when,
    })
    .superRefine((value, ctx) => {
      // the fields checked here (the generic owner columns leave the row's type open)
      const v = value as unknown as { discount_type: string | null; discount_value: string | null; issue_date: string; due_date: string };
      if ((v.discount_type === null) !== (v.discount_value === null)) {
        ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'must be given together with discount_type (or both null)' });
      }
      if (v.discount_type === 'percent' && v.discount_value !== null && Number(v.discount_value) > 100) {
        ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'must be at most 100 for a percentage' });
      }
      if (v.due_date < v.issue_date) ctx.addIssue({ code: 'custom', path: ['due_date'], message: 'must be on or after the issue date' });
    });

  const quote = z
    .strictObject({
      id: uuid,
      ...owned,
      ...made,
      contact_id: nullableUuid,
      quote_number: text(50, { min: 1 }),
      status: z.enum(['draft', 'sent', 'accepted', 'declined', 'converted'], {
        error: 'must be draft, sent, accepted, declined or converted',
      }),
      issue_date: date,
      valid_until: date,
      currency: currencyCode,
      discount_type: z.enum(['percent', 'amount'], { error: 'must be percent or amount' }).nullable().default(null),
      discount_value: nonNegativeMoney.nullable().default(null),
      subtotal: nonNegativeMoney,
      discount_amount: nonNegativeMoney,
      tax_amount: nonNegativeMoney,
      total_amount: nonNegativeMoney,
      taxes: z.array(taxLine, { error: 'must be a list of { rate, base, amount }' }),
      notes: optionalText(10000),
      sent_at: nullableTimestamp,
      accepted_at: nullableTimestamp,
      declined_at: nullableTimestamp,
      converted_at: nullableTimestamp,
      viewed_at: nullableTimestamp,
      view_count: integer({ min: 0, max: 2_147_483_647 }).default(0),
      created_at: when,
      updated_at: when,
    })
    .superRefine((value, ctx) => {
      const v = value as unknown as {
        discount_type: string | null;
        discount_value: string | null;
        issue_date: string;
        valid_until: string;
      };
      if ((v.discount_type === null) !== (v.discount_value === null)) {
        ctx.addIssue({ code: 'custom', path: ['discount_value'], message: 'must be given together with discount_type (or both null)' });
      }
      if (v.valid_until < v.issue_date)
        ctx.addIssue({ code: 'custom', path: ['valid_until'], message: 'must be on or after the issue date' });
    });

  const quoteItem = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    quote_id: uuid,
    description: text(2000, { min: 1 }),
    quantity: decimal(quantity({ max: 1_000_000_000 }), '2.5'),
    unit_price: nonNegativeMoney,
    tax_rate: rate,
    total: nonNegativeMoney.optional(),
    position: integer({ min: -2_147_483_648, max: 2_147_483_647 }),
    created_at: when,
    updated_at: when,
  });

  const documentCounter = z.strictObject({
    ...owned,
    series: z.enum(['quote'], { error: 'must be quote' }),
    last_number: integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    created_at: when,
    updated_at: when,
  });

  const item = z.strictObject({
    id: uuid,
    ...owned,
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

  const transaction = z
    .strictObject({
      id: uuid,
      ...owned,
      ...made,
      type: z.enum(['income', 'expense'], { error: 'must be income or expense' }),
      amount: decimal(money({ positive: true, allowZero: false }), '1250.00'),
      category: optionalText(100),
      description: optionalText(2000),
      date,
      invoice_id: nullableUuid,
      created_at: when,
      updated_at: when,
    })
    .superRefine((value, ctx) => {
      const v = value as unknown as { invoice_id: string | null; type: string };
      if (v.invoice_id !== null && v.type !== 'income') {
        ctx.addIssue({ code: 'custom', path: ['type'], message: 'must be income for a payment (a transaction with invoice_id)' });
      }
    });

  const counter = z.strictObject({
    ...owned,
    last_number: integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    created_at: when,
    updated_at: when,
  });

  const event = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    invoice_id: uuid,
    type: z.enum(
      ['created', 'status_changed', 'email_sent', 'email_failed', 'payment_recorded', 'payment_changed', 'payment_removed', 'credited'],
      { error: 'must be an invoice event type' },
    ),
    data: jsonObject.optional(),
    created_at: when,
  });

  const creditNote = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    invoice_id: uuid,
    credit_note_number: text(80, { min: 1 }),
    issue_date: date,
    currency: currencyCode.optional(),
    subtotal: nonNegativeMoney,
    tax_amount: nonNegativeMoney,
    total_amount: decimal(money({ positive: true, allowZero: false }), '50.00'),
    reason: optionalText(2000),
    refund_transaction_id: nullableUuid,
    created_at: when,
    updated_at: when,
  });

  const creditNoteItem = z.strictObject({
    id: uuid,
    ...owned,
    credit_note_id: uuid,
    invoice_item_id: uuid,
    description: text(2000, { min: 1 }),
    quantity: decimal(quantity({ max: 1_000_000_000 }), '2.5'),
    unit_price: nonNegativeMoney,
    tax_rate: rate,
    total: nonNegativeMoney.optional(),
    position: integer({ min: -2_147_483_648, max: 2_147_483_647 }),
    created_at: when,
  });

  const recurringItem = z.strictObject({
    description: text(2000, { min: 1 }),
    quantity: z.union([z.number(), z.string()], { error: 'must be a quantity' }),
    unit_price: z.string({ error: 'must be text such as "1250.00"' }),
    tax_rate: z.string().optional(),
  });
  const recurring = z
    .strictObject({
      id: uuid,
      ...owned,
      ...made,
      contact_id: uuid,
      currency: currencyCode,
      items: z.array(recurringItem, { error: 'must be a list of items' }).min(1).max(200),
      notes: optionalText(10000),
      frequency: z.enum(['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'], {
        error: 'must be weekly, biweekly, monthly, quarterly or yearly',
      }),
      start_date: date,
      end_date: nullableDate,
      occurrences: integer({ min: 1, max: 1000 }).nullable().default(null),
      auto_send: z.boolean({ error: 'must be true or false' }),
      status: z.enum(['active', 'paused'], { error: 'must be active or paused' }),
      last_period: nullableDate,
      generated_count: integer({ min: 0, max: 2_147_483_647 }),
      skip_before: nullableDate,
      next_date: nullableDate,
      created_at: when,
      updated_at: when,
    })
    .superRefine((value, ctx) => {
      const v = value as unknown as { start_date: string; end_date: string | null; occurrences: number | null };
      if (v.end_date !== null && v.end_date < v.start_date) {
        ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'must be on or after the start date' });
      }
      if (v.end_date !== null && v.occurrences !== null) {
        ctx.addIssue({ code: 'custom', path: ['occurrences'], message: 'must be null when end_date is set' });
      }
    });

  const reminder = z.strictObject({
    id: uuid,
    ...owned,
    invoice_id: uuid,
    step_days: integer({ min: 1, max: 365 }),
    local_date: date,
    status: z.enum(['claimed', 'sent'], { error: 'must be claimed or sent' }),
    claimed_at: when,
    attempts: integer({ min: 1, max: 2_147_483_647 }).optional(),
    created_at: when,
    updated_at: when,
  });

  const aiLog = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
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

  const dealStage = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    name: text(100, { min: 1 }),
    position: integer({ min: 0, max: 100000 }),
    probability: integer({ min: 0, max: 100 }),
    kind: z.enum(['open', 'won', 'lost'], { error: 'must be open, won or lost' }),
    created_at: when,
    updated_at: when,
  });

  const deal = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    title: text(300, { min: 1 }),
    contact_id: nullableUuid,
    value: nonNegativeMoney,
    currency: currencyCode,
    stage_id: uuid,
    position: integer({ min: 0, max: 100000 }),
    expected_close_date: nullableDate,
    owner_id: nullableUuid,
    lost_reason: optionalText(1000),
    notes: optionalText(10000),
    invoice_id: nullableUuid,
    quote_id: nullableUuid,
    created_at: when,
    updated_at: when,
  });

  const dealEvent = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
    deal_id: uuid,
    type: z.enum(['created', 'stage_changed', 'invoiced', 'quoted'], { error: 'must be created, stage_changed, invoiced or quoted' }),
    from_stage_id: nullableUuid,
    to_stage_id: nullableUuid,
    data: jsonObject.optional(),
    created_at: when,
  });

  const aiAction = z.strictObject({
    id: uuid,
    ...owned,
    ...made,
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

  return {
    business_logos: rows(logo).refine((r) => r.length <= 1, 'must hold at most one row'),
    contacts: rows(contact),
    contact_notes: rows(note),
    tasks: rows(task),
    quotes: rows(quote),
    quote_items: rows(quoteItem),
    recurring_invoices: rows(recurring),
    invoices: rows(invoice),
    invoice_items: rows(item),
    transactions: rows(transaction),
    credit_notes: rows(creditNote),
    credit_note_items: rows(creditNoteItem),
    invoice_counters: rows(counter).refine((r) => r.length <= 1, 'must hold at most one row'),
    document_counters: rows(documentCounter).refine((r) => r.length <= 1, 'must hold at most one row'),
    invoice_events: rows(event),
    invoice_reminders: rows(reminder),
    deal_stages: rows(dealStage),
    deals: rows(deal),
    deal_events: rows(dealEvent),
    ai_logs: rows(aiLog),
    ai_actions: rows(aiAction),
  };
}

/** The activity log: exported for the record, never imported (the database writes its own), so only its shape is checked. */
function auditRow<Owned extends z.core.$ZodShape>(owned: Owned) {
  return z.strictObject({
    id: json.optional(),
    ...owned,
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
    /** the API key a change was made with (docs/decisions/0130) */
    api_key_id: json.optional(),
  });
}

function rows<T extends z.ZodType>(row: T) {
  return z.array(row, { error: 'must be a list of rows' }).default([]);
}

const tablesV1 = z.strictObject(
  {
    users: rows(accountRow).refine((r) => r.length <= 1, 'must hold at most one row (the account the file was exported from)'),
    ...businessRows({ user_id: owner }, {}, {}),
    audit_logs: rows(auditRow({})),
  },
  { error: 'must be an object of tables' },
);

/**
 * Version 2: a time entry (docs/decisions/0105). `user_id` is the member the time belongs to, kept when they
 * are a member of the workspace imported into (like a task's assignee); `duration_minutes` is derived.
 */
const timeEntryRow = z
  .strictObject({
    id: uuid,
    workspace_id: owner,
    user_id: nullableUuid,
    contact_id: nullableUuid,
    /** the deal the time went into (files from before time on deals have none) */
    deal_id: nullableUuid,
    invoice_id: nullableUuid,
    description: text(2000, { min: 1 }),
    started_at: timestamp,
    ended_at: nullableTimestamp,
    timer: z.boolean({ error: 'must be true or false' }).default(false),
    billable: z.boolean({ error: 'must be true or false' }).default(true),
    hourly_rate: nonNegativeMoney.nullable().default(null),
    created_at: when,
    updated_at: when,
  })
  .superRefine((v, ctx) => {
    if (v.ended_at === null && !v.timer)
      ctx.addIssue({ code: 'custom', path: ['ended_at'], message: 'is required unless the entry is a timer' });
    if (v.ended_at !== null) {
      const span = Date.parse(v.ended_at) - Date.parse(v.started_at);
      if (span < 0) ctx.addIssue({ code: 'custom', path: ['ended_at'], message: 'must not be before started_at' });
      if (span > 31 * 86_400_000) ctx.addIssue({ code: 'custom', path: ['ended_at'], message: 'must be within 31 days of started_at' });
    }
  });

/**
 * Version 2: bank statements (docs/decisions/0122). The account's IBAN and number travel (they are the
 * workspace's own data, not a credential); a line's status is derived from its links.
 */
const bankAccountRow = z.strictObject({
  id: uuid,
  workspace_id: owner,
  user_id: creator,
  name: text(200, { min: 1 }),
  currency: currencyCode,
  iban: z
    .string({ error: 'must be an IBAN' })
    .regex(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$/, 'must be an IBAN without spaces')
    .nullable()
    .default(null),
  account_number: optionalText(40),
  csv_mapping: z.record(z.string(), z.string(), { error: 'must be an object of column names' }).nullable().default(null),
  auto_accept: z.boolean({ error: 'must be true or false' }).default(false),
  auto_accept_threshold: z
    .string({ error: 'must be text such as "0.95"' })
    .regex(/^(0\.(5\d|[6-9]\d)|1\.00)$/, 'must be from "0.50" to "1.00"')
    .nullable()
    .default(null),
  created_at: when,
  updated_at: when,
});
const bankImportRow = z.strictObject({
  id: uuid,
  workspace_id: owner,
  user_id: creator,
  bank_account_id: uuid,
  format: z.enum(['csv', 'ofx', 'camt053'], { error: 'must be csv, ofx or camt053' }),
  byte_size: integer({ min: 0, max: 1_000_000_000 }),
  lines: integer({ min: 0, max: 10_000_000 }).default(0),
  new_lines: integer({ min: 0, max: 10_000_000 }).default(0),
  duplicates: integer({ min: 0, max: 10_000_000 }).default(0),
  suggestions: integer({ min: 0, max: 10_000_000 }).default(0),
  matched: integer({ min: 0, max: 10_000_000 }).default(0),
  created_at: when,
});
const bankRuleRow = z.strictObject({
  id: uuid,
  workspace_id: owner,
  user_id: creator,
  pattern: text(200, { min: 1 }),
  match: z.enum(['contains', 'equals', 'starts_with'], { error: 'must be contains, equals or starts_with' }).default('contains'),
  field: z.enum(['description', 'counterparty'], { error: 'must be description or counterparty' }).default('description'),
  category: text(100, { min: 1 }),
  type: z.enum(['income', 'expense'], { error: 'must be income or expense' }).default('expense'),
  created_at: when,
  updated_at: when,
});
const signedMoney = z
  .string({ error: 'must be text such as "-12.50"' })
  .regex(/^-?\d{1,12}\.\d{2}$/, 'must be a signed amount with two decimals such as "-12.50"');
const bankLineRow = z.strictObject({
  id: uuid,
  workspace_id: owner,
  user_id: creator,
  bank_account_id: uuid,
  import_id: nullableUuid,
  date,
  amount: signedMoney,
  currency: currencyCode.nullable().default(null),
  description: text(2000, { min: 1 }),
  counterparty: optionalText(500),
  reference: optionalText(1000),
  bank_id: optionalText(200),
  fingerprint: z.string({ error: 'must be text' }).regex(/^[0-9a-f]{64}$/, 'must be a sha-256 in hex'),
  dedupe_key: text(200, { min: 1 }),
  position: integer({ min: 0, max: 10_000_000 }).default(0),
  suggestion_invoice_id: nullableUuid,
  suggestion_confidence: z
    .string({ error: 'must be text such as "0.95"' })
    .regex(/^(0\.\d{2}|1\.00)$/, 'must be from "0.00" to "1.00"')
    .nullable()
    .default(null),
  suggestion_reasons: z
    .array(z.string({ error: 'must be text' }), { error: 'must be a list of reasons' })
    .max(50)
    .default([]),
  suggestion_partial: z.boolean({ error: 'must be true or false' }).default(false),
  suggested_category: optionalText(100),
  suggested_category_source: z.enum(['rule', 'learned'], { error: 'must be rule or learned' }).nullable().default(null),
  payment_id: nullableUuid,
  transaction_id: nullableUuid,
  ignored: z.boolean({ error: 'must be true or false' }).default(false),
  created_at: when,
  updated_at: when,
});

const tablesV2 = z.strictObject(
  {
    workspaces: rows(workspaceRow).refine((r) => r.length <= 1, 'must hold at most one row (the workspace the file was exported from)'),
    users: rows(personRow),
    workspace_members: rows(memberRow),
    ...businessRows({ workspace_id: owner }, { user_id: creator }, { assignee_id: nullableUuid }),
    time_entries: rows(timeEntryRow),
    bank_accounts: rows(bankAccountRow),
    bank_imports: rows(bankImportRow),
    bank_rules: rows(bankRuleRow),
    bank_lines: rows(bankLineRow),
    audit_logs: rows(auditRow({ workspace_id: json.optional() })),
  },
  { error: 'must be an object of tables' },
);

const format = z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}" (this is not a Ledgerly export)` });

/** A file of version 1: one person's account (before workspaces). */
export const exportFileV1Schema = z.strictObject({ format, version: z.literal(1), exported_at: timestamp, tables: tablesV1 });
/** A file of version 2: one workspace. */
export const exportFileV2Schema = z.strictObject({ format, version: z.literal(2), exported_at: timestamp, tables: tablesV2 });

/** What is said about a file of no version this app reads. */
const unreadableSchema = z.looseObject({
  format,
  version: z.unknown().superRefine((v, ctx) => {
    ctx.addIssue({
      code: 'custom',
      message:
        typeof v === 'number' && Number.isInteger(v) && v > EXPORT_VERSION
          ? `is ${v}: the file comes from a newer Ledgerly; update this one to import it`
          : `must be ${OLDEST_EXPORT_VERSION} or ${EXPORT_VERSION}`,
    });
  }),
  exported_at: timestamp,
});

export type ExportFileV1 = z.output<typeof exportFileV1Schema>;
export type ExportFileV2 = z.output<typeof exportFileV2Schema>;
export type ExportFile = ExportFileV1 | ExportFileV2;
export type ExportTables = ExportFileV2['tables'];
export type ExportRows<T extends keyof ExportTables> = ExportTables[T];

/**
 * Checks a file of any version this app reads (version 1 or 2), by the rules
 * of its version; any other version is refused, with the other problems of
 * its header (`format`, `exported_at`).
 */
export function parseExportFile(value: unknown, params?: { reportInput?: boolean }): z.ZodSafeParseResult<ExportFile> {
  const version =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { version?: unknown }).version : undefined;
  if (version === 1) return exportFileV1Schema.safeParse(value, params);
  if (version === 2) return exportFileV2Schema.safeParse(value, params);
  const unreadable = unreadableSchema.safeParse(value, params);
  if (unreadable.success) throw new Error('a file of an unknown version passed its check');
  return { success: false, error: unreadable.error as unknown as z.ZodError<ExportFile> };
}
