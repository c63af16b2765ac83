import { writeDecimal } from '@/lib/money/input';
import { formatCalendarDate } from '@/lib/time';
import { compareMoney, formatMoney } from '@/lib/money';
import { PdfWriter, type TextStyle } from '@/lib/pdf';
import type { InvoiceDetail } from './schema';

/**
 * The invoice as a PDF: the business (from the account's settings: logo,
 * name, address, tax id, email; how to pay while something is open), the
 * client, number and dates, the items (rows never split; the table header
 * repeats on each page), the totals as the database computed them (tax per
 * rate, discount, paid, balance), the payment status, notes, and "page x of
 * y" on every page.
 */

export interface InvoicePdfData {
  invoice: InvoiceDetail;
  business: {
    name: string;
    address: string | null;
    tax_id: string | null;
    email: string | null;
    payment_instructions: string | null;
    /** the account's logo (checked when it was uploaded) */
    logo?: { bytes: Buffer; width: number; height: number; content_type: string } | null;
  };
  client: {
    name: string | null;
    /** whom an email greets */
    first_name?: string | null;
    company: string | null;
    email: string | null;
    address: string | null;
  } | null;
  locale: string;
  /** render a draft as the client will receive it (when it is being sent) */
  asSent?: boolean;
  /**
   * A quote is printed by the same renderer: `invoice` then holds the quote in
   * an invoice's shape (its number, `due_date` = valid until, nothing paid),
   * and the words, stamp and totals are a quote's (docs/decisions/0110-quotes.md).
   */
  kind?: 'invoice' | 'quote';
  /** a quote's status as the client sees it (accepted, declined, expired, converted) */
  quoteStatus?: string;
}

const WORDS = {
  invoice: { title: 'INVOICE', name: 'Invoice', number: 'Invoice number', due: 'Due date', amount: 'Amount due' },
  quote: { title: 'QUOTE', name: 'Quote', number: 'Quote number', due: 'Valid until', amount: 'Total' },
} as const;

const INK = '#0f172a';
const MUTED = '#64748b';
const LINE = '#e2e8f0';
const ACCENT = '#1e40af';
const MARGIN = 50;
const FOOTER = 40;

const STAMPS: Record<string, { label: string; color: string }> = {
  draft: { label: 'DRAFT', color: '#64748b' },
  overdue: { label: 'OVERDUE', color: '#b91c1c' },
  paid: { label: 'PAID', color: '#15803d' },
  cancelled: { label: 'CANCELLED', color: '#64748b' },
  partial: { label: 'PARTIALLY PAID', color: '#b45309' },
};

const QUOTE_STAMPS: Record<string, { label: string; color: string }> = {
  accepted: { label: 'ACCEPTED', color: '#15803d' },
  declined: { label: 'DECLINED', color: '#b91c1c' },
  expired: { label: 'EXPIRED', color: '#64748b' },
  converted: { label: 'INVOICED', color: '#1e40af' },
};

function paperSize(locale: string): 'A4' | 'LETTER' {
  return /-(US|CA|MX|PH)$/i.test(locale) ? 'LETTER' : 'A4';
}

export async function renderInvoicePdf(data: InvoicePdfData): Promise<Buffer> {
  const { invoice, business, client, locale } = data;
  const words = WORDS[data.kind ?? 'invoice'];
  const isQuote = data.kind === 'quote';
  const money = (value: string) => formatMoney(value, invoice.currency, locale);
  const day = (value: string) => formatCalendarDate(value, locale);
  const pdf = new PdfWriter({
    size: paperSize(locale),
    title: `${words.name} ${invoice.invoice_number}`,
    author: business.name,
    subject: client?.name ? `${words.name} for ${client.name}` : words.name,
  });
  const doc = pdf.doc;
  const right = pdf.width - MARGIN;
  /** A horizontal line to the right margin at `at`, from the left margin unless told. */
  const rule = (at: number, { from = MARGIN, width = 0.5, color = LINE }: { from?: number; width?: number; color?: string } = {}) =>
    doc.moveTo(from, at).lineTo(right, at).lineWidth(width).strokeColor(color).stroke();
  const contentWidth = right - MARGIN;
  const bottom = pdf.height - MARGIN - FOOTER;
  const small: TextStyle = { size: 8.5, color: MUTED };
  const body: TextStyle = { size: 9.5 };
  const bodyBold: TextStyle = { size: 9.5, weight: 'bold' };

  // ── header: business (left), title and number (right) ─────────────────────
  let y = MARGIN;
  const leftWidth = contentWidth * 0.55;
  let leftY = y;
  if (business.logo) {
    const drawn = pdf.image(business.logo.bytes, MARGIN, leftY, {
      width: Math.min(leftWidth, 180),
      height: 60,
      imageWidth: business.logo.width,
      imageHeight: business.logo.height,
    });
    if (drawn > 0) leftY += drawn + 10;
  }
  leftY += pdf.block(business.name, MARGIN, leftY, leftWidth, { size: 16, weight: 'bold' });
  const businessLines = [business.address, business.tax_id ? `Tax ID: ${business.tax_id}` : null, business.email]
    .filter((v): v is string => Boolean(v))
    .join('\n');
  if (businessLines) leftY += 4 + pdf.block(businessLines, MARGIN, leftY + 4, leftWidth, small);

  let rightY = y;
  pdf.line(words.title, MARGIN, rightY, { size: 22, weight: 'bold', color: ACCENT, align: 'right', width: contentWidth });
  rightY += 22 * 1.3;
  rightY += pdf.block(invoice.invoice_number, right - contentWidth * 0.4, rightY, contentWidth * 0.4, {
    size: 11,
    weight: 'bold',
    align: 'right',
  });

  const status = stampFor(data);
  if (status) {
    const labelWidth = pdf.measure(status.label, { size: 8.5, weight: 'bold' }) + 16;
    const top = rightY + 6;
    doc.save();
    doc
      .roundedRect(right - labelWidth, top, labelWidth, 18, 9)
      .lineWidth(1.2)
      .strokeColor(status.color)
      .stroke();
    doc.restore();
    pdf.line(status.label, right - labelWidth, top + 3.5, {
      size: 8.5,
      weight: 'bold',
      color: status.color,
      align: 'center',
      width: labelWidth,
    });
    rightY = top + 18;
  }
  y = Math.max(leftY, rightY) + 24;

  // ── bill to (left), dates and amount due (right) ─────────────────────────
  const colWidth = contentWidth / 2 - 10;
  let billY = y;
  pdf.line('BILL TO', MARGIN, billY, { size: 8, weight: 'bold', color: MUTED });
  billY += 14;
  if (client) {
    const name = client.name ?? client.company ?? '';
    billY += pdf.block(name, MARGIN, billY, colWidth, { size: 11, weight: 'bold' });
    const rest = [client.name && client.company ? client.company : null, client.address, client.email]
      .filter((v): v is string => Boolean(v))
      .join('\n');
    if (rest) billY += pdf.block(rest, MARGIN, billY + 2, colWidth, body) + 2;
  } else {
    billY += pdf.block('—', MARGIN, billY, colWidth, body);
  }

  const details: [string, string, TextStyle?][] = [
    [words.number, invoice.invoice_number],
    ['Issue date', day(invoice.issue_date)],
    [words.due, day(invoice.due_date)],
    ['Currency', invoice.currency],
    [words.amount, money(invoice.balance_due), { size: 11, weight: 'bold', color: ACCENT }],
  ];
  let detailY = y;
  const detailX = MARGIN + contentWidth / 2 + 10;
  for (const [label, value, style] of details) {
    const valueStyle = style ?? bodyBold;
    pdf.line(label, detailX, detailY + (valueStyle.size - 9) / 2, { size: 9, color: MUTED });
    pdf.line(value, detailX, detailY, { ...valueStyle, align: 'right', width: right - detailX });
    detailY += valueStyle.size * 1.75;
  }
  y = Math.max(billY, detailY) + 22;

  // ── items ────────────────────────────────────────────────────────────────
  const hasTax = invoice.items.some((item) => item.tax_rate !== '0');
  const columns = {
    qty: 42,
    price: 88,
    tax: hasTax ? 44 : 0,
    amount: 92,
  };
  const descWidth = contentWidth - columns.qty - columns.price - columns.tax - columns.amount - 24;
  const x = {
    desc: MARGIN,
    qty: MARGIN + descWidth + 8,
    price: MARGIN + descWidth + 8 + columns.qty + 4,
    tax: MARGIN + descWidth + 8 + columns.qty + 4 + columns.price + 4,
    amount: right - columns.amount,
  };

  const tableHeader = () => {
    const style: TextStyle = { size: 8, weight: 'bold', color: MUTED };
    pdf.line('DESCRIPTION', x.desc, y, style);
    pdf.line('QTY', x.qty, y, { ...style, align: 'right', width: columns.qty });
    pdf.line('UNIT PRICE', x.price, y, { ...style, align: 'right', width: columns.price });
    if (hasTax) pdf.line('TAX', x.tax, y, { ...style, align: 'right', width: columns.tax });
    pdf.line('AMOUNT', x.amount, y, { ...style, align: 'right', width: columns.amount });
    y += 16;
    rule(y, { width: 1, color: INK });
    y += 6;
  };
  const newPage = () => {
    doc.addPage();
    y = MARGIN;
  };

  tableHeader();
  for (const item of invoice.items) {
    const descHeight = pdf.textHeight(item.description, descWidth, body);
    const rowHeight = Math.max(descHeight, pdf.lineHeight(body)) + 10;
    if (y + rowHeight > bottom) {
      newPage();
      pdf.line(`${words.name} ${invoice.invoice_number} (continued)`, MARGIN, y, small);
      y += 18;
      tableHeader();
    }
    pdf.block(item.description, x.desc, y + 2, descWidth, body);
    pdf.line(writeDecimal(String(item.quantity), locale), x.qty, y + 2, { ...body, align: 'right', width: columns.qty });
    pdf.line(money(item.unit_price), x.price, y + 2, { ...body, align: 'right', width: columns.price });
    if (hasTax) pdf.line(`${item.tax_rate}%`, x.tax, y + 2, { ...body, color: MUTED, align: 'right', width: columns.tax });
    pdf.line(money(item.total), x.amount, y + 2, { ...body, align: 'right', width: columns.amount });
    y += rowHeight;
    rule(y - 4);
  }

  // ── totals (kept together) ───────────────────────────────────────────────
  const totals: [string, string, TextStyle][] = [['Subtotal', money(invoice.subtotal), body]];
  if (invoice.discount_type) {
    const label = invoice.discount_type === 'percent' ? `Discount (${trimPercent(invoice.discount_value!)}%)` : 'Discount';
    totals.push([label, `−${money(invoice.discount_amount)}`, body]);
  }
  for (const tax of invoice.taxes) {
    totals.push([`Tax ${tax.rate}% on ${money(tax.base)}`, money(tax.amount), body]);
  }
  totals.push(['Total', money(invoice.total_amount), { size: 11, weight: 'bold' }]);
  if (compareMoney(invoice.amount_paid, '0.00') > 0) {
    totals.push(['Paid', `−${money(invoice.amount_paid)}`, body]);
  }
  if (!isQuote) totals.push(['Balance due', money(invoice.balance_due), { size: 12, weight: 'bold', color: ACCENT }]);
  const totalsHeight = totals.reduce((sum, [, , style]) => sum + style.size * 1.9, 0) + 12;
  if (y + totalsHeight > bottom) newPage();
  y += 8;
  const labelX = right - 300;
  for (const [index, [label, value, style]] of totals.entries()) {
    if (label === 'Total' || label === 'Balance due') {
      rule(y - 3, label === 'Total' ? { from: labelX, width: 1, color: INK } : { from: labelX });
      y += 3;
    }
    const strong = index === 0 || style.weight === 'bold';
    pdf.line(label, labelX, y + (style.size - 9.5) / 2, { ...body, color: strong ? INK : MUTED, weight: style.weight });
    pdf.line(value, labelX, y, { ...style, align: 'right', width: right - labelX });
    y += style.size * 1.9;
  }

  // ── payments, how to pay, notes ───────────────────────────────────────────
  const paymentLines = invoice.payments.map((p) => [day(p.date), money(p.amount), p.description].filter(Boolean).join(' · '));
  const sections: [string, string][] = [];
  if (paymentLines.length > 0) sections.push(['Payments received', paymentLines.join('\n')]);
  const open = !isQuote && invoice.status !== 'cancelled' && compareMoney(invoice.balance_due, '0.00') > 0;
  if (open && business.payment_instructions) sections.push(['How to pay', business.payment_instructions]);
  if (invoice.notes) sections.push(['Notes', invoice.notes]);
  for (const [title, text] of sections) {
    y += 14;
    const lines = pdf.wrap(text, contentWidth, body);
    if (y + 16 + Math.min(lines.length, 3) * pdf.lineHeight(body) > bottom) newPage();
    pdf.line(title.toUpperCase(), MARGIN, y, { size: 8, weight: 'bold', color: MUTED });
    y += 14;
    for (const line of lines) {
      if (y + pdf.lineHeight(body) > bottom) newPage();
      pdf.line(line, MARGIN, y, body);
      y += pdf.lineHeight(body);
    }
  }

  // ── footer on every page ──────────────────────────────────────────────────
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    const footerY = pdf.height - MARGIN - 10;
    rule(footerY - 8);
    const left = [business.name, `${words.name} ${invoice.invoice_number}`].join(' · ');
    pdf.line(left, MARGIN, footerY, { ...small, size: 8 });
    pdf.line(`Page ${page - range.start + 1} of ${range.count}`, MARGIN, footerY, {
      ...small,
      size: 8,
      align: 'right',
      width: contentWidth,
    });
  }
  return pdf.toBuffer();
}

function stampFor(data: InvoicePdfData): { label: string; color: string } | null {
  const { invoice } = data;
  if (data.kind === 'quote') {
    const status = data.quoteStatus ?? invoice.status;
    if (status === 'draft') return data.asSent ? null : STAMPS.draft!;
    return QUOTE_STAMPS[status] ?? null;
  }
  if (invoice.status === 'draft') return data.asSent ? null : STAMPS.draft!;
  if (invoice.effective_status === 'overdue') return STAMPS.overdue!;
  if (invoice.status === 'paid') return STAMPS.paid!;
  if (invoice.status === 'cancelled') return STAMPS.cancelled!;
  if (compareMoney(invoice.amount_paid, '0.00') > 0) return STAMPS.partial!;
  return null;
}

function trimPercent(value: string): string {
  return value.replace(/\.?0+$/, '');
}
