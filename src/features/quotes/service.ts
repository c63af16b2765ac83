import { invoiceCreateSchema, type InvoiceDetail } from '@/features/invoices/schema';
import {
  createInvoice,
  type Discount,
  ensureContact,
  headerChanges,
  totalsOrThrow as documentTotalsOrThrow,
  isUniqueViolation,
  documentParties,
  type EmailResult,
  type InvoicePdfData,
  pdfFilename,
  renderInvoicePdf,
  sendDocumentEmail,
  todayFor,
} from '@/features/invoices/service';
import { issueLink, openLink, revokeLink } from '@/features/links/service';
import type { LinkState, SharedLink } from '@/features/links/schema';
import { personId, type Workspace } from '@/lib/auth/workspace';
import { csvExport } from '@/lib/csv';
import { type Database, type TenantRunner } from '@/lib/db';
import { ApiError, errors } from '@/lib/errors';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { addDays } from '@/lib/time';
import {
  countQuotes,
  deleteQuoteRow,
  insertQuote,
  insertQuoteItems,
  moveQuoteStatus,
  nextQuoteNumber,
  type QuoteFilters,
  quoteNumberTaken,
  type QuoteRowValues,
  quoteSort,
  replaceQuoteItems,
  selectOpenQuoteTotals,
  selectQuote,
  selectQuoteItems,
  selectQuotes,
  selectQuoteSettings,
  updateQuoteRow,
  updateQuoteSettings,
} from './queries';
import {
  DEFAULT_VALIDITY_DAYS,
  type Quote,
  type QuoteCreate,
  type QuoteDetail,
  type QuoteListQuery,
  type QuoteSettings,
  type QuoteSettingsUpdate,
  type QuoteStoredStatus,
  type QuoteUpdate,
} from './schema';

/**
 * Quotes (docs/decisions/0110-quotes.md): the invoices' machinery — totals,
 * items, PDF, email — applied to a document with its own number series and
 * status: draft → sent → accepted | declined, sent | accepted → converted
 * (into an invoice, once). `expired` is read, never stored. The database
 * keeps the same rules in triggers; this module checks first to answer with
 * precise messages.
 */

function filtersFor(owner: Workspace, query: Omit<QuoteListQuery, 'format' | 'limit' | 'cursor' | 'sort'>): QuoteFilters {
  return {
    workspaceId: owner.id,
    today: todayFor(owner),
    q: query.q || undefined,
    status: query.status,
    contactId: query.contact_id,
    from: query.from,
    to: query.to,
    creatorId: query.user_id ? personId(query.user_id, owner) : undefined,
  };
}

export async function listQuotes(
  tx: Database,
  owner: Workspace,
  query: Omit<QuoteListQuery, 'format'>,
): Promise<{ data: Quote[]; page: Page }> {
  const filters = filtersFor(owner, query);
  const sort = quoteSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectQuotes(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters, ['workspaceId', 'today']) ? keptCount(tx, owner.id, 'quotes') : countQuotes(tx, filters)),
  );
}

const CSV_FIELDS = [
  'quote_number',
  'status',
  'contact_name',
  'contact_email',
  'contact_company',
  'issue_date',
  'valid_until',
  'currency',
  'subtotal',
  'discount_amount',
  'tax_amount',
  'total_amount',
  'sent_at',
  'accepted_at',
  'declined_at',
  'converted_at',
  'invoice_id',
  'notes',
  'id',
  'contact_id',
  'created_at',
  'updated_at',
] as const;

export function exportQuotesCsv(run: TenantRunner, owner: Workspace, query: Omit<QuoteListQuery, 'format' | 'limit' | 'cursor'>): Response {
  const filters = filtersFor(owner, query);
  const sort = quoteSort(query.sort.field, query.sort.direction);
  return csvExport<Quote>({
    filename: 'quotes.csv',
    fields: CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectQuotes(tx, filters, sort, cursor, limit),
  });
}

async function loadQuote(tx: Database, owner: Workspace, id: string, lock = false) {
  const quote = await selectQuote(tx, owner.id, id, todayFor(owner), { lock });
  if (!quote) throw errors.notFound('Quote');
  return quote;
}

export async function getQuote(tx: Database, owner: Workspace, id: string): Promise<QuoteDetail> {
  const { stored_status: _stored, ...quote } = await loadQuote(tx, owner, id);
  const items = await selectQuoteItems(tx, owner.id, id);
  return { ...quote, items };
}

/** The quote, or null when the workspace has none with that id (pages answer 404). */
export async function findQuote(tx: Database, owner: Workspace, id: string): Promise<QuoteDetail | null> {
  try {
    return await getQuote(tx, owner, id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function totalsOrThrow(items: Parameters<typeof documentTotalsOrThrow>[0], discount: Discount): void {
  documentTotalsOrThrow(items, discount, 'quote');
}

function numberConflict(number: string): ApiError {
  return errors.conflict(`You already have a quote numbered ${number}.`, { quote_number: ['already exists'] });
}

function isNumberConflict(error: unknown): boolean {
  return isUniqueViolation(error, 'quotes_workspace_number_key');
}

/** Creates a draft quote and its items in the caller's transaction (one unit: a failure leaves nothing). */
export async function createQuote(tx: Database, owner: Workspace, input: QuoteCreate): Promise<QuoteDetail> {
  const today = todayFor(owner);
  const issueDate = input.issue_date ?? today;
  const validUntil = input.valid_until ?? addDays(issueDate, DEFAULT_VALIDITY_DAYS);
  if (validUntil < issueDate) throw errors.validation({ valid_until: ['must be on or after the issue date'] });
  const discount: Discount = input.discount_type ? { type: input.discount_type, value: input.discount_value! } : null;
  totalsOrThrow(input.items, discount);
  await ensureContact(tx, owner, input.contact_id);
  let number = input.quote_number ?? null;
  if (number !== null) {
    if (await quoteNumberTaken(tx, owner.id, number)) throw numberConflict(number);
  } else {
    const { quote_prefix } = await selectQuoteSettings(tx, owner.id);
    number = await nextQuoteNumber(tx, owner.id, quote_prefix);
  }
  let id: string;
  try {
    id = await insertQuote(tx, owner.id, {
      contact_id: input.contact_id ?? null,
      quote_number: number,
      issue_date: issueDate,
      valid_until: validUntil,
      currency: input.currency ?? owner.currency,
      discount_type: discount?.type ?? null,
      discount_value: discount?.value ?? null,
      notes: input.notes ?? null,
    });
  } catch (error) {
    if (isNumberConflict(error)) throw numberConflict(number);
    throw error;
  }
  await insertQuoteItems(tx, owner.id, id, input.items);
  return getQuote(tx, owner, id);
}

const CONTENT_FIELDS = ['contact_id', 'quote_number', 'issue_date', 'currency', 'discount_type', 'discount_value', 'items'] as const;

/** What a person may do to the status by hand (converted: only through convert). */
function assertTransition(quote: Quote & { stored_status: QuoteStoredStatus }, next: QuoteStoredStatus): void {
  const from = quote.status;
  const allowed = (from === 'draft' && next === 'sent') || (from === 'sent' && (next === 'accepted' || next === 'declined'));
  if (!allowed) {
    const how = next === 'converted' ? ' Convert it with POST /api/quotes/:id/convert instead.' : '';
    throw errors.conflict(`Quote ${quote.quote_number} cannot go from ${from} to ${next}.${how}`, {
      status: [`cannot change from ${from} to ${next}`],
    });
  }
}

export async function updateQuote(tx: Database, owner: Workspace, id: string, input: QuoteUpdate): Promise<QuoteDetail> {
  const current = await loadQuote(tx, owner, id, true);
  const { status: nextStatus, items, ...fields } = input;
  if (current.stored_status !== 'draft') {
    const frozen: string[] = CONTENT_FIELDS.filter((f) => input[f] !== undefined);
    if (current.stored_status !== 'sent') frozen.push(...(['valid_until', 'notes'] as const).filter((f) => input[f] !== undefined));
    if (frozen.length > 0) {
      throw errors.conflict(
        `Quote ${current.quote_number} is ${current.status}: its ${frozen.map((f) => f.replace(/_/g, ' ')).join(', ')} can no longer change.`,
        Object.fromEntries(frozen.map((f) => [f, [`cannot change once the quote is ${current.status}`]])),
      );
    }
  }
  const issueDate = fields.issue_date ?? current.issue_date;
  const validUntil = fields.valid_until ?? current.valid_until;
  if (validUntil < issueDate) {
    throw errors.validation({
      [fields.valid_until ? 'valid_until' : 'issue_date']: ['the quote must be valid until on or after its issue date'],
    });
  }
  const header = await headerChanges(tx, owner, fields, current);
  const { type: discountType, value: discountValue } = header.discount;
  const values: QuoteRowValues = header.values;
  if (fields.quote_number !== undefined && fields.quote_number !== current.quote_number) {
    if (await quoteNumberTaken(tx, owner.id, fields.quote_number, id)) throw numberConflict(fields.quote_number);
    values.quote_number = fields.quote_number;
  }
  if (fields.valid_until !== undefined) values.valid_until = fields.valid_until;
  if (current.stored_status === 'draft' && (items || values.discount_type !== undefined)) {
    const lines = items ?? (await selectQuoteItems(tx, owner.id, id));
    totalsOrThrow(lines, discountType ? { type: discountType, value: discountValue! } : null);
  }
  try {
    await updateQuoteRow(tx, owner.id, id, values);
  } catch (error) {
    if (isNumberConflict(error)) throw numberConflict(values.quote_number ?? '');
    throw error;
  }
  if (items) await replaceQuoteItems(tx, owner.id, id, items);
  if (nextStatus !== undefined && nextStatus !== current.status) {
    // re-read: a new valid_until may have revived an expired quote
    const now = await loadQuote(tx, owner, id);
    if (nextStatus !== now.status) {
      assertTransition(now, nextStatus);
      await updateQuoteRow(tx, owner.id, id, { status: nextStatus });
    }
  }
  return getQuote(tx, owner, id);
}

export async function deleteQuote(tx: Database, owner: Workspace, id: string): Promise<{ id: string }> {
  const current = await loadQuote(tx, owner, id, true);
  if (current.stored_status !== 'draft') {
    throw errors.conflict(`Quote ${current.quote_number} is ${current.status}: only drafts can be deleted.`, {
      status: ['only drafts can be deleted'],
    });
  }
  await deleteQuoteRow(tx, owner.id, id);
  return { id };
}

/**
 * Converts a sent or accepted quote into a draft invoice with the same
 * contact, currency, items, discount and notes, linked by `quote_id`; the
 * quote becomes `converted`. Anything else (a second convert included) is a 409.
 */
export async function convertQuote(tx: Database, owner: Workspace, id: string): Promise<InvoiceDetail> {
  const quote = await loadQuote(tx, owner, id, true);
  if (quote.status !== 'sent' && quote.status !== 'accepted') {
    throw errors.conflict(
      quote.status === 'converted'
        ? `Quote ${quote.quote_number} has already been converted into an invoice.`
        : `Quote ${quote.quote_number} is ${quote.status}: only a sent or accepted quote can become an invoice.`,
      { status: [`cannot convert a ${quote.status} quote`] },
    );
  }
  const items = await selectQuoteItems(tx, owner.id, id);
  const parsed = invoiceCreateSchema.safeParse({
    contact_id: quote.contact_id,
    currency: quote.currency,
    discount_type: quote.discount_type,
    discount_value: quote.discount_value,
    notes: quote.notes,
    items: items.map((item) => ({
      description: item.description,
      quantity: item.quantity,
      unit_price: item.unit_price,
      tax_rate: item.tax_rate,
    })),
  });
  if (!parsed.success) {
    throw errors.unprocessable(`Quote ${quote.quote_number} cannot become an invoice: its lines are not valid on an invoice.`, {
      items: ['cannot be copied to an invoice'],
    });
  }
  if (!(await moveQuoteStatus(tx, owner.id, id, ['sent', 'accepted'], 'converted'))) {
    throw errors.conflict(`Quote ${quote.quote_number} has already been converted into an invoice.`, { status: ['cannot convert twice'] });
  }
  return createInvoice(tx, owner, parsed.data, { quote_id: id });
}

/** A quote in the shape the invoice editor edits (its number and valid_until in the invoice's fields). */
export function editableQuote(quote: QuoteDetail): InvoiceDetail {
  return asPrintable(quote);
}

/** The quote in an invoice's shape, for the renderer and the email the two share. */
function asPrintable(quote: QuoteDetail): InvoicePdfData['invoice'] {
  return {
    ...quote,
    invoice_number: quote.quote_number,
    status: quote.status === 'draft' ? 'draft' : 'sent',
    effective_status: quote.status === 'draft' ? 'draft' : 'sent',
    due_date: quote.valid_until,
    amount_paid: '0.00',
    balance_due: quote.total_amount,
    credited_amount: '0.00',
    paid_at: null,
    quote_id: null,
    recurring_invoice_id: null,
    recurring_period: null,
    payments: [],
    credit_notes: [],
  };
}

async function loadPrintable(tx: Database, owner: Workspace, id: string, logo = true): Promise<InvoicePdfData> {
  const quote = await getQuote(tx, owner, id);
  const parties = await documentParties(tx, owner, quote.contact_id, { logo });
  return { invoice: asPrintable(quote), ...parties, locale: owner.locale, kind: 'quote', quoteStatus: quote.status };
}

export async function quotePdf(run: TenantRunner, owner: Workspace, id: string): Promise<{ filename: string; pdf: Buffer }> {
  const data = await run((tx) => loadPrintable(tx, owner, id));
  return { filename: pdfFilename(data.invoice, 'quote'), pdf: await renderInvoicePdf(data) };
}

/**
 * Emails the quote (PDF attached, with a client link to accept or decline
 * it) to its contact; a draft becomes sent, a sent quote gets it again.
 * Failures leave the status as it was (a 502); other statuses are a 409.
 */
export async function sendQuote(
  run: TenantRunner,
  owner: Workspace,
  id: string,
  input: { subject?: string; message?: string | null; cc?: string[] },
  origin?: string,
): Promise<{ quote: QuoteDetail; email: EmailResult }> {
  const data = await run((tx) => loadPrintable(tx, owner, id));
  const status = data.quoteStatus;
  if (status !== 'draft' && status !== 'sent') {
    throw errors.conflict(`Quote ${data.invoice.invoice_number} is ${status}: there is nothing to send.`, {
      status: [`cannot send a ${status} quote`],
    });
  }
  if (!data.client?.email) {
    throw errors.unprocessable(
      data.client
        ? `${data.client.name ?? 'The contact'} has no email address. Add one to the contact first.`
        : 'This quote has no contact to send it to. Choose a contact first.',
      {
        contact_id: [data.client ? 'refers to a contact without an email address' : 'is required to send the quote'],
      },
    );
  }
  const link = origin ? (await run((tx) => issueLink(tx, owner, { kind: 'quote', id }, origin))).url : null;
  let quote: QuoteDetail | undefined;
  const email = await sendDocumentEmail(
    run,
    owner,
    data,
    'quote',
    { ...input, link },
    {
      failed: async () => {},
      // the quote's audit trail records the change of status (app.audit_row); the email's facts are in the answer
      record: async (tx) => {
        await moveQuoteStatus(tx, owner.id, id, ['draft'], 'sent');
        quote = await getQuote(tx, owner, id);
      },
    },
  );
  return { quote: quote!, email };
}

export async function shareQuote(tx: Database, owner: Workspace, id: string, origin: string): Promise<SharedLink> {
  return issueLink(tx, owner, { kind: 'quote', id }, origin);
}

export async function unshareQuote(tx: Database, owner: Workspace, id: string): Promise<{ revoked: boolean }> {
  return revokeLink(tx, owner, { kind: 'quote', id });
}

export async function quoteLink(tx: Database, owner: Workspace, id: string): Promise<LinkState | null> {
  return openLink(tx, owner, { kind: 'quote', id });
}

export async function getQuoteSettings(tx: Database, owner: Workspace): Promise<QuoteSettings> {
  return selectQuoteSettings(tx, owner.id);
}

export async function changeQuoteSettings(tx: Database, owner: Workspace, input: QuoteSettingsUpdate): Promise<QuoteSettings> {
  await updateQuoteSettings(tx, owner.id, input);
  return selectQuoteSettings(tx, owner.id);
}

/** Open quotes (sent or accepted, not expired on `today`, the workspace's date) per currency, for the dashboard. */
export async function openQuoteTotals(tx: Database, workspaceId: string, today: string) {
  return selectOpenQuoteTotals(tx, workspaceId, today);
}
