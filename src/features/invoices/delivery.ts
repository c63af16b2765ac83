import { recordEvent } from '@/features/audit/service';
import { contactListQuerySchema, contactName } from '@/features/contacts/schema';
import { issueLink } from '@/features/links/service';
import { getContact, listContacts } from '@/features/contacts/service';
import { BUSINESS_DETAIL_LABELS, missingBusinessDetails } from '@/features/users/schema';
import { getLogo, getLogoInfo } from '@/features/users/service';
import { workspaceOwner } from '@/features/workspaces/service';
import type { Workspace } from '@/lib/auth/workspace';
import { type Database, type TenantRunner } from '@/lib/db';
import { assertEmailConfigured, EmailDeliveryError, sendEmail, type SentEmail } from '@/lib/email';
import { ApiError, errors } from '@/lib/errors';
import { compareMoney } from '@/lib/money';
import { type EmailBusiness, invoiceEmail, type EmailKind } from './email';
import { reserveEmailSend } from './send-limits';
import { renderInvoicePdf, type InvoicePdfData } from './pdf';
import { insertEvent, markDraftSent, selectEvents } from './queries';
import type { Invoice, InvoiceDetail, SendInvoice, SendReceipt } from './schema';
import { getInvoice, todayFor } from './records';

// ---------------------------------------------------------------------------
// Documents: PDF and email
// ---------------------------------------------------------------------------

/**
 * The name invoices go out under: the business name, else the workspace's
 * name (a personal workspace is named after its person). The same whoever in
 * the team looks at or sends the invoice.
 */
function senderName(owner: Workspace): string {
  return owner.business_name || owner.name || 'Invoice';
}

function businessOf(owner: Workspace, email: string | null, logo: InvoicePdfData['business']['logo'] = null): InvoicePdfData['business'] {
  return {
    name: senderName(owner),
    address: owner.business_address,
    tax_id: owner.tax_id,
    email,
    payment_instructions: owner.payment_instructions,
    logo,
  };
}

/**
 * The invoice with its parties as printed. `logo: false` leaves the image out
 * (pages, which link to it instead of carrying its bytes).
 */
export async function loadDocument(
  tx: Database,
  owner: Workspace,
  id: string,
  { logo = true }: { logo?: boolean } = {},
): Promise<InvoicePdfData> {
  const invoice = await getInvoice(tx, owner, id);
  return { invoice, ...(await documentParties(tx, owner, invoice.contact_id, { logo })), locale: owner.locale };
}

/**
 * Who a document (an invoice, a quote) is from and to, as printed: the
 * contact, and the business with its owner's email and, unless `logo: false`,
 * its logo.
 */
export async function documentParties(
  tx: Database,
  owner: Workspace,
  contactId: string | null,
  { logo = true }: { logo?: boolean } = {},
): Promise<Pick<InvoicePdfData, 'client' | 'business'>> {
  let client: InvoicePdfData['client'] = null;
  if (contactId) {
    const contact = await getContact(tx, owner, contactId);
    client = {
      name: contactName(contact),
      first_name: contact.first_name,
      company: contact.company,
      email: contact.email,
      address: contact.address,
    };
  }
  const image = logo ? await getLogo(tx, owner) : null;
  // the business's address for replies on paper: its owner's, whoever prints it
  const business = businessOf(
    owner,
    (await workspaceOwner(tx, owner))?.email ?? null,
    image ? { bytes: image.bytes, width: image.width, height: image.height, content_type: image.content_type } : null,
  );
  return { client, business };
}

/** The invoice, or null when this account has none with that id (pages answer 404). */
export async function findInvoice(tx: Database, owner: Workspace, id: string): Promise<InvoiceDetail | null> {
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
export async function findInvoiceDocument(tx: Database, owner: Workspace, id: string) {
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
  owner: Workspace,
): Promise<{ id: string; name: string; email: string | null; company: string | null }[]> {
  const query = contactListQuerySchema.parse({ limit: '200', sort: 'first_name' });
  const { data } = await listContacts(tx, owner, query);
  return data.map((c) => ({ id: c.id, name: contactName(c), email: c.email, company: c.company }));
}

export function pdfFilename(invoice: Pick<Invoice, 'invoice_number'>, kind: 'invoice' | 'quote' = 'invoice'): string {
  return `${kind}-${invoice.invoice_number.replace(/[^\w.-]+/g, '_')}.pdf`;
}

/** The invoice as a PDF. Data is read in a short transaction; rendering happens outside it. */
export async function invoicePdf(run: TenantRunner, owner: Workspace, id: string): Promise<{ filename: string; pdf: Buffer }> {
  const data = await run((tx) => loadDocument(tx, owner, id));
  return { filename: pdfFilename(data.invoice), pdf: await renderInvoicePdf(data) };
}

/** What the sender chose for one email: subject, message and copies (all optional). */
interface EmailChoices {
  subject?: string | null;
  message?: string | null;
  cc?: readonly string[];
  /** the client link the email carries */
  link?: string | null;
}

/** The copies of an email, without the address it goes to anyway. */
function copiesFor(to: string, cc: readonly string[] | undefined): string[] {
  return (cc ?? []).filter((address) => address.toLowerCase() !== to.toLowerCase());
}

export async function deliver(
  owner: Workspace,
  data: InvoicePdfData,
  kind: EmailKind,
  choices: EmailChoices,
  idempotencyKey?: string,
): Promise<{ sent: SentEmail; to: string; cc: string[]; subject: string }> {
  const to = data.client!.email!;
  const cc = copiesFor(to, choices.cc);
  const pdf = await renderInvoicePdf({ ...data, asSent: true, ...(kind === 'quote' ? { kind: 'quote' as const } : {}) });
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
    link: choices.link,
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
      replyTo: owner.user.email,
      attachments: [
        { filename: pdfFilename(data.invoice, kind === 'quote' ? 'quote' : 'invoice'), content: pdf, contentType: 'application/pdf' },
        // the logo, shown at the top of the HTML part
        ...(logo && logoCid
          ? [
              {
                filename: logo.content_type === 'image/png' ? 'logo.png' : 'logo.jpg',
                content: logo.bytes,
                contentType: logo.content_type,
                cid: logoCid,
              },
            ]
          : []),
      ],
      idempotencyKey,
    },
    { account: owner.id },
  );
  return { sent, to, cc, subject: content.subject };
}

export function emailEventData(kind: EmailKind, delivered: Awaited<ReturnType<typeof deliver>>, extra: object = {}) {
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
async function assertBusinessDetails(run: TenantRunner, owner: Workspace): Promise<void> {
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
  const noun = data.kind === 'quote' ? 'quote' : 'invoice';
  if (!client) {
    throw errors.unprocessable(`This ${noun} has no contact to send it to. Choose a contact first.`, {
      contact_id: [`is required to send the ${noun}`],
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
  run: TenantRunner,
  owner: Workspace,
  data: InvoicePdfData,
  kind: EmailKind,
  choices: EmailChoices,
  record: (tx: Database, email: EmailResult) => Promise<void>,
): Promise<{ invoice: InvoiceDetail; email: EmailResult }> {
  const id = data.invoice.id;
  let invoice: InvoiceDetail | undefined;
  const email = await sendDocumentEmail(run, owner, data, kind, choices, {
    failed: (tx, reason) => insertEvent(tx, owner.id, id, 'email_failed', { kind, to: data.client?.email, reason }),
    record: async (tx, sent) => {
      await record(tx, sent);
      await insertEvent(tx, owner.id, id, 'email_sent', sent);
      invoice = await getInvoice(tx, owner, id);
    },
  });
  return { invoice: invoice!, email };
}

/**
 * The same for any document (an invoice, a quote: `data.kind`), with what to
 * record after a failed and after a delivered email.
 */
export async function sendDocumentEmail(
  run: TenantRunner,
  owner: Workspace,
  data: InvoicePdfData,
  kind: EmailKind,
  choices: EmailChoices,
  hooks: { failed: (tx: Database, reason: string) => Promise<void>; record: (tx: Database, email: EmailResult) => Promise<void> },
): Promise<EmailResult> {
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
        await run((tx) => hooks.failed(tx, error.reason));
        throw errors.badGateway(
          `${error.message} ${kind === 'invoice' || kind === 'quote' ? `The ${kind} was not sent and its status is unchanged.` : 'Nothing was sent.'}`,
        );
      }
      throw error;
    }
    const email = emailEventData(kind, delivered);
    await run((tx) => hooks.record(tx, email));
    return email;
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
  run: TenantRunner,
  owner: Workspace,
  id: string,
  input: SendInvoice,
  /** where the request came from: the email then carries a client link (docs/decisions/0111-client-links.md) */
  origin?: string,
): Promise<{ invoice: InvoiceDetail; email: EmailResult }> {
  const data = await run((tx) => loadDocument(tx, owner, id));
  const { invoice } = data;
  if (invoice.status === 'paid' || invoice.status === 'cancelled') {
    throw errors.conflict(`Invoice ${invoice.invoice_number} is ${invoice.status}: there is nothing to send.`, {
      status: [`cannot send a ${invoice.status} invoice`],
    });
  }
  const kind: EmailKind = invoice.status === 'draft' ? 'invoice' : 'reminder';
  // the checks that need no link first, so that a refused send leaves no link behind
  recipientOf(data);
  const link = origin ? (await run((tx) => issueLink(tx, owner, { kind: 'invoice', id }, origin))).url : null;
  return sendByHand(run, owner, data, kind, { ...input, link }, async (tx, email) => {
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
  run: TenantRunner,
  owner: Workspace,
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
