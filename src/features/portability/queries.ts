// Over 400 lines on purpose: one query per exported or imported table, in the order the import must write
// them (docs/decisions/0096); split by table, the order would be spread over files.
import { sql } from 'drizzle-orm';
import { type Database, selectRows } from '@/lib/db';
import type { QuoteReplay, Row, StoredInvoice, TaxLine } from './plan';
import type { ExportTable } from './schema';

/**
 * The SQL of export and import. Every query runs in the caller's tenant
 * transaction and names no workspace: row level security decides which rows
 * exist, so an export holds exactly what the request's workspace holds (the
 * workspace itself, its members and their people, which a person may also
 * see of their other workspaces, are taken where `app.workspace_id()` says).
 */

// ---------------------------------------------------------------------------
// Export: every row of every table, as JSON text, from one snapshot
// ---------------------------------------------------------------------------

/** How a column is written into data.json. */
type Kind =
  | 'plain' // uuid, text, integers, jsonb: as JSON has them
  | 'text' // numeric: its exact text ("1250.00", "2.500")
  | 'date' // YYYY-MM-DD
  | 'ts' // UTC with milliseconds, like the API: 2026-11-25T09:30:00.000Z
  | 'base64' // bytea
  | 'array'; // smallint[] → [7, 14]

interface TableSpec {
  order: string;
  columns: [string, Kind][];
  /** where the rows come from, as `t` (default: the table itself, as RLS shows it) */
  from?: string;
}

const stamps: [string, Kind][] = [
  ['created_at', 'ts'],
  ['updated_at', 'ts'],
];

const WORKSPACE = '(select app.workspace_id())';

/** Columns that name a person: each row's creator, and the member a task is for. */
const PERSON_COLUMNS: [string, string][] = [
  ['contacts', 'user_id'],
  ['contact_notes', 'user_id'],
  ['tasks', 'user_id'],
  ['tasks', 'assignee_id'],
  ['time_entries', 'user_id'],
  ['bank_accounts', 'user_id'],
  ['bank_imports', 'user_id'],
  ['bank_rules', 'user_id'],
  ['bank_lines', 'user_id'],
  ['invoices', 'user_id'],
  ['quotes', 'user_id'],
  ['quote_items', 'user_id'],
  ['transactions', 'user_id'],
  ['credit_notes', 'user_id'],
  ['recurring_invoices', 'user_id'],
  ['invoice_events', 'user_id'],
  ['deal_stages', 'user_id'],
  ['deals', 'user_id'],
  ['deals', 'owner_id'],
  ['deal_events', 'user_id'],
  ['ai_logs', 'user_id'],
  ['ai_actions', 'user_id'],
  ['audit_logs', 'user_id'],
];

/**
 * The people the workspace's rows name: its members, and whoever made or is
 * assigned a row. Someone who has left shows with their id only (RLS shows a
 * person's details to the workspaces they are in).
 */
const PEOPLE = `(select p.id, u.email, u.first_name, u.last_name
    from (select m.user_id as id from public.workspace_members m where m.workspace_id = ${WORKSPACE}
          ${PERSON_COLUMNS.map(([table, column]) => `union select x.${column} from public.${table} x`).join('\n          ')}) p
    left join public.users u on u.id = p.id
   where p.id is not null) t`;

/**
 * Every column of every table of a workspace, except what is derived
 * (generated search columns, the dashboard's day totals and the lists' row
 * counts, which the triggers rebuild as the rows are imported), what ties it to this installation (the Clerk organization, the
 * personal flag) and what belongs to each person rather than the workspace
 * (sign-in identity, picture, language: `users` carries names and emails only).
 */
export const EXPORT_SPEC: Record<ExportTable, TableSpec> = {
  workspaces: {
    from: `public.workspaces t where t.id = ${WORKSPACE}`,
    order: 't.id',
    columns: [
      ['id', 'plain'],
      ['name', 'plain'],
      ['business_name', 'plain'],
      ['business_address', 'plain'],
      ['tax_id', 'plain'],
      ['payment_instructions', 'plain'],
      ['currency', 'plain'],
      ['invoice_prefix', 'plain'],
      ['credit_note_prefix', 'plain'],
      ['payment_terms_days', 'plain'],
      ['time_zone', 'plain'],
      ['invoice_reminder_days', 'array'],
      ['default_hourly_rate', 'text'],
      ['time_rounding_minutes', 'plain'],
      ['quote_prefix', 'plain'],
      ['share_link_days', 'plain'],
      ...stamps,
    ],
  },
  users: {
    from: PEOPLE,
    order: 't.id',
    columns: [
      ['id', 'plain'],
      ['email', 'plain'],
      ['first_name', 'plain'],
      ['last_name', 'plain'],
    ],
  },
  workspace_members: {
    from: `public.workspace_members t where t.workspace_id = ${WORKSPACE}`,
    order: 't.created_at, t.user_id',
    columns: [['workspace_id', 'plain'], ['user_id', 'plain'], ['role', 'plain'], ...stamps],
  },
  business_logos: {
    order: 't.workspace_id',
    columns: [
      ['workspace_id', 'plain'],
      ['content_type', 'plain'],
      ['content', 'base64'],
      ['width', 'plain'],
      ['height', 'plain'],
      ...stamps,
    ],
  },
  contacts: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['first_name', 'plain'],
      ['last_name', 'plain'],
      ['email', 'plain'],
      ['phone', 'plain'],
      ['company', 'plain'],
      ['position', 'plain'],
      ['address', 'plain'],
      ['notes', 'plain'],
      ['status', 'plain'],
      ['hourly_rate', 'text'],
      ...stamps,
    ],
  },
  contact_notes: {
    order: 't.created_at, t.id',
    columns: [['id', 'plain'], ['workspace_id', 'plain'], ['user_id', 'plain'], ['contact_id', 'plain'], ['body', 'plain'], ...stamps],
  },
  tasks: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['contact_id', 'plain'],
      ['assignee_id', 'plain'],
      ['title', 'plain'],
      ['description', 'plain'],
      ['due_date', 'ts'],
      ['due_on', 'date'],
      ['status', 'plain'],
      ['priority', 'plain'],
      ['completed_at', 'ts'],
      ...stamps,
    ],
  },
  invoices: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['contact_id', 'plain'],
      ['invoice_number', 'plain'],
      ['status', 'plain'],
      ['issue_date', 'date'],
      ['due_date', 'date'],
      ['currency', 'plain'],
      ['discount_type', 'plain'],
      ['discount_value', 'text'],
      ['subtotal', 'text'],
      ['discount_amount', 'text'],
      ['tax_amount', 'text'],
      ['total_amount', 'text'],
      ['amount_paid', 'text'],
      ['credited_amount', 'text'],
      ['recurring_invoice_id', 'plain'],
      ['recurring_period', 'date'],
      ['taxes', 'plain'],
      ['notes', 'plain'],
      ['sent_at', 'ts'],
      ['paid_at', 'ts'],
      ['quote_id', 'plain'],
      ['viewed_at', 'ts'],
      ['view_count', 'plain'],
      ...stamps,
    ],
  },
  quotes: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['contact_id', 'plain'],
      ['quote_number', 'plain'],
      ['status', 'plain'],
      ['issue_date', 'date'],
      ['valid_until', 'date'],
      ['currency', 'plain'],
      ['discount_type', 'plain'],
      ['discount_value', 'text'],
      ['subtotal', 'text'],
      ['discount_amount', 'text'],
      ['tax_amount', 'text'],
      ['total_amount', 'text'],
      ['taxes', 'plain'],
      ['notes', 'plain'],
      ['sent_at', 'ts'],
      ['accepted_at', 'ts'],
      ['declined_at', 'ts'],
      ['converted_at', 'ts'],
      ['viewed_at', 'ts'],
      ['view_count', 'plain'],
      ...stamps,
    ],
  },
  quote_items: {
    order: 't.quote_id, t.position, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['quote_id', 'plain'],
      ['description', 'plain'],
      ['quantity', 'text'],
      ['unit_price', 'text'],
      ['tax_rate', 'text'],
      ['total', 'text'],
      ['position', 'plain'],
      ...stamps,
    ],
  },
  document_counters: {
    order: 't.workspace_id, t.series',
    columns: [['workspace_id', 'plain'], ['series', 'plain'], ['last_number', 'plain'], ...stamps],
  },
  invoice_items: {
    order: 't.invoice_id, t.position, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['invoice_id', 'plain'],
      ['description', 'plain'],
      ['quantity', 'text'],
      ['unit_price', 'text'],
      ['tax_rate', 'text'],
      ['total', 'text'],
      ['position', 'plain'],
      ...stamps,
    ],
  },
  transactions: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['type', 'plain'],
      ['amount', 'text'],
      ['category', 'plain'],
      ['description', 'plain'],
      ['date', 'date'],
      ['invoice_id', 'plain'],
      ...stamps,
    ],
  },
  time_entries: {
    order: 't.started_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['contact_id', 'plain'],
      ['deal_id', 'plain'],
      ['invoice_id', 'plain'],
      ['description', 'plain'],
      ['started_at', 'ts'],
      ['ended_at', 'ts'],
      ['timer', 'plain'],
      ['billable', 'plain'],
      ['hourly_rate', 'text'],
      ...stamps,
    ],
  },
  recurring_invoices: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['contact_id', 'plain'],
      ['currency', 'plain'],
      ['items', 'plain'],
      ['notes', 'plain'],
      ['frequency', 'plain'],
      ['start_date', 'date'],
      ['end_date', 'date'],
      ['occurrences', 'plain'],
      ['auto_send', 'plain'],
      ['status', 'plain'],
      ['last_period', 'date'],
      ['generated_count', 'plain'],
      ['skip_before', 'date'],
      ['next_date', 'date'],
      ...stamps,
    ],
  },
  credit_notes: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['invoice_id', 'plain'],
      ['credit_note_number', 'plain'],
      ['issue_date', 'date'],
      ['currency', 'plain'],
      ['subtotal', 'text'],
      ['tax_amount', 'text'],
      ['total_amount', 'text'],
      ['reason', 'plain'],
      ['refund_transaction_id', 'plain'],
      ...stamps,
    ],
  },
  credit_note_items: {
    order: 't.credit_note_id, t.position, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['credit_note_id', 'plain'],
      ['invoice_item_id', 'plain'],
      ['description', 'plain'],
      ['quantity', 'text'],
      ['unit_price', 'text'],
      ['tax_rate', 'text'],
      ['total', 'text'],
      ['position', 'plain'],
      ['created_at', 'ts'],
    ],
  },
  invoice_counters: {
    order: 't.workspace_id',
    columns: [['workspace_id', 'plain'], ['last_number', 'plain'], ...stamps],
  },
  invoice_events: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['invoice_id', 'plain'],
      ['type', 'plain'],
      ['data', 'plain'],
      ['created_at', 'ts'],
    ],
  },
  invoice_reminders: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['invoice_id', 'plain'],
      ['step_days', 'plain'],
      ['local_date', 'date'],
      ['status', 'plain'],
      ['claimed_at', 'ts'],
      ['attempts', 'plain'],
      ...stamps,
    ],
  },
  bank_accounts: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['name', 'plain'],
      ['currency', 'plain'],
      ['iban', 'plain'],
      ['account_number', 'plain'],
      ['csv_mapping', 'plain'],
      ['auto_accept', 'plain'],
      ['auto_accept_threshold', 'text'],
      ...stamps,
    ],
  },
  bank_imports: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['bank_account_id', 'plain'],
      ['format', 'plain'],
      ['byte_size', 'plain'],
      ['lines', 'plain'],
      ['new_lines', 'plain'],
      ['duplicates', 'plain'],
      ['suggestions', 'plain'],
      ['matched', 'plain'],
      ['created_at', 'ts'],
    ],
  },
  bank_rules: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['pattern', 'plain'],
      ['match', 'plain'],
      ['field', 'plain'],
      ['category', 'plain'],
      ['type', 'plain'],
      ...stamps,
    ],
  },
  bank_lines: {
    order: 't.date, t.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['bank_account_id', 'plain'],
      ['import_id', 'plain'],
      ['date', 'date'],
      ['amount', 'text'],
      ['currency', 'plain'],
      ['description', 'plain'],
      ['counterparty', 'plain'],
      ['reference', 'plain'],
      ['bank_id', 'plain'],
      ['fingerprint', 'plain'],
      ['dedupe_key', 'plain'],
      ['position', 'plain'],
      ['suggestion_invoice_id', 'plain'],
      ['suggestion_confidence', 'text'],
      ['suggestion_reasons', 'plain'],
      ['suggestion_partial', 'plain'],
      ['suggested_category', 'plain'],
      ['suggested_category_source', 'plain'],
      ['payment_id', 'plain'],
      ['transaction_id', 'plain'],
      ['ignored', 'plain'],
      ...stamps,
    ],
  },
  deal_stages: {
    order: 't.position, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['name', 'plain'],
      ['position', 'plain'],
      ['probability', 'plain'],
      ['kind', 'plain'],
      ...stamps,
    ],
  },
  deals: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['title', 'plain'],
      ['contact_id', 'plain'],
      ['value', 'text'],
      ['currency', 'plain'],
      ['stage_id', 'plain'],
      ['position', 'plain'],
      ['expected_close_date', 'date'],
      ['owner_id', 'plain'],
      ['lost_reason', 'plain'],
      ['notes', 'plain'],
      ['invoice_id', 'plain'],
      ['quote_id', 'plain'],
      ...stamps,
    ],
  },
  deal_events: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['deal_id', 'plain'],
      ['type', 'plain'],
      ['from_stage_id', 'plain'],
      ['to_stage_id', 'plain'],
      ['data', 'plain'],
      ['created_at', 'ts'],
    ],
  },
  ai_logs: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['query', 'plain'],
      ['response', 'plain'],
      ['action_taken', 'plain'],
      ['engine', 'plain'],
      ['status', 'plain'],
      ['duration_ms', 'plain'],
      ['metadata', 'plain'],
      ...stamps,
    ],
  },
  ai_actions: {
    order: 't.created_at, t.id',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['log_id', 'plain'],
      ['tool', 'plain'],
      ['args', 'plain'],
      ['summary', 'plain'],
      ['status', 'plain'],
      ['result', 'plain'],
      ['undo', 'plain'],
      ['created_at', 'ts'],
      ['decided_at', 'ts'],
      ['updated_at', 'ts'],
    ],
  },
  audit_logs: {
    order: 't.seq',
    columns: [
      ['id', 'plain'],
      ['workspace_id', 'plain'],
      ['user_id', 'plain'],
      ['actor', 'plain'],
      ['action', 'plain'],
      ['entity', 'plain'],
      ['entity_id', 'plain'],
      ['changes', 'plain'],
      ['context', 'plain'],
      ['created_at', 'ts'],
      ['seq', 'plain'],
      ['txid', 'plain'],
      ['api_key_id', 'plain'],
    ],
  },
};

function expression(column: string, kind: Kind): string {
  const c = `t.${column}`;
  switch (kind) {
    case 'plain':
      return c;
    case 'text':
      return `${c}::text`;
    case 'date':
      return `to_char(${c}, 'YYYY-MM-DD')`;
    case 'ts':
      return `to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'base64':
      return `translate(encode(${c}, 'base64'), E'\\n', '')`;
    case 'array':
      return `to_json(${c})`;
  }
}

/** One SELECT over every table, each part in its order, tagged with its table's place in `tables`. */
export function exportQuery(tables: readonly ExportTable[]): string {
  return tables
    .map((table, ord) => {
      const spec = EXPORT_SPEC[table];
      const fields = spec.columns.map(([column, kind]) => `'${column}', ${expression(column, kind)}`).join(', ');
      return `(select ${ord} as ord, json_build_object(${fields})::text as row from ${spec.from ?? `public.${table} t`} order by ${spec.order})`;
    })
    .join('\nunion all\n');
}

export interface ExportRow {
  /** the table's place in the list given to exportRows */
  ord: number;
  /** the row as JSON text */
  row: string;
}

const CURSOR = 'ledgerly_export';

/**
 * Every row of the given tables, in batches, read through one cursor: a
 * cursor reads from the snapshot taken when it is declared, so the batches
 * are one consistent picture of the workspace (payments add up to what their
 * invoices say, nothing refers to a row written later), whatever is written
 * meanwhile. Rows come table by table, in the order given.
 */
export async function* exportRows(tx: Database, tables: readonly ExportTable[], batchSize = 500): AsyncGenerator<ExportRow[]> {
  await tx.execute(sql.raw(`declare ${CURSOR} no scroll cursor for ${exportQuery(tables)}`));
  try {
    for (;;) {
      const rows = await selectRows<{ ord: number; row: string }>(tx, sql.raw(`fetch forward ${batchSize} from ${CURSOR}`));
      if (rows.length === 0) return;
      yield rows.map((r) => ({ ord: Number(r.ord), row: r.row }));
      if (rows.length < batchSize) return;
    }
  } finally {
    await tx.execute(sql.raw(`close ${CURSOR}`));
  }
}

// ---------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------

/** How much the workspace already holds, per table (counted up to 1000 each). */
export async function selectHeldRows(tx: Database): Promise<Record<'contacts' | 'tasks' | 'transactions' | 'invoices' | 'deals', number>> {
  const capped = (table: string) => sql.raw(`(select count(*) from (select 1 from public.${table} limit 1000) x)::int`);
  const [row] = await selectRows<{ contacts: number; tasks: number; transactions: number; invoices: number; deals: number }>(
    tx,
    sql`select ${capped('contacts')} as contacts, ${capped('tasks')} as tasks, ${capped('transactions')} as transactions, ${capped('invoices')} as invoices, ${capped('deals')} as deals`,
  );
  return {
    contacts: Number(row?.contacts ?? 0),
    tasks: Number(row?.tasks ?? 0),
    transactions: Number(row?.transactions ?? 0),
    invoices: Number(row?.invoices ?? 0),
    deals: Number(row?.deals ?? 0),
  };
}

/**
 * The file's stages replace the default ones of the (empty) workspace
 * imported into: no deal is in them (the import refuses a workspace with deals).
 */
export async function clearDealStages(tx: Database, tenantId: string): Promise<void> {
  await tx.execute(sql`delete from public.deal_stages where workspace_id = ${tenantId}::uuid`);
}

/**
 * The columns each table is written with: computed columns are left to the
 * triggers, and the creator (`user_id`) to the database, which sets the
 * person importing.
 */
export const INSERT_COLUMNS = {
  contacts: [
    'id',
    'workspace_id',
    'first_name',
    'last_name',
    'email',
    'phone',
    'company',
    'position',
    'address',
    'notes',
    'status',
    'hourly_rate',
    'created_at',
    'updated_at',
  ],
  recurring_invoices: [
    'id',
    'workspace_id',
    'contact_id',
    'currency',
    'items',
    'notes',
    'frequency',
    'start_date',
    'end_date',
    'occurrences',
    'auto_send',
    'status',
    'last_period',
    'generated_count',
    'skip_before',
    'next_date',
    'created_at',
    'updated_at',
  ],
  credit_notes: [
    'id',
    'workspace_id',
    'invoice_id',
    'credit_note_number',
    'issue_date',
    'currency',
    'subtotal',
    'tax_amount',
    'total_amount',
    'reason',
    'refund_transaction_id',
    'created_at',
    'updated_at',
  ],
  credit_note_items: [
    'id',
    'workspace_id',
    'credit_note_id',
    'invoice_item_id',
    'description',
    'quantity',
    'unit_price',
    'tax_rate',
    'total',
    'position',
    'created_at',
  ],
  contact_notes: ['id', 'workspace_id', 'contact_id', 'body', 'created_at', 'updated_at'],
  tasks: [
    'id',
    'workspace_id',
    'contact_id',
    'assignee_id',
    'title',
    'description',
    'due_date',
    'due_on',
    'status',
    'priority',
    'completed_at',
    'created_at',
    'updated_at',
  ],
  invoices: [
    'id',
    'workspace_id',
    'contact_id',
    'invoice_number',
    'status',
    'issue_date',
    'due_date',
    'currency',
    'discount_type',
    'discount_value',
    'notes',
    'recurring_invoice_id',
    'recurring_period',
    'quote_id',
    'viewed_at',
    'view_count',
    'created_at',
    'updated_at',
  ],
  quotes: [
    'id',
    'workspace_id',
    'contact_id',
    'quote_number',
    'status',
    'issue_date',
    'valid_until',
    'currency',
    'discount_type',
    'discount_value',
    'notes',
    'created_at',
    'updated_at',
  ],
  quote_items: [
    'id',
    'workspace_id',
    'quote_id',
    'description',
    'quantity',
    'unit_price',
    'tax_rate',
    'position',
    'created_at',
    'updated_at',
  ],
  invoice_items: [
    'id',
    'workspace_id',
    'invoice_id',
    'description',
    'quantity',
    'unit_price',
    'tax_rate',
    'position',
    'created_at',
    'updated_at',
  ],
  transactions: ['id', 'workspace_id', 'type', 'amount', 'category', 'description', 'date', 'invoice_id', 'created_at', 'updated_at'],
  time_entries: [
    'id',
    'workspace_id',
    'user_id',
    'contact_id',
    'deal_id',
    'invoice_id',
    'description',
    'started_at',
    'ended_at',
    'timer',
    'billable',
    'hourly_rate',
    'created_at',
    'updated_at',
  ],
  invoice_events: ['id', 'workspace_id', 'invoice_id', 'type', 'data', 'created_at'],
  invoice_reminders: [
    'id',
    'workspace_id',
    'invoice_id',
    'step_days',
    'local_date',
    'status',
    'claimed_at',
    'attempts',
    'created_at',
    'updated_at',
  ],
  bank_accounts: [
    'id',
    'workspace_id',
    'name',
    'currency',
    'iban',
    'account_number',
    'csv_mapping',
    'auto_accept',
    'auto_accept_threshold',
    'created_at',
    'updated_at',
  ],
  bank_imports: [
    'id',
    'workspace_id',
    'bank_account_id',
    'format',
    'byte_size',
    'lines',
    'new_lines',
    'duplicates',
    'suggestions',
    'matched',
    'created_at',
  ],
  bank_rules: ['id', 'workspace_id', 'pattern', 'match', 'field', 'category', 'type', 'created_at', 'updated_at'],
  bank_lines: [
    'id',
    'workspace_id',
    'bank_account_id',
    'import_id',
    'date',
    'amount',
    'currency',
    'description',
    'counterparty',
    'reference',
    'bank_id',
    'fingerprint',
    'dedupe_key',
    'position',
    'suggestion_invoice_id',
    'suggestion_confidence',
    'suggestion_reasons',
    'suggestion_partial',
    'suggested_category',
    'suggested_category_source',
    'payment_id',
    'transaction_id',
    'ignored',
    'created_at',
    'updated_at',
  ],
  deal_stages: ['id', 'workspace_id', 'name', 'position', 'probability', 'kind', 'created_at', 'updated_at'],
  deals: [
    'id',
    'workspace_id',
    'title',
    'contact_id',
    'value',
    'currency',
    'stage_id',
    'position',
    'expected_close_date',
    'owner_id',
    'lost_reason',
    'notes',
    'invoice_id',
    'quote_id',
    'created_at',
    'updated_at',
  ],
  deal_events: ['id', 'workspace_id', 'deal_id', 'type', 'from_stage_id', 'to_stage_id', 'data', 'created_at'],
  ai_logs: [
    'id',
    'workspace_id',
    'query',
    'response',
    'action_taken',
    'engine',
    'status',
    'duration_ms',
    'metadata',
    'created_at',
    'updated_at',
  ],
  ai_actions: [
    'id',
    'workspace_id',
    'log_id',
    'tool',
    'args',
    'summary',
    'status',
    'result',
    'undo',
    'created_at',
    'decided_at',
    'updated_at',
  ],
} as const;
export type InsertTable = keyof typeof INSERT_COLUMNS;

const INSERT_BATCH = 500;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes rows in statements of a few hundred: each batch travels as one JSON
 * parameter and is typed by the table's own row type (json_populate_recordset),
 * the same on both drivers.
 */
export async function insertRows(tx: Database, table: InsertTable, rows: readonly Row[]): Promise<void> {
  const columns = sql.raw(INSERT_COLUMNS[table].join(', '));
  const target = sql.raw(`public.${table}`);
  for (const batch of chunks(rows, INSERT_BATCH)) {
    await tx.execute(
      sql`insert into ${target} (${columns}) select ${columns} from json_populate_recordset(null::${target}, ${JSON.stringify(batch)}::json)`,
    );
  }
}

/** While set, the triggers do not write the history of the replay (the file's history is imported instead). */
export async function setImporting(tx: Database, on: boolean): Promise<void> {
  await tx.execute(sql`select set_config('app.importing', ${on ? 'on' : ''}, true), set_config('app.import_sent_at', '', true)`);
}

const idList = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/** Sends drafts (their totals freeze), each at the moment it was first sent. */
export async function sendDrafts(tx: Database, sends: readonly { id: string; sent_at: string | null }[]): Promise<void> {
  for (const batch of chunks(sends, 200)) {
    const when = Object.fromEntries(batch.filter((s) => s.sent_at !== null).map((s) => [s.id, s.sent_at]));
    await tx.execute(sql`select set_config('app.import_sent_at', ${JSON.stringify(when)}, true)`);
    await tx.execute(
      sql`update public.invoices set status = 'sent' where id = any(${idList(batch.map((s) => s.id))}) and status = 'draft'`,
    );
  }
  await tx.execute(sql`select set_config('app.import_sent_at', '', true)`);
}

export async function cancelInvoices(tx: Database, ids: readonly string[]): Promise<void> {
  for (const batch of chunks(ids, 500)) {
    await tx.execute(sql`update public.invoices set status = 'cancelled' where id = any(${idList(batch)})`);
  }
}

/** When paid invoices were paid (the payments just replayed made them paid now). */
export async function setPaidAt(tx: Database, rows: readonly { id: string; paid_at: string }[]): Promise<void> {
  for (const batch of chunks(rows, 500)) {
    await tx.execute(sql`update public.invoices i set paid_at = v.paid_at
      from json_to_recordset(${JSON.stringify(batch)}::json) as v(id uuid, paid_at timestamptz)
      where i.id = v.id and i.status = 'paid' and i.paid_at is distinct from v.paid_at`);
  }
}

/** The credit note series of the file's workspace. */
export async function setCreditNotePrefix(tx: Database, tenantId: string, prefix: string): Promise<void> {
  await tx.execute(sql`update public.workspaces set credit_note_prefix = ${prefix} where id = ${tenantId}::uuid`);
}

/** The next invoice number continues the file's numbering (never goes back). */
export async function raiseInvoiceCounter(tx: Database, tenantId: string, lastNumber: number): Promise<void> {
  await tx.execute(sql`insert into public.invoice_counters as c (workspace_id, last_number) values (${tenantId}::uuid, ${lastNumber})
    on conflict (workspace_id) do update set last_number = greatest(c.last_number, excluded.last_number)`);
}

export async function selectStoredInvoices(tx: Database, ids: readonly string[]): Promise<StoredInvoice[]> {
  const out: StoredInvoice[] = [];
  for (const batch of chunks(ids, 1000)) {
    const rows = await selectRows<Omit<StoredInvoice, 'taxes'> & { taxes: TaxLine[] | string }>(
      tx,
      sql`select id::text, status, subtotal::text, discount_amount::text, tax_amount::text, total_amount::text, amount_paid::text,
                 credited_amount::text, taxes
            from public.invoices where id = any(${idList(batch)})`,
    );
    out.push(...rows.map((r) => ({ ...r, taxes: typeof r.taxes === 'string' ? (JSON.parse(r.taxes) as TaxLine[]) : r.taxes })));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Quotes (docs/decisions/0110-quotes.md): inserted as drafts, their items make the totals, then their life is
// replayed with the file's moments (the quotes' trigger keeps them while `app.importing` is on)
// ---------------------------------------------------------------------------

export async function replayQuotes(tx: Database, quotes: readonly QuoteReplay[]): Promise<void> {
  const step = async (rows: readonly QuoteReplay[], status: string, column: string) => {
    for (const batch of chunks(rows, 500)) {
      await tx.execute(sql`update public.quotes q set status = ${status}, ${sql.raw(column)} = v.at
        from json_to_recordset(${JSON.stringify(batch.map((r) => ({ id: r.id, at: r[column as keyof QuoteReplay] })))}::json) as v(id uuid, at timestamptz)
        where q.id = v.id`);
    }
  };
  const issued = quotes.filter((q) => q.status !== 'draft');
  await step(issued, 'sent', 'sent_at');
  await step(
    quotes.filter((q) => q.status === 'accepted' || (q.status === 'converted' && q.accepted_at !== null)),
    'accepted',
    'accepted_at',
  );
  await step(
    quotes.filter((q) => q.status === 'declined'),
    'declined',
    'declined_at',
  );
  await step(
    quotes.filter((q) => q.status === 'converted'),
    'converted',
    'converted_at',
  );
  const viewed = quotes.filter((q) => q.view_count > 0 || q.viewed_at !== null);
  for (const batch of chunks(viewed, 500)) {
    await tx.execute(sql`update public.quotes q set viewed_at = v.viewed_at, view_count = v.view_count
      from json_to_recordset(${JSON.stringify(batch)}::json) as v(id uuid, viewed_at timestamptz, view_count integer)
      where q.id = v.id`);
  }
}

export interface StoredQuote {
  id: string;
  status: string;
  subtotal: string;
  discount_amount: string;
  tax_amount: string;
  total_amount: string;
}

export async function selectStoredQuotes(tx: Database, ids: readonly string[]): Promise<StoredQuote[]> {
  const out: StoredQuote[] = [];
  for (const batch of chunks(ids, 1000)) {
    out.push(
      ...(await selectRows<StoredQuote & Record<string, unknown>>(
        tx,
        sql`select id::text, status, subtotal::text, discount_amount::text, tax_amount::text, total_amount::text
              from public.quotes where id = any(${idList(batch)})`,
      )),
    );
  }
  return out;
}

/** The next quote number continues the file's numbering (never goes back). */
export async function raiseDocumentCounter(tx: Database, tenantId: string, series: string, lastNumber: number): Promise<void> {
  await tx.execute(sql`insert into public.document_counters as c (workspace_id, series, last_number) values (${tenantId}::uuid, ${series}, ${lastNumber})
    on conflict (workspace_id, series) do update set last_number = greatest(c.last_number, excluded.last_number)`);
}

/** The quote prefix and link lifetime of the file's workspace. */
export async function applyQuoteSettings(
  tx: Database,
  tenantId: string,
  settings: { quote_prefix?: string; share_link_days?: number },
): Promise<void> {
  if (settings.quote_prefix === undefined && settings.share_link_days === undefined) return;
  await tx.execute(sql`update public.workspaces set quote_prefix = coalesce(${settings.quote_prefix ?? null}, quote_prefix),
    share_link_days = coalesce(${settings.share_link_days ?? null}::smallint, share_link_days) where id = ${tenantId}::uuid`);
}
