import { describe, expect, inject, it } from 'vitest';
import { pgliteBefore, postgresBefore } from '../helpers/migrations';
import { CONTACT, INVOICE, item, type Written, writesBeforeAndAfter } from '../helpers/write-path';

/**
 * The write path's per-row work (docs/decisions/0173-invoice-create-per-row-work.md,
 * migration 20261211300000): an audit entry of a new row takes its context from the row in
 * its `changes` instead of reading it back, and the line total is inlined. Neither may change
 * what is written: the same writes, with the same ids, on a database migrated up to that file
 * and on one migrated past it, leave the same audit trail (actions, changes, contexts), the same invoices with
 * the same totals, and the same summaries and counters.
 */

const FILE = '20261211300000_write_path_rows.sql';

describe.each([
  ['postgres', () => postgresBefore(inject('pgAdminUrl'), FILE)],
  ['pglite', () => pgliteBefore(FILE)],
] as const)('the write path on %s', (_name, stage) => {
  const db = writesBeforeAndAfter(stage, FILE);

  it('writes the same audit trail, invoices, totals, events, summaries and counters as before', async () => {
    const [was, is] = await db.written();
    // the writes did happen: an invoice with three items is seven entries, a payment moved the sent one
    expect(was.audit.length).toBeGreaterThan(20);
    expect(was.audit.filter((e) => e.entity === 'invoice_items' && e.action === 'insert')).toHaveLength(8);
    expect(was.invoices.find((i) => i.id === INVOICE)).toMatchObject({ status: 'sent', amount_paid: '100.00' });
    expect(was.summaries.length).toBeGreaterThan(0);
    for (const key of Object.keys(was) as (keyof Written)[]) expect(is[key], key).toEqual(was[key]);
  });

  it('gives a new row its context from the row itself: name, invoice, contact and currency', async () => {
    const rows = await db.after.admin(
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
    const [fn] = await db.after.admin(
      `select p.prolang = (select oid from pg_language where lanname = 'sql') as sql, p.proconfig, p.prosecdef, p.provolatile
         from pg_proc p where p.oid = 'app.invoice_line_total(numeric, numeric)'::regprocedure`,
    );
    // no `set` and no security definer: the planner folds the body into the calling query
    expect(fn).toEqual({ sql: true, proconfig: null, prosecdef: false, provolatile: 'i' });
    const [row] = await db.after.admin(
      `select app.invoice_line_total(1.5, 0.333)::text as a, app.invoice_line_total(3, 149.90)::text as b`,
    );
    expect(row).toEqual({ a: '0.50', b: '449.70' });
  });
});
