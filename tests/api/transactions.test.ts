import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';
import { adminSql, allRows, expectErrorShape, insertInvoice, total } from '../helpers/api';

/**
 * Transactions over HTTP on both backends: exact money in and out, totals of
 * the whole filtered set computed by the database, categories offered back,
 * the invoice link rules, bad input and isolation.
 */

const backends = inject('backends');

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

describe.each(backends)('transactions API on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;
  const sql = adminSql(backend);

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
  });

  afterAll(async () => {
    await sql?.end({ timeout: 5 });
  });

  it('creates, reads, updates partially and deletes; money is a two-place string', async () => {
    const created = await alice.post('/api/transactions', { type: 'expense', amount: 12.5, category: 'Software', description: 'Editor' });
    expect(created.status).toBe(201);
    const row = created.body.data;
    expect(row).toMatchObject({
      type: 'expense',
      amount: '12.50',
      category: 'Software',
      description: 'Editor',
      invoice_id: null,
      user_id: alice.user.id,
    });
    expect(Object.keys(row).sort()).toEqual(
      [
        'id',
        'workspace_id',
        'user_id',
        'type',
        'amount',
        'category',
        'description',
        'date',
        'invoice_id',
        'created_at',
        'updated_at',
      ].sort(),
    );
    expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([todayUtc(), new Date(Date.now() - 60_000).toISOString().slice(0, 10)]).toContain(row.date);
    expect((await alice.get(`/api/transactions/${row.id}`)).body).toEqual({ data: row });

    const updated = await alice.put(`/api/transactions/${row.id}`, { amount: '1250', date: '2026-02-28', type: 'income' });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ amount: '1250.00', date: '2026-02-28', type: 'income', category: 'Software' });

    expect((await alice.delete(`/api/transactions/${row.id}`)).body).toEqual({ data: { id: row.id, deleted: true } });
    expect((await alice.get(`/api/transactions/${row.id}`)).status).toBe(404);
  });

  it('parses amounts exactly, whatever their form', async () => {
    const cases: [unknown, string][] = [
      ['0.10', '0.10'],
      [0.1, '0.10'],
      ['5', '5.00'],
      [7, '7.00'],
      ['1e2', '100.00'],
      ['999999999999.99', '999999999999.99'],
      ['0001.5', '1.50'],
    ];
    for (const [amount, expected] of cases) {
      const res = await alice.post('/api/transactions', { type: 'expense', amount, category: 'Parsing' });
      expect(res.status, String(amount)).toBe(201);
      expect(res.body.data.amount, String(amount)).toBe(expected);
    }
    // a JSON number whose text is not exact in binary keeps its text
    const lossless = await alice.post('/api/transactions', '{"type":"income","amount":0.30,"category":"Parsing"}');
    expect(lossless.body.data.amount).toBe('0.30');
  });

  describe('totals are exact and cover the whole filtered set', () => {
    let owner: Awaited<ReturnType<typeof signIn>>;

    beforeAll(async () => {
      owner = await signIn(backend.url);
    });

    it('adds 0.10 + 0.20 to exactly 0.30', async () => {
      const user = await signIn(backend.url);
      await user.post('/api/transactions', { type: 'income', amount: '0.10' });
      await user.post('/api/transactions', { type: 'income', amount: 0.2 });
      const res = await user.get('/api/transactions');
      expect(res.body.totals).toEqual({ income: '0.30', expense: '0.00', net: '0.30' });
      expect(0.1 + 0.2).not.toBe(0.3); // what a float would have said
    });

    it('sums many rows and amounts over a million without drift, and a negative net', async () => {
      const user = await signIn(backend.url);
      for (let i = 0; i < 100; i += 1) {
        expect((await user.post('/api/transactions', { type: 'expense', amount: '0.07', category: 'Tiny' })).status).toBe(201);
      }
      for (const amount of ['999999999999.99', '999999999999.99', '999999999999.99', '1000000.01']) {
        await user.post('/api/transactions', { type: 'income', amount, category: 'Huge' });
      }
      await user.post('/api/transactions', { type: 'expense', amount: '3000001000001.00', category: 'Huge' }).then((r) => {
        expect(r.status).toBe(400); // 13 integer digits: more than numeric(14,2) holds
      });
      let float = 0;
      for (let i = 0; i < 100; i += 1) float += 0.07;
      expect(String(float)).not.toBe('7'); // a float sum of the same amounts drifts
      const res = await user.get('/api/transactions?limit=1');
      expect(res.body.page.total).toBe(104);
      expect(res.body.totals).toEqual({ income: '3000000999999.98', expense: '7.00', net: '3000000999992.98' });
      expect(String(999999999999.99 * 3 + 1000000.01)).not.toBe('3000000999999.98');
      const tiny = await user.get('/api/transactions?category=Tiny&limit=5');
      expect(tiny.body.totals).toEqual({ income: '0.00', expense: '7.00', net: '-7.00' });
      expect(tiny.body.data).toHaveLength(5);
    });

    it('filters rows and totals together, on every page', async () => {
      const rows = [
        { type: 'income', amount: '1000.00', category: 'Projects', description: 'Website for Nordwerk', date: '2026-01-15' },
        { type: 'income', amount: '250.50', category: 'Consulting', description: 'Workshop', date: '2026-02-03' },
        { type: 'expense', amount: '99.99', category: 'Software', description: 'Design tool, yearly', date: '2026-01-20' },
        { type: 'expense', amount: '450.00', category: 'Office', description: 'Desk rent', date: '2026-02-01' },
        { type: 'expense', amount: '0.01', category: null, description: 'Rounding test', date: '2026-03-01' },
      ];
      for (const r of rows) expect((await owner.post('/api/transactions', r)).status).toBe(201);
      const check = async (query: string, count: number, totals: Record<string, string>) => {
        const res = await owner.get(`/api/transactions?${query}${query ? '&' : ''}limit=1`);
        expect(res.status, query).toBe(200);
        expect(res.body.page.total, query).toBe(count);
        expect(res.body.totals, query).toEqual(totals);
        if (res.body.page.next_cursor) {
          const next = await owner.get(`/api/transactions?${query}${query ? '&' : ''}limit=1&cursor=${res.body.page.next_cursor}`);
          expect(next.body.totals, `${query} page 2`).toEqual(totals);
        }
      };
      await check('', 5, { income: '1250.50', expense: '550.00', net: '700.50' });
      await check('type=income', 2, { income: '1250.50', expense: '0.00', net: '1250.50' });
      await check('type=expense', 3, { income: '0.00', expense: '550.00', net: '-550.00' });
      await check('category=Software', 1, { income: '0.00', expense: '99.99', net: '-99.99' });
      await check('category=', 1, { income: '0.00', expense: '0.01', net: '-0.01' });
      await check('from=2026-02-01', 3, { income: '250.50', expense: '450.01', net: '-199.51' });
      await check('from=2026-01-01&to=2026-01-31', 2, { income: '1000.00', expense: '99.99', net: '900.01' });
      await check('to=2026-01-15', 1, { income: '1000.00', expense: '0.00', net: '1000.00' });
      await check('q=DESK', 1, { income: '0.00', expense: '450.00', net: '-450.00' });
      await check('q=consult', 1, { income: '250.50', expense: '0.00', net: '250.50' });
      await check('q=nothing-here', 0, { income: '0.00', expense: '0.00', net: '0.00' });
    });

    it('past 1 000 matches a search counts to the bound and leaves its totals to /totals, which adds up every match exactly', async () => {
      const user = await signIn(backend.url);
      const row = (type: string, amount: string, description: string, date: string) => ({
        id: crypto.randomUUID(),
        type,
        amount,
        description,
        date,
      });
      const rows = [
        ...Array.from({ length: 1100 }, (_, i) => row('expense', '1.01', `Server hosting #${i}`, `2026-0${1 + (i % 9)}-1${i % 10}`)),
        ...Array.from({ length: 3 }, () => row('income', '0.10', 'Hosting refund', '2026-05-05')),
        ...Array.from({ length: 100 }, () => row('expense', '2.50', 'Coffee', '2026-04-04')),
      ];
      const imported = await user.post('/api/import', {
        format: 'ledgerly-export',
        version: 1,
        exported_at: '2026-12-01T09:00:00.000Z',
        tables: { transactions: rows },
      });
      expect(imported.status, imported.text.slice(0, 300)).toBe(200);

      // the list: the page at once, a bounded count, no totals (they would cover only part of the set)
      const first = await user.get('/api/transactions?q=HOSTING&limit=2');
      expect(first.status).toBe(200);
      expect(first.body.data).toHaveLength(2);
      expect(first.body.page).toMatchObject({ limit: 2, total: 1000, total_exact: false });
      expect(first.body.totals).toBeNull();
      const second = await user.get(`/api/transactions?q=HOSTING&limit=2&cursor=${encodeURIComponent(first.body.page.next_cursor)}`);
      expect(second.body.page).toMatchObject({ total: 1000, total_exact: false });
      expect(second.body.totals).toBeNull();
      expect(second.body.data.map((t: any) => t.id)).not.toContain(first.body.data[0].id);

      // the exact figures of every match, asked for separately
      const totals = await user.get('/api/transactions/totals?q=HOSTING');
      expect(totals.status).toBe(200);
      expect(totals.body).toEqual({ data: { count: 1103, totals: { income: '0.30', expense: '1111.00', net: '-1110.70' } } });
      const incomeOnly = await user.get('/api/transactions/totals?q=hosting&type=income');
      expect(incomeOnly.body.data).toEqual({ count: 3, totals: { income: '0.30', expense: '0.00', net: '0.30' } });
      const inMarch = await user.get('/api/transactions/totals?q=hosting&from=2026-03-01&to=2026-03-31');
      const marchRows = rows.filter((r) => r.description.includes('hosting') && r.date.startsWith('2026-03'));
      const cents = marchRows.length * 101;
      const marchExpense = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      expect(inMarch.body.data).toEqual({
        count: marchRows.length,
        totals: { income: '0.00', expense: marchExpense, net: `-${marchExpense}` },
      });
      expect(marchRows.length).toBeGreaterThan(100);

      // under the bound: the list's own count and totals are exact, as before
      const refunds = await user.get('/api/transactions?q=refund&limit=1');
      expect(refunds.body.page).toMatchObject({ total: 3, total_exact: true });
      expect(refunds.body.totals).toEqual({ income: '0.30', expense: '0.00', net: '0.30' });
      const refundsPage2 = await user.get(`/api/transactions?q=refund&limit=1&cursor=${encodeURIComponent(refunds.body.page.next_cursor)}`);
      expect(refundsPage2.body.totals).toEqual({ income: '0.30', expense: '0.00', net: '0.30' });

      // filters the day totals answer: exact count and totals on the list, and the same from /totals
      const all = await user.get('/api/transactions?limit=1');
      const everything = { income: '0.30', expense: '1361.00', net: '-1360.70' };
      expect(all.body.page).toMatchObject({ total: 1203, total_exact: true });
      expect(all.body.totals).toEqual(everything);
      expect((await user.get('/api/transactions/totals')).body.data).toEqual({ count: 1203, totals: everything });
      const expenses = await user.get('/api/transactions?type=expense&limit=1');
      expect(expenses.body.page).toMatchObject({ total: 1200, total_exact: true });
      expect(expenses.body.totals).toEqual({ income: '0.00', expense: '1361.00', net: '-1361.00' });

      // the CSV export stays exact: every match
      const csv = await user.get('/api/transactions?q=hosting&format=csv');
      expect(csv.status).toBe(200);
      expect(csv.text.trim().split('\r\n')).toHaveLength(1 + 1103);

      // another workspace's matches are not counted
      expect((await bob.get('/api/transactions/totals?q=hosting')).body.data).toEqual({
        count: 0,
        totals: { income: '0.00', expense: '0.00', net: '0.00' },
      });
    });

    it('/totals takes the list filters only, each checked', async () => {
      const cases: [string, string[]][] = [
        ['limit=5', ['limit']],
        ['cursor=abc', ['cursor']],
        ['sort=-date', ['sort']],
        ['format=csv', ['format']],
        ['type=transfer', ['type']],
        ['from=2026-03-01&to=2026-01-01', ['from']],
        ['invoice_id=123', ['invoice_id']],
        ['q=' + 'x'.repeat(300), ['q']],
        ['user_id=someone', ['user_id']],
      ];
      for (const [query, fields] of cases) {
        const res = await alice.get(`/api/transactions/totals?${query}`);
        expect(res.status, query).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(Object.keys(res.body.error.details).sort(), query).toEqual(fields);
      }
      expect((await new Client(backend.url).get('/api/transactions/totals')).status).toBe(401);
      expect((await alice.post('/api/transactions/totals', {})).status).toBe(405);
    });

    it('sorts by date (newest first by default), amount and creation, walking every page once', async () => {
      const byDate = (await owner.get('/api/transactions')).body.data.map((t: any) => t.date);
      expect(byDate).toEqual([...byDate].sort().reverse());
      const byAmount = (await owner.get('/api/transactions?sort=-amount')).body.data.map((t: any) => t.amount);
      expect(byAmount).toEqual(['1000.00', '450.00', '250.50', '99.99', '0.01']);
      const asc = (await owner.get('/api/transactions?sort=amount')).body.data.map((t: any) => t.amount);
      expect(asc).toEqual([...byAmount].reverse());
      for (const sort of ['date', '-date', 'amount', '-amount', 'created_at', '-created_at']) {
        const walked = await allRows(owner, `/api/transactions?sort=${sort}`, 2);
        const one = (await owner.get(`/api/transactions?sort=${sort}`)).body.data;
        expect(
          walked.map((t) => t.id),
          sort,
        ).toEqual(one.map((t: any) => t.id));
      }
    });

    it('offers back the categories in use, most used first, in the spelling already used', async () => {
      await owner.post('/api/transactions', { type: 'expense', amount: '10.00', category: '  software ' });
      const res = await owner.get('/api/transactions/categories');
      expect(res.status).toBe(200);
      expect(res.body.data[0]).toEqual({
        category: 'Software',
        type: 'expense',
        count: 2,
        last_used: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(res.body.data.map((c: any) => c.category).sort()).toEqual(['Consulting', 'Office', 'Projects', 'Software']);
      const income = await owner.get('/api/transactions/categories?type=income');
      expect(income.body.data.map((c: any) => c.category).sort()).toEqual(['Consulting', 'Projects']);
      expect((await owner.get('/api/transactions/categories?type=transfer')).status).toBe(400);
      expect((await owner.get('/api/transactions/categories?limit=5')).status).toBe(400);
      const theirs = await bob.get('/api/transactions/categories');
      expect(JSON.stringify(theirs.body)).not.toContain('Consulting');
    });

    it('exports the filtered rows as CSV, with formulas neutralised', async () => {
      await owner.post('/api/transactions', {
        type: 'expense',
        amount: '1.00',
        category: '=cmd|"/c calc"!A1',
        description: '-2+3',
        date: '2026-03-02',
      });
      const res = await owner.get('/api/transactions?format=csv&from=2026-03-01&to=2026-03-31&sort=date&limit=1');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('filename="transactions.csv"');
      const text = res.text.replace(/^\uFEFF/, '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe('id,date,type,amount,category,description,invoice_id,created_at,updated_at');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(',2026-03-01,expense,0.01,,Rounding test,,');
      expect(lines[2]).toContain(`,"'=cmd|""/c calc""!A1","'-2+3",`);
    });
  });

  describe('invoice_id', () => {
    it('only income may pay an invoice (422 with a clear message)', async () => {
      const before = await total(alice, '/api/transactions');
      const res = await alice.post('/api/transactions', {
        type: 'expense',
        amount: '5.00',
        invoice_id: '00000000-0000-4000-8000-000000000000',
      });
      expect(res.status).toBe(422);
      expectErrorShape(res.body, 'unprocessable');
      expect(res.body.error.message).toMatch(/only income can pay an invoice/i);
      expect(res.body.error.details).toEqual({ invoice_id: ['can only be set on an income transaction'] });
      expect(await total(alice, '/api/transactions')).toBe(before);
    });

    it('refuses an invoice that is not in the account (422)', async () => {
      const before = await total(alice, '/api/transactions');
      const res = await alice.post('/api/transactions', {
        type: 'income',
        amount: '5.00',
        invoice_id: '00000000-0000-4000-8000-000000000000',
      });
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual({ invoice_id: ['is not one of your invoices'] });
      const malformed = await alice.post('/api/transactions', { type: 'income', amount: '5.00', invoice_id: 'INV-0001' });
      expect(malformed.status).toBe(400);
      expect(await total(alice, '/api/transactions')).toBe(before);
    });

    it.runIf(backend.adminUrl)("links income to the user's own invoice, never to another user's", async () => {
      const mine = await insertInvoice(sql!, { user_id: alice.user.id, total_amount: '1000.00' });
      const theirs = await insertInvoice(sql!, { user_id: bob.user.id, total_amount: '1000.00' });
      const before = await total(alice, '/api/transactions');
      const foreign = await alice.post('/api/transactions', { type: 'income', amount: '100.00', invoice_id: theirs.id });
      expect(foreign.status).toBe(422);
      expect(foreign.body.error.details).toEqual({ invoice_id: ['is not one of your invoices'] });
      expect(await total(alice, '/api/transactions')).toBe(before);

      const paid = await alice.post('/api/transactions', {
        type: 'income',
        amount: '100.00',
        invoice_id: mine.id,
        description: 'Part payment',
      });
      expect(paid.status).toBe(201);
      expect(paid.body.data.invoice_id).toBe(mine.id);
      const filtered = await alice.get(`/api/transactions?invoice_id=${mine.id}`);
      expect(filtered.body.data.map((t: any) => t.id)).toEqual([paid.body.data.id]);
      expect(filtered.body.totals.income).toBe('100.00');
      expect((await bob.get(`/api/transactions?invoice_id=${mine.id}`)).body.page.total).toBe(0);

      const toExpense = await alice.put(`/api/transactions/${paid.body.data.id}`, { type: 'expense' });
      expect(toExpense.status).toBe(422);
      const toForeign = await alice.put(`/api/transactions/${paid.body.data.id}`, { invoice_id: theirs.id });
      expect(toForeign.status).toBe(422);
      const still = (await alice.get(`/api/transactions/${paid.body.data.id}`)).body.data;
      expect(still).toMatchObject({ type: 'income', invoice_id: mine.id });
      const unlinked = await alice.put(`/api/transactions/${paid.body.data.id}`, { invoice_id: null, type: 'expense' });
      expect(unlinked.status).toBe(200);
      expect(unlinked.body.data).toMatchObject({ type: 'expense', invoice_id: null });
    });
  });

  describe('bad input gets a 4xx naming the field and writes nothing', () => {
    it('rejects bad bodies', async () => {
      const before = await total(alice, '/api/transactions');
      const cases: [unknown, string][] = [
        [{ amount: '1.00' }, 'type'],
        [{ type: 'income' }, 'amount'],
        [{ type: 'transfer', amount: '1.00' }, 'type'],
        [{ type: 'income', amount: '1.005' }, 'amount'],
        [{ type: 'income', amount: '12.345' }, 'amount'],
        [{ type: 'income', amount: '-5.00' }, 'amount'],
        [{ type: 'income', amount: '0' }, 'amount'],
        [{ type: 'income', amount: '0.00' }, 'amount'],
        [{ type: 'income', amount: 'abc' }, 'amount'],
        [{ type: 'income', amount: '1,000.00' }, 'amount'],
        [{ type: 'income', amount: '' }, 'amount'],
        [{ type: 'income', amount: null }, 'amount'],
        [{ type: 'income', amount: true }, 'amount'],
        [{ type: 'income', amount: { value: 1 } }, 'amount'],
        [{ type: 'income', amount: '1234567890123.00' }, 'amount'],
        [{ type: 'income', amount: 'NaN' }, 'amount'],
        [{ type: 'income', amount: 'Infinity' }, 'amount'],
        [{ type: 'income', amount: '1.00', date: '2025-02-30' }, 'date'],
        [{ type: 'income', amount: '1.00', date: '2026-1-5' }, 'date'],
        [{ type: 'income', amount: '1.00', date: '2026-01-05T00:00:00Z' }, 'date'],
        [{ type: 'income', amount: '1.00', date: 20260105 }, 'date'],
        [{ type: 'income', amount: '1.00', category: 'x'.repeat(101) }, 'category'],
        [{ type: 'income', amount: '1.00', description: 'x'.repeat(2001) }, 'description'],
        [{ type: 'income', amount: '1.00', currency: 'EUR' }, 'currency'],
        [{ type: 'income', amount: '1.00', user_id: bob.user.id }, 'user_id'],
        [{ type: 'income', amount: '1.00', created_at: '2026-01-01T00:00:00Z' }, 'created_at'],
      ];
      for (const [body, field] of cases) {
        const res = await alice.post('/api/transactions', body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(Object.keys(res.body.error.details), JSON.stringify(body).slice(0, 80)).toContain(field);
      }
      for (const text of [
        '{"type":"income","amount":1e309}',
        '{"type":"income","amount":1e-7}',
        '{"type":"income","amount":12.345}',
        '{"type":"income","amount":-0.5}',
      ]) {
        const res = await alice.post('/api/transactions', text);
        expect(res.status, text).toBe(400);
        expect(res.body.error.details.amount, text).toBeDefined();
      }
      expect((await alice.post('/api/transactions', { type: 'income', amount: '1.00', description: 'x'.repeat(150 * 1024) })).status).toBe(
        413,
      );
      expect(await total(alice, '/api/transactions')).toBe(before);
    });

    it('rejects bad updates and leaves the row unchanged', async () => {
      const row = (await alice.post('/api/transactions', { type: 'expense', amount: '42.00', date: '2026-01-01' })).body.data;
      for (const body of [{}, { amount: '4.2.0' }, { amount: 0 }, { date: '2026-02-29' }, { type: null }, { amount: '1.00', note: 'x' }]) {
        const res = await alice.put(`/api/transactions/${row.id}`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
      expect((await alice.get(`/api/transactions/${row.id}`)).body.data).toEqual(row);
    });

    it('rejects bad query parameters, naming each', async () => {
      const cases: [string, string[]][] = [
        ['limit=100000', ['limit']],
        ['limit=-1', ['limit']],
        ['type=transfer', ['type']],
        ['sort=-category', ['sort']],
        ['from=2025-02-30', ['from']],
        ['to=2026-13-01', ['to']],
        ['from=2026-03-01&to=2026-01-01', ['from']],
        ['invoice_id=123', ['invoice_id']],
        ['category=' + 'x'.repeat(101), ['category']],
        ['format=pdf', ['format']],
        ['amount=5', ['amount']],
      ];
      for (const [query, fields] of cases) {
        const res = await alice.get(`/api/transactions?${query}`);
        expect(res.status, query).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(Object.keys(res.body.error.details).sort(), query).toEqual(fields);
      }
    });
  });

  describe('tenants are sealed', () => {
    it("answers 404 for another user's transaction and keeps totals apart", async () => {
      const user = await signIn(backend.url);
      const other = await signIn(backend.url);
      const row = (await user.post('/api/transactions', { type: 'income', amount: '77.77', description: 'Secret income' })).body.data;
      await other.post('/api/transactions', { type: 'expense', amount: '1.00' });
      expect((await other.get(`/api/transactions/${row.id}`)).status).toBe(404);
      expect((await other.put(`/api/transactions/${row.id}`, { amount: '1.00' })).status).toBe(404);
      expect((await other.delete(`/api/transactions/${row.id}`)).status).toBe(404);
      expect((await user.get(`/api/transactions/${row.id}`)).body.data.amount).toBe('77.77');
      expect((await user.get('/api/transactions')).body.totals).toEqual({ income: '77.77', expense: '0.00', net: '77.77' });
      expect((await other.get('/api/transactions')).body.totals).toEqual({ income: '0.00', expense: '1.00', net: '-1.00' });
      expect((await other.get('/api/transactions?format=csv')).text).not.toContain('Secret income');
    });

    it('answers 401 without a session', async () => {
      const anon = new Client(backend.url);
      for (const path of ['/api/transactions', '/api/transactions/categories', '/api/transactions/00000000-0000-4000-8000-000000000000']) {
        expect((await anon.get(path)).status, path).toBe(401);
      }
      expect((await anon.post('/api/transactions', { type: 'income', amount: '1.00' })).status).toBe(401);
      expect((await alice.delete('/api/transactions')).status).toBe(405);
    });
  });
});
