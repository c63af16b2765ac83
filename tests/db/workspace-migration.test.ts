import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordFigure } from '../helpers/figures';
import { pgliteBefore, postgresBefore, type StagedDatabase } from '../helpers/migrations';
import type { Query, Row } from '../helpers/sql';

/**
 * The workspaces migration (supabase/migrations/20261206100000_workspaces.sql)
 * keeps every existing row. A database is migrated by the app's migrator up
 * to the migration before it and filled the way that schema had it (each
 * person's rows under `user_id`, the business settings on `users`): two
 * people with contacts, notes, tasks, invoices with items, discounts, taxes
 * and payments, expenses, reminders, a logo, the assistant's log and
 * proposals, and the audit trail all of that wrote. Then the rest is applied,
 * as an upgrade does. Nothing is lost (row counts, table by table), every row
 * is the same row (same id, same values; the owner column renamed), totals,
 * amounts paid and the dashboard's day totals are unchanged, each person's
 * settings are on their personal workspace (id = their id) with them as its
 * owner, and each row's workspace and creator are its old owner. On
 * PostgreSQL and PGlite.
 */

const WORKSPACES = '20261206100000_workspaces.sql';

/** Tables whose owner column `user_id` becomes `workspace_id`. */
const RENAMED = [
  'ai_actions',
  'ai_logs',
  'audit_logs',
  'business_logos',
  'contact_notes',
  'contacts',
  'invoice_counters',
  'invoice_events',
  'invoice_items',
  'invoice_reminders',
  'invoices',
  'payment_day_totals',
  'tasks',
  'transaction_day_totals',
  'transactions',
];
/** Of those, the tables that get a creator (`user_id`, the old owner). */
const WITH_CREATOR = [
  'contacts',
  'contact_notes',
  'tasks',
  'transactions',
  'invoices',
  'invoice_events',
  'ai_logs',
  'ai_actions',
  'audit_logs',
];
const SETTINGS = [
  'business_name',
  'business_address',
  'tax_id',
  'payment_instructions',
  'currency',
  'invoice_prefix',
  'payment_terms_days',
  'time_zone',
  'invoice_reminder_days',
];

const PEOPLE = [
  {
    sub: 'user_migration_ada',
    email: 'ada@migration.test',
    first_name: 'Ada',
    last_name: 'Lovelace',
    settings: {
      business_name: 'Analytical Engines Ltd',
      business_address: '12 St James Square, London',
      tax_id: 'GB123456789',
      payment_instructions: 'IBAN GB00 0000 0000 0000',
      currency: 'GBP',
      invoice_prefix: 'AE-',
      payment_terms_days: 30,
      time_zone: 'Europe/London',
      invoice_reminder_days: [3, 10],
    },
  },
  {
    // no business name: the workspace is named after the person
    sub: 'user_migration_grace',
    email: 'grace@migration.test',
    first_name: 'Grace',
    last_name: 'Hopper',
    settings: { currency: 'USD', time_zone: 'America/New_York', payment_terms_days: 7, invoice_reminder_days: [] },
  },
];

/** Every table of the public schema with its row count (as the owner). */
async function counts(admin: Query): Promise<Record<string, number>> {
  const tables = await admin(
    `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  );
  const out: Record<string, number> = {};
  for (const { relname } of tables) out[relname] = (await admin(`select count(*)::int as n from public.${relname}`))[0]!.n;
  return out;
}

/** Every row of a table as JSON, in a stable order. */
async function rows(admin: Query, table: string): Promise<Row[]> {
  return (await admin(`select to_jsonb(t) as row from public.${table} t order by to_jsonb(t)::text`)).map((r) => r.row);
}

/** The same row in the old shape: workspace_id back to user_id, without the columns the migration added. */
function asBefore(row: Row): Row {
  const { workspace_id, user_id: _creator, assignee_id: _assignee, ...rest } = row;
  return { ...rest, user_id: workspace_id };
}

/** JSON with its keys sorted: the same row reads the same, whatever order its columns come in. */
const canonical = (row: Row) => JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))));
const byText = (a: Row, b: Row) => canonical(a).localeCompare(canonical(b));

/** Fills the old schema as one person would have, through that schema's policies; the person's id. */
async function fill(db: StagedDatabase, person: (typeof PEOPLE)[number], n: number): Promise<string> {
  return db.as({ sub: person.sub, email: person.email }, async (q) => {
    const one = async (text: string, params: unknown[] = []) => (await q(text, params))[0]!.id as string;
    const me = await one(`insert into users (clerk_id, email, first_name, last_name) values ($1, $2, $3, $4) returning id`, [
      person.sub,
      person.email,
      person.first_name,
      person.last_name,
    ]);
    const settings = Object.entries(person.settings);
    await q(`update users set ${settings.map(([k], i) => `${k} = $${i + 2}`).join(', ')} where id = $1`, [
      me,
      ...settings.map(([, v]) => v),
    ]);
    await q(`select app.record_event('auth.signed_in', 'users', $1, '{}')`, [me]);
    const contacts: string[] = [];
    for (let i = 0; i < 3 + n; i += 1) {
      contacts.push(
        await one(
          `insert into contacts (user_id, first_name, last_name, email, company, status) values ($1, $2, $3, $4, $5, $6) returning id`,
          [
            me,
            `Client ${i}`,
            person.last_name,
            `client${i}@${person.first_name.toLowerCase()}.test`,
            `Company ${i}`,
            i % 2 ? 'customer' : 'lead',
          ],
        ),
      );
      await q(`insert into contact_notes (user_id, contact_id, body) values ($1, $2, $3)`, [me, contacts[i], `Met client ${i}`]);
    }
    await q(`insert into tasks (user_id, contact_id, title, due_on, priority) values ($1, $2, 'Call back', current_date + 3, 'high')`, [
      me,
      contacts[0],
    ]);
    await q(`insert into tasks (user_id, title, status, completed_at) values ($1, 'Done already', 'completed', now())`, [me]);
    await q(`insert into tasks (user_id, title, due_date) values ($1, 'Timed', now() + interval '2 days')`, [me]);
    // invoices: a draft, one sent and partly paid, one paid in full, one with a discount and taxes
    const invoices: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const invoice = await one(
        `insert into invoices (user_id, contact_id, invoice_number, issue_date, due_date, currency)
         values ($1, $2, app.next_invoice_number($1, $3), current_date - 40 + $4::int, current_date - 10 + $4::int, $5) returning id`,
        [
          me,
          contacts[i % contacts.length],
          (person.settings as { invoice_prefix?: string }).invoice_prefix ?? 'INV-',
          i * 5,
          person.settings.currency,
        ],
      );
      await q(
        `insert into invoice_items (user_id, invoice_id, description, quantity, unit_price, tax_rate, total, position)
         values ($1, $2, 'Consulting', 2.5, 120.35, $3, 0, 0), ($1, $2, 'Travel', 1, 89.90, 0, 0, 1)`,
        [me, invoice, i === 3 ? 19 : 0],
      );
      if (i === 3) await q(`update invoices set discount_type = 'percent', discount_value = 10 where id = $1`, [invoice]);
      if (i > 0) await q(`update invoices set status = 'sent' where id = $1`, [invoice]);
      invoices.push(invoice);
    }
    await q(
      `insert into transactions (user_id, type, amount, invoice_id, date, category) values ($1, 'income', 100.00, $2, current_date - 5, 'Sales')`,
      [me, invoices[1]],
    );
    const full = (await q(`select total_amount from invoices where id = $1`, [invoices[2]]))[0]!.total_amount;
    await q(`insert into transactions (user_id, type, amount, invoice_id, date) values ($1, 'income', 50, $2, current_date - 3)`, [
      me,
      invoices[2],
    ]);
    await q(
      `insert into transactions (user_id, type, amount, invoice_id, date) values ($1, 'income', $3::numeric - 50, $2, current_date - 1)`,
      [me, invoices[2], full],
    );
    for (let d = 0; d < 4; d += 1) {
      await q(
        `insert into transactions (user_id, type, amount, date, category, description) values ($1, 'expense', $2, current_date - $3::int, $4, 'Supplies')`,
        [me, (12.5 * (d + 1) + n).toFixed(2), d * 2, d % 2 ? 'Office' : 'Travel'],
      );
    }
    await q(
      `insert into invoice_reminders (user_id, invoice_id, step_days, local_date, status) values ($1, $2, 3, current_date - 7, 'sent')`,
      [me, invoices[1]],
    );
    await q(
      `insert into business_logos (user_id, content_type, content, width, height) values ($1, 'image/png', decode($2, 'hex'), 40, 20)`,
      [me, `89504e470d0a1a0a${n}`.padEnd(40, '0')],
    );
    const log = await one(
      `insert into ai_logs (user_id, query, response, engine, status) values ($1, 'add a task: call Client 0', 'Waiting for your confirmation', 'builtin', 'pending_confirmation') returning id`,
      [me],
    );
    await q(
      `insert into ai_actions (user_id, log_id, tool, args, summary) values ($1, $2, 'create_task', '{"title": "Call Client 0"}', 'Add the task')`,
      [me, log],
    );
    await q(`insert into ai_logs (user_id, query, response, engine) values ($1, 'show my invoices', 'You have 4 invoices.', 'builtin')`, [
      me,
    ]);
    await q(`select app.record_event('invoice.sent', 'invoices', $1, '{"to": "client1@example.test"}')`, [invoices[1]]);
    return me;
  });
}

describe.each([
  ['postgres', () => postgresBefore(inject('pgAdminUrl'), WORKSPACES)],
  ['pglite', () => pgliteBefore(WORKSPACES)],
] as const)('the workspaces migration on %s', (_name, make) => {
  let db: StagedDatabase;
  const ids: string[] = [];
  let before: { counts: Record<string, number>; rows: Record<string, Row[]>; users: Row[] };
  let applied: string[];

  beforeAll(async () => {
    db = await make();
    expect((await db.admin(`select to_regclass('public.workspaces') as t`))[0]!.t).toBeNull();
    for (const [n, person] of PEOPLE.entries()) ids.push(await fill(db, person, n));
    const tables = await counts(db.admin);
    const all: Record<string, Row[]> = {};
    for (const table of Object.keys(tables)) all[table] = await rows(db.admin, table);
    before = { counts: tables, rows: all, users: await rows(db.admin, 'users') };
    applied = await db.migrateRest();
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it('applies the workspaces migration (and whatever follows) to the filled database', () => {
    expect(applied[0]).toBe(WORKSPACES);
    for (const table of RENAMED) expect(before.counts[table], `${table} has rows to keep`).toBeGreaterThan(0);
  });

  it('loses no row: every table counts what it did, plus one personal workspace and membership per person', async () => {
    const after = await counts(db.admin);
    for (const [table, n] of Object.entries(before.counts)) expect(after[table], table).toBe(n);
    expect(after.workspaces).toBe(PEOPLE.length);
    expect(after.workspace_members).toBe(PEOPLE.length);
    expect(after.workspace_invitations).toBe(0);
    const total = Object.values(before.counts).reduce((a, b) => a + b, 0);
    console.warn(
      `[migration ${db.name}] ${total} rows in ${Object.keys(before.counts).length} tables kept, ` +
        Object.entries(before.counts)
          .filter(([, n]) => n > 0)
          .map(([t, n]) => `${t} ${n}`)
          .join(', '),
    );
    recordFigure(
      `migration.workspaces.${db.name}`,
      total,
      `rows kept, each with its id and values, through the workspaces migration (${db.name === 'postgres' ? 'PostgreSQL' : 'PGlite'})`,
    );
  });

  it('keeps every row as it was: same id, same values, the owner column now workspace_id', async () => {
    // (columns that later migrations add, such as a contact's hourly rate, are not part of the old row)
    const oldColumns = (table: string, row: Row): Row => {
      const shape = before.rows[table]![0] ?? row;
      return Object.fromEntries(Object.entries(row).filter(([k]) => k in shape));
    };
    for (const table of RENAMED) {
      const after = (await rows(db.admin, table)).map((r) => oldColumns(table, asBefore(r))).sort(byText);
      expect(after, table).toEqual([...before.rows[table]!].sort(byText));
    }
    for (const [table, kept] of Object.entries(before.rows)) {
      if (RENAMED.includes(table) || table === 'users') continue;
      expect(
        (await rows(db.admin, table)).map((r) => oldColumns(table, r)),
        table,
      ).toEqual(kept);
    }
    // the person stays on users; their business settings moved (next test)
    const users = (await rows(db.admin, 'users')).map((r) => oldColumns('users', r)).sort(byText);
    const expected = before.users.map((u) => Object.fromEntries(Object.entries(u).filter(([k]) => !SETTINGS.includes(k)))).sort(byText);
    expect(users).toEqual(expected);
  });

  it('gives each row its old owner as workspace and creator, and keeps tasks unassigned', async () => {
    for (const table of WITH_CREATOR) {
      const mismatched = await db.admin(`select count(*)::int as n from public.${table} where user_id is distinct from workspace_id`);
      expect(mismatched[0]!.n, table).toBe(0);
      const owners = await db.admin(`select distinct workspace_id from public.${table} order by 1`);
      for (const { workspace_id } of owners) expect(ids, table).toContain(workspace_id);
    }
    expect((await db.admin(`select count(*)::int as n from tasks where assignee_id is not null`))[0]!.n).toBe(0);
  });

  it('moves each person’s business settings onto their personal workspace (id = their id), with them as its owner', async () => {
    for (const [n, person] of PEOPLE.entries()) {
      const old = before.users.find((u) => u.id === ids[n])!;
      const [workspace] = await db.admin(`select to_jsonb(w) as row from workspaces w where id = $1`, [ids[n]]);
      expect(workspace, person.email).toBeDefined();
      const row = workspace!.row;
      expect(row.personal).toBe(true);
      for (const key of SETTINGS) expect(row[key], `${person.email} ${key}`).toEqual(old[key]);
      expect(row.name).toBe(old.business_name ?? `${person.first_name} ${person.last_name}`);
      expect(await db.admin(`select user_id, role from workspace_members where workspace_id = $1`, [ids[n]])).toEqual([
        { user_id: ids[n], role: 'owner' },
      ]);
    }
  });

  it("keeps the invoices' totals and amounts paid, and the dashboard's day totals, which still add up", async () => {
    const MONEY = ['id', 'status', 'subtotal', 'discount_amount', 'tax_amount', 'total_amount', 'amount_paid', 'taxes'];
    const money = (i: Row) => Object.fromEntries(MONEY.map((k) => [k, i[k]]));
    const invoices = (await rows(db.admin, 'invoices')).map(money).sort(byText);
    expect(invoices).toEqual(before.rows.invoices!.map(money).sort(byText));
    expect(invoices.map((i) => i.status).sort()).toEqual(['draft', 'draft', 'paid', 'paid', 'sent', 'sent', 'sent', 'sent']);
    expect(invoices.filter((i) => Number(i.amount_paid) > 0)).toHaveLength(4);
    // the stored day totals are what the transactions add up to, workspace by workspace
    const derived = await db.admin(`
      select t.workspace_id, t.date::text, t.type, t.category, i.currency, sum(t.amount)::text as amount, count(*)::int as count
        from transactions t left join invoices i on i.id = t.invoice_id and i.workspace_id = t.workspace_id
       group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4 nulls first, 5 nulls first`);
    const stored = await db.admin(`
      select workspace_id, date::text, type, category, currency, amount::text, count::int
        from transaction_day_totals order by 1, 2, 3, 4 nulls first, 5 nulls first`);
    expect(stored).toEqual(derived);
  });

  it('works for each person afterwards: their own workspace, their rows, nobody else’s, and they are the creator of what they add', async () => {
    for (const [n, person] of PEOPLE.entries()) {
      const seen = await db.as({ sub: person.sub, email: person.email }, async (q) => {
        const [me] = await q(`select app.workspace_id() as ws, app.workspace_role() as role`);
        const [mine] = await q(`select count(*)::int as contacts, (select count(*)::int from invoices) as invoices from contacts`);
        const [added] = await q(
          `insert into contacts (workspace_id, first_name) values ($1, 'After the upgrade') returning workspace_id, user_id`,
          [ids[n]],
        );
        return { me, mine, added };
      });
      expect(seen.me).toEqual({ ws: ids[n], role: 'owner' });
      expect(seen.mine!.contacts).toBe(before.rows.contacts!.filter((c) => c.user_id === ids[n]).length);
      expect(seen.mine!.invoices).toBe(4);
      expect(seen.added).toEqual({ workspace_id: ids[n], user_id: ids[n] });
    }
  });
});
