import { personId, type Workspace } from '@/lib/auth/workspace';
import { csvExport } from '@/lib/csv';
import type { Database, TenantRunner } from '@/lib/db';
import { errors } from '@/lib/errors';
import { bounded, COUNT_BOUND, decodeCursor, exactly, type Page, toPage } from '@/lib/pagination';
import { env } from '@/lib/env';
import { todayIn } from '@/lib/time';
import { createGate } from './gate';
import {
  dayAnswerable,
  deleteTransactionRow,
  insertTransactions,
  selectCategories,
  selectCategorySpelling,
  selectCategorySpellings,
  selectInvoiceChoices,
  selectInvoiceNumbers,
  selectInvoiceRef,
  selectTransaction,
  selectTransactions,
  setStatementTimeout,
  summarizeBounded,
  summarizeTransactions,
  type TransactionFilters,
  transactionSort,
  updateTransactionRow,
} from './queries';
import type {
  InvoiceChoice,
  MoneyTotals,
  Transaction,
  TransactionCreate,
  TransactionListQuery,
  TransactionSummary,
  TransactionTotalsQuery,
  TransactionType,
  TransactionUpdate,
  UsedCategory,
} from './schema';

/**
 * The rules for transactions. Every function runs in the caller's tenant
 * transaction. What a payment does to its invoice (amount paid, status) is
 * the database's job (a trigger on `transactions`), so it holds for every
 * writer; this service checks what a client can be told precisely first.
 */

type ListQuery = Omit<TransactionListQuery, 'format' | 'limit' | 'cursor'>;

/** Who lists: the workspace, and the person (`me` in a filter). */
type Lister = Pick<Workspace, 'id' | 'user'>;

function filtersFor(owner: Lister, query: ListQuery): TransactionFilters {
  return {
    workspaceId: owner.id,
    q: query.q || undefined,
    type: query.type,
    category: query.category,
    invoiceId: query.invoice_id,
    from: query.from,
    to: query.to,
    creatorId: query.user_id ? personId(query.user_id, owner) : undefined,
  };
}

/**
 * One page of transactions, with the count and the income/expense/net of the
 * whole filtered set (docs/decisions/0176-searched-ledger-totals.md):
 * - filters the day totals answer (none, type, category, dates): the exact
 *   count and totals on every page, from the day totals (ADR 0070);
 * - a search, an invoice or a creator filter: the count and the totals of at
 *   most COUNT_BOUND + 1 matching rows, taken with the page. Up to the bound
 *   they are exact; beyond it the page says `"total": 1000, "total_exact":
 *   false` and `totals` is null — the exact figures are
 *   `GET /api/transactions/totals` (`transactionSummary`), which the page asks
 *   for after showing the rows.
 * `exactTotals` (the assistant) always adds up the whole set.
 */
export async function listTransactions(
  tx: Database,
  owner: Lister,
  query: Omit<TransactionListQuery, 'format'>,
  options: { exactTotals?: boolean } = {},
): Promise<{ data: Transaction[]; page: Page; totals: MoneyTotals | null }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const filters = filtersFor(owner, query);
  const sort = transactionSort(query.sort.field, query.sort.direction);
  // the page and the totals are sent together, in one round trip (ADR 0170)
  if (options.exactTotals || dayAnswerable(filters)) {
    const [rows, summary] = await Promise.all([
      selectTransactions(tx, filters, sort, cursor, query.limit + 1),
      summarizeTransactions(tx, filters),
    ]);
    return { ...toPage(rows, query.limit, exactly(summary.count)), totals: summary.totals };
  }
  const [rows, summary] = await Promise.all([
    selectTransactions(tx, filters, sort, cursor, query.limit + 1),
    summarizeBounded(tx, filters, COUNT_BOUND),
  ]);
  // deeper pages keep the first page's total (the cursor carries it), as every list does
  const count = cursor ? { total: cursor.total, exact: cursor.exact !== false } : bounded(summary.count);
  return { ...toPage(rows, query.limit, count), totals: summary.count <= COUNT_BOUND ? summary.totals : null };
}

/** Totals of a filtered set without its rows (dashboards, the assistant). */
export async function transactionTotals(tx: Database, owner: Lister, query: Partial<ListQuery>): Promise<MoneyTotals> {
  return (await summarizeTransactions(tx, filtersFor(owner, { sort: { field: 'date', direction: 'desc' }, ...query }))).totals;
}

/**
 * How many exact sums over matching transactions (not the day totals) one
 * server runs at once: each may read every row of a large ledger, and a
 * request waiting here holds no pooled connection (DATABASE_POOL_SIZE is 10
 * by default), so the lists and everything else keep the rest of the pool.
 */
export const LEDGER_SUM_SLOTS = 2;

/** The statement timeout of those sums: lower than the default (15 s), so a pathological one gives its slot back. */
export const LEDGER_SUM_TIMEOUT_MS = 5000;

const ledgerSums = createGate(LEDGER_SUM_SLOTS);

/**
 * The exact count and totals of every transaction that matches the list's
 * filters (`GET /api/transactions/totals`): from the day totals when they can
 * answer, else by adding up the matching transactions, at most
 * LEDGER_SUM_SLOTS at a time per server and within LEDGER_SUM_TIMEOUT_MS
 * (over it: a 503, the page says it could not add them up in time).
 * Each runs in its own tenant transaction (`run`), taken once its turn comes.
 */
export async function transactionSummary(run: TenantRunner, owner: Lister, query: TransactionTotalsQuery): Promise<TransactionSummary> {
  const filters = filtersFor(owner, { ...query, sort: { field: 'date', direction: 'desc' } });
  if (dayAnswerable(filters)) return run((tx) => summarizeTransactions(tx, filters));
  const configured = env().DATABASE_STATEMENT_TIMEOUT_MS;
  const timeout = configured > 0 ? Math.min(configured, LEDGER_SUM_TIMEOUT_MS) : LEDGER_SUM_TIMEOUT_MS;
  return ledgerSums.run(() =>
    run(async (tx) => {
      await setStatementTimeout(tx, timeout);
      return summarizeTransactions(tx, filters);
    }),
  );
}

export const TRANSACTION_CSV_FIELDS = [
  'id',
  'date',
  'type',
  'amount',
  'category',
  'description',
  'invoice_id',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof Transaction)[];

/** The filtered transactions as a streamed CSV download (all pages). */
export function exportTransactionsCsv(run: TenantRunner, owner: Lister, query: ListQuery): Response {
  const filters = filtersFor(owner, query);
  const sort = transactionSort(query.sort.field, query.sort.direction);
  return csvExport({
    filename: 'transactions.csv',
    fields: TRANSACTION_CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectTransactions(tx, filters, sort, cursor, limit),
  });
}

export async function getTransaction(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<Transaction> {
  const row = await selectTransaction(tx, owner.id, id);
  if (!row) throw errors.notFound('Transaction');
  return row;
}

/** A payment must be income, and of an invoice of this account. */
async function checkInvoiceLink(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  type: TransactionType,
  invoiceId: string | null | undefined,
): Promise<void> {
  if (!invoiceId) return;
  if (type !== 'income') {
    throw errors.unprocessable('Only income can pay an invoice: an expense cannot be linked to one.', {
      invoice_id: ['can only be set on an income transaction'],
    });
  }
  const invoice = await selectInvoiceRef(tx, owner.id, invoiceId);
  if (!invoice) {
    throw errors.unprocessable('The invoice does not exist in your account.', {
      invoice_id: ['is not one of your invoices'],
    });
  }
}

/** Reuses the user's spelling of a category they already have ("software" → "Software"). */
async function consistentCategory(tx: Database, owner: Pick<Workspace, 'id'>, category: string | null | undefined) {
  if (!category) return category;
  return (await selectCategorySpelling(tx, owner.id, category)) ?? category;
}

export async function createTransaction(
  tx: Database,
  owner: Pick<Workspace, 'id' | 'time_zone'>,
  input: TransactionCreate,
): Promise<Transaction> {
  const [row] = await createTransactions(tx, owner, [input]);
  return row!;
}

export async function createTransactions(
  tx: Database,
  owner: Pick<Workspace, 'id' | 'time_zone'>,
  inputs: TransactionCreate[],
): Promise<Transaction[]> {
  const today = todayIn(owner.time_zone);
  for (const input of inputs) await checkInvoiceLink(tx, owner, input.type, input.invoice_id);
  // every category's spelling in one statement, however many rows (a year of the demo data is 67)
  const spellings = await selectCategorySpellings(
    tx,
    owner.id,
    inputs.flatMap((input) => (input.category ? [input.category] : [])),
  );
  const values = inputs.map((input) => ({
    ...input,
    category: input.category ? (spellings.get(input.category) ?? input.category) : input.category,
    date: input.date ?? today,
  }));
  return insertTransactions(tx, owner.id, values);
}

export async function updateTransaction(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  id: string,
  input: TransactionUpdate,
): Promise<Transaction> {
  const existing = await selectTransaction(tx, owner.id, id);
  if (!existing) throw errors.notFound('Transaction');
  const type = input.type ?? existing.type;
  const invoiceId = input.invoice_id === undefined ? existing.invoice_id : input.invoice_id;
  if (input.invoice_id !== undefined || input.type !== undefined) await checkInvoiceLink(tx, owner, type, invoiceId);
  const category = input.category === undefined ? undefined : await consistentCategory(tx, owner, input.category);
  const row = await updateTransactionRow(tx, owner.id, id, { ...input, ...(category === undefined ? {} : { category }) });
  if (!row) throw errors.notFound('Transaction');
  return row;
}

export async function deleteTransaction(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<{ id: string }> {
  const deleted = await deleteTransactionRow(tx, owner.id, id);
  if (!deleted) throw errors.notFound('Transaction');
  return { id };
}

export async function usedCategories(tx: Database, owner: Pick<Workspace, 'id'>, type?: TransactionType): Promise<UsedCategory[]> {
  return selectCategories(tx, owner.id, type);
}

/** Invoices a payment can be linked to: open ones, and those the given transactions already pay. */
export async function invoiceChoices(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  linked: readonly Pick<Transaction, 'invoice_id'>[] = [],
): Promise<InvoiceChoice[]> {
  return selectInvoiceChoices(tx, owner.id, [...new Set(linked.flatMap((r) => (r.invoice_id ? [r.invoice_id] : [])))]);
}

/** Invoice numbers of the invoices the given transactions pay (lists show them). */
export async function paidInvoiceNumbers(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  rows: readonly Pick<Transaction, 'invoice_id'>[],
): Promise<Record<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.invoice_id ? [r.invoice_id] : [])))];
  return Object.fromEntries((await selectInvoiceNumbers(tx, owner.id, ids)).map((r) => [r.id, r.invoice_number]));
}
