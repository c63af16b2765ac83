import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';

/**
 * The session resolvers in PL/pgSQL (docs/decisions/0172-plans-kept-in-write-triggers.md):
 * their plans are kept per connection, their answers never are. On one
 * connection (a single session on PostgreSQL, PGlite's only one), people take
 * turns and switch claims, workspaces and roles inside one transaction; every
 * statement sees the membership as it is then, nested statements (triggers,
 * the audit trail) included, and nobody reaches another workspace.
 */

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'resolvers', { connections: 1 })],
  ['pglite', () => pgliteBackend()],
] as const)('session resolvers on %s', (name, make) => {
  let db: SqlBackend;
  const alice = { sub: `user_resolver_alice_${name}` };
  const bob = { sub: `user_resolver_bob_${name}` };
  let A = ''; // alice's personal workspace
  let B = ''; // bob's
  let bobId = '';

  const resolve = async (q: Query) =>
    (
      await q(
        `select app.workspace_id() as workspace, app.workspace_role() as role, app.can_write() as write,
                app.can_admin() as admin, app.current_user_id() as user`,
      )
    )[0]!;
  const claimsOf = (q: Query, claims: Record<string, unknown>, workspace: string) =>
    q(`select set_config('request.jwt.claims', $1, true), set_config('request.workspace_id', $2, true)`, [
      JSON.stringify(claims),
      workspace,
    ]);

  beforeAll(async () => {
    db = await make();
    for (const [claims, email] of [
      [alice, 'alice'],
      [bob, 'bob'],
    ] as const) {
      await db.as(claims, (q) => q(`insert into users (clerk_id, email) values ($1, $2)`, [claims.sub, `${email}-${name}@resolver.test`]));
    }
    A = (await db.admin(`select id from users where clerk_id = $1`, [alice.sub]))[0]!.id;
    B = (await db.admin(`select id from users where clerk_id = $1`, [bob.sub]))[0]!.id;
    bobId = B;
    await db.admin(`insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'member')`, [A, bobId]);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('are PL/pgSQL functions with the same security settings as before', async () => {
    const rows = await db.admin(
      `select p.proname, l.lanname, p.prosecdef, p.provolatile, p.proconfig
         from pg_proc p join pg_language l on l.oid = p.prolang
        where p.pronamespace = 'app'::regnamespace
          and p.proname in ('workspace_id', 'workspace_role', 'current_user_id', 'api_key_workspace', 'can_write', 'can_admin')
        order by p.proname`,
    );
    expect(rows.map((r: Row) => [r.proname, r.lanname, r.prosecdef, r.provolatile, r.proconfig])).toEqual([
      ['api_key_workspace', 'plpgsql', false, 's', ['search_path=""']],
      ['can_admin', 'plpgsql', false, 's', ['search_path=""']],
      ['can_write', 'plpgsql', false, 's', ['search_path=""']],
      ['current_user_id', 'plpgsql', true, 's', ['search_path=""']],
      ['workspace_id', 'plpgsql', true, 's', ['search_path=""']],
      ['workspace_role', 'plpgsql', true, 's', ['search_path=""']],
    ]);
  });

  it('answer for whoever the claims name, turn after turn on one connection', async () => {
    for (let turn = 0; turn < 3; turn += 1) {
      const a = await db.as(alice, async (q) => {
        await claimsOf(q, alice, A);
        return resolve(q);
      });
      expect(a).toEqual({ workspace: A, role: 'owner', write: true, admin: true, user: A });
      const b = await db.as(bob, async (q) => {
        await claimsOf(q, bob, B);
        return resolve(q);
      });
      expect(b).toEqual({ workspace: B, role: 'owner', write: true, admin: true, user: bobId });
      const bInA = await db.as(bob, async (q) => {
        await claimsOf(q, bob, A);
        return resolve(q);
      });
      expect(bInA).toEqual({ workspace: A, role: 'member', write: true, admin: false, user: bobId });
      // a read key of bob's acts as a viewer, and only in its own workspace
      const readKey = await db.as(bob, async (q) => {
        await claimsOf(q, { ...bob, api_key_workspace: A, api_key_scope: 'read' }, A);
        return resolve(q);
      });
      expect(readKey).toEqual({ workspace: A, role: 'viewer', write: false, admin: false, user: bobId });
      const keyElsewhere = await db.as(bob, async (q) => {
        await claimsOf(q, { ...bob, api_key_workspace: A, api_key_scope: 'write' }, B);
        return resolve(q);
      });
      expect(keyElsewhere).toEqual({ workspace: null, role: null, write: false, admin: false, user: bobId });
    }
  });

  it('see a role change and a removal at the next statement of the same transaction, in triggers too', async () => {
    const rolledBack = (error: Error) => expect(error.message).toBe('roll back');
    await db
      .as(alice, async (q) => {
        await claimsOf(q, bob, A);
        expect(await resolve(q)).toMatchObject({ workspace: A, role: 'member', write: true });
        const [made] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Made by Bob') returning id`, [A]);
        // the audit entry written by the trigger carries the workspace and the person resolved then
        const [entry] = await q(`select workspace_id, user_id, actor from audit_logs where entity = 'contacts' and entity_id = $1`, [
          made!.id,
        ]);
        expect(entry).toEqual({ workspace_id: A, user_id: bobId, actor: bob.sub });

        await claimsOf(q, alice, A);
        await q(`select app.set_member_role($1, 'viewer')`, [bobId]);
        await claimsOf(q, bob, A);
        expect(await resolve(q)).toMatchObject({ workspace: A, role: 'viewer', write: false });
        await expect(q(`insert into contacts (workspace_id, first_name) values ($1, 'Refused')`, [A])).rejects.toThrow(
          /row-level security/,
        );
        throw new Error('roll back');
      })
      .catch(rolledBack);
    await db
      .as(alice, async (q) => {
        await claimsOf(q, alice, A);
        await q(`select app.remove_member($1)`, [bobId]);
        await claimsOf(q, bob, A);
        expect(await resolve(q)).toEqual({ workspace: null, role: null, write: false, admin: false, user: bobId });
        expect(await q(`select id from contacts`)).toEqual([]);
        await claimsOf(q, bob, B);
        expect(await resolve(q)).toMatchObject({ workspace: B, role: 'owner' });
        await claimsOf(q, bob, A);
        await expect(q(`insert into contacts (workspace_id, first_name) values ($1, 'Refused')`, [A])).rejects.toThrow(
          /row-level security/,
        );
        throw new Error('roll back');
      })
      .catch(rolledBack);
    // both rolled back: bob is still a member of A, and nothing he made there remains
    expect((await db.admin(`select role from workspace_members where workspace_id = $1 and user_id = $2`, [A, bobId]))[0]).toEqual({
      role: 'member',
    });
    expect(await db.admin(`select id from contacts where workspace_id = $1`, [A])).toEqual([]);
  });
});
