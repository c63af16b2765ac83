-- Exactly the privileges the app needs, also where the database started with
-- Supabase's defaults (docs/decisions/0081-runtime-database-role.md).
--
-- A Supabase project grants, by default privileges, everything on every new
-- table, sequence and function of schema `public` to `anon` and
-- `authenticated` (and usage and create on the schema). The earlier migrations
-- grant what each table needs but mostly only revoke from `anon`, so on
-- Supabase `authenticated` also held TRUNCATE (which ignores row level
-- security), REFERENCES and TRIGGER everywhere, table-wide UPDATE where only
-- some columns may change (users, ai_logs), and UPDATE and DELETE on what must
-- be append-only or written by the database alone (audit_logs, invoice_events,
-- deleted_users, the dashboard's day totals). `public` is also what Supabase's
-- Data API exposes.
--
-- Here, for every table of the app's schemas: nothing for PUBLIC, `anon`,
-- `ledgerly_app` or `ledgerly_system`; for `authenticated` exactly the table
-- privileges below (column grants made by the migrations are kept); a table
-- not listed here (a later migration's) loses at least TRUNCATE, REFERENCES
-- and TRIGGER. No sequence is granted to anyone (identity columns need no
-- grant). New objects no longer get Supabase's implicit grants: each
-- migration grants what its table needs, as the earlier ones already do.

-- ---------------------------------------------------------------------------
-- New objects: no implicit privileges (removes Supabase's defaults for the
-- migrating role; a no-op elsewhere)
-- ---------------------------------------------------------------------------
alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
alter default privileges in schema public revoke all on functions from anon, authenticated;
alter default privileges in schema app revoke all on tables from anon, authenticated;
alter default privileges in schema app revoke all on sequences from anon, authenticated;
alter default privileges in schema app revoke all on functions from anon, authenticated;

-- ---------------------------------------------------------------------------
-- Schemas: sessions use them, never create in them
-- ---------------------------------------------------------------------------
revoke create on schema public from public, anon, authenticated;
grant usage on schema public to authenticated;
revoke all on schema app from public, anon;
grant usage on schema app to authenticated, ledgerly_system;
revoke all on schema app_meta from public, anon, authenticated;

-- ---------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------
do $$
declare
  -- table → what `authenticated` may do on the whole table (RLS decides which rows)
  intended constant jsonb := '{
    "public.users":                  "select, insert, delete",
    "public.contacts":               "select, insert, update, delete",
    "public.contact_notes":          "select, insert, update, delete",
    "public.tasks":                  "select, insert, update, delete",
    "public.transactions":           "select, insert, update, delete",
    "public.invoices":               "select, insert, update, delete",
    "public.invoice_items":          "select, insert, update, delete",
    "public.invoice_reminders":      "select, insert, update, delete",
    "public.invoice_counters":       "select, insert, update",
    "public.invoice_events":         "select, insert",
    "public.ai_logs":                "select, insert",
    "public.ai_actions":             "select, insert, update",
    "public.deleted_users":          "select, insert",
    "public.audit_logs":             "select",
    "public.transaction_day_totals": "select",
    "public.payment_day_totals":     "select",
    "app_meta.schema_migrations":    ""
  }';
  authenticated_oid constant oid := 'authenticated'::regrole;
  t record;
  c record;
  kept jsonb;
begin
  for t in
    select cl.oid, format('%I.%I', n.nspname, cl.relname) as name
      from pg_class cl
      join pg_namespace n on n.oid = cl.relnamespace
     where n.nspname in ('public', 'app', 'app_meta')
       and cl.relkind in ('r', 'p', 'v', 'm', 'f')
       and not exists (select 1 from pg_depend d
                        where d.classid = 'pg_class'::regclass and d.objid = cl.oid and d.deptype = 'e')
     order by 2
  loop
    execute format('revoke all on table %s from public, anon, ledgerly_app, ledgerly_system', t.name);
    if intended ? t.name then
      -- the column grants of the migrations (users, ai_logs), which revoking the table's privileges removes
      select coalesce(jsonb_agg(jsonb_build_object('column', a.attname, 'privilege', x.privilege_type)), '[]'::jsonb)
        into kept
        from pg_attribute a, aclexplode(a.attacl) x
       where a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped and x.grantee = authenticated_oid;
      execute format('revoke all on table %s from authenticated', t.name);
      if intended ->> t.name <> '' then
        execute format('grant %s on table %s to authenticated', intended ->> t.name, t.name);
      end if;
      for c in select value ->> 'column' as col, value ->> 'privilege' as privilege from jsonb_array_elements(kept)
      loop
        execute format('grant %s (%I) on table %s to authenticated', c.privilege, c.col, t.name);
      end loop;
    else
      execute format('revoke truncate, references, trigger on table %s from authenticated', t.name);
    end if;
  end loop;

  for t in
    select format('%I.%I', n.nspname, cl.relname) as name
      from pg_class cl
      join pg_namespace n on n.oid = cl.relnamespace
     where n.nspname in ('public', 'app', 'app_meta')
       and cl.relkind = 'S'
       and not exists (select 1 from pg_depend d
                        where d.classid = 'pg_class'::regclass and d.objid = cl.oid and d.deptype = 'e')
  loop
    execute format('revoke all on sequence %s from public, anon, authenticated, ledgerly_app, ledgerly_system', t.name);
  end loop;

  -- functions: `anon` runs none of the app's (each function's own grants stay as its migration made them)
  for t in
    select p.oid::regprocedure::text as name
      from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'app')
       and p.prokind in ('f', 'p')
       and not exists (select 1 from pg_depend d
                        where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  loop
    execute format('revoke all on routine %s from anon', t.name);
  end loop;
end
$$;
