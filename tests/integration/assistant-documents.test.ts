import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { createInvoice } from '@/features/invoices/service';
import { createRecurring } from '@/features/recurring/service';
import { recurringCreateSchema } from '@/features/recurring/schema';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * The assistant's credit note and recurring invoice tools through the whole
 * assistant (built-in engine → tools → services → RLS) on a real database:
 * a credit and a pause are only proposed, and happen on confirmation; a
 * credit beyond what is left is refused before anything is proposed; a
 * viewer's assistant proposes nothing.
 */

let assistant: Assistant;
let me: Account;
let invoiceNumber = '';
let invoiceId = '';

beforeAll(async () => {
  assistant = await startAssistant();
  me = await assistant.signUp('Robin Example');
  await me.tx(async (tx) => {
    const [amara, lukas] = await createContacts(tx, me.user, [
      { first_name: 'Amara', last_name: 'Okafor', email: 'amara@example.com' },
      { first_name: 'Lukas', last_name: 'Brandt' },
    ]);
    const invoice = await createInvoice(tx, me.user, {
      contact_id: amara!.id,
      status: 'sent',
      items: [{ description: 'Brand retainer', quantity: '1', unit_price: '1200.00' }],
    });
    invoiceNumber = invoice.invoice_number;
    invoiceId = invoice.id;
    const profile = (contact: string, frequency: string) =>
      recurringCreateSchema.parse({
        contact_id: contact,
        frequency,
        start_date: '2099-01-31',
        items: [{ description: 'Retainer', quantity: 1, unit_price: '500.00' }],
      });
    await createRecurring(tx, me.user, profile(amara!.id, 'monthly'));
    await createRecurring(tx, me.user, profile(lukas!.id, 'quarterly'));
  });
}, 60_000);

afterAll(async () => {
  await assistant.close();
});

describe('credit notes and recurring invoices through the assistant (built-in engine)', () => {
  it('proposes a credit, which happens only on confirmation', async () => {
    const res = await me.ask(`credit 200 on ${invoiceNumber} for the missed session`);
    const data = res.body.data;
    expect(data.pending_action, data.response).toMatchObject({
      tool: 'credit_invoice',
      args: { invoice_id: invoiceId, amount: '200.00', reason: 'the missed session' },
    });
    expect(data.pending_action.summary).toContain('Issue a credit note of $200.00');
    expect(data.pending_action.summary).toContain('$1,000.00 would be left to credit');
    // nothing yet
    const before = await me.ask(`show ${invoiceNumber}`);
    expect(before.body.data.response).toContain('balance due $1,200.00');

    const confirmed = await me.confirm(data.pending_action.id);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.data).toMatchObject({
      credit_note_number: 'CN-0001',
      total_amount: '200.00',
      invoice: { balance_due: '1000.00' },
    });
  });

  it('refuses a credit beyond what is left before proposing anything', async () => {
    const res = await me.ask(`credit 5000 on ${invoiceNumber}`);
    expect(res.body.data.pending_action).toBeNull();
    expect(res.body.data.action_taken).toBe('asked_back');
    expect(res.body.data.response).toContain('left to credit');
  });

  it('lists the recurring invoices with their next dates', async () => {
    const res = await me.ask('show my recurring invoices');
    expect(res.body.data.pending_action).toBeNull();
    expect(res.body.data.response).toContain('2 recurring invoices');
    expect(res.body.data.response).toContain('Amara Okafor');
    expect(res.body.data.response).toContain('next on Jan 31, 2099');
  });

  it('proposes pausing one client’s recurring invoice, confirms and undoes it', async () => {
    const res = await me.ask('pause the recurring invoice for Lukas');
    const data = res.body.data;
    expect(data.pending_action, data.response).toMatchObject({ tool: 'pause_recurring_invoice' });
    expect(data.pending_action.summary).toContain('Pause the quarterly recurring invoice for Lukas Brandt');
    const confirmed = await me.confirm(data.pending_action.id);
    expect(confirmed.body.data).toMatchObject({ status: 'paused', contact_name: 'Lukas Brandt' });
    expect((await me.ask('show my paused recurring invoices')).body.data.response).toContain('Lukas Brandt');
    const undone = await me.undo(data.pending_action.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect((await me.ask('show my paused recurring invoices')).body.data.response).toContain('no paused recurring invoices');
  });

  it('asks which one when the client is not named and several are active', async () => {
    const res = await me.ask('pause my recurring invoice');
    expect(res.body.data.action_taken).toBe('asked_back');
    expect(res.body.data.response).toContain('Which recurring invoice should I pause?');
  });
});
