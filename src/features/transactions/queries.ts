import { and, count, desc, eq, gte, inArray, lte, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type Database, plainLike, searchIds, selectRows, tables } from '@/lib/db';
import { after, type Cursor, orderBy, type SortSpec, sortKey } from '@/lib/pagination';
import type {
  InvoiceChoice,
  MoneyTotals,
  Transaction,
  TransactionCreate,
  TransactionSortField,
  TransactionType,
  TransactionUpdate,
  UsedCategory,
} from './schema';

/**
 * Transaction queries. Each takes the tenant transaction first and filters by
 * user_id explicitly (RLS restricts rows anyway). Sums are computed by
 * Postgres over numeric: exact, whatever the number of rows.
 */

const t = tables.transactions;
const inv = tables.invoices;
const d = tables.transactionDayTotals;
const tt = tables.transactionTotals;

export const transactionColumns = {
  id: t.id,
  workspace_id: t.workspace_id,
  user_id: t.user_id,
  type: t.type,
  amount: t.amount,
  category: t.category,
  description: t.description,
  date: t.date,
  invoice_id: t.invoice_id,
  created_at: t.created_at,
  updated_at: t.updated_at,
};

export interface TransactionFilters {
  workspaceId: string;
  q?: string;
  type?: TransactionType;
  category?: string;
  invoiceId?: string;
  from?: string;
  to?: string;
  /** the transactions this person recorded */
  creatorId?: string;
}

/** The filters both the transactions and their day totals carry (account, type, category, dates). */
type LedgerColumns = Pick<typeof t | typeof d, 'workspace_id' | 'type' | 'category' | 'date'>;

function ledgerConditions(cols: LedgerColumns, filters: TransactionFilters): (SQL | undefined)[] {
  return [
    eq(cols.workspace_id, filters.workspaceId),
    filters.type ? eq(cols.type, filters.type) : undefined,
    filters.category !== undefined
      ? filters.category === ''
        ? sql`${cols.category} is null`
        : eq(cols.category, filters.category)
      : undefined,
    filters.from ? gte(cols.date, filters.from) : undefined,
    filters.to ? lte(cols.date, filters.to) : undefined,
  ];
}

async function where(tx: Database, filters: TransactionFilters): Promise<SQL | undefined> {
  return and(
    ...ledgerConditions(t, filters),
    filters.invoiceId ? eq(t.invoice_id, filters.invoiceId) : undefined,
    filters.creatorId ? eq(t.user_id, filters.creatorId) : undefined,
    // the ids the trigram index finds (ADR 0156), else (a frequent term, ADR 0177) the plain `like`, which stops at the page
    filters.q ? ((await searchIds(tx, t.id, 'transactions', filters.q)) ?? plainLike(sql`${t}.search`, filters.q)) : undefined,
  );
}

const sortExpressions: Record<TransactionSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  date: { expr: t.date, cast: 'date' },
  amount: { expr: t.amount, cast: 'numeric' },
  created_at: { expr: t.created_at, cast: 'timestamptz' },
  updated_at: { expr: t.updated_at, cast: 'timestamptz' },
};

export function transactionSort(field: TransactionSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectTransactions(
  tx: Database,
  filters: TransactionFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(Transaction & { _sort: string })[]> {
  const rows = await tx
    .select({ ...transactionColumns, _sort: sortKey(sort) })
    .from(t)
    .where(and(await where(tx, filters), after(sort, t.id, cursor)))
    .orderBy(...orderBy(sort, t.id))
    .limit(limit);
  return rows as (Transaction & { _sort: string })[];
}

/**
 * True when the day totals can answer the filters (type, category, dates):
 * the count and the sums then cost a few rows a day, whatever the ledger's
 * size (docs/decisions/0050-dashboard-day-totals.md, 0070). A search, an
 * invoice or a creator filter needs the matching transactions themselves.
 */
export function dayAnswerable(filters: TransactionFilters): boolean {
  return !filters.q && !filters.invoiceId && !filters.creatorId;
}

function moneySums(amount: SQLWrapper, type: SQLWrapper) {
  const income = sql`coalesce(sum(${amount}) filter (where ${type} = 'income'), 0)`;
  const expense = sql`coalesce(sum(${amount}) filter (where ${type} = 'expense'), 0)`;
  return {
    income: sql<string>`round(${income}, 2)::text`,
    expense: sql<string>`round(${expense}, 2)::text`,
    net: sql<string>`round(${income} - ${expense}, 2)::text`,
  };
}

function summaryOf(row: { count?: number | string; income?: string; expense?: string; net?: string } | undefined) {
  return {
    count: Number(row?.count ?? 0),
    totals: { income: row?.income ?? '0.00', expense: row?.expense ?? '0.00', net: row?.net ?? '0.00' },
  };
}

/**
 * The exact number of rows and money totals of the whole filtered set: from
 * the day totals when they can answer (`dayAnswerable`), else by adding up
 * every matching transaction — for a frequent search term that is every
 * matching row of the ledger (docs/decisions/0176-searched-ledger-totals.md).
 */
export async function summarizeTransactions(tx: Database, filters: TransactionFilters): Promise<{ count: number; totals: MoneyTotals }> {
  const byDay = dayAnswerable(filters);
  if (byDay && !filters.from && !filters.to) {
    // no dates: the day totals with the dates added up, a row per type and category (ADR 0179)
    const [row] = await tx
      .select({ count: sql<number>`coalesce(sum(${tt.count}), 0)::int`, ...moneySums(tt.amount, tt.type) })
      .from(tt)
      .where(totalsWhere(filters));
    return summaryOf(row);
  }
  const [row] = await tx
    .select({
      count: byDay ? sql<number>`coalesce(sum(${d.count}), 0)::int` : count(),
      ...(byDay ? moneySums(d.amount, d.type) : moneySums(t.amount, t.type)),
    })
    .from(byDay ? d : t)
    .where(byDay ? dayWhere(filters) : await where(tx, filters));
  return summaryOf(row);
}

/**
 * The count and the totals of at most `bound + 1` matching transactions, in
 * one statement: `count` ≤ `bound` means the figures are those of the whole
 * set (exact); more means the set is larger and the sums cover only a part
 * of it (the caller must not show them). Reads at most `bound + 1` rows,
 * whatever the term (docs/decisions/0176-searched-ledger-totals.md).
 */
export async function summarizeBounded(
  tx: Database,
  filters: TransactionFilters,
  bound: number,
): Promise<{ count: number; totals: MoneyTotals }> {
  const matching = tx
    .select({ type: t.type, amount: t.amount })
    .from(t)
    .where(await where(tx, filters))
    .limit(bound + 1)
    .as('matching');
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int`, ...moneySums(sql`${matching.amount}`, sql`${matching.type}`) })
    .from(matching);
  return summaryOf(row);
}

/** The type and category filters on the totals of every date (transaction_totals). */
function totalsWhere(filters: TransactionFilters): SQL | undefined {
  return and(
    eq(tt.workspace_id, filters.workspaceId),
    filters.type ? eq(tt.type, filters.type) : undefined,
    filters.category !== undefined
      ? filters.category === ''
        ? sql`${tt.category} is null`
        : eq(tt.category, filters.category)
      : undefined,
  );
}

/** The same filters on the day totals (no search, no invoice, no creator). */
function dayWhere(filters: TransactionFilters): SQL | undefined {
  return and(...ledgerConditions(d, filters));
}

export async function selectTransaction(tx: Database, workspaceId: string, id: string): Promise<Transaction | undefined> {
  const [row] = await tx
    .select(transactionColumns)
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .limit(1);
  return row as Transaction | undefined;
}

export async function insertTransactions(
  tx: Database,
  workspaceId: string,
  values: (TransactionCreate & { date: string })[],
): Promise<Transaction[]> {
  if (values.length === 0) return [];
  const rows = await tx
    .insert(t)
    .values(values.map((v) => ({ ...v, workspace_id: workspaceId })))
    .returning(transactionColumns);
  return rows as Transaction[];
}

export async function updateTransactionRow(
  tx: Database,
  workspaceId: string,
  id: string,
  values: TransactionUpdate,
): Promise<Transaction | undefined> {
  const [row] = await tx
    .update(t)
    .set(values)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .returning(transactionColumns);
  return row as Transaction | undefined;
}

export async function deleteTransactionRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .returning({ id: t.id });
  return rows.length > 0;
}

/** Categories the user has used, most used first. */
export async function selectCategories(tx: Database, workspaceId: string, type?: TransactionType): Promise<UsedCategory[]> {
  const rows = await tx
    .select({
      category: sql<string>`${t.category}`,
      type: t.type,
      count: count(),
      last_used: sql<string>`max(${t.date})::text`,
    })
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), sql`${t.category} is not null`, type ? eq(t.type, type) : undefined))
    .groupBy(t.type, t.category)
    .orderBy(desc(count()), sql`lower(${t.category})`);
  return rows as UsedCategory[];
}

/** The spelling the user already uses for a category, ignoring case ("software" → "Software"). */
/**
 * The spelling each of `categories` already has in the workspace (its most used one, as selectCategorySpelling
 * reads it), in one statement: input → spelling, for the inputs that have one.
 */
export async function selectCategorySpellings(tx: Database, workspaceId: string, categories: string[]): Promise<Map<string, string>> {
  const distinct = [...new Set(categories)];
  if (distinct.length === 0) return new Map();
  const rows = await selectRows<{ input: string; category: string | null }>(
    tx,
    sql`select c.input, (
          select ${t.category} from ${t}
           where ${t.workspace_id} = ${workspaceId} and lower(${t.category}) = lower(c.input)
           group by ${t.category} order by count(*) desc limit 1) as category
        from jsonb_array_elements_text(${JSON.stringify(distinct)}::jsonb) as c(input)`,
  );
  return new Map(rows.flatMap((r) => (r.category === null ? [] : [[r.input, r.category] as const])));
}

export async function selectCategorySpelling(tx: Database, workspaceId: string, category: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ category: t.category, n: count() })
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), sql`lower(${t.category}) = lower(${category})`))
    .groupBy(t.category)
    .orderBy(desc(count()))
    .limit(1);
  return row?.category ?? undefined;
}

export async function selectInvoiceRef(tx: Database, workspaceId: string, id: string): Promise<{ id: string; status: string } | undefined> {
  const [row] = await tx
    .select({ id: inv.id, status: inv.status })
    .from(inv)
    .where(and(eq(inv.workspace_id, workspaceId), eq(inv.id, id)))
    .limit(1);
  return row;
}

/**
 * Invoices a payment can be linked to: sent ones with a balance left, plus
 * the given ones (invoices that transactions being edited already pay).
 */
export async function selectInvoiceChoices(tx: Database, workspaceId: string, include: string[] = []): Promise<InvoiceChoice[]> {
  const c = tables.contacts;
  const rows = await tx
    .select({
      id: inv.id,
      invoice_number: inv.invoice_number,
      contact_name: sql<string | null>`nullif(trim(coalesce(${c.first_name}, '') || ' ' || coalesce(${c.last_name}, '')), '')`,
      status: inv.status,
      currency: inv.currency,
      total_amount: inv.total_amount,
      amount_paid: inv.amount_paid,
      balance: sql<string>`(${inv.total_amount} - ${inv.amount_paid})::text`,
    })
    .from(inv)
    .leftJoin(c, and(eq(c.id, inv.contact_id), eq(c.workspace_id, inv.workspace_id)))
    .where(
      and(
        eq(inv.workspace_id, workspaceId),
        or(
          and(eq(inv.status, 'sent'), sql`${inv.total_amount} > ${inv.amount_paid}`),
          include.length > 0 ? inArray(inv.id, include) : undefined,
        ),
      ),
    )
    .orderBy(inv.due_date, inv.id)
    .limit(500);
  return rows as InvoiceChoice[];
}

export async function selectInvoiceNumbers(
  tx: Database,
  workspaceId: string,
  ids: string[],
): Promise<{ id: string; invoice_number: string }[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: inv.id, invoice_number: inv.invoice_number })
    .from(inv)
    .where(and(eq(inv.workspace_id, workspaceId), inArray(inv.id, ids)));
}

/** Lowers the statement timeout for the rest of this transaction (a sum over a whole ledger). */
export async function setStatementTimeout(tx: Database, ms: number): Promise<void> {
  await tx.execute(sql`select set_config('statement_timeout', ${`${Math.round(ms)}ms`}, true)`);
}
