import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordFigure } from '../helpers/figures';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';

/**
 * Roles at the SQL level (docs/decisions/0097-workspaces.md), with no route in
 * between: as role `authenticated` with each person's claims, in workspace W
 * (request.workspace_id, as app.use_workspace() sets it). A viewer's writes on
 * every business table are refused by a policy (or, where no session may
 * write at all, by the grants); a member's go through; only admins change the
 * business settings, the logo and the invitations; nobody writes
 * workspace_members directly or moves a row into another workspace; a removed
 * member sees nothing from their next statement on, even in the same
 * transaction with request.workspace_id still set; and naming a workspace one
 * is not in shows nothing. On a real PostgreSQL server (as a role that is not
 * a superuser) and on PGlite.
 */

const WORKSPACE_TABLES = [
  'contacts',
  'contact_notes',
  'tasks',
  'time_entries',
  'transactions',
  'invoices',
  'invoice_items',
  'invoice_reminders',
  'invoice_events',
  'invoice_counters',
  'business_logos',
  'audit_logs',
  'transaction_day_totals',
  'payment_day_totals',
  'list_counts',
  'invoice_summaries',
  'status_counts',
  'transaction_totals',
  'ai_logs',
  'ai_actions',
  'workspace_invitations',
  'deal_stages',
  'deals',
  'deal_events',
  'webhook_endpoints',
  'webhook_events',
  'webhook_deliveries',
];

type People = 'owner' | 'admin' | 'member' | 'viewer' | 'removed' | 'outsider';
const PEOPLE: People[] = ['owner', 'admin', 'member', 'viewer', 'removed', 'outsider'];

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'roles', { connections: 3 })],
  ['pglite', () => pgliteBackend()],
] as const)('workspace roles in SQL on %s', (name, make) => {
  let db: SqlBackend;
  const claims = Object.fromEntries(PEOPLE.map((p) => [p, { sub: `user_roles_${p}_${name}` }])) as Record<People, { sub: string }>;
  const user = {} as Record<People, string>;
  let W = '';
  const f: Record<string, string> = {};
  const counts = {
    viewerPolicy: 0,
    viewerGrant: 0,
    memberAllowed: 0,
    adminOnlyRefused: 0,
    adminAllowed: 0,
    membersTableRefused: 0,
    movesRefused: 0,
    nothingShown: 0,
  };

  /** As `who`, in workspace W (or `workspace`). */
  const inW = <T>(who: People, fn: (q: Query) => Promise<T>, workspace = W) =>
    db.as<T>(claims[who], async (q) => {
      await q(`select set_config('request.workspace_id', $1, true)`, [workspace]);
      return fn(q);
    });

  /** Whether sessions may `privilege` on the table at all (the grants; RLS then decides the rows). */
  const granted = async (table: string, privilege: 'UPDATE' | 'DELETE') =>
    (await db.admin(`select has_table_privilege('authenticated', $1, $2) as ok`, [`public.${table}`, privilege]))[0]!.ok as boolean;

  /**
   * A write that must change nothing: refused by the database (a policy's
   * check, a composite key, a trigger's rule), or it finds no row it may touch
   * (a policy's `using` hides it). True when it was refused.
   */
  const changesNothing = async (who: People, text: string, params: unknown[]) => {
    try {
      const rows = await inW(who, (q) => q(`${text} returning 1`, params));
      expect(rows, `${who}: ${text}`).toHaveLength(0);
      return false;
    } catch (error) {
      expect((error as Error).message, `${who}: ${text}`).toMatch(/row-level security|violates|cannot change/);
      return true;
    }
  };

  /** The row as the database owner sees it (no RLS). */
  const rowOf = async (table: string, id: string) =>
    (await db.admin(`select to_jsonb(t) as row from ${table} t where id = $1`, [id]))[0]?.row;

  beforeAll(async () => {
    db = await make();
    for (const p of PEOPLE) {
      await db.as(claims[p], async (q) => {
        const [row] = await q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [
          claims[p].sub,
          `${p}-${name}@roles.test`,
        ]);
        user[p] = row!.id;
      });
    }
    W = (await db.as<Row[]>(claims.owner, (q) => q(`select app.create_workspace('Team') as id`)))[0]!.id;
    // everyone else joins the way the app does it: an invitation, accepted by its addressee
    for (const [p, role] of [
      ['admin', 'admin'],
      ['member', 'member'],
      ['viewer', 'viewer'],
      ['removed', 'member'],
    ] as const) {
      const token = randomBytes(32).toString('base64url');
      await inW('owner', (q) =>
        q(
          `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
           values ($1, $2, $3, $4, $5, now() + interval '7 days')`,
          [W, `${p}-${name}@roles.test`, role, hashOf(token), user.owner],
        ),
      );
      const [joined] = await db.as<Row[]>(claims[p], (q) => q(`select workspace_id, role from app.accept_invitation($1)`, [hashOf(token)]));
      expect(joined).toEqual({ workspace_id: W, role });
    }
    // one of everything in W, made by its owner
    await inW('owner', async (q) => {
      const one = async (text: string, params: unknown[] = []) => (await q(text, params))[0]!.id as string;
      f.contact = await one(`insert into contacts (workspace_id, first_name) values ($1, 'Client') returning id`, [W]);
      f.note = await one(`insert into contact_notes (workspace_id, contact_id, body) values ($1, $2, 'Note') returning id`, [W, f.contact]);
      f.task = await one(`insert into tasks (workspace_id, contact_id, title) values ($1, $2, 'Call') returning id`, [W, f.contact]);
      f.time = await one(
        `insert into time_entries (workspace_id, contact_id, description, started_at, ended_at) values ($1, $2, 'Work', now() - interval '1 hour', now()) returning id`,
        [W, f.contact],
      );
      f.draft = await one(
        `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, app.next_invoice_number($1, 'INV-'), current_date + 14) returning id`,
        [W, f.contact],
      );
      f.item = await one(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 2, 50, 100) returning id`,
        [W, f.draft],
      );
      f.invoice = await one(
        `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, app.next_invoice_number($1, 'INV-'), current_date + 14) returning id`,
        [W, f.contact],
      );
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, 80, 80)`,
        [W, f.invoice],
      );
      await q(`update invoices set status = 'sent' where id = $1`, [f.invoice]);
      f.payment = await one(
        `insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'income', 30, $2) returning id`,
        [W, f.invoice],
      );
      f.transaction = await one(`insert into transactions (workspace_id, type, amount) values ($1, 'expense', 12) returning id`, [W]);
      f.reminder = await one(
        `insert into invoice_reminders (workspace_id, invoice_id, step_days, local_date) values ($1, $2, 3, current_date) returning id`,
        [W, f.invoice],
      );
      f.event = await one(`select id from invoice_events where invoice_id = $1 order by created_at limit 1`, [f.invoice]);
      f.stage = await one(`select id from deal_stages where workspace_id = $1 order by position limit 1`, [W]);
      f.deal = await one(
        `insert into deals (workspace_id, title, currency, stage_id, position, contact_id) values ($1, 'Deal', 'USD', $2, 0, $3) returning id`,
        [W, f.stage, f.contact],
      );
      f.dealEvent = await one(`select id from deal_events where deal_id = $1 limit 1`, [f.deal]);
      await q(
        `insert into business_logos (workspace_id, content_type, content, width, height) values ($1, 'image/png', '\\x89504e47', 1, 1)`,
        [W],
      );
      f.invitation = await one(
        `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
         values ($1, 'pending@roles.test', 'viewer', $2, $3, now() + interval '7 days') returning id`,
        [W, hashOf('pending'), user.owner],
      );
      f.log = await one(`insert into ai_logs (workspace_id, query, engine) values ($1, 'hello', 'builtin') returning id`, [W]);
    });
    await inW('owner', (q) => q(`select app.remove_member($1)`, [user.removed]));
  });

  afterAll(async () => {
    const refused =
      counts.viewerPolicy +
      counts.viewerGrant +
      counts.adminOnlyRefused +
      counts.membersTableRefused +
      counts.movesRefused +
      counts.nothingShown;
    console.warn(
      `[workspace roles ${db.name}] viewer writes refused: ${counts.viewerPolicy} by a policy, ${counts.viewerGrant} by the grants; ` +
        `member writes carried out: ${counts.memberAllowed}; admin-only changes refused to viewer/member: ${counts.adminOnlyRefused}, ` +
        `carried out by the admin: ${counts.adminAllowed}; direct writes to workspace_members refused: ${counts.membersTableRefused}; ` +
        `moves to another workspace refused: ${counts.movesRefused}; statements of removed members and outsiders that showed nothing: ${counts.nothingShown}`,
    );
    recordFigure(
      `rls.roles.${db.name}`,
      refused,
      `SQL statements refused or shown nothing by role and membership in a shared workspace (${db.name === 'postgres' ? 'PostgreSQL' : 'PGlite'})`,
    );
    await db.close();
  });

  /**
   * Each business table: a row to insert (in W), an update of a row of the
   * owner's, a delete. `update`/`delete` null: no session may (no grant).
   */
  const BUSINESS: {
    table: string;
    insert: () => [string, unknown[]];
    update: (id: string) => [string, unknown[]] | null;
    delete: (id: string) => [string, unknown[]] | null;
    fixture: () => string;
  }[] = [
    {
      table: 'contacts',
      insert: () => [`insert into contacts (workspace_id, first_name) values ($1, 'New') returning *`, [W]],
      update: (id) => [`update contacts set last_name = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from contacts where id = $1 returning id`, [id]],
      fixture: () => f.contact!,
    },
    {
      table: 'contact_notes',
      insert: () => [`insert into contact_notes (workspace_id, contact_id, body) values ($1, $2, 'New') returning *`, [W, f.contact]],
      update: (id) => [`update contact_notes set body = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from contact_notes where id = $1 returning id`, [id]],
      fixture: () => f.note!,
    },
    {
      table: 'tasks',
      insert: () => [`insert into tasks (workspace_id, title) values ($1, 'New') returning *`, [W]],
      update: (id) => [`update tasks set title = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from tasks where id = $1 returning id`, [id]],
      fixture: () => f.task!,
    },
    {
      table: 'time_entries',
      insert: () => [
        `insert into time_entries (workspace_id, description, started_at, ended_at) values ($1, 'New', now() - interval '1 hour', now()) returning *`,
        [W],
      ],
      update: (id) => [`update time_entries set description = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from time_entries where id = $1 returning id`, [id]],
      fixture: () => f.time!,
    },
    {
      table: 'transactions',
      insert: () => [`insert into transactions (workspace_id, type, amount) values ($1, 'expense', 5) returning *`, [W]],
      update: (id) => [`update transactions set description = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from transactions where id = $1 returning id`, [id]],
      fixture: () => f.transaction!,
    },
    {
      table: 'invoices',
      insert: () => [
        `insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'SQL-' || gen_random_uuid(), current_date + 7) returning *`,
        [W],
      ],
      update: (id) => [`update invoices set notes = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from invoices where id = $1 returning id`, [id]],
      fixture: () => f.draft!,
    },
    {
      table: 'invoice_items',
      insert: () => [
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'New', 1, 1, 1) returning *`,
        [W, f.draft],
      ],
      update: (id) => [`update invoice_items set description = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from invoice_items where id = $1 returning id`, [id]],
      fixture: () => f.item!,
    },
    {
      table: 'invoice_reminders',
      insert: () => [
        `insert into invoice_reminders (workspace_id, invoice_id, step_days, local_date)
         values ($1, $2, 10 + (random() * 300)::int, current_date + (random() * 3000)::int) returning *`,
        [W, f.invoice],
      ],
      update: (id) => [`update invoice_reminders set status = 'sent' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from invoice_reminders where id = $1 returning id`, [id]],
      fixture: () => f.reminder!,
    },
    {
      // the invoice's history: written, never rewritten
      table: 'invoice_events',
      insert: () => [
        `insert into invoice_events (workspace_id, invoice_id, type) values ($1, $2, 'email_sent') returning *`,
        [W, f.invoice],
      ],
      update: (id) => [`update invoice_events set data = '{"x": 1}' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from invoice_events where id = $1 returning id`, [id]],
      fixture: () => f.event!,
    },
    {
      table: 'deals',
      insert: () => [
        `insert into deals (workspace_id, title, currency, stage_id, position) values ($1, 'New', 'USD', $2, 1000 + (random() * 100000)::int) returning *`,
        [W, f.stage],
      ],
      update: (id) => [`update deals set title = 'Changed' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from deals where id = $1 returning id`, [id]],
      fixture: () => f.deal!,
    },
    {
      // the deal's history: written, never rewritten
      table: 'deal_events',
      insert: () => [`insert into deal_events (workspace_id, deal_id, type) values ($1, $2, 'stage_changed') returning *`, [W, f.deal]],
      update: (id) => [`update deal_events set data = '{"x": 1}' where id = $1 returning id`, [id]],
      delete: (id) => [`delete from deal_events where id = $1 returning id`, [id]],
      fixture: () => f.dealEvent!,
    },
    {
      // one row per workspace: an insert that finds it takes the update path (as app.next_invoice_number does)
      table: 'invoice_counters',
      insert: () => [
        `insert into invoice_counters as c (workspace_id, last_number) values ($1, 1)
         on conflict (workspace_id) do update set last_number = c.last_number + 1 returning *`,
        [W],
      ],
      update: () => [`update invoice_counters set last_number = last_number + 1 where workspace_id = $1 returning workspace_id as id`, [W]],
      delete: () => [`delete from invoice_counters where workspace_id = $1 returning workspace_id as id`, [W]],
      fixture: () => W,
    },
  ];

  const grantRefusal = /permission denied/;
  const policyRefusal = /row-level security/;

  it("refuses a viewer's insert, update and delete on every business table (a policy, not only the route)", async () => {
    for (const t of BUSINESS) {
      const id = t.fixture();
      const key = t.table === 'invoice_counters' ? 'workspace_id' : 'id';
      const before = (await db.admin(`select to_jsonb(t) as row from ${t.table} t where ${key} = $1`, [id]))[0]?.row;
      expect(before, t.table).toBeDefined();
      // the viewer sees the row
      expect(await inW('viewer', (q) => q(`select 1 from ${t.table} where ${key} = $1`, [id])), t.table).toHaveLength(1);
      const [insertSql, insertParams] = t.insert();
      await expect(
        inW('viewer', (q) => q(insertSql, insertParams)),
        `${t.table} insert`,
      ).rejects.toThrow(policyRefusal);
      counts.viewerPolicy += 1;
      for (const statement of [t.update(id), t.delete(id)]) {
        if (!statement) continue;
        const [text, params] = statement;
        if (await granted(t.table, text.trimStart().startsWith('update') ? 'UPDATE' : 'DELETE')) {
          // the policy hides the row from a write: nothing touched
          expect(await inW('viewer', (q) => q(text, params)), `${t.table}: ${text}`).toHaveLength(0);
          counts.viewerPolicy += 1;
        } else {
          await expect(
            inW('viewer', (q) => q(text, params)),
            `${t.table}: ${text}`,
          ).rejects.toThrow(grantRefusal);
          counts.viewerGrant += 1;
        }
      }
      expect((await db.admin(`select to_jsonb(t) as row from ${t.table} t where ${key} = $1`, [id]))[0]?.row, t.table).toEqual(before);
    }
    // the assistant of a viewer stores no proposal (its log is the viewer's own, and may be written)
    const log = (
      await inW('viewer', (q) =>
        q(`insert into ai_logs (workspace_id, query, engine) values ($1, 'add a task', 'builtin') returning id`, [W]),
      )
    )[0]!.id;
    await expect(
      inW('viewer', (q) =>
        q(`insert into ai_actions (workspace_id, log_id, tool, summary) values ($1, $2, 'create_task', 'Add a task')`, [W, log]),
      ),
    ).rejects.toThrow(policyRefusal);
    counts.viewerPolicy += 1;
  });

  it("carries out a member's insert, update and delete on every business table, as the member", async () => {
    for (const t of BUSINESS) {
      const [insertSql, insertParams] = t.insert();
      const [row] = await inW('member', (q) => q(insertSql, insertParams));
      expect(row, t.table).toBeDefined();
      expect(row!.workspace_id, t.table).toBe(W);
      // the creator is set by the database from the session
      if ('user_id' in row!) expect(row!.user_id, t.table).toBe(user.member);
      counts.memberAllowed += 1;
      // (what no session may do at all was checked with the viewer's refusals)
      const update = t.update(t.fixture());
      if (update && (await granted(t.table, 'UPDATE'))) {
        expect(await inW('member', (q) => q(update[0], update[1])), `${t.table} update`).toHaveLength(1);
        counts.memberAllowed += 1;
      }
      const del = t.delete(t.table === 'invoice_counters' ? W : row!.id);
      if (del && (await granted(t.table, 'DELETE'))) {
        expect(await inW('member', (q) => q(del[0], del[1])), `${t.table} delete`).toHaveLength(1);
        counts.memberAllowed += 1;
      }
    }
    const log = (
      await inW('member', (q) =>
        q(`insert into ai_logs (workspace_id, query, engine) values ($1, 'add a task', 'builtin') returning id`, [W]),
      )
    )[0]!.id;
    await inW('member', (q) =>
      q(`insert into ai_actions (workspace_id, log_id, tool, summary) values ($1, $2, 'create_task', 'Add a task')`, [W, log]),
    );
    counts.memberAllowed += 1;
  });

  it('lets admins alone manage the deal stages (members move deals, not columns)', async () => {
    const rename = `update deal_stages set name = 'Renamed' where id = $1 returning id`;
    const add = `insert into deal_stages (workspace_id, name, position) values ($1, 'Extra', 100 + (random() * 1000)::int) returning id`;
    const drop = `delete from deal_stages where id = $1 returning id`;
    const before = await db.admin(`select id, name, position from deal_stages where workspace_id = $1 order by position`, [W]);
    for (const who of ['viewer', 'member'] as const) {
      expect(await inW(who, (q) => q(rename, [f.stage])), who).toHaveLength(0);
      await expect(
        inW(who, (q) => q(add, [W])),
        who,
      ).rejects.toThrow(policyRefusal);
      counts.adminOnlyRefused += 2;
    }
    expect(await db.admin(`select id, name, position from deal_stages where workspace_id = $1 order by position`, [W])).toEqual(before);
    const [added] = await inW('admin', (q) => q(add, [W]));
    expect(await inW('member', (q) => q(drop, [added!.id]))).toHaveLength(0);
    expect(await inW('admin', (q) => q(drop, [added!.id]))).toHaveLength(1);
    counts.adminAllowed += 2;
  });

  it('lets admins alone change the business settings, the logo and the invitations', async () => {
    const settings = `update workspaces set business_name = $2, payment_instructions = $2 where id = $1 returning id`;
    const logo = `update business_logos set width = width where workspace_id = $1 returning workspace_id`;
    const newLogo = `insert into business_logos (workspace_id, content_type, content, width, height) values ($1, 'image/png', '\\x89504e47', 2, 2)
                     on conflict (workspace_id) do update set width = 2 returning workspace_id`;
    const dropLogo = `delete from business_logos where workspace_id = $1 returning workspace_id`;
    const invite = `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
                    values ($1, $2, 'admin', $3, $4, now() + interval '7 days') returning id`;
    const revoke = `update workspace_invitations set revoked_at = now() where id = $1 returning id`;
    const dropInvitation = `delete from workspace_invitations where id = $1 returning id`;
    const before = {
      workspace: (await db.admin(`select to_jsonb(w) as row from workspaces w where id = $1`, [W]))[0]!.row,
      logo: (await db.admin(`select width, height from business_logos where workspace_id = $1`, [W]))[0],
      invitations: await db.admin(`select id, revoked_at from workspace_invitations where workspace_id = $1 order by id`, [W]),
    };
    for (const who of ['viewer', 'member'] as const) {
      expect(await inW(who, (q) => q(settings, [W, 'Hijacked'])), who).toHaveLength(0);
      expect(await inW(who, (q) => q(logo, [W])), who).toHaveLength(0);
      await expect(
        inW(who, (q) => q(newLogo, [W])),
        who,
      ).rejects.toThrow(policyRefusal);
      expect(await inW(who, (q) => q(dropLogo, [W])), who).toHaveLength(0);
      // invitations are not even visible below admin
      expect(await inW(who, (q) => q(`select id from workspace_invitations`)), who).toHaveLength(0);
      await expect(
        inW(who, (q) => q(invite, [W, `${who}-friend@roles.test`, hashOf(`${who}-${name}`), user[who]])),
        who,
      ).rejects.toThrow(policyRefusal);
      expect(await inW(who, (q) => q(revoke, [f.invitation])), who).toHaveLength(0);
      expect(await inW(who, (q) => q(dropInvitation, [f.invitation])), who).toHaveLength(0);
      counts.adminOnlyRefused += 8;
    }
    expect({
      workspace: (await db.admin(`select to_jsonb(w) as row from workspaces w where id = $1`, [W]))[0]!.row,
      logo: (await db.admin(`select width, height from business_logos where workspace_id = $1`, [W]))[0],
      invitations: await db.admin(`select id, revoked_at from workspace_invitations where workspace_id = $1 order by id`, [W]),
    }).toEqual(before);

    expect(await inW('admin', (q) => q(settings, [W, 'Team Ltd']))).toHaveLength(1);
    expect(await inW('admin', (q) => q(logo, [W]))).toHaveLength(1);
    expect(await inW('admin', (q) => q(newLogo, [W]))).toHaveLength(1);
    expect(await inW('admin', (q) => q(`select id from workspace_invitations`))).not.toHaveLength(0);
    const [invited] = await inW('admin', (q) => q(invite, [W, `partner-${name}@roles.test`, hashOf(`partner-${name}`), user.admin]));
    // one pending invitation per address: a second is refused until the first is withdrawn
    const again = [W, `partner-${name}@roles.test`, hashOf(`partner-again-${name}`), user.admin];
    await expect(inW('admin', (q) => q(invite, again))).rejects.toThrow(/duplicate key|unique/);
    expect(await inW('admin', (q) => q(revoke, [invited!.id]))).toHaveLength(1);
    expect(await inW('admin', (q) => q(invite, again))).toHaveLength(1);
    expect(await inW('admin', (q) => q(dropInvitation, [invited!.id]))).toHaveLength(1);
    counts.adminAllowed += 7;
    // the workspace's name, id and kind: settings the table grants no session to change
    await expect(inW('admin', (q) => q(`update workspaces set personal = true where id = $1`, [W]))).rejects.toThrow(grantRefusal);
    await expect(inW('owner', (q) => q(`update workspaces set id = gen_random_uuid() where id = $1`, [W]))).rejects.toThrow(grantRefusal);
    counts.adminOnlyRefused += 2;
    expect((await db.admin(`select business_name from workspaces where id = $1`, [W]))[0]!.business_name).toBe('Team Ltd');
  });

  it('lets nobody write workspace_members directly, not even the owner', async () => {
    const before = await db.admin(`select workspace_id, user_id, role from workspace_members where workspace_id = $1 order by user_id`, [
      W,
    ]);
    for (const who of PEOPLE) {
      const attempts: [string, unknown[]][] = [
        [`insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'owner')`, [W, user[who]]],
        [`insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'admin')`, [W, user.outsider]],
        [`update workspace_members set role = 'owner' where workspace_id = $1 and user_id = $2`, [W, user[who]]],
        [`update workspace_members set workspace_id = $2 where workspace_id = $1`, [W, user[who]]],
        [`delete from workspace_members where workspace_id = $1`, [W]],
      ];
      for (const [text, params] of attempts) {
        await expect(
          inW(who, (q) => q(text, params)),
          `${who}: ${text}`,
        ).rejects.toThrow(grantRefusal);
        counts.membersTableRefused += 1;
      }
    }
    expect(
      await db.admin(`select workspace_id, user_id, role from workspace_members where workspace_id = $1 order by user_id`, [W]),
    ).toEqual(before);
  });

  it('moves no row into another workspace, not even one the mover owns too', async () => {
    // the owner of W owns their personal workspace as well; the member is in theirs
    const moves: [string, string][] = [
      ['contacts', f.contact!],
      ['contact_notes', f.note!],
      ['tasks', f.task!],
      ['time_entries', f.time!],
      ['transactions', f.transaction!],
      ['invoices', f.draft!],
      ['invoice_items', f.item!],
      ['invoice_reminders', f.reminder!],
    ];
    for (const who of ['owner', 'admin', 'member'] as const) {
      for (const [table, id] of moves) {
        const before = await rowOf(table, id);
        // members and above may write rows of W: the move itself is refused (a policy's check, or a composite key)
        expect(await changesNothing(who, `update ${table} set workspace_id = $1 where id = $2`, [user[who], id]), `${who} ${table}`).toBe(
          true,
        );
        expect(await rowOf(table, id), table).toEqual(before);
        counts.movesRefused += 1;
      }
      const counter = await db.admin(`select * from invoice_counters where workspace_id = $1`, [W]);
      const logo = await db.admin(`select workspace_id, width from business_logos where workspace_id = $1`, [W]);
      expect(await changesNothing(who, `update invoice_counters set workspace_id = $1 where workspace_id = $2`, [user[who], W])).toBe(true);
      // the logo: a member may not touch it at all, an admin may not move it
      await changesNothing(who, `update business_logos set workspace_id = $1 where workspace_id = $2`, [user[who], W]);
      expect(await db.admin(`select * from invoice_counters where workspace_id = $1`, [W])).toEqual(counter);
      expect(await db.admin(`select workspace_id, width from business_logos where workspace_id = $1`, [W])).toEqual(logo);
      // nor written from W into the other one
      await expect(
        inW(who, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'Smuggled')`, [user[who]])),
      ).rejects.toThrow(policyRefusal);
      counts.movesRefused += 3;
    }
    expect((await db.admin(`select count(*)::int as n from contacts where first_name = 'Smuggled'`))[0]!.n).toBe(0);
  });

  it('shows nothing in W to someone who is not in it, whatever request.workspace_id says', async () => {
    for (const who of ['outsider', 'removed'] as const) {
      await inW(who, async (q) => {
        expect((await q(`select app.workspace_id() as id, app.workspace_role() as role, app.can_write() as w`))[0]).toEqual({
          id: null,
          role: null,
          w: false,
        });
        for (const table of WORKSPACE_TABLES) {
          expect(await q(`select * from ${table} where workspace_id = $1`, [W]), `${who} ${table}`).toHaveLength(0);
          counts.nothingShown += 1;
        }
        expect(await q(`select * from workspaces where id = $1`, [W]), who).toHaveLength(0);
        expect(await q(`select * from workspace_members where workspace_id = $1`, [W]), who).toHaveLength(0);
        // nor the people of W
        expect(await q(`select id from users where id = $1`, [user.owner]), who).toHaveLength(0);
        counts.nothingShown += 3;
        // and writes go nowhere
        expect(await q(`update contacts set first_name = 'x' where workspace_id = $1 returning id`, [W])).toHaveLength(0);
        expect(await q(`delete from tasks where workspace_id = $1 returning id`, [W])).toHaveLength(0);
        counts.nothingShown += 2;
      });
      await expect(inW(who, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'x')`, [W]))).rejects.toThrow(
        policyRefusal,
      );
      await expect(inW(who, (q) => q(`select app.set_member_role($1, 'owner')`, [user[who]]))).rejects.toThrow(/not found/i);
      await expect(inW(who, (q) => q(`select app.remove_member($1)`, [user.owner]))).rejects.toThrow(/not found/i);
      counts.nothingShown += 3;
    }
    // app.use_workspace() (the request's choice) gives no row and sets the empty workspace
    const chosen = await db.as<Row[]>(claims.outsider, async (q) => {
      const rows = await q(`select * from app.use_workspace($1::uuid, null, true)`, [W]);
      const [after] = await q(
        `select current_setting('request.workspace_id', true) as ws, (select count(*)::int from contacts) as contacts`,
      );
      return [...rows, after!];
    });
    expect(chosen).toEqual([{ ws: '00000000-0000-0000-0000-000000000000', contacts: 0 }]);
  });

  it('takes a removed member out on their very next statement, in the same transaction, with request.workspace_id still set', async () => {
    const token = randomBytes(32).toString('base64url');
    await inW('owner', (q) =>
      q(
        `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
         values ($1, $2, 'member', $3, $4, now() + interval '1 day')`,
        [W, `outsider-${name}@roles.test`, hashOf(token), user.owner],
      ),
    );
    await db.as(claims.outsider, (q) => q(`select app.accept_invitation($1)`, [hashOf(token)]));
    const seen = await inW('outsider', async (q) => {
      const count = async () =>
        (
          await q(
            `select app.workspace_id() as ws, (select count(*)::int from contacts) as contacts, (select count(*)::int from invoices) as invoices`,
          )
        )[0]!;
      const member = await count();
      // the owner removes them, in this very session (the claims switched, then back)
      await q(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims.owner)]);
      await q(`select app.remove_member($1)`, [user.outsider]);
      await q(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims.outsider)]);
      const setting = (await q(`select current_setting('request.workspace_id', true) as ws`))[0]!.ws;
      const removed = await count();
      const write = await q(`update contacts set first_name = 'after removal' returning id`);
      return { member, setting, removed, write };
    });
    expect(seen.member.ws).toBe(W);
    expect(seen.member.contacts).toBeGreaterThan(0);
    expect(seen.setting).toBe(W);
    expect(seen.removed).toEqual({ ws: null, contacts: 0, invoices: 0 });
    expect(seen.write).toHaveLength(0);
    counts.nothingShown += 3;
  });

  it.runIf(name === 'postgres')(
    'takes a removed member out on their next statement while their transaction is open, when the owner removes them from another connection',
    async () => {
      const token = randomBytes(32).toString('base64url');
      await inW('owner', (q) =>
        q(
          `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
           values ($1, $2, 'viewer', $3, $4, now() + interval '1 day')`,
          [W, `outsider-${name}@roles.test`, hashOf(token), user.owner],
        ),
      );
      await db.as(claims.outsider, (q) => q(`select app.accept_invitation($1)`, [hashOf(token)]));
      const seen = await inW('outsider', async (q) => {
        const before = (await q(`select count(*)::int as n from contacts`))[0]!.n;
        await inW('owner', (owner) => owner(`select app.remove_member($1)`, [user.outsider]));
        const after = (await q(`select count(*)::int as n from contacts`))[0]!.n;
        return { before, after };
      });
      expect(seen.before).toBeGreaterThan(0);
      expect(seen.after).toBe(0);
      counts.nothingShown += 1;
    },
  );
});
