import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBefore, postgresBefore, type StagedDatabase } from '../helpers/migrations';
import type { Query, Row } from '../helpers/sql';

/**
 * The write path's per-row work (docs/decisions/0173-invoice-create-per-row-work.md,
 * migration 20261211300000): an audit entry of a new row takes its context from the row in
 * its `changes` instead of reading it back, and the line total is inlined. Neither may change
 * what is written: the same writes, with the same ids, on a database migrated up to that file
 * and on one migrated past it, leave the same audit trail (actions, changes, contexts), the same invoices with
 * the same totals, and the same summaries and counters.
 */

const FILE = '20261211300000_write_path_rows.sql';
const USER = '0b7d2a3e-1111-4c4c-8d8d-000000000001';
const CONTACT = '0b7d2a3e-2222-4c4c-8d8d-000000000001';
const OTHER_CONTACT = '0b7d2a3e-2222-4c4c-8d8d-000000000002';
const TASK = '0b7d2a3e-3333-4c4c-8d8d-000000000001';
const INVOICE = '0b7d2a3e-4444-4c4c-8d8d-000000000001';
const SECOND = '0b7d2a3e-4444-4c4c-8d8d-000000000002';
const PAYMENT = '0b7d2a3e-5555-4c4c-8d8d-000000000001';
const claims = { sub: 'user_write_path' };

/** The create statement of insertInvoiceWithItems (src/features/invoices/queries.ts), items with given ids. */
function createInvoice(
  q: Query,
  id: string,
  contact: string | null,
  lines: [string, string, string, string][],
  discount?: [string, string],
) {
  return q(
    `with invoice as (
       insert into public.invoices (id, workspace_id, contact_id, invoice_number, status, issue_date, due_date, currency,
                                    discount_type, discount_value)
       select $1::uuid, $2::uuid, $3::uuid, app.next_invoice_number($2::uuid, 'WP-'), 'draft', date '2026-12-01',
              date '2026-12-15', 'EUR', $5::text, $6::numeric
        where $3::uuid is null or exists (select 1 from public.contacts c where c.workspace_id = $2::uuid and c.id = $3::uuid)
       returning id, workspace_id
     )
     insert into public.invoice_items (id, workspace_id, invoice_id, description, quantity, unit_price, tax_rate, total, position)
     select (l ->> 0)::uuid, invoice.workspace_id, invoice.id, l ->> 1, (l ->> 2)::numeric, (l ->> 3)::numeric, 19, 0, (n - 1)::int
       from invoice, jsonb_array_elements($4::text::jsonb) with ordinality as x(l, n)`,
    [id, USER, contact, JSON.stringify(lines), discount?.[0] ?? null, discount?.[1] ?? null],
  );
}

const item = (n: number) => `0b7d2a3e-6666-4c4c-8d8d-${String(n).padStart(12, '0')}`;

/** Everything that must come out the same, without the clocks (any time of day) and sequence numbers. */
type Written = Record<'audit' | 'invoices' | 'items' | 'events' | 'summaries' | 'counts', Row[]>;

async function written(db: StagedDatabase): Promise<Written> {
  const rows = {
    audit: await db.admin(`select action, entity, entity_id, actor, changes, context from audit_logs order by seq`),
    invoices: await db.admin(
      `select id, invoice_number, status, subtotal::text, discount_amount::text, tax_amount::text, total_amount::text,
              amount_paid::text, taxes from invoices order by id`,
    ),
    items: await db.admin(`select id, invoice_id, quantity::text, unit_price::text, total::text, position from invoice_items order by id`),
    events: await db.admin(`select invoice_id, type, data from invoice_events order by invoice_id, type`),
    summaries: await db.admin(
      `select status, currency, due_date::text, n, amount::text, balance::text from invoice_summaries order by 1, 2, 3`,
    ),
    counts: await db.admin(`select list, n from list_counts order by list`),
  };
  return JSON.parse(JSON.stringify(rows).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, 'a time'));
}

async function writeEverything(db: StagedDatabase): Promise<void> {
  await db.admin(`insert into users (id, clerk_id, email) values ($1, $2, 'write-path@test.example')`, [USER, claims.sub]);
  await db.as(claims, async (q) => {
    await q(`insert into contacts (id, workspace_id, first_name, last_name, email) values ($1, $2, 'Ada', 'Lovelace', 'ada@x.test')`, [
      CONTACT,
      USER,
    ]);
    await q(`insert into contacts (id, workspace_id, first_name, company) values ($1, $2, 'Bob', 'Acme')`, [OTHER_CONTACT, USER]);
    await q(`update contacts set status = 'customer' where id = $1`, [CONTACT]);
    await q(`insert into tasks (id, workspace_id, contact_id, title) values ($1, $2, $3, 'Call Ada')`, [TASK, USER, CONTACT]);
  });
  await db.as(claims, async (q) => {
    await createInvoice(q, INVOICE, CONTACT, [
      [item(1), 'Design', '2', '149.90'],
      [item(2), 'Build', '1.5', '1000.00'],
      [item(3), 'Hosting', '12', '9.99'],
    ]);
    await createInvoice(q, SECOND, null, [[item(4), 'Advice', '1', '300.00']], ['percent', '10']);
  });
  await db.as(claims, async (q) => {
    await q(`update invoice_items set quantity = 3 where id = $1`, [item(1)]);
    await q(`delete from invoice_items where id = $1`, [item(3)]);
    await q(`update invoices set status = 'sent' where id = $1`, [INVOICE]);
    await q(`update invoices set notes = 'Thanks' where id = $1`, [SECOND]);
    await q(
      `insert into transactions (id, workspace_id, type, amount, date, description, invoice_id)
       values ($1, $2, 'income', '100.00', date '2026-12-05', 'Part payment', $3)`,
      [PAYMENT, USER, INVOICE],
    );
    await q(`update tasks set status = 'completed' where id = $1`, [TASK]);
    await q(`delete from tasks where id = $1`, [TASK]);
  });
}

describe.each([
  ['postgres', () => postgresBefore(inject('pgAdminUrl'), FILE)],
  ['pglite', () => pgliteBefore(FILE)],
] as const)('the write path on %s', (_name, stage) => {
  let before: StagedDatabase;
  let after: StagedDatabase;

  beforeAll(async () => {
    before = await stage();
    after = await stage();
    expect(await after.migrateRest()).toContain(FILE);
    await writeEverything(before);
    await writeEverything(after);
  });

  afterAll(async () => {
    await before?.close();
    await after?.close();
  });

  it('writes the same audit trail, invoices, totals, events, summaries and counters as before', async () => {
    const [was, is] = [await written(before), await written(after)];
    // the writes did happen: an invoice with three items is seven entries, a payment moved the sent one
    expect(was.audit.length).toBeGreaterThan(20);
    expect(was.audit.filter((e) => e.entity === 'invoice_items' && e.action === 'insert')).toHaveLength(4);
    expect(was.invoices.find((i) => i.id === INVOICE)).toMatchObject({ status: 'sent', amount_paid: '100.00' });
    expect(was.summaries.length).toBeGreaterThan(0);
    for (const key of Object.keys(was) as (keyof Written)[]) expect(is[key], key).toEqual(was[key]);
  });

  it('gives a new row its context from the row itself: name, invoice, contact and currency', async () => {
    const rows = await after.admin(
      `select entity, context from audit_logs where action = 'insert' and entity_id in ($1, $2, $3) order by entity`,
      [CONTACT, item(1), INVOICE],
    );
    expect(rows.map((r) => [r.entity, r.context])).toEqual([
      ['contacts', { name: 'Ada Lovelace' }],
      [
        'invoice_items',
        {
          name: 'Design',
          currency: 'EUR',
          invoice_id: INVOICE,
          invoice_number: 'WP-0001',
          total_amount: '0.00',
          amount_paid: '0.00',
          status: 'draft',
        },
      ],
      [
        'invoices',
        {
          name: 'WP-0001',
          currency: 'EUR',
          invoice_id: INVOICE,
          invoice_number: 'WP-0001',
          total_amount: '0.00',
          amount_paid: '0.00',
          status: 'draft',
          contact_id: CONTACT,
          contact: 'Ada Lovelace',
        },
      ],
    ]);
  });

  it('inlines the line total, which still rounds to the cent', async () => {
    const [fn] = await after.admin(
      `select p.prolang = (select oid from pg_language where lanname = 'sql') as sql, p.proconfig, p.prosecdef, p.provolatile
         from pg_proc p where p.oid = 'app.invoice_line_total(numeric, numeric)'::regprocedure`,
    );
    // no `set` and no security definer: the planner folds the body into the calling query
    expect(fn).toEqual({ sql: true, proconfig: null, prosecdef: false, provolatile: 'i' });
    const [row] = await after.admin(`select app.invoice_line_total(1.5, 0.333)::text as a, app.invoice_line_total(3, 149.90)::text as b`);
    expect(row).toEqual({ a: '0.50', b: '449.70' });
  });
});
