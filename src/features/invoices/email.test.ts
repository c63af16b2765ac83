import { describe, expect, it } from 'vitest';
import { invoiceEmail } from './email';
import type { InvoiceDetail } from './schema';

const invoice = {
  invoice_number: 'INV-0042',
  currency: 'EUR',
  total_amount: '1190.00',
  balance_due: '690.00',
  due_date: '2026-11-10',
} as InvoiceDetail;

const base = { invoice, businessName: 'Nordlicht <Design>', businessEmail: 'hi@nordlicht.example', clientName: 'Zoë', locale: 'de-DE' };

describe('invoice emails', () => {
  it('sends the invoice with its total and due date in the locale', () => {
    const mail = invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01', message: 'Danke!' });
    expect(mail.subject).toBe('Invoice INV-0042 from Nordlicht <Design>');
    expect(mail.text).toContain('Hello Zoë,\n\nDanke!');
    expect(mail.text).toMatch(/for 1\.190,00\s€, due on 10\.11\.2026/);
    expect(mail.html).toContain('Nordlicht &lt;Design&gt;');
    expect(mail.html).not.toContain('<Design>');
  });

  it('reminds of an overdue balance with the days past due, or of an upcoming due date', () => {
    const overdue = invoiceEmail({ ...base, kind: 'reminder', today: '2026-11-17' });
    expect(overdue.subject).toBe('Reminder: invoice INV-0042 is overdue');
    expect(overdue.text).toMatch(/\(7 days ago\) and 690,00\s€ is still open/);
    const upcoming = invoiceEmail({ ...base, kind: 'reminder', today: '2026-11-05' });
    expect(upcoming.subject).toBe('Reminder: invoice INV-0042 is due on 10.11.2026');
  });
});
