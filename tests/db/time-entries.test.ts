import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * Time entries at the SQL level, as the app's sessions reach them (role
 * `authenticated`, RLS): one running timer per member, kept by the database
 * even when two sessions insert at once; billed entries locked until their
 * invoice goes; references only inside the workspace; durations derived
 * (docs/decisions/0105-time-entries.md, 0106-billing-time.md).
 */

async function seed(q: Query, sub: string) {
  const [user] = await q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [sub, `${sub}@example.com`]);
  const id = user!.id as string;
  const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Client') returning id`, [id]);
  const [invoice] = await q(
    `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, 'INV-1', current_date + 14) returning id`,
    [id, contact!.id],
  );
  return { id, contact: contact!.id as string, invoice: invoice!.id as string };
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'time')],
  ['pglite', pgliteBackend],
] as const)('time entries on %s', (name, make) => {
  let db: SqlBackend;
  const A = { sub: 'time_user_a' };
  const B = { sub: 'time_user_b' };
  let a: Awaited<ReturnType<typeof seed>>;
  let b: Awaited<ReturnType<typeof seed>>;

  beforeAll(async () => {
    db = await make();
    a = await db.as(A, (q) => seed(q, A.sub));
    b = await db.as(B, (q) => seed(q, B.sub));
  });
  afterAll(async () => {
    await db?.close();
  });

  const timer = (q: Query, ws: string) =>
    q(`insert into time_entries (workspace_id, description, started_at, timer) values ($1, 'Timer', now(), true) returning id, user_id`, [
      ws,
    ]);

  it('derives the duration and sets the member from the session', async () => {
    const [row] = await db.as(A, (q) =>
      q(
        `insert into time_entries (workspace_id, description, started_at, ended_at) values ($1, 'Work', '2026-11-02T09:00:00Z', '2026-11-02T10:29:40Z') returning user_id, duration_minutes`,
        [a.id],
      ),
    );
    expect(row).toEqual({ user_id: a.id, duration_minutes: 90 });
    await expect(
      db.as(A, (q) =>
        q(
          `insert into time_entries (workspace_id, description, started_at, ended_at) values ($1, 'x', now(), now() - interval '1 minute')`,
          [a.id],
        ),
      ),
    ).rejects.toThrow(/time_entries_order/);
    // only a timer may be running
    await expect(
      db.as(A, (q) => q(`insert into time_entries (workspace_id, description, started_at) values ($1, 'x', now())`, [a.id])),
    ).rejects.toThrow(/time_entries_running_is_timer/);
  });

  it('refuses a second running timer of the same member, whoever inserts it', async () => {
    await db.as(A, (q) => timer(q, a.id));
    await expect(db.as(A, (q) => timer(q, a.id))).rejects.toThrow(/time_entries_one_running/);
    // another member (B in their own workspace) is not affected
    await db.as(B, (q) => timer(q, b.id));
    await db.as(A, (q) => q(`update time_entries set ended_at = now() where ended_at is null`));
    await db.as(B, (q) => q(`update time_entries set ended_at = now() where ended_at is null`));
  });

  if (name === 'postgres') {
    it('lets exactly one of two concurrent inserts through', async () => {
      const results = await Promise.allSettled([db.as(A, (q) => timer(q, a.id)), db.as(A, (q) => timer(q, a.id))]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const [running] = await db.as(A, (q) => q(`select count(*)::int as n from time_entries where ended_at is null`));
      expect(running!.n).toBe(1);
      await db.as(A, (q) => q(`update time_entries set ended_at = now() where ended_at is null`));
    });
  }

  it('keeps references inside the workspace, and other workspaces out of sight', async () => {
    const entry = `insert into time_entries (workspace_id, contact_id, invoice_id, description, started_at, ended_at) values ($1, $2, $3, 'x', now(), now())`;
    await expect(db.as(B, (q) => q(entry, [b.id, a.contact, null]))).rejects.toThrow(/time_entries_contact_fk/);
    await expect(db.as(B, (q) => q(entry, [b.id, null, a.invoice]))).rejects.toThrow(/time_entries_invoice_fk/);
    await expect(db.as(B, (q) => q(entry, [a.id, null, null]))).rejects.toThrow(/row-level security/);
    expect(await db.as(B, (q) => q(`select id from time_entries where workspace_id = $1`, [a.id]))).toEqual([]);
    expect(await db.as(B, (q) => q(`update time_entries set description = 'Mine' where workspace_id = $1 returning id`, [a.id]))).toEqual(
      [],
    );
  });

  it('locks billed entries until their invoice is deleted', async () => {
    const [billed] = await db.as(A, (q) =>
      q(
        `insert into time_entries (workspace_id, contact_id, invoice_id, description, started_at, ended_at) values ($1, $2, $3, 'Billed', now() - interval '1 hour', now()) returning id`,
        [a.id, a.contact, a.invoice],
      ),
    );
    await expect(db.as(A, (q) => q(`update time_entries set description = 'Changed' where id = $1`, [billed!.id]))).rejects.toThrow(
      /on an invoice/,
    );
    await expect(db.as(A, (q) => q(`update time_entries set hourly_rate = 1 where id = $1`, [billed!.id]))).rejects.toThrow(
      /on an invoice/,
    );
    await expect(db.as(A, (q) => q(`delete from time_entries where id = $1`, [billed!.id]))).rejects.toThrow(/on an invoice/);
    await db.as(A, (q) => q(`delete from invoices where id = $1`, [a.invoice]));
    const [released] = await db.as(A, (q) => q(`select invoice_id from time_entries where id = $1`, [billed!.id]));
    expect(released).toEqual({ invoice_id: null });
    await db.as(A, (q) => q(`update time_entries set description = 'Free again' where id = $1`, [billed!.id]));
  });
});
