-- Creates what a Supabase project already has, only where it is missing, so the
-- same migrations apply to Supabase, a plain PostgreSQL 15+ server and PGlite.
-- Idempotent: it runs before every migration pass.

-- Security definer functions (app.workspace_id(), the audit trail) read tables
-- whose RLS is forced: their owner, the role running migrations, must bypass
-- RLS (a superuser, or Supabase's `postgres` role).
do $$
begin
  if not exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolbypassrls)) then
    raise exception 'Run migrations as a role that bypasses row level security (a superuser, or Supabase''s postgres role), not as %', current_user;
  end if;
end
$$;

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
end
$$;

-- The connecting role must be able to switch to `authenticated` inside a
-- transaction (`set_config('role', 'authenticated', true)`).
do $$
begin
  if not pg_has_role(current_user, 'authenticated', 'member') then
    execute format('grant authenticated to %I', current_user);
  end if;
end
$$;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

-- auth.jwt(): the claims of the current request, exactly as Supabase defines it.
do $$
begin
  if not exists (
    select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'jwt'
  ) then
    execute $fn$
      create function auth.jwt() returns jsonb
      language sql stable
      as $body$
        select coalesce(
          nullif(current_setting('request.jwt.claim', true), ''),
          nullif(current_setting('request.jwt.claims', true), '')
        )::jsonb
      $body$
    $fn$;
    grant execute on function auth.jwt() to anon, authenticated, service_role;
  end if;
end
$$;

-- Migration bookkeeping (separate from Supabase CLI's own table).
create schema if not exists app_meta;
create table if not exists app_meta.schema_migrations (
  version text primary key,
  name text not null,
  checksum text not null,
  applied_at timestamptz not null default now()
);
