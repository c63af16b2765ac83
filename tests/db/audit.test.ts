import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../helpers/database';

/**
 * The audit trail is written by the database in the same transaction as each
 * change, readable only by the account it belongs to, and writable by nobody.
 */

type Row = Record<string, any>;
let sql: postgres.Sql;
let admin: postgres.Sql;

async function as<T>(sub: string, fn: (q: (text: string, params?: unknown[]) => Promise<Row[]>) => Promise<T>): Promise<T> {
  return sql.begin(async (tx) => {
    await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub })}, true)`;
    return fn(async (text, params) => (await tx.unsafe(text, (params ?? []) as never[])) as unknown as Row[]);
  }) as Promise<T>;
}

beforeAll(async () => {
  const db = await createDatabase(inject('pgAdminUrl'), 'audit');
  sql = postgres(db.appUrl, { max: 2, prepare: false, onnotice: () => {} });
  admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await sql.end();
  await admin.end();
});

describe('audit trail', () => {
  it('records inserts, the changed fields of updates, and deletes, with the actor', async () => {
    const entries = await as('user_audit_a', async (q) => {
      const [user] = await q(`insert into users (clerk_id, email) values ('user_audit_a', 'a@audit.test') returning id`);
      const [contact] = await q(`insert into contacts (workspace_id, first_name, email) values ($1, 'Ann', 'ann@x.test') returning id`, [
        user!.id,
      ]);
      await q(`update contacts set email = 'ann@y.test', status = 'customer' where id = $1`, [contact!.id]);
      await q(`update contacts set email = 'ann@y.test' where id = $1`, [contact!.id]); // no change: no entry
      await q(`delete from contacts where id = $1`, [contact!.id]);
      return q(`select action, entity, entity_id, actor, changes from audit_logs where entity = 'contacts' order by seq`);
    });
    expect(entries.map((e) => e.action)).toEqual(['insert', 'update', 'delete']);
    expect(entries.every((e) => e.actor === 'user_audit_a')).toBe(true);
    expect(entries[0]!.changes).toMatchObject({ first_name: 'Ann', email: 'ann@x.test' });
    expect(entries[0]!.changes).not.toHaveProperty('search');
    expect(entries[1]!.changes).toEqual({ email: ['ann@x.test', 'ann@y.test'], status: ['lead', 'customer'] });
    expect(entries[2]!.changes).toMatchObject({ first_name: 'Ann' });
  });

  it('records named events for the own account only, and refuses unknown ones', async () => {
    await as('user_audit_a', async (q) => {
      await q(`select app.record_event('auth.signed_in', 'users', null, '{"mode":"local"}')`);
    });
    await expect(as('user_audit_a', (q) => q(`select app.record_event('made.up', 'users', null)`))).rejects.toThrow(/unknown audit event/);
    await expect(as('user_nobody', (q) => q(`select app.record_event('auth.signed_in', 'users', null)`))).rejects.toThrow(/no account/);
  });

  it('is readable only by its account, and writable by nobody', async () => {
    await as('user_audit_b', (q) => q(`insert into users (clerk_id) values ('user_audit_b')`));
    const seenByB = await as('user_audit_b', (q) => q(`select * from audit_logs`));
    expect(seenByB.every((e) => e.actor === 'user_audit_b')).toBe(true);
    const aId = (await as('user_audit_a', (q) => q(`select id from audit_logs limit 1`)))[0]!.id;
    for (const statement of [
      `insert into audit_logs (workspace_id, action, entity) values ((select id from users limit 1), 'x', 'y')`,
      `update audit_logs set action = 'tampered'`,
      `delete from audit_logs`,
    ]) {
      await expect(
        as('user_audit_a', (q) => q(statement)),
        statement,
      ).rejects.toThrow(/permission denied/);
    }
    const still = await as('user_audit_a', (q) => q(`select count(*)::int as n from audit_logs where id = $1`, [aId]));
    expect(still[0]!.n).toBe(1);
  });

  it('goes with the account when the account is deleted', async () => {
    await as('user_audit_a', (q) => q(`delete from users where clerk_id = 'user_audit_a'`));
    const [left] =
      await admin`select count(*)::int as n from audit_logs a join users u on u.id = a.workspace_id where u.clerk_id = 'user_audit_a'`;
    expect(left!.n).toBe(0);
    const [orphans] = await admin`select count(*)::int as n from audit_logs where workspace_id not in (select id from workspaces)`;
    expect(orphans!.n).toBe(0);
  });
});
