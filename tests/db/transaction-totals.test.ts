import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * The ledger's totals per workspace, type and category (`transaction_totals`,
 * docs/decisions/0179), kept by statement triggers on the day totals: after
 * inserts, edits of the amount, type, category and date, deletions, a credit
 * note and concurrent writers, each row equals the sums of the transactions
 * (and unrefunded credit notes) under its key; a failed statement leaves them
 * as they were; sessions read their own workspace's and write none; a deleted
 * workspace takes its rows with it.
 */

interface Backend extends Pick<SqlBackend, 'admin' | 'close'> {
  as<T>(sub: string, fn: (q: Query) => Promise<T>): Promise<T>;
}

type Sums = Record<string, { amount: string; count: number }>;

/** key → sums, as kept and as recomputed from the transactions and the unrefunded credit notes (as the owner). */
async function totalsOf(db: Backend, workspaceId: string): Promise<{ kept: Sums; real: Sums }> {
  const toSums = (rows: Record<string, any>[]): Sums =>
    Object.fromEntries(rows.map((r) => [`${r.type}/${r.category ?? ''}`, { amount: String(r.amount), count: Number(r.count) }]));
  const kept = toSums(
    await db.admin(`select type, category, amount::numeric(16, 2)::text as amount, count from transaction_totals where workspace_id = $1`, [
      workspaceId,
    ]),
  );
  const real = toSums(
    await db.admin(
      `select type, category, sum(amount)::numeric(16, 2)::text as amount, count(*) as count
         from (select type, category, amount from transactions where workspace_id = $1
               union all
               select 'income', 'Credit notes', -total_amount from credit_notes where workspace_id = $1 and refund_transaction_id is null) m
        group by type, category`,
      [workspaceId],
    ),
  );
  return { kept, real };
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'ledger_totals', { connections: 8 })],
  ['pglite', () => pgliteBackend()],
] as const)('the ledger totals in the database on %s', (name, make) => {
  let db: Backend;
  const ids: Record<string, string> = {};
  const A = 'user_totals_a';
  const B = 'user_totals_b';

  async function expectExact(workspaceId: string): Promise<Sums> {
    const { kept, real } = await totalsOf(db, workspaceId);
    expect(kept).toEqual(real);
    return real;
  }

  beforeAll(async () => {
    const backend = await make();
    db = { as: (sub, fn) => backend.as({ sub }, fn), admin: backend.admin, close: () => backend.close() };
    for (const [key, sub] of [
      ['a', A],
      ['b', B],
    ] as const) {
      await db.as(sub, async (q) => {
        const [user] = await q(`insert into users (clerk_id) values ($1) returning id`, [sub]);
        ids[key] = user!.id;
      });
    }
  });

  afterAll(async () => {
    await db.close();
  });

  it('follows inserts, edits of every key and the amount, deletions and a credit note', async () => {
    await db.as(A, async (q) => {
      await q(
        `insert into transactions (workspace_id, type, amount, category, date)
         select $1, case when g % 3 = 0 then 'expense' else 'income' end, (g * 7 % 100 + 0.25)::numeric(14, 2),
                (array['Sales', 'Rent', null])[1 + g % 3], '2025-01-01'::date + g
           from generate_series(1, 60) g`,
        [ids.a],
      );
    });
    const first = await expectExact(ids.a!);
    expect(Object.keys(first).length).toBeGreaterThanOrEqual(3);
    await db.as(A, async (q) => {
      await q(`update transactions set amount = amount + 1 where workspace_id = $1 and date < '2025-01-11'`, [ids.a]);
      await q(`update transactions set category = 'Moved' where workspace_id = $1 and category = 'Rent' and date < '2025-02-01'`, [ids.a]);
      await q(`update transactions set type = 'expense' where workspace_id = $1 and date between '2025-01-20' and '2025-01-25'`, [ids.a]);
      await q(`update transactions set date = date + 400 where workspace_id = $1 and date > '2025-02-20'`, [ids.a]);
      await q(`delete from transactions where workspace_id = $1 and date between '2025-01-05' and '2025-01-09'`, [ids.a]);
      const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Ada') returning id`, [ids.a]);
      const [invoice] = await q(
        `insert into invoices (workspace_id, contact_id, invoice_number, due_date, subtotal, total_amount)
         values ($1, $2, 'T-1', current_date + 14, 100, 100) returning id`,
        [ids.a, contact!.id],
      );
      const [item] = await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, 100, 100) returning id`,
        [ids.a, invoice!.id],
      );
      await q(`update invoices set status = 'sent' where id = $1`, [invoice!.id]);
      // a credit note not refunded: negative income on its issue date (category 'Credit notes')
      const [note] = await q(
        `insert into credit_notes (workspace_id, invoice_id, credit_note_number, issue_date, currency, subtotal, total_amount)
         values ($1, $2, 'CN-1', current_date, 'USD', 30, 30) returning id`,
        [ids.a, invoice!.id],
      );
      await q(
        `insert into credit_note_items (workspace_id, credit_note_id, invoice_item_id, description, quantity, unit_price, total)
         values ($1, $2, $3, 'Work', 0.3, 100, 30)`,
        [ids.a, note!.id, item!.id],
      );
    });
    const now = await expectExact(ids.a!);
    expect(now['income/Credit notes']).toEqual({ amount: '-30.00', count: 1 });
    expect(now['income/Moved'] ?? now['expense/Moved']).toBeDefined();

    // every row of a key gone: the key's row goes too
    await db.as(A, (q) => q(`delete from transactions where workspace_id = $1 and category is null`, [ids.a]));
    const after = await expectExact(ids.a!);
    expect(Object.keys(after).some((key) => key.endsWith('/'))).toBe(false);
  });

  it('moves nothing for a statement that fails (the totals roll back with it)', async () => {
    const before = await expectExact(ids.a!);
    await expect(
      db.as(A, async (q) => {
        await q(`insert into transactions (workspace_id, type, amount, category) values ($1, 'income', 99, 'Sales')`, [ids.a]);
        await q(`select 1 / 0`);
      }),
    ).rejects.toThrow();
    expect(await expectExact(ids.a!)).toEqual(before);
  });

  it('lets a session read its own workspace’s totals, never write them, never see another workspace’s', async () => {
    await db.as(B, (q) =>
      q(`insert into transactions (workspace_id, type, amount, category) values ($1, 'expense', 12.5, 'Rent')`, [ids.b]),
    );
    expect(
      await db.as(B, (q) => q(`select workspace_id, type, category, amount::text as amount, count::int as count from transaction_totals`)),
    ).toEqual([{ workspace_id: ids.b, type: 'expense', category: 'Rent', amount: '12.50', count: 1 }]);
    expect(await db.as(B, (q) => q(`select * from transaction_totals where workspace_id = $1`, [ids.a]))).toEqual([]);
    const refused = /permission denied/;
    await expect(
      db.as(B, (q) => q(`insert into transaction_totals (workspace_id, type, amount, count) values ($1, 'income', 5, 1)`, [ids.b])),
    ).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`update transaction_totals set amount = 1000`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`delete from transaction_totals`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`select app.transaction_totals_apply()`))).rejects.toThrow();
    await expect(db.as(B, (q) => q(`select app.rebuild_transaction_totals($1)`, [ids.b]))).rejects.toThrow(refused);
    await expectExact(ids.a!);
    await expectExact(ids.b!);
  });

  it('rebuilds to the same totals from the day totals (the owner only, after a bulk load with triggers off)', async () => {
    const before = await expectExact(ids.a!);
    await db.admin(`update transaction_totals set amount = amount + 7 where workspace_id = $1`, [ids.a]);
    await db.admin(`select app.rebuild_transaction_totals($1)`, [ids.a]);
    expect(await expectExact(ids.a!)).toEqual(before);
  });

  it.runIf(name === 'postgres')('stays exact under concurrent writers in one workspace', async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      db.as(A, async (q) => {
        for (let i = 0; i < 10; i += 1) {
          const [row] = await q(
            `insert into transactions (workspace_id, type, amount, category, date) values ($1, 'income', $2, 'Sales', current_date - $3::int) returning id`,
            [ids.a, `${w + 1}.${i}0`, i],
          );
          if (i % 3 === 0) await q(`update transactions set amount = amount * 2, category = 'Consulting' where id = $1`, [row!.id]);
          if (i % 4 === 0) await q(`delete from transactions where id = $1`, [row!.id]);
        }
      }),
    );
    await Promise.all(writers);
    await expectExact(ids.a!);
  });

  it('goes with the workspace when it is deleted', async () => {
    expect((await db.admin(`select count(*)::int as n from transaction_totals where workspace_id = $1`, [ids.b]))[0]!.n).toBeGreaterThan(0);
    await db.as(B, (q) => q(`delete from users where id = $1`, [ids.b]));
    expect(await db.admin(`select count(*)::int as n from transaction_totals where workspace_id = $1`, [ids.b])).toEqual([{ n: 0 }]);
    await expectExact(ids.a!);
  });
});
