import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_JPEG, samplePng } from '../../src/lib/pdf/sample-images';
import { type Client, signIn } from '../helpers/client';
import { awayFromMidnight } from '../helpers/window';

/**
 * Invoices over HTTP on both backends: creation with items in one
 * transaction, exact totals, numbering under concurrency, the status machine,
 * payments, lists, CSV, the PDF (rendered to PNG and read back as text), and
 * other users' ids.
 */

const backends = inject('backends');
type User = Awaited<ReturnType<typeof signIn>>;

function expectError(res: { status: number; body: any; text: string }, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(res.text).not.toMatch(/at .*\.js:\d+|stack|select |insert |update .* set|LD4\d\d/i);
}

async function newContact(client: Client, fields: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post('/api/contacts', { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.org', ...fields });
  expect(res.status, res.text).toBe(201);
  return res.body.data.id;
}

const item = (description: string, quantity: number | string, unit_price: string | number, tax_rate?: string | number) => ({
  description,
  quantity,
  unit_price,
  ...(tax_rate !== undefined ? { tax_rate } : {}),
});

async function create(client: Client, body: Record<string, unknown>) {
  return client.post('/api/invoices', body);
}

async function createOk(client: Client, body: Record<string, unknown>) {
  const res = await create(client, body);
  expect(res.status, res.text).toBe(201);
  return res.body.data;
}

async function count(client: Client): Promise<number> {
  const res = await client.get('/api/invoices?limit=1');
  expect(res.status).toBe(200);
  return res.body.page.total;
}

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe.each(backends)('invoices API on $name', (backend) => {
  let alice: User;
  let bob: User;
  let aliceContact: string;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    aliceContact = await newContact(alice, { first_name: 'Grace', last_name: 'Hopper', email: 'grace@navy.example', company: 'US Navy' });
  });

  it('creates an invoice and its items in one request, with server-computed totals and the next number', async () => {
    const invoice = await createOk(alice, {
      contact_id: aliceContact,
      issue_date: '2026-11-01',
      items: [item('Consulting', 3, '0.10'), item('Design', 2, 125.5, '19'), item('Hosting', 1, '20.00', 7.7)],
      notes: 'Thank you!',
    });
    expect(invoice).toMatchObject({
      invoice_number: 'INV-0001',
      status: 'draft',
      effective_status: 'draft',
      issue_date: '2026-11-01',
      due_date: '2026-11-15', // 14 days of payment terms by default
      currency: 'USD',
      subtotal: '271.30',
      discount_amount: '0.00',
      tax_amount: '49.23',
      total_amount: '320.53',
      amount_paid: '0.00',
      balance_due: '320.53',
      contact_id: aliceContact,
      contact_name: 'Grace Hopper',
      contact_email: 'grace@navy.example',
      contact_company: 'US Navy',
      notes: 'Thank you!',
      user_id: alice.user.id,
      sent_at: null,
      paid_at: null,
      payments: [],
    });
    expect(invoice.taxes).toEqual([
      { rate: '7.7', base: '20.00', amount: '1.54' },
      { rate: '19', base: '251.00', amount: '47.69' },
    ]);
    expect(invoice.items.map((i: any) => [i.description, i.quantity, i.unit_price, i.tax_rate, i.total, i.position])).toEqual([
      ['Consulting', 3, '0.10', '0', '0.30', 0],
      ['Design', 2, '125.50', '19', '251.00', 1],
      ['Hosting', 1, '20.00', '7.7', '20.00', 2],
    ]);
    const got = await alice.get(`/api/invoices/${invoice.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(invoice);
  });

  it('totals amounts that drift in floating point exactly, and refuses what numeric(14,2) cannot hold', async () => {
    const small = await createOk(alice, { items: [item('Pennies', 3, 0.1)] });
    expect(small).toMatchObject({ subtotal: '0.30', total_amount: '0.30' });
    const big = await createOk(alice, { items: [item('Units', 1000, '999999.99')] });
    expect(big).toMatchObject({ subtotal: '999999990.00', total_amount: '999999990.00' });
    const mixed = await createOk(alice, { items: [item('a', 1, '0.10'), item('b', 1, '0.20')] });
    expect(mixed.total_amount).toBe('0.30');

    const before = await count(alice);
    const tooBig = await create(alice, { items: [item('Too many', 2_000_000, '999999.99')] });
    expectError(tooBig, 400, 'validation_failed');
    expect(tooBig.body.error.details['items.0.quantity'][0]).toMatch(/more than 999999999999.99/);
    const sumTooBig = await create(alice, { items: [item('a', 1, '999999999999.99'), item('b', 1, '0.01')] });
    expectError(sumTooBig, 400, 'validation_failed');
    expect(sumTooBig.body.error.details.items).toBeDefined();
    expect(await count(alice)).toBe(before);
  });

  it('applies a discount before tax, shared across rates', async () => {
    const percent = await createOk(alice, {
      items: [item('a', 3, '0.10', 19), item('b', 1, '100.00', 7), item('c', 2, '33.33')],
      discount_type: 'percent',
      discount_value: 10,
    });
    expect(percent).toMatchObject({ subtotal: '166.96', discount_amount: '16.70', tax_amount: '6.35', total_amount: '156.61' });
    const amount = await createOk(alice, { items: [item('a', 1, '100.00', 20)], discount_type: 'amount', discount_value: '25.00' });
    expect(amount).toMatchObject({ discount_amount: '25.00', tax_amount: '15.00', total_amount: '90.00' });
    const tooMuch = await create(alice, { items: [item('a', 1, '10.00')], discount_type: 'amount', discount_value: '10.01' });
    expectError(tooMuch, 400, 'validation_failed');
    expect(tooMuch.body.error.details.discount_value[0]).toMatch(/subtotal/);
    expectError(
      await create(alice, { items: [item('a', 1, 1)], discount_type: 'percent', discount_value: '100.5' }),
      400,
      'validation_failed',
    );
    expectError(await create(alice, { items: [item('a', 1, 1)], discount_type: 'percent' }), 400, 'validation_failed');
  });

  it('takes decimal quantities (up to three places) and rounds each line half-up to cents', async () => {
    const invoice = await createOk(alice, {
      items: [item('Consulting', 7.5, '95.00'), item('Materials', '0.125', '10.00'), item('Rounding', '1.005', '1.00', 19)],
    });
    expect(invoice.items.map((i: { quantity: unknown; total: string }) => [i.quantity, i.total])).toEqual([
      [7.5, '712.50'],
      [0.125, '1.25'],
      [1.005, '1.01'],
    ]);
    expect(invoice).toMatchObject({ subtotal: '714.76', tax_amount: '0.19', total_amount: '714.95' });
    const fetched = await alice.get(`/api/invoices/${invoice.id}`);
    expect(fetched.body.data.items[0].quantity).toBe(7.5);
    const res = await alice.put(`/api/invoices/${invoice.id}`, { items: [item('Consulting', 2.5, '95.00')] });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ subtotal: '237.50', total_amount: '237.50' });
    const tooMany = await create(alice, { items: [item('x', '0.0001', 1)] });
    expectError(tooMany, 400, 'validation_failed');
    expect(tooMany.body.error.details['items.0.quantity'][0]).toMatch(/three decimals/);
  });

  it('refuses bad input with a 400 naming each field, and writes nothing', async () => {
    const before = await count(alice);
    const cases: [Record<string, unknown>, string][] = [
      [{ items: [] }, 'items'],
      [{}, 'items'],
      [{ items: [item('x', 1.2345, 1)] }, 'items.0.quantity'],
      [{ items: [item('x', '7,5', 1)] }, 'items.0.quantity'],
      [{ items: [item('x', 1, '2,400')] }, 'items.0.unit_price'],
      [{ items: [item('x', 0, 1)] }, 'items.0.quantity'],
      [{ items: [item('x', 1, '0.001')] }, 'items.0.unit_price'],
      [{ items: [item('x', 1, '-1.00')] }, 'items.0.unit_price'],
      [{ items: [item('x', 1, 1, '100.5')] }, 'items.0.tax_rate'],
      [{ items: [item('x', 1, 1, '7.1234')] }, 'items.0.tax_rate'],
      [{ items: [item('', 1, 1)] }, 'items.0.description'],
      [{ items: [{ ...item('x', 1, 1), total: '1.00' }] }, 'items.0.total'],
      [{ items: [item('x', 1, 1)], currency: 'XYZ' }, 'currency'],
      [{ items: [item('x', 1, 1)], issue_date: '2026-02-30' }, 'issue_date'],
      [{ items: [item('x', 1, 1)], issue_date: '2026-03-10', due_date: '2026-03-09' }, 'due_date'],
      [{ items: [item('x', 1, 1)], total_amount: '5.00' }, 'total_amount'],
      [{ items: [item('x', 1, 1)], amount_paid: '5.00' }, 'amount_paid'],
      [{ items: [item('x', 1, 1)], status: 'paid' }, 'status'],
      [{ items: [item('x', 1, 1)], color: 'blue' }, 'color'],
      [{ items: [item('x', 1, 1)], contact_id: 'not-a-uuid' }, 'contact_id'],
    ];
    for (const [body, field] of cases) {
      const res = await create(alice, body);
      expectError(res, 400, 'validation_failed');
      expect(Object.keys(res.body.error.details), JSON.stringify(body)).toContain(field);
    }
    expect((await alice.post('/api/invoices', 'not json')).status).toBe(400);
    expect((await alice.request('POST', '/api/invoices', 'x=1', { 'content-type': 'text/plain' })).status).toBe(415);
    expect(await count(alice)).toBe(before);
  });

  it('refuses a contact of another account (422) without consuming a number', async () => {
    const carol = await signIn(backend.url);
    const first = await createOk(carol, { items: [item('a', 1, 1)] });
    const res = await create(carol, { contact_id: aliceContact, items: [item('a', 1, 1)] });
    expectError(res, 422, 'unprocessable');
    expect(res.body.error.details.contact_id).toBeDefined();
    const next = await createOk(carol, { items: [item('a', 1, 1)] });
    expect([first.invoice_number, next.invoice_number]).toEqual(['INV-0001', 'INV-0002']);
    expect(await count(carol)).toBe(2);
  });

  it('numbers per user: client-chosen numbers, duplicates 409, the same number for another user, and skips taken ones', async () => {
    const dave = await signIn(backend.url);
    const custom = await createOk(dave, { invoice_number: 'INV-0002', items: [item('a', 1, 1)] });
    expect(custom.invoice_number).toBe('INV-0002');
    const dup = await create(dave, { invoice_number: 'INV-0002', items: [item('a', 1, 1)] });
    expectError(dup, 409, 'conflict');
    expect(dup.body.error.details.invoice_number).toEqual(['already exists']);
    const auto = [await createOk(dave, { items: [item('a', 1, 1)] }), await createOk(dave, { items: [item('a', 1, 1)] })];
    expect(auto.map((i) => i.invoice_number)).toEqual(['INV-0001', 'INV-0003']);
    const erin = await signIn(backend.url);
    expect((await createOk(erin, { invoice_number: 'INV-0002', items: [item('a', 1, 1)] })).invoice_number).toBe('INV-0002');
    // renaming onto an existing number is a 409 too
    const renamed = await dave.put(`/api/invoices/${auto[0].id}`, { invoice_number: 'INV-0003' });
    expectError(renamed, 409, 'conflict');
  });

  it('gives 24 concurrent creates 24 different numbers', async () => {
    const frank = await signIn(backend.url);
    const results = await Promise.all(Array.from({ length: 24 }, (_, n) => create(frank, { items: [item(`Job ${n}`, 1, '10.00')] })));
    for (const res of results) expect(res.status, res.text).toBe(201);
    const numbers = results.map((r) => r.body.data.invoice_number).sort();
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, n) => `INV-${String(n + 1).padStart(4, '0')}`));
  });

  it('replaces the items of a draft, recomputing the totals', async () => {
    const draft = await createOk(alice, { items: [item('a', 1, '10.00')] });
    const res = await alice.put(`/api/invoices/${draft.id}`, {
      items: [item('b', 2, '7.50', 10), item('c', 1, '0.05')],
      discount_type: 'amount',
      discount_value: '1.00',
      currency: 'eur',
    });
    expect(res.status, res.text).toBe(200);
    // the discount goes almost all to the 10 % base (14.00 taxable), 1.40 tax
    expect(res.body.data).toMatchObject({
      currency: 'EUR',
      subtotal: '15.05',
      discount_amount: '1.00',
      tax_amount: '1.40',
      total_amount: '15.45',
    });
    expect(res.body.data.items.map((i: any) => i.description)).toEqual(['b', 'c']);
    const cleared = await alice.put(`/api/invoices/${draft.id}`, { discount_type: null });
    expect(cleared.body.data).toMatchObject({ discount_type: null, discount_value: null, total_amount: '16.55' });
    const valueAlone = await alice.put(`/api/invoices/${draft.id}`, { discount_value: '2.00' });
    expectError(valueAlone, 400, 'validation_failed');
    expect(valueAlone.body.error.details).toEqual({ discount_type: ['is required with discount_value'] });
    const percent = await alice.put(`/api/invoices/${draft.id}`, { discount_type: 'percent', discount_value: '10' });
    // 10 % of 15.05 = 1.505 → 1.51; the odd cent of the shares goes to the 0 % base (larger remainder)
    expect(percent.body.data).toMatchObject({ discount_amount: '1.51', tax_amount: '1.35', total_amount: '14.89' });
    expectError(await alice.put(`/api/invoices/${draft.id}`, { items: [] }), 400, 'validation_failed');
    expectError(await alice.put(`/api/invoices/${draft.id}`, {}), 400, 'validation_failed');
    expectError(await alice.put(`/api/invoices/${draft.id}`, { subtotal: '1.00' }), 400, 'validation_failed');
  });

  it('follows the status machine and refuses every illegal transition with a 409', async () => {
    const make = async (status?: string) => createOk(alice, { items: [item('a', 1, '100.00')], ...(status ? { status } : {}) });
    const setStatus = (id: string, status: string) => alice.put(`/api/invoices/${id}`, { status });

    const draft = await make();
    expectError(await setStatus(draft.id, 'paid'), 409, 'conflict');
    const sent = await setStatus(draft.id, 'sent');
    expect(sent.body.data).toMatchObject({ status: 'sent', effective_status: 'sent' });
    expect(sent.body.data.sent_at).toBeTruthy();
    for (const to of ['draft', 'paid']) expectError(await setStatus(draft.id, to), 409, 'conflict');

    const paid = await make('sent');
    expect((await alice.post(`/api/invoices/${paid.id}/payments`, { amount: '100.00' })).status).toBe(201);
    for (const to of ['draft', 'sent', 'cancelled']) expectError(await setStatus(paid.id, to), 409, 'conflict');

    const cancelled = await make();
    expect((await setStatus(cancelled.id, 'cancelled')).body.data.status).toBe('cancelled');
    for (const to of ['draft', 'sent', 'paid']) expectError(await setStatus(cancelled.id, to), 409, 'conflict');

    const sentThenCancelled = await make('sent');
    expect((await setStatus(sentThenCancelled.id, 'cancelled')).status).toBe(200);

    const partlyPaid = await make('sent');
    await alice.post(`/api/invoices/${partlyPaid.id}/payments`, { amount: '1.00' });
    const refused = await setStatus(partlyPaid.id, 'cancelled');
    expectError(refused, 409, 'conflict');
    expect(refused.body.error.message).toMatch(/remove them before cancelling/);
    // setting the status it already has changes nothing
    expect((await setStatus(sentThenCancelled.id, 'cancelled')).status).toBe(200);
  });

  it('keeps sent, paid and cancelled invoices immutable, and lets only drafts be deleted', async () => {
    const sent = await createOk(alice, { contact_id: aliceContact, items: [item('a', 1, '50.00')], status: 'sent' });
    for (const body of [
      { items: [item('b', 1, '1.00')] },
      { discount_type: 'amount', discount_value: '1.00' },
      { currency: 'EUR' },
      { contact_id: null },
      { invoice_number: 'X-1' },
      { issue_date: '2020-01-01' },
    ]) {
      const res = await alice.put(`/api/invoices/${sent.id}`, body);
      expectError(res, 409, 'conflict');
      expect(Object.keys(res.body.error.details)).toEqual(Object.keys(body));
    }
    // a sent invoice may get a later due date and a note
    const extended = await alice.put(`/api/invoices/${sent.id}`, { due_date: isoDay(60), notes: 'Extended by agreement' });
    expect(extended.status, extended.text).toBe(200);
    expectError(await alice.delete(`/api/invoices/${sent.id}`), 409, 'conflict');

    await alice.post(`/api/invoices/${sent.id}/payments`, { amount: '50.00' });
    expectError(await alice.put(`/api/invoices/${sent.id}`, { notes: 'late change' }), 409, 'conflict');
    expectError(await alice.delete(`/api/invoices/${sent.id}`), 409, 'conflict');

    const draft = await createOk(alice, { items: [item('a', 1, '1.00')] });
    const deleted = await alice.delete(`/api/invoices/${draft.id}`);
    expect(deleted.body).toEqual({ data: { id: draft.id, deleted: true } });
    expect((await alice.get(`/api/invoices/${draft.id}`)).status).toBe(404);
  });

  it('records partial payments, becomes paid at zero balance, and goes back when a payment is removed', async () => {
    const invoice = await createOk(alice, { items: [item('Work', 1, '100.00', 19)], status: 'sent' });
    expect(invoice.total_amount).toBe('119.00');
    const first = await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '19.00', date: '2026-11-20' });
    expect(first.status, first.text).toBe(201);
    expect(first.body.data).toMatchObject({
      amount: '19.00',
      date: '2026-11-20',
      invoice: { status: 'sent', amount_paid: '19.00', balance_due: '100.00' },
    });
    const second = await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: 100 });
    expect(second.body.data.invoice).toMatchObject({ status: 'paid', amount_paid: '119.00', balance_due: '0.00' });
    const paid = (await alice.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(paid).toMatchObject({ status: 'paid', effective_status: 'paid', amount_paid: '119.00', balance_due: '0.00' });
    expect(paid.paid_at).toBeTruthy();
    expect(paid.payments.map((p: any) => p.amount)).toEqual(['19.00', '100.00']);

    const removed = await alice.delete(`/api/invoices/${invoice.id}/payments/${second.body.data.id}`);
    expect(removed.body).toEqual({ data: { id: second.body.data.id, deleted: true } });
    const reopened = (await alice.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(reopened).toMatchObject({ status: 'sent', amount_paid: '19.00', balance_due: '100.00', paid_at: null });
    expect((await alice.delete(`/api/invoices/${invoice.id}/payments/${second.body.data.id}`)).status).toBe(404);
  });

  it('refuses overpayment and payments on drafts or cancelled invoices (422), and bad amounts (400)', async () => {
    const invoice = await createOk(alice, { items: [item('Work', 1, '10.00')], status: 'sent' });
    await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '4.00' });
    const over = await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '6.01' });
    expectError(over, 422, 'unprocessable');
    expect(over.body.error.message).toMatch(/balance due is 6.00/);
    expect(over.body.error.details).toEqual({ amount: ['exceeds the balance due of 6.00'] });
    expect((await alice.get(`/api/invoices/${invoice.id}`)).body.data.amount_paid).toBe('4.00');

    const draft = await createOk(alice, { items: [item('Work', 1, '10.00')] });
    expectError(await alice.post(`/api/invoices/${draft.id}/payments`, { amount: '1.00' }), 422, 'unprocessable');
    await alice.put(`/api/invoices/${draft.id}`, { status: 'cancelled' });
    expectError(await alice.post(`/api/invoices/${draft.id}/payments`, { amount: '1.00' }), 422, 'unprocessable');

    for (const amount of ['0', '-5.00', '1.234', 'ten', null]) {
      expectError(await alice.post(`/api/invoices/${invoice.id}/payments`, { amount }), 400, 'validation_failed');
    }
    expectError(await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '1.00', type: 'expense' }), 400, 'validation_failed');
  });

  it('follows payments written through the transactions API: create, change, move, delete', async () => {
    const invoice = await createOk(alice, { items: [item('Work', 1, '100.00')], status: 'sent' });
    const other = await createOk(alice, { items: [item('Other', 1, '40.00')], status: 'sent' });
    const state = async (id: string) => (await alice.get(`/api/invoices/${id}`)).body.data;
    const pay = (body: Record<string, unknown>) => alice.post('/api/transactions', { type: 'income', date: '2026-11-20', ...body });

    const first = await pay({ amount: '60.00', invoice_id: invoice.id, description: 'Bank transfer' });
    expect(first.status, first.text).toBe(201);
    expect(await state(invoice.id)).toMatchObject({ status: 'sent', amount_paid: '60.00', balance_due: '40.00' });
    const second = await pay({ amount: '40.00', invoice_id: invoice.id });
    expect(second.status, second.text).toBe(201);
    const paid = await state(invoice.id);
    expect(paid).toMatchObject({ status: 'paid', amount_paid: '100.00', balance_due: '0.00' });
    expect(paid.payments.map((p: any) => p.id).sort()).toEqual([first.body.data.id, second.body.data.id].sort());

    // changed down: open again; moved to another invoice: both follow; deleted: gone
    expect((await alice.put(`/api/transactions/${second.body.data.id}`, { amount: '30.00' })).status).toBe(200);
    expect(await state(invoice.id)).toMatchObject({ status: 'sent', amount_paid: '90.00', paid_at: null });
    expect((await alice.put(`/api/transactions/${second.body.data.id}`, { invoice_id: other.id })).status).toBe(200);
    expect(await state(invoice.id)).toMatchObject({ status: 'sent', amount_paid: '60.00' });
    expect(await state(other.id)).toMatchObject({ status: 'sent', amount_paid: '30.00' });
    expect((await alice.delete(`/api/transactions/${first.body.data.id}`)).status).toBe(200);
    expect(await state(invoice.id)).toMatchObject({ status: 'sent', amount_paid: '0.00', balance_due: '100.00' });

    // the same refusals as on the invoice's own route, with the invoice untouched
    const over = await pay({ amount: '10.01', invoice_id: other.id });
    expectError(over, 422, 'unprocessable');
    expect(over.body.error.details).toEqual({ amount: ['exceeds the balance due of 10.00'] });
    const raised = await alice.put(`/api/transactions/${second.body.data.id}`, { amount: '40.01' });
    expectError(raised, 422, 'unprocessable');
    expect(await state(other.id)).toMatchObject({ amount_paid: '30.00' });
    const draft = await createOk(alice, { items: [item('Work', 1, '5.00')] });
    expectError(await pay({ amount: '1.00', invoice_id: draft.id }), 422, 'unprocessable');
    expectError(await alice.post('/api/transactions', { type: 'expense', amount: '1.00', invoice_id: other.id }), 422, 'unprocessable');
    const foreign = await createOk(bob, { items: [item('Theirs', 1, '5.00')], status: 'sent' });
    expectError(await pay({ amount: '1.00', invoice_id: foreign.id }), 422, 'unprocessable');
    expect((await bob.get(`/api/invoices/${foreign.id}`)).body.data.amount_paid).toBe('0.00');

    const history = (await alice.get(`/api/invoices/${other.id}`)).body.data;
    expect(history.payments).toHaveLength(1);
  });

  it('applies concurrent payments without losing one or overpaying', async () => {
    const invoice = await createOk(alice, { items: [item('Work', 1, '100.00')], status: 'sent' });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '30.00' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 422, 422, 422]);
    expect((await alice.get(`/api/invoices/${invoice.id}`)).body.data).toMatchObject({ amount_paid: '90.00', status: 'sent' });
  });

  it("answers 404 for another user's invoice on every route, and never changes it", async () => {
    const invoice = await createOk(alice, { contact_id: aliceContact, items: [item('Secret', 1, '10.00')], status: 'sent' });
    const payment = (await alice.post(`/api/invoices/${invoice.id}/payments`, { amount: '1.00' })).body.data;
    const attempts = [
      bob.get(`/api/invoices/${invoice.id}`),
      bob.put(`/api/invoices/${invoice.id}`, { notes: 'pwned' }),
      bob.delete(`/api/invoices/${invoice.id}`),
      bob.get(`/api/invoices/${invoice.id}/pdf`),
      bob.post(`/api/invoices/${invoice.id}/send`),
      bob.post(`/api/invoices/${invoice.id}/receipt`),
      bob.post(`/api/invoices/${invoice.id}/duplicate`),
      bob.get(`/api/invoices/${invoice.id}/payments`),
      bob.post(`/api/invoices/${invoice.id}/payments`, { amount: '1.00' }),
      bob.delete(`/api/invoices/${invoice.id}/payments/${payment.id}`),
    ];
    for (const res of await Promise.all(attempts)) expectError(res, 404, 'not_found');
    const list = await bob.get('/api/invoices');
    expect(list.body.data.find((i: any) => i.id === invoice.id)).toBeUndefined();
    const after = (await alice.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(after).toMatchObject({ notes: null, amount_paid: '1.00' });
    // bob cannot point his invoice at alice's contact, before or after creating it
    expectError(await create(bob, { contact_id: aliceContact, items: [item('a', 1, 1)] }), 422, 'unprocessable');
    const own = await createOk(bob, { items: [item('a', 1, 1)] });
    expectError(await bob.put(`/api/invoices/${own.id}`, { contact_id: aliceContact }), 422, 'unprocessable');
    expectError(await bob.get('/api/invoices/not-a-uuid'), 404, 'not_found');
  });

  describe('lists', () => {
    let owner: User;
    let ids: Record<string, string>;

    beforeAll(async () => {
      owner = await signIn(backend.url);
      const acme = await newContact(owner, { first_name: 'Wile', last_name: 'Coyote', company: 'Acme Corp', email: 'wile@acme.example' });
      const globex = await newContact(owner, { first_name: 'Hank', last_name: 'Scorpio', company: 'Globex', email: 'hank@globex.example' });
      const mk = async (body: Record<string, unknown>) =>
        (await createOk(owner, { items: [item('Work', 1, '100.00')], ...body })).id as string;
      ids = {
        draft: await mk({ contact_id: acme, issue_date: '2026-01-05', due_date: '2026-01-20', items: [item('Work', 1, '10.00')] }),
        overdue: await mk({
          contact_id: acme,
          issue_date: '2026-02-01',
          due_date: '2026-02-15',
          status: 'sent',
          items: [item('Work', 1, '200.00')],
        }),
        sent: await mk({
          contact_id: globex,
          issue_date: isoDay(-1),
          due_date: isoDay(30),
          status: 'sent',
          items: [item('Work', 3, '100.00')],
        }),
        paid: await mk({
          contact_id: globex,
          issue_date: '2026-03-01',
          due_date: '2026-03-31',
          status: 'sent',
          items: [item('Work', 1, '50.00')],
        }),
        cancelled: await mk({ issue_date: '2026-04-01', due_date: '2026-04-30', invoice_number: 'SPECIAL-7' }),
      };
      await owner.post(`/api/invoices/${ids.paid}/payments`, { amount: '50.00' });
      await owner.put(`/api/invoices/${ids.cancelled}`, { status: 'cancelled' });
    });

    const idsOf = (res: any) => res.body.data.map((i: any) => i.id);

    it('filters by displayed status, overdue included, and several at once', async () => {
      const byStatus = async (status: string) => {
        const res = await owner.get(`/api/invoices?status=${status}`);
        expect(res.status, res.text).toBe(200);
        // a status alone is counted from the kept summaries: exact, and the same as the rows listed
        expect(res.body.page).toMatchObject({ total: res.body.data.length });
        expect(res.body.page.total_exact).not.toBe(false);
        return idsOf(res);
      };
      expect(await byStatus('overdue')).toEqual([ids.overdue]);
      expect(await byStatus('sent')).toEqual([ids.sent]);
      expect(await byStatus('paid')).toEqual([ids.paid]);
      expect(await byStatus('draft')).toEqual([ids.draft]);
      expect(await byStatus('cancelled')).toEqual([ids.cancelled]);
      expect((await byStatus('sent,overdue')).sort()).toEqual([ids.sent, ids.overdue].sort());
      const overdue = (await owner.get(`/api/invoices?status=overdue`)).body.data[0];
      expect(overdue).toMatchObject({ status: 'sent', effective_status: 'overdue', balance_due: '200.00', contact_name: 'Wile Coyote' });
      expectError(await owner.get('/api/invoices?status=late'), 400, 'validation_failed');
    });

    it('filters by contact, date range on issue or due date, and searches number and contact', async () => {
      const acme = (await owner.get(`/api/invoices/${ids.draft}`)).body.data.contact_id;
      expect(idsOf(await owner.get(`/api/invoices?contact_id=${acme}&sort=issue_date`))).toEqual([ids.draft, ids.overdue]);
      expect(idsOf(await owner.get('/api/invoices?from=2026-02-01&to=2026-03-31&sort=issue_date'))).toEqual([ids.overdue, ids.paid]);
      expect(idsOf(await owner.get('/api/invoices?from=2026-01-16&to=2026-02-20&date_field=due_date&sort=due_date'))).toEqual([
        ids.draft,
        ids.overdue,
      ]);
      expect(idsOf(await owner.get('/api/invoices?from=2026-01-21&date_field=due_date&status=draft,overdue'))).toEqual([ids.overdue]);
      expect(idsOf(await owner.get('/api/invoices?q=globex&sort=issue_date'))).toEqual([ids.paid, ids.sent]);
      expect(idsOf(await owner.get('/api/invoices?q=special-7'))).toEqual([ids.cancelled]);
      expect(idsOf(await owner.get('/api/invoices?q=coyote&status=overdue'))).toEqual([ids.overdue]);
      expect((await owner.get('/api/invoices?q=100%25')).body.data).toEqual([]);
      expectError(await owner.get('/api/invoices?from=2026-05-01&to=2026-01-01'), 400, 'validation_failed');
      expectError(await owner.get('/api/invoices?contact_id=nope'), 400, 'validation_failed');
      expectError(await owner.get('/api/invoices?date_field=created_at'), 400, 'validation_failed');
      expectError(await owner.get('/api/invoices?colour=red'), 400, 'validation_failed');
    });

    it('sorts by number, dates and total, and pages with a cursor', async () => {
      const totals = (await owner.get('/api/invoices?sort=-total_amount')).body.data.map((i: any) => i.total_amount);
      expect(totals).toEqual(['300.00', '200.00', '100.00', '50.00', '10.00']);
      const numbers = (await owner.get('/api/invoices?sort=invoice_number')).body.data.map((i: any) => i.invoice_number);
      expect(numbers).toEqual(['INV-0001', 'INV-0002', 'INV-0003', 'INV-0004', 'SPECIAL-7']);
      const due = (await owner.get('/api/invoices?sort=due_date')).body.data.map((i: any) => i.due_date);
      expect(due).toEqual([...due].sort());
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await owner.get(`/api/invoices?limit=2&sort=-issue_date${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.body.page.total).toBe(5);
        seen.push(...idsOf(res));
        cursor = res.body.page.next_cursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(5);
    });

    it('exports the filtered list as CSV', async () => {
      const res = await owner.get('/api/invoices?format=csv&sort=invoice_number&status=sent,overdue,paid');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/csv/);
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^invoice_number,status,effective_status,contact_name/);
      expect(lines).toHaveLength(4);
      expect(lines[1]).toMatch(
        /^INV-0002,sent,overdue,Wile Coyote,wile@acme.example,Acme Corp,2026-02-01,2026-02-15,USD,200.00,0.00,0.00,200.00,0.00,200.00,/,
      );
    });
  });

  it('serves a PDF that renders, pages 50 items with long and non-Latin text, and contains the numbers', async () => {
    const owner = await signIn(backend.url);
    const client = await newContact(owner, {
      first_name: '健二',
      last_name: '渡辺',
      company: 'Studio Kaze 株式会社',
      email: 'kenji@studio-kaze.example',
      address: '東京都渋谷区神宮前1-2-3\n150-0001 Tokyo',
    });
    const long =
      'Design and build of the booking flow: availability calendar, payment step, confirmation emails in four languages and an accessibility review. '.repeat(
        8,
      );
    const items = Array.from({ length: 50 }, (_, n) =>
      item(
        n === 2
          ? long
          : n === 4
            ? 'Консультация — Αλέξανδρος, Zoë Ångström'
            : n === 6
              ? 'ウェブサイト改修（デザインと実装）'
              : `Sprint ${n + 1} development`,
        (n % 5) + 1,
        ['120.00', '95.50', '0.10', '1999.99', '33.33'][n % 5]!,
        ['19', '7', '0'][n % 3]!,
      ),
    );
    const invoice = await createOk(owner, {
      contact_id: client,
      items,
      discount_type: 'percent',
      discount_value: 5,
      currency: 'EUR',
      status: 'sent',
    });
    await owner.post(`/api/invoices/${invoice.id}/payments`, { amount: '1000.00' });
    const res = await fetch(`${backend.url}/api/invoices/${invoice.id}/pdf`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`invoice-${invoice.invoice_number}.pdf`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-pdf-'));
    fs.writeFileSync(path.join(dir, 'invoice.pdf'), pdf);
    const info = execFileSync('pdfinfo', [path.join(dir, 'invoice.pdf')], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'invoice.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of [
      invoice.invoice_number,
      '渡辺',
      'Studio Kaze 株式会社',
      'ウェブサイト改修',
      'Консультация — Αλέξανδρος, Zoë Ångström',
      'Sprint 50 development',
      'PARTIALLY PAID',
      `Page ${pages} of ${pages}`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    // the totals as the server stored them, formatted for en-US
    const money = (v: string) => `€${v.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    const stored = (await owner.get(`/api/invoices/${invoice.id}`)).body.data;
    for (const value of [stored.subtotal, stored.discount_amount, stored.total_amount, stored.balance_due]) {
      expect(text).toContain(money(value));
    }
    // every page renders; the PNGs are kept for a person to look at
    execFileSync('pdftoppm', ['-r', '70', '-png', path.join(dir, 'invoice.pdf'), path.join(dir, 'page')]);
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(pages);
    const out = path.resolve('test-results/pdf');
    fs.mkdirSync(out, { recursive: true });
    for (const png of pngs) {
      const bytes = fs.readFileSync(path.join(dir, png));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(3_000);
      fs.copyFileSync(path.join(dir, png), path.join(out, `invoice-${backend.name}-${png}`));
    }
  });

  it('keeps the reminder intervals in the invoice settings', async () => {
    const owner = await signIn(backend.url);
    expect((await owner.get('/api/invoices/settings')).body).toEqual({ data: { reminder_days: [], next_invoice_number: 'INV-0001' } });
    const res = await owner.put('/api/invoices/settings', { reminder_days: [14, 3, 7, 7] });
    expect(res.body).toEqual({ data: { reminder_days: [3, 7, 14], next_invoice_number: 'INV-0001' } });
    expect((await owner.get('/api/invoices/settings')).body).toEqual({
      data: { reminder_days: [3, 7, 14], next_invoice_number: 'INV-0001' },
    });
    for (const reminder_days of [[0], [366], [1.5], ['3'], Array.from({ length: 11 }, (_, n) => n + 1)]) {
      expectError(await owner.put('/api/invoices/settings', { reminder_days }), 400, 'validation_failed');
    }
  });

  it('shows the real next number in the settings: after creates, numbers typed by hand, and a new prefix', async () => {
    const owner = await signIn(backend.url);
    const next = async () => (await owner.get('/api/invoices/settings')).body.data.next_invoice_number;
    expect(await next()).toBe('INV-0001');
    for (let n = 0; n < 5; n += 1) await createOk(owner, { items: [item('a', 1, 1)] });
    expect(await next()).toBe('INV-0006');
    // a number typed by hand is skipped, as the create skips it; a preview takes nothing
    await createOk(owner, { invoice_number: 'INV-0006', items: [item('a', 1, 1)] });
    expect(await next()).toBe('INV-0007');
    expect(await next()).toBe('INV-0007');
    expect((await createOk(owner, { items: [item('a', 1, 1)] })).invoice_number).toBe('INV-0007');
    await owner.put('/api/auth/user', { invoice_prefix: 'EDS-' });
    expect(await next()).toBe('EDS-0008');
    // another account's numbers are its own
    expect((await bob.get('/api/invoices/settings')).body.data.next_invoice_number).toMatch(/^INV-\d{4}$/);
  });

  it('duplicates a draft, a sent, a paid and a cancelled invoice as a new draft dated today', { timeout: 60_000 }, async () => {
    // "today" is read from a probe invoice, then compared with the copy's: not across a midnight
    await awayFromMidnight('UTC', 20_000);
    const owner = await signIn(backend.url);
    await owner.put('/api/auth/user', { payment_terms_days: 30 });
    const contact = await newContact(owner, { first_name: 'Dora', email: 'dora@example.org' });
    const source = await createOk(owner, {
      contact_id: contact,
      issue_date: '2026-01-10',
      due_date: '2026-01-20',
      currency: 'EUR',
      discount_type: 'percent',
      discount_value: '10',
      notes: 'Monthly retainer',
      items: [item('Retainer', 1, '1000.00', '19'), item('Hosting', 3, '9.99', '7')],
    });
    const paid = await createOk(owner, { contact_id: contact, status: 'sent', items: [item('Paid work', 1, '50.00')] });
    await owner.post(`/api/invoices/${paid.id}/payments`, { amount: '50.00' });
    const sent = await createOk(owner, { status: 'sent', items: [item('Sent work', 2, '25.00')] });
    const cancelled = await createOk(owner, { status: 'sent', items: [item('Cancelled work', 1, '10.00')] });
    await owner.put(`/api/invoices/${cancelled.id}`, { status: 'cancelled' });
    const today = (await createOk(owner, { items: [item('probe', 1, 1)] })).issue_date;

    const res = await owner.post(`/api/invoices/${source.id}/duplicate`);
    expect(res.status, res.text).toBe(201);
    const copy = res.body.data;
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      status: 'draft',
      contact_id: contact,
      currency: 'EUR',
      discount_type: 'percent',
      discount_value: '10.00',
      notes: 'Monthly retainer',
      subtotal: source.subtotal,
      taxes: source.taxes,
      total_amount: source.total_amount,
      amount_paid: '0.00',
      sent_at: null,
      issue_date: today,
    });
    expect(copy.invoice_number).toMatch(/^INV-\d{4}$/);
    expect(copy.invoice_number).not.toBe(source.invoice_number);
    const due = new Date(`${today}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 30);
    expect(copy.due_date).toBe(due.toISOString().slice(0, 10));
    expect(copy.items.map((i: any) => [i.description, i.quantity, i.unit_price, i.tax_rate])).toEqual(
      source.items.map((i: any) => [i.description, i.quantity, i.unit_price, i.tax_rate]),
    );
    for (const other of [paid, sent, cancelled]) {
      const dup = await owner.post(`/api/invoices/${other.id}/duplicate`);
      expect(dup.status, dup.text).toBe(201);
      expect(dup.body.data).toMatchObject({ status: 'draft', total_amount: other.total_amount, amount_paid: '0.00' });
    }
    // the source is untouched
    expect((await owner.get(`/api/invoices/${paid.id}`)).body.data.status).toBe('paid');
    expectError(await owner.post(`/api/invoices/${crypto.randomUUID()}/duplicate`), 404, 'not_found');
    expect((await owner.get(`/api/invoices/${source.id}/duplicate`)).status).toBe(405);
  });

  it('stores a small PNG or JPEG logo, checked by its bytes, serves it, and prints it on the PDF', async () => {
    const owner = await signIn(backend.url);
    expectError(await owner.get('/api/invoices/settings/logo'), 404, 'not_found');
    const png = samplePng({ width: 300, height: 100, colorType: 6 });
    const res = await owner.put('/api/invoices/settings/logo', { image: `data:image/png;base64,${png.toString('base64')}` });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ content_type: 'image/png', size: png.length, width: 300, height: 100 });
    const served = await fetch(`${backend.url}/api/invoices/settings/logo`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    // nobody else's
    expectError(await bob.get('/api/invoices/settings/logo'), 404, 'not_found');

    // refused: another format, a damaged PNG, too large, too many pixels, not base64, unknown fields
    const refused = async (body: unknown, status = 400) => {
      const r = await owner.put('/api/invoices/settings/logo', body);
      expect(r.status, r.text).toBe(status);
      return r.body.error;
    };
    expect((await refused({ image: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64') })).details).toEqual({
      image: ['must be a PNG or JPEG image'],
    });
    expect((await refused({ image: samplePng({ badCrc: true }).toString('base64') })).details.image[0]).toMatch(/damaged/);
    // 201 KB: within the request size, over the logo's
    const big = Buffer.concat([png, Buffer.alloc(201 * 1024 - png.length)]);
    expect((await refused({ image: big.toString('base64') })).details).toEqual({ image: ['must be at most 200 KB (this one is 201 KB)'] });
    expect((await refused({ image: samplePng({ width: 2500, height: 2 }).toString('base64') })).details).toEqual({
      image: ['must be at most 2000 × 2000 pixels'],
    });
    expect((await refused({ image: 'not base64!' })).details).toEqual({ image: ['must be the image as base64 text'] });
    expect((await refused({ image: png.toString('base64'), url: 'https://x.example/logo.png' })).details).toEqual({
      url: ['is not a recognised field'],
    });
    await refused({ image: 'A'.repeat(400 * 1024) }, 413);
    // the stored logo is still the first one
    expect((await owner.put('/api/invoices/settings/logo', { image: SAMPLE_JPEG.toString('base64') })).body.data).toMatchObject({
      content_type: 'image/jpeg',
    });
    expect((await owner.put('/api/invoices/settings/logo', { image: png.toString('base64') })).status).toBe(200);

    // on the PDF, with the business details and how to pay
    await owner.put('/api/auth/user', { business_name: 'Logo Works Ltd', payment_instructions: 'Pay to IBAN DE02 1203 0000 0000 2020 51' });
    const invoice = await createOk(owner, { items: [item('Design', 1, '100.00')] });
    const pdf = Buffer.from(
      await (
        await fetch(`${backend.url}/api/invoices/${invoice.id}/pdf`, { headers: { authorization: `Bearer ${owner.token}` } })
      ).arrayBuffer(),
    );
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-logo-'));
    fs.writeFileSync(path.join(dir, 'invoice.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'invoice.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Logo Works Ltd');
    expect(text).toContain('HOW TO PAY');
    expect(text).toContain('Pay to IBAN DE02 1203 0000 0000 2020 51');
    execFileSync('pdftoppm', ['-r', '50', '-png', path.join(dir, 'invoice.pdf'), path.join(dir, 'page')]);

    expect((await owner.delete('/api/invoices/settings/logo')).body).toEqual({ data: { removed: true } });
    expectError(await owner.get('/api/invoices/settings/logo'), 404, 'not_found');
    expectError(await owner.delete('/api/invoices/settings/logo'), 404, 'not_found');
  });

  it('creates an invoice with five items quickly (measured)', async () => {
    const owner = await signIn(backend.url);
    const contact = await newContact(owner);
    const body = { contact_id: contact, items: Array.from({ length: 5 }, (_, n) => item(`Item ${n}`, n + 1, '19.99', 19)) };
    for (let n = 0; n < 3; n += 1) await createOk(owner, body); // warm up
    const times: number[] = [];
    for (let n = 0; n < 30; n += 1) {
      const started = performance.now();
      const res = await create(owner, body);
      times.push(performance.now() - started);
      expect(res.status).toBe(201);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    console.warn(`[invoices ${backend.name}] create with 5 items: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (n=${times.length})`);
    expect(p50).toBeLessThan(500);
  });
});
