import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seeded, shuffle } from '../helpers/shuffle';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';

/**
 * Clerk Organizations at the SQL level (docs/decisions/0098): the webhook's
 * functions, run as `ledgerly_system` like the webhook runs them, reach the
 * same workspace, members, roles and owner whatever order (and however many
 * times) the events of one history arrive; a workspace never has more than
 * one owner, and its owner is always a Clerk admin; the app's own member
 * changes refuse an organization's workspace; the session's organization
 * chooses the workspace before the one the UI remembered.
 */

type Role = 'admin' | 'member' | 'viewer';

interface OrgState {
  name: string;
  updated: number;
}

type Event =
  | { kind: 'org'; org: OrgState }
  | { kind: 'org_deleted' }
  | { kind: 'member'; org: OrgState; membership: string; user: string; role: Role; created: number; updated: number }
  | { kind: 'member_deleted'; org: OrgState; membership: string; user: string };

const T = Date.UTC(2026, 0, 1);
const CREATOR = 'user_sql_creator';

/**
 * One organization's life: made by CREATOR, renamed; A joins as a member and
 * becomes an admin; B (an admin) leaves; the creator is made a member (so the
 * owner is the admin who joined first: A); V is a custom viewer; D joins,
 * leaves, and is invited again (a new membership).
 */
function history(): Event[] {
  const acme = { name: 'Acme', updated: T };
  const acmeLtd = { name: 'Acme Ltd', updated: T + 30 };
  return [
    { kind: 'org', org: acme },
    { kind: 'member', org: acme, membership: 'mC', user: CREATOR, role: 'admin', created: T, updated: T },
    { kind: 'member', org: acme, membership: 'mA', user: 'user_sql_a', role: 'member', created: T + 10, updated: T + 10 },
    { kind: 'member', org: acme, membership: 'mB', user: 'user_sql_b', role: 'admin', created: T + 5, updated: T + 20 },
    { kind: 'org', org: acmeLtd },
    { kind: 'member', org: acmeLtd, membership: 'mA', user: 'user_sql_a', role: 'admin', created: T + 10, updated: T + 40 },
    { kind: 'member', org: acmeLtd, membership: 'mC', user: CREATOR, role: 'member', created: T, updated: T + 50 },
    { kind: 'member', org: acmeLtd, membership: 'mV', user: 'user_sql_v', role: 'viewer', created: T + 60, updated: T + 60 },
    { kind: 'member_deleted', org: acmeLtd, membership: 'mB', user: 'user_sql_b' },
    { kind: 'member', org: acmeLtd, membership: 'mD1', user: 'user_sql_d', role: 'member', created: T + 80, updated: T + 80 },
    { kind: 'member_deleted', org: acmeLtd, membership: 'mD1', user: 'user_sql_d' },
    { kind: 'member', org: acmeLtd, membership: 'mD2', user: 'user_sql_d', role: 'viewer', created: T + 100, updated: T + 100 },
  ];
}

const EXPECTED_MEMBERS = [
  { user: 'user_sql_a', role: 'owner', clerk_role: 'admin', membership: 'mA' },
  { user: 'user_sql_creator', role: 'member', clerk_role: 'member', membership: 'mC' },
  { user: 'user_sql_d', role: 'viewer', clerk_role: 'viewer', membership: 'mD2' },
  { user: 'user_sql_v', role: 'viewer', clerk_role: 'viewer', membership: 'mV' },
];

const iso = (ms: number) => new Date(ms).toISOString();

async function apply(db: SqlBackend, org: string, event: Event): Promise<string> {
  const run = (text: string, params: unknown[]) =>
    db.as(null, async (q: Query) => (await q(text, params))[0]!.outcome as string, 'ledgerly_system');
  // membership ids are unique across organizations, like Clerk's
  const membership = (id: string) => `${id}_${org}`;
  switch (event.kind) {
    case 'org':
      return run('select app.clerk_sync_organization($1, $2, $3, $4) as outcome', [org, event.org.name, CREATOR, iso(event.org.updated)]);
    case 'org_deleted':
      return run('select app.clerk_delete_organization($1) as outcome', [org]);
    case 'member':
      return run('select app.clerk_sync_membership($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) as outcome', [
        org,
        event.org.name,
        CREATOR,
        iso(event.org.updated),
        membership(event.membership),
        event.user,
        event.role,
        iso(event.created),
        iso(event.updated),
        `${event.user}@example.com`,
        event.user.replace('user_sql_', ''),
        null,
        null,
      ]);
    case 'member_deleted':
      return run('select app.clerk_delete_membership($1, $2, $3, $4, $5, $6) as outcome', [
        org,
        event.org.name,
        CREATOR,
        iso(event.org.updated),
        membership(event.membership),
        event.user,
      ]);
  }
}

/** The organization's workspace as the events left it (null: there is none). */
async function state(db: SqlBackend, org: string): Promise<Row | null> {
  const [row] = await db.admin(
    `select w.name, w.personal, w.clerk_created_by,
            coalesce((select json_agg(json_build_object('user', u.clerk_id, 'role', m.role, 'clerk_role', m.clerk_role,
                                                        'membership', split_part(m.clerk_membership_id, '_', 1))
                                      order by u.clerk_id)
                        from workspace_members m join users u on u.id = m.user_id where m.workspace_id = w.id), '[]') as members
       from workspaces w where w.clerk_org_id = $1`,
    [org],
  );
  if (!row) return null;
  return { ...row, members: typeof row.members === 'string' ? JSON.parse(row.members) : row.members };
}

/** What must hold after every single event: at most one owner, and only a Clerk admin; one whenever there is an admin. */
async function checkOwner(db: SqlBackend, org: string, after: string): Promise<void> {
  const [row] = await db.admin(
    `select count(*) filter (where m.role = 'owner')::int as owners,
            count(*) filter (where m.role = 'owner' and m.clerk_role <> 'admin')::int as non_admin_owners,
            count(*) filter (where m.clerk_role = 'admin')::int as admins
       from workspace_members m join workspaces w on w.id = m.workspace_id where w.clerk_org_id = $1`,
    [org],
  );
  expect(row!.non_admin_owners, after).toBe(0);
  expect(row!.owners, after).toBe(row!.admins > 0 ? 1 : 0);
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'clerk_orgs')],
  ['pglite', () => pgliteBackend()],
] as const)('Clerk organizations on %s', (_name, make) => {
  let db: SqlBackend;
  let sequence = 0;
  const nextOrg = () => `org_sql_${++sequence}`;

  beforeAll(async () => {
    db = await make();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('reaches the same workspace, members, roles and owner whatever the order, with duplicates', async () => {
    const next = seeded(98);
    const events = history();
    for (let round = 0; round < 8; round++) {
      const org = nextOrg();
      // the first round in Clerk's order, then shuffled, every event delivered once or twice
      const deliveries = round === 0 ? events : shuffle([...events, ...events.filter(() => next() < 0.4)], next);
      for (const [i, event] of deliveries.entries()) {
        await apply(db, org, event);
        await checkOwner(db, org, `round ${round}, delivery ${i} (${event.kind})`);
      }
      expect(await state(db, org), `round ${round}`).toEqual({
        name: 'Acme Ltd',
        personal: false,
        clerk_created_by: CREATOR,
        members: EXPECTED_MEMBERS,
      });
    }
  });

  it('answers what each delivery did: created, updated, stale for a replay or an older one', async () => {
    const org = nextOrg();
    const [created, , , , renamed] = history();
    expect(await apply(db, org, renamed!)).toBe('created');
    expect(await apply(db, org, created!)).toBe('stale');
    expect(await apply(db, org, renamed!)).toBe('stale');
    const member = history()[5]!;
    expect(await apply(db, org, member)).toBe('created');
    expect(await apply(db, org, member)).toBe('stale');
    expect(await apply(db, org, history()[2]!)).toBe('stale');
    expect(await apply(db, org, { ...(member as Extract<Event, { kind: 'member' }>), role: 'viewer', updated: T + 45 })).toBe('updated');
    expect(await apply(db, org, history()[8]!)).toBe('unknown_membership');
    expect((await state(db, org))!.members).toEqual([{ user: 'user_sql_a', role: 'viewer', clerk_role: 'viewer', membership: 'mA' }]);
  });

  it('keeps a deleted organization deleted, with everything in it, whatever comes after', async () => {
    const next = seeded(7);
    for (let round = 0; round < 4; round++) {
      const org = nextOrg();
      const events: Event[] = [...history(), { kind: 'org_deleted' }];
      for (const event of shuffle(events, next)) await apply(db, org, event);
      expect(await state(db, org), `round ${round}`).toBeNull();
      const [left] = await db.admin(
        `select (select count(*) from deleted_organizations where clerk_org_id = $1)::int as tombstones,
                (select count(*) from deleted_memberships where clerk_org_id = $1)::int as membership_tombstones`,
        [org],
      );
      expect(left).toEqual({ tombstones: 1, membership_tombstones: 0 });
      for (const event of history()) expect(await apply(db, org, event)).toBe('organization_deleted');
      expect(await apply(db, org, { kind: 'org_deleted' })).toBe('unknown_organization');
    }
    // with its data: a contact in the workspace goes with it
    const org = nextOrg();
    for (const event of history()) await apply(db, org, event);
    const [ws] = await db.admin(`select id from workspaces where clerk_org_id = $1`, [org]);
    await db.admin(`insert into contacts (workspace_id, first_name) values ($1, 'Client')`, [ws!.id]);
    expect(await apply(db, org, { kind: 'org_deleted' })).toBe('deleted');
    expect(await db.admin(`select 1 from contacts where workspace_id = $1`, [ws!.id])).toEqual([]);
  });

  it('makes the person from the public user data when the user sync has not yet, and never a deleted one', async () => {
    const org = nextOrg();
    const acme = { name: 'Acme', updated: T };
    expect(
      await apply(db, org, { kind: 'member', org: acme, membership: 'mN', user: 'user_sql_new', role: 'member', created: T, updated: T }),
    ).toBe('created');
    const [person] = await db.admin(
      `select u.email, u.first_name, u.clerk_updated_at,
              exists (select 1 from workspaces w where w.id = u.id and w.personal) as personal_workspace
         from users u where u.clerk_id = 'user_sql_new'`,
    );
    // clerk_updated_at stays null: the user sync's first delivery completes the row
    expect(person).toEqual({ email: 'user_sql_new@example.com', first_name: 'new', clerk_updated_at: null, personal_workspace: true });
    await db.admin(`insert into deleted_users (clerk_id) values ('user_sql_gone')`);
    expect(
      await apply(db, org, { kind: 'member', org: acme, membership: 'mG', user: 'user_sql_gone', role: 'admin', created: T, updated: T }),
    ).toBe('account_deleted');
    expect(await db.admin(`select 1 from users where clerk_id = 'user_sql_gone'`)).toEqual([]);
  });

  it('keeps an organization’s workspace when its owner’s account is deleted: ownership passes to the next admin', async () => {
    const org = nextOrg();
    const acme = { name: 'Acme', updated: T };
    const owner = `user_sql_owner_${org}`;
    const admin = `user_sql_admin_${org}`;
    await apply(db, org, { kind: 'member', org: acme, membership: 'mO', user: owner, role: 'admin', created: T, updated: T });
    await apply(db, org, { kind: 'member', org: acme, membership: 'mX', user: admin, role: 'admin', created: T + 1, updated: T + 1 });
    const roles = async () => Object.fromEntries((await state(db, org))!.members.map((m: Row) => [m.user, m.role]));
    expect(await roles()).toEqual({ [owner]: 'owner', [admin]: 'admin' });
    // as the user sync deletes an account: as that user
    await db.as({ sub: owner }, (q) => q(`delete from users where clerk_id = $1`, [owner]));
    expect((await state(db, org))!.members).toEqual([{ user: admin, role: 'owner', clerk_role: 'admin', membership: 'mX' }]);
    await db.as({ sub: admin }, (q) => q(`delete from users where clerk_id = $1`, [admin]));
    // nobody left: the workspace (the organization's) stays, waiting for its next member
    expect(await state(db, org)).toMatchObject({ name: 'Acme', members: [] });
  });

  it("refuses the app's own member changes, invitations and deletion in an organization's workspace", async () => {
    const org = nextOrg();
    for (const event of history()) await apply(db, org, event);
    const [ws] = await db.admin(`select id from workspaces where clerk_org_id = $1`, [org]);
    const [creator] = await db.admin(`select id from users where clerk_id = $1`, [CREATOR]);
    const asOwner = <T>(fn: (q: Query) => Promise<T>) =>
      db.as({ sub: 'user_sql_a' }, async (q) => {
        await q(`select * from app.use_workspace($1, null, true)`, [ws!.id]);
        return fn(q);
      });
    const refused = (fn: (q: Query) => Promise<unknown>) =>
      asOwner(fn).then(
        () => 'allowed',
        (error: Error) => error.message,
      );
    expect(await refused((q) => q(`select app.set_member_role($1, 'admin')`, [creator!.id]))).toMatch(/Clerk organization/);
    expect(await refused((q) => q(`select app.remove_member($1)`, [creator!.id]))).toMatch(/Clerk organization/);
    expect(await refused((q) => q(`select app.remove_member((select id from users where clerk_id = 'user_sql_a'))`))).toMatch(
      /leave the organization in Clerk/,
    );
    // the owner's delete finds nothing to delete
    expect(await asOwner((q) => q(`delete from workspaces where id = $1 returning id`, [ws!.id]))).toEqual([]);
    // an invitation made before (or around the app): cannot be accepted
    const hash = 'c'.repeat(64);
    await db.admin(
      `insert into workspace_invitations (workspace_id, email, role, token_hash, expires_at) values ($1, 'late@example.com', 'admin', $2, now() + interval '1 day')`,
      [ws!.id, hash],
    );
    const accepted = await db
      .as({ sub: 'user_sql_late' }, async (q) => {
        await q(`insert into users (clerk_id, email) values ('user_sql_late', 'late@example.com')`);
        return q(`select * from app.accept_invitation($1)`, [hash]);
      })
      .then(
        () => 'allowed',
        (error: Error) => error.message,
      );
    expect(accepted).toMatch(/Clerk organization/);
    expect((await state(db, org))!.members).toEqual(EXPECTED_MEMBERS);
  });

  it("chooses the session's organization before the remembered workspace, never before X-Workspace-Id", async () => {
    const [orgA, orgB] = [nextOrg(), nextOrg()];
    const person = `user_sql_switch_${orgA}`;
    const acme = { name: 'Acme', updated: T };
    for (const org of [orgA, orgB]) {
      await apply(db, org, { kind: 'member', org: acme, membership: 'mS', user: person, role: 'member', created: T, updated: T });
    }
    const ids = Object.fromEntries(
      (await db.admin(`select clerk_org_id, id from workspaces where clerk_org_id in ($1, $2)`, [orgA, orgB])).map((r) => [
        r.clerk_org_id,
        r.id,
      ]),
    );
    const [me] = await db.admin(`select id from users where clerk_id = $1`, [person]);
    const choose = (requested: string | null, org: string | null, strict: boolean) =>
      db.as(
        { sub: person },
        async (q) => (await q(`select workspace_id from app.use_workspace($1, $2, $3)`, [requested, org, strict]))[0]?.workspace_id ?? null,
      );
    expect(await choose(null, orgA, false)).toBe(ids[orgA]);
    expect(await choose(null, orgB, false)).toBe(ids[orgB]);
    // the UI remembered A; the session is in B now: B
    expect(await choose(ids[orgA], orgB, false)).toBe(ids[orgB]);
    // the header wins
    expect(await choose(ids[orgA], orgB, true)).toBe(ids[orgA]);
    // an organization the person is not in (removed, or not synced yet): the remembered one, else the personal one
    await apply(db, orgB, { kind: 'member_deleted', org: acme, membership: 'mS', user: person });
    expect(await choose(ids[orgA], orgB, false)).toBe(ids[orgA]);
    expect(await choose(null, orgB, false)).toBe(me!.id);
    expect(await choose(null, 'org_never_heard_of', false)).toBe(me!.id);
  });
});
