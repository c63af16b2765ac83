import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, getLine, importStatement } from '@/features/bank/service';
import { createContacts } from '@/features/contacts/service';
import { createInvoice, findInvoiceDocument } from '@/features/invoices/service';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * The assistant and bank statements, through the whole path (service →
 * built-in engine → bank tools → RLS) on a real database: "which payments
 * haven't been matched?" is read from the imported lines; matching a payment
 * to an invoice is proposed, shows line, invoice and amount, and records the
 * payment only when confirmed (docs/decisions/0122-bank-statements.md).
 */

let assistant: Assistant;
let me: Account;
let invoice: { id: string; invoice_number: string; currency: string };
let otherInvoice: { id: string; invoice_number: string };

beforeAll(async () => {
  assistant = await startAssistant();
  me = await assistant.signUp('Robin Example');
  await me.tx(async (tx) => {
    const [acme, beacon] = await createContacts(tx, me.user, [
      { first_name: 'Acme', company: 'Acme Ltd' },
      { first_name: 'Beacon', company: 'Beacon plc' },
    ]);
    invoice = await createInvoice(tx, me.user, {
      contact_id: acme!.id,
      status: 'sent',
      issue_date: '2026-11-20',
      due_date: '2026-12-20',
      items: [{ description: 'Website', quantity: '1', unit_price: '1200.00' }],
    });
    otherInvoice = await createInvoice(tx, me.user, {
      contact_id: beacon!.id,
      status: 'sent',
      issue_date: '2026-11-20',
      due_date: '2026-12-20',
      items: [{ description: 'Logo', quantity: '1', unit_price: '300.00' }],
    });
    const account = await createAccount(tx, me.user, { name: 'Checking', currency: invoice.currency });
    const csv = [
      'Date,Amount,Description,Counterparty',
      '2026-12-01,1200.00,Transfer,Someone Else',
      '2026-12-02,-30.00,Fees,Bank',
      `2026-12-03,300.00,Payment ${otherInvoice.invoice_number},Beacon plc`,
    ].join('\n');
    await importStatement(tx, me.user, account.id, { bytes: new TextEncoder().encode(csv), contentType: 'text/csv' }, {});
  });
}, 120_000);

afterAll(async () => {
  await assistant?.close();
});

describe('bank statements through the assistant (built-in engine)', () => {
  it('answers which payments have not been matched, with the suggested invoice', async () => {
    const res = await me.ask("which payments haven't been matched?");
    expect(res.status).toBe(200);
    expect(res.body.data.pending_action).toBeNull();
    const text: string = res.body.data.response;
    expect(text).toMatch(/2 payments are not matched yet/);
    expect(text).toMatch(/1,200\.00/);
    expect(text).toContain(otherInvoice.invoice_number);
    expect(text).not.toMatch(/30\.00/);
  }, 60_000);

  it('proposes matching the 1,200 payment to the invoice and records it only when confirmed', async () => {
    const asked = await me.ask(`match the 1,200 payment to ${invoice.invoice_number}`);
    const pending = asked.body.data.pending_action;
    expect(pending, asked.body.data.response).not.toBeNull();
    expect(pending.tool).toBe('match_bank_line');
    expect(pending.args.invoice_id).toBe(invoice.id);
    expect(pending.summary).toContain(invoice.invoice_number);
    expect(pending.summary).toContain('1200.00');
    expect(pending.summary).toContain('Someone Else');
    const before = await me.tx((tx) => findInvoiceDocument(tx, me.user, invoice.id));
    expect(before!.invoice.status).toBe('sent');

    const confirmed = await me.confirm(pending.id);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.data).toMatchObject({ status: 'matched', invoice_id: invoice.id });
    const after = await me.tx((tx) => findInvoiceDocument(tx, me.user, invoice.id));
    expect(after!.invoice.status).toBe('paid');
    const line = await me.tx((tx) => getLine(tx, me.user, pending.args.bank_line_id));
    expect(line.status).toBe('matched');
  }, 60_000);
});
