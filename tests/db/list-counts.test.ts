import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';
import { COUNTED_LISTS } from '@/lib/db/schema';

/**
 * The per-workspace row counts the unfiltered lists read (`list_counts`,
 * docs/decisions/0153), kept by statement triggers: after single and
 * multi-row inserts, deletions, a contact's deletion cascading, concurrent
 * writers and a rolled-back statement, each equals `count(*)` of what its list
 * shows; sessions read their own workspace's and write none; a deleted
 * workspace takes its counts with it.
 */

const LISTS = COUNTED_LISTS;

interface Backend extends Pick<SqlBackend, 'admin' | 'close'> {
  as<T>(sub: string, fn: (q: Query) => Promise<T>): Promise<T>;
}

/** The stored count and the real count of every list of a workspace (as the owner, bypassing nothing but RLS's reader). */
async function countsOf(db: Backend, workspaceId: string) {
  const stored = Object.fromEntries(
    (await db.admin(`select list, n::int as n from list_counts where workspace_id = $1`, [workspaceId])).map((r) => [r.list, r.n]),
  );
  const real: Record<string, number> = {};
  const kept: Record<string, number> = {};
  for (const list of LISTS) {
    real[list] = (await db.admin(`select count(*)::int as n from ${list} where workspace_id = $1`, [workspaceId]))[0]!.n;
    kept[list] = stored[list] ?? 0;
  }
  return { kept, real };
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'counts', { connections: 8 })],
  ['pglite', pgliteBackend],
] as const)('list counts in the database on %s', (name, make) => {
  let db: Backend;
  const ids: Record<string, string> = {};
  const A = 'user_counts_a';
  const B = 'user_counts_b';

  async function expectExact(workspaceId: string) {
    const { kept, real } = await countsOf(db, workspaceId);
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

  it('counts single and multi-row inserts and deletions, and a contact deletion cascading', async () => {
    await db.as(A, async (q) => {
      const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Ada') returning id`, [ids.a]);
      ids.contact = contact!.id;
      await q(`insert into contacts (workspace_id, first_name) select $1, 'Client ' || g from generate_series(1, 25) g`, [ids.a]);
      await q(`insert into tasks (workspace_id, title, contact_id) select $1, 'Task ' || g, $2 from generate_series(1, 7) g`, [
        ids.a,
        ids.contact,
      ]);
      await q(`insert into tasks (workspace_id, title, status) values ($1, 'Done one', 'completed')`, [ids.a]);
      await q(`insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, 'C-1', current_date + 14)`, [
        ids.a,
        ids.contact,
      ]);
      await q(
        `insert into transactions (workspace_id, type, amount, date) select $1, 'expense', '1.00', '2025-01-01'::date + g from generate_series(1, 40) g`,
        [ids.a],
      );
    });
    const after = await expectExact(ids.a!);
    expect(after).toMatchObject({ contacts: 26, tasks: 8, invoices: 1, transactions: 40 });

    await db.as(A, async (q) => {
      await q(`delete from transactions where workspace_id = $1 and date < '2025-01-11'`, [ids.a]);
      await q(`delete from tasks where workspace_id = $1 and status = 'completed'`, [ids.a]);
      await q(`delete from invoices where workspace_id = $1`, [ids.a]);
      // the contact's tasks, deals… follow it as their foreign keys say
      await q(`delete from contacts where id = $1`, [ids.contact]);
    });
    const now = await expectExact(ids.a!);
    expect(now).toMatchObject({ contacts: 25, invoices: 0, transactions: 31 });
  });

  it('counts nothing for a statement that fails (the counts roll back with it)', async () => {
    const before = await expectExact(ids.a!);
    await expect(
      db.as(A, async (q) => {
        await q(`insert into contacts (workspace_id, first_name) select $1, 'Gone ' || g from generate_series(1, 5) g`, [ids.a]);
        await q(`select 1 / 0`);
      }),
    ).rejects.toThrow();
    expect(await expectExact(ids.a!)).toEqual(before);
  });

  it('lets a session read its own workspace’s counts, never write them, never see another workspace’s', async () => {
    await db.as(B, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'Bea')`, [ids.b]));
    expect(await db.as(B, (q) => q(`select workspace_id, list, n::int as n from list_counts`))).toEqual([
      { workspace_id: ids.b, list: 'contacts', n: 1 },
    ]);
    expect(await db.as(B, (q) => q(`select * from list_counts where workspace_id = $1`, [ids.a]))).toEqual([]);
    const refused = /permission denied/;
    await expect(db.as(B, (q) => q(`insert into list_counts (workspace_id, list, n) values ($1, 'tasks', 5)`, [ids.b]))).rejects.toThrow(
      refused,
    );
    await expect(db.as(B, (q) => q(`update list_counts set n = 1000`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`delete from list_counts`))).rejects.toThrow(refused);
    await expect(db.as(B, (q) => q(`select app.list_counts_apply()`))).rejects.toThrow();
    await expect(db.as(B, (q) => q(`select app.rebuild_list_counts($1)`, [ids.b]))).rejects.toThrow(refused);
    await expectExact(ids.a!);
    await expectExact(ids.b!);
  });

  it('rebuilds to the same counts from the rows (the owner only, after a bulk load with triggers off)', async () => {
    const before = await expectExact(ids.a!);
    await db.admin(`update list_counts set n = n + 7 where workspace_id = $1`, [ids.a]);
    await db.admin(`select app.rebuild_list_counts($1)`, [ids.a]);
    expect(await expectExact(ids.a!)).toEqual(before);
  });

  it.runIf(name === 'postgres')('stays exact under concurrent writers in one workspace', async () => {
    const before = await expectExact(ids.a!);
    const writers = Array.from({ length: 8 }, (_, w) =>
      db.as(A, async (q) => {
        for (let i = 0; i < 10; i += 1) {
          await q(`insert into contacts (workspace_id, first_name) values ($1, $2), ($1, $3)`, [ids.a, `W${w}-${i}`, `W${w}-${i}b`]);
          if (i % 3 === 0) await q(`delete from contacts where workspace_id = $1 and first_name = $2`, [ids.a, `W${w}-${i}b`]);
        }
      }),
    );
    await Promise.all(writers);
    const after = await expectExact(ids.a!);
    expect(after.contacts).toBe(before.contacts! + 8 * (20 - 4));
  });

  it('goes with the workspace when it is deleted', async () => {
    await db.as(B, (q) => q(`insert into tasks (workspace_id, title) values ($1, 'Last')`, [ids.b]));
    expect((await db.admin(`select count(*)::int as n from list_counts where workspace_id = $1`, [ids.b]))[0]!.n).toBeGreaterThan(0);
    await db.as(B, (q) => q(`delete from users where id = $1`, [ids.b]));
    expect(await db.admin(`select count(*)::int as n from list_counts where workspace_id = $1`, [ids.b])).toEqual([{ n: 0 }]);
    await expectExact(ids.a!);
  });
});
