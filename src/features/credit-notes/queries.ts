import { and, asc, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Database, likePattern, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { CreditNote, CreditNoteItem, CreditNoteSortField } from './schema';

/**
 * Credit note queries, on the tenant transaction (RLS restricts the rows; each
 * query also names the workspace). The database checks every credit against
 * the locked invoice and keeps the invoice's credited amount and status.
 */

const n = tables.creditNotes;
const ni = tables.creditNoteItems;
const i = tables.invoices;
const c = tables.contacts;
const it = tables.invoiceItems;

const columns = {
  id: n.id,
  workspace_id: n.workspace_id,
  user_id: n.user_id,
  credit_note_number: n.credit_note_number,
  invoice_id: n.invoice_id,
  invoice_number: i.invoice_number,
  contact_id: i.contact_id,
  contact_name: sql<string | null>`nullif(trim(concat_ws(' ', ${c.first_name}, ${c.last_name})), '')`,
  issue_date: n.issue_date,
  currency: n.currency,
  subtotal: n.subtotal,
  tax_amount: n.tax_amount,
  total_amount: n.total_amount,
  reason: n.reason,
  refund_transaction_id: n.refund_transaction_id,
  refunded: sql<boolean>`(${n.refund_transaction_id} is not null)`,
  created_at: n.created_at,
  updated_at: n.updated_at,
};

const joinInvoice = and(eq(i.id, n.invoice_id), eq(i.workspace_id, n.workspace_id));
const joinContact = and(eq(c.id, i.contact_id), eq(c.workspace_id, i.workspace_id));

export interface CreditNoteFilters {
  workspaceId: string;
  q?: string;
  invoiceId?: string;
  contactId?: string;
  from?: string;
  to?: string;
}

function where(f: CreditNoteFilters): SQL | undefined {
  return and(
    eq(n.workspace_id, f.workspaceId),
    f.invoiceId ? eq(n.invoice_id, f.invoiceId) : undefined,
    f.contactId ? eq(i.contact_id, f.contactId) : undefined,
    f.from ? gte(n.issue_date, f.from) : undefined,
    f.to ? lte(n.issue_date, f.to) : undefined,
    f.q
      ? or(sql`lower(${n.credit_note_number}) like ${likePattern(f.q)}`, sql`lower(${i.invoice_number}) like ${likePattern(f.q)}`)
      : undefined,
  );
}

const sortExpressions: Record<CreditNoteSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  issue_date: { expr: n.issue_date, cast: 'date' },
  credit_note_number: { expr: n.credit_note_number, cast: 'text' },
  total_amount: { expr: n.total_amount, cast: 'numeric' },
  created_at: { expr: n.created_at, cast: 'timestamptz' },
};

export function creditNoteSort(field: CreditNoteSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectCreditNotes(
  tx: Database,
  filters: CreditNoteFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(CreditNote & { _sort: string })[]> {
  const rows = await tx
    .select({ ...columns, _sort: sortKey(sort) })
    .from(n)
    .innerJoin(i, joinInvoice)
    .leftJoin(c, joinContact)
    .where(and(where(filters), after(sort, n.id, cursor)))
    .orderBy(...orderBy(sort, n.id))
    .limit(limit);
  return rows as (CreditNote & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countCreditNotes(tx: Database, filters: CreditNoteFilters): Promise<Total> {
  return boundedCount(tx, sql`${n} inner join ${i} on ${joinInvoice}`, where(filters));
}

export async function selectCreditNote(tx: Database, workspaceId: string, id: string): Promise<CreditNote | undefined> {
  const [row] = await tx
    .select(columns)
    .from(n)
    .innerJoin(i, joinInvoice)
    .leftJoin(c, joinContact)
    .where(and(eq(n.workspace_id, workspaceId), eq(n.id, id)))
    .limit(1);
  return row as CreditNote | undefined;
}

export async function selectCreditNoteItems(tx: Database, workspaceId: string, creditNoteId: string): Promise<CreditNoteItem[]> {
  const rows = await tx
    .select({
      id: ni.id,
      invoice_item_id: ni.invoice_item_id,
      description: ni.description,
      quantity: sql<string>`trim_scale(${ni.quantity})::text`,
      unit_price: ni.unit_price,
      tax_rate: sql<string>`trim_scale(${ni.tax_rate})::text`,
      total: ni.total,
      position: ni.position,
    })
    .from(ni)
    .where(and(eq(ni.workspace_id, workspaceId), eq(ni.credit_note_id, creditNoteId)))
    .orderBy(asc(ni.position), asc(ni.id));
  return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }));
}

/** Each item of the invoice with the quantity not yet credited. */
export async function selectCreditableItems(
  tx: Database,
  workspaceId: string,
  invoiceId: string,
): Promise<{ id: string; description: string; quantity: string; unit_price: string; tax_rate: string; left: string }[]> {
  return selectRows(
    tx,
    sql`select it.id::text, it.description, trim_scale(it.quantity)::text as quantity, it.unit_price::text,
               trim_scale(it.tax_rate)::text as tax_rate,
               trim_scale(it.quantity - coalesce((select sum(x.quantity) from ${ni} x
                                                   where x.invoice_item_id = it.id and x.workspace_id = it.workspace_id), 0))::text as left
          from ${it} it
         where it.workspace_id = ${workspaceId}::uuid and it.invoice_id = ${invoiceId}::uuid
         order by it.position, it.created_at, it.id`,
  );
}

/** What crediting these quantities of the invoice's items is worth (computed by the database). */
export async function creditTotals(
  tx: Database,
  workspaceId: string,
  invoiceId: string,
  lines: { invoice_item_id: string; quantity: string }[],
): Promise<{ subtotal: string; tax_amount: string; total_amount: string }> {
  const [row] = await selectRows<{ subtotal: string; tax_amount: string; total_amount: string }>(
    tx,
    sql`select subtotal::numeric(14, 2)::text as subtotal, tax_amount::numeric(14, 2)::text as tax_amount,
               total_amount::numeric(14, 2)::text as total_amount
          from app.credit_note_totals(${invoiceId}::uuid, ${workspaceId}::uuid, ${JSON.stringify(lines)}::jsonb)`,
  );
  return row!;
}

/** Σ the credits already refunded on an invoice. */
export async function refundedAmount(tx: Database, workspaceId: string, invoiceId: string): Promise<string> {
  const [row] = await selectRows<{ amount: string }>(
    tx,
    sql`select coalesce(sum(total_amount), 0)::numeric(14, 2)::text as amount from ${n}
         where workspace_id = ${workspaceId}::uuid and invoice_id = ${invoiceId}::uuid and refund_transaction_id is not null`,
  );
  return row!.amount;
}

export async function nextCreditNoteNumber(tx: Database, workspaceId: string): Promise<string> {
  const [row] = await selectRows<{ number: string }>(
    tx,
    sql`select app.next_credit_note_number(w.id, w.credit_note_prefix) as number from public.workspaces w where w.id = ${workspaceId}::uuid`,
  );
  return row!.number;
}

export async function insertRefund(
  tx: Database,
  workspaceId: string,
  values: { amount: string; date: string; description: string },
): Promise<string> {
  const [row] = await tx
    .insert(tables.transactions)
    .values({ ...values, workspace_id: workspaceId, type: 'expense', category: 'Refunds' })
    .returning({ id: tables.transactions.id });
  return row!.id;
}

export async function insertCreditNote(
  tx: Database,
  workspaceId: string,
  values: {
    invoice_id: string;
    credit_note_number: string;
    issue_date: string;
    currency: string;
    subtotal: string;
    tax_amount: string;
    total_amount: string;
    reason: string | null;
    refund_transaction_id: string | null;
  },
): Promise<string> {
  const [row] = await tx
    .insert(n)
    .values({ ...values, workspace_id: workspaceId })
    .returning({ id: n.id });
  return row!.id;
}

export async function insertCreditNoteItems(
  tx: Database,
  workspaceId: string,
  creditNoteId: string,
  lines: { invoice_item_id: string; description: string; quantity: string; unit_price: string; tax_rate: string }[],
): Promise<void> {
  if (lines.length === 0) return;
  await tx.insert(ni).values(
    lines.map((line, index) => ({
      ...line,
      workspace_id: workspaceId,
      credit_note_id: creditNoteId,
      total: sql`round(${line.quantity}::numeric * ${line.unit_price}::numeric, 2)` as unknown as string,
      position: index,
    })),
  );
}

export interface LockedInvoice {
  id: string;
  invoice_number: string;
  status: string;
  total_amount: string;
  amount_paid: string;
  credited_amount: string;
  balance_due: string;
  creditable_amount: string;
}

/** The invoice, locked until the transaction ends: credits against it are checked one after the other. */
export async function lockInvoice(tx: Database, workspaceId: string, invoiceId: string, lock = true): Promise<LockedInvoice | undefined> {
  const [row] = await selectRows<LockedInvoice & Record<string, unknown>>(
    tx,
    sql`select id::text, invoice_number, status, total_amount::text, amount_paid::text, credited_amount::text,
               greatest(total_amount - amount_paid - credited_amount, 0)::numeric(14, 2)::text as balance_due,
               (total_amount - credited_amount)::numeric(14, 2)::text as creditable_amount
          from ${i} where workspace_id = ${workspaceId}::uuid and id = ${invoiceId}::uuid
          ${lock ? sql`for no key update` : sql``}`,
  );
  return row;
}
