// Over 400 lines: every SQL statement of invoices (list, one invoice, items, payments, events, status totals) in one module, which the service composes.
import { and, asc, count, desc, eq, gte, lt, lte, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type Database, likePattern, searchIds, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, exactly, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type {
  EffectiveStatus,
  Invoice,
  InvoiceEvent,
  InvoiceItem,
  InvoiceItemInput,
  InvoiceListRow,
  InvoiceSortField,
  InvoiceCreditNote,
  InvoiceStatus,
  Payment,
} from './schema';

/**
 * Invoice queries. Each takes the tenant transaction first and filters by
 * user_id explicitly (RLS restricts the rows anyway). Totals, amount_paid and
 * the status after payments are maintained by the database's triggers; these
 * queries never compute them.
 */

const i = tables.invoices;
const c = tables.contacts;
const it = tables.invoiceItems;
const t = tables.transactions;

/**
 * `today` is the account's calendar date, so `overdue` follows its time zone.
 * The rule of app.invoice_effective_status, written out: a call of that
 * function is not inlined (it sets its search_path), and cost each listed row
 * a function call, most of a filtered page's time (ADR 0178). Kept equal to
 * the function by tests/db/invoice-effective-status.test.ts.
 */
export function effectiveStatusOf(status: SQLWrapper, dueDate: SQLWrapper, today: string): SQL<EffectiveStatus> {
  return sql<EffectiveStatus>`(case when ${status} = 'sent' and ${dueDate} < ${today}::date then 'overdue' else ${status} end)`;
}

function effectiveStatus(today: string): SQL<EffectiveStatus> {
  return effectiveStatusOf(i.status, i.due_date, today);
}

function invoiceColumns(today: string) {
  return {
    id: i.id,
    workspace_id: i.workspace_id,
    user_id: i.user_id,
    contact_id: i.contact_id,
    invoice_number: i.invoice_number,
    status: i.status,
    effective_status: effectiveStatus(today),
    issue_date: i.issue_date,
    due_date: i.due_date,
    currency: i.currency,
    subtotal: i.subtotal,
    discount_type: i.discount_type,
    discount_value: i.discount_value,
    discount_amount: i.discount_amount,
    taxes: i.taxes,
    tax_amount: i.tax_amount,
    total_amount: i.total_amount,
    amount_paid: i.amount_paid,
    credited_amount: i.credited_amount,
    // what the client still owes: payments and credit notes both reduce it, never below zero
    balance_due: sql<string>`greatest(${i.total_amount} - ${i.amount_paid} - ${i.credited_amount}, 0)::numeric(14, 2)::text`,
    recurring_invoice_id: i.recurring_invoice_id,
    recurring_period: i.recurring_period,
    notes: i.notes,
    sent_at: i.sent_at,
    paid_at: i.paid_at,
    quote_id: i.quote_id,
    viewed_at: i.viewed_at,
    view_count: i.view_count,
    created_at: i.created_at,
    updated_at: i.updated_at,
    contact_name: sql<string | null>`nullif(trim(concat_ws(' ', ${c.first_name}, ${c.last_name})), '')`,
    contact_email: c.email,
    contact_company: c.company,
  };
}

export interface InvoiceFilters {
  workspaceId: string;
  today: string;
  q?: string;
  status?: EffectiveStatus[];
  contactId?: string;
  from?: string;
  to?: string;
  dateField: 'issue_date' | 'due_date';
  /** the invoices this person created */
  creatorId?: string;
  /** the invoices a recurring profile made */
  recurringInvoiceId?: string;
}

function statusCondition(status: EffectiveStatus, today: string): SQL {
  switch (status) {
    case 'sent':
      return and(eq(i.status, 'sent'), gte(i.due_date, today))!;
    case 'overdue':
      return and(eq(i.status, 'sent'), lt(i.due_date, today))!;
    default:
      return eq(i.status, status);
  }
}

async function where(tx: Database, filters: InvoiceFilters): Promise<SQL | undefined> {
  const dateColumn = filters.dateField === 'due_date' ? i.due_date : i.issue_date;
  return and(
    eq(i.workspace_id, filters.workspaceId),
    filters.status?.length ? or(...filters.status.map((s) => statusCondition(s, filters.today))) : undefined,
    filters.contactId ? eq(i.contact_id, filters.contactId) : undefined,
    filters.creatorId ? eq(i.user_id, filters.creatorId) : undefined,
    filters.recurringInvoiceId ? eq(i.recurring_invoice_id, filters.recurringInvoiceId) : undefined,
    filters.from ? gte(dateColumn, filters.from) : undefined,
    filters.to ? lte(dateColumn, filters.to) : undefined,
    // the number or the client's name: the ids the trigram indexes find (ADR 0156), else (a
    // frequent term) the plain `like`, the client's name as a semi-join on the account's
    // matching contacts, not a join of every invoice to its contact (docs/benchmarks.md)
    filters.q
      ? ((await searchIds(tx, i.id, 'invoices', filters.q)) ??
          or(
            sql`lower(${i.invoice_number}) like ${likePattern(filters.q)}`,
            sql`${i.contact_id} in (select ${c.id} from ${c} where ${c.workspace_id} = ${filters.workspaceId} and ${sql.identifier('search')} like ${likePattern(filters.q)})`,
          ))
      : undefined,
  );
}

export const joinContact = and(eq(c.id, i.contact_id), eq(c.workspace_id, i.workspace_id));

const sortExpressions: Record<InvoiceSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  invoice_number: { expr: i.invoice_number, cast: 'text' },
  issue_date: { expr: i.issue_date, cast: 'date' },
  due_date: { expr: i.due_date, cast: 'date' },
  total_amount: { expr: i.total_amount, cast: 'numeric' },
  created_at: { expr: i.created_at, cast: 'timestamptz' },
};

export function invoiceSort(field: InvoiceSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

/** A timestamp as `Date#toJSON` writes it (UTC, milliseconds, `Z`): the text a Date read by the query builder became in the answer. */
function isoTimestamp(column: SQLWrapper): SQL<string | null> {
  return sql<string | null>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * A list row's fields: invoiceColumns' fields, in their order, each already the answer's value —
 * ids, dates, money and other decimals as their text, the taxes as their JSON text, timestamps as
 * Date#toJSON writes them — so that the rows are read as the driver gives them, without the query
 * builder's per-field mapping (docs/decisions/0202-invoice-list-rows-without-mapping.md).
 */
function invoiceListColumns(today: string): SQL {
  return sql`${i.id}::text as id, ${i.workspace_id}::text as workspace_id, ${i.user_id}::text as user_id, ${i.contact_id}::text as contact_id,
    ${i.invoice_number} as invoice_number, ${i.status} as status, ${effectiveStatus(today)} as effective_status,
    ${i.issue_date}::text as issue_date, ${i.due_date}::text as due_date, ${i.currency}::text as currency,
    ${i.subtotal}::text as subtotal, ${i.discount_type} as discount_type, ${i.discount_value}::text as discount_value,
    ${i.discount_amount}::text as discount_amount, ${i.taxes}::text as taxes, ${i.tax_amount}::text as tax_amount,
    ${i.total_amount}::text as total_amount, ${i.amount_paid}::text as amount_paid, ${i.credited_amount}::text as credited_amount,
    greatest(${i.total_amount} - ${i.amount_paid} - ${i.credited_amount}, 0)::numeric(14, 2)::text as balance_due,
    ${i.recurring_invoice_id}::text as recurring_invoice_id, ${i.recurring_period}::text as recurring_period, ${i.notes} as notes,
    ${isoTimestamp(i.sent_at)} as sent_at, ${isoTimestamp(i.paid_at)} as paid_at, ${i.quote_id}::text as quote_id,
    ${isoTimestamp(i.viewed_at)} as viewed_at, ${i.view_count} as view_count,
    ${isoTimestamp(i.created_at)} as created_at, ${isoTimestamp(i.updated_at)} as updated_at,
    nullif(trim(concat_ws(' ', ${c.first_name}, ${c.last_name})), '') as contact_name,
    ${c.email} as contact_email, ${c.company} as contact_company`;
}

/**
 * A page of the list: the rows after the cursor, in the sort's order, each with its sort key.
 * Read as a hand-written statement (ADR 0202) with the same join, filters, cursor and order as
 * the query builder's; getInvoice reads one invoice through invoiceColumns, and
 * tests/api/invoice-list-rows.test.ts keeps the two answers equal field by field.
 */
export async function selectInvoices(
  tx: Database,
  filters: InvoiceFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(InvoiceListRow & { _sort: string })[]> {
  const rows = await selectRows<Omit<InvoiceListRow, 'taxes'> & { _sort: string; taxes: string }>(
    tx,
    sql`select ${invoiceListColumns(filters.today)}, ${sortKey(sort)} as _sort
          from ${i} left join ${c} on ${joinContact}
         where ${and(await where(tx, filters), after(sort, i.id, cursor)) ?? sql`true`}
         order by ${sql.join(orderBy(sort, i.id), sql`, `)}
         limit ${limit}`,
  );
  // the taxes as their JSON text: the same on both drivers (one parses jsonb, the other may not)
  const read = rows as unknown as (InvoiceListRow & { _sort: string })[];
  for (const row of read) row.taxes = JSON.parse(row.taxes as unknown as string) as InvoiceListRow['taxes'];
  return read;
}

/**
 * One invoice, read as the list reads its rows (invoiceListColumns), its timestamps as Dates as
 * selectInvoice answers them. A hand-written statement like insertInvoiceWithItems': issued
 * right after it, without waiting, it leaves right behind it in the same round trip (both take
 * the same steps to the driver, which sends a connection's statements in the order it is
 * given them), and reads the totals the insert's statement trigger wrote (ADR 0203).
 */
export async function selectInvoiceRow(tx: Database, workspaceId: string, id: string, today: string): Promise<Invoice | undefined> {
  const [row] = await selectRows<Record<keyof Invoice, unknown>>(
    tx,
    sql`select ${invoiceListColumns(today)}
          from ${i} left join ${c} on ${joinContact}
         where ${i.workspace_id} = ${workspaceId}::uuid and ${i.id} = ${id}::uuid
         limit 1`,
  );
  if (!row) return undefined;
  const at = (value: unknown) => (value === null ? null : new Date(value as string));
  return {
    ...(row as unknown as Invoice),
    taxes: JSON.parse(row.taxes as string) as Invoice['taxes'],
    sent_at: at(row.sent_at),
    paid_at: at(row.paid_at),
    viewed_at: at(row.viewed_at),
    created_at: at(row.created_at)!,
    updated_at: at(row.updated_at)!,
  };
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countInvoices(tx: Database, filters: InvoiceFilters): Promise<Total> {
  return boundedCount(tx, i, await where(tx, filters));
}

/**
 * The number of the workspace's invoices in these displayed statuses, exactly, from the summaries
 * the database keeps per status, currency and (for sent invoices) due date (ADR 0174): a row per
 * currency for a stored status, a row per due date for sent and overdue, whatever the number of
 * invoices. Sessions read only their workspace's summaries (RLS), as they read only its invoices.
 */
export async function countInvoicesByStatus(tx: Database, workspaceId: string, statuses: EffectiveStatus[], today: string): Promise<Total> {
  const conditions = statuses.map((status) =>
    status === 'sent'
      ? sql`(s.status = 'sent' and s.due_date >= ${today}::date)`
      : status === 'overdue'
        ? sql`(s.status = 'sent' and s.due_date < ${today}::date)`
        : sql`s.status = ${status}`,
  );
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`select coalesce(sum(s.n), 0)::int as n from public.invoice_summaries s where s.workspace_id = ${workspaceId} and (${sql.join(conditions, sql` or `)})`,
  );
  return exactly(Number(row?.n ?? 0));
}

export async function selectInvoice(
  tx: Database,
  workspaceId: string,
  id: string,
  today: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<Invoice | undefined> {
  const query = tx
    .select(invoiceColumns(today))
    .from(i)
    .leftJoin(c, joinContact)
    .where(and(eq(i.workspace_id, workspaceId), eq(i.id, id)))
    .limit(1);
  const [row] = lock ? await query.for('no key update', { of: i }) : await query;
  return row as Invoice | undefined;
}

export async function selectItems(tx: Database, workspaceId: string, invoiceId: string): Promise<InvoiceItem[]> {
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
    .where(and(eq(it.workspace_id, workspaceId), eq(it.invoice_id, invoiceId)))
    .orderBy(asc(it.position), asc(it.created_at), asc(it.id));
  // A quantity has at most 13 significant digits, so the JSON number written
  // from it ("7.5", "0.125") carries exactly the stored decimal.
  return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }));
}

const paymentColumns = {
  id: t.id,
  amount: t.amount,
  date: t.date,
  description: t.description,
  category: t.category,
  created_at: t.created_at,
};

export async function selectPayments(tx: Database, workspaceId: string, invoiceId: string): Promise<Payment[]> {
  const rows = await tx
    .select(paymentColumns)
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.invoice_id, invoiceId), eq(t.type, 'income')))
    .orderBy(asc(t.date), asc(t.created_at), asc(t.id));
  return rows as Payment[];
}

/** The credit notes issued against an invoice, oldest first (the invoice's view of them). */
export async function selectInvoiceCreditNotes(tx: Database, workspaceId: string, invoiceId: string): Promise<InvoiceCreditNote[]> {
  const n = tables.creditNotes;
  const rows = await tx
    .select({
      id: n.id,
      credit_note_number: n.credit_note_number,
      issue_date: n.issue_date,
      total_amount: n.total_amount,
      reason: n.reason,
      refund_transaction_id: n.refund_transaction_id,
      created_at: n.created_at,
    })
    .from(n)
    .where(and(eq(n.workspace_id, workspaceId), eq(n.invoice_id, invoiceId)))
    .orderBy(asc(n.created_at), asc(n.id));
  return rows as InvoiceCreditNote[];
}

export async function selectEvents(tx: Database, workspaceId: string, invoiceId: string): Promise<InvoiceEvent[]> {
  const e = tables.invoiceEvents;
  const rows = await tx
    .select({ id: e.id, type: e.type, data: e.data, created_at: e.created_at })
    .from(e)
    .where(and(eq(e.workspace_id, workspaceId), eq(e.invoice_id, invoiceId)))
    .orderBy(desc(e.created_at), desc(e.id));
  return rows as InvoiceEvent[];
}

export async function invoiceNumberTaken(tx: Database, workspaceId: string, number: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: i.id })
    .from(i)
    .where(and(eq(i.workspace_id, workspaceId), eq(i.invoice_number, number), exceptId ? sql`${i.id} <> ${exceptId}` : undefined))
    .limit(1);
  return Boolean(row);
}

/** The number app.next_invoice_number would give now, without taking it (the same rule, read-only). */
export async function peekInvoiceNumber(tx: Database, workspaceId: string, prefix: string): Promise<string> {
  const [row] = await selectRows<{ number: string }>(tx, sql`select app.peek_invoice_number(${workspaceId}::uuid, ${prefix}) as number`);
  return row!.number;
}

export interface InvoiceRowValues {
  contact_id?: string | null;
  invoice_number?: string;
  issue_date?: string;
  due_date?: string;
  currency?: string;
  discount_type?: 'percent' | 'amount' | null;
  discount_value?: string | null;
  notes?: string | null;
  status?: InvoiceStatus;
  recurring_invoice_id?: string | null;
  recurring_period?: string | null;
  quote_id?: string | null;
}

/**
 * Creates an invoice with its items in one statement: the number is the given one or the
 * workspace's next (app.next_invoice_number), the client must be a contact of the workspace,
 * the items keep their order. False, with nothing written, when the client is not one of the
 * workspace's contacts. The triggers run as for separate statements: the invoice starts as a
 * draft with zero totals, and the items' statement trigger computes them once for all items.
 * The items come back from the insert itself (their line totals are set by a row trigger
 * before the row is written, so RETURNING carries them), in the order selectItems reads them:
 * only the invoice's totals, set after the statement, need a read of their own.
 */
export async function insertInvoiceWithItems(
  tx: Database,
  workspaceId: string,
  prefix: string,
  values: Required<Pick<InvoiceRowValues, 'issue_date' | 'due_date' | 'currency'>> &
    Pick<
      InvoiceRowValues,
      'contact_id' | 'discount_type' | 'discount_value' | 'notes' | 'quote_id' | 'recurring_invoice_id' | 'recurring_period'
    > & {
      id: string;
      invoice_number: string | null;
    },
  items: InvoiceItemInput[],
): Promise<InvoiceItem[] | null> {
  const contactId = values.contact_id ?? null;
  const lines = items.map((item) => ({
    description: item.description,
    quantity: item.quantity,
    unit_price: item.unit_price,
    tax_rate: item.tax_rate ?? '0',
  }));
  const [row] = await selectRows<{ created: number; items: string }>(
    tx,
    sql`
    with invoice as (
      insert into public.invoices (id, workspace_id, contact_id, invoice_number, status, issue_date, due_date, currency,
                                   discount_type, discount_value, notes, quote_id, recurring_invoice_id, recurring_period)
      select ${values.id}::uuid, ${workspaceId}::uuid, ${contactId}::uuid,
             coalesce(${values.invoice_number}::text, app.next_invoice_number(${workspaceId}::uuid, ${prefix}::text)),
             'draft', ${values.issue_date}::date, ${values.due_date}::date, ${values.currency}::text,
             ${values.discount_type ?? null}::text, ${values.discount_value ?? null}::numeric, ${values.notes ?? null}::text,
             ${values.quote_id ?? null}::uuid, ${values.recurring_invoice_id ?? null}::uuid, ${values.recurring_period ?? null}::date
       where ${contactId}::uuid is null
          or exists (select 1 from public.contacts c where c.workspace_id = ${workspaceId}::uuid and c.id = ${contactId}::uuid)
      returning id, workspace_id
    ),
    items as (
      insert into public.invoice_items (workspace_id, invoice_id, description, quantity, unit_price, tax_rate, total, position)
      select invoice.workspace_id, invoice.id, line ->> 'description', (line ->> 'quantity')::numeric,
             (line ->> 'unit_price')::numeric, (line ->> 'tax_rate')::numeric, 0, (n - 1)::int
        from invoice, jsonb_array_elements(${JSON.stringify(lines)}::jsonb) with ordinality as l(line, n)
      returning id, description, quantity, unit_price, tax_rate, total, position
    )
    select (select count(*) from invoice)::int as created,
           (select coalesce(json_agg(json_build_object('id', items.id, 'description', items.description,
                                                       'quantity', trim_scale(items.quantity)::text, 'unit_price', items.unit_price::text,
                                                       'tax_rate', trim_scale(items.tax_rate)::text, 'total', items.total::text,
                                                       'position', items.position) order by items.position, items.id), '[]')::text
              from items) as items`,
  );
  if (row?.created !== 1) return null;
  // as selectItems answers them: numbers as the stored decimals, the quantity a JSON number (see there)
  const created = JSON.parse(row.items) as (Omit<InvoiceItem, 'quantity'> & { quantity: string })[];
  return created.map((item) => ({ ...item, quantity: Number(item.quantity) }));
}

export async function updateInvoiceRow(tx: Database, workspaceId: string, id: string, values: InvoiceRowValues): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await tx
    .update(i)
    .set(values)
    .where(and(eq(i.workspace_id, workspaceId), eq(i.id, id)));
}

/** Marks a draft as sent; false when it was no longer a draft. */
export async function markDraftSent(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .update(i)
    .set({ status: 'sent' })
    .where(and(eq(i.workspace_id, workspaceId), eq(i.id, id), eq(i.status, 'draft')))
    .returning({ id: i.id });
  return rows.length > 0;
}

export async function deleteInvoiceRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(i)
    .where(and(eq(i.workspace_id, workspaceId), eq(i.id, id)))
    .returning({ id: i.id });
  return rows.length > 0;
}

/** Replaces the items of a draft, in one statement each (the database recomputes the totals once). */
export async function replaceItems(tx: Database, workspaceId: string, invoiceId: string, items: InvoiceItemInput[]): Promise<void> {
  await tx.delete(it).where(and(eq(it.workspace_id, workspaceId), eq(it.invoice_id, invoiceId)));
  await insertItems(tx, workspaceId, invoiceId, items);
}

export async function insertItems(tx: Database, workspaceId: string, invoiceId: string, items: InvoiceItemInput[]): Promise<void> {
  if (items.length === 0) return;
  await tx.insert(it).values(
    items.map((item, index) => ({
      workspace_id: workspaceId,
      invoice_id: invoiceId,
      description: item.description,
      quantity: item.quantity,
      unit_price: item.unit_price,
      tax_rate: item.tax_rate ?? '0',
      // computed by the database (quantity × unit_price); required by the column
      total: '0',
      position: index,
    })),
  );
}

export async function insertPayment(
  tx: Database,
  workspaceId: string,
  invoiceId: string,
  values: { amount: string; date: string; description: string | null; category: string | null },
): Promise<Payment> {
  const [row] = await tx
    .insert(t)
    .values({ ...values, workspace_id: workspaceId, invoice_id: invoiceId, type: 'income' })
    .returning(paymentColumns);
  return row as Payment;
}

export async function deletePaymentRow(tx: Database, workspaceId: string, invoiceId: string, paymentId: string): Promise<boolean> {
  const rows = await tx
    .delete(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.invoice_id, invoiceId), eq(t.id, paymentId)))
    .returning({ id: t.id });
  return rows.length > 0;
}

export async function insertEvent(
  tx: Database,
  workspaceId: string,
  invoiceId: string,
  type: InvoiceEvent['type'],
  data: Record<string, unknown>,
): Promise<void> {
  await tx.insert(tables.invoiceEvents).values({ workspace_id: workspaceId, invoice_id: invoiceId, type, data });
}

export interface StatusTotal {
  effective_status: EffectiveStatus;
  currency: string;
  count: number;
  total: string;
  balance: string;
}

/** Count, total and balance due per displayed status and currency (the list's summary). */
export async function selectStatusTotals(tx: Database, workspaceId: string, today: string): Promise<StatusTotal[]> {
  const status = effectiveStatus(today);
  const rows = await tx
    .select({
      effective_status: status,
      currency: i.currency,
      count: count(),
      total: sql<string>`sum(${i.total_amount})::numeric(16, 2)::text`,
      balance: sql<string>`sum(greatest(${i.total_amount} - ${i.amount_paid} - ${i.credited_amount}, 0))::numeric(16, 2)::text`,
    })
    .from(i)
    .where(eq(i.workspace_id, workspaceId))
    // by position: the status expression carries a parameter, and two
    // placeholders are not provably the same expression to PostgreSQL
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`2`);
  return rows as StatusTotal[];
}
