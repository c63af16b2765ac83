import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, signIn } from '../helpers/client';

/**
 * The invoice list reads its rows as a hand-written statement whose columns are already the
 * answer's text (docs/decisions/0202-invoice-list-rows-without-mapping.md); one invoice
 * (`GET /api/invoices/:id`) is still read through the query builder's mapping. Every row of
 * every list — invoices in every status, with and without a client, a client since deleted,
 * payments in part and in full, credit notes, a shared invoice viewed, several currencies,
 * discounts, notes that JSON must escape — is the same answer as the invoice's own, field by
 * field, in the same order and with the same text; and each list (filters, search, every sort
 * both ways, pages of three followed by their cursors) holds exactly the invoices its filters
 * select, in its order.
 */

const backends = inject('backends');
type User = Awaited<ReturnType<typeof signIn>>;

const item = (description: string, quantity: number | string, unit_price: string, tax_rate?: string) => ({
  description,
  quantity,
  unit_price,
  ...(tax_rate !== undefined ? { tax_rate } : {}),
});

async function ok<T = any>(pending: Promise<{ status: number; body: any; text: string }>, status = 200): Promise<T> {
  const res = await pending;
  expect(res.status, res.text).toBe(status);
  return res.body.data as T;
}

/** Every page of `path` with `limit` rows, following the cursors; the first page's total. */
async function pages(client: Client, path: string, limit: number): Promise<{ rows: any[]; total: number; texts: string[] }> {
  const rows: any[] = [];
  const texts: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: any = await client.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, `${path}: ${res.text}`).toBe(200);
    if (total < 0) total = res.body.page.total;
    expect(res.body.page.total, path).toBe(total);
    rows.push(...res.body.data);
    texts.push(res.text);
    cursor = res.body.page.next_cursor;
  } while (cursor);
  return { rows, total, texts };
}

const cents = (money: string) => BigInt(money.replace('.', ''));

function compare(a: any, b: any, field: string): number {
  const x = a[field];
  const y = b[field];
  if (field === 'total_amount') return cents(x) < cents(y) ? -1 : cents(x) > cents(y) ? 1 : 0;
  if (field === 'created_at') return Date.parse(x) - Date.parse(y);
  return x < y ? -1 : x > y ? 1 : 0;
}

describe.each(backends)('the invoice list rows, against one invoice read, on $name', (backend) => {
  let alice: User;
  let bob: User;
  const details = new Map<string, any>();
  let hopper: string;
  let lamarr: string;
  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    // another account's invoice, which no list of alice's may show
    await ok(bob.post('/api/invoices', { items: [item('Not yours', 1, '1.00')] }), 201);
    hopper = (
      await ok(
        alice.post('/api/contacts', { first_name: 'Grace', last_name: 'Hopper', email: 'grace@navy.example', company: 'US Navy' }),
        201,
      )
    ).id;
    lamarr = (await ok(alice.post('/api/contacts', { first_name: 'Hedy' }), 201)).id;
    const gone = (await ok(alice.post('/api/contacts', { first_name: 'Gone', last_name: 'Client', email: 'gone@example.org' }), 201)).id;

    const create = (body: Record<string, unknown>) => ok(alice.post('/api/invoices', body), 201);
    // drafts: a client and a discount and notes JSON escapes, in euros; none at all, in dollars
    await create({
      contact_id: hopper,
      currency: 'EUR',
      issue_date: '2026-03-02',
      due_date: '2026-04-01',
      discount_type: 'percent',
      discount_value: '12.5',
      notes: 'Line one\nLine "two"\t\\ back-slash — ünïcode ✓ \u0001',
      items: [item('Consulting', 3, '0.10'), item('Design', '2.5', '125.50', '19'), item('Hosting', 1, '20.00', '7.7')],
    });
    await create({ issue_date: '2026-02-10', items: [item('Plain', 1, '99.99')] });
    // sent and overdue, paid in part
    const overdue = await create({
      contact_id: lamarr,
      issue_date: '2026-01-05',
      due_date: '2026-01-20',
      status: 'sent',
      items: [item('Overdue work', 2, '300.00', '19')],
    });
    await ok(alice.post(`/api/invoices/${overdue.id}/payments`, { amount: '100.00', date: '2026-01-25' }), 201);
    // sent, due later, paid in full
    const paid = await create({
      contact_id: hopper,
      issue_date: '2026-02-01',
      due_date: '2099-01-01',
      status: 'sent',
      items: [item('Paid', 1, '50.00')],
    });
    await ok(alice.post(`/api/invoices/${paid.id}/payments`, { amount: '50.00' }), 201);
    // cancelled
    const cancelled = await create({
      contact_id: lamarr,
      issue_date: '2026-02-15',
      status: 'sent',
      items: [item('Cancelled', 4, '12.25')],
    });
    await ok(alice.put(`/api/invoices/${cancelled.id}`, { status: 'cancelled' }));
    // sent in pounds, with a credit note, still due
    const credited = await create({
      contact_id: hopper,
      currency: 'GBP',
      issue_date: '2026-02-20',
      due_date: '2099-06-30',
      status: 'sent',
      discount_type: 'amount',
      discount_value: '5.00',
      items: [item('Workshop', 2, '400.00', '20'), item('Travel', 1, '85.40')],
    });
    await ok(alice.post(`/api/invoices/${credited.id}/credit-notes`, { amount: '50.00', reason: 'Goodwill' }), 201);
    // sent, shared and viewed twice through its link
    const viewed = await create({
      contact_id: lamarr,
      issue_date: '2026-02-25',
      due_date: '2099-02-01',
      status: 'sent',
      items: [item('Viewed', 1, '1250.00')],
    });
    const link = await ok(alice.post(`/api/invoices/${viewed.id}/share`));
    for (let n = 0; n < 2; n += 1) {
      const page = await fetch(link.url, { redirect: 'manual' });
      expect(page.status).toBe(200);
      await page.arrayBuffer();
    }
    // a draft whose client was deleted since: the database keeps a client with invoices, so the draft lets go of it first
    const orphan = await create({ contact_id: gone, issue_date: '2026-02-26', items: [item('Orphan', 1, '10.00')] });
    await ok(alice.put(`/api/invoices/${orphan.id}`, { contact_id: null }));
    await ok(alice.delete(`/api/contacts/${gone}`));
    // more of the same shapes, so that sorts tie on a value and pages have several rows: equal totals, equal dates
    for (let n = 0; n < 6; n += 1) {
      await create({
        contact_id: n % 2 === 0 ? hopper : null,
        issue_date: `2026-02-0${1 + (n % 3)}`,
        due_date: n % 3 === 0 ? '2026-02-20' : '2099-03-01',
        status: n < 4 ? 'sent' : 'draft',
        currency: n % 2 === 0 ? 'EUR' : 'USD',
        items: [item(`Batch ${n}`, 1, n < 3 ? '100.00' : '250.00')],
      });
    }

    for (const row of (await pages(alice, '/api/invoices', 50)).rows) {
      const detail = await ok(alice.get(`/api/invoices/${row.id}`));
      const { items: _items, payments: _payments, credit_notes: _notes, ...invoice } = detail;
      details.set(row.id, invoice);
    }
  });

  it('has the invoices of every shape it is meant to compare', () => {
    const all = [...details.values()];
    expect(all).toHaveLength(14);
    expect(new Set(all.map((i) => i.effective_status))).toEqual(new Set(['draft', 'sent', 'overdue', 'paid', 'cancelled']));
    expect(new Set(all.map((i) => i.currency))).toEqual(new Set(['EUR', 'USD', 'GBP']));
    expect(all.some((i) => i.contact_id === null)).toBe(true);
    expect(all.some((i) => i.contact_name === 'Hedy' && i.contact_email === null)).toBe(true);
    expect(all.some((i) => i.credited_amount !== '0.00' && i.balance_due !== '0.00')).toBe(true);
    expect(all.some((i) => i.amount_paid !== '0.00' && i.balance_due !== '0.00')).toBe(true);
    expect(all.some((i) => i.paid_at !== null && i.sent_at !== null)).toBe(true);
    expect(all.some((i) => i.viewed_at !== null && i.view_count === 2)).toBe(true);
    expect(all.some((i) => i.discount_type === 'percent' && i.taxes.length === 2)).toBe(true);
    expect(all.some((i) => i.discount_type === 'amount' && i.discount_value === '5.00')).toBe(true);
    expect(all.some((i) => typeof i.notes === 'string' && i.notes.includes('\n') && i.notes.includes('\u0001'))).toBe(true);
  });

  const queries: { path: string; keep: (i: any) => boolean; sort?: string }[] = [
    { path: '', keep: () => true },
    { path: 'status=overdue', keep: (i) => i.effective_status === 'overdue' },
    { path: 'status=sent', keep: (i) => i.effective_status === 'sent' },
    { path: 'status=draft,paid,cancelled', keep: (i) => ['draft', 'paid', 'cancelled'].includes(i.effective_status) },
    { path: 'status=sent,overdue&sort=due_date', keep: (i) => ['sent', 'overdue'].includes(i.effective_status), sort: 'due_date' },
    { path: 'contact_id=HOPPER', keep: (i) => i.contact_id === 'HOPPER' },
    { path: 'from=2026-02-01&to=2026-02-20', keep: (i) => i.issue_date >= '2026-02-01' && i.issue_date <= '2026-02-20' },
    { path: 'from=2026-02-01&date_field=due_date&sort=-due_date', keep: (i) => i.due_date >= '2026-02-01', sort: '-due_date' },
    { path: 'q=hopper', keep: (i) => i.contact_name === 'Grace Hopper' },
    { path: 'q=INV-0003', keep: (i) => i.invoice_number.includes('INV-0003') },
    { path: 'sort=total_amount', keep: () => true, sort: 'total_amount' },
    { path: 'sort=-total_amount', keep: () => true, sort: '-total_amount' },
    { path: 'sort=invoice_number', keep: () => true, sort: 'invoice_number' },
    { path: 'sort=-invoice_number', keep: () => true, sort: '-invoice_number' },
    { path: 'sort=issue_date', keep: () => true, sort: 'issue_date' },
    { path: 'sort=created_at', keep: () => true, sort: 'created_at' },
    {
      path: 'sort=-created_at&status=sent,overdue,paid',
      keep: (i) => ['sent', 'overdue', 'paid'].includes(i.effective_status),
      sort: '-created_at',
    },
  ];

  it.each(queries)('lists ?$path as one invoice reads, in order, page by page', async (query) => {
    const path = `/api/invoices?${query.path.replace('HOPPER', hopper)}`;
    const keep = (i: any) =>
      query.keep(query.path.includes('HOPPER') ? { ...i, contact_id: i.contact_id === hopper ? 'HOPPER' : i.contact_id } : i);
    const sort = query.sort ?? '-issue_date';
    const field = sort.replace(/^-/, '');
    const direction = sort.startsWith('-') ? -1 : 1;
    const expected = [...details.values()]
      .filter(keep)
      .sort((a, b) => direction * (compare(a, b, field) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    expect(expected.length, 'a list the comparison means something for').toBeGreaterThan(0);

    for (const limit of [3, 50]) {
      const { rows, total, texts } = await pages(alice, path, limit);
      expect(total).toBe(expected.length);
      expect(rows.map((r) => r.id)).toEqual(expected.map((i) => i.id));
      for (const [n, row] of rows.entries()) {
        const one = expected[n];
        // the same fields, in the same order, with the same values and the same JSON text
        expect(Object.keys(row)).toEqual(Object.keys(one));
        expect(row).toStrictEqual(one);
        expect(JSON.stringify(row)).toBe(JSON.stringify(one));
      }
      // the answer's own text carries each row as the invoice's answer writes it
      const text = texts.join('');
      for (const row of rows) expect(text).toContain(JSON.stringify(details.get(row.id)));
    }
  });

  it('answers the list in the API description’s types (timestamps as ISO text, money as decimal strings)', async () => {
    const { rows } = await pages(alice, '/api/invoices', 50);
    for (const row of rows) {
      for (const key of ['sent_at', 'paid_at', 'viewed_at', 'created_at', 'updated_at']) {
        if (row[key] !== null) expect(row[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      }
      for (const key of ['subtotal', 'discount_amount', 'tax_amount', 'total_amount', 'amount_paid', 'credited_amount', 'balance_due']) {
        expect(row[key]).toMatch(/^-?\d+\.\d{2}$/);
      }
      expect(row.issue_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof row.view_count).toBe('number');
    }
  });
});
