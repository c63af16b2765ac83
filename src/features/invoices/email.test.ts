import { describe, expect, it } from 'vitest';
import { defaultEmailText, invoiceEmail } from './email';

const invoice = {
  invoice_number: 'INV-0042',
  currency: 'EUR',
  total_amount: '1190.00',
  amount_paid: '500.00',
  balance_due: '690.00',
  due_date: '2026-11-10',
};

const business = {
  name: 'Nordlicht <Design>',
  address: 'Hauptstraße 1\n10115 Berlin',
  tax_id: 'DE123456789',
  email: 'hi@nordlicht.example',
  payment_instructions: 'IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX',
};

const base = { invoice, business, greetingName: 'Zoë', locale: 'de-DE' };

const count = (text: string, part: string) => text.split(part).length - 1;

describe('invoice emails', () => {
  it('greets once with the standard text, and lists the facts, how to pay and the business', () => {
    const mail = invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01' });
    expect(mail.subject).toBe('Invoice INV-0042 from Nordlicht <Design>');
    expect(mail.text.startsWith('Hello Zoë,\n\nPlease find attached invoice INV-0042')).toBe(true);
    expect(mail.text).toMatch(/for 1\.190,00\s€, due on 10\.11\.2026/);
    expect(count(mail.text, 'Hello')).toBe(1);
    expect(mail.text).toMatch(/Amount due: 690,00\s€/);
    expect(mail.text).toContain('How to pay:\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX');
    expect(mail.text).toContain('--\nNordlicht <Design>\nHauptstraße 1\n10115 Berlin\nTax ID: DE123456789\nhi@nordlicht.example');
    expect(mail.html).toContain('Nordlicht &lt;Design&gt;');
    expect(mail.html).not.toContain('<Design>');
    expect(mail.html).toContain('IBAN DE89');
  });

  it("lets the sender's message own the greeting: no second one is added, and the subject can change", () => {
    const message = 'Hi Zoë,\n\nas discussed on Tuesday, here is the invoice.\n\nThanks, Robin';
    const mail = invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01', message, subject: 'Your invoice for November' });
    expect(mail.subject).toBe('Your invoice for November');
    expect(mail.text.startsWith(message)).toBe(true);
    expect(mail.text).not.toContain('Hello');
    expect(count(mail.html, 'Hi Zoë,')).toBe(1);
    // the facts stay: they are not part of the message
    expect(mail.text).toContain('Invoice: INV-0042');
    // a blank message or subject falls back to the standard one
    const blank = invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01', message: '  ', subject: '' });
    expect(blank.subject).toBe('Invoice INV-0042 from Nordlicht <Design>');
    expect(blank.text.startsWith('Hello Zoë,')).toBe(true);
  });

  it('reminds of an overdue balance with the days past due, or of an upcoming due date', () => {
    const overdue = invoiceEmail({ ...base, kind: 'reminder', today: '2026-11-17' });
    expect(overdue.subject).toBe('Reminder: invoice INV-0042 is overdue');
    expect(overdue.text).toMatch(/\(7 days ago\) and 690,00\s€ is still open/);
    expect(overdue.text).toContain('If you have already paid');
    const upcoming = invoiceEmail({ ...base, kind: 'reminder', today: '2026-11-05' });
    expect(upcoming.subject).toBe('Reminder: invoice INV-0042 is due on 10.11.2026');
  });

  it('thanks for a payment with the payments and the balance; how to pay only while something is open', () => {
    const payments = [
      { date: '2026-11-03', amount: '300.00', description: 'Deposit' },
      { date: '2026-11-08', amount: '200.00', description: null },
    ];
    const partly = invoiceEmail({ ...base, invoice: { ...invoice, payments }, kind: 'receipt', today: '2026-11-08' });
    expect(partly.subject).toBe('Payment received for invoice INV-0042');
    expect(partly.text).toMatch(/received 500,00\s€ towards invoice INV-0042; 690,00\s€ is still open/);
    expect(partly.text).toMatch(/Payment of 03\.11\.2026: 300,00\s€ · Deposit/);
    expect(partly.text).toMatch(/Payment of 08\.11\.2026: 200,00\s€\n/);
    expect(partly.text).toMatch(/Balance due: 690,00\s€/);
    expect(partly.text).toContain('How to pay:');

    const paid = { ...invoice, amount_paid: '1190.00', balance_due: '0.00', payments };
    const receipt = invoiceEmail({ ...base, invoice: paid, kind: 'receipt', today: '2026-11-20' });
    expect(receipt.subject).toBe('Receipt for invoice INV-0042 from Nordlicht <Design>');
    expect(receipt.text).toContain('is now paid in full');
    expect(receipt.text).not.toContain('How to pay');
  });

  it('shows the logo attached inline at the top of the HTML part', () => {
    const mail = invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01', logoCid: 'business-logo@ledgerly' });
    expect(mail.html).toMatch(/<body[^>]*><p[^>]*><img src="cid:business-logo@ledgerly" alt="Nordlicht &lt;Design&gt;"/);
    expect(invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01' }).html).not.toContain('<img');
  });

  it('is the same standard text the send dialog prefills, and greets without a name when there is none', () => {
    const standard = defaultEmailText({
      kind: 'invoice',
      invoice,
      businessName: 'Nordlicht',
      greetingName: null,
      locale: 'en-US',
      today: '2026-11-01',
    });
    expect(standard.message.split('\n\n')[0]).toBe('Hello,');
    expect(standard.message.endsWith('Kind regards,\nNordlicht')).toBe(true);
    const mail = invoiceEmail({
      ...base,
      business: { ...business, name: 'Nordlicht' },
      greetingName: null,
      locale: 'en-US',
      kind: 'invoice',
      today: '2026-11-01',
    });
    expect(mail.text.startsWith(standard.message)).toBe(true);
    expect(mail.subject).toBe(standard.subject);
  });
});

describe('quote emails', () => {
  it('offer the quote with its total and validity, the client link, and no payment instructions', () => {
    const quote = { ...invoice, invoice_number: 'QUO-0003', amount_paid: '0.00', balance_due: '1190.00' };
    const link = 'https://crm.example.com/p/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
    const mail = invoiceEmail({ ...base, invoice: quote, kind: 'quote', today: '2026-11-01', link });
    expect(mail.subject).toBe('Quote QUO-0003 from Nordlicht <Design>');
    expect(mail.text).toMatch(/^Hello Zoë,\n\nPlease find attached quote QUO-0003 for 1\.190,00\s€, valid until 10\.11\.2026\./);
    expect(mail.text).toMatch(/Quote: QUO-0003\nTotal: 1\.190,00\s€\nValid until: 10\.11\.2026/);
    expect(mail.text).toContain(`View, accept or decline it online: ${link}`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).not.toContain('How to pay');
    expect(mail.text).not.toContain('Amount due');
  });

  it('carry the link in an invoice email too, when there is one', () => {
    const link = 'https://crm.example.com/p/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
    expect(invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01', link }).text).toContain(`View it online: ${link}`);
    expect(invoiceEmail({ ...base, kind: 'invoice', today: '2026-11-01' }).text).not.toContain('online');
  });
});
