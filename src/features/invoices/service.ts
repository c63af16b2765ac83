import { sql } from 'drizzle-orm';
import { recordEvent } from '@/features/audit/service';
import { contactListQuerySchema, contactName } from '@/features/contacts/schema';
import { getContact, listContacts } from '@/features/contacts/service';
import { BUSINESS_DETAIL_LABELS, missingBusinessDetails } from '@/features/users/schema';
import { getLogo, getLogoInfo } from '@/features/users/service';
import type { UserRow } from '@/lib/auth/user';
import { csvResponse } from '@/lib/csv';
import { addDays, daysBetween, safeTimeZone, todayIn } from '@/lib/time';
import { type Database, selectRows, withSystem, withTenant } from '@/lib/db';
import { assertEmailConfigured, EmailDeliveryError, sendEmail, type SentEmail } from '@/lib/email';
import { env } from '@/lib/env';
import { ApiError, errors, fromDatabaseError, isDatabaseUnavailable } from '@/lib/errors';
import { log } from '@/lib/log';
import { compareMoney } from '@/lib/money';
import { decodeCursor, type Page, toPage } from '@/lib/pagination';
import { type EmailBusiness, invoiceEmail, type EmailKind } from './email';
import { reserveEmailSend, withinDailyLimit } from './send-limits';
import { type ReminderRun, reminderStep } from './reminders';

export { type ReminderRun, reminderRunFailure } from './reminders';
import { renderInvoicePdf, type InvoicePdfData } from './pdf';
import {
  claimReminder,
  completeReminder,
  contactExists,
  countInvoices,
  deleteInvoiceRow,
  deletePaymentRow,
  insertEvent,
  insertInvoice,
  insertItems,
  insertPayment,
  type InvoiceFilters,
  type InvoiceRowValues,
  invoiceNumberTaken,
  invoiceSort,
  markDraftSent,
  nextInvoiceNumber,
  peekInvoiceNumber,
  type ReminderClaim,
  releaseReminder,
  replaceItems,
  selectEvents,
  selectInvoice,
  selectInvoices,
  selectItems,
  selectPayments,
  selectReminderCandidates,
  selectStatusTotals,
  selectUserByClerkId,
  setReminderDays,
  type StatusTotal,
  updateInvoiceRow,
} from './queries';
import type {
  Invoice,
  InvoiceCreate,
  InvoiceDetail,
  InvoiceEvent,
  InvoiceListQuery,
  InvoiceSettings,
  InvoiceSettingsView,
  InvoiceUpdate,
  Payment,
  PaymentCreate,
  SendInvoice,
  SendReceipt,
} from './schema';
import { invoiceCreateSchema } from './schema';
import { checkTotals, type Discount, TotalsError, type TotalsLine } from './totals';

/**
 * The rules for invoices. The database enforces the same rules in triggers
 * (totals, status machine, immutability, payments), so they hold for every
 * writer; this service checks first to answer with precise messages, and
 * orchestrates what the database cannot do (PDFs, email).
 */

type Owner = UserRow;
type Run = <T>(fn: (tx: Database) => Promise<T>) => Promise<T>;

/** The account's calendar date (its time zone), which decides `overdue`. */
export function todayFor(user: Pick<UserRow, 'time_zone'>): string {
  return todayIn(safeTimeZone(user.time_zone));
}

function filtersFor(owner: Owner, query: Omit<InvoiceListQuery, 'format' | 'limit' | 'cursor' | 'sort'>): InvoiceFilters {
  return {
    userId: owner.id,
    today: todayFor(owner),
    q: query.q || undefined,
    status: query.status,
    contactId: query.contact_id,
    from: query.from,
    to: query.to,
    dateField: query.date_field,
  };
}

export async function listInvoices(
  tx: Database,
  owner: Owner,
  query: Omit<InvoiceListQuery, 'format'>,
): Promise<{ data: Invoice[]; page: Page }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const filters = filtersFor(owner, query);
  const sort = invoiceSort(query.sort.field, query.sort.direction);
  const [rows, total] = await Promise.all([
    selectInvoices(tx, filters, sort, cursor, query.limit + 1),
    cursor ? Promise.resolve(cursor.total) : countInvoices(tx, filters),
  ]);
  return toPage(rows, query.limit, total);
}

const CSV_COLUMNS: { key: string; value: (i: Invoice) => unknown }[] = (
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
).map((key) => ({ key, value: (i: Invoice) => i[key] }));

/** The filtered invoices as a streamed CSV download (all pages). */
export function exportInvoicesCsv(run: Run, owner: Owner, query: Omit<InvoiceListQuery, 'format' | 'limit' | 'cursor'>): Response {
  const filters = filtersFor(owner, query);
  const sort = invoiceSort(query.sort.field, query.sort.direction);
  async function* batches(): AsyncGenerator<Invoice[]> {
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

export async function getInvoice(tx: Database, owner: Owner, id: string): Promise<InvoiceDetail> {
  const today = todayFor(owner);
  const invoice = await selectInvoice(tx, owner.id, id, today);
  if (!invoice) throw errors.notFound('Invoice');
  const [items, payments] = await Promise.all([selectItems(tx, owner.id, id), selectPayments(tx, owner.id, id)]);
  return { ...invoice, items, payments };
}

export async function getInvoiceEvents(tx: Database, owner: Owner, id: string): Promise<InvoiceEvent[]> {
  const invoice = await selectInvoice(tx, owner.id, id, todayFor(owner));
  if (!invoice) throw errors.notFound('Invoice');
  return selectEvents(tx, owner.id, id);
}

/** Count, total and balance per displayed status and currency. */
export async function invoiceStatusTotals(tx: Database, owner: Owner): Promise<StatusTotal[]> {
  return selectStatusTotals(tx, owner.id, todayFor(owner));
}

function totalsOrThrow(items: readonly TotalsLine[], discount: Discount): void {
  try {
    checkTotals(items, discount);
  } catch (error) {
    if (error instanceof TotalsError) {
      throw errors.validation({ [error.field]: [error.problem] }, 'The amounts of this invoice are not valid.');
    }
    throw error;
  }
}

async function ensureContact(tx: Database, owner: Owner, contactId: string | null | undefined): Promise<void> {
  if (!contactId) return;
  if (!(await contactExists(tx, owner.id, contactId))) {
    throw errors.unprocessable('The contact does not exist in your account.', { contact_id: ['refers to no contact of yours'] });
  }
}

function isNumberConflict(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const e = current as { code?: string; constraint?: string; constraint_name?: string };
    if (e.code === '23505' && (e.constraint ?? e.constraint_name) === 'invoices_user_number_key') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function numberConflict(number: string): ApiError {
  return errors.conflict(`You already have an invoice numbered ${number}.`, { invoice_number: ['already exists'] });
}

/**
 * Creates the invoice and its items in the caller's transaction: a failure at
 * any step rolls back everything, the number counter included.
 */
export async function createInvoice(tx: Database, owner: Owner, input: InvoiceCreate): Promise<InvoiceDetail> {
  const today = todayFor(owner);
  const issueDate = input.issue_date ?? today;
  const dueDate = input.due_date ?? addDays(issueDate, owner.payment_terms_days);
  if (dueDate < issueDate) throw errors.validation({ due_date: ['must be on or after the issue date'] });
  const discount: Discount = input.discount_type ? { type: input.discount_type, value: input.discount_value! } : null;
  totalsOrThrow(input.items, discount);
  await ensureContact(tx, owner, input.contact_id);

  let number = input.invoice_number ?? null;
  if (number !== null) {
    if (await invoiceNumberTaken(tx, owner.id, number)) throw numberConflict(number);
  } else {
    number = await nextInvoiceNumber(tx, owner.id, owner.invoice_prefix);
  }
  let id: string;
  try {
    id = await insertInvoice(tx, owner.id, {
      contact_id: input.contact_id ?? null,
      invoice_number: number,
      issue_date: issueDate,
      due_date: dueDate,
      currency: input.currency ?? owner.currency,
      discount_type: discount?.type ?? null,
      discount_value: discount?.value ?? null,
      notes: input.notes ?? null,
    });
  } catch (error) {
    if (isNumberConflict(error)) throw numberConflict(number);
    throw error;
  }
  await insertItems(tx, owner.id, id, input.items);
  if (input.status === 'sent') await updateInvoiceRow(tx, owner.id, id, { status: 'sent' });
  return getInvoice(tx, owner, id);
}

const CONTENT_FIELDS = ['contact_id', 'invoice_number', 'issue_date', 'currency', 'discount_type', 'discount_value', 'items'] as const;

export async function updateInvoice(tx: Database, owner: Owner, id: string, input: InvoiceUpdate): Promise<InvoiceDetail> {
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
  let discountType = fields.discount_type !== undefined ? fields.discount_type : current.discount_type;
  let discountValue = fields.discount_value !== undefined ? fields.discount_value : current.discount_value;
  if (discountType === null && fields.discount_value !== undefined && fields.discount_value !== null) {
    throw errors.validation({ discount_type: ['is required with discount_value'] });
  }
  if (discountType === null) discountValue = null;
  if (fields.discount_value === null) discountType = null;
  if (discountType !== null && discountValue === null) {
    throw errors.validation({ discount_value: ['is required with discount_type'] });
  }
  const values: InvoiceRowValues = {};
  if (fields.contact_id !== undefined && fields.contact_id !== current.contact_id) {
    await ensureContact(tx, owner, fields.contact_id);
    values.contact_id = fields.contact_id;
  }
  if (fields.invoice_number !== undefined && fields.invoice_number !== current.invoice_number) {
    if (await invoiceNumberTaken(tx, owner.id, fields.invoice_number, id)) throw numberConflict(fields.invoice_number);
    values.invoice_number = fields.invoice_number;
  }
  if (fields.issue_date !== undefined) values.issue_date = fields.issue_date;
  if (fields.due_date !== undefined) values.due_date = fields.due_date;
  if (fields.currency !== undefined) values.currency = fields.currency;
  if (fields.notes !== undefined) values.notes = fields.notes;
  if (fields.discount_type !== undefined || fields.discount_value !== undefined) {
    values.discount_type = discountType;
    values.discount_value = discountValue;
  }

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
    throw errors.conflict(
      `Invoice ${current.invoice_number} has payments of ${current.amount_paid}; remove them before cancelling it.`,
      { status: ['cannot cancel an invoice with payments'] },
    );
  }
}

export async function deleteInvoice(tx: Database, owner: Owner, id: string): Promise<{ id: string }> {
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
export async function duplicateInvoice(tx: Database, owner: Owner, id: string): Promise<InvoiceDetail> {
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

// ---------------------------------------------------------------------------
// Payments: income transactions linked to the invoice. The database keeps
// amount_paid and the paid status in step, refuses overpayment and payments
// on drafts or cancelled invoices (whoever writes the transaction).
// ---------------------------------------------------------------------------

export async function recordPayment(
  tx: Database,
  owner: Owner,
  invoiceId: string,
  input: PaymentCreate,
): Promise<Payment & { invoice: Pick<Invoice, 'id' | 'status' | 'amount_paid' | 'balance_due'> }> {
  const today = todayFor(owner);
  const invoice = await selectInvoice(tx, owner.id, invoiceId, today);
  if (!invoice) throw errors.notFound('Invoice');
  const payment = await insertPayment(tx, owner.id, invoiceId, {
    amount: input.amount,
    date: input.date ?? today,
    description: input.description ?? `Payment for invoice ${invoice.invoice_number}`,
    category: input.category ?? 'Invoice payments',
  });
  const after = (await selectInvoice(tx, owner.id, invoiceId, today))!;
  await recordEvent(tx, 'payment.recorded', 'invoices', invoiceId, {
    transaction_id: payment.id,
    amount: payment.amount,
    status: after.status,
  });
  return {
    ...payment,
    invoice: { id: after.id, status: after.status, amount_paid: after.amount_paid, balance_due: after.balance_due },
  };
}

export async function deletePayment(tx: Database, owner: Owner, invoiceId: string, paymentId: string): Promise<{ id: string }> {
  const invoice = await selectInvoice(tx, owner.id, invoiceId, todayFor(owner));
  if (!invoice) throw errors.notFound('Invoice');
  if (!(await deletePaymentRow(tx, owner.id, invoiceId, paymentId))) throw errors.notFound('Payment');
  return { id: paymentId };
}

// ---------------------------------------------------------------------------
// Documents: PDF and email
// ---------------------------------------------------------------------------

/** The name invoices go out under: the business name, else (PDFs, automatic reminders) the person or their email. */
function senderName(owner: Owner): string {
  const person = [owner.first_name, owner.last_name].filter(Boolean).join(' ');
  return owner.business_name || person || owner.email || 'Invoice';
}

function businessOf(owner: Owner, logo: InvoicePdfData['business']['logo'] = null): InvoicePdfData['business'] {
  return {
    name: senderName(owner),
    address: owner.business_address,
    tax_id: owner.tax_id,
    email: owner.email,
    payment_instructions: owner.payment_instructions,
    logo,
  };
}

/**
 * The invoice with its parties as printed. `logo: false` leaves the image out
 * (pages, which link to it instead of carrying its bytes).
 */
async function loadDocument(tx: Database, owner: Owner, id: string, { logo = true }: { logo?: boolean } = {}): Promise<InvoicePdfData> {
  const invoice = await getInvoice(tx, owner, id);
  let client: InvoicePdfData['client'] = null;
  if (invoice.contact_id) {
    const contact = await getContact(tx, owner, invoice.contact_id);
    client = {
      name: invoice.contact_name,
      first_name: contact.first_name,
      company: contact.company,
      email: contact.email,
      address: contact.address,
    };
  }
  const image = logo ? await getLogo(tx, owner) : null;
  const business = businessOf(
    owner,
    image ? { bytes: image.bytes, width: image.width, height: image.height, content_type: image.content_type } : null,
  );
  return { invoice, client, business, locale: owner.locale };
}

/** The invoice, or null when this account has none with that id (pages answer 404). */
export async function findInvoice(tx: Database, owner: Owner, id: string): Promise<InvoiceDetail | null> {
  try {
    return await getInvoice(tx, owner, id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Everything the invoice page shows: the invoice, the parties as printed, its
 * history, and what the send dialog needs (the business details the account
 * has, and whether a send will first ask for the missing ones).
 */
export async function findInvoiceDocument(tx: Database, owner: Owner, id: string) {
  if (!(await findInvoice(tx, owner, id))) return null;
  const document = await loadDocument(tx, owner, id, { logo: false });
  const events = await selectEvents(tx, owner.id, id);
  const logo = await getLogoInfo(tx, owner);
  const { business, ...rest } = document;
  return {
    ...rest,
    business: { ...business, logo: null },
    events,
    sender: {
      business_name: owner.business_name,
      business_address: owner.business_address,
      payment_instructions: owner.payment_instructions,
      payment_terms_days: owner.payment_terms_days,
      has_logo: logo !== null,
      /** the name a send without a business name would fall back to (shown while the form is open) */
      fallback_name: senderName(owner),
    },
  };
}

/** The contacts an invoice can be addressed to (the editor's picker). */
export async function contactOptions(
  tx: Database,
  owner: Owner,
): Promise<{ id: string; name: string; email: string | null; company: string | null }[]> {
  const query = contactListQuerySchema.parse({ limit: '200', sort: 'first_name' });
  const { data } = await listContacts(tx, owner, query);
  return data.map((c) => ({ id: c.id, name: contactName(c), email: c.email, company: c.company }));
}

export function pdfFilename(invoice: Pick<Invoice, 'invoice_number'>): string {
  return `invoice-${invoice.invoice_number.replace(/[^\w.-]+/g, '_')}.pdf`;
}

/** The invoice as a PDF. Data is read in a short transaction; rendering happens outside it. */
export async function invoicePdf(run: Run, owner: Owner, id: string): Promise<{ filename: string; pdf: Buffer }> {
  const data = await run((tx) => loadDocument(tx, owner, id));
  return { filename: pdfFilename(data.invoice), pdf: await renderInvoicePdf(data) };
}

/** What the sender chose for one email: subject, message and copies (all optional). */
interface EmailChoices {
  subject?: string | null;
  message?: string | null;
  cc?: readonly string[];
}

/** The copies of an email, without the address it goes to anyway. */
function copiesFor(to: string, cc: readonly string[] | undefined): string[] {
  return (cc ?? []).filter((address) => address.toLowerCase() !== to.toLowerCase());
}

async function deliver(
  owner: Owner,
  data: InvoicePdfData,
  kind: EmailKind,
  choices: EmailChoices,
  idempotencyKey?: string,
): Promise<{ sent: SentEmail; to: string; cc: string[]; subject: string }> {
  const to = data.client!.email!;
  const cc = copiesFor(to, choices.cc);
  const pdf = await renderInvoicePdf({ ...data, asSent: true });
  const { logo, ...business } = data.business;
  const logoCid = logo ? 'business-logo@ledgerly' : null;
  const content = invoiceEmail({
    kind,
    invoice: data.invoice,
    business: business satisfies EmailBusiness,
    greetingName: data.client?.first_name ?? data.client?.name ?? null,
    locale: owner.locale,
    today: todayFor(owner),
    subject: choices.subject,
    message: choices.message,
    logoCid,
  });
  const sent = await sendEmail(
    {
      to,
      toName: data.client?.name,
      cc,
      subject: content.subject,
      text: content.text,
      html: content.html,
      fromName: data.business.name,
      replyTo: owner.email,
      attachments: [
        { filename: pdfFilename(data.invoice), content: pdf, contentType: 'application/pdf' },
        // the logo, shown at the top of the HTML part
        ...(logo && logoCid
          ? [{ filename: logo.content_type === 'image/png' ? 'logo.png' : 'logo.jpg', content: logo.bytes, contentType: logo.content_type, cid: logoCid }]
          : []),
      ],
      idempotencyKey,
    },
    { account: owner.id },
  );
  return { sent, to, cc, subject: content.subject };
}

function emailEventData(kind: EmailKind, delivered: Awaited<ReturnType<typeof deliver>>, extra: object = {}) {
  return {
    kind,
    to: delivered.to,
    ...(delivered.cc.length > 0 ? { cc: delivered.cc } : {}),
    // what the daily email limit counts (send-limits.ts)
    recipients: 1 + delivered.cc.length,
    subject: delivered.subject,
    transport: delivered.sent.transport,
    message_id: delivered.sent.message_id,
    ...(delivered.sent.outbox_id ? { outbox_id: delivered.sent.outbox_id } : {}),
    ...extra,
  };
}

export type EmailResult = ReturnType<typeof emailEventData>;

/**
 * Refuses an email the person sends (a send, a resend, a receipt) while the
 * account has no business name: the invoice and the email would go out under
 * the person's own name. A 422 naming `business_name` (and the details worth
 * adding while at it), which the send dialog turns into a form
 * (docs/decisions/0091-business-details-before-first-send.md).
 */
async function assertBusinessDetails(run: Run, owner: Owner): Promise<void> {
  if (owner.business_name) return;
  const hasLogo = (await run((tx) => getLogoInfo(tx, owner))) !== null;
  const { required, suggested } = missingBusinessDetails(owner, hasLogo);
  const also = suggested.map((field) => BUSINESS_DETAIL_LABELS[field]);
  throw errors.unprocessable(
    'Add your business name before sending: invoices and their emails go out under it, not under your own name.' +
      (also.length > 0 ? ` You can add your ${also.join(', ').replace(/, ([^,]*)$/, ' and $1')} at the same time.` : ''),
    Object.fromEntries(required.map((field) => [field, ['is required before an invoice can be emailed']])),
  );
}

/** The contact an email goes to, or the 422 that says what is missing. */
function recipientOf(data: InvoicePdfData): { name: string | null; email: string } {
  const { client } = data;
  if (!client) {
    throw errors.unprocessable('This invoice has no contact to send it to. Choose a contact first.', {
      contact_id: ['is required to send the invoice'],
    });
  }
  if (!client.email) {
    throw errors.unprocessable(`${client.name ?? 'The contact'} has no email address. Add one to the contact first.`, {
      contact_id: ['refers to a contact without an email address'],
    });
  }
  return { name: client.name, email: client.email };
}

/**
 * One email the person sends (invoice, reminder or receipt): the checks that
 * need no transaction, the send limits (every recipient counts), the
 * delivery with no transaction open, then `record` in a new transaction. A
 * failed delivery is recorded in the history and is a 502; nothing else
 * changes.
 */
async function sendByHand(
  run: Run,
  owner: Owner,
  data: InvoicePdfData,
  kind: EmailKind,
  choices: EmailChoices,
  record: (tx: Database, email: EmailResult) => Promise<void>,
): Promise<{ invoice: InvoiceDetail; email: EmailResult }> {
  const id = data.invoice.id;
  const to = recipientOf(data);
  // production without SMTP_URL (and the outbox not chosen): a 503 before anything changes
  assertEmailConfigured();
  await assertBusinessDetails(run, owner);
  const cc = copiesFor(to.email, choices.cc);
  // the account's daily email limit (429) and this invoice's manual sends (409): send-limits.ts
  const release = await reserveEmailSend(run, owner.id, id, 'manual', undefined, undefined, 1 + cc.length);
  try {
    let delivered: Awaited<ReturnType<typeof deliver>>;
    try {
      delivered = await deliver(owner, data, kind, { ...choices, cc });
    } catch (error) {
      if (error instanceof EmailDeliveryError) {
        await run((tx) => insertEvent(tx, owner.id, id, 'email_failed', { kind, to: to.email, reason: error.reason }));
        throw errors.badGateway(
          `${error.message} ${kind === 'invoice' ? 'The invoice was not sent and its status is unchanged.' : 'Nothing was sent.'}`,
        );
      }
      throw error;
    }
    const email = emailEventData(kind, delivered);
    const invoice = await run(async (tx) => {
      await record(tx, email);
      await insertEvent(tx, owner.id, id, 'email_sent', email);
      return getInvoice(tx, owner, id);
    });
    return { invoice, email };
  } finally {
    release();
  }
}

/**
 * Emails the invoice (PDF attached) to its contact, with the subject, message
 * and copies (CC) the sender chose, or the standard ones. A draft becomes
 * sent; a sent invoice gets it again as a reminder. No transaction is open
 * while the PDF is rendered and the mail server answers; a failure leaves the
 * status as it was, is recorded in the history, and is a 502. Without a
 * business name: a 422 (see assertBusinessDetails).
 */
export async function sendInvoice(
  run: Run,
  owner: Owner,
  id: string,
  input: SendInvoice,
): Promise<{ invoice: InvoiceDetail; email: EmailResult }> {
  const data = await run((tx) => loadDocument(tx, owner, id));
  const { invoice } = data;
  if (invoice.status === 'paid' || invoice.status === 'cancelled') {
    throw errors.conflict(`Invoice ${invoice.invoice_number} is ${invoice.status}: there is nothing to send.`, {
      status: [`cannot send a ${invoice.status} invoice`],
    });
  }
  const kind: EmailKind = invoice.status === 'draft' ? 'invoice' : 'reminder';
  return sendByHand(run, owner, data, kind, input, async (tx, email) => {
    if (kind === 'invoice') await markDraftSent(tx, owner.id, id);
    await recordEvent(tx, kind === 'invoice' ? 'invoice.sent' : 'invoice.reminded', 'invoices', id, {
      to: email.to,
      ...(email.cc ? { cc: email.cc.join(', ') } : {}),
      transport: email.transport,
    });
  });
}

/**
 * Thanks the contact for a payment: an email listing the payments received
 * and the balance, with the invoice's PDF (which shows them too) attached.
 * For paid invoices and sent ones with a payment; anything else is a 409.
 * Counted by the send limits and recorded like a send; the status does not
 * change.
 */
export async function sendReceipt(
  run: Run,
  owner: Owner,
  id: string,
  input: SendReceipt,
): Promise<{ invoice: InvoiceDetail; email: EmailResult }> {
  const data = await run((tx) => loadDocument(tx, owner, id));
  const { invoice } = data;
  const paidSomething = compareMoney(invoice.amount_paid, '0.00') > 0;
  if (!(invoice.status === 'paid' || (invoice.status === 'sent' && paidSomething))) {
    throw errors.conflict(
      invoice.status === 'sent' || invoice.status === 'draft'
        ? `Invoice ${invoice.invoice_number} has no payment yet: record one before sending a receipt.`
        : `Invoice ${invoice.invoice_number} is ${invoice.status}: there is no payment to thank for.`,
      { status: ['a receipt needs a paid or partly paid invoice'] },
    );
  }
  return sendByHand(run, owner, data, 'receipt', input, async (tx, email) => {
    await recordEvent(tx, 'invoice.receipt_sent', 'invoices', id, {
      to: email.to,
      ...(email.cc ? { cc: email.cc.join(', ') } : {}),
      transport: email.transport,
      amount_paid: invoice.amount_paid,
      balance_due: invoice.balance_due,
    });
  });
}

// ---------------------------------------------------------------------------
// Settings and reminders
// ---------------------------------------------------------------------------

export function getInvoiceSettings(owner: Owner): InvoiceSettings {
  return { reminder_days: [...owner.invoice_reminder_days].sort((a, b) => a - b) };
}

/** The number the next invoice gets when none is typed, with the account's prefix (a preview). */
export async function nextInvoiceNumberPreview(tx: Database, owner: Owner): Promise<string> {
  return peekInvoiceNumber(tx, owner.id, owner.invoice_prefix);
}

/** GET /api/invoices/settings: the reminder days and the next invoice number. */
export async function getInvoiceSettingsView(tx: Database, owner: Owner): Promise<InvoiceSettingsView> {
  return { ...getInvoiceSettings(owner), next_invoice_number: await nextInvoiceNumberPreview(tx, owner) };
}

export async function updateInvoiceSettings(tx: Database, owner: Owner, input: InvoiceSettings): Promise<InvoiceSettingsView> {
  return { reminder_days: await setReminderDays(tx, owner.id, input.reminder_days), next_invoice_number: await nextInvoiceNumberPreview(tx, owner) };
}

type Claimed = { owner: Owner; data: InvoicePdfData; claim: ReminderClaim; step: number };

/** A sentence for the run's answer: never SQL or a stack (those go to the log). */
function failureReason(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof EmailDeliveryError) return error.reason;
  if (isDatabaseUnavailable(error)) return 'the database could not be reached';
  const mapped = fromDatabaseError(error);
  if (mapped?.status === 503) return mapped.message;
  return 'an unexpected error (logged as invoice.reminder_account_failed)';
}

/** One reminder: claim it (with its document), send it, mark it sent; a failed send releases the claim. */
async function sendOneReminder(
  run: Run,
  owner: Owner,
  invoiceId: string,
  step: number,
  today: string,
  leaseMinutes: number,
  result: ReminderRun,
): Promise<void> {
  let claimed: Claimed | undefined;
  try {
    claimed = await run(async (tx) => {
      const claim = await claimReminder(tx, owner.id, invoiceId, step, today, leaseMinutes);
      if (!claim) return undefined;
      return { owner, claim, step, data: await loadDocument(tx, owner, invoiceId) };
    });
  } catch (error) {
    // e.g. the invoice was deleted meanwhile (the claim rolled back with it);
    // anything else (the database) stops this account's run
    if (!(error instanceof ApiError)) throw error;
    result.failed += 1;
    log.warn('invoice.reminder_failed', { user_id: owner.id, invoice_id: invoiceId, reason: error.message });
    return;
  }
  if (!claimed) return;
  const { claim } = claimed;
  let delivered: Awaited<ReturnType<typeof deliver>>;
  try {
    // the same Message-ID (and outbox file) if a crashed attempt is taken over
    delivered = await deliver(owner, claimed.data, 'reminder', {}, `reminder-${claim.id}`);
  } catch (error) {
    result.failed += 1;
    const reason = error instanceof EmailDeliveryError ? error.reason : 'the reminder could not be prepared';
    log.warn('invoice.reminder_failed', { user_id: owner.id, invoice_id: invoiceId, reason, error });
    await run(async (tx) => {
      await releaseReminder(tx, owner.id, claim);
      await insertEvent(tx, owner.id, invoiceId, 'email_failed', { kind: 'reminder', automatic: true, step_days: step, reason });
    });
    return;
  }
  await run(async (tx) => {
    if (!(await completeReminder(tx, owner.id, claim))) {
      // the lease ran out while this send was under way and another run took it over
      log.warn('invoice.reminder_lease_lost', { user_id: owner.id, invoice_id: invoiceId, reminder_id: claim.id, attempt: claim.attempt });
    }
    await insertEvent(tx, owner.id, invoiceId, 'email_sent', emailEventData('reminder', delivered, { automatic: true, step_days: step }));
    await recordEvent(tx, 'invoice.reminded', 'invoices', invoiceId, {
      to: delivered.to,
      transport: delivered.sent.transport,
      automatic: true,
      step_days: step,
    });
  });
  result.sent += 1;
}

/**
 * Sends the reminders that are due, for every account (the scheduled job).
 * Accounts are found through the `ledgerly_system` role, which learns their
 * Clerk ids and nothing else; each is then handled in its own tenant
 * transactions. A reminder is claimed (unique per invoice and interval, and
 * per invoice and day) right before it is sent and marked sent right after, so
 * a second run the same day — even a concurrent one — sends nothing twice; a
 * failed send releases its claim; a claim left by a run that died between
 * claim and mark is taken over once REMINDER_CLAIM_LEASE_MINUTES have passed
 * (sent again with the same Message-ID). One account's failure is logged and
 * reported, and the run goes on with the others.
 */
export async function runReminders(): Promise<ReminderRun> {
  // refuse before claiming anything when email cannot go anywhere (503, for the operator)
  assertEmailConfigured('operator');
  const leaseMinutes = env().REMINDER_CLAIM_LEASE_MINUTES;
  const accounts = await withSystem((tx) => selectRows<{ clerk_id: string }>(tx, sql`select clerk_id from app.reminder_accounts()`));
  const result: ReminderRun = { accounts: accounts.length, sent: 0, failed: 0, failed_accounts: 0, account_failures: [] };
  for (const { clerk_id } of accounts) {
    const run: Run = (fn) => withTenant({ sub: clerk_id }, fn);
    try {
      const due = await run(async (tx) => {
        const owner = await selectUserByClerkId(tx, clerk_id);
        if (!owner) return null;
        const zone = safeTimeZone(owner.time_zone);
        const today = todayIn(zone);
        const steps: { invoiceId: string; step: number }[] = [];
        for (const candidate of await selectReminderCandidates(tx, owner.id, today, zone)) {
          const step = reminderStep(owner.invoice_reminder_days, daysBetween(candidate.due_date, today));
          if (step !== undefined) steps.push({ invoiceId: candidate.id, step });
        }
        return { owner, today, steps };
      });
      if (!due) continue;
      for (const { invoiceId, step } of due.steps) {
        // every reminder counts against EMAIL_DAILY_LIMIT_PER_ACCOUNT; over it, it waits for a later run
        await withinDailyLimit(run, due.owner.id, invoiceId, () =>
          sendOneReminder(run, due.owner, invoiceId, step, due.today, leaseMinutes, result),
        );
      }
    } catch (error) {
      result.failed_accounts += 1;
      result.account_failures.push({ account: clerk_id, reason: failureReason(error) });
      log.error('invoice.reminder_account_failed', { account: clerk_id, error });
    }
  }
  return result;
}
