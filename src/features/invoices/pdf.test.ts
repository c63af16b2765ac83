import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePng } from '@/lib/pdf/sample-images';
import { type InvoicePdfData, renderInvoicePdf } from './pdf';
import type { InvoiceDetail } from './schema';

const invoice = {
  id: '7d1c0000-0000-4000-8000-000000000001',
  invoice_number: 'INV-0006',
  status: 'sent',
  effective_status: 'sent',
  issue_date: '2026-12-01',
  due_date: '2026-12-15',
  currency: 'USD',
  subtotal: '726.49',
  discount_type: null,
  discount_value: null,
  discount_amount: '0.00',
  taxes: [],
  tax_amount: '0.00',
  total_amount: '726.49',
  amount_paid: '300.00',
  balance_due: '426.49',
  notes: null,
  items: [{ id: 'i1', description: 'Logo design', quantity: 1, unit_price: '726.49', tax_rate: '0', total: '726.49', position: 0 }],
  payments: [{ id: 'p1', amount: '300.00', date: '2026-12-03', description: 'Deposit', category: null, created_at: new Date() }],
} as unknown as InvoiceDetail;

const data: InvoicePdfData = {
  invoice,
  locale: 'en-US',
  client: { name: 'Grace Whitfield', first_name: 'Grace', company: 'Whitfield Bakery', email: 'grace@whitfieldbakery.com', address: null },
  business: {
    name: 'Example Design Studio',
    address: '12 Harbour Street\nBristol BS1 4RN',
    tax_id: 'GB123456789',
    email: 'robin@example.com',
    payment_instructions: 'Bank transfer: Sort code 12-34-56, account 12345678',
    logo: { bytes: samplePng({ width: 300, height: 100, colorType: 6 }), width: 300, height: 100, content_type: 'image/png' },
  },
};

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

function text(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-pdf-'));
  fs.writeFileSync(path.join(dir, 'invoice.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', path.join(dir, 'invoice.pdf'), '-'], { encoding: 'utf8' });
}

describe('the invoice PDF with the business details', () => {
  it('draws the logo as an image, and only when there is one', async () => {
    const withLogo = await renderInvoicePdf(data);
    expect(withLogo.subarray(0, 5).toString()).toBe('%PDF-');
    expect(withLogo.toString('latin1')).toMatch(/\/Subtype \/Image/);
    const without = await renderInvoicePdf({ ...data, business: { ...data.business, logo: null } });
    expect(without.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it.runIf(hasPoppler)('prints the name, address, tax id and how to pay while something is open', async () => {
    const printed = text(await renderInvoicePdf(data));
    for (const expected of ['Example Design Studio', '12 Harbour Street', 'Tax ID: GB123456789', 'HOW TO PAY', 'Sort code 12-34-56']) {
      expect(printed, expected).toContain(expected);
    }
    const paid = { ...invoice, status: 'paid', effective_status: 'paid', amount_paid: '726.49', balance_due: '0.00' } as InvoiceDetail;
    expect(text(await renderInvoicePdf({ ...data, invoice: paid }))).not.toContain('HOW TO PAY');
  });
});

describe('a quote, printed by the same renderer', () => {
  const quote = { ...invoice, invoice_number: 'QUO-0007', amount_paid: '0.00', balance_due: '726.49', payments: [] } as InvoiceDetail;

  it.runIf(hasPoppler)('says QUOTE, valid until, its total, its answer, and nothing about paying', async () => {
    const printed = text(await renderInvoicePdf({ ...data, invoice: quote, kind: 'quote', quoteStatus: 'accepted' }));
    for (const expected of ['QUOTE', 'Quote number', 'QUO-0007', 'Valid until', 'Dec 15, 2026', 'ACCEPTED', 'Quote QUO-0007']) {
      expect(printed, expected).toContain(expected);
    }
    for (const absent of ['INVOICE', 'Balance due', 'HOW TO PAY', 'Due date', 'Amount due']) expect(printed, absent).not.toContain(absent);
    const expired = text(await renderInvoicePdf({ ...data, invoice: quote, kind: 'quote', quoteStatus: 'expired' }));
    expect(expired).toContain('EXPIRED');
  });
});
