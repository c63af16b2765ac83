import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../helpers/database';
import { pgliteBackend, postgresBackend, type SqlBackend } from '../helpers/sql';

/**
 * docs/decisions/0083: reminder claims that expire and a run that survives one
 * account's failure, a statement timeout on every tenant transaction (a clear
 * 503, not a 500), and one contact import at a time per user through an
 * advisory lock that the `authenticated` role may take (on both backends).
 */

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'rel')],
  ['pglite', pgliteBackend],
] as const)('what the reliability fixes need from the database on %s', (_name, make) => {
  let db: SqlBackend;
  const A = { sub: 'user_rel_sql' };

  beforeAll(async () => {
    db = await make();
  });
  afterAll(async () => {
    await db.close();
  });

  it('lets authenticated take a transaction advisory lock and bound its statements', async () => {
    const [row] = await db.as(A, (q) =>
      q(`select pg_try_advisory_xact_lock(hashtext('ledgerly.contacts.import'), hashtext('some-user-id')) as locked,
                set_config('statement_timeout', '1500ms', true) as timeout,
                current_setting('statement_timeout') as now_in_force`),
    );
    expect(row).toEqual({ locked: true, timeout: '1500ms', now_in_force: '1500ms' });
  });

  it('gives reminder claims a lease (claimed_at) and an attempt number that authenticated may update', async () => {
    const columns = await db.admin(
      `select column_name, is_nullable, column_default from information_schema.columns
        where table_schema = 'public' and table_name = 'invoice_reminders' and column_name in ('claimed_at', 'attempts')
        order by column_name`,
    );
    expect(columns.map((c) => [c.column_name, c.is_nullable])).toEqual([
      ['attempts', 'NO'],
      ['claimed_at', 'NO'],
    ]);
    const [grant] = await db.admin(
      `select has_column_privilege('authenticated', 'public.invoice_reminders', 'claimed_at', 'UPDATE') as claimed_at,
              has_column_privilege('authenticated', 'public.invoice_reminders', 'attempts', 'UPDATE') as attempts`,
    );
    expect(grant).toEqual({ claimed_at: true, attempts: true });
  });
});

describe('the app on PostgreSQL: reminders, statement timeout and the import lock', () => {
  type Db = typeof import('../../src/lib/db');
  let db: Db;
  let invoices: typeof import('../../src/features/invoices/service');
  let contacts: typeof import('../../src/features/contacts/service');
  let errorsModule: typeof import('../../src/lib/errors');
  let contactSchema: typeof import('../../src/features/contacts/schema');
  let admin: postgres.Sql;
  let dataDir: string;
  const saved = { ...process.env };

  type Row = Record<string, unknown>;
  const rows = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];

  beforeAll(async () => {
    const created = await createDatabase(inject('pgAdminUrl'), 'reliab');
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-rel-'));
    Object.assign(process.env, {
      DATABASE_URL: created.appUrl,
      DATABASE_POOL_SIZE: '6',
      DATABASE_STATEMENT_TIMEOUT_MS: '400',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      REMINDER_CLAIM_LEASE_MINUTES: '15',
    });
    delete process.env.SMTP_URL;
    delete process.env.EMAIL_TRANSPORT;
    const { resetEnvForTests } = await import('../../src/lib/env');
    resetEnvForTests();
    db = await import('../../src/lib/db');
    invoices = await import('../../src/features/invoices/service');
    contacts = await import('../../src/features/contacts/service');
    contactSchema = await import('../../src/features/contacts/schema');
    errorsModule = await import('../../src/lib/errors');
    admin = postgres(created.adminUrl, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await db?.closeDriver();
    await admin?.end({ timeout: 5 });
    process.env = { ...saved };
    const { resetEnvForTests } = await import('../../src/lib/env');
    resetEnvForTests();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A user with reminders at 3 and 7 days, a contact with an email, and `count` sent invoices 10 days overdue. */
  async function account(sub: string, count: number): Promise<{ userId: string; invoiceIds: string[] }> {
    return db.withTenant({ sub }, async (tx) => {
      const [user] = rows(
        await tx.execute(sql`insert into users (clerk_id, email) values (${sub}, ${`${sub}@rel.test`}) returning id::text as id`),
      );
      const userId = user!.id as string;
      await tx.execute(sql`update workspaces set invoice_reminder_days = '{3,7}' where id = ${userId}`);
      const [contact] = rows(
        await tx.execute(
          sql`insert into contacts (workspace_id, first_name, email) values (${userId}, 'Client', ${`client-${sub}@rel.test`}) returning id::text as id`,
        ),
      );
      const invoiceIds: string[] = [];
      for (let n = 1; n <= count; n += 1) {
        const [inv] = rows(
          await tx.execute(sql`insert into invoices (workspace_id, contact_id, invoice_number, issue_date, due_date)
                               values (${userId}, ${contact!.id as string}, ${`R-${n}`}, current_date - 40, current_date - 10) returning id::text as id`),
        );
        await tx.execute(sql`insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total)
                             values (${userId}, ${inv!.id as string}, 'Work', 1, 100, 0)`);
        await tx.execute(sql`update invoices set status = 'sent' where id = ${inv!.id as string}`);
        invoiceIds.push(inv!.id as string);
      }
      return { userId, invoiceIds };
    });
  }

  it('takes over a stale claim, leaves a fresh one alone, and goes on after an account that fails', async () => {
    // one account whose reminders fail and one whose reminders go out: the run goes on past the failure
    const failing = await account('user_rel_1_failing', 1);
    const ok = await account('user_rel_2_ok', 2);
    const [stale, fresh] = ok.invoiceIds as [string, string];
    // a run died between claim and send 20 minutes ago (yesterday's date), another one is sending right now
    await admin`insert into invoice_reminders (workspace_id, invoice_id, step_days, local_date, claimed_at)
                values (${ok.userId}, ${stale}, 7, current_date - 1, now() - interval '20 minutes'),
                       (${ok.userId}, ${fresh}, 7, current_date, now() - interval '1 minute')`;
    // the failing account's claims break in the database
    await admin.unsafe(`
      create function public.rel_test_fail() returns trigger language plpgsql as $$
      begin
        if new.workspace_id = '${failing.userId}'::uuid then raise exception 'disk full (test)'; end if;
        return new;
      end $$;
      create trigger rel_test_fail before insert or update on public.invoice_reminders
        for each row execute function public.rel_test_fail();`);

    const result = await invoices.runReminders();
    expect(result).toMatchObject({ accounts: 2, sent: 1, failed: 0, failed_accounts: 1 });
    expect(result.account_failures).toEqual([
      { account: failing.userId, reason: 'an unexpected error (logged as invoice.reminder_account_failed)' },
    ]);
    expect(invoices.reminderRunFailure(result)).toBeUndefined();

    const claims = await admin`select invoice_id::text as invoice_id, status, attempts, local_date = current_date as today
                                 from invoice_reminders where workspace_id = ${ok.userId} order by attempts desc`;
    expect(claims.map((c) => ({ ...c }))).toEqual([
      { invoice_id: stale, status: 'sent', attempts: 2, today: true },
      { invoice_id: fresh, status: 'claimed', attempts: 1, today: true },
    ]);
    const [claim] = await admin`select id::text as id from invoice_reminders where invoice_id = ${stale}`;
    const outbox = fs.readdirSync(path.join(dataDir, 'outbox', ok.userId));
    expect(outbox).toEqual([expect.stringMatching(new RegExp(`-kreminder-${claim!.id}\\.eml$`))]);
    expect(fs.readFileSync(path.join(dataDir, 'outbox', ok.userId, outbox[0]!), 'utf8')).toContain(
      `Message-ID: <reminder-${claim!.id}@ledgerly>`,
    );

    // a second run sends nothing more: the stale claim is now sent, the fresh one still leased
    await admin.unsafe(`drop trigger rel_test_fail on public.invoice_reminders; drop function public.rel_test_fail();`);
    const again = await invoices.runReminders();
    expect(again).toMatchObject({ sent: 1, failed: 0, failed_accounts: 0 }); // only the account that failed before
    expect(fs.readdirSync(path.join(dataDir, 'outbox', ok.userId))).toHaveLength(1);
  });

  it('answers the run with a 503 when every account failed', async () => {
    const failure = invoices.reminderRunFailure({
      accounts: 1,
      sent: 0,
      failed: 0,
      failed_accounts: 1,
      account_failures: [{ account: 'user_x', reason: 'the database could not be reached' }],
    });
    expect(failure?.status).toBe(503);
  });

  it('bounds every statement of a tenant transaction, answered as a 503 without SQL, and leaves the pool clean', async () => {
    const inside = await db.withTenant({ sub: 'user_rel_timeout' }, async (tx) =>
      rows(await tx.execute(sql`select current_setting('statement_timeout') as timeout`)),
    );
    expect(inside[0]!.timeout).toBe('400ms');
    const error = await db
      .withTenant({ sub: 'user_rel_timeout' }, (tx) => tx.execute(sql`select pg_sleep(3)`))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).not.toBeNull();
    const mapped = errorsModule.fromDatabaseError(error);
    expect(mapped?.status).toBe(503);
    expect(mapped?.message).not.toMatch(/select|pg_sleep/i);
    // the setting was local to the transaction
    const driver = await db.getDriver();
    for (let i = 0; i < 6; i += 1) {
      const [row] = rows(await driver.db.execute(sql`select current_setting('statement_timeout') as timeout`));
      expect(row!.timeout).not.toBe('400ms');
    }
  });

  it('lets one contact import run at a time per user (409 for a second), on any connection', async () => {
    const alice = await account('user_rel_import_a', 0);
    const bob = await account('user_rel_import_b', 0);
    const request = contactSchema.contactImportSchema.parse({ csv: 'first_name,email\nAda,ada@rel.test\nGrace,grace@rel.test\n' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // another import of Alice's is under way (another server process would do the same)
    const first = db.withTenant({ sub: 'user_rel_import_a' }, async (tx) => {
      expect(await db.tryAdvisoryLock(tx, contacts.IMPORT_LOCK_SCOPE, alice.userId)).toBe(true);
      locked();
      await held;
    });
    await isLocked;
    const second = await db
      .withTenant({ sub: 'user_rel_import_a' }, (tx) => contacts.importContacts(tx, { id: alice.userId }, request))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(second).toBeInstanceOf(errorsModule.ApiError);
    expect((second as InstanceType<typeof errorsModule.ApiError>).status).toBe(409);
    expect((second as Error).message).toMatch(/Another contact import of yours is still running/);
    // Bob is not held up by Alice
    const bobs = await db.withTenant({ sub: 'user_rel_import_b' }, (tx) => contacts.importContacts(tx, { id: bob.userId }, request));
    expect(bobs.create).toBe(2);
    release();
    await first;
    const alices = await db.withTenant({ sub: 'user_rel_import_a' }, (tx) => contacts.importContacts(tx, { id: alice.userId }, request));
    expect(alices.create).toBe(2);
  });
});
