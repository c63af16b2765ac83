import { and, asc, count, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Database, likePattern, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { Quote, QuoteItem, QuoteSortField, QuoteStatus, QuoteStoredStatus } from './schema';

/**
 * Quote queries: each takes the tenant transaction first and filters by
 * workspace explicitly (RLS restricts the rows anyway). Totals are the
 * database's (app.invoice_totals, in the quotes' triggers).
 */

const q = tables.quotes;
const c = tables.contacts;
const it = tables.quoteItems;
const inv = tables.invoices;

function effectiveStatus(today: string): SQL<QuoteStatus> {
  return sql<QuoteStatus>`app.quote_effective_status(${q.status}, ${q.valid_until}, ${today}::date)`;
}

function quoteColumns(today: string) {
  return {
    id: q.id,
    workspace_id: q.workspace_id,
    user_id: q.user_id,
    contact_id: q.contact_id,
    quote_number: q.quote_number,
    status: effectiveStatus(today),
    issue_date: q.issue_date,
    valid_until: q.valid_until,
    currency: q.currency,
    subtotal: q.subtotal,
    discount_type: q.discount_type,
    discount_value: q.discount_value,
    discount_amount: q.discount_amount,
    taxes: q.taxes,
    tax_amount: q.tax_amount,
    total_amount: q.total_amount,
    notes: q.notes,
    sent_at: q.sent_at,
    accepted_at: q.accepted_at,
    declined_at: q.declined_at,
    converted_at: q.converted_at,
    invoice_id: sql<
      string | null
    >`(select ${inv.id} from ${inv} where ${inv.workspace_id} = ${q.workspace_id} and ${inv.quote_id} = ${q.id} limit 1)`,
    viewed_at: q.viewed_at,
    view_count: q.view_count,
    created_at: q.created_at,
    updated_at: q.updated_at,
    contact_name: sql<string | null>`nullif(trim(concat_ws(' ', ${c.first_name}, ${c.last_name})), '')`,
    contact_email: c.email,
    contact_company: c.company,
  };
}

const joinContact = and(eq(c.id, q.contact_id), eq(c.workspace_id, q.workspace_id));

export interface QuoteFilters {
  workspaceId: string;
  today: string;
  q?: string;
  status?: QuoteStatus[];
  contactId?: string;
  from?: string;
  to?: string;
  creatorId?: string;
}

function statusCondition(status: QuoteStatus, today: string): SQL {
  switch (status) {
    case 'sent':
      return and(eq(q.status, 'sent'), gte(q.valid_until, today))!;
    case 'expired':
      return and(eq(q.status, 'sent'), sql`${q.valid_until} < ${today}::date`)!;
    default:
      return eq(q.status, status);
  }
}

function where(filters: QuoteFilters): SQL | undefined {
  return and(
    eq(q.workspace_id, filters.workspaceId),
    filters.status?.length ? or(...filters.status.map((s) => statusCondition(s, filters.today))) : undefined,
    filters.contactId ? eq(q.contact_id, filters.contactId) : undefined,
    filters.creatorId ? eq(q.user_id, filters.creatorId) : undefined,
    filters.from ? gte(q.issue_date, filters.from) : undefined,
    filters.to ? lte(q.issue_date, filters.to) : undefined,
    filters.q
      ? or(
          sql`lower(${q.quote_number}) like ${likePattern(filters.q)}`,
          sql`${q.contact_id} in (select ${c.id} from ${c} where ${c.workspace_id} = ${filters.workspaceId} and ${sql.identifier('search')} like ${likePattern(filters.q)})`,
        )
      : undefined,
  );
}

const sortExpressions: Record<QuoteSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  quote_number: { expr: q.quote_number, cast: 'text' },
  issue_date: { expr: q.issue_date, cast: 'date' },
  valid_until: { expr: q.valid_until, cast: 'date' },
  total_amount: { expr: q.total_amount, cast: 'numeric' },
  created_at: { expr: q.created_at, cast: 'timestamptz' },
};

export function quoteSort(field: QuoteSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectQuotes(
  tx: Database,
  filters: QuoteFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(Quote & { _sort: string })[]> {
  const rows = await tx
    .select({ ...quoteColumns(filters.today), _sort: sortKey(sort) })
    .from(q)
    .leftJoin(c, joinContact)
    .where(and(where(filters), after(sort, q.id, cursor)))
    .orderBy(...orderBy(sort, q.id))
    .limit(limit);
  return rows as (Quote & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countQuotes(tx: Database, filters: QuoteFilters): Promise<Total> {
  return boundedCount(tx, q, where(filters));
}

export async function selectQuote(
  tx: Database,
  workspaceId: string,
  id: string,
  today: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<(Quote & { stored_status: QuoteStoredStatus }) | undefined> {
  const query = tx
    .select({ ...quoteColumns(today), stored_status: q.status })
    .from(q)
    .leftJoin(c, joinContact)
    .where(and(eq(q.workspace_id, workspaceId), eq(q.id, id)))
    .limit(1);
  const [row] = lock ? await query.for('no key update', { of: q }) : await query;
  return row as (Quote & { stored_status: QuoteStoredStatus }) | undefined;
}

export async function selectQuoteItems(tx: Database, workspaceId: string, quoteId: string): Promise<QuoteItem[]> {
  const rows = await tx
    .select({
      id: it.id,
      description: it.description,
      quantity: sql<string>`trim_scale(${it.quantity})::text`,
      unit_price: it.unit_price,
      tax_rate: sql<string>`trim_scale(${it.tax_rate})::text`,
      total: it.total,
      position: it.position,
    })
    .from(it)
    .where(and(eq(it.workspace_id, workspaceId), eq(it.quote_id, quoteId)))
    .orderBy(asc(it.position), asc(it.created_at), asc(it.id));
  return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }));
}

export async function quoteNumberTaken(tx: Database, workspaceId: string, number: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: q.id })
    .from(q)
    .where(and(eq(q.workspace_id, workspaceId), eq(q.quote_number, number), exceptId ? sql`${q.id} <> ${exceptId}` : undefined))
    .limit(1);
  return Boolean(row);
}

/** The next quote number of the workspace's series (its counter row is locked until the transaction ends). */
export async function nextQuoteNumber(tx: Database, workspaceId: string, prefix: string): Promise<string> {
  const [row] = await selectRows<{ number: string }>(
    tx,
    sql`select app.next_document_number(${workspaceId}::uuid, 'quote', ${prefix}) as number`,
  );
  return row!.number;
}

export interface QuoteRowValues {
  contact_id?: string | null;
  quote_number?: string;
  issue_date?: string;
  valid_until?: string;
  currency?: string;
  discount_type?: 'percent' | 'amount' | null;
  discount_value?: string | null;
  notes?: string | null;
  status?: QuoteStoredStatus;
}

export async function insertQuote(
  tx: Database,
  workspaceId: string,
  values: Required<Pick<QuoteRowValues, 'quote_number' | 'issue_date' | 'valid_until' | 'currency'>> & QuoteRowValues,
): Promise<string> {
  const [row] = await tx
    .insert(q)
    .values({ ...values, workspace_id: workspaceId, status: 'draft' })
    .returning({ id: q.id });
  return row!.id;
}

export async function updateQuoteRow(tx: Database, workspaceId: string, id: string, values: QuoteRowValues): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await tx
    .update(q)
    .set(values)
    .where(and(eq(q.workspace_id, workspaceId), eq(q.id, id)));
}

/** Moves a quote from one status to another; false when it was no longer in `from`. */
export async function moveQuoteStatus(
  tx: Database,
  workspaceId: string,
  id: string,
  from: QuoteStoredStatus[],
  to: QuoteStoredStatus,
): Promise<boolean> {
  const rows = await tx
    .update(q)
    .set({ status: to })
    .where(and(eq(q.workspace_id, workspaceId), eq(q.id, id), or(...from.map((s) => eq(q.status, s)))))
    .returning({ id: q.id });
  return rows.length > 0;
}

export async function deleteQuoteRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(q)
    .where(and(eq(q.workspace_id, workspaceId), eq(q.id, id)))
    .returning({ id: q.id });
  return rows.length > 0;
}

export interface QuoteItemValues {
  description: string;
  quantity: string | number;
  unit_price: string;
  tax_rate?: string;
}

export async function replaceQuoteItems(tx: Database, workspaceId: string, quoteId: string, items: QuoteItemValues[]): Promise<void> {
  await tx.delete(it).where(and(eq(it.workspace_id, workspaceId), eq(it.quote_id, quoteId)));
  await insertQuoteItems(tx, workspaceId, quoteId, items);
}

export async function insertQuoteItems(tx: Database, workspaceId: string, quoteId: string, items: QuoteItemValues[]): Promise<void> {
  if (items.length === 0) return;
  await tx.insert(it).values(
    items.map((item, index) => ({
      workspace_id: workspaceId,
      quote_id: quoteId,
      description: item.description,
      quantity: String(item.quantity),
      unit_price: item.unit_price,
      tax_rate: item.tax_rate ?? '0',
      // computed by the database (quantity × unit_price); required by the column
      total: '0',
      position: index,
    })),
  );
}

export async function selectQuoteSettings(tx: Database, workspaceId: string): Promise<{ quote_prefix: string; share_link_days: number }> {
  const w = tables.workspaces;
  const [row] = await tx
    .select({ quote_prefix: w.quote_prefix, share_link_days: w.share_link_days })
    .from(w)
    .where(eq(w.id, workspaceId))
    .limit(1);
  return row ?? { quote_prefix: 'QUO-', share_link_days: 90 };
}

export async function updateQuoteSettings(
  tx: Database,
  workspaceId: string,
  values: { quote_prefix?: string; share_link_days?: number },
): Promise<void> {
  const w = tables.workspaces;
  await tx.update(w).set(values).where(eq(w.id, workspaceId));
}

/** Open quotes (sent or accepted, not expired) per currency: the dashboard's figure. */
export async function selectOpenQuoteTotals(
  tx: Database,
  workspaceId: string,
  today: string,
): Promise<{ currency: string; count: number; amount: string }[]> {
  const rows = await tx
    .select({ currency: q.currency, count: count(), amount: sql<string>`sum(${q.total_amount})::numeric(16, 2)::text` })
    .from(q)
    .where(and(eq(q.workspace_id, workspaceId), or(statusCondition('sent', today), eq(q.status, 'accepted'))))
    .groupBy(q.currency)
    .orderBy(q.currency);
  return rows;
}
