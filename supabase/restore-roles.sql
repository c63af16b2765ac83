-- The roles a Ledgerly database refers to, for restoring a pg_dump into a new
-- PostgreSQL server (README → Operations; docs/decisions/0095-backups.md).
--
-- Roles belong to the server, not to one database, so pg_dump does not carry
-- them; the dump's GRANTs name them. Run this once on the new server, as the
-- owner (a superuser, or Supabase's postgres), before pg_restore:
--   psql "$OWNER_URL" -v ON_ERROR_STOP=1 -f supabase/restore-roles.sql
-- Then set the app role's password (alter role ledgerly_app with password '…').
--
-- The same definitions as supabase/bootstrap.sql (anon, authenticated,
-- service_role) and the migrations that create the others (…_invoices.sql:
-- ledgerly_system; …_runtime_role.sql: ledgerly_app; …_local_accounts.sql:
-- ledgerly_auth; docs/decisions/0081-runtime-database-role.md). Idempotent:
-- a role that exists is left as it is. Not read by the migration runner.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'ledgerly_system') then
    create role ledgerly_system nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'ledgerly_auth') then
    create role ledgerly_auth nologin noinherit nosuperuser nobypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'ledgerly_app') then
    create role ledgerly_app login noinherit nosuperuser nobypassrls nocreatedb nocreaterole noreplication;
  end if;
end
$$;

-- Who may switch to whom: the app, per transaction, to the roles its work runs
-- as; the owner (which runs migrations) to `authenticated` and `ledgerly_system`.
do $$
declare
  target text;
begin
  foreach target in array array['authenticated', 'ledgerly_system', 'ledgerly_auth']
  loop
    if not pg_has_role('ledgerly_app', target, 'member') then
      execute format('grant %I to ledgerly_app', target);
    end if;
  end loop;
  foreach target in array array['authenticated', 'ledgerly_system']
  loop
    if not pg_has_role(current_user, target, 'member') then
      execute format('grant %I to %I', target, current_user);
    end if;
  end loop;
end
$$;
