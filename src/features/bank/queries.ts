import { type SQL, sql } from 'drizzle-orm';
import { type Database, likePattern, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { BankAccount, BankLine, BankRule, LineSortField, LineStatus } from './schema';

/**
 * Bank queries. Each takes the tenant transaction first; RLS restricts rows
 * to the request's workspace, and every query also filters by workspace_id.
 * Money leaves SQL as text, counts as int (the drivers differ otherwise).
 */

const a = tables.bankAccounts;
const l = tables.bankLines;
const r = tables.bankRules;

// ---------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------

export interface AccountRow extends Omit<BankAccount, 'iban' | 'account_number' | 'auto_accept_threshold'> {
  iban: string | null;
  account_number: string | null;
  auto_accept_threshold: string | null;
}

const accountSelect = sql`select ${a.id} as id, ${a.name} as name, ${a.currency} as currency, ${a.iban} as iban,
    ${a.account_number} as account_number, ${a.csv_mapping} as csv_mapping, ${a.auto_accept} as auto_accept,
    ${a.auto_accept_threshold}::text as auto_accept_threshold,
    (select count(*)::int from ${l} where ${l.workspace_id} = ${a.workspace_id} and ${l.bank_account_id} = ${a.id}) as line_count,
    (select count(*)::int from ${l} where ${l.workspace_id} = ${a.workspace_id} and ${l.bank_account_id} = ${a.id}
       and ${l.status} in ('unmatched', 'suggested')) as unmatched_count,
    ${a.created_at} as created_at, ${a.updated_at} as updated_at
  from ${a}`;

export async function selectAccounts(tx: Database, workspaceId: string): Promise<AccountRow[]> {
  return selectRows<AccountRow & Record<string, unknown>>(
    tx,
    sql`${accountSelect} where ${a.workspace_id} = ${workspaceId} order by ${a.name}, ${a.id} limit 500`,
  );
}

export async function selectAccount(tx: Database, workspaceId: string, id: string, lock = false): Promise<AccountRow | undefined> {
  const [row] = await selectRows<AccountRow & Record<string, unknown>>(
    tx,
    sql`${accountSelect} where ${a.workspace_id} = ${workspaceId} and ${a.id} = ${id}${lock ? sql` for update of ${a}` : sql``}`,
  );
  return row;
}

export interface AccountValues {
  name?: string;
  currency?: string;
  iban?: string | null;
  account_number?: string | null;
  auto_accept?: boolean;
  auto_accept_threshold?: number | null;
  csv_mapping?: Record<string, string> | null;
}

function accountSet(values: AccountValues) {
  const { auto_accept_threshold: threshold, ...rest } = values;
  return {
    ...rest,
    ...(threshold === undefined ? {} : { auto_accept_threshold: threshold === null ? null : threshold.toFixed(2) }),
  };
}

export async function insertAccount(tx: Database, workspaceId: string, values: AccountValues & { name: string; currency: string }) {
  const [row] = await tx
    .insert(a)
    .values({ ...accountSet(values), name: values.name, currency: values.currency, workspace_id: workspaceId })
    .returning({ id: a.id });
  return row!.id;
}

export async function updateAccountRow(tx: Database, workspaceId: string, id: string, values: AccountValues): Promise<boolean> {
  const rows = await tx
    .update(a)
    .set(accountSet(values))
    .where(sql`${a.workspace_id} = ${workspaceId} and ${a.id} = ${id}`)
    .returning({ id: a.id });
  return rows.length > 0;
}

export async function deleteAccountRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(a)
    .where(sql`${a.workspace_id} = ${workspaceId} and ${a.id} = ${id}`)
    .returning({ id: a.id });
  return rows.length > 0;
}

/** Lines of the account that are linked to a payment or a transaction (they keep the account). */
export async function countLinkedLines(tx: Database, workspaceId: string, accountId: string): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${l} where ${l.workspace_id} = ${workspaceId} and ${l.bank_account_id} = ${accountId}
          and (${l.payment_id} is not null or ${l.transaction_id} is not null)`,
  );
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------
// Imports and lines
// ---------------------------------------------------------------------------

export async function insertImport(
  tx: Database,
  workspaceId: string,
  values: { bank_account_id: string; format: 'csv' | 'ofx' | 'camt053'; byte_size: number },
): Promise<string> {
  const [row] = await tx
    .insert(tables.bankImports)
    .values({ ...values, workspace_id: workspaceId })
    .returning({ id: tables.bankImports.id });
  return row!.id;
}

export async function updateImportCounts(
  tx: Database,
  workspaceId: string,
  id: string,
  counts: { lines: number; new_lines: number; duplicates: number; suggestions: number; matched: number },
): Promise<void> {
  const i = tables.bankImports;
  await tx
    .update(i)
    .set(counts)
    .where(sql`${i.workspace_id} = ${workspaceId} and ${i.id} = ${id}`);
}

export interface NewLine {
  date: string;
  amount: string;
  currency: string | null;
  description: string;
  counterparty: string | null;
  reference: string | null;
  bank_id: string | null;
  fingerprint: string;
  dedupe_key: string;
  position: number;
}

export interface InsertedLine {
  id: string;
  date: string;
  amount: string;
  description: string;
  counterparty: string | null;
  reference: string | null;
}

/**
 * Inserts lines in one statement per batch (a JSON array unpacked by the
 * database); a line whose dedupe key the account already has is skipped.
 * Returns the lines actually inserted.
 */
export async function insertLines(
  tx: Database,
  workspaceId: string,
  accountId: string,
  importId: string,
  lines: NewLine[],
): Promise<InsertedLine[]> {
  const inserted: InsertedLine[] = [];
  const BATCH = 2500;
  for (let start = 0; start < lines.length; start += BATCH) {
    const batch = JSON.stringify(lines.slice(start, start + BATCH));
    const rows = await selectRows<InsertedLine & Record<string, unknown>>(
      tx,
      sql`insert into public.bank_lines (workspace_id, bank_account_id, import_id, date, amount, currency, description, counterparty,
            reference, bank_id, fingerprint, dedupe_key, position)
          select ${workspaceId}::uuid, ${accountId}::uuid, ${importId}::uuid, x.date, x.amount, x.currency, x.description, x.counterparty,
                 x.reference, x.bank_id, x.fingerprint, x.dedupe_key, x.position
            from jsonb_to_recordset(${batch}::jsonb) as x(date date, amount numeric(14, 2), currency char(3), description text,
                 counterparty text, reference text, bank_id text, fingerprint text, dedupe_key text, position integer)
          on conflict (workspace_id, bank_account_id, dedupe_key) do nothing
          returning id, date::text as date, amount::text as amount, description, counterparty, reference`,
    );
    inserted.push(...rows);
  }
  return inserted;
}

export interface SuggestionValues {
  id: string;
  invoice_id: string;
  confidence: number;
  reasons: string[];
  partial: boolean;
}

export async function writeSuggestions(tx: Database, workspaceId: string, values: SuggestionValues[]): Promise<void> {
  if (values.length === 0) return;
  await tx.execute(sql`update public.bank_lines b
       set suggestion_invoice_id = x.invoice_id, suggestion_confidence = x.confidence, suggestion_reasons = x.reasons,
           suggestion_partial = x.partial
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as x(id uuid, invoice_id uuid, confidence numeric(3, 2), reasons jsonb, partial boolean)
     where b.workspace_id = ${workspaceId} and b.id = x.id`);
}

export async function writeCategories(
  tx: Database,
  workspaceId: string,
  values: { id: string; category: string; source: 'rule' | 'learned' }[],
): Promise<void> {
  if (values.length === 0) return;
  await tx.execute(sql`update public.bank_lines b
       set suggested_category = x.category, suggested_category_source = x.source
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as x(id uuid, category text, source text)
     where b.workspace_id = ${workspaceId} and b.id = x.id`);
}

export interface OpenInvoiceRow {
  id: string;
  number: string;
  contact_id: string | null;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  email: string | null;
  issue_date: string;
  due_date: string | null;
  total: string;
  balance_due: string;
  currency: string;
}

/** Invoices that can take a payment (sent, with a balance due) in a currency. */
export async function selectOpenInvoices(tx: Database, workspaceId: string, currency: string): Promise<OpenInvoiceRow[]> {
  const i = tables.invoices;
  const c = tables.contacts;
  return selectRows<OpenInvoiceRow & Record<string, unknown>>(
    tx,
    sql`select ${i.id} as id, ${i.invoice_number} as number, ${i.contact_id} as contact_id, ${c.first_name} as first_name,
          ${c.last_name} as last_name, ${c.company} as company, ${c.email} as email, ${i.issue_date}::text as issue_date,
          ${i.due_date}::text as due_date, ${i.total_amount}::text as total,
          greatest(${i.total_amount} - ${i.amount_paid} - ${i.credited_amount}, 0)::numeric(14, 2)::text as balance_due,
          ${i.currency} as currency
        from ${i} left join ${c} on ${c.id} = ${i.contact_id} and ${c.workspace_id} = ${i.workspace_id}
       where ${i.workspace_id} = ${workspaceId} and ${i.status} = 'sent' and ${i.currency} = ${currency}
         and ${i.total_amount} - ${i.amount_paid} - ${i.credited_amount} > 0
       order by ${i.issue_date}, ${i.id}
       limit 5000`,
  );
}

/** Counterparty names on lines the workspace matched before, with the invoice's contact. */
export async function selectPayerAliases(tx: Database, workspaceId: string): Promise<{ name: string; contact_id: string }[]> {
  const t = tables.transactions;
  const i = tables.invoices;
  return selectRows(
    tx,
    sql`select distinct ${l.counterparty} as name, ${i.contact_id} as contact_id
          from ${l} join ${t} on ${t.id} = ${l.payment_id} and ${t.workspace_id} = ${l.workspace_id}
          join ${i} on ${i.id} = ${t.invoice_id} and ${i.workspace_id} = ${t.workspace_id}
         where ${l.workspace_id} = ${workspaceId} and ${l.counterparty} is not null and ${i.contact_id} is not null
         limit 2000`,
  );
}

/** How lines were booked before (the most recent first): what categorisation learns from. */
export async function selectBookedHistory(
  tx: Database,
  workspaceId: string,
): Promise<{ description: string; counterparty: string | null; category: string; type: 'income' | 'expense' }[]> {
  const t = tables.transactions;
  return selectRows(
    tx,
    sql`select ${l.description} as description, ${l.counterparty} as counterparty, ${t.category} as category, ${t.type} as type
          from ${l} join ${t} on ${t.id} = ${l.transaction_id} and ${t.workspace_id} = ${l.workspace_id}
         where ${l.workspace_id} = ${workspaceId} and ${t.category} is not null
         order by ${l.updated_at} desc
         limit 2000`,
  );
}

// ---------------------------------------------------------------------------
// Reading lines
// ---------------------------------------------------------------------------

export interface LineFilters {
  workspaceId: string;
  status?: LineStatus;
  accountId?: string;
  importId?: string;
  direction?: 'in' | 'out';
  from?: string;
  to?: string;
  q?: string;
  ids?: string[];
}

function where(f: LineFilters): SQL {
  const parts: SQL[] = [sql`${l.workspace_id} = ${f.workspaceId}`];
  if (f.status) parts.push(sql`${l.status} = ${f.status}`);
  if (f.accountId) parts.push(sql`${l.bank_account_id} = ${f.accountId}`);
  if (f.importId) parts.push(sql`${l.import_id} = ${f.importId}`);
  if (f.direction === 'in') parts.push(sql`${l.amount} > 0`);
  if (f.direction === 'out') parts.push(sql`${l.amount} < 0`);
  if (f.from) parts.push(sql`${l.date} >= ${f.from}::date`);
  if (f.to) parts.push(sql`${l.date} <= ${f.to}::date`);
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(
      sql`(lower(${l.description}) like ${pattern} or lower(coalesce(${l.counterparty}, '')) like ${pattern} or lower(coalesce(${l.reference}, '')) like ${pattern})`,
    );
  }
  if (f.ids)
    parts.push(
      sql`${l.id} in (${sql.join(
        f.ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  return sql.join(parts, sql` and `);
}

const sortExpressions: Record<LineSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  date: { expr: l.date, cast: 'date' },
  amount: { expr: l.amount, cast: 'numeric' },
  created_at: { expr: l.created_at, cast: 'timestamptz' },
};

export function lineSort(field: LineSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

interface LineRow extends Record<string, unknown> {
  id: string;
  bank_account_id: string;
  import_id: string | null;
  date: string;
  amount: string;
  currency: string;
  description: string;
  counterparty: string | null;
  reference: string | null;
  bank_id: string | null;
  status: LineStatus;
  suggestion_invoice_id: string | null;
  suggestion_invoice_number: string | null;
  suggestion_confidence: string | null;
  suggestion_reasons: string[] | string;
  suggestion_partial: boolean;
  invoice_id: string | null;
  invoice_number: string | null;
  payment_id: string | null;
  transaction_id: string | null;
  category: string | null;
  category_source: BankLine['category_source'];
  created_at: Date | string;
  updated_at: Date | string;
  _sort?: string;
}

function lineSelect(extra: SQL = sql``): SQL {
  return sql`select ${l.id} as id, ${l.bank_account_id} as bank_account_id, ${l.import_id} as import_id, ${l.date}::text as date,
      ${l.amount}::text as amount, coalesce(${l.currency}, acc.currency) as currency, ${l.description} as description,
      ${l.counterparty} as counterparty, ${l.reference} as reference, ${l.bank_id} as bank_id, ${l.status} as status,
      ${l.suggestion_invoice_id} as suggestion_invoice_id, si.invoice_number as suggestion_invoice_number,
      ${l.suggestion_confidence}::text as suggestion_confidence, ${l.suggestion_reasons} as suggestion_reasons,
      ${l.suggestion_partial} as suggestion_partial, pt.invoice_id as invoice_id, pi.invoice_number as invoice_number,
      ${l.payment_id} as payment_id, ${l.transaction_id} as transaction_id,
      coalesce(bt.category, ${l.suggested_category}) as category,
      case when bt.id is not null then 'booked' else ${l.suggested_category_source} end as category_source,
      ${l.created_at} as created_at, ${l.updated_at} as updated_at${extra}
    from ${l}
    join public.bank_accounts acc on acc.id = ${l.bank_account_id} and acc.workspace_id = ${l.workspace_id}
    left join public.invoices si on si.id = ${l.suggestion_invoice_id} and si.workspace_id = ${l.workspace_id}
    left join public.transactions pt on pt.id = ${l.payment_id} and pt.workspace_id = ${l.workspace_id}
    left join public.invoices pi on pi.id = pt.invoice_id and pi.workspace_id = ${l.workspace_id}
    left join public.transactions bt on bt.id = ${l.transaction_id} and bt.workspace_id = ${l.workspace_id}`;
}

function toLine(row: LineRow): BankLine & { _sort?: string } {
  const reasons = typeof row.suggestion_reasons === 'string' ? (JSON.parse(row.suggestion_reasons) as string[]) : row.suggestion_reasons;
  return {
    id: row.id,
    bank_account_id: row.bank_account_id,
    import_id: row.import_id,
    date: row.date,
    amount: row.amount,
    currency: row.currency,
    description: row.description,
    counterparty: row.counterparty,
    reference: row.reference,
    bank_id: row.bank_id,
    status: row.status,
    suggestion:
      row.suggestion_invoice_id && row.status !== 'matched'
        ? {
            invoice_id: row.suggestion_invoice_id,
            invoice_number: row.suggestion_invoice_number,
            confidence: Number(row.suggestion_confidence ?? 0),
            reasons,
            partial: row.suggestion_partial,
          }
        : null,
    invoice_id: row.invoice_id,
    invoice_number: row.invoice_number,
    payment_id: row.payment_id,
    transaction_id: row.transaction_id,
    category: row.category,
    category_source: row.category_source,
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
    ...(row._sort === undefined ? {} : { _sort: row._sort }),
  };
}

export async function selectLines(
  tx: Database,
  filters: LineFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(BankLine & { _sort: string })[]> {
  const page = after(sort, l.id, cursor);
  const rows = await selectRows<LineRow>(
    tx,
    sql`${lineSelect(sql`, ${sortKey(sort)} as _sort`)} where ${where(filters)}${page ? sql` and ${page}` : sql``}
        order by ${sql.join(orderBy(sort, l.id), sql`, `)} limit ${limit}`,
  );
  return rows.map(toLine) as (BankLine & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countListedLines(tx: Database, filters: LineFilters): Promise<Total> {
  return boundedCount(tx, l, where(filters));
}

/** The exact number of lines (the review page's tabs). */
export async function countLines(tx: Database, filters: LineFilters): Promise<number> {
  const [row] = await selectRows<{ n: number }>(tx, sql`select count(*)::int as n from ${l} where ${where(filters)}`);
  return row?.n ?? 0;
}

export async function selectLine(tx: Database, workspaceId: string, id: string): Promise<BankLine | undefined> {
  const [row] = await selectRows<LineRow>(tx, sql`${lineSelect()} where ${l.workspace_id} = ${workspaceId} and ${l.id} = ${id}`);
  return row ? toLine(row) : undefined;
}

/** The line locked for this transaction: two matches of the same line wait for each other. */
export async function lockLine(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await selectRows(tx, sql`select ${l.id} from ${l} where ${l.workspace_id} = ${workspaceId} and ${l.id} = ${id} for update`);
  return rows.length > 0;
}

export async function setLineLink(
  tx: Database,
  workspaceId: string,
  id: string,
  values: { payment_id?: string | null; transaction_id?: string | null; ignored?: boolean },
): Promise<void> {
  await tx
    .update(l)
    .set(values)
    .where(sql`${l.workspace_id} = ${workspaceId} and ${l.id} = ${id}`);
}

/** The invoice that matching may pay: its currency and status, or undefined when not in the workspace. */
export async function selectInvoiceBrief(
  tx: Database,
  workspaceId: string,
  id: string,
): Promise<{ id: string; invoice_number: string; currency: string; status: string; balance_due: string } | undefined> {
  const i = tables.invoices;
  const [row] = await selectRows<{ id: string; invoice_number: string; currency: string; status: string; balance_due: string }>(
    tx,
    sql`select ${i.id} as id, ${i.invoice_number} as invoice_number, ${i.currency} as currency, ${i.status} as status,
          greatest(${i.total_amount} - ${i.amount_paid} - ${i.credited_amount}, 0)::numeric(14, 2)::text as balance_due
        from ${i} where ${i.workspace_id} = ${workspaceId} and ${i.id} = ${id}`,
  );
  return row;
}

/** The bank lines that paid an invoice (the invoice page shows them). */
export async function selectLinesOfInvoice(tx: Database, workspaceId: string, invoiceId: string): Promise<BankLine[]> {
  const rows = await selectRows<LineRow>(
    tx,
    sql`${lineSelect()} where ${l.workspace_id} = ${workspaceId} and pt.invoice_id = ${invoiceId} order by ${l.date}, ${l.id}`,
  );
  return rows.map(toLine);
}

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

const ruleColumns = {
  id: r.id,
  pattern: r.pattern,
  match: r.match,
  field: r.field,
  category: r.category,
  type: r.type,
  created_at: r.created_at,
  updated_at: r.updated_at,
};

export async function selectRules(tx: Database, workspaceId: string): Promise<BankRule[]> {
  return tx
    .select(ruleColumns)
    .from(r)
    .where(sql`${r.workspace_id} = ${workspaceId}`)
    .orderBy(r.created_at, r.id)
    .limit(1000);
}

export async function selectRule(tx: Database, workspaceId: string, id: string): Promise<BankRule | undefined> {
  const [row] = await tx
    .select(ruleColumns)
    .from(r)
    .where(sql`${r.workspace_id} = ${workspaceId} and ${r.id} = ${id}`);
  return row;
}

export async function insertRule(tx: Database, workspaceId: string, values: Omit<BankRule, 'id' | 'created_at' | 'updated_at'>) {
  const [row] = await tx
    .insert(r)
    .values({ ...values, workspace_id: workspaceId })
    .returning({ id: r.id });
  return row!.id;
}

export async function updateRuleRow(tx: Database, workspaceId: string, id: string, values: Partial<BankRule>): Promise<boolean> {
  const rows = await tx
    .update(r)
    .set(values)
    .where(sql`${r.workspace_id} = ${workspaceId} and ${r.id} = ${id}`)
    .returning({ id: r.id });
  return rows.length > 0;
}

export async function deleteRuleRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(r)
    .where(sql`${r.workspace_id} = ${workspaceId} and ${r.id} = ${id}`)
    .returning({ id: r.id });
  return rows.length > 0;
}
