import { afterAll, beforeAll, expect } from 'vitest';
import type { StagedDatabase } from './migrations';
import type { Query, Row } from './sql';

/**
 * One set of writes through every trigger of the write path (contacts, a task, invoices created
 * as `insertInvoiceWithItems` creates them, items added, changed, moved and removed, a refused
 * change, a sent invoice, a payment, an API key's change), with fixed ids, and what they leave
 * behind. Migration tests run them on a database migrated up to a file and on one migrated past
 * it: what is written must be the same.
 */

export const USER = '0b7d2a3e-1111-4c4c-8d8d-000000000001';
export const CONTACT = '0b7d2a3e-2222-4c4c-8d8d-000000000001';
const OTHER_CONTACT = '0b7d2a3e-2222-4c4c-8d8d-000000000002';
const TASK = '0b7d2a3e-3333-4c4c-8d8d-000000000001';
export const INVOICE = '0b7d2a3e-4444-4c4c-8d8d-000000000001';
export const SECOND = '0b7d2a3e-4444-4c4c-8d8d-000000000002';
export const THIRD = '0b7d2a3e-4444-4c4c-8d8d-000000000003';
const PAYMENT = '0b7d2a3e-5555-4c4c-8d8d-000000000001';
export const API_KEY = '0b7d2a3e-7777-4c4c-8d8d-000000000001';
export const claims = { sub: 'user_write_path' };
const keyClaims = { ...claims, api_key_id: API_KEY, api_key_workspace: USER, api_key_scope: 'write' };

export const item = (n: number) => `0b7d2a3e-6666-4c4c-8d8d-${String(n).padStart(12, '0')}`;

/** The create statement of insertInvoiceWithItems (src/features/invoices/queries.ts), items with given ids. */
export function createInvoice(
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

/** Everything that must come out the same, without the clocks (any time of day) and sequence numbers. */
export type Written = Record<'audit' | 'invoices' | 'items' | 'events' | 'summaries' | 'counts' | 'refused', Row[]>;

export async function written(db: StagedDatabase, refused: Row[] = []): Promise<Written> {
  const rows = {
    audit: await db.admin(
      `select action, entity, entity_id, actor, user_id, api_key_id, changes, context, dense_rank() over (order by txid) as tx
         from audit_logs order by seq`,
    ),
    invoices: await db.admin(
      `select id, invoice_number, status, subtotal::text, discount_amount::text, tax_amount::text, total_amount::text,
              amount_paid::text, taxes from invoices order by id`,
    ),
    items: await db.admin(`select id, invoice_id, quantity::text, unit_price::text, total::text, position from invoice_items order by id`),
    events: await db.admin(`select invoice_id, type, data, user_id from invoice_events order by invoice_id, type`),
    summaries: await db.admin(
      `select status, currency, due_date::text, n, amount::text, balance::text from invoice_summaries order by 1, 2, 3`,
    ),
    counts: await db.admin(`select list, n from list_counts order by list`),
    refused,
  };
  return JSON.parse(JSON.stringify(rows).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, 'a time'));
}

/** The writes; returns the refused changes' errors (code and message), which must be the same too. */
export async function writeEverything(db: StagedDatabase): Promise<Row[]> {
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
  // an invoice made with an API key: its entries name the key
  await db.as(keyClaims, async (q) => {
    await createInvoice(q, THIRD, OTHER_CONTACT, [
      [item(5), 'Support', '3', '80.00'],
      [item(6), 'Travel', '1', '45.50'],
    ]);
  });
  await db.as(claims, async (q) => {
    // two lines added to a draft in one statement, then lines changed, moved and removed
    await q(
      `insert into invoice_items (id, workspace_id, invoice_id, description, quantity, unit_price, tax_rate, total, position)
       values ($1, $3, $4, 'Review', 2, 120, 7, 0, 1), ($2, $3, $4, 'Report', 1, 60, 19, 0, 2)`,
      [item(7), item(8), USER, SECOND],
    );
    await q(`update invoice_items set quantity = 3 where id = $1`, [item(1)]);
    await q(`delete from invoice_items where id = $1`, [item(3)]);
    await q(`update invoice_items set invoice_id = $1 where id = $2`, [THIRD, item(8)]);
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
  // a sent invoice's lines can no longer change: refused, nothing written
  const refused: Row[] = [];
  for (const change of [
    `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ('${USER}', '${INVOICE}', 'Late', 1, 1, 0)`,
    `update invoice_items set quantity = 5 where id = '${item(2)}'`,
    `delete from invoice_items where id = '${item(1)}'`,
  ]) {
    const error = await db
      .as(claims, (q) => q(change))
      .then(
        () => null,
        (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }),
      );
    refused.push({ change: change.slice(0, 6), error });
  }
  return refused;
}

/**
 * In a test suite: two databases staged up to the migration `file` by `stage`, the second then
 * migrated past it, each given every write. `before` and `after` are set once the suite's setup
 * ran; `written()` reads what each holds, the refused changes included, for a test to compare.
 */
export function writesBeforeAndAfter(stage: () => Promise<StagedDatabase>, file: string) {
  const pair = {
    before: undefined as unknown as StagedDatabase,
    after: undefined as unknown as StagedDatabase,
    refused: [] as Row[][],
    written: async () => [await written(pair.before, pair.refused[0]), await written(pair.after, pair.refused[1])] as const,
  };
  beforeAll(async () => {
    pair.before = await stage();
    pair.after = await stage();
    expect(await pair.after.migrateRest()).toContain(file);
    pair.refused = [await writeEverything(pair.before), await writeEverything(pair.after)];
  });
  afterAll(async () => {
    await pair.before?.close();
    await pair.after?.close();
  });
  return pair;
}
