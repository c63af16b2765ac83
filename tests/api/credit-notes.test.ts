import { beforeAll, describe, expect, inject, it } from 'vitest';
import { todayIn } from '@/lib/time';
import { type Client, signIn } from '../helpers/client';
import { awayFromMidnight } from '../helpers/window';

/**
 * Credit notes over HTTP on both backends: items or an amount, never more than
 * the invoice has left to credit (also when credits arrive at once), the
 * invoice's balance due and status, refunds as expense transactions, the
 * dashboard's income reduced exactly once, the list and its CSV, and other
 * workspaces' ids.
 */

const backends = inject('backends');
type User = Awaited<ReturnType<typeof signIn>>;

function expectError(res: { status: number; body: any; text: string }, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(res.text).not.toMatch(/at .*\.js:\d+|stack|select |insert |update .* set|LD4\d\d/i);
}

async function ok(res: Promise<{ status: number; body: any; text: string }>, status = 200): Promise<any> {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body.data;
}

async function contact(client: Client): Promise<string> {
  return (await ok(client.post('/api/contacts', { first_name: 'Grace', last_name: 'Hopper', email: 'grace@navy.example' }), 201)).id;
}

/** A sent invoice: 2 × 100.00 at 19 % and 1 × 50.00 untaxed = 288.00. */
async function sentInvoice(client: Client, contactId: string, items?: unknown[]) {
  return ok(
    client.post('/api/invoices', {
      contact_id: contactId,
      status: 'sent',
      items: items ?? [
        { description: 'Workshop', quantity: 2, unit_price: '100.00', tax_rate: '19' },
        { description: 'Travel', quantity: 1, unit_price: '50.00' },
      ],
    }),
    201,
  );
}

describe.each(backends)('credit notes API on $name', (backend) => {
  let alice: User;
  let bob: User;
  let client: string;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    client = await contact(alice);
  });

  it('credits an amount, then items, each in its own CN- series; the invoice shows its credits and its balance falls', async () => {
    const invoice = await sentInvoice(alice, client);
    expect(invoice.total_amount).toBe('288.00');
    const [workshop, travel] = invoice.items;

    const first = await ok(alice.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '50.00', reason: 'Goodwill' }), 201);
    expect(first).toMatchObject({
      credit_note_number: 'CN-0001',
      invoice_id: invoice.id,
      invoice_number: invoice.invoice_number,
      total_amount: '50.00',
      subtotal: '50.00',
      tax_amount: '0.00',
      reason: 'Goodwill',
      refunded: false,
      refund_transaction_id: null,
      items: [],
    });
    expect(first.invoice).toMatchObject({ credited_amount: '50.00', balance_due: '238.00', creditable_amount: '238.00' });

    const second = await ok(
      alice.post(`/api/invoices/${invoice.id}/credit-notes`, { items: [{ invoice_item_id: workshop.id, quantity: 1 }] }),
      201,
    );
    expect(second).toMatchObject({ credit_note_number: 'CN-0002', subtotal: '100.00', tax_amount: '19.00', total_amount: '119.00' });
    expect(second.items).toEqual([
      expect.objectContaining({ invoice_item_id: workshop.id, description: 'Workshop', quantity: 1, total: '100.00' }),
    ]);

    const after = await ok(alice.get(`/api/invoices/${invoice.id}`));
    expect(after).toMatchObject({ credited_amount: '169.00', balance_due: '119.00', amount_paid: '0.00', status: 'sent' });
    expect(after.credit_notes.map((n: any) => [n.credit_note_number, n.total_amount])).toEqual([
      ['CN-0001', '50.00'],
      ['CN-0002', '119.00'],
    ]);
    const listed = await ok(alice.get(`/api/invoices/${invoice.id}/credit-notes`));
    expect(listed.map((n: any) => n.id)).toEqual([first.id, second.id]);
    expect(await ok(alice.get(`/api/credit-notes/${second.id}`))).toMatchObject({ id: second.id, total_amount: '119.00' });

    // the item left whole (no quantity: all that is left of it); then the amount is used up
    expectError(
      await alice.post(`/api/invoices/${invoice.id}/credit-notes`, { items: [{ invoice_item_id: workshop.id, quantity: 2 }] }),
      409,
      'conflict',
    );
    expectError(await alice.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '119.01' }), 409, 'conflict');
    const rest = await ok(alice.post(`/api/invoices/${invoice.id}/credit-notes`, { items: [{ id: workshop.id }] }), 201);
    expect(rest).toMatchObject({ total_amount: '119.00', credit_note_number: 'CN-0003' });
    expect(rest.items[0].quantity).toBe(1);
    expect(rest.invoice).toMatchObject({ credited_amount: '288.00', balance_due: '0.00', creditable_amount: '0.00', status: 'paid' });
    const used = await alice.post(`/api/invoices/${invoice.id}/credit-notes`, { items: [{ item_id: travel.id }] });
    expectError(used, 409, 'conflict');
  });

  it('refuses more than is left to credit, an item of another invoice, drafts, and malformed bodies', async () => {
    const invoice = await sentInvoice(alice, client);
    const other = await sentInvoice(alice, client);
    const path = `/api/invoices/${invoice.id}/credit-notes`;
    expectError(await alice.post(path, { amount: '288.01' }), 409, 'conflict');
    const res = await alice.post(path, { items: [{ invoice_item_id: other.items[0].id, quantity: 1 }] });
    expectError(res, 422, 'unprocessable');
    expect(Object.keys(res.body.error.details)).toEqual(['items.0.invoice_item_id']);

    const draft = await ok(
      alice.post('/api/invoices', { contact_id: client, items: [{ description: 'X', quantity: 1, unit_price: '10.00' }] }),
      201,
    );
    expectError(await alice.post(`/api/invoices/${draft.id}/credit-notes`, { amount: '1.00' }), 409, 'conflict');

    const bad = async (body: unknown, field: string) => {
      const r = await alice.post(path, body);
      expectError(r, 400, 'validation_failed');
      expect(Object.keys(r.body.error.details ?? {})).toContain(field);
    };
    await bad({ amount: '1.001' }, 'amount');
    await bad({ amount: 1.5, items: [{ invoice_item_id: invoice.items[0].id }] }, 'amount');
    await bad({}, 'amount');
    await bad({ amount: '-5.00' }, 'amount');
    await bad({ amount: '5.00', colour: 'red' }, 'colour');
    await bad({ amount: '5.00', credit_note_number: 'CN-9' }, 'credit_note_number');
    await bad({ items: [{ invoice_item_id: invoice.items[0].id }, { invoice_item_id: invoice.items[0].id }] }, 'items.1.invoice_item_id');
    expect((await ok(alice.get(`/api/invoices/${invoice.id}`))).credited_amount).toBe('0.00');
  });

  it('lets concurrent credits together take no more than is left', async () => {
    const invoice = await sentInvoice(alice, client);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => alice.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '50.00' })),
    );
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(5);
    for (const r of results.filter((x) => x.status !== 201)) expectError(r, 409, 'conflict');
    expect(new Set(created.map((r) => r.body.data.credit_note_number)).size).toBe(5);
    const after = await ok(alice.get(`/api/invoices/${invoice.id}`));
    expect(after).toMatchObject({ credited_amount: '250.00', balance_due: '38.00', status: 'sent' });
  });

  it('settles a fully credited unpaid invoice, and a payment may not exceed the total less its credits', async () => {
    const invoice = await sentInvoice(alice, client, [{ description: 'Service', quantity: 1, unit_price: '100.00' }]);
    await ok(alice.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '30.00' }), 201);
    expectError(await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '70.01' }), 422, 'unprocessable');
    await ok(alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '70.00' }), 201);
    expect(await ok(alice.get(`/api/invoices/${invoice.id}`))).toMatchObject({ status: 'paid', balance_due: '0.00', amount_paid: '70.00' });

    const unpaid = await sentInvoice(alice, client, [{ description: 'Service', quantity: 1, unit_price: '80.00' }]);
    await ok(alice.post(`/api/invoices/${unpaid.id}/credit-notes`, { amount: '80.00' }), 201);
    expect(await ok(alice.get(`/api/invoices/${unpaid.id}`))).toMatchObject({
      status: 'paid',
      balance_due: '0.00',
      credited_amount: '80.00',
    });
    expectError(await alice.post(`/api/invoices/${unpaid.id}/credit-notes`, { amount: '0.01' }), 409, 'conflict');
  });

  it('records a refund of a paid invoice as an expense, never more than was paid, and the month counts each credit once', async () => {
    // the server dates the credits and reads "this month" at each request, in the workspace's zone
    // (UTC): the test must not cross midnight (nor a month's end) between them
    await awayFromMidnight('UTC', 30_000);
    const carol = await signIn(backend.url);
    const them = await contact(carol);
    const invoice = await sentInvoice(carol, them, [{ description: 'Service', quantity: 1, unit_price: '100.00' }]);
    const today = todayIn('UTC');
    await ok(carol.post(`/api/invoices/${invoice.id}/payments`, { amount: '60.00', date: today }), 201);
    const before = (await ok(carol.get('/api/dashboard/stats'))).month;
    expect(before).toMatchObject({ income: '60.00', expense: '0.00', net: '60.00' });

    // a credit without refund reduces income on its issue date
    await ok(carol.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '10.00' }), 201);
    expect((await ok(carol.get('/api/dashboard/stats'))).month).toMatchObject({ income: '50.00', expense: '0.00', net: '50.00' });

    // a refund of more than was paid is refused
    const tooMuch = await carol.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '60.01', refund: true });
    expectError(tooMuch, 422, 'unprocessable');
    expect(Object.keys(tooMuch.body.error.details)).toEqual(['refund']);

    // refunded: an expense transaction, and income stays as it was (counted once, as the expense)
    const refunded = await ok(carol.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '25.00', refund: true }), 201);
    expect(refunded.refunded).toBe(true);
    const tx = await ok(carol.get(`/api/transactions/${refunded.refund_transaction_id}`));
    expect(tx).toMatchObject({ type: 'expense', amount: '25.00', date: today, invoice_id: null });
    expect((await ok(carol.get('/api/dashboard/stats'))).month).toMatchObject({ income: '50.00', expense: '25.00', net: '25.00' });
    const financial = await ok(carol.get(`/api/dashboard/financial?from=${today}&to=${today}&interval=day`));
    expect(financial.totals).toEqual({ income: '50.00', expense: '25.00', net: '25.00' });
    expect(financial.top_clients).toEqual([expect.objectContaining({ contact_id: them, amount: '50.00' })]);

    expect(await ok(carol.get(`/api/invoices/${invoice.id}`))).toMatchObject({
      amount_paid: '60.00',
      credited_amount: '35.00',
      balance_due: '5.00',
      status: 'sent',
    });
  }, 90_000);

  it('numbers credit notes in the workspace’s own series (credit_note_prefix, admins set it)', async () => {
    const erin = await signIn(backend.url);
    expect((await ok(erin.get('/api/auth/user'))).credit_note_prefix).toBe('CN-');
    expect((await ok(erin.put('/api/auth/user', { credit_note_prefix: 'CR-' }))).credit_note_prefix).toBe('CR-');
    expectError(await erin.put('/api/auth/user', { credit_note_prefix: 'C'.repeat(21) }), 400, 'validation_failed');
    const invoice = await sentInvoice(erin, await contact(erin));
    expect((await ok(erin.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '1.00' }), 201)).credit_note_number).toBe('CR-0001');
  });

  it('lists credit notes with filters and as CSV; another workspace sees none of them', async () => {
    const dave = await signIn(backend.url);
    const them = await contact(dave);
    const invoice = await sentInvoice(dave, them);
    const other = await sentInvoice(dave, them);
    const a = await ok(dave.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '10.00' }), 201);
    await ok(dave.post(`/api/invoices/${other.id}/credit-notes`, { amount: '20.00' }), 201);

    const all = await dave.get('/api/credit-notes?sort=credit_note_number');
    expect(all.status).toBe(200);
    expect(all.body.data.map((n: any) => n.credit_note_number)).toEqual(['CN-0001', 'CN-0002']);
    expect(all.body.page).toMatchObject({ total: 2, next_cursor: null });
    const filtered = await dave.get(`/api/credit-notes?invoice_id=${invoice.id}`);
    expect(filtered.body.data.map((n: any) => n.id)).toEqual([a.id]);
    expectError(await dave.get('/api/credit-notes?colour=red'), 400, 'validation_failed');

    const csv = await dave.get('/api/credit-notes?format=csv&sort=credit_note_number');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^\uFEFF?credit_note_number,invoice_number,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('CN-0001');

    // the contact's timeline tells of them
    const timeline = await dave.get(`/api/contacts/${them}/timeline`);
    expect(timeline.status, timeline.text).toBe(200);
    const credited = timeline.body.data.filter((e: any) => e.kind === 'credit_note');
    expect(credited.map((e: any) => e.data.credit_note_number).sort()).toEqual(['CN-0001', 'CN-0002']);
    expect(credited.find((e: any) => e.id === a.id).data).toMatchObject({ total_amount: '10.00', invoice_id: invoice.id, refunded: false });

    expectError(await bob.get(`/api/credit-notes/${a.id}`), 404, 'not_found');
    expectError(await bob.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '1.00' }), 404, 'not_found');
    expectError(await bob.get(`/api/invoices/${invoice.id}/credit-notes`), 404, 'not_found');
    expect((await bob.get('/api/credit-notes')).body.data).toEqual([]);
  });
});
