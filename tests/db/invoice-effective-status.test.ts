import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { effectiveStatusOf } from '@/features/invoices/queries';
import { INVOICE_STATUSES } from '@/features/invoices/schema';
import { pgliteBackend, postgresBackend, type SqlBackend } from '../helpers/sql';

/**
 * The invoice lists write the effective status out (effectiveStatusOf) instead
 * of calling app.invoice_effective_status per row (ADR 0178). Both must give
 * the same answer for every stored status and every due date around today,
 * including none.
 */

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'effective_status')],
  ['pglite', () => pgliteBackend()],
] as const)('the written-out effective status on %s', (_name, make) => {
  let db: SqlBackend;

  beforeAll(async () => {
    db = await make();
  });

  afterAll(async () => {
    await db.close();
  });

  it('equals app.invoice_effective_status for every status and due date', async () => {
    const today = '2026-03-01';
    const { sql: inline, params } = new PgDialect().sqlToQuery(effectiveStatusOf(sql.raw('s.status'), sql.raw('s.due_date'), today));
    const dueDates = [null, '2026-02-28', '2026-03-01', '2026-03-02', '2025-12-31', '2027-01-01'];
    const cases = INVOICE_STATUSES.flatMap((status) => dueDates.map((due) => ({ status, due })));
    const rows = await db.admin(
      `select s.status, s.due_date::text as due_date, app.invoice_effective_status(s.status, s.due_date, $1::date) as by_function,
              ${inline.replace(/\$1\b/g, '$2')} as written_out
         from jsonb_to_recordset(($3::text)::jsonb) as s(status text, due_date date)`,
      [today, params[0], JSON.stringify(cases.map((c) => ({ status: c.status, due_date: c.due })))],
    );
    expect(rows).toHaveLength(cases.length);
    for (const row of rows) expect(row.written_out, `${row.status} due ${row.due_date}`).toBe(row.by_function);
    // the cases cover every answer, so equality is not agreement on one value
    expect(new Set(rows.map((r) => r.written_out))).toEqual(new Set(['draft', 'sent', 'overdue', 'paid', 'cancelled']));
  });
});
