-- Clerk user sync: deleted accounts stay deleted.
--
-- Clerk's webhook deliveries may arrive late, twice or out of order (svix
-- retries for days). A `user.created` or `user.updated` that arrives after the
-- `user.deleted` of the same Clerk user must not bring the account back, and a
-- session token that is still valid for a few seconds after the deletion must
-- not re-create it lazily. A tombstone per deleted Clerk user id says so.
-- Clerk never reuses user ids; the tombstone holds nothing but that id.
create table public.deleted_users (
  clerk_id text primary key check (char_length(clerk_id) between 1 and 200),
  deleted_at timestamptz(3) not null default now()
);

alter table public.deleted_users enable row level security;
alter table public.deleted_users force row level security;
revoke all on table public.deleted_users from public, anon;
grant select, insert on public.deleted_users to authenticated;

-- Keyed on the claim, like the users policies: a session (or the webhook,
-- acting as the Clerk user of the event) sees and writes only the tombstone of
-- its own `sub`. There is no user_id: the account it belonged to is gone.
create policy deleted_users_select_own on public.deleted_users for select to authenticated
  using (clerk_id = (select auth.jwt() ->> 'sub'));
create policy deleted_users_insert_own on public.deleted_users for insert to authenticated
  with check (clerk_id = (select auth.jwt() ->> 'sub'));
