import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';

/**
 * API keys at the SQL level (docs/decisions/0130-api-keys.md): only admins see
 * or make keys; sessions cannot run the resolver, which answers nothing for a
 * revoked or expired key or a creator who left; and a request made with a key
 * (its claims) is held by the database itself to the key's workspace and, for
 * a read key, to a viewer's rights; changes carry the key in the audit trail.
 */

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'api_keys', { connections: 3 })],
  ['pglite', () => pgliteBackend()],
] as const)('API keys in SQL on %s', (name, make) => {
  let db: SqlBackend;
  const owner = { sub: `user_keys_owner_${name}` };
  const member = { sub: `user_keys_member_${name}` };
  const ids: Record<string, string> = {};
  let W = '';
  const keys: Record<string, { id: string; hash: string }> = {};

  const inW = <T>(claims: Record<string, unknown>, fn: (q: Query) => Promise<T>, workspace = W) =>
    db.as<T>(claims as { sub: string }, async (q) => {
      await q(`select set_config('request.workspace_id', $1, true)`, [workspace]);
      return fn(q);
    });

  const makeKey = async (label: string, scopes: string, extra = '') => {
    const hash = hashOf(randomBytes(32).toString('base64url'));
    const [row] = await inW(owner, (q) =>
      q(
        `insert into api_keys (workspace_id, name, prefix, key_hash, scopes${extra ? ', expires_at' : ''}) values ($1, $2, 'abcd1234', $3, $4${extra ? `, ${extra}` : ''}) returning id`,
        [W, label, hash, scopes],
      ),
    );
    keys[label] = { id: row!.id, hash };
  };

  const resolve = async (label: string) => db.admin(`select * from app.api_key_session($1)`, [keys[label]!.hash]);
  const keyClaims = (label: string, scope: 'read' | 'write') => ({
    ...owner,
    api_key_id: keys[label]!.id,
    api_key_workspace: W,
    api_key_scope: scope,
  });

  beforeAll(async () => {
    db = await make();
    for (const [who, claims] of [
      ['owner', owner],
      ['member', member],
    ] as const) {
      const [row] = await db.as<Row[]>(claims, (q) =>
        q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [claims.sub, `${who}-${name}@keys.test`]),
      );
      ids[who] = row!.id;
    }
    W = (await db.as<Row[]>(owner, (q) => q(`select app.create_workspace('Keys') as id`)))[0]!.id;
    const token = randomBytes(32).toString('base64url');
    await inW(owner, (q) =>
      q(
        `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at) values ($1, $2, 'member', $3, $4, now() + interval '1 day')`,
        [W, `member-${name}@keys.test`, hashOf(token), ids.owner],
      ),
    );
    await db.as(member, (q) => q(`select * from app.accept_invitation($1)`, [hashOf(token)]));
    await makeKey('read', '{read}');
    await makeKey('write', '{read,write}');
    await inW(owner, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'In W')`, [W]));
    await db.as(owner, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'Personal')`, [ids.owner]));
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  it('shows and makes keys for admins only', async () => {
    expect(await inW(owner, (q) => q(`select name from api_keys order by name`))).toEqual([{ name: 'read' }, { name: 'write' }]);
    expect(await inW(member, (q) => q(`select id from api_keys`))).toEqual([]);
    await expect(
      inW(member, (q) =>
        q(`insert into api_keys (workspace_id, name, prefix, key_hash, scopes) values ($1, 'x', 'abcd1234', $2, '{read}')`, [
          W,
          hashOf('m'),
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      inW(owner, (q) =>
        q(`insert into api_keys (workspace_id, name, prefix, key_hash, scopes) values ($1, 'x', 'abcd1234', $2, '{write}')`, [
          W,
          hashOf('w'),
        ]),
      ),
    ).rejects.toThrow(/api_keys_scopes_check/);
    // the hash never changes, and sessions cannot resolve keys themselves
    await expect(inW(owner, (q) => q(`update api_keys set key_hash = $1`, [hashOf('x')]))).rejects.toThrow(/permission denied/);
    await expect(inW(owner, (q) => q(`select * from app.api_key_session($1)`, [keys.read!.hash]))).rejects.toThrow(/permission denied/);
  });

  it('resolves a live key to its creator and role, and nothing once revoked, expired or the creator left', async () => {
    const [row] = await resolve('read');
    expect(row).toMatchObject({ id: keys.read!.id, workspace_id: W, clerk_id: owner.sub, role: 'owner' });
    expect(await resolve('read')).toHaveLength(1);
    const [used] = await db.admin(`select last_used_at from api_keys where id = $1`, [keys.read!.id]);
    expect(used!.last_used_at).not.toBeNull();
    expect(await db.admin(`select * from app.api_key_session($1)`, ['not a hash'])).toEqual([]);

    await makeKey('expired', '{read}', `now() - interval '1 second'`);
    expect(await resolve('expired')).toEqual([]);
    await makeKey('revoked', '{read}');
    await inW(owner, (q) => q(`update api_keys set revoked_at = now() where id = $1`, [keys.revoked!.id]));
    expect(await resolve('revoked')).toEqual([]);
    await inW(owner, (q) => q(`update api_keys set revoked_at = null where id = $1`, [keys.revoked!.id]));
    expect(await resolve('revoked'), 'a revoked key stays revoked').toEqual([]);
  });

  it('holds a read key to a viewer’s rights and every key to its workspace', async () => {
    const read = keyClaims('read', 'read');
    expect(await inW(read, (q) => q(`select app.workspace_role() as role, app.can_write() as w`))).toEqual([{ role: 'viewer', w: false }]);
    expect((await inW(read, (q) => q(`select first_name from contacts`))).map((r) => r.first_name)).toEqual(['In W']);
    await expect(inW(read, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'Nope')`, [W]))).rejects.toThrow(
      /row-level security/,
    );
    expect(await inW(read, (q) => q(`select * from app.use_workspace($1, null, true)`, [W]))).toEqual([
      { workspace_id: W, role: 'viewer' },
    ]);

    const write = keyClaims('write', 'write');
    // another workspace of the creator's: nothing is visible, nothing can be chosen
    expect(await inW(write, (q) => q(`select first_name from contacts`), ids.owner)).toEqual([]);
    expect(await inW(write, (q) => q(`select * from app.use_workspace($1, null, true)`, [ids.owner]))).toEqual([]);
    expect(await inW(write, (q) => q(`select app.my_workspace_ids() as ids`))).toEqual([{ ids: [W] }]);
    expect(await db.as(owner, (q) => q(`select cardinality(app.my_workspace_ids()) as n`))).toEqual([{ n: 2 }]);
  });

  it('names the key in the audit trail of a change made with it', async () => {
    const [made] = await inW(keyClaims('write', 'write'), (q) =>
      q(`insert into contacts (workspace_id, first_name) values ($1, 'By key') returning id`, [W]),
    );
    const [byHand] = await inW(owner, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'By hand') returning id`, [W]));
    const trail = await db.admin(`select entity_id, api_key_id from audit_logs where entity_id in ($1, $2) order by seq`, [
      made!.id,
      byHand!.id,
    ]);
    expect(trail).toEqual([
      { entity_id: made!.id, api_key_id: keys.write!.id },
      { entity_id: byHand!.id, api_key_id: null },
    ]);
    // the keys' own trail never holds their hash
    const keyTrail = await db.admin(`select changes::text as changes from audit_logs where entity = 'api_keys'`);
    expect(keyTrail.length).toBeGreaterThan(0);
    for (const entry of keyTrail) expect(entry.changes).not.toMatch(/key_hash|last_used_at/);
  });

  it('stops a key whose creator left the workspace', async () => {
    await db.admin(`update workspace_members set role = 'admin' where workspace_id = $1 and user_id = $2`, [W, ids.member]);
    const hash = hashOf('member key');
    const [row] = await inW(member, (q) =>
      q(
        `insert into api_keys (workspace_id, name, prefix, key_hash, scopes) values ($1, 'Mine', 'abcd1234', $2, '{read,write}') returning id`,
        [W, hash],
      ),
    );
    expect(await db.admin(`select role from app.api_key_session($1)`, [hash])).toEqual([{ role: 'admin' }]);
    await db.admin(`delete from workspace_members where workspace_id = $1 and user_id = $2`, [W, ids.member]);
    expect(await db.admin(`select * from app.api_key_session($1)`, [hash])).toEqual([]);
    expect(await db.admin(`select user_id from api_keys where id = $1`, [row!.id])).toEqual([{ user_id: null }]);
  });
});
