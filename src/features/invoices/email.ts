import { daysBetween, formatCalendarDate } from '@/lib/time';
import { formatMoney } from '@/lib/money';
import type { InvoiceDetail } from './schema';

/** The text of invoice and reminder emails (plain text, and a simple HTML twin). */

export type EmailKind = 'invoice' | 'reminder';

export interface InvoiceEmailInput {
  kind: EmailKind;
  invoice: InvoiceDetail;
  businessName: string;
  businessEmail: string | null;
  clientName: string | null;
  locale: string;
  today: string;
  message?: string | null;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export function invoiceEmail(input: InvoiceEmailInput): { subject: string; text: string; html: string } {
  const { invoice, kind, locale } = input;
  const money = (value: string) => formatMoney(value, invoice.currency, locale);
  const due = formatCalendarDate(invoice.due_date, locale);
  const overdueDays = daysBetween(invoice.due_date, input.today);
  const number = invoice.invoice_number;

  let subject: string;
  let lead: string;
  if (kind === 'invoice') {
    subject = `Invoice ${number} from ${input.businessName}`;
    lead = `Please find attached invoice ${number} for ${money(invoice.total_amount)}, due on ${due}.`;
  } else if (overdueDays > 0) {
    subject = `Reminder: invoice ${number} is overdue`;
    lead =
      `This is a friendly reminder that invoice ${number} was due on ${due} ` +
      `(${overdueDays} day${overdueDays === 1 ? '' : 's'} ago) and ${money(invoice.balance_due)} is still open. ` +
      'The invoice is attached again for your convenience.';
  } else {
    subject = `Reminder: invoice ${number} is due on ${due}`;
    lead = `This is a friendly reminder that invoice ${number} is due on ${due}; ${money(invoice.balance_due)} is open. The invoice is attached again.`;
  }
  const greeting = `Hello${input.clientName ? ` ${input.clientName}` : ''},`;
  const facts = [
    `Invoice: ${number}`,
    `Amount due: ${money(invoice.balance_due)}`,
    `Due date: ${due}`,
  ];
  const closing = kind === 'reminder' ? 'If you have already paid, thank you, and please ignore this message.' : 'Thank you for your business.';
  const signature = [input.businessName, input.businessEmail].filter(Boolean).join('\n');

  const text = [greeting, input.message ?? null, lead, facts.join('\n'), closing, `Kind regards,\n${signature}`]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');

  const paragraph = (value: string) => `<p style="margin:0 0 14px">${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#0f172a">',
    paragraph(greeting),
    input.message ? paragraph(input.message) : '',
    paragraph(lead),
    '<table style="border-collapse:collapse;margin:0 0 14px">',
    ...facts.map((fact) => {
      const [label, ...rest] = fact.split(': ');
      return `<tr><td style="padding:2px 16px 2px 0;color:#64748b">${escapeHtml(label!)}</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(rest.join(': '))}</td></tr>`;
    }),
    '</table>',
    paragraph(closing),
    paragraph(`Kind regards,\n${signature}`),
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
