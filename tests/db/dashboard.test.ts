import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * The day totals the dashboard reads (`transaction_day_totals`,
 * `payment_day_totals`), kept by the database itself: after any mix of writes
 * to `transactions` — single and multi-row inserts, edits of every field,
 * payments linked and unlinked, deletions, concurrent writers, account
 * deletion — they equal the sums of the transactions they stand for, and
 * sessions can read only their own and write none.
 */

/** The shared backend, acting as a Clerk user id (`sub`). */
interface Backend extends Pick<SqlBackend, 'admin' | 'close'> {
  as<T>(sub: string, fn: (q: Query) => Promise<T>): Promise<T>;
}

const withSub = (backend: SqlBackend): Backend => ({
  as: (sub, fn) => backend.as({ sub }, fn),
  admin: backend.admin,
  close: () => backend.close(),
});

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// the day totals as stored, and as computed from the transactions themselves
const STORED = `
  select date::text, type, category, currency::text, amount::text, count::int
    from transaction_day_totals where workspace_id = $1
   order by 1, 2, 3 nulls first, 4 nulls first`;
const COMPUTED = `
  select t.date::text, t.type, t.category, i.currency::text, sum(t.amount)::text as amount, count(*)::int as count
    from transactions t left join invoices i on i.id = t.invoice_id and i.workspace_id = t.workspace_id
   where t.workspace_id = $1
   group by 1, 2, 3, 4
   order by 1, 2, 3 nulls first, 4 nulls first`;
// the same for payments per client
const STORED_PAYMENTS = `
  select date::text, currency::text, contact_id::text, amount::text, count::int
    from payment_day_totals where workspace_id = $1
   order by 1, 2, 3`;
const COMPUTED_PAYMENTS = `
  select t.date::text, i.currency::text, i.contact_id::text, sum(t.amount)::text as amount, count(*)::int as count
    from transactions t join invoices i on i.id = t.invoice_id and i.workspace_id = t.workspace_id
   where t.workspace_id = $1 and t.type = 'income' and i.contact_id is not null
   group by 1, 2, 3
   order by 1, 2, 3`;

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'dash', { connections: 8 })],
  ['pglite', pgliteBackend],
] as const)('dashboard day totals in the database on %s', (name, make) => {
  let db: Backend;
  const ids: Record<string, string> = {};
  const A = 'user_dash_a';
  const B = 'user_dash_b';

  async function expectInStep(sub: string, user: string) {
    await db.as(sub, async (q) => {
      expect(await q(STORED, [user])).toEqual(await q(COMPUTED, [user]));
      expect(await q(STORED_PAYMENTS, [user])).toEqual(await q(COMPUTED_PAYMENTS, [user]));
    });
  }

  /** A sent invoice of A in a currency, for a contact; returns its id. */
  async function sentInvoice(number: string, currency: string, contact: string, total: string): Promise<string> {
    return db.as(A, async (q) => {
      const [inv] = await q(
        `insert into invoices (workspace_id, contact_id, invoice_number, due_date, currency) values ($1, $2, $3, current_date + 14, $4) returning id`,
        [ids.a, contact, number, currency],
      );
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, $3, 0)`,
        [ids.a, inv!.id, total],
      );
      await q(`update invoices set status = 'sent' where id = $1`, [inv!.id]);
      return inv!.id as string;
    });
  }

  beforeAll(async () => {
    db = withSub(await make());
    for (const [key, sub] of [
      ['a', A],
      ['b', B],
    ] as const) {
      await db.as(sub, async (q) => {
        const [user] = await q(`insert into users (clerk_id) values ($1) returning id`, [sub]);
        ids[key] = user!.id;
        for (const n of [1, 2]) {
          const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, $2) returning id`, [
            user!.id,
            `Client ${n}`,
          ]);
          ids[`${key}_contact${n}`] = contact!.id;
        }
      });
    }
  });

  afterAll(async () => {
    await db.close();
  });

  it('stays equal to the transactions through random inserts, edits, payments and deletions', async () => {
    const next = random(name === 'postgres' ? 2026 : 11);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
    const invoices = [
      await sentInvoice('D-1', 'USD', ids.a_contact1!, '100000.00'),
      await sentInvoice('D-2', 'EUR', ids.a_contact2!, '100000.00'),
      await sentInvoice('D-3', 'EUR', ids.a_contact1!, '100000.00'),
    ];
    const dates = ['2025-01-31', '2025-02-01', '2025-02-28', '2025-03-01', '2024-12-31'];
    const categories = [null, 'Rent', 'Sales', 'Software'];
    const amounts = ['0.01', '0.10', '19.99', '250.00', '1234.56'];
    for (let step = 0; step < 60; step += 1) {
      const kind = pick(['insert', 'insert', 'batch', 'pay', 'edit', 'edit', 'link', 'unlink', 'delete', 'noop']);
      await db.as(A, async (q) => {
        const existing = await q(`select id, type, invoice_id from transactions where workspace_id = $1 order by id`, [ids.a]);
        const one = existing.length ? pick(existing) : null;
        switch (kind) {
          case 'insert':
            await q(`insert into transactions (workspace_id, type, amount, category, date) values ($1, $2, $3, $4, $5)`, [
              ids.a,
              pick(['income', 'expense']),
              pick(amounts),
              pick(categories),
              pick(dates),
            ]);
            break;
          case 'batch': {
            // one statement, several rows, some of them on the same key
            const rows = Array.from(
              { length: 5 },
              (_, i) => `($1, '${i % 2 ? 'income' : 'expense'}', ${pick(amounts)}, 'Sales', '${pick(dates)}')`,
            );
            await q(`insert into transactions (workspace_id, type, amount, category, date) values ${rows.join(', ')}`, [ids.a]);
            break;
          }
          case 'pay':
            await q(
              `insert into transactions (workspace_id, type, amount, category, date, invoice_id) values ($1, 'income', $2, $3, $4, $5)`,
              [ids.a, pick(amounts), pick(categories), pick(dates), pick(invoices)],
            );
            break;
          case 'edit':
            if (one) {
              const change = pick(['amount', 'date', 'category', 'type', 'several']);
              if (change === 'amount') await q(`update transactions set amount = $2 where id = $1`, [one.id, pick(amounts)]);
              if (change === 'date') await q(`update transactions set date = $2 where id = $1`, [one.id, pick(dates)]);
              if (change === 'category') await q(`update transactions set category = $2 where id = $1`, [one.id, pick(categories)]);
              if (change === 'type' && !one.invoice_id)
                await q(`update transactions set type = $2 where id = $1`, [one.id, pick(['income', 'expense'])]);
              if (change === 'several')
                await q(`update transactions set amount = amount + 1, date = $2 where workspace_id = $1`, [ids.a, pick(dates)]);
            }
            break;
          case 'link':
            if (one && one.type === 'income') await q(`update transactions set invoice_id = $2 where id = $1`, [one.id, pick(invoices)]);
            break;
          case 'unlink':
            if (one?.invoice_id) await q(`update transactions set invoice_id = null where id = $1`, [one.id]);
            break;
          case 'delete':
            if (one) await q(`delete from transactions where id = $1`, [one.id]);
            break;
          case 'noop':
            await q(`update transactions set description = 'seen' where workspace_id = $1`, [ids.a]);
            break;
        }
      });
      await expectInStep(A, ids.a!);
    }
    // one more payment of each invoice, so that every currency and client is in there
    await db.as(A, async (q) => {
      for (const invoice of invoices) {
        await q(`insert into transactions (workspace_id, type, amount, date, invoice_id) values ($1, 'income', 1, '2025-02-01', $2)`, [
          ids.a,
          invoice,
        ]);
      }
    });
    await expectInStep(A, ids.a!);
    // several currencies and clients are in there, and no empty row is left behind
    const rows = await db.as(A, (q) => q(STORED, [ids.a]));
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set([null, 'USD', 'EUR']));
    expect(rows.every((r) => r.count > 0)).toBe(true);
    const payments = await db.as(A, (q) => q(STORED_PAYMENTS, [ids.a]));
    expect(new Set(payments.map((r) => r.contact_id))).toEqual(new Set([ids.a_contact1, ids.a_contact2]));
    expect(payments.every((r) => r.count > 0)).toBe(true);
    // deleting everything leaves nothing
    await db.as(A, (q) => q(`delete from transactions where workspace_id = $1 and invoice_id is null`, [ids.a]));
    await db.as(A, (q) => q(`delete from transactions where workspace_id = $1`, [ids.a]));
    expect(await db.as(A, (q) => q(STORED, [ids.a]))).toEqual([]);
    expect(await db.as(A, (q) => q(STORED_PAYMENTS, [ids.a]))).toEqual([]);
  });

  it('lets a session read its own day totals, never write them, never see another account’s', async () => {
    await db.as(B, (q) => q(`insert into transactions (workspace_id, type, amount, date) values ($1, 'income', 5, '2025-05-05')`, [ids.b]));
    await db.as(A, (q) =>
      q(
        `insert into transactions (workspace_id, type, amount, date, invoice_id) values ($1, 'income', 7, '2025-05-05', (select id from invoices where invoice_number = 'D-1'))`,
        [ids.a],
      ),
    );
    const seen = await db.as(B, (q) => q(`select workspace_id, amount::text from transaction_day_totals`));
    expect(seen).toEqual([{ workspace_id: ids.b, amount: '5.00' }]);
    expect((await db.admin(`select count(*)::int as n from payment_day_totals where workspace_id = $1`, [ids.a]))[0]!.n).toBeGreaterThan(0);
    expect(await db.as(B, (q) => q(`select * from payment_day_totals`))).toEqual([]);
    await expect(
      db.as(B, (q) =>
        q(
          `insert into payment_day_totals (workspace_id, date, currency, contact_id, amount, count) values ($1, '2025-05-05', 'USD', $2, 1, 1)`,
          [ids.b, ids.b_contact1],
        ),
      ),
    ).rejects.toThrow(/permission denied/);
    const refused = /permission denied/;
    await expect(
      db.as(B, (q) =>
        q(`insert into transaction_day_totals (workspace_id, date, type, amount, count) values ($1, '2025-05-05', 'income', 1000, 1)`, [
          ids.b,
        ]),
      ),
    ).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`update transaction_day_totals set amount = 1000`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`delete from transaction_day_totals`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`select app.apply_money_deltas(array[]::app.money_delta[])`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`select app.rebuild_transaction_day_totals($1)`, [ids.b]))).rejects.toThrow(refused);
    await expectInStep(B, ids.b!);
  });

  it.runIf(name === 'postgres')('stays exact under concurrent writers on the same days', async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      db.as(A, async (q) => {
        for (let i = 0; i < 10; i += 1) {
          await q(
            `insert into transactions (workspace_id, type, amount, category, date) values ($1, 'expense', '0.01', 'Rent', '2025-07-01'), ($1, 'income', '0.02', 'Sales', '2025-07-0${1 + ((w + i) % 3)}')`,
            [ids.a],
          );
        }
      }),
    );
    await Promise.all(writers);
    await expectInStep(A, ids.a!);
    const [rent] = await db.as(A, (q) =>
      q(
        `select amount::text, count::int from transaction_day_totals where workspace_id = $1 and date = '2025-07-01' and category = 'Rent'`,
        [ids.a],
      ),
    );
    expect(rent).toEqual({ amount: '0.80', count: 80 });
  });

  it('goes with the account when it is deleted', async () => {
    await db.as(B, (q) =>
      q(`insert into transactions (workspace_id, type, amount, date) values ($1, 'expense', 4, '2025-05-07')`, [ids.b]),
    );
    expect(
      (await db.admin(`select count(*)::int as n from transaction_day_totals where workspace_id = $1`, [ids.b]))[0]!.n,
    ).toBeGreaterThan(0);
    await db.as(B, (q) =>
      q(`insert into transactions (workspace_id, type, amount, date) values ($1, 'expense', 3, '2025-05-06')`, [ids.b]),
    );
    await db.as(B, (q) => q(`delete from users where id = $1`, [ids.b]));
    expect(await db.admin(`select count(*)::int as n from transaction_day_totals where workspace_id = $1`, [ids.b])).toEqual([{ n: 0 }]);
    await expectInStep(A, ids.a!);
  });
});
