import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatUnits, toUnits } from '../../src/lib/money';
import { Client, signIn } from '../helpers/client';
import { awayFromMidnight } from '../helpers/window';
import { allRows, expectErrorShape } from '../helpers/api';

/**
 * The dashboard over HTTP on both backends. Every figure is compared with the
 * same figure computed here, independently, from the rows the test created
 * through the API (a ledger kept by the test): money per period, by category,
 * the period before, receivables aging, top clients, invoice and task counts.
 * Edge cases: empty periods, a payment on the last day of a month, time zones
 * on both sides of the date line, partial payments, cancelled invoices,
 * several currencies, edits and deletions, and other accounts' data.
 */

const backends = inject('backends');
type User = Awaited<ReturnType<typeof signIn>>;

// ---------------------------------------------------------------------------
// Calendar helpers (independent of the app's own)
// ---------------------------------------------------------------------------

function todayIn(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function monthStart(date: string, monthsLater = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + monthsLater, 1)).toISOString().slice(0, 10);
}

function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

type Interval = 'day' | 'week' | 'month';

/** The calendar period a date falls in: the day, its ISO week (from Monday), its month. */
function bucketOf(date: string, interval: Interval): string {
  if (interval === 'day') return date;
  if (interval === 'month') return monthStart(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return shift(date, -((weekday + 6) % 7));
}

function nextBucket(bucket: string, interval: Interval): string {
  if (interval === 'day') return shift(bucket, 1);
  if (interval === 'week') return shift(bucket, 7);
  return monthStart(bucket, 1);
}

/** Every period of a range, first and last day inside the range. */
function periodsOf(from: string, to: string, interval: Interval): { bucket: string; start: string; end: string }[] {
  const out = [];
  for (let b = bucketOf(from, interval); b <= to; b = nextBucket(b, interval)) {
    const last = shift(nextBucket(b, interval), -1);
    out.push({ bucket: b, start: b < from ? from : b, end: last > to ? to : last });
  }
  return out;
}

// ---------------------------------------------------------------------------
// The test's own ledger
// ---------------------------------------------------------------------------

interface Entry {
  id: string;
  type: 'income' | 'expense';
  amount: string;
  category: string | null;
  date: string;
  /** null: not linked to an invoice (the account's currency) */
  currency: string | null;
  contact_id: string | null;
}

const sum = (values: string[]) => formatUnits(values.reduce((total, v) => total + toUnits(v), 0n));
const minus = (a: string, b: string) => formatUnits(toUnits(a) - toUnits(b));

function flow(entries: Entry[]) {
  const income = sum(entries.filter((e) => e.type === 'income').map((e) => e.amount));
  const expense = sum(entries.filter((e) => e.type === 'expense').map((e) => e.amount));
  return { income, expense, net: minus(income, expense) };
}

/** The financial figures the API must return for one currency, computed from the ledger. */
function expectedFinancial(
  ledger: Entry[],
  q: { from: string; to: string; previousFrom: string; previousTo: string; interval: Interval },
  currency: string,
  account: string,
  names: Map<string, string>,
) {
  const mine = ledger.filter((e) => (e.currency ?? account) === currency);
  const within = (from: string, to: string) => mine.filter((e) => e.date >= from && e.date <= to);
  const current = within(q.from, q.to);
  const categories = new Map<string, Entry[]>();
  for (const e of current) {
    const key = JSON.stringify([e.type, e.category]);
    categories.set(key, [...(categories.get(key) ?? []), e]);
  }
  const by_category = [...categories.entries()]
    .map(([key, entries]) => {
      const [type, category] = JSON.parse(key) as [string, string | null];
      return { type, category, amount: sum(entries.map((e) => e.amount)) };
    })
    .sort((a, b) => {
      const d = toUnits(b.amount) - toUnits(a.amount);
      if (d !== 0n) return d > 0n ? 1 : -1;
      if (a.type !== b.type) return a.type < b.type ? -1 : 1;
      if (a.category === b.category) return 0;
      if (a.category === null) return 1;
      if (b.category === null) return -1;
      return a.category < b.category ? -1 : 1;
    });
  const clients = new Map<string, string[]>();
  for (const e of current)
    if (e.type === 'income' && e.contact_id) clients.set(e.contact_id, [...(clients.get(e.contact_id) ?? []), e.amount]);
  const top_clients = [...clients.entries()]
    .map(([contact_id, amounts]) => ({ contact_id, name: names.get(contact_id)!, amount: sum(amounts) }))
    .sort((a, b) => {
      const d = toUnits(b.amount) - toUnits(a.amount);
      return d !== 0n ? (d > 0n ? 1 : -1) : a.contact_id < b.contact_id ? -1 : 1;
    })
    .slice(0, 10);
  return {
    totals: flow(current),
    previous: { from: q.previousFrom, to: q.previousTo, ...flow(within(q.previousFrom, q.previousTo)) },
    periods: periodsOf(q.from, q.to, q.interval).map((p) => ({
      start: p.start,
      end: p.end,
      ...flow(current.filter((e) => bucketOf(e.date, q.interval) === p.bucket)),
    })),
    by_category,
    top_clients,
  };
}

interface OpenInvoice {
  currency: string;
  due_date: string;
  balance: string;
}

function expectedAging(invoices: OpenInvoice[], today: string, currency: string) {
  const buckets = ['current', '1-30', '31-60', '61-90', '90+'] as const;
  const late = (due: string) => Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000);
  const bucket = (days: number) => (days <= 0 ? 'current' : days <= 30 ? '1-30' : days <= 60 ? '31-60' : days <= 90 ? '61-90' : '90+');
  const mine = invoices.filter((i) => i.currency === currency && toUnits(i.balance) > 0n);
  return buckets.map((b) => {
    const inBucket = mine.filter((i) => bucket(late(i.due_date)) === b);
    return { bucket: b, count: inBucket.length, amount: sum(inBucket.map((i) => i.balance)) };
  });
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function ok<T = any>(promise: Promise<{ status: number; body: any; text: string }>, status = 200): Promise<T> {
  const res = await promise;
  expect(res.status, res.text).toBe(status);
  return res.body.data as T;
}

async function addTransaction(client: Client, ledger: Entry[], body: Record<string, unknown>): Promise<Entry> {
  const row = await ok(client.post('/api/transactions', body), 201);
  const entry: Entry = {
    id: row.id,
    type: row.type,
    amount: row.amount,
    category: row.category,
    date: row.date,
    currency: null,
    contact_id: null,
  };
  ledger.push(entry);
  return entry;
}

async function addContact(client: Client, names: Map<string, string>, first: string, last: string): Promise<string> {
  const row = await ok(client.post('/api/contacts', { first_name: first, last_name: last }), 201);
  names.set(row.id, `${first} ${last}`);
  return row.id;
}

interface Invoice {
  id: string;
  currency: string;
  contact_id: string | null;
  due_date: string;
  total_amount: string;
  paid: string[];
  status: 'draft' | 'sent' | 'paid' | 'cancelled';
}

async function addInvoice(
  client: Client,
  fields: {
    contact_id?: string;
    issue_date: string;
    due_date: string;
    currency?: string;
    status?: 'sent';
    lines: [number, string, string?][];
  },
): Promise<Invoice> {
  const row = await ok(
    client.post('/api/invoices', {
      contact_id: fields.contact_id,
      issue_date: fields.issue_date,
      due_date: fields.due_date,
      ...(fields.currency ? { currency: fields.currency } : {}),
      ...(fields.status ? { status: fields.status } : {}),
      items: fields.lines.map(([quantity, unit_price, tax_rate], i) => ({
        description: `Line ${i + 1}`,
        quantity,
        unit_price,
        tax_rate: tax_rate ?? '0',
      })),
    }),
    201,
  );
  return {
    id: row.id,
    currency: row.currency,
    contact_id: row.contact_id,
    due_date: row.due_date,
    total_amount: row.total_amount,
    paid: [],
    status: row.status,
  };
}

async function pay(client: Client, ledger: Entry[], invoice: Invoice, amount: string, date: string, category?: string): Promise<Entry> {
  const row = await ok(client.post(`/api/invoices/${invoice.id}/payments`, { amount, date, ...(category ? { category } : {}) }), 201);
  invoice.paid.push(row.amount);
  if (row.invoice.status === 'paid') invoice.status = 'paid';
  const entry: Entry = {
    id: row.id,
    type: 'income',
    amount: row.amount,
    category: row.category,
    date: row.date,
    currency: invoice.currency,
    contact_id: invoice.contact_id,
  };
  ledger.push(entry);
  return entry;
}

const balanceOf = (i: Invoice) => minus(i.total_amount, sum(i.paid));

/**
 * Runs `fn` inside one calendar day of the account's zone: it starts with at least 30 s left before
 * midnight (about five times what one of these takes on an idle machine), else after midnight.
 * (Running it again after a failure across midnight would find the first attempt's records.)
 */
async function sameDay(timeZone: string, fn: (today: string) => Promise<void>): Promise<void> {
  await awayFromMidnight(timeZone, 30_000);
  await fn(todayIn(timeZone));
}

describe.each(backends)('dashboard API on $name', (backend) => {
  let alice: User;
  let bob: User;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([signIn(backend.url), signIn(backend.url)]);
  });

  it('answers an empty account with zeros: every period present, every bucket and status listed', { timeout: 120_000 }, async () => {
    const user = await signIn(backend.url);
    await sameDay('UTC', async (today) => {
      const financial = await ok(user.get('/api/dashboard/financial'));
      const from = monthStart(today, -11);
      const to = monthEnd(today);
      const zero = { income: '0.00', expense: '0.00', net: '0.00' };
      expect(financial).toEqual({
        from,
        to,
        interval: 'month',
        currency: 'USD',
        totals: zero,
        previous: { from: monthStart(today, -23), to: shift(from, -1), ...zero },
        periods: periodsOf(from, to, 'month').map((p) => ({ start: p.start, end: p.end, ...zero })),
        by_category: [],
        aging: ['current', '1-30', '31-60', '61-90', '90+'].map((bucket) => ({ bucket, count: 0, amount: '0.00' })),
        top_clients: [],
        by_currency: {},
      });
      expect(financial.periods).toHaveLength(12);

      const stats = await ok(user.get('/api/dashboard/stats'));
      const none = { count: 0, amount: '0.00' };
      expect(stats).toEqual({
        contacts: { total: 0, by_status: { lead: 0, active: 0, customer: 0, inactive: 0 } },
        tasks: { open: 0, overdue: 0, due_today: 0, by_status: { pending: 0, in_progress: 0, completed: 0, cancelled: 0 } },
        invoices: {
          by_status: { draft: none, sent: none, overdue: none, paid: none, cancelled: none },
          outstanding: none,
          overdue: none,
        },
        quotes: { open: none },
        month: { from: monthStart(today), to: monthEnd(today), ...zero },
        today,
        currency: 'USD',
        by_currency: {},
      });

      // a day-by-day range: one zero period per day
      const days = await ok(user.get(`/api/dashboard/financial?from=${shift(today, -9)}&to=${today}&interval=day`));
      expect(days.periods.map((p: any) => p.start)).toEqual(Array.from({ length: 10 }, (_, i) => shift(today, i - 9)));
      expect(days.previous).toEqual({ from: shift(today, -19), to: shift(today, -10), ...zero });
    });
  });

  it('adds money in and out exactly per period, by category, and for the period before', async () => {
    const ledger: Entry[] = [];
    const next = random(backend.name === 'postgres' ? 8 : 80);
    const categories = ['Rent', 'Software', 'Travel', null, 'Consulting', 'Sales', 'software '];
    const amounts = ['0.01', '0.10', '0.20', '19.99', '1250.00', '999.95', '33.33', '7.07', '100000.00', '0.99'];
    // 2024-04 … 2025-09: inside the range, in the period before, and outside both
    const writes = [];
    for (let i = 0; i < 70; i += 1) {
      const date = shift('2024-04-01', Math.floor(next() * 540));
      writes.push({
        type: next() < 0.5 ? 'income' : 'expense',
        amount: amounts[Math.floor(next() * amounts.length)],
        category: categories[Math.floor(next() * categories.length)],
        date,
      });
    }
    // the edges: the first and last day of months, the first and last day of the range
    writes.push(
      { type: 'income', amount: '500.00', category: 'Sales', date: '2025-01-31' },
      { type: 'income', amount: '0.05', category: 'Sales', date: '2025-02-01' },
      { type: 'expense', amount: '12.34', category: 'Rent', date: '2025-01-01' },
      { type: 'expense', amount: '43.21', category: 'Rent', date: '2025-06-30' },
      { type: 'expense', amount: '1.00', category: 'Rent', date: '2024-12-31' },
      { type: 'income', amount: '2.00', category: 'Sales', date: '2025-07-01' },
    );
    for (const body of writes) await addTransaction(alice, ledger, body);

    const names = new Map<string, string>();
    const cases: { from: string; to: string; interval: Interval; previousFrom: string; previousTo: string }[] = [
      // whole months: the period before is the same number of months
      { from: '2025-01-01', to: '2025-06-30', interval: 'month', previousFrom: '2024-07-01', previousTo: '2024-12-31' },
      { from: '2025-02-01', to: '2025-02-28', interval: 'week', previousFrom: '2025-01-01', previousTo: '2025-01-31' },
      // not whole months: the same number of days
      { from: '2025-01-15', to: '2025-03-14', interval: 'week', previousFrom: '2024-11-17', previousTo: '2025-01-14' },
      { from: '2025-01-20', to: '2025-02-10', interval: 'day', previousFrom: '2024-12-29', previousTo: '2025-01-19' },
      { from: '2024-04-01', to: '2025-09-30', interval: 'month', previousFrom: '2022-10-01', previousTo: '2024-03-31' },
    ];
    for (const q of cases) {
      const res = await ok(alice.get(`/api/dashboard/financial?from=${q.from}&to=${q.to}&interval=${q.interval}`));
      const expected = expectedFinancial(ledger, q, 'USD', 'USD', names);
      expect({ ...res, aging: undefined }, JSON.stringify(q)).toEqual({
        from: q.from,
        to: q.to,
        interval: q.interval,
        currency: 'USD',
        ...expected,
        aging: undefined,
        by_currency: {},
      });
      // the same income and expense as the transactions list over the same dates
      const list = await alice.get(`/api/transactions?from=${q.from}&to=${q.to}&limit=1`);
      expect(list.body.totals).toEqual(res.totals);
    }
    // a payment on the last day of January is January's, the next day February's
    const months = await ok(alice.get('/api/dashboard/financial?from=2025-01-01&to=2025-02-28&interval=month'));
    expect(months.periods.map((p: any) => [p.start, p.end])).toEqual([
      ['2025-01-01', '2025-01-31'],
      ['2025-02-01', '2025-02-28'],
    ]);
    const january = ledger.filter((e) => e.date >= '2025-01-01' && e.date <= '2025-01-31');
    expect(months.periods[0]).toMatchObject(flow(january));
    // empty periods are there, as zeros
    const quiet = await ok(alice.get('/api/dashboard/financial?from=2030-01-01&to=2030-03-31'));
    expect(quiet.periods).toEqual(
      ['2030-01-01', '2030-02-01', '2030-03-01'].map((start) => ({
        start,
        end: monthEnd(start),
        income: '0.00',
        expense: '0.00',
        net: '0.00',
      })),
    );
  });

  it('follows edits and deletions of transactions to the cent', async () => {
    const user = await signIn(backend.url);
    const ledger: Entry[] = [];
    const a = await addTransaction(user, ledger, { type: 'income', amount: '100.00', category: 'Sales', date: '2025-03-10' });
    const b = await addTransaction(user, ledger, { type: 'expense', amount: '40.00', category: 'Rent', date: '2025-03-11' });
    await addTransaction(user, ledger, { type: 'expense', amount: '0.01', category: 'Rent', date: '2025-03-12' });
    const q = { from: '2025-03-01', to: '2025-03-31', interval: 'day' as const, previousFrom: '2025-02-01', previousTo: '2025-02-28' };
    const check = async () => {
      const res = await ok(user.get(`/api/dashboard/financial?from=${q.from}&to=${q.to}&interval=day`));
      expect(res).toMatchObject(expectedFinancial(ledger, q, 'USD', 'USD', new Map()));
    };
    await check();
    // amount, date (into the period before), type and category change; a description alone changes nothing
    await ok(user.put(`/api/transactions/${a.id}`, { amount: '100.10', date: '2025-02-28' }));
    Object.assign(a, { amount: '100.10', date: '2025-02-28' });
    await ok(user.put(`/api/transactions/${b.id}`, { type: 'income', category: 'Refunds' }));
    Object.assign(b, { type: 'income', category: 'Refunds' });
    await ok(user.put(`/api/transactions/${b.id}`, { description: 'Deposit returned' }));
    await check();
    await ok(user.delete(`/api/transactions/${b.id}`));
    ledger.splice(ledger.indexOf(b), 1);
    await check();
  });

  it('ages receivables as of today, net of partial payments, without drafts, paid or cancelled invoices', async () => {
    const carol = await signIn(backend.url);
    const ledger: Entry[] = [];
    const names = new Map<string, string>();
    await sameDay('UTC', async (today) => {
      const ada = await addContact(carol, names, 'Ada', 'Lovelace');
      const grace = await addContact(carol, names, 'Grace', 'Hopper');
      const alan = await addContact(carol, names, 'Alan', 'Turing');
      const invoices: Invoice[] = [];
      const sent = async (contact: string, dueIn: number, lines: [number, string, string?][]) => {
        const invoice = await addInvoice(carol, {
          contact_id: contact,
          issue_date: shift(today, dueIn - 30),
          due_date: shift(today, dueIn),
          status: 'sent',
          lines,
        });
        invoices.push(invoice);
        return invoice;
      };
      // due in 10 days, due today (current), due 1, 30, 31, 60, 61, 90, 91 and 400 days ago
      const future = await sent(ada, 10, [[3, '99.99', '19']]);
      const dueToday = await sent(grace, 0, [[1, '250.00']]);
      const late1 = await sent(alan, -1, [[2, '10.05', '7']]);
      await sent(ada, -30, [[1, '0.01']]);
      const late31 = await sent(grace, -31, [[5, '12.00']]);
      await sent(alan, -60, [[1, '600.00', '20']]);
      await sent(ada, -61, [[7, '3.33']]);
      const late90 = await sent(grace, -90, [[1, '90.90']]);
      const late91 = await sent(alan, -91, [[1, '9100.00']]);
      await sent(ada, -400, [[1, '1.23']]);
      // partial payments (one on the last day of last month), a full payment, a cancelled and a draft invoice
      const lastOfLastMonth = shift(monthStart(today), -1);
      await pay(carol, ledger, future, '100.00', today);
      await pay(carol, ledger, late91, '4100.00', lastOfLastMonth);
      await pay(carol, ledger, late91, '0.01', today);
      await pay(carol, ledger, late1, minus(late1.total_amount, '0.01'), shift(today, -1));
      await pay(carol, ledger, late90, late90.total_amount, lastOfLastMonth, 'Consulting');
      expect(late90.status).toBe('paid');
      await pay(carol, ledger, late31, '6.00', shift(today, -2));
      const cancelled = await addInvoice(carol, {
        contact_id: alan,
        issue_date: shift(today, -50),
        due_date: shift(today, -40),
        status: 'sent',
        lines: [[1, '777.00']],
      });
      await ok(carol.put(`/api/invoices/${cancelled.id}`, { status: 'cancelled' }));
      cancelled.status = 'cancelled';
      const draft = await addInvoice(carol, {
        contact_id: ada,
        issue_date: shift(today, -50),
        due_date: shift(today, -40),
        lines: [[1, '55.00']],
      });
      expect(dueToday.status).toBe('sent');

      const open = invoices
        .filter((i) => i.status === 'sent')
        .map((i) => ({ currency: i.currency, due_date: i.due_date, balance: balanceOf(i) }));
      const from = monthStart(today, -3);
      const to = monthEnd(today);
      const financial = await ok(carol.get(`/api/dashboard/financial?from=${from}&to=${to}&interval=month`));
      expect(financial.aging).toEqual(expectedAging(open, today, 'USD'));
      expect(financial.aging.map((a: any) => a.count)).toEqual([2, 2, 2, 1, 2]);
      const q = { from, to, interval: 'month' as const, previousFrom: monthStart(today, -7), previousTo: shift(from, -1) };
      expect(financial).toMatchObject(expectedFinancial(ledger, q, 'USD', 'USD', names));
      // top clients: income received through their invoices, largest first
      expect(financial.top_clients.map((c: any) => c.name)).toEqual(['Alan Turing', 'Ada Lovelace', 'Grace Hopper']);
      // the payment on the last day of last month is last month's
      const lastMonth = financial.periods.find((p: any) => p.start === monthStart(lastOfLastMonth));
      expect(lastMonth).toMatchObject(flow(ledger.filter((e) => e.date >= monthStart(lastOfLastMonth) && e.date <= lastOfLastMonth)));
      expect(toUnits(lastMonth.income)).toBeGreaterThanOrEqual(toUnits('4100.00'));

      // stats: counts and amounts by status as people see them; outstanding and overdue net of payments
      const stats = await ok(carol.get('/api/dashboard/stats'));
      const all = [...invoices, cancelled, draft];
      const effective = (i: Invoice) => (i.status === 'sent' && i.due_date < today ? 'overdue' : i.status);
      const byStatus = Object.fromEntries(
        ['draft', 'sent', 'overdue', 'paid', 'cancelled'].map((s) => {
          const list = all.filter((i) => effective(i) === s);
          return [s, { count: list.length, amount: sum(list.map((i) => i.total_amount)) }];
        }),
      );
      const unpaid = all.filter((i) => i.status === 'sent');
      const overdue = unpaid.filter((i) => i.due_date < today);
      expect(stats.invoices).toEqual({
        by_status: byStatus,
        outstanding: { count: unpaid.length, amount: sum(unpaid.map(balanceOf)) },
        overdue: { count: overdue.length, amount: sum(overdue.map(balanceOf)) },
      });
      expect(stats.invoices.by_status.cancelled).toEqual({ count: 1, amount: '777.00' });
      expect(stats.invoices.outstanding.count).toBe(9);
      // the same as the invoice list says
      const overdueList = await allRows(carol, '/api/invoices?status=overdue');
      expect(overdueList).toHaveLength(stats.invoices.overdue.count);
      expect(sum(overdueList.map((i: any) => i.balance_due))).toBe(stats.invoices.overdue.amount);
      // this month's money: every transaction dated in the calendar month
      expect(stats.month).toEqual({
        from: monthStart(today),
        to: monthEnd(today),
        ...flow(ledger.filter((e) => e.date >= monthStart(today) && e.date <= monthEnd(today))),
      });
      expect(stats.contacts).toEqual({ total: 3, by_status: { lead: 3, active: 0, customer: 0, inactive: 0 } });
    });
  }, 120_000);

  it('keeps other accounts out of every figure', async () => {
    const before = await Promise.all([
      alice.get('/api/dashboard/stats'),
      alice.get('/api/dashboard/financial?from=2024-01-01&to=2025-12-31&interval=week'),
    ]);
    // bob writes on the same days, in the same categories, for his own client
    const names = new Map<string, string>();
    const contact = await addContact(bob, names, 'Bob', 'Client');
    const ledger: Entry[] = [];
    await addTransaction(bob, ledger, { type: 'income', amount: '12345.67', category: 'Sales', date: '2025-01-31' });
    await addTransaction(bob, ledger, { type: 'expense', amount: '765.43', category: 'Rent', date: '2025-03-01' });
    const today = todayIn('UTC');
    const invoice = await addInvoice(bob, {
      contact_id: contact,
      issue_date: shift(today, -100),
      due_date: shift(today, -95),
      status: 'sent',
      lines: [[1, '5000.00']],
    });
    await pay(bob, ledger, invoice, '100.00', today);
    await ok(bob.post('/api/tasks', { title: 'Bob’s task', due_date: new Date(Date.now() - 3600_000).toISOString() }), 201);
    const after = await Promise.all([
      alice.get('/api/dashboard/stats'),
      alice.get('/api/dashboard/financial?from=2024-01-01&to=2025-12-31&interval=week'),
    ]);
    expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body));
    expect(JSON.stringify(after.map((r) => r.body))).not.toContain(contact);
    // and bob sees his own
    const bobs = await ok(bob.get(`/api/dashboard/financial?from=${shift(today, -30)}&to=${today}&interval=week`));
    expect(bobs.top_clients).toEqual([{ contact_id: contact, name: 'Bob Client', amount: '100.00' }]);
    expect(bobs.aging.find((a: any) => a.bucket === '90+')).toEqual({ bucket: '90+', count: 1, amount: '4900.00' });
  });

  it('puts dates on the account’s calendar: Auckland and Los Angeles', { timeout: 120_000 }, async () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const user = await signIn(backend.url);
      await ok(user.put('/api/auth/user', { time_zone: zone }));
      await sameDay(zone, async (today) => {
        const ledger: Entry[] = [];
        // a transaction without a date is dated today in the account's zone
        const undated = await addTransaction(user, ledger, { type: 'income', amount: '11.11', category: 'Sales' });
        expect(undated.date, zone).toBe(today);
        await addTransaction(user, ledger, { type: 'expense', amount: '2.22', category: 'Rent', date: monthStart(today) });
        await addTransaction(user, ledger, { type: 'expense', amount: '3.33', category: 'Rent', date: shift(monthStart(today), -1) });
        await addTransaction(user, ledger, { type: 'income', amount: '4.44', category: 'Sales', date: monthEnd(today) });
        await addTransaction(user, ledger, { type: 'income', amount: '5.55', category: 'Sales', date: monthStart(today, 1) });

        // tasks due around now: today's are those whose local date is today
        const now = Date.now();
        const dues = [-26, -20, -13, -6, -1, 1, 6, 13, 20, 26].map((hours) => new Date(now + hours * 3600_000));
        for (const [i, due] of dues.entries()) {
          await ok(user.post('/api/tasks', { title: `Task ${i}`, due_date: due.toISOString() }), 201);
        }
        await ok(user.post('/api/tasks', { title: 'Done', status: 'completed', due_date: dues[0]!.toISOString() }), 201);
        await ok(user.post('/api/tasks', { title: 'Someday' }), 201);

        // invoices due yesterday and today in the zone
        const names = new Map<string, string>();
        const contact = await addContact(user, names, 'Kiri', 'Tane');
        const yesterdays = await addInvoice(user, {
          contact_id: contact,
          issue_date: shift(today, -10),
          due_date: shift(today, -1),
          status: 'sent',
          lines: [[1, '10.00']],
        });
        const todays = await addInvoice(user, {
          contact_id: contact,
          issue_date: shift(today, -10),
          due_date: today,
          status: 'sent',
          lines: [[1, '20.00']],
        });

        const stats = await ok(user.get('/api/dashboard/stats'));
        expect(stats.today, zone).toBe(today);
        expect(stats.month, zone).toEqual({
          from: monthStart(today),
          to: monthEnd(today),
          ...flow(ledger.filter((e) => e.date >= monthStart(today) && e.date <= monthEnd(today))),
        });
        const open = dues;
        expect(stats.tasks, zone).toEqual({
          open: open.length + 1,
          overdue: open.filter((d) => d.getTime() < Date.now()).length,
          due_today: open.filter((d) => todayIn(zone, d) === today).length,
          by_status: { pending: open.length + 1, in_progress: 0, completed: 1, cancelled: 0 },
        });
        // the same as the task list's "today" view
        const listed = await user.get(`/api/tasks?status=pending,in_progress&from=${today}&to=${today}&limit=1`);
        expect(listed.body.page.total, zone).toBe(stats.tasks.due_today);
        expect(stats.invoices.overdue, zone).toEqual({ count: 1, amount: '10.00' });
        expect(stats.invoices.by_status.sent, zone).toEqual({ count: 1, amount: '20.00' });

        const financial = await ok(user.get('/api/dashboard/financial'));
        expect([financial.from, financial.to], zone).toEqual([monthStart(today, -11), monthEnd(today)]);
        expect(financial.aging.slice(0, 2), zone).toEqual([
          { bucket: 'current', count: 1, amount: todays.total_amount },
          { bucket: '1-30', count: 1, amount: yesterdays.total_amount },
        ]);
        const days = await ok(user.get(`/api/dashboard/financial?from=${shift(today, -1)}&to=${shift(today, 1)}&interval=day`));
        expect(days.periods, zone).toEqual(
          [shift(today, -1), today, shift(today, 1)].map((d) => ({ start: d, end: d, ...flow(ledger.filter((e) => e.date === d)) })),
        );
      });
    }
  });

  it('never adds different currencies: the account’s in the documented fields, the others by currency', { timeout: 120_000 }, async () => {
    const user = await signIn(backend.url);
    const ledger: Entry[] = [];
    const names = new Map<string, string>();
    await sameDay('UTC', async (today) => {
      const euro = await addContact(user, names, 'Lukas', 'Brandt');
      const pound = await addContact(user, names, 'Olivia', 'Hughes');
      const dollar = await addContact(user, names, 'Daniel', 'Kim');
      const eur = await addInvoice(user, {
        contact_id: euro,
        issue_date: shift(today, -5),
        due_date: shift(today, 5),
        currency: 'EUR',
        status: 'sent',
        lines: [[2, '1100.00', '19']],
      });
      const gbp = await addInvoice(user, {
        contact_id: pound,
        issue_date: shift(today, -50),
        due_date: shift(today, -40),
        currency: 'GBP',
        status: 'sent',
        lines: [[1, '300.00']],
      });
      const usd = await addInvoice(user, {
        contact_id: dollar,
        issue_date: shift(today, -20),
        due_date: shift(today, -6),
        status: 'sent',
        lines: [[1, '80.00']],
      });
      await pay(user, ledger, eur, '100.00', today);
      await pay(user, ledger, gbp, '20.00', today);
      await pay(user, ledger, usd, '30.00', today);
      await addTransaction(user, ledger, { type: 'income', amount: '10.00', category: 'Sales', date: today });
      await addTransaction(user, ledger, { type: 'expense', amount: '5.00', category: 'Software', date: today });
      const invoices = [eur, gbp, usd];
      const open = invoices.map((i) => ({ currency: i.currency, due_date: i.due_date, balance: balanceOf(i) }));

      for (const account of ['USD', 'EUR']) {
        if (account !== 'USD') await ok(user.put('/api/auth/user', { currency: account }));
        const from = monthStart(today);
        const to = monthEnd(today);
        const q = { from, to, interval: 'month' as const, previousFrom: monthStart(today, -1), previousTo: shift(from, -1) };
        const res = await ok(user.get(`/api/dashboard/financial?from=${from}&to=${to}`));
        const others = ['EUR', 'GBP', 'USD'].filter((c) => c !== account);
        expect(res.currency).toBe(account);
        expect(Object.keys(res.by_currency).sort()).toEqual(others);
        expect(res).toMatchObject({ ...expectedFinancial(ledger, q, account, account, names), aging: expectedAging(open, today, account) });
        for (const currency of others) {
          expect(res.by_currency[currency], currency).toEqual({
            ...expectedFinancial(ledger, q, currency, account, names),
            aging: expectedAging(open, today, currency),
          });
        }
        const stats = await ok(user.get('/api/dashboard/stats'));
        expect(stats.currency).toBe(account);
        const month = (currency: string) => ({
          from,
          to,
          ...flow(ledger.filter((e) => (e.currency ?? account) === currency)),
        });
        expect(stats.month).toEqual(month(account));
        for (const currency of others) {
          const invoice = invoices.find((i) => i.currency === currency)!;
          const status = invoice.due_date < today ? 'overdue' : 'sent';
          expect(stats.by_currency[currency].month, currency).toEqual(month(currency));
          expect(stats.by_currency[currency].invoices.by_status[status], currency).toEqual({ count: 1, amount: invoice.total_amount });
          expect(stats.by_currency[currency].invoices.outstanding, currency).toEqual({ count: 1, amount: balanceOf(invoice) });
        }
      }
      // with the account in euros, the unlinked transactions count as euros
      const stats = await ok(user.get('/api/dashboard/stats'));
      expect(stats.month).toMatchObject({ income: '110.00', expense: '5.00', net: '105.00' });
      expect(stats.by_currency.USD.month).toMatchObject({ income: '30.00', expense: '0.00', net: '30.00' });
    });
  });

  it('refuses bad ranges, intervals, dates and parameters with a 400 naming each', async () => {
    const cases: [string, string][] = [
      ['interval=year', 'interval'],
      ['interval=', 'interval'],
      ['from=2025-03-01&to=2025-02-28', 'from'],
      ['from=2020-01-01&to=2023-01-01', 'to'],
      ['from=2024-02-29&to=2027-03-01', 'to'],
      ['from=2025-01-01', 'to'],
      ['to=2025-01-01', 'from'],
      ['from=2025-02-30&to=2025-03-01', 'from'],
      ['from=yesterday&to=2025-03-01', 'from'],
      ['from=2025-01-01&to=2025-13-01', 'to'],
      ['from=1899-12-31&to=1900-01-31', 'from'],
      ['from=2025-01-01&to=2025-01-31&currency=EUR', 'currency'],
      ['interval=day&interval=week', 'interval'],
    ];
    for (const [query, field] of cases) {
      const res = await alice.get(`/api/dashboard/financial?${query}`);
      expect(res.status, query).toBe(400);
      expectErrorShape(res.body, 'validation_failed');
      expect(Object.keys(res.body.error.details), query).toContain(field);
    }
    // the longest range allowed: just under three years
    for (const query of ['from=2020-01-01&to=2022-12-31&interval=day', 'from=2024-02-29&to=2027-02-28']) {
      const res = await alice.get(`/api/dashboard/financial?${query}`);
      expect(res.status, query).toBe(200);
    }
    expect((await alice.get('/api/dashboard/financial?from=2020-01-01&to=2022-12-31&interval=day')).body.data.periods).toHaveLength(1096);
    const stats = await alice.get('/api/dashboard/stats?month=2025-01');
    expect(stats.status).toBe(400);
    expect(stats.body.error.details).toHaveProperty('month');
    // no session: 401; another method: 405
    for (const path of ['/api/dashboard/stats', '/api/dashboard/financial']) {
      const anonymous = await new Client(backend.url).get(path);
      expect(anonymous.status).toBe(401);
      expectErrorShape(anonymous.body, 'unauthorized');
      const post = await alice.post(path, {});
      expect(post.status).toBe(405);
    }
  });
});
