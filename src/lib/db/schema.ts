// Over 400 lines: the query builder's copy of every table, in one place (tests/db/schema-drift.test.ts keeps it equal to the migrations).
import { sql } from 'drizzle-orm';
import { bigint, boolean, char, date, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Drizzle's view of the tables created by `supabase/migrations/*.sql`.
 * The SQL files are the source of truth (constraints, RLS, indexes); this
 * file only tells the query builder the column names and types. Timestamps are
 * Dates (millisecond precision, so cursors round-trip), money decimal strings.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
const money = (name: string) => numeric(name, { precision: 14, scale: 2 });

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  clerk_id: text('clerk_id').notNull(),
  email: text('email'),
  first_name: text('first_name'),
  last_name: text('last_name'),
  image_url: text('image_url'),
  locale: text('locale').notNull().default('en-US'),
  clerk_updated_at: ts('clerk_updated_at'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** A business shared by a team: the tenant of every business row, and the settings invoices follow. */
export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  personal: boolean('personal').notNull().default(false),
  clerk_org_id: text('clerk_org_id'),
  clerk_updated_at: ts('clerk_updated_at'),
  business_name: text('business_name'),
  business_address: text('business_address'),
  tax_id: text('tax_id'),
  payment_instructions: text('payment_instructions'),
  currency: char('currency', { length: 3 }).notNull().default('USD'),
  invoice_prefix: text('invoice_prefix').notNull().default('INV-'),
  credit_note_prefix: text('credit_note_prefix').notNull().default('CN-'),
  payment_terms_days: integer('payment_terms_days').notNull().default(14),
  time_zone: text('time_zone').notNull().default('UTC'),
  /** time tracking: the hourly rate when neither the entry nor its client has one */
  default_hourly_rate: money('default_hourly_rate'),
  /** time tracking: billed time rounds up to this many minutes (0: none) */
  time_rounding_minutes: smallint('time_rounding_minutes').notNull().default(0),
  invoice_reminder_days: smallint('invoice_reminder_days')
    .array()
    .notNull()
    .default(sql`'{}'`),
  quote_prefix: text('quote_prefix').notNull().default('QUO-'),
  share_link_days: smallint('share_link_days').notNull().default(90),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const WORKSPACE_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;

export const workspaceMembers = pgTable('workspace_members', {
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').notNull(),
  role: text('role', { enum: WORKSPACE_ROLES }).notNull(),
  clerk_updated_at: ts('clerk_updated_at'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const workspaceInvitations = pgTable('workspace_invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  email: text('email').notNull(),
  role: text('role', { enum: ['admin', 'member', 'viewer'] }).notNull(),
  token_hash: text('token_hash').notNull(),
  invited_by: uuid('invited_by'),
  expires_at: ts('expires_at').notNull(),
  accepted_at: ts('accepted_at'),
  accepted_by: uuid('accepted_by'),
  revoked_at: ts('revoked_at'),
  created_at: ts('created_at').notNull().defaultNow(),
});

/** Clerk user ids whose account was deleted (see the clerk_user_sync migration). */
export const deletedUsers = pgTable('deleted_users', {
  clerk_id: text('clerk_id').primaryKey(),
  deleted_at: ts('deleted_at').notNull().defaultNow(),
});

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  first_name: text('first_name').notNull(),
  last_name: text('last_name'),
  email: text('email'),
  phone: text('phone'),
  company: text('company'),
  position: text('position'),
  address: text('address'),
  notes: text('notes'),
  /** time tracking: this client's hourly rate (overrides the workspace default) */
  hourly_rate: money('hourly_rate'),
  status: text('status', { enum: ['lead', 'active', 'customer', 'inactive'] })
    .notNull()
    .default('lead'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  contact_id: uuid('contact_id'),
  invoice_number: text('invoice_number').notNull(),
  status: text('status', { enum: ['draft', 'sent', 'paid', 'cancelled'] })
    .notNull()
    .default('draft'),
  issue_date: date('issue_date', { mode: 'string' })
    .notNull()
    .default(sql`current_date`),
  due_date: date('due_date', { mode: 'string' }).notNull(),
  currency: char('currency', { length: 3 }).notNull().default('USD'),
  subtotal: money('subtotal').notNull().default('0'),
  discount_type: text('discount_type', { enum: ['percent', 'amount'] }),
  discount_value: money('discount_value'),
  discount_amount: money('discount_amount').notNull().default('0'),
  tax_amount: money('tax_amount').notNull().default('0'),
  total_amount: money('total_amount').notNull().default('0'),
  amount_paid: money('amount_paid').notNull().default('0'),
  /** Σ the credit notes issued against it (kept by the database) */
  credited_amount: money('credited_amount').notNull().default('0'),
  /** the recurring profile that made it, and the period it was made for */
  recurring_invoice_id: uuid('recurring_invoice_id'),
  recurring_period: date('recurring_period', { mode: 'string' }),
  taxes: jsonb('taxes').$type<{ rate: string; base: string; amount: string }[]>().notNull().default([]),
  notes: text('notes'),
  sent_at: ts('sent_at'),
  paid_at: ts('paid_at'),
  /** the quote this invoice was made from */
  quote_id: uuid('quote_id'),
  /** the client's first view through a link, and how many views */
  viewed_at: ts('viewed_at'),
  view_count: integer('view_count').notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const invoiceItems = pgTable('invoice_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  invoice_id: uuid('invoice_id').notNull(),
  description: text('description').notNull(),
  quantity: numeric('quantity', { precision: 13, scale: 3 }).notNull(),
  unit_price: money('unit_price').notNull(),
  tax_rate: numeric('tax_rate', { precision: 6, scale: 3 }).notNull().default('0'),
  total: money('total').notNull(),
  position: integer('position').notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const invoiceEvents = pgTable('invoice_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  invoice_id: uuid('invoice_id').notNull(),
  type: text('type', {
    enum: ['created', 'status_changed', 'email_sent', 'email_failed', 'payment_recorded', 'payment_changed', 'payment_removed', 'credited'],
  }).notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  created_at: ts('created_at').notNull().defaultNow(),
});

export const invoiceCounters = pgTable('invoice_counters', {
  workspace_id: uuid('workspace_id').primaryKey(),
  last_number: bigint('last_number', { mode: 'number' }).notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const invoiceReminders = pgTable('invoice_reminders', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  invoice_id: uuid('invoice_id').notNull(),
  step_days: smallint('step_days').notNull(),
  local_date: date('local_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['claimed', 'sent'] })
    .notNull()
    .default('claimed'),
  /** when the current claim was taken (a claim older than the lease may be taken over) */
  claimed_at: ts('claimed_at').notNull().defaultNow(),
  /** how many times it was claimed; only the current attempt may finish it */
  attempts: integer('attempts').notNull().default(1),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const transactions = pgTable('transactions', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  type: text('type', { enum: ['income', 'expense'] }).notNull(),
  amount: money('amount').notNull(),
  category: text('category'),
  description: text('description'),
  date: date('date', { mode: 'string' })
    .notNull()
    .default(sql`current_date`),
  invoice_id: uuid('invoice_id'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  contact_id: uuid('contact_id'),
  /** the member the task is for (a member of the same workspace; null: nobody in particular) */
  assignee_id: uuid('assignee_id'),
  title: text('title').notNull(),
  description: text('description'),
  due_date: ts('due_date'),
  /** a task due on a whole day: that calendar date (due_date then follows it, docs/decisions/0090) */
  due_on: date('due_on', { mode: 'string' }),
  status: text('status', { enum: ['pending', 'in_progress', 'completed', 'cancelled'] })
    .notNull()
    .default('pending'),
  priority: text('priority', { enum: ['low', 'medium', 'high'] })
    .notNull()
    .default('medium'),
  completed_at: ts('completed_at'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/**
 * Money per account, day, type, category and currency, kept by triggers on
 * `transactions` (the dashboard reads it); read-only for sessions. `currency`
 * null: the account's currency (a transaction that pays no invoice).
 */
export const transactionDayTotals = pgTable('transaction_day_totals', {
  workspace_id: uuid('workspace_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  type: text('type', { enum: ['income', 'expense'] }).notNull(),
  category: text('category'),
  currency: char('currency', { length: 3 }),
  amount: numeric('amount').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
});

/**
 * The day totals with the dates added up: money per workspace, type and
 * category, kept by triggers on `transaction_day_totals` (the transactions
 * list's totals without a date filter read it, docs/decisions/0179); read-only for sessions.
 */
export const transactionTotals = pgTable('transaction_totals', {
  workspace_id: uuid('workspace_id').notNull(),
  type: text('type', { enum: ['income', 'expense'] }).notNull(),
  category: text('category'),
  amount: numeric('amount').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
});

/** Payments per account, day, currency and client (the invoice's), kept like the above. */
export const paymentDayTotals = pgTable('payment_day_totals', {
  workspace_id: uuid('workspace_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  contact_id: uuid('contact_id').notNull(),
  amount: numeric('amount').notNull(),
  count: bigint('count', { mode: 'number' }).notNull(),
});

/** The lists whose unfiltered row count the database keeps (`list_counts`, docs/decisions/0153). */
export const COUNTED_LISTS = [
  'contacts',
  'tasks',
  'invoices',
  'transactions',
  'quotes',
  'deals',
  'time_entries',
  'credit_notes',
  'recurring_invoices',
  'bank_lines',
] as const;
export type CountedList = (typeof COUNTED_LISTS)[number];

/** Rows per workspace and list, kept by statement triggers on each list's table; read-only for sessions. */
export const listCounts = pgTable('list_counts', {
  workspace_id: uuid('workspace_id').notNull(),
  list: text('list', { enum: COUNTED_LISTS }).notNull(),
  n: bigint('n', { mode: 'number' }).notNull(),
});

/** Dated notes about a contact (`contact_notes`). */
export const contactNotes = pgTable('contact_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  contact_id: uuid('contact_id').notNull(),
  body: text('body').notNull(),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const aiLogs = pgTable('ai_logs', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  query: text('query').notNull(),
  response: text('response'),
  action_taken: text('action_taken'),
  engine: text('engine').notNull(),
  status: text('status').notNull().default('ok'),
  duration_ms: integer('duration_ms'),
  metadata: jsonb('metadata').notNull().default({}),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const aiActions = pgTable('ai_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  log_id: uuid('log_id').notNull(),
  tool: text('tool').notNull(),
  args: jsonb('args').notNull().default({}),
  summary: text('summary').notNull(),
  status: text('status', { enum: ['pending', 'confirmed', 'rejected', 'undone', 'expired'] })
    .notNull()
    .default('pending'),
  result: jsonb('result'),
  undo: jsonb('undo'),
  created_at: ts('created_at').notNull().defaultNow(),
  decided_at: ts('decided_at'),
  updated_at: ts('updated_at').notNull().defaultNow(),
});
/** Written only by the database (triggers, app.record_event); read-only for sessions. */
export const auditLogs = pgTable('audit_logs', {
  id: uuid('id').primaryKey(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row (null: a system job, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  actor: text('actor'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entity_id: uuid('entity_id'),
  changes: jsonb('changes').notNull(),
  created_at: ts('created_at').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  /** the database transaction that wrote the entry: the entries of one change share it (migration audit_change_groups) */
  txid: bigint('txid', { mode: 'number' }).notNull(),
  /** what the entry is about, as it was then: name, currency, invoice, contact */
  context: jsonb('context').notNull(),
  /** the API key the change was made with (null: a session or a system job; migration api_keys) */
  api_key_id: uuid('api_key_id'),
});

/** Named API keys of a workspace: only the hash of each key is kept (migration api_keys). */
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** the admin who made it, whose role it acts with (null once they left: the key no longer works) */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  key_hash: text('key_hash').notNull(),
  scopes: text('scopes').array().notNull(),
  expires_at: ts('expires_at'),
  last_used_at: ts('last_used_at'),
  revoked_at: ts('revoked_at'),
  created_at: ts('created_at').notNull().defaultNow(),
});

/** The ordered columns of a workspace's pipeline (`deal_stages`). */
export const dealStages = pgTable('deal_stages', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  probability: smallint('probability').notNull().default(0),
  kind: text('kind', { enum: ['open', 'won', 'lost'] })
    .notNull()
    .default('open'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** Deals: a card in one stage at a dense position (0 = top). */
export const deals = pgTable('deals', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  title: text('title').notNull(),
  contact_id: uuid('contact_id'),
  value: money('value').notNull().default('0'),
  currency: char('currency', { length: 3 }).notNull(),
  stage_id: uuid('stage_id').notNull(),
  position: integer('position').notNull(),
  expected_close_date: date('expected_close_date', { mode: 'string' }),
  owner_id: uuid('owner_id'),
  lost_reason: text('lost_reason'),
  notes: text('notes'),
  invoice_id: uuid('invoice_id'),
  quote_id: uuid('quote_id'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** Time a member spent, for a client; locked once on an invoice (migration time_entries). */
export const timeEntries = pgTable('time_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** the member the time belongs to (null: they left the workspace); the caller by default */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  contact_id: uuid('contact_id'),
  /** the deal the time went into, if any (migration time_entry_deals) */
  deal_id: uuid('deal_id'),
  invoice_id: uuid('invoice_id'),
  description: text('description').notNull(),
  started_at: ts('started_at').notNull(),
  ended_at: ts('ended_at'),
  /** derived by the database from started_at and ended_at */
  duration_minutes: integer('duration_minutes').generatedAlwaysAs(sql`(round(extract(epoch from (ended_at - started_at)) / 60))::integer`),
  timer: boolean('timer').notNull().default(false),
  billable: boolean('billable').notNull().default(true),
  hourly_rate: money('hourly_rate'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** A deal's history (written by a trigger): created, stage changes, invoiced. */
export const dealEvents = pgTable('deal_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  deal_id: uuid('deal_id').notNull(),
  type: text('type', { enum: ['created', 'stage_changed', 'invoiced', 'quoted'] }).notNull(),
  from_stage_id: uuid('from_stage_id'),
  to_stage_id: uuid('to_stage_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  created_at: ts('created_at').notNull().defaultNow(),
});

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'declined', 'converted'] as const;

export const quotes = pgTable('quotes', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made the row; set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  contact_id: uuid('contact_id'),
  quote_number: text('quote_number').notNull(),
  status: text('status', { enum: QUOTE_STATUSES }).notNull().default('draft'),
  issue_date: date('issue_date', { mode: 'string' })
    .notNull()
    .default(sql`current_date`),
  valid_until: date('valid_until', { mode: 'string' }).notNull(),
  currency: char('currency', { length: 3 }).notNull().default('USD'),
  subtotal: money('subtotal').notNull().default('0'),
  discount_type: text('discount_type', { enum: ['percent', 'amount'] }),
  discount_value: money('discount_value'),
  discount_amount: money('discount_amount').notNull().default('0'),
  taxes: jsonb('taxes').$type<{ rate: string; base: string; amount: string }[]>().notNull().default([]),
  tax_amount: money('tax_amount').notNull().default('0'),
  total_amount: money('total_amount').notNull().default('0'),
  notes: text('notes'),
  sent_at: ts('sent_at'),
  accepted_at: ts('accepted_at'),
  declined_at: ts('declined_at'),
  converted_at: ts('converted_at'),
  viewed_at: ts('viewed_at'),
  view_count: integer('view_count').notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const quoteItems = pgTable('quote_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  quote_id: uuid('quote_id').notNull(),
  description: text('description').notNull(),
  quantity: numeric('quantity', { precision: 13, scale: 3 }).notNull(),
  unit_price: money('unit_price').notNull(),
  tax_rate: numeric('tax_rate', { precision: 6, scale: 3 }).notNull().default('0'),
  total: money('total').notNull(),
  position: integer('position').notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const documentLinks = pgTable('document_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  invoice_id: uuid('invoice_id'),
  quote_id: uuid('quote_id'),
  token_hash: text('token_hash').notNull(),
  expires_at: ts('expires_at').notNull(),
  revoked_at: ts('revoked_at'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const creditNotes = pgTable('credit_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who issued it (null: imported, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  invoice_id: uuid('invoice_id').notNull(),
  credit_note_number: text('credit_note_number').notNull(),
  issue_date: date('issue_date', { mode: 'string' }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  subtotal: money('subtotal').notNull(),
  tax_amount: money('tax_amount').notNull().default('0'),
  total_amount: money('total_amount').notNull(),
  reason: text('reason'),
  refund_transaction_id: uuid('refund_transaction_id'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const creditNoteItems = pgTable('credit_note_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  credit_note_id: uuid('credit_note_id').notNull(),
  invoice_item_id: uuid('invoice_item_id').notNull(),
  description: text('description').notNull(),
  quantity: numeric('quantity', { precision: 13, scale: 3 }).notNull(),
  unit_price: money('unit_price').notNull(),
  tax_rate: numeric('tax_rate', { precision: 6, scale: 3 }).notNull().default('0'),
  total: money('total').notNull(),
  position: integer('position').notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
});

export const RECURRING_FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;

export const recurringInvoices = pgTable('recurring_invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  /** who made it (null: imported, or a person since deleted); set by the database */
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  contact_id: uuid('contact_id').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  items: jsonb('items').$type<{ description: string; quantity: number | string; unit_price: string; tax_rate?: string }[]>().notNull(),
  notes: text('notes'),
  frequency: text('frequency', { enum: RECURRING_FREQUENCIES }).notNull(),
  start_date: date('start_date', { mode: 'string' }).notNull(),
  end_date: date('end_date', { mode: 'string' }),
  occurrences: integer('occurrences'),
  auto_send: boolean('auto_send').notNull().default(false),
  status: text('status', { enum: ['active', 'paused'] })
    .notNull()
    .default('active'),
  last_period: date('last_period', { mode: 'string' }),
  generated_count: integer('generated_count').notNull().default(0),
  skip_before: date('skip_before', { mode: 'string' }),
  next_date: date('next_date', { mode: 'string' }),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** A workspace's bank account; iban/account_number only ever leave the server masked (migration bank). */
export const bankAccounts = pgTable('bank_accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  name: text('name').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  iban: text('iban'),
  account_number: text('account_number'),
  csv_mapping: jsonb('csv_mapping').$type<Record<string, string>>(),
  auto_accept: boolean('auto_accept').notNull().default(false),
  auto_accept_threshold: numeric('auto_accept_threshold', { precision: 3, scale: 2 }),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** One imported statement file. */
export const bankImports = pgTable('bank_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  bank_account_id: uuid('bank_account_id').notNull(),
  format: text('format', { enum: ['csv', 'ofx', 'camt053'] }).notNull(),
  byte_size: integer('byte_size').notNull(),
  lines: integer('lines').notNull().default(0),
  new_lines: integer('new_lines').notNull().default(0),
  duplicates: integer('duplicates').notNull().default(0),
  suggestions: integer('suggestions').notNull().default(0),
  matched: integer('matched').notNull().default(0),
  created_at: ts('created_at').notNull().defaultNow(),
});

/** A booked line of a bank statement; status is derived by the database. */
export const bankLines = pgTable('bank_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  bank_account_id: uuid('bank_account_id').notNull(),
  import_id: uuid('import_id'),
  date: date('date', { mode: 'string' }).notNull(),
  amount: money('amount').notNull(),
  currency: char('currency', { length: 3 }),
  description: text('description').notNull(),
  counterparty: text('counterparty'),
  reference: text('reference'),
  bank_id: text('bank_id'),
  fingerprint: text('fingerprint').notNull(),
  dedupe_key: text('dedupe_key').notNull(),
  position: integer('position').notNull().default(0),
  suggestion_invoice_id: uuid('suggestion_invoice_id'),
  suggestion_confidence: numeric('suggestion_confidence', { precision: 3, scale: 2 }),
  suggestion_reasons: jsonb('suggestion_reasons').$type<string[]>().notNull().default([]),
  suggestion_partial: boolean('suggestion_partial').notNull().default(false),
  suggested_category: text('suggested_category'),
  suggested_category_source: text('suggested_category_source', { enum: ['rule', 'learned'] }),
  payment_id: uuid('payment_id'),
  transaction_id: uuid('transaction_id'),
  ignored: boolean('ignored').notNull().default(false),
  status: text('status', { enum: ['unmatched', 'suggested', 'matched', 'booked', 'ignored'] }).generatedAlwaysAs(
    sql`case when payment_id is not null then 'matched' when transaction_id is not null then 'booked' when ignored then 'ignored' when suggestion_invoice_id is not null then 'suggested' else 'unmatched' end`,
  ),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

/** "description contains X → category Y" for outgoing bank lines. */
export const bankRules = pgTable('bank_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  workspace_id: uuid('workspace_id').notNull(),
  user_id: uuid('user_id').default(sql`app.current_user_id()`),
  pattern: text('pattern').notNull(),
  match: text('match', { enum: ['contains', 'equals', 'starts_with'] })
    .notNull()
    .default('contains'),
  field: text('field', { enum: ['description', 'counterparty'] })
    .notNull()
    .default('description'),
  category: text('category').notNull(),
  type: text('type', { enum: ['income', 'expense'] })
    .notNull()
    .default('expense'),
  created_at: ts('created_at').notNull().defaultNow(),
  updated_at: ts('updated_at').notNull().defaultNow(),
});

export const schema = {
  users,
  deletedUsers,
  contacts,
  contactNotes,
  invoices,
  invoiceItems,
  invoiceEvents,
  invoiceCounters,
  invoiceReminders,
  quotes,
  quoteItems,
  documentLinks,
  transactions,
  transactionDayTotals,
  transactionTotals,
  paymentDayTotals,
  listCounts,
  tasks,
  dealStages,
  deals,
  dealEvents,
  timeEntries,
  aiLogs,
  aiActions,
  auditLogs,
  apiKeys,
  creditNotes,
  creditNoteItems,
  recurringInvoices,
  bankAccounts,
  bankImports,
  bankLines,
  bankRules,
};
