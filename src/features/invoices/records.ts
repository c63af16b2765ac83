import { randomUUID } from 'node:crypto';
import { assertOwnContact } from '@/features/contacts/service';
import { personId, type Workspace } from '@/lib/auth/workspace';
import { csvResponse } from '@/lib/csv';
import { addDays, safeTimeZone, todayIn } from '@/lib/time';
import { type Database, type TenantRunner } from '@/lib/db';
import { ApiError, errors } from '@/lib/errors';
import { compareMoney } from '@/lib/money';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import {
  countInvoices,
  countInvoicesByStatus,
  deleteInvoiceRow,
  insertInvoiceWithItems,
  type InvoiceFilters,
  type InvoiceRowValues,
  invoiceNumberTaken,
  invoiceSort,
  replaceItems,
  selectEvents,
  selectInvoice,
  selectInvoiceRow,
  selectInvoices,
  selectInvoiceCreditNotes,
  selectItems,
  selectPayments,
  selectStatusTotals,
  type StatusTotal,
  updateInvoiceRow,
} from './queries';
import type {
  Invoice,
  InvoiceCreate,
  InvoiceDetail,
  InvoiceEvent,
  InvoiceItem,
  InvoiceListQuery,
  InvoiceListRow,
  InvoiceUpdate,
} from './schema';
import { invoiceCreateSchema } from './schema';
import { checkTotals, type Discount, TotalsError, type TotalsLine } from './totals';

/**
 * Invoices as records: listing and CSV, reading, creating, changing, the
 * status machine, deleting and duplicating. The database enforces the same
 * rules in triggers (totals, status machine, immutability); this module
 * checks first to answer with precise messages.
 */

export function todayFor(user: Pick<Workspace, 'time_zone'>): string {
  return todayIn(safeTimeZone(user.time_zone));
}

function filtersFor(owner: Workspace, query: Omit<InvoiceListQuery, 'format' | 'limit' | 'cursor' | 'sort'>): InvoiceFilters {
  return {
    workspaceId: owner.id,
    today: todayFor(owner),
    q: query.q || undefined,
    status: query.status,
    contactId: query.contact_id,
    from: query.from,
    to: query.to,
    dateField: query.date_field,
    creatorId: query.user_id ? personId(query.user_id, owner) : undefined,
    recurringInvoiceId: query.recurring_invoice_id,
  };
}

export async function listInvoices(
  tx: Database,
  owner: Workspace,
  query: Omit<InvoiceListQuery, 'format'>,
): Promise<{ data: InvoiceListRow[]; page: Page }> {
  const filters = filtersFor(owner, query);
  const sort = invoiceSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectInvoices(tx, filters, sort, cursor, limit),
    // the date field only says which date `from`/`to` apply to; a status alone (the list's tabs) is counted from the
    // summaries the database keeps per status, exactly (docs/decisions/0230)
    () =>
      unfiltered(filters, ['workspaceId', 'today', 'dateField'])
        ? keptCount(tx, owner.id, 'invoices')
        : filters.status?.length && unfiltered(filters, ['workspaceId', 'today', 'dateField', 'status'])
          ? countInvoicesByStatus(tx, owner.id, filters.status, filters.today)
          : countInvoices(tx, filters),
  );
}

const CSV_COLUMNS: { key: string; value: (i: InvoiceListRow) => unknown }[] = (
  [
    'invoice_number',
    'status',
    'effective_status',
    'contact_name',
    'contact_email',
    'contact_company',
    'issue_date',
    'due_date',
    'currency',
    'subtotal',
    'discount_amount',
    'tax_amount',
    'total_amount',
    'amount_paid',
    'balance_due',
    'sent_at',
    'paid_at',
    'notes',
    'id',
    'contact_id',
    'created_at',
    'updated_at',
  ] as const
).map((key) => ({ key, value: (i: InvoiceListRow) => i[key] }));

/** The filtered invoices as a streamed CSV download (all pages). */
export function exportInvoicesCsv(
  run: TenantRunner,
  owner: Workspace,
  query: Omit<InvoiceListQuery, 'format' | 'limit' | 'cursor'>,
): Response {
  const filters = filtersFor(owner, query);
  const sort = invoiceSort(query.sort.field, query.sort.direction);
  async function* batches(): AsyncGenerator<InvoiceListRow[]> {
    let cursor: { key: string; id: string; total: number } | undefined;
    for (;;) {
      const rows = await run((tx) => selectInvoices(tx, filters, sort, cursor, 1000));
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!;
      cursor = { key: last._sort, id: last.id, total: 0 };
      yield rows.map(({ _sort: _ignored, ...row }) => row);
      if (rows.length < 1000) return;
    }
  }
  return csvResponse('invoices.csv', CSV_COLUMNS, batches());
}

export async function getInvoice(tx: Database, owner: Workspace, id: string): Promise<InvoiceDetail> {
  const today = todayFor(owner);
  const invoice = await selectInvoice(tx, owner.id, id, today);
  if (!invoice) throw errors.notFound('Invoice');
  const [items, payments, creditNotes] = await Promise.all([
    selectItems(tx, owner.id, id),
    selectPayments(tx, owner.id, id),
    selectInvoiceCreditNotes(tx, owner.id, id),
  ]);
  return { ...invoice, items, payments, credit_notes: creditNotes };
}

export async function getInvoiceEvents(tx: Database, owner: Workspace, id: string): Promise<InvoiceEvent[]> {
  const invoice = await selectInvoice(tx, owner.id, id, todayFor(owner));
  if (!invoice) throw errors.notFound('Invoice');
  return selectEvents(tx, owner.id, id);
}

/** Count, total and balance per displayed status and currency. */
export async function invoiceStatusTotals(tx: Database, owner: Workspace): Promise<StatusTotal[]> {
  return selectStatusTotals(tx, owner.id, todayFor(owner));
}

/** The totals' checks as a 400 naming the field (invoices and quotes: docs/decisions/0110-quotes.md). */
export function totalsOrThrow(items: readonly TotalsLine[], discount: Discount, noun: 'invoice' | 'quote' = 'invoice'): void {
  try {
    checkTotals(items, discount);
  } catch (error) {
    if (error instanceof TotalsError) {
      throw errors.validation({ [error.field]: [error.problem] }, `The amounts of this ${noun} are not valid.`);
    }
    throw error;
  }
}

/**
 * The discount after a partial update: clearing the type clears the value
 * and the other way round; a value without a type, or a type without a value,
 * is a 400.
 */
export function discountAfter(
  fields: { discount_type?: 'percent' | 'amount' | null; discount_value?: string | null },
  current: { discount_type: 'percent' | 'amount' | null; discount_value: string | null },
): { type: 'percent' | 'amount' | null; value: string | null } {
  let type = fields.discount_type !== undefined ? fields.discount_type : current.discount_type;
  let value = fields.discount_value !== undefined ? fields.discount_value : current.discount_value;
  if (type === null && fields.discount_value !== undefined && fields.discount_value !== null) {
    throw errors.validation({ discount_type: ['is required with discount_value'] });
  }
  if (type === null) value = null;
  if (fields.discount_value === null) type = null;
  if (type !== null && value === null) throw errors.validation({ discount_value: ['is required with discount_type'] });
  return { type, value };
}

/** Whether `error` (or what it wraps) is a unique violation of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const e = current as { code?: string; constraint?: string; constraint_name?: string };
    if (e.code === '23505' && (e.constraint ?? e.constraint_name) === constraint) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A 422 unless `contactId` (when given) is a contact of the workspace. */
export async function ensureContact(tx: Database, owner: Workspace, contactId: string | null | undefined): Promise<void> {
  if (contactId) await assertOwnContact(tx, owner, contactId);
}

type DiscountType = 'percent' | 'amount' | null;

/** What a partial update changes in the header an invoice and a quote share (their number and end date aside). */
export interface HeaderChanges {
  contact_id?: string | null;
  issue_date?: string;
  currency?: string;
  notes?: string | null;
  discount_type?: DiscountType;
  discount_value?: string | null;
}

/**
 * The shared header fields of a partial update of an invoice or a quote: a
 * new client is checked, the discount is taken as it will be after the change.
 */
export async function headerChanges(
  tx: Database,
  owner: Workspace,
  fields: HeaderChanges,
  current: { contact_id: string | null; discount_type: DiscountType; discount_value: string | null },
): Promise<{ values: HeaderChanges; discount: { type: DiscountType; value: string | null } }> {
  const discount = discountAfter(fields, current);
  const values: HeaderChanges = {};
  if (fields.contact_id !== undefined && fields.contact_id !== current.contact_id) {
    await ensureContact(tx, owner, fields.contact_id);
    values.contact_id = fields.contact_id;
  }
  if (fields.issue_date !== undefined) values.issue_date = fields.issue_date;
  if (fields.currency !== undefined) values.currency = fields.currency;
  if (fields.notes !== undefined) values.notes = fields.notes;
  if (fields.discount_type !== undefined || fields.discount_value !== undefined) {
    values.discount_type = discount.type;
    values.discount_value = discount.value;
  }
  return { values, discount };
}

function isNumberConflict(error: unknown): boolean {
  return isUniqueViolation(error, 'invoices_user_number_key');
}

function numberConflict(number: string): ApiError {
  return errors.conflict(`You already have an invoice numbered ${number}.`, { invoice_number: ['already exists'] });
}

/**
 * Creates the invoice and its items in the caller's transaction: a failure at
 * any step rolls back everything, the number counter included. The client
 * check, the number, the invoice and its items are one statement
 * (insertInvoiceWithItems, which also answers the items as written); the
 * invoice's read, for the totals the database computed, is sent right behind
 * it in the same round trip (ADR 0203). A new invoice has no payments and no
 * credit notes yet.
 */
export async function createInvoice(
  tx: Database,
  owner: Workspace,
  input: InvoiceCreate,
  origin: { quote_id?: string; recurring_invoice_id?: string; recurring_period?: string } = {},
): Promise<InvoiceDetail> {
  const today = todayFor(owner);
  const issueDate = input.issue_date ?? today;
  const dueDate = input.due_date ?? addDays(issueDate, owner.payment_terms_days);
  if (dueDate < issueDate) throw errors.validation({ due_date: ['must be on or after the issue date'] });
  const discount: Discount = input.discount_type ? { type: input.discount_type, value: input.discount_value! } : null;
  totalsOrThrow(input.items, discount);

  const id = randomUUID();
  const number = input.invoice_number ?? null;
  let items: InvoiceItem[] | null;
  let read: Promise<Invoice | undefined> | undefined;
  try {
    const inserting = insertInvoiceWithItems(
      tx,
      owner.id,
      owner.invoice_prefix,
      {
        id,
        contact_id: input.contact_id ?? null,
        invoice_number: number,
        issue_date: issueDate,
        ...origin,
        due_date: dueDate,
        currency: input.currency ?? owner.currency,
        discount_type: discount?.type ?? null,
        discount_value: discount?.value ?? null,
        notes: input.notes ?? null,
      },
      input.items,
    );
    // the invoice's read leaves right behind the insert, in the same round trip (ADR 0203); if the insert
    // fails, so does the read, and the insert's error is the one answered
    if (input.status !== 'sent') {
      read = selectInvoiceRow(tx, owner.id, id, today);
      read.catch(() => undefined);
    }
    items = await inserting;
  } catch (error) {
    if (isNumberConflict(error)) {
      // a number given and taken; or (a race) the next number, just taken by hand in another transaction
      throw number !== null
        ? numberConflict(number)
        : errors.conflict('Another invoice took the next number at the same moment: try again.', { invoice_number: ['already exists'] });
    }
    throw error;
  }
  if (!items) {
    // only a client that is not one of the workspace's contacts keeps the row from being written
    await ensureContact(tx, owner, input.contact_id);
    throw new Error('the invoice was not written');
  }
  if (input.status === 'sent') {
    await updateInvoiceRow(tx, owner.id, id, { status: 'sent' });
    read = selectInvoiceRow(tx, owner.id, id, today);
  }
  const invoice = await read;
  if (!invoice) throw errors.notFound('Invoice');
  return { ...invoice, items, payments: [], credit_notes: [] };
}

const CONTENT_FIELDS = ['contact_id', 'invoice_number', 'issue_date', 'currency', 'discount_type', 'discount_value', 'items'] as const;

export async function updateInvoice(tx: Database, owner: Workspace, id: string, input: InvoiceUpdate): Promise<InvoiceDetail> {
  const today = todayFor(owner);
  const current = await selectInvoice(tx, owner.id, id, today, { lock: true });
  if (!current) throw errors.notFound('Invoice');
  const { status: nextStatus, items, ...fields } = input;

  if (current.status !== 'draft') {
    const frozen: string[] = CONTENT_FIELDS.filter((f) => input[f] !== undefined);
    if (current.status !== 'sent') frozen.push(...(['due_date', 'notes'] as const).filter((f) => input[f] !== undefined));
    if (frozen.length > 0) {
      throw errors.conflict(
        `Invoice ${current.invoice_number} is ${current.status}: its ${frozen.map((f) => f.replace(/_/g, ' ')).join(', ')} can no longer change.` +
          (current.status === 'sent' ? ' Cancel it and issue a new one instead.' : ''),
        Object.fromEntries(frozen.map((f) => [f, [`cannot change once the invoice is ${current.status}`]])),
      );
    }
  }

  const issueDate = fields.issue_date ?? current.issue_date;
  const dueDate = fields.due_date ?? current.due_date;
  if (dueDate < issueDate) {
    throw errors.validation({ [fields.due_date ? 'due_date' : 'issue_date']: ['the due date must be on or after the issue date'] });
  }

  // the discount after this change: clearing the type clears the value
  const header = await headerChanges(tx, owner, fields, current);
  const { type: discountType, value: discountValue } = header.discount;
  const values: InvoiceRowValues = header.values;
  if (fields.invoice_number !== undefined && fields.invoice_number !== current.invoice_number) {
    if (await invoiceNumberTaken(tx, owner.id, fields.invoice_number, id)) throw numberConflict(fields.invoice_number);
    values.invoice_number = fields.invoice_number;
  }
  if (fields.due_date !== undefined) values.due_date = fields.due_date;

  if (current.status === 'draft' && (items || values.discount_type !== undefined)) {
    const lines = items ?? (await selectItems(tx, owner.id, id));
    totalsOrThrow(lines, discountType ? { type: discountType, value: discountValue! } : null);
  }

  try {
    await updateInvoiceRow(tx, owner.id, id, values);
  } catch (error) {
    if (isNumberConflict(error)) throw numberConflict(values.invoice_number ?? '');
    throw error;
  }
  if (items) await replaceItems(tx, owner.id, id, items);

  if (nextStatus !== undefined && nextStatus !== current.status) {
    assertTransition(current, nextStatus);
    await updateInvoiceRow(tx, owner.id, id, { status: nextStatus });
  }
  return getInvoice(tx, owner, id);
}

function assertTransition(current: Invoice, next: Invoice['status']): void {
  const from = current.status;
  if (next === 'paid') {
    throw errors.conflict('An invoice becomes paid when its payments cover the total: record a payment instead.', {
      status: [`cannot change from ${from} to paid`],
    });
  }
  const allowed = (from === 'draft' && (next === 'sent' || next === 'cancelled')) || (from === 'sent' && next === 'cancelled');
  if (!allowed) {
    throw errors.conflict(`Invoice ${current.invoice_number} cannot go from ${from} to ${next}.`, {
      status: [`cannot change from ${from} to ${next}`],
    });
  }
  if (next === 'cancelled' && compareMoney(current.amount_paid, '0.00') > 0) {
    throw errors.conflict(`Invoice ${current.invoice_number} has payments of ${current.amount_paid}; remove them before cancelling it.`, {
      status: ['cannot cancel an invoice with payments'],
    });
  }
}

export async function deleteInvoice(tx: Database, owner: Workspace, id: string): Promise<{ id: string }> {
  const current = await selectInvoice(tx, owner.id, id, todayFor(owner), { lock: true });
  if (!current) throw errors.notFound('Invoice');
  if (current.status !== 'draft') {
    throw errors.conflict(
      `Invoice ${current.invoice_number} is ${current.status}: only drafts can be deleted.` +
        (current.status === 'sent' ? ' Cancel it instead.' : ''),
      { status: ['only drafts can be deleted'] },
    );
  }
  await deleteInvoiceRow(tx, owner.id, id);
  return { id };
}

/**
 * A new draft copied from invoice `id`, whatever its status: the same contact,
 * currency, items (with their tax rates), discount and notes; numbered as any
 * new invoice, dated today, due after the account's payment terms. Checked
 * like any create (the one schema), so a copy is never an invoice the API
 * would refuse.
 */
export async function duplicateInvoice(tx: Database, owner: Workspace, id: string): Promise<InvoiceDetail> {
  const source = await getInvoice(tx, owner, id);
  const parsed = invoiceCreateSchema.safeParse({
    contact_id: source.contact_id,
    currency: source.currency,
    discount_type: source.discount_type,
    discount_value: source.discount_value,
    notes: source.notes,
    items: source.items.map((item) => ({
      description: item.description,
      quantity: item.quantity,
      unit_price: item.unit_price,
      tax_rate: item.tax_rate,
    })),
  });
  if (!parsed.success) {
    throw errors.unprocessable(`Invoice ${source.invoice_number} cannot be copied: it has no lines a new invoice can take.`, {
      items: ['cannot be copied to a new invoice'],
    });
  }
  return createInvoice(tx, owner, parsed.data);
}
