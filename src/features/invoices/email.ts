import { compareMoney, formatMoney } from '@/lib/money';
import { daysBetween, formatCalendarDate } from '@/lib/time';
import type { Invoice, Payment } from './schema';

/**
 * The text of invoice, reminder and receipt emails (plain text, and a simple
 * HTML twin). An email is: the message — greeting, what this is about,
 * sign-off — which the sender may rewrite for each send (the standard one
 * below is what the send dialog shows, prefilled); then the facts of the
 * invoice, how to pay, and the business's details, which are always there.
 * Pure, so the send dialog shows in the browser exactly the text the server
 * will send.
 */

/** `quote`: a quote, in an invoice's shape (`due_date` = valid until; docs/decisions/0110-quotes.md). */
export type EmailKind = 'invoice' | 'reminder' | 'receipt' | 'quote';

export type EmailInvoice = Pick<Invoice, 'invoice_number' | 'currency' | 'total_amount' | 'amount_paid' | 'balance_due' | 'due_date'>;

export interface EmailBusiness {
  name: string;
  address: string | null;
  tax_id: string | null;
  email: string | null;
  payment_instructions: string | null;
}

export interface DefaultTextInput {
  kind: EmailKind;
  invoice: EmailInvoice;
  businessName: string;
  /** who the greeting addresses (the contact's first name), if known */
  greetingName: string | null;
  locale: string;
  /** the account's calendar date (reminders say how many days overdue) */
  today: string;
}

/** The subject and message an email gets unless the sender changes them. */
export function defaultEmailText(input: DefaultTextInput): { subject: string; message: string } {
  const { invoice, kind, locale } = input;
  const money = (value: string) => formatMoney(value, invoice.currency, locale);
  const due = formatCalendarDate(invoice.due_date, locale);
  const number = invoice.invoice_number;
  const greeting = `Hello${input.greetingName ? ` ${input.greetingName}` : ''},`;
  const signOff = `Kind regards,\n${input.businessName}`;

  let subject: string;
  let body: string[];
  if (kind === 'quote') {
    subject = `Quote ${number} from ${input.businessName}`;
    body = [
      `Please find attached quote ${number} for ${money(invoice.total_amount)}, valid until ${due}.`,
      'We look forward to hearing from you.',
    ];
  } else if (kind === 'invoice') {
    subject = `Invoice ${number} from ${input.businessName}`;
    body = [`Please find attached invoice ${number} for ${money(invoice.total_amount)}, due on ${due}.`, 'Thank you for your business.'];
  } else if (kind === 'reminder') {
    const overdueDays = daysBetween(invoice.due_date, input.today);
    if (overdueDays > 0) {
      subject = `Reminder: invoice ${number} is overdue`;
      body = [
        `This is a friendly reminder that invoice ${number} was due on ${due} ` +
          `(${overdueDays} day${overdueDays === 1 ? '' : 's'} ago) and ${money(invoice.balance_due)} is still open. ` +
          'The invoice is attached again for your convenience.',
      ];
    } else {
      subject = `Reminder: invoice ${number} is due on ${due}`;
      body = [
        `This is a friendly reminder that invoice ${number} is due on ${due}; ${money(invoice.balance_due)} is open. The invoice is attached again.`,
      ];
    }
    body.push('If you have already paid, thank you, and please ignore this message.');
  } else {
    const paidInFull = compareMoney(invoice.balance_due, '0.00') <= 0;
    subject = paidInFull ? `Receipt for invoice ${number} from ${input.businessName}` : `Payment received for invoice ${number}`;
    body = paidInFull
      ? [`Thank you for your payment. Invoice ${number} for ${money(invoice.total_amount)} is now paid in full.`]
      : [
          `Thank you for your payment. We have received ${money(invoice.amount_paid)} towards invoice ${number}; ` +
            `${money(invoice.balance_due)} is still open, due on ${due}.`,
        ];
    body.push('A copy of the invoice with the payments received is attached.');
  }
  return { subject, message: [greeting, ...body, signOff].join('\n\n') };
}

export interface InvoiceEmailInput extends Omit<DefaultTextInput, 'businessName'> {
  invoice: EmailInvoice & { payments?: Pick<Payment, 'date' | 'amount' | 'description'>[] };
  business: EmailBusiness;
  /** the sender's subject for this email (else the standard one) */
  subject?: string | null;
  /** the sender's message for this email, greeting included (else the standard one) */
  message?: string | null;
  /** the Content-ID of the business logo attached inline, shown at the top of the HTML part */
  logoCid?: string | null;
  /** the client link: the document online, without an account (docs/decisions/0111-client-links.md) */
  link?: string | null;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** The facts under the message, as label and value. */
function factsOf(input: InvoiceEmailInput): [string, string][] {
  const { invoice, locale } = input;
  const money = (value: string) => formatMoney(value, invoice.currency, locale);
  const day = (value: string) => formatCalendarDate(value, locale);
  if (input.kind === 'quote') {
    return [
      ['Quote', invoice.invoice_number],
      ['Total', money(invoice.total_amount)],
      ['Valid until', day(invoice.due_date)],
    ];
  }
  if (input.kind !== 'receipt') {
    return [
      ['Invoice', invoice.invoice_number],
      ['Amount due', money(invoice.balance_due)],
      ['Due date', day(invoice.due_date)],
    ];
  }
  const payments = (invoice.payments ?? []).map((p): [string, string] => [
    `Payment of ${day(p.date)}`,
    [money(p.amount), p.description].filter(Boolean).join(' · '),
  ]);
  return [
    ['Invoice', invoice.invoice_number],
    ['Total', money(invoice.total_amount)],
    ...payments,
    ['Paid', money(invoice.amount_paid)],
    ['Balance due', money(invoice.balance_due)],
  ];
}

/** The business's details at the foot of every email: name, address, tax id, email. */
function footerOf(business: EmailBusiness): string {
  return [business.name, business.address, business.tax_id ? `Tax ID: ${business.tax_id}` : null, business.email]
    .filter((v): v is string => Boolean(v))
    .join('\n');
}

export function invoiceEmail(input: InvoiceEmailInput): { subject: string; text: string; html: string } {
  const standard = defaultEmailText({ ...input, businessName: input.business.name });
  const subject = input.subject?.trim() || standard.subject;
  const message = input.message?.trim() || standard.message;
  const facts = factsOf(input);
  // how to pay: whenever something is still open
  const open = input.kind !== 'quote' && compareMoney(input.invoice.balance_due, '0.00') > 0;
  const online = input.link ? `${input.kind === 'quote' ? 'View, accept or decline it online' : 'View it online'}: ${input.link}` : null;
  const howToPay = open && input.business.payment_instructions ? input.business.payment_instructions : null;
  const footer = footerOf(input.business);

  const text = [
    message,
    facts.map(([label, value]) => `${label}: ${value}`).join('\n'),
    online,
    howToPay ? `How to pay:\n${howToPay}` : null,
    `--\n${footer}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');

  const paragraphs = (value: string, style = 'margin:0 0 14px') =>
    value
      .split(/\n{2,}/)
      .map((p) => `<p style="${style}">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
      .join('');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#0f172a">',
    input.logoCid
      ? `<p style="margin:0 0 18px"><img src="cid:${escapeHtml(input.logoCid)}" alt="${escapeHtml(input.business.name)}" style="max-height:60px;max-width:200px"></p>`
      : '',
    paragraphs(message),
    '<table style="border-collapse:collapse;margin:0 0 14px">',
    ...facts.map(
      ([label, value]) =>
        `<tr><td style="padding:2px 16px 2px 0;color:#64748b">${escapeHtml(label)}</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    input.link
      ? `<p style="margin:0 0 14px"><a href="${escapeHtml(input.link)}">${input.kind === 'quote' ? 'View, accept or decline the quote online' : 'View the invoice online'}</a></p>`
      : '',
    howToPay ? `<p style="margin:0 0 4px;color:#64748b">How to pay</p>${paragraphs(howToPay, 'margin:0 0 14px;white-space:pre-line')}` : '',
    `<hr style="border:0;border-top:1px solid #e2e8f0;margin:18px 0 10px">`,
    paragraphs(footer, 'margin:0;font-size:12px;color:#64748b'),
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
