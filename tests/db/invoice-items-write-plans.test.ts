import { describe, expect, inject, it } from 'vitest';
import { pgliteBefore, postgresBefore } from '../helpers/migrations';
import { API_KEY, INVOICE, item, SECOND, THIRD, USER, type Written, writesBeforeAndAfter } from '../helpers/write-path';

/**
 * An invoice create's triggers without per-call planning, and inserted items audited by one
 * statement (docs/decisions/0225-invoice-create-trigger-work.md, migration 20261212250000):
 * the same writes, with the same ids, on a database migrated up to that file and on one
 * migrated past it, leave the same audit trail (every entry: action, entity, id, actor, user,
 * API key, changes, context, and which transaction wrote it, in the same order), the same
 * invoices and totals, events, summaries and counters, and refuse the same changes with the
 * same errors.
 */

const FILE = '20261212250000_invoice_items_write_plans.sql';

describe.each([
  ['postgres', () => postgresBefore(inject('pgAdminUrl'), FILE)],
  ['pglite', () => pgliteBefore(FILE)],
] as const)('invoice items written on %s', (_name, stage) => {
  const db = writesBeforeAndAfter(stage, FILE);

  it('writes the same audit trail, invoices, totals, events, summaries and counters, and refuses the same changes', async () => {
    const [was, is] = await db.written();
    expect(was.audit.filter((e) => e.entity === 'invoice_items' && e.action === 'insert')).toHaveLength(8);
    expect(was.audit.filter((e) => e.entity === 'invoice_items' && e.action !== 'insert').map((e) => e.action)).toEqual([
      'update',
      'delete',
      'update',
    ]);
    // the three changes to a sent invoice's lines were refused, with the items' own error
    expect(was.refused).toHaveLength(3);
    for (const r of was.refused)
      expect(r.error).toMatchObject({ code: 'LD409', message: 'Invoice WP-0001 is sent: its items can no longer change.' });
    for (const key of Object.keys(was) as (keyof Written)[]) expect(is[key], key).toEqual(was[key]);
  });

  it("writes one entry per inserted line, in the lines' order, before the invoice's totals change", async () => {
    const rows = await db.after.admin(
      `select a.entity, a.action, a.entity_id, a.context ->> 'total_amount' as total
         from audit_logs a
        where a.txid = (select txid from audit_logs where entity_id = $1::text::uuid and action = 'insert')
          and a.context ->> 'invoice_id' = $1::text
        order by a.seq`,
      [INVOICE],
    );
    expect(rows.map((r) => [r.entity, r.action, r.entity_id, r.total])).toEqual([
      ['invoices', 'insert', INVOICE, '0.00'],
      ['invoice_items', 'insert', item(1), '0.00'],
      ['invoice_items', 'insert', item(2), '0.00'],
      ['invoice_items', 'insert', item(3), '0.00'],
      ['invoices', 'update', INVOICE, '2284.42'],
    ]);
    // lines added to an existing draft see its totals before their own
    const [added] = await db.after.admin(`select context ->> 'total_amount' as total from audit_logs where entity_id = $1`, [item(7)]);
    expect(added).toEqual({ total: '321.30' });
    // the person and the key that made them
    const byKey = await db.after.admin(
      `select entity, user_id, api_key_id, actor from audit_logs where context ->> 'invoice_id' = $1::text and action = 'insert' order by seq`,
      [THIRD],
    );
    expect(byKey).toEqual([
      { entity: 'invoices', user_id: USER, api_key_id: API_KEY, actor: 'user_write_path' },
      { entity: 'invoice_items', user_id: USER, api_key_id: API_KEY, actor: 'user_write_path' },
      { entity: 'invoice_items', user_id: USER, api_key_id: API_KEY, actor: 'user_write_path' },
    ]);
    expect(await db.after.admin(`select count(*)::int as n from audit_logs where entity_id = $1`, [SECOND])).toEqual([{ n: 5 }]); // created, totals ×3 (its line, two added, one moved out), notes
  });

  it('audits inserted lines per statement, changed and removed ones per row, and lets no session call the statement trigger', async () => {
    const triggers = await db.after.admin(
      `select t.tgname, p.proname, (t.tgtype & 1) = 1 as per_row, (t.tgtype & 4) = 4 as on_insert,
              (t.tgtype & 8) = 8 as on_delete, (t.tgtype & 16) = 16 as on_update
         from pg_trigger t join pg_proc p on p.oid = t.tgfoid
        where t.tgrelid = 'public.invoice_items'::regclass and p.proname in ('audit_row', 'audit_rows_inserted')
        order by 1`,
    );
    expect(triggers).toEqual([
      { tgname: 'audit_row', proname: 'audit_row', per_row: true, on_insert: false, on_delete: true, on_update: true },
      {
        tgname: 'audit_rows_inserted',
        proname: 'audit_rows_inserted',
        per_row: false,
        on_insert: true,
        on_delete: false,
        on_update: false,
      },
    ]);
    const fns = await db.after.admin(
      `select p.proname, p.prosecdef, p.proconfig,
              has_function_privilege('authenticated', p.oid, 'EXECUTE') as authenticated,
              has_function_privilege('anon', p.oid, 'EXECUTE') as anon
         from pg_proc p
        where p.oid in ('app.audit_rows_inserted()'::regprocedure, 'app.invoice_items_after_statement()'::regprocedure)
        order by 1`,
    );
    expect(fns).toEqual([
      { proname: 'audit_rows_inserted', prosecdef: true, proconfig: ['search_path=""'], authenticated: false, anon: false },
      // not a security definer: it runs with the rights and search_path of the statement that fired it
      { proname: 'invoice_items_after_statement', prosecdef: false, proconfig: null, authenticated: true, anon: true },
    ]);
  });
});
