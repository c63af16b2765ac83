-- Local accounts (docs/decisions/0080-auth-modes.md): email + password sign-in
-- without Clerk. Kept apart from the tenant data: the schema `app_auth` is not
-- exposed through Supabase's Data API, and only `ledgerly_auth` (switched to
-- per transaction by the app's runtime role) may touch it. `anon` and
-- `authenticated` have no privilege here at all.

create schema if not exists app_auth;
revoke all on schema app_auth from public;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'ledgerly_auth') then
    begin
      create role ledgerly_auth nologin noinherit nosuperuser nobypassrls;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
end
$$;

grant usage on schema app_auth to ledgerly_auth;

-- One row per local account; `clerk_id` is the users row it signs in as.
create table app_auth.accounts (
  clerk_id text primary key check (clerk_id ~ '^user_local_[A-Za-z0-9]{1,64}$'),
  email text not null unique check (email = lower(email) and length(email) between 3 and 320),
  password_hash text not null check (password_hash like 'scrypt$%'),
  created_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now()
);

-- One row per signed-in browser or client: the token's `sid`. A revoked or
-- expired session is refused even while its token's signature is valid.
create table app_auth.sessions (
  id text primary key check (id ~ '^sess_local_[0-9a-f]{24,64}$'),
  clerk_id text not null references app_auth.accounts (clerk_id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  user_agent text check (length(user_agent) <= 300),
  ip text check (length(ip) <= 64)
);
create index sessions_clerk_id_idx on app_auth.sessions (clerk_id, created_at desc);

-- Password reset links: only the SHA-256 of the token is kept; single use.
create table app_auth.password_resets (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  clerk_id text not null references app_auth.accounts (clerk_id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_resets_clerk_id_idx on app_auth.password_resets (clerk_id);

alter table app_auth.accounts enable row level security;
alter table app_auth.accounts force row level security;
alter table app_auth.sessions enable row level security;
alter table app_auth.sessions force row level security;
alter table app_auth.password_resets enable row level security;
alter table app_auth.password_resets force row level security;

create policy accounts_auth_store on app_auth.accounts to ledgerly_auth using (true) with check (true);
create policy sessions_auth_store on app_auth.sessions to ledgerly_auth using (true) with check (true);
create policy password_resets_auth_store on app_auth.password_resets to ledgerly_auth using (true) with check (true);

revoke all on all tables in schema app_auth from public, anon, authenticated;
-- exactly what the sign-in code does: no delete, no change of identity columns
grant select, insert on app_auth.accounts to ledgerly_auth;
grant update (password_hash, password_changed_at) on app_auth.accounts to ledgerly_auth;
grant select, insert on app_auth.sessions to ledgerly_auth;
grant update (revoked_at) on app_auth.sessions to ledgerly_auth;
grant select, insert on app_auth.password_resets to ledgerly_auth;
grant update (used_at) on app_auth.password_resets to ledgerly_auth;

-- The runtime role switches to it for sign-in work (like `authenticated` for requests).
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'ledgerly_app') and not pg_has_role('ledgerly_app', 'ledgerly_auth', 'member') then
    begin
      grant ledgerly_auth to ledgerly_app;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
end
$$;
