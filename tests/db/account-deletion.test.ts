import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * Deleting an account at the SQL level, as the Clerk webhook does it: as role
 * `authenticated` with the claims of the Clerk user of the event. Deleting the
 * users row removes every row of the account in the same statement (foreign
 * keys `on delete cascade`), whatever the links between those rows; nobody can
 * delete another account; tombstones are visible and writable only for the
 * session's own `sub`.
 */

const OWNED_TABLES = [
  'contacts',
  'invoices',
  'invoice_items',
  'transactions',
  'tasks',
  'ai_logs',
  'deals',
  'deal_events',
  'time_entries',
  'quotes',
  'quote_items',
  'document_counters',
  'document_links',
  'recurring_invoices',
  'credit_notes',
  'credit_note_items',
  'api_keys',
  'webhook_endpoints',
  'webhook_events',
  'webhook_deliveries',
  'bank_accounts',
  'bank_imports',
  'bank_lines',
  'bank_rules',
  'list_counts',
  'invoice_summaries',
  'status_counts',
  'transaction_totals',
];

/** What each account holds once seeded: one row of each, two transactions (a payment and a refund), two bank lines (one paid the invoice, one booked the refund). */
const SEEDED = Object.fromEntries(OWNED_TABLES.map((t) => [t, t === 'transactions' || t === 'bank_lines' ? 2 : 1]));
// …and one count per list (docs/decisions/0153): the ten counted lists each hold a row
SEEDED.list_counts = 10;
// …and the dashboard's summaries (docs/decisions/0174): the invoice as a draft (emptied when it was sent) and as sent on its due
// date; the contact's status, the task's as pending (emptied) and as completed
SEEDED.invoice_summaries = 2;
SEEDED.status_counts = 3;
// …and the ledger's totals per type and category (docs/decisions/0179): the payment (income) and the refund (expense); the
// refunded credit note is not counted
SEEDED.transaction_totals = 2;

async function seedAccount(q: Query, sub: string): Promise<string> {
  const [user] = await q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [sub, `${sub}@example.com`]);
  const userId = user!.id as string;
  const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Client') returning id`, [userId]);
  // a recurring profile that made the invoice
  const [profile] = await q(
    `insert into recurring_invoices (workspace_id, contact_id, currency, items, frequency, start_date)
     values ($1, $2, 'USD', '[{"description":"Work","quantity":"1","unit_price":"100.00"}]', 'monthly', current_date) returning id`,
    [userId, contact!.id],
  );
  const [invoice] = await q(
    `insert into invoices (workspace_id, contact_id, invoice_number, due_date, subtotal, total_amount, recurring_invoice_id, recurring_period)
     values ($1, $2, 'INV-1', current_date + 14, 100, 100, $3, current_date) returning id`,
    [userId, contact!.id, profile!.id],
  );
  const [item] = await q(
    `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, 100, 100) returning id`,
    [userId, invoice!.id],
  );
  // a payment on the invoice, once sent (transactions → invoices is `on delete restrict`, invoices → contacts too)
  await q(`update invoices set status = 'sent' where id = $1`, [invoice!.id]);
  const [payment] = await q(
    `insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'income', 50, $2) returning id`,
    [userId, invoice!.id],
  );
  // a credit note for the item, refunded as an expense
  const [refund] = await q(`insert into transactions (workspace_id, type, amount) values ($1, 'expense', 10) returning id`, [userId]);
  const [note] = await q(
    `insert into credit_notes (workspace_id, invoice_id, credit_note_number, issue_date, currency, subtotal, total_amount, refund_transaction_id)
     values ($1, $2, 'CN-0001', current_date, 'USD', 10, 10, $3) returning id`,
    [userId, invoice!.id, refund!.id],
  );
  await q(
    `insert into credit_note_items (workspace_id, credit_note_id, invoice_item_id, description, quantity, unit_price, total)
     values ($1, $2, $3, 'Work', 0.1, 100, 10)`,
    [userId, note!.id, item!.id],
  );
  // a webhook endpoint, and the event and delivery that completing the task writes (docs/decisions/0135)
  await q(
    `insert into webhook_endpoints (workspace_id, url, events, secret) values ($1, 'https://hooks.example.com/in', '{task.completed}', $2)`,
    [userId, `whsec_${Buffer.alloc(32, 1).toString('base64')}`],
  );
  const [task] = await q(`insert into tasks (workspace_id, contact_id, title) values ($1, $2, 'Follow up') returning id`, [
    userId,
    contact!.id,
  ]);
  await q(`update tasks set status = 'completed' where id = $1`, [task!.id]);
  // a bank statement: one line paid the invoice, one was booked as the refund (bank lines → transactions → invoices)
  const [bank] = await q(
    `insert into bank_accounts (workspace_id, name, currency, iban) values ($1, 'Bank', 'USD', 'DE89370400440532013000') returning id`,
    [userId],
  );
  const [statement] = await q(
    `insert into bank_imports (workspace_id, bank_account_id, format, byte_size) values ($1, $2, 'csv', 100) returning id`,
    [userId, bank!.id],
  );
  await q(
    `insert into bank_lines (workspace_id, bank_account_id, import_id, date, amount, description, fingerprint, dedupe_key, payment_id, suggestion_invoice_id)
     values ($1, $2, $3, current_date, 50, 'Payment', repeat('a', 64), 'fp:a', $4, $5)`,
    [userId, bank!.id, statement!.id, payment!.id, invoice!.id],
  );
  await q(
    `insert into bank_lines (workspace_id, bank_account_id, import_id, date, amount, description, fingerprint, dedupe_key, transaction_id)
     values ($1, $2, $3, current_date, -10, 'Refund', repeat('b', 64), 'fp:b', $4)`,
    [userId, bank!.id, statement!.id, refund!.id],
  );
  await q(`insert into bank_rules (workspace_id, pattern, category) values ($1, 'Refund', 'Refunds')`, [userId]);
  await q(`insert into ai_logs (workspace_id, query, engine) values ($1, 'hello', 'builtin')`, [userId]);
  // time billed on the invoice: locked (docs/decisions/0106), yet it goes with the account
  await q(
    `insert into time_entries (workspace_id, contact_id, invoice_id, description, started_at, ended_at) values ($1, $2, $3, 'Work', now() - interval '1 hour', now())`,
    [userId, contact!.id, invoice!.id],
  );
  // a deal in the workspace's first stage, for the contact and invoiced (its history: one event)
  await q(
    `insert into deals (workspace_id, title, contact_id, value, currency, stage_id, position, owner_id, invoice_id)
     values ($1, 'Deal', $2, 100, 'USD', (select id from deal_stages where workspace_id = $1 order by position limit 1), 0, $1, $3)`,
    [userId, contact!.id, invoice!.id],
  );
  // a sent quote with its line, its number series, and a client link (the invoice made from it names it)
  const [number] = await q(`select app.next_document_number($1, 'quote', 'QUO-') as n`, [userId]);
  const [quote] = await q(
    `insert into quotes (workspace_id, contact_id, quote_number, valid_until) values ($1, $2, $3, current_date + 30) returning id`,
    [userId, contact!.id, number!.n],
  );
  await q(`insert into quote_items (workspace_id, quote_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, 100, 0)`, [
    userId,
    quote!.id,
  ]);
  await q(`update quotes set status = 'sent' where id = $1`, [quote!.id]);
  await q(`update invoices set quote_id = $2 where id = $1`, [invoice!.id, quote!.id]);
  await q(
    `insert into document_links (workspace_id, quote_id, token_hash, expires_at) values ($1, $2, md5($3) || md5($3 || 'q'), now() + interval '90 days')`,
    [userId, quote!.id, sub],
  );
  // an API key of the workspace, made by its owner
  await q(
    `insert into api_keys (workspace_id, name, prefix, key_hash, scopes) values ($1, 'Zapier', 'abcd1234', md5($2) || md5($2 || 'k'), '{read}')`,
    [userId, sub],
  );
  return userId;
}

async function counts(q: Query, userId: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of OWNED_TABLES) {
    const [row] = await q(`select count(*)::int as n from ${table} where workspace_id = $1`, [userId]);
    result[table] = row!.n;
  }
  return result;
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'deletion')],
  ['pglite', pgliteBackend],
] as const)('account deletion on %s', (_name, make) => {
  let db: SqlBackend;
  const A = { sub: 'user_leaving_a' };
  const B = { sub: 'user_staying_b' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await make();
    ids.a = await db.as(A, (q) => seedAccount(q, A.sub));
    ids.b = await db.as(B, (q) => seedAccount(q, B.sub));
  });

  afterAll(async () => {
    await db?.close();
  });

  it("lets nobody delete another account's row, or write its tombstone", async () => {
    const deleted = await db.as(B, (q) => q(`delete from users where clerk_id = $1 returning id`, [A.sub]));
    expect(deleted).toHaveLength(0);
    await expect(db.as(B, (q) => q(`insert into deleted_users (clerk_id) values ($1)`, [A.sub]))).rejects.toThrow(/row-level security/);
    await expect(db.as(null, (q) => q(`insert into deleted_users (clerk_id) values ($1)`, [A.sub]))).rejects.toThrow(/row-level security/);
    await expect(db.as({}, (q) => q(`select * from deleted_users`), 'anon')).rejects.toThrow(/permission denied/);
    expect(await db.as(A, (q) => counts(q, ids.a!))).toEqual(SEEDED);
  });

  it('removes the account and everything in it in one statement, and nothing of anyone else', async () => {
    await db.as(A, async (q) => {
      await q(`insert into deleted_users (clerk_id) values ($1) on conflict do nothing`, [A.sub]);
      const gone = await q(`delete from users where clerk_id = $1 returning id`, [A.sub]);
      expect(gone).toEqual([{ id: ids.a }]);
    });
    expect(await db.as(A, (q) => counts(q, ids.a!))).toEqual(Object.fromEntries(OWNED_TABLES.map((t) => [t, 0])));
    expect(await db.as(A, (q) => q(`select * from users`))).toEqual([]);
    expect(await db.as(B, (q) => counts(q, ids.b!))).toEqual(SEEDED);
  });

  it('keeps the tombstone visible to its own sub only, and append-only', async () => {
    expect(await db.as(A, (q) => q(`select clerk_id from deleted_users`))).toEqual([{ clerk_id: A.sub }]);
    expect(await db.as(B, (q) => q(`select clerk_id from deleted_users`))).toEqual([]);
    await expect(db.as(A, (q) => q(`delete from deleted_users where clerk_id = $1`, [A.sub]))).rejects.toThrow(/permission denied/);
    await expect(db.as(A, (q) => q(`update deleted_users set clerk_id = 'x' where clerk_id = $1`, [A.sub]))).rejects.toThrow(
      /permission denied/,
    );
  });
});
