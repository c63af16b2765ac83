import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../helpers/database';

/**
 * The email send limits count from the database (invoice_events `email_sent`
 * rows), so they hold across restarts and server processes: the counting
 * query of src/features/invoices/send-limits.ts, run as the app's runtime
 * role under RLS on PostgreSQL, with rows written by another "process" (the
 * owner's connection) and of various ages.
 */

let db: typeof import('../../src/lib/db');
let limits: typeof import('../../src/features/invoices/send-limits');
let admin: postgres.Sql;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const created = await createDatabase(inject('pgAdminUrl'), 'sends');
  process.env.DATABASE_URL = created.appUrl;
  process.env.DATABASE_POOL_SIZE = '2';
  process.env.LOG_LEVEL = 'silent';
  const { resetEnvForTests } = await import('../../src/lib/env');
  resetEnvForTests();
  db = await import('../../src/lib/db');
  limits = await import('../../src/features/invoices/send-limits');
  admin = postgres(created.adminUrl, { max: 1, onnotice: () => {} });
  for (const who of ['a', 'b']) {
    const [user] = await admin`insert into users (clerk_id, email) values (${`user_sends_${who}`}, ${`${who}@sends.test`}) returning id`;
    ids[`${who}_user`] = user!.id;
    for (const n of [1, 2]) {
      const [invoice] =
        await admin`insert into invoices (workspace_id, invoice_number, due_date) values (${user!.id}, ${`S-${n}`}, current_date + 14) returning id`;
      ids[`${who}_invoice${n}`] = invoice!.id;
    }
  }
  const event = (who: string, invoice: string, hoursAgo: number, automatic = false) =>
    admin`insert into invoice_events (workspace_id, invoice_id, type, data, created_at)
          values (${ids[`${who}_user`]!}, ${ids[`${who}_${invoice}`]!}, 'email_sent',
                  ${admin.json(automatic ? { kind: 'reminder', automatic: true } : { kind: 'invoice' })},
                  now() - make_interval(hours => ${hoursAgo}))`;
  // A: three manual sends of invoice 1 (1 h, 2 h, 30 h ago), one automatic reminder of it, one send of invoice 2
  await event('a', 'invoice1', 1);
  await event('a', 'invoice1', 2);
  await event('a', 'invoice1', 30);
  await event('a', 'invoice1', 3, true);
  await event('a', 'invoice2', 5);
  // B sent plenty: none of it is A's
  for (let i = 0; i < 6; i++) await event('b', 'invoice1', 1);
  // failures do not count
  await admin`insert into invoice_events (workspace_id, invoice_id, type, data) values (${ids.a_user!}, ${ids.a_invoice1!}, 'email_failed', '{}')`;
});

afterAll(async () => {
  await admin?.end({ timeout: 5 });
  await db?.closeDriver();
});

const count = (invoice: string, perAccount: number, perInvoice: number) =>
  db.withTenant({ sub: 'user_sends_a' }, (tx) => limits.countSends(tx, ids.a_user!, ids[`a_${invoice}`]!, { perAccount, perInvoice }));

describe('email send counts on PostgreSQL', () => {
  it('counts the last 24 hours of the account (every kind) and the manual sends of one invoice, under RLS', async () => {
    const counts = await count('invoice1', 100, 5);
    expect(counts).toMatchObject({ account: 4, invoice: 2 });
    expect((await count('invoice2', 100, 5)).invoice).toBe(1);
  });

  it('says when the next slot frees up', async () => {
    // at a limit of 4 the oldest counted send (5 h ago) frees the next slot in about 19 h
    const account = await count('invoice1', 4, 5);
    expect(account.accountRetryAfter).toBeGreaterThan(19 * 3600 - 60);
    expect(account.accountRetryAfter).toBeLessThanOrEqual(19 * 3600);
    expect(limits.sendLimitError(account, { perAccount: 4, perInvoice: 5 }, 'manual')).toMatchObject({ status: 429 });
    // two manual sends of invoice 1 (1 h and 2 h ago): at a limit of 2, the older frees up in about 22 h
    const invoice = await count('invoice1', 100, 2);
    expect(invoice.invoiceRetryAfter).toBeGreaterThan(22 * 3600 - 60);
    expect(limits.sendLimitError(invoice, { perAccount: 100, perInvoice: 2 }, 'manual')).toMatchObject({ status: 409 });
    // an automatic reminder is not a manual send
    expect(limits.sendLimitError(invoice, { perAccount: 100, perInvoice: 2 }, 'automatic')).toBeUndefined();
  });

  it("never counts another account's sends", async () => {
    const asB = await db.withTenant({ sub: 'user_sends_b' }, (tx) =>
      limits.countSends(tx, ids.a_user!, ids.a_invoice1!, { perAccount: 100, perInvoice: 5 }),
    );
    expect(asB).toMatchObject({ account: 0, invoice: 0 });
  });
});
