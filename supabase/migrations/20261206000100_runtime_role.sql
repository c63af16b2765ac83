-- The role the running app connects as (docs/decisions/0081-runtime-database-role.md).
--
-- Migrations run as the owner of every table and function (a superuser, or
-- Supabase's `postgres`): the security definer functions rely on it. The app
-- must not: `ledgerly_app` can log in, is not a superuser, cannot bypass row
-- level security, does not inherit (it holds no privilege of its own, outside a
-- transaction it can read no table), owns nothing, and may only switch, per
-- transaction, to `authenticated` (requests, under RLS) and `ledgerly_system`
-- (the reminder job, which may only list accounts). Boot refuses a DATABASE_URL
-- whose role can do more (src/lib/db/runtime-role.ts).
--
-- Created only where it is missing (roles belong to the server, not to one
-- database). Its password is not set here: the operator sets it once, as the
-- owner, with `alter role ledgerly_app with password '…'` (README → Production).

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'ledgerly_app') then
    begin
      create role ledgerly_app login noinherit nosuperuser nobypassrls nocreatedb nocreaterole noreplication;
    exception when duplicate_object or unique_violation then
      -- created at the same moment by a migration of another database of this server
      null;
    end;
  end if;
end
$$;

do $$
declare
  target text;
begin
  foreach target in array array['authenticated', 'ledgerly_system']
  loop
    if not pg_has_role('ledgerly_app', target, 'member') then
      begin
        execute format('grant %I to ledgerly_app', target);
      exception when duplicate_object or unique_violation then
        null;
      end;
    end if;
  end loop;
end
$$;
