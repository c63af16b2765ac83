import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * The summaries the dashboard's stats read (`invoice_summaries`, `status_counts`,
 * docs/decisions/0174), kept by statement triggers: through random inserts,
 * status changes, payments, credit notes, edits and deletions, a rolled-back
 * statement, concurrent writers and a workspace's deletion, each equals what a
 * full recount of the rows gives; sessions read their own workspace's rows,
 * write none, and cannot call the trigger or rebuild functions.
 */

interface Backend extends Pick<SqlBackend, 'admin' | 'close'> {
  as<T>(sub: string, fn: (q: Query) => Promise<T>): Promise<T>;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const balance = `greatest(i.total_amount - i.amount_paid - i.credited_amount, 0)`;
// as stored (rows that stand for nothing left out) and as recounted from the rows
const STORED_INVOICES = `
  select status, currency, coalesce(due_date::text, '-') as due_date, n::int as n, round(amount, 2)::text as amount,
         round(balance, 2)::text as balance
    from invoice_summaries where workspace_id = $1 and (n <> 0 or amount <> 0 or balance <> 0)
   order by 1, 2, 3`;
const COUNTED_INVOICES = `
  select i.status, i.currency::text as currency, case when i.status = 'sent' then i.due_date::text else '-' end as due_date,
         count(*)::int as n, round(sum(i.total_amount), 2)::text as amount, round(sum(${balance}), 2)::text as balance
    from invoices i where i.workspace_id = $1
   group by 1, 2, 3
   order by 1, 2, 3`;
const STORED_STATUSES = `select list, status, n::int as n from status_counts where workspace_id = $1 and n <> 0 order by 1, 2`;
const COUNTED_STATUSES = `
  select 'contacts' as list, status, count(*)::int as n from contacts where workspace_id = $1 group by 2
  union all
  select 'tasks', status, count(*)::int from tasks where workspace_id = $1 group by 2
  order by 1, 2`;

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'dashsum', { connections: 8 })],
  ['pglite', pgliteBackend],
] as const)('dashboard summaries in the database on %s', (name, make) => {
  let db: Backend;
  const ids: Record<string, string> = {};
  const A = 'user_dashsum_a';
  const B = 'user_dashsum_b';
  let numbers = 0;

  /** The stored summaries of a workspace, after checking that they equal a recount. */
  async function expectExact(workspaceId: string) {
    const invoices = await db.admin(STORED_INVOICES, [workspaceId]);
    expect(invoices).toEqual(await db.admin(COUNTED_INVOICES, [workspaceId]));
    const statuses = await db.admin(STORED_STATUSES, [workspaceId]);
    expect(statuses).toEqual(await db.admin(COUNTED_STATUSES, [workspaceId]));
    // a sent due date without invoices keeps no row
    expect(await db.admin(`select * from invoice_summaries where workspace_id = $1 and status = 'sent' and n = 0`, [workspaceId])).toEqual(
      [],
    );
    return { invoices, statuses };
  }

  /** An invoice of `workspace` with one line of `total`, in a status; returns its id. */
  async function invoice(
    q: Query,
    workspace: string,
    contact: string,
    o: { total: string; currency: string; due: string; status: string },
  ) {
    numbers += 1;
    const [inv] = await q(
      `insert into invoices (workspace_id, contact_id, invoice_number, issue_date, due_date, currency)
       values ($1, $2, $3, '2025-01-01', $4, $5) returning id`,
      [workspace, contact, `S-${numbers}`, o.due, o.currency],
    );
    await q(
      `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, $3, 0)`,
      [workspace, inv!.id, o.total],
    );
    if (o.status !== 'draft') await q(`update invoices set status = $2 where id = $1`, [inv!.id, o.status]);
    return inv!.id as string;
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
        const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Client') returning id`, [user!.id]);
        ids[`${key}_contact`] = contact!.id;
      });
    }
  });

  afterAll(async () => {
    await db.close();
  });

  it('keeps invoices by status, currency and sent due date through payments, status changes, edits and deletions', async () => {
    const first = await db.as(A, async (q) => {
      const sent = await invoice(q, ids.a!, ids.a_contact!, { total: '100.00', currency: 'USD', due: '2025-02-01', status: 'sent' });
      await invoice(q, ids.a!, ids.a_contact!, { total: '50.25', currency: 'USD', due: '2025-02-01', status: 'sent' });
      await invoice(q, ids.a!, ids.a_contact!, { total: '70.00', currency: 'EUR', due: '2099-01-01', status: 'sent' });
      await invoice(q, ids.a!, ids.a_contact!, { total: '9.99', currency: 'USD', due: '2025-03-01', status: 'draft' });
      return sent;
    });
    let now = await expectExact(ids.a!);
    expect(now.invoices).toContainEqual({
      status: 'sent',
      currency: 'USD',
      due_date: '2025-02-01',
      n: 2,
      amount: '150.25',
      balance: '150.25',
    });
    expect(now.invoices).toContainEqual({ status: 'draft', currency: 'USD', due_date: '-', n: 1, amount: '9.99', balance: '9.99' });

    // a part payment (through a transaction, ADR 0023), then the rest: the balance moves, then the status
    await db.as(A, (q) =>
      q(`insert into transactions (workspace_id, type, amount, date, invoice_id) values ($1, 'income', '40.00', '2025-02-10', $2)`, [
        ids.a,
        first,
      ]),
    );
    now = await expectExact(ids.a!);
    expect(now.invoices).toContainEqual({
      status: 'sent',
      currency: 'USD',
      due_date: '2025-02-01',
      n: 2,
      amount: '150.25',
      balance: '110.25',
    });
    await db.as(A, (q) =>
      q(`insert into transactions (workspace_id, type, amount, date, invoice_id) values ($1, 'income', '60.00', '2025-02-11', $2)`, [
        ids.a,
        first,
      ]),
    );
    now = await expectExact(ids.a!);
    expect(now.invoices).toContainEqual({ status: 'paid', currency: 'USD', due_date: '-', n: 1, amount: '100.00', balance: '0.00' });
    expect(now.invoices).toContainEqual({
      status: 'sent',
      currency: 'USD',
      due_date: '2025-02-01',
      n: 1,
      amount: '50.25',
      balance: '50.25',
    });

    // a refund reopens it; a change of due date moves it; deleting the payments and the invoice takes it away
    await db.as(A, async (q) => {
      await q(`delete from transactions where invoice_id = $1 and amount = '60.00'`, [first]);
      await q(`update invoices set due_date = '2025-02-15' where id = $1`, [first]);
    });
    now = await expectExact(ids.a!);
    expect(now.invoices).toContainEqual({
      status: 'sent',
      currency: 'USD',
      due_date: '2025-02-15',
      n: 1,
      amount: '100.00',
      balance: '60.00',
    });
    await db.as(A, async (q) => {
      await q(`delete from transactions where invoice_id = $1`, [first]);
      await q(`update invoices set status = 'cancelled' where id = $1`, [first]);
      // only drafts can be deleted
      await q(`delete from invoices where workspace_id = $1 and status = 'draft'`, [ids.a]);
    });
    now = await expectExact(ids.a!);
    expect(now.invoices.filter((r) => r.due_date === '2025-02-15' || r.status === 'draft')).toEqual([]);
    expect(now.invoices).toContainEqual({ status: 'cancelled', currency: 'USD', due_date: '-', n: 1, amount: '100.00', balance: '100.00' });
  });

  it('keeps contacts and tasks by status through inserts, status changes, deletions and a cascade', async () => {
    await db.as(A, async (q) => {
      const [lead] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Lead') returning id`, [ids.a]);
      await q(`insert into contacts (workspace_id, first_name, status) select $1, 'C' || g, 'customer' from generate_series(1, 12) g`, [
        ids.a,
      ]);
      await q(`insert into tasks (workspace_id, title, contact_id) select $1, 'T' || g, $2 from generate_series(1, 6) g`, [
        ids.a,
        lead!.id,
      ]);
      await q(`update tasks set status = 'completed' where workspace_id = $1 and title in ('T1', 'T2')`, [ids.a]);
      await q(`update tasks set status = 'in_progress' where workspace_id = $1 and title = 'T3'`, [ids.a]);
      // an edit that moves no status writes nothing, and counts nothing twice
      await q(`update tasks set title = title || '!' where workspace_id = $1`, [ids.a]);
      await q(`update contacts set status = 'inactive' where workspace_id = $1 and first_name in ('C1', 'C2', 'C3')`, [ids.a]);
      await q(`delete from contacts where workspace_id = $1 and first_name = 'C4'`, [ids.a]);
      // the lead's tasks go with it, as their foreign key says, or stay unlinked: either way the counts follow
      await q(`delete from contacts where id = $1`, [lead!.id]);
    });
    const now = await expectExact(ids.a!);
    expect(now.statuses).toContainEqual({ list: 'contacts', status: 'customer', n: 8 });
    expect(now.statuses).toContainEqual({ list: 'contacts', status: 'inactive', n: 3 });
  });

  it('counts nothing for a statement that fails (the summaries roll back with it)', async () => {
    const before = await expectExact(ids.a!);
    await expect(
      db.as(A, async (q) => {
        await invoice(q, ids.a!, ids.a_contact!, { total: '5.00', currency: 'USD', due: '2025-04-01', status: 'sent' });
        await q(`update contacts set status = 'customer' where workspace_id = $1`, [ids.a]);
        await q(`insert into tasks (workspace_id, title) values ($1, 'Gone')`, [ids.a]);
        await q(`select 1 / 0`);
      }),
    ).rejects.toThrow();
    expect(await expectExact(ids.a!)).toEqual(before);
  });

  it('stays equal to a recount through random writes, and rebuilds to the same figures', async () => {
    const next = random(name === 'postgres' ? 2026 : 17);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
    const totals = ['0.01', '19.99', '250.00', '1234.56', '0.00'];
    const dues = ['2025-01-31', '2025-02-01', '2030-06-30', '2025-01-15'];
    for (let step = 0; step < 70; step += 1) {
      const kind = pick([
        'create',
        'create',
        'send',
        'pay',
        'refund',
        'due',
        'cancel',
        'delete',
        'contact',
        'task',
        'task-status',
        'credit',
      ]);
      if (kind === 'credit') {
        // credit notes are written through the app's function, not by a session: as the owner here, the invoice's
        // credited amount moves by its trigger all the same
        await db.admin(
          `insert into credit_notes (workspace_id, invoice_id, credit_note_number, issue_date, currency, subtotal, total_amount)
           select workspace_id, id, 'CN-' || $2, '2025-02-03', currency, '0.01', '0.01' from invoices
            where workspace_id = $1 and status = 'sent' and total_amount - amount_paid - credited_amount > 0
            order by id limit 1`,
          [ids.a, step],
        );
        continue;
      }
      await db.as(A, async (q) => {
        const existing = await q(
          // in creation order, so the seeded walk is the same on every run (ids are random)
          `select id, status, total_amount - amount_paid - credited_amount as left from invoices where workspace_id = $1 order by created_at, invoice_number`,
          [ids.a],
        );
        const one = existing.length ? pick(existing) : null;
        switch (kind) {
          case 'create':
            await invoice(q, ids.a!, ids.a_contact!, {
              total: pick(totals),
              currency: pick(['USD', 'EUR', 'GBP']),
              due: pick(dues),
              status: pick(['draft', 'sent', 'sent']),
            });
            break;
          case 'send':
            if (one?.status === 'draft') await q(`update invoices set status = 'sent' where id = $1`, [one.id]);
            break;
          case 'pay':
          case 'refund':
            if (one && (one.status === 'sent' || one.status === 'paid') && Number(one.left) > 0) {
              await q(
                `insert into transactions (workspace_id, type, amount, date, invoice_id) values ($1, 'income', $2, '2025-02-02', $3)`,
                [ids.a, kind === 'pay' ? one.left : '0.01', one.id],
              );
            } else if (one) {
              await q(`delete from transactions where invoice_id = $1`, [one.id]);
            }
            break;
          case 'due':
            // every invoice of a status at once: one statement, many rows and keys
            await q(`update invoices set due_date = $2 where workspace_id = $1 and status = $3`, [
              ids.a,
              pick(dues),
              pick(['sent', 'draft']),
            ]);
            break;
          case 'cancel':
            // an invoice with payments cannot be cancelled (the trigger refuses it, tested elsewhere)
            if (one?.status === 'sent') await q(`update invoices set status = 'cancelled' where id = $1 and amount_paid = 0`, [one.id]);
            break;
          case 'delete':
            // only drafts can be deleted
            if (one?.status === 'draft') await q(`delete from invoices where id = $1`, [one.id]);
            break;
          case 'contact':
            await q(`insert into contacts (workspace_id, first_name, status) values ($1, 'R', $2)`, [
              ids.a,
              pick(['lead', 'customer', 'inactive']),
            ]);
            break;
          case 'task':
            await q(`insert into tasks (workspace_id, title, status) values ($1, 'R', $2)`, [
              ids.a,
              pick(['pending', 'in_progress', 'completed']),
            ]);
            break;
          case 'task-status':
            await q(`update tasks set status = $2 where workspace_id = $1 and status = $3`, [
              ids.a,
              pick(['pending', 'in_progress', 'completed', 'cancelled']),
              pick(['pending', 'in_progress', 'completed', 'cancelled']),
            ]);
            break;
        }
      });
    }
    const before = await expectExact(ids.a!);
    expect(before.invoices.length).toBeGreaterThan(3);
    // the run did move invoices by payments and credit notes, not only by inserts
    const [moved] = await db.admin(
      `select (select count(*) from transactions where workspace_id = $1 and invoice_id is not null)::int as payments,
              (select count(*) from credit_notes where workspace_id = $1)::int as credits,
              (select count(*) from invoices where workspace_id = $1 and status = 'paid')::int as paid`,
      [ids.a],
    );
    expect(moved!.payments).toBeGreaterThan(0);
    expect(moved!.credits).toBeGreaterThan(0);
    // spoil them, then rebuild from the rows (the owner only: after a bulk load with triggers off)
    await db.admin(`update invoice_summaries set n = n + 3, amount = amount + 1 where workspace_id = $1`, [ids.a]);
    await db.admin(`delete from status_counts where workspace_id = $1 and list = 'tasks'`, [ids.a]);
    await db.admin(`select app.rebuild_dashboard_summaries($1)`, [ids.a]);
    expect(await expectExact(ids.a!)).toEqual(before);
  });

  it('lets a session read its own workspace’s summaries, never write them, never see another workspace’s', async () => {
    await db.as(B, async (q) => {
      await invoice(q, ids.b!, ids.b_contact!, { total: '12.00', currency: 'USD', due: '2025-05-01', status: 'sent' });
      await q(`insert into tasks (workspace_id, title) values ($1, 'Mine')`, [ids.b]);
    });
    const a = await expectExact(ids.a!);
    await expectExact(ids.b!);
    const mine = await db.as(B, (q) =>
      q(`select distinct workspace_id from invoice_summaries union select distinct workspace_id from status_counts`),
    );
    expect(mine).toEqual([{ workspace_id: ids.b }]);
    expect(await db.as(B, (q) => q(`select * from invoice_summaries where workspace_id = $1`, [ids.a]))).toEqual([]);
    expect(await db.as(B, (q) => q(`select * from status_counts where workspace_id = $1`, [ids.a]))).toEqual([]);
    const refused = /permission denied/;
    for (const text of [
      `insert into invoice_summaries (workspace_id, status, currency, n, amount, balance) values ('${ids.a}', 'paid', 'USD', 1, 1, 0)`,
      `insert into status_counts (workspace_id, list, status, n) values ('${ids.b}', 'tasks', 'pending', 5)`,
      `update invoice_summaries set n = 1000`,
      `update status_counts set n = 1000`,
      `delete from invoice_summaries`,
      `delete from status_counts`,
      `select app.rebuild_dashboard_summaries('${ids.a}')`,
      `select app.rebuild_dashboard_summaries()`,
    ]) {
      await expect(
        db.as(B, (q) => q(text)),
        text,
      ).rejects.toThrow(refused);
    }
    await expect(db.as(B, (q) => q(`select app.invoice_summaries_apply()`))).rejects.toThrow();
    await expect(db.as(B, (q) => q(`select app.status_counts_apply()`))).rejects.toThrow();
    // B's writes to A's rows are refused by A's policies and move none of A's figures
    await db.as(B, async (q) => {
      await q(`update invoices set status = 'cancelled' where workspace_id = $1`, [ids.a]);
      await q(`update tasks set status = 'completed' where workspace_id = $1`, [ids.a]);
      await q(`delete from contacts where workspace_id = $1`, [ids.a]);
    });
    expect(await expectExact(ids.a!)).toEqual(a);
  });

  it.runIf(name === 'postgres')('stays exact under concurrent writers in one workspace', async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      db.as(A, async (q) => {
        for (let i = 0; i < 6; i += 1) {
          const id = await invoice(q, ids.a!, ids.a_contact!, {
            total: `${w + 1}.0${i}`,
            currency: 'USD',
            due: '2025-01-31',
            status: 'sent',
          });
          if (i % 2 === 0) {
            await q(
              `insert into transactions (workspace_id, type, amount, date, invoice_id) values ($1, 'income', '0.50', '2025-02-01', $2)`,
              [ids.a, id],
            );
          }
          if (i % 3 === 0) await q(`update invoices set status = 'cancelled' where id = $1 and amount_paid = 0`, [id]);
          await q(`insert into contacts (workspace_id, first_name, status) values ($1, $2, 'customer')`, [ids.a, `W${w}-${i}`]);
          await q(
            `update tasks set status = case status when 'pending' then 'completed' else 'pending' end where workspace_id = $1 and title = 'T5!'`,
            [ids.a],
          );
        }
      }),
    );
    await Promise.all(writers);
    await expectExact(ids.a!);
  });

  it('goes with the workspace when it is deleted', async () => {
    expect((await db.admin(`select count(*)::int as n from invoice_summaries where workspace_id = $1`, [ids.b]))[0]!.n).toBeGreaterThan(0);
    await db.as(B, (q) => q(`delete from users where id = $1`, [ids.b]));
    expect(await db.admin(`select count(*)::int as n from invoice_summaries where workspace_id = $1`, [ids.b])).toEqual([{ n: 0 }]);
    expect(await db.admin(`select count(*)::int as n from status_counts where workspace_id = $1`, [ids.b])).toEqual([{ n: 0 }]);
    await expectExact(ids.a!);
  });
});
