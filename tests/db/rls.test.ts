import { type Row, pgliteBackend, postgresBackend, type SqlBackend } from '../helpers/sql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordFigure } from '../helpers/figures';

/**
 * Tenant isolation at the SQL level, with no application code in between:
 * as role `authenticated` with user B's claims, a hand-written query can
 * neither see nor change user A's rows, nor point B's rows at A's. Run on a
 * real PostgreSQL server (connected as a role that is not a superuser) and on
 * PGlite.
 */

const TABLES = ['users', 'contacts', 'invoices', 'invoice_items', 'transactions', 'tasks', 'ai_logs'];
/** table → the fixture key of its row (ids.a_<key>, ids.b_<key>) */
const FIXTURE: Record<string, string> = {
  users: 'user',
  contacts: 'contact',
  invoices: 'invoice',
  invoice_items: 'item',
  transactions: 'transaction',
  tasks: 'task',
  ai_logs: 'ai_log',
};

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'rls')],
  ['pglite', pgliteBackend],
] as const)('row level security on %s', (_name, make) => {
  let db: SqlBackend;
  const A = { sub: 'user_rls_a' };
  const B = { sub: 'user_rls_b' };
  const ids: Record<string, string> = {};
  let attempts = 0;

  const as = <T>(claims: Record<string, unknown> | null, fn: Parameters<SqlBackend['as']>[1], role?: string) =>
    db.as<T>(claims, fn as never, role);

  /** Expects the statement to fail (and counts the attempt). */
  async function refused(claims: Record<string, unknown>, text: string, params: unknown[], pattern: RegExp) {
    attempts += 1;
    await expect(as(claims, (q) => q(text, params))).rejects.toThrow(pattern);
  }

  /** Expects the statement to touch no row (and counts the attempt). */
  async function touchesNothing(claims: Record<string, unknown>, text: string, params: unknown[]) {
    attempts += 1;
    const rows = await as<Row[]>(claims, (q) => q(text, params));
    expect(rows, text).toHaveLength(0);
  }

  beforeAll(async () => {
    db = await make();
    for (const [key, claims] of [
      ['a', A],
      ['b', B],
    ] as const) {
      await as(claims, async (q) => {
        const [user] = await q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [claims.sub, `${key}@rls.test`]);
        ids[`${key}_user`] = user!.id;
        const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, $2) returning id`, [
          user!.id,
          `Contact of ${key}`,
        ]);
        ids[`${key}_contact`] = contact!.id;
        const [invoice] = await q(
          `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, 'INV-0001', current_date + 14) returning id`,
          [user!.id, contact!.id],
        );
        ids[`${key}_invoice`] = invoice!.id;
        const [item] = await q(
          `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 2, 50, 100) returning id`,
          [user!.id, invoice!.id],
        );
        ids[`${key}_item`] = item!.id;
        // a payment needs an invoice that was sent
        await q(`update invoices set status = 'sent' where id = $1`, [invoice!.id]);
        const [draft] = await q(
          `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, 'INV-0002', current_date + 14) returning id`,
          [user!.id, contact!.id],
        );
        ids[`${key}_draft`] = draft!.id;
        const [tx] = await q(
          `insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'income', '10.00', $2) returning id`,
          [user!.id, invoice!.id],
        );
        ids[`${key}_transaction`] = tx!.id;
        const [task] = await q(`insert into tasks (workspace_id, contact_id, title) values ($1, $2, 'Call') returning id`, [
          user!.id,
          contact!.id,
        ]);
        ids[`${key}_task`] = task!.id;
        const [log] = await q(`insert into ai_logs (workspace_id, query, engine) values ($1, 'hello', 'builtin') returning id`, [user!.id]);
        ids[`${key}_ai_log`] = log!.id;
      });
    }
  });

  afterAll(async () => {
    console.warn(`[rls ${db.name}] cross-tenant attempts refused: ${attempts}`);
    recordFigure(
      `rls.${db.name}`,
      attempts,
      `SQL statements across tenants refused as role authenticated (${db.name === 'postgres' ? 'PostgreSQL' : 'PGlite'})`,
    );
    await db.close();
  });

  it('forces RLS on every table, with policies on each', async () => {
    const rows = await as<Row[]>(A, (q) =>
      q(`select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                (select count(*) from pg_policies p where p.tablename = c.relname and p.schemaname = 'public')::int as policies
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'`),
    );
    for (const table of TABLES) expect(rows.map((r) => r.relname)).toContain(table);
    // every table of the schema, including those later migrations add
    for (const row of rows) {
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(row.policies, row.relname).toBeGreaterThan(0);
    }
  });

  it("makes A's rows invisible to B, table by table and by id", async () => {
    for (const table of TABLES) {
      const visible = await as<Row[]>(B, (q) => q(`select * from ${table}`));
      expect(visible.length, table).toBeGreaterThan(0);
      const column = table === 'users' ? 'id' : 'workspace_id';
      expect(
        visible.every((r) => r[column] === ids.b_user),
        table,
      ).toBe(true);
      await touchesNothing(B, `select id from ${table} where id = $1`, [ids[`a_${FIXTURE[table]}`]]);
    }
    // the resolver: B acts in B's own workspace, and only B's memberships exist for B
    const resolved = await as<Row[]>(B, (q) => q('select app.workspace_id() as id, app.workspace_role() as role'));
    expect(resolved[0]).toEqual({ id: ids.b_user, role: 'owner' });
    const chosen = await as<Row[]>(B, async (q) => {
      await q(`select set_config('request.workspace_id', $1, true)`, [ids.a_user]);
      return q('select app.workspace_id() as id, (select count(*)::int from contacts) as contacts');
    });
    expect(chosen[0]).toEqual({ id: null, contacts: 0 });
  });

  it("lets B neither update nor delete A's rows", async () => {
    const targets: [string, string, string][] = [
      ['contacts', 'first_name', ids.a_contact!],
      ['invoices', 'notes', ids.a_invoice!],
      ['invoice_items', 'description', ids.a_item!],
      ['transactions', 'description', ids.a_transaction!],
      ['tasks', 'title', ids.a_task!],
      ['users', 'first_name', ids.a_user!],
    ];
    for (const [table, column, id] of targets) {
      await touchesNothing(B, `update ${table} set ${column} = 'pwned' where id = $1 returning id`, [id]);
      await touchesNothing(B, `delete from ${table} where id = $1 returning id`, [id]);
    }
    await refused(B, `delete from ai_logs where id = $1`, [ids.a_ai_log], /permission denied/);
    const still = await as<Row[]>(A, (q) => q(`select first_name from contacts where id = $1`, [ids.a_contact]));
    expect(still[0]!.first_name).toBe('Contact of a');
  });

  it("refuses rows written into A's account", async () => {
    const rls = /row-level security|violates/;
    await refused(B, `insert into contacts (workspace_id, first_name) values ($1, 'Intruder')`, [ids.a_user], rls);
    await refused(B, `insert into tasks (workspace_id, title) values ($1, 'Intruder')`, [ids.a_user], rls);
    await refused(B, `insert into transactions (workspace_id, type, amount) values ($1, 'expense', 1)`, [ids.a_user], rls);
    await refused(B, `insert into ai_logs (workspace_id, query, engine) values ($1, 'x', 'x')`, [ids.a_user], rls);
    await refused(B, `update contacts set workspace_id = $1 where id = $2`, [ids.a_user, ids.b_contact], rls);
    await refused(B, `insert into users (clerk_id) values ($1)`, [A.sub], rls);
    await refused(B, `insert into users (clerk_id) values ('user_someone_else')`, [], rls);
  });

  it("refuses B's rows that point at A's rows (composite foreign keys)", async () => {
    const fk = /foreign key|violates/;
    await refused(B, `insert into tasks (workspace_id, contact_id, title) values ($1, $2, 'x')`, [ids.b_user, ids.a_contact], fk);
    await refused(B, `update tasks set contact_id = $1 where id = $2`, [ids.a_contact, ids.b_task], fk);
    await refused(
      B,
      `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, 'INV-9', current_date)`,
      [ids.b_user, ids.a_contact],
      fk,
    );
    await refused(B, `update invoices set contact_id = $1 where id = $2`, [ids.a_contact, ids.b_draft], fk);
    await refused(
      B,
      `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 1, 1, 1)`,
      [ids.b_user, ids.a_invoice],
      fk,
    );
    await refused(
      B,
      `insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'income', 1, $2)`,
      [ids.b_user, ids.a_invoice],
      fk,
    );
    await refused(B, `update transactions set invoice_id = $1 where id = $2`, [ids.a_invoice, ids.b_transaction], fk);
  });

  it('gives nothing to anon, or to a session without claims', async () => {
    for (const table of TABLES) {
      attempts += 1;
      await expect(as({}, (q) => q(`select * from ${table}`), 'anon')).rejects.toThrow(/permission denied/);
      const rows = await as<Row[]>(null, (q) => q(`select * from ${table}`));
      expect(rows, table).toHaveLength(0);
    }
  });

  it('enforces the money and quantity rules in the database', async () => {
    const check = /check constraint|violates/;
    await refused(
      B,
      `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 0, 1, 0)`,
      [ids.b_user, ids.b_invoice],
      check,
    );
    await refused(B, `insert into transactions (workspace_id, type, amount) values ($1, 'expense', -5)`, [ids.b_user], check);
    await refused(
      B,
      `insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'expense', 5, $2)`,
      [ids.b_user, ids.b_invoice],
      check,
    );
    await refused(
      B,
      `insert into invoices (workspace_id, invoice_number, issue_date, due_date) values ($1, 'INV-X', '2026-02-01', '2026-01-01')`,
      [ids.b_user],
      check,
    );
    const [row] = await as<Row[]>(B, (q) => q(`select amount from transactions where id = $1`, [ids.b_transaction]));
    expect(row!.amount).toBe('10.00');
  });
});
