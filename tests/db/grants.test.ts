import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';

/**
 * Exactly the privileges the app needs, on a database that starts with
 * Supabase's default privileges (everything on every new table, sequence and
 * function of `public` to anon and authenticated, and create on the schema)
 * and on one that does not, on a real PostgreSQL server (as the app's runtime
 * role, in a tenant transaction, like a request) and on PGlite. Every table of
 * every schema of the database is checked, so a new table is covered as soon
 * as its migration exists (docs/decisions/0081-runtime-database-role.md).
 */

/** What a Supabase project has before the first migration (roles included). */
const SUPABASE_DEFAULTS = `
do $$
declare r text;
begin
  foreach r in array array['anon', 'authenticated', 'service_role'] loop
    if not exists (select 1 from pg_roles where rolname = r) then
      begin
        execute format('create role %I nologin noinherit', r);
      exception when duplicate_object or unique_violation then null;
      end;
    end if;
  end loop;
end
$$;
grant usage on schema public to anon, authenticated, service_role;
grant all on schema public to anon, authenticated;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
`;

const PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'] as const;

/** What `authenticated` may do on each table, table-wide (the migrations' grants; RLS decides the rows). */
const EXPECTED: Record<string, string[]> = {
  'public.users': ['SELECT', 'INSERT', 'DELETE'],
  'public.workspaces': ['SELECT', 'DELETE'],
  'public.workspace_members': ['SELECT'],
  'public.workspace_invitations': ['SELECT', 'INSERT', 'DELETE'],
  'public.contacts': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.contact_notes': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.tasks': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.deal_stages': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.deals': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.deal_events': ['SELECT', 'INSERT'],
  'public.webhook_endpoints': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.webhook_events': ['SELECT'],
  'public.webhook_deliveries': ['SELECT'],
  'public.time_entries': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.bank_accounts': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.bank_imports': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.bank_lines': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.bank_rules': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.transactions': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.invoices': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.credit_notes': ['SELECT', 'INSERT'],
  'public.credit_note_items': ['SELECT', 'INSERT'],
  'public.recurring_invoices': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.invoice_items': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.invoice_reminders': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.invoice_counters': ['SELECT', 'INSERT', 'UPDATE'],
  'public.invoice_events': ['SELECT', 'INSERT'],
  'public.quotes': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.quote_items': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.document_links': ['SELECT', 'INSERT', 'UPDATE'],
  'public.document_counters': ['SELECT', 'INSERT', 'UPDATE'],
  'public.business_logos': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'public.ai_logs': ['SELECT', 'INSERT'],
  'public.ai_actions': ['SELECT', 'INSERT', 'UPDATE'],
  'public.deleted_users': ['SELECT', 'INSERT'],
  'public.deleted_organizations': [],
  'public.deleted_memberships': [],
  'public.audit_logs': ['SELECT'],
  'public.api_keys': ['SELECT', 'INSERT'],
  'public.transaction_day_totals': ['SELECT'],
  'public.payment_day_totals': ['SELECT'],
  'public.list_counts': ['SELECT'],
  'public.invoice_summaries': ['SELECT'],
  'public.status_counts': ['SELECT'],
  'public.transaction_totals': ['SELECT'],
  'app_meta.schema_migrations': [],
};

/** Columns only the database sets (tables with column-level UPDATE grants). */
const READ_ONLY_COLUMNS: Record<string, string[]> = {
  'public.users': ['id', 'clerk_id', 'created_at', 'updated_at'],
  'public.ai_logs': ['id', 'workspace_id', 'user_id', 'query', 'engine', 'created_at', 'updated_at'],
  'public.workspaces': ['id', 'personal', 'clerk_org_id', 'clerk_updated_at', 'clerk_created_by', 'created_at', 'updated_at'],
  'public.workspace_invitations': [
    'id',
    'workspace_id',
    'email',
    'role',
    'token_hash',
    'invited_by',
    'expires_at',
    'accepted_at',
    'accepted_by',
    'created_at',
  ],
  'public.api_keys': ['id', 'workspace_id', 'user_id', 'prefix', 'key_hash', 'scopes', 'expires_at', 'last_used_at', 'created_at'],
};

/** History and figures the database keeps: no session rewrites or removes a row. */
const APPEND_ONLY = [
  'public.audit_logs',
  'public.invoice_events',
  'public.deal_events',
  'public.webhook_events',
  'public.deleted_users',
  'public.transaction_day_totals',
  'public.payment_day_totals',
  'public.list_counts',
  'public.invoice_summaries',
  'public.status_counts',
  'public.transaction_totals',
];
/** …and these only the database writes. */
const DATABASE_WRITTEN = [
  'public.audit_logs',
  'public.transaction_day_totals',
  'public.payment_day_totals',
  'public.list_counts',
  'public.invoice_summaries',
  'public.status_counts',
  'public.transaction_totals',
  'public.webhook_events',
  'public.webhook_deliveries',
];

const USER_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'`;
const NOT_EXTENSION = (catalog: string, oid: string) =>
  `not exists (select 1 from pg_depend d where d.classid = '${catalog}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

describe.each([
  [
    'PostgreSQL with Supabase default privileges',
    true,
    () => postgresBackend(inject('pgAdminUrl'), 'grants_supa', { beforeMigrate: SUPABASE_DEFAULTS }),
  ],
  ['PostgreSQL', false, () => postgresBackend(inject('pgAdminUrl'), 'grants')],
  ['PGlite with Supabase default privileges', true, () => pgliteBackend({ beforeMigrate: SUPABASE_DEFAULTS })],
  ['PGlite', false, () => pgliteBackend()],
] as const)('grants on %s', (_name, supabase, make) => {
  let db: SqlBackend;
  let tables: string[] = [];
  let columns: Record<string, string[]> = {};
  const A = { sub: 'user_grants_a' };
  let history: { audit: number; events: number };

  /** Runs `text` as `authenticated` with A's claims; always rolled back. Resolves with the error it raised. */
  async function attempt(text: string): Promise<Error> {
    const outcome = await db
      .as(A, async (q: Query) => {
        await q(text);
        throw new Error(`allowed: ${text}`);
      })
      .catch((error: Error) => error);
    return outcome as Error;
  }

  async function counts() {
    const [row] = await db.admin(
      'select (select count(*) from public.audit_logs)::int as audit, (select count(*) from public.invoice_events)::int as events',
    );
    return { audit: row!.audit as number, events: row!.events as number };
  }

  beforeAll(async () => {
    db = await make();
    await db.as(A, async (q) => {
      const [user] = await q('insert into users (clerk_id, email) values ($1, $2) returning id', [A.sub, 'a@grants.test']);
      await q(`insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'G-1', current_date + 14)`, [user!.id]);
    });
    const rows = await db.admin(
      `select format('%I.%I', n.nspname, c.relname) as name,
              coalesce((select array_agg(a.attname::text order by a.attnum) from pg_attribute a
                         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''), '{}') as columns
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_SCHEMA} and ${NOT_EXTENSION('pg_class', 'c.oid')}
        order by 1`,
    );
    tables = rows.map((r) => r.name as string);
    columns = Object.fromEntries(rows.map((r) => [r.name as string, r.columns as string[]]));
    history = await counts();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('sees every table of the app, with history to protect', () => {
    for (const table of Object.keys(EXPECTED)) expect(tables).toContain(table);
    expect(history.audit).toBeGreaterThan(0);
    expect(history.events).toBeGreaterThan(0);
  });

  it.runIf(supabase)('really started with Supabase default privileges (they still apply to service_role)', async () => {
    const [row] = await db.admin(
      `select has_table_privilege('service_role', 'public.contacts', 'TRUNCATE') as truncate,
              exists (select 1 from pg_default_acl where defaclacl::text like '%service_role%') as defaults`,
    );
    expect(row).toMatchObject({ truncate: true, defaults: true });
  });

  it('gives authenticated exactly the table privileges the app needs', async () => {
    const held: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = await db.admin(
        `select p from unnest(array[${PRIVILEGES.map((p) => `'${p}'`).join(', ')}]) with ordinality u(p, i)
          where has_table_privilege('authenticated', $1::text::regclass, p) order by i`,
        [table],
      );
      held[table] = rows.map((r: Row) => r.p as string);
    }
    for (const [table, expected] of Object.entries(EXPECTED)) expect(held[table], table).toEqual(expected);
    // a table no list names yet (a later migration's) still never gets these
    for (const table of tables) {
      expect(held[table], table).not.toContain('TRUNCATE');
      expect(held[table], table).not.toContain('REFERENCES');
      expect(held[table], table).not.toContain('TRIGGER');
    }
  });

  it('lets no session TRUNCATE any table (TRUNCATE ignores row level security)', async () => {
    expect(tables.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    for (const table of tables) {
      expect((await attempt(`truncate table ${table} cascade`)).message, table).toMatch(/permission denied/);
    }
  });

  it('keeps read-only columns read-only', async () => {
    for (const [table, readOnly] of Object.entries(READ_ONLY_COLUMNS)) {
      for (const column of readOnly) {
        expect(columns[table], table).toContain(column);
        const error = await attempt(`update ${table} set "${column}" = "${column}"`);
        expect(error.message, `${table}.${column}`).toMatch(/permission denied/);
      }
    }
    // and the columns the app does change still can
    await db.as(A, (q) => q(`update workspaces set business_name = 'Grants Ltd' where personal`, []));
  });

  it('lets no session rewrite or delete history, and only the database write what it keeps', async () => {
    const before = await counts();
    for (const table of APPEND_ONLY) {
      const first = columns[table]![0]!;
      expect((await attempt(`update ${table} set "${first}" = "${first}"`)).message, table).toMatch(/permission denied/);
      expect((await attempt(`delete from ${table}`)).message, table).toMatch(/permission denied/);
    }
    for (const table of DATABASE_WRITTEN) {
      expect((await attempt(`insert into ${table} default values`)).message, table).toMatch(/permission denied/);
    }
    expect(await counts()).toEqual(before);
  });

  it('gives anon (and PUBLIC) nothing on any table or sequence, and no one a way to create objects', async () => {
    for (const table of tables) {
      const [row] = await db.admin(
        `select has_table_privilege('anon', $1::text::regclass, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') as table_level,
                has_any_column_privilege('anon', $1::text::regclass, 'SELECT, INSERT, UPDATE, REFERENCES') as column_level,
                exists (select 1 from pg_class c, aclexplode(c.relacl) x where c.oid = $1::text::regclass and x.grantee = 0) as public`,
        [table],
      );
      expect(row, table).toEqual({ table_level: false, column_level: false, public: false });
      // and really: a select as anon is refused
      const refused = await db.admin(`do $$ begin set local role anon; perform 1 from ${table} limit 1; end $$`).then(
        () => 'allowed',
        (error: Error) => error.message,
      );
      expect(refused, table).toMatch(/permission denied/);
    }
    const sequences = await db.admin(
      `select format('%I.%I', n.nspname, c.relname) as name,
              has_sequence_privilege('anon', c.oid, 'USAGE, SELECT, UPDATE') as anon,
              has_sequence_privilege('authenticated', c.oid, 'UPDATE') as authenticated_update
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'S' and ${USER_SCHEMA} and ${NOT_EXTENSION('pg_class', 'c.oid')}`,
    );
    expect(sequences.length).toBeGreaterThan(0); // audit_logs.seq
    for (const s of sequences) expect(s, s.name as string).toMatchObject({ anon: false, authenticated_update: false });
    const creators = await db.admin(
      `select r.rolname, n.nspname from pg_namespace n, pg_roles r
        where ${USER_SCHEMA} and r.rolname in ('anon', 'authenticated', 'ledgerly_app', 'ledgerly_system')
          and has_schema_privilege(r.oid, n.oid, 'CREATE')`,
    );
    expect(creators).toEqual([]);
  });

  it('lets no security definer function run for a role it was not granted to', async () => {
    const rows = await db.admin(
      `select p.oid::regprocedure::text as fn,
              array(select r from unnest(array['anon', 'authenticated', 'ledgerly_system']) r
                     where has_function_privilege(r, p.oid, 'EXECUTE') order by 1) as runs
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and ${USER_SCHEMA} and ${NOT_EXTENSION('pg_proc', 'p.oid')}
        order by 1`,
    );
    const runs = Object.fromEntries(rows.map((r) => [r.fn as string, r.runs as string[]]));
    expect(runs).toMatchObject({
      'app.workspace_id()': ['authenticated'],
      'app.workspace_role()': ['authenticated'],
      'app.current_user_id()': ['authenticated'],
      'app.use_workspace(uuid,text,boolean)': ['authenticated'],
      'app.create_workspace(text)': ['authenticated'],
      'app.set_member_role(uuid,text)': ['authenticated'],
      'app.remove_member(uuid)': ['authenticated'],
      'app.accept_invitation(text)': ['authenticated'],
      'app.users_personal_workspace()': [],
      'app.users_hand_over_workspaces()': [],
      'app.record_event(text,text,uuid,jsonb)': ['authenticated'],
      'app.reminder_accounts()': ['ledgerly_system'],
      'app.clerk_sync_organization(text,text,text,timestamp with time zone)': ['ledgerly_system'],
      'app.clerk_delete_organization(text)': ['ledgerly_system'],
      'app.clerk_sync_membership(text,text,text,timestamp with time zone,text,text,text,timestamp with time zone,timestamp with time zone,text,text,text,text)':
        ['ledgerly_system'],
      'app.clerk_delete_membership(text,text,text,timestamp with time zone,text,text)': ['ledgerly_system'],
      'app.audit_row()': [],
      'app.audit_rows_inserted()': [],
      'app.apply_money_deltas(app.money_delta[])': [],
      'app.transactions_day_totals()': [],
      'app.search_ids(text,text,text,integer)': ['authenticated'],
      'app.search_frequent(text,text,integer,integer)': ['authenticated'],
      'app.list_counts_apply()': [],
      'app.invoice_summaries_apply()': [],
      'app.status_counts_apply()': [],
      'app.transaction_totals_apply()': [],
    });
    for (const [fn, roles] of Object.entries(runs)) expect(roles, fn).not.toContain('anon');
  });

  it('gives the runtime role itself nothing: it acts only as authenticated or ledgerly_system', async () => {
    for (const table of tables) {
      const [row] = await db.admin(
        `select has_table_privilege('ledgerly_app', $1::text::regclass, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') as any`,
        [table],
      );
      expect(row!.any, table).toBe(false);
    }
  });
});
