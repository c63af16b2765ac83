-- Clerk Organizations are workspaces (docs/decisions/0098-clerk-organizations.md).
--
--  * An organization's workspace has clerk_org_id = the organization's id and
--    its name. Clerk's webhook keeps it, its members and their roles in sync:
--    the deliveries have no session, so the writes go through the security
--    definer functions below, which only `ledgerly_system` may run.
--  * Deliveries arrive late, twice or out of order (svix retries for days).
--    Every function gives the same end state whatever the order: updates
--    apply only when newer than what was applied (`clerk_updated_at`);
--    deleted organizations and memberships leave a tombstone (Clerk never
--    reuses their ids), so a late event cannot bring them back.
--  * Members and roles of such a workspace are Clerk's: the app's own member
--    changes, invitations and deletion refuse it. The owner (a role Clerk
--    does not have) follows from Clerk's roles: the organization's creator
--    while a Clerk admin, else the admin who joined first.

-- ---------------------------------------------------------------------------
-- Tombstones and what the sync remembers
-- ---------------------------------------------------------------------------
create table public.deleted_organizations (
  clerk_org_id text primary key check (char_length(clerk_org_id) between 1 and 200),
  deleted_at timestamptz(3) not null default now()
);
create table public.deleted_memberships (
  clerk_membership_id text primary key check (char_length(clerk_membership_id) between 1 and 200),
  -- dropped with the organization's tombstone, which then covers it
  clerk_org_id text not null check (char_length(clerk_org_id) between 1 and 200),
  deleted_at timestamptz(3) not null default now()
);
create index deleted_memberships_org_idx on public.deleted_memberships (clerk_org_id);

do $$
declare
  t text;
begin
  foreach t in array array['deleted_organizations', 'deleted_memberships']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    -- no session reads or writes them: only the functions below (no grant, and a policy that says so)
    execute format('revoke all on table public.%I from public, anon, authenticated, ledgerly_app, ledgerly_system', t);
    execute format('create policy %I on public.%I for all to public using (false) with check (false)', t || '_none', t);
  end loop;
end
$$;

-- the organization's creator (Clerk's `created_by`, which never changes)
alter table public.workspaces
  add column clerk_created_by text check (char_length(clerk_created_by) between 1 and 200);
-- the Clerk membership a member row mirrors, and the role Clerk gives it
-- (kept apart from `role`, which says `owner` for the owner)
alter table public.workspace_members
  add column clerk_membership_id text unique check (char_length(clerk_membership_id) between 1 and 200),
  add column clerk_role text check (clerk_role in ('admin', 'member', 'viewer'));

-- ---------------------------------------------------------------------------
-- Helpers (not granted to anyone: the functions below call them)
-- ---------------------------------------------------------------------------

-- One organization's events are applied one at a time; then, per person, the
-- same lock as the user sync and lazy provisioning (src/lib/auth/user.ts).
-- Always in that order, before any row is touched.
create or replace function app.clerk_lock(p_org text, p_user text default null) returns void
language plpgsql
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('clerk-org:' || p_org, 0));
  if p_user is not null then
    perform pg_advisory_xact_lock(hashtextextended('clerk-user:' || p_user, 0));
  end if;
end
$$;

-- The workspace of organization p_org, made (or its name brought up to date)
-- from what an event says about the organization; null once it was deleted.
-- Membership events carry the organization too, so whichever comes first
-- makes the workspace, with its real name.
create or replace function app.clerk_org_workspace(p_org text, p_name text, p_created_by text, p_updated_at timestamptz,
                                                    out workspace_id uuid, out outcome text)
language plpgsql
set search_path = ''
as $$
declare
  v_name text := left(coalesce(nullif(btrim(p_name), ''), 'Organization'), 200);
begin
  if exists (select 1 from public.deleted_organizations d where d.clerk_org_id = p_org) then
    outcome := 'organization_deleted';
    return;
  end if;
  insert into public.workspaces as w (name, personal, clerk_org_id, clerk_created_by, clerk_updated_at)
  values (v_name, false, p_org, p_created_by, p_updated_at)
  on conflict (clerk_org_id) do nothing
  returning w.id into workspace_id;
  if workspace_id is not null then
    outcome := 'created';
    return;
  end if;
  update public.workspaces w
     set name = v_name, clerk_updated_at = p_updated_at, clerk_created_by = coalesce(w.clerk_created_by, p_created_by)
   where w.clerk_org_id = p_org and (w.clerk_updated_at is null or w.clerk_updated_at < p_updated_at)
  returning w.id into workspace_id;
  if workspace_id is not null then
    outcome := 'updated';
    return;
  end if;
  select w.id into workspace_id from public.workspaces w where w.clerk_org_id = p_org;
  -- the creator never changes: an older event may still be the first to tell it
  update public.workspaces w set clerk_created_by = p_created_by
   where w.id = workspace_id and w.clerk_created_by is null and p_created_by is not null;
  outcome := 'stale';
end
$$;

-- Gives an organization's workspace the owner its members' Clerk roles call
-- for, whatever order the events came in: the creator while a Clerk admin,
-- else the admin who joined first. With no admin known (for a moment,
-- between deliveries: Clerk keeps one in every organization) it has no owner
-- rather than a member or viewer promoted above their Clerk role.
create or replace function app.clerk_settle_owner(p_workspace uuid) returns void
language plpgsql
set search_path = ''
as $$
declare
  v_owner uuid;
  v_heir uuid;
begin
  select m.user_id into v_owner from public.workspace_members m where m.workspace_id = p_workspace and m.role = 'owner';
  select m.user_id into v_heir
    from public.workspace_members m
    join public.users u on u.id = m.user_id
    join public.workspaces w on w.id = m.workspace_id
   where m.workspace_id = p_workspace and m.clerk_role = 'admin'
   order by coalesce(u.clerk_id = w.clerk_created_by, false) desc, m.created_at, u.clerk_id
   limit 1;
  if v_heir is not distinct from v_owner then
    return;
  end if;
  perform set_config('app.handing_over', 'on', true);
  update public.workspace_members m set role = coalesce(m.clerk_role, 'admin')
   where m.workspace_id = p_workspace and m.user_id = v_owner;
  update public.workspace_members m set role = 'owner'
   where m.workspace_id = p_workspace and m.user_id = v_heir;
  perform set_config('app.handing_over', '', true);
end
$$;

-- ---------------------------------------------------------------------------
-- The webhook's functions (role ledgerly_system): each applies one event
-- and says what it did
-- ---------------------------------------------------------------------------

-- organization.created / organization.updated:
-- created | updated | stale | organization_deleted
create or replace function app.clerk_sync_organization(p_org text, p_name text, p_created_by text, p_updated_at timestamptz)
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid;
  v_outcome text;
begin
  perform app.clerk_lock(p_org);
  select o.workspace_id, o.outcome into v_ws, v_outcome from app.clerk_org_workspace(p_org, p_name, p_created_by, p_updated_at) o;
  if v_ws is not null then
    perform app.clerk_settle_owner(v_ws);
  end if;
  return v_outcome;
end
$$;

-- organization.deleted: the workspace and everything in it go, as they do in
-- Clerk; the tombstone keeps it gone. deleted | unknown_organization
create or replace function app.clerk_delete_organization(p_org text) returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid;
begin
  perform app.clerk_lock(p_org);
  insert into public.deleted_organizations (clerk_org_id) values (p_org) on conflict do nothing;
  delete from public.deleted_memberships d where d.clerk_org_id = p_org;
  delete from public.workspaces w where w.clerk_org_id = p_org returning w.id into v_ws;
  return case when v_ws is null then 'unknown_organization' else 'deleted' end;
end
$$;

-- organizationMembership.created / .updated: the person (made from the
-- event's public user data when the user sync has not made them yet) is a
-- member with the role Clerk gives (p_role: admin, member or viewer).
-- created | updated | stale | organization_deleted | membership_deleted | account_deleted
create or replace function app.clerk_sync_membership(
  p_org text, p_org_name text, p_org_created_by text, p_org_updated_at timestamptz,
  p_membership text, p_user text, p_role text, p_created_at timestamptz, p_updated_at timestamptz,
  p_email text, p_first_name text, p_last_name text, p_image_url text)
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid;
  v_user uuid;
  v_row public.workspace_members;
  v_outcome text;
begin
  if p_role is null or p_role not in ('admin', 'member', 'viewer') then
    raise exception 'not a workspace role for a Clerk membership: %', p_role using errcode = '22023';
  end if;
  perform app.clerk_lock(p_org, p_user);
  select o.workspace_id into v_ws from app.clerk_org_workspace(p_org, p_org_name, p_org_created_by, p_org_updated_at) o;
  if v_ws is null then
    return 'organization_deleted';
  end if;
  if exists (select 1 from public.deleted_memberships d where d.clerk_membership_id = p_membership) then
    return 'membership_deleted';
  end if;
  if exists (select 1 from public.deleted_users d where d.clerk_id = p_user) then
    return 'account_deleted';
  end if;
  select u.id into v_user from public.users u where u.clerk_id = p_user;
  if v_user is null then
    -- like lazy provisioning: the user sync completes the row (clerk_updated_at is still null)
    insert into public.users (clerk_id, email, first_name, last_name, image_url)
    values (p_user, p_email, p_first_name, p_last_name, p_image_url)
    returning id into v_user;
  end if;
  select * into v_row from public.workspace_members m where m.workspace_id = v_ws and m.user_id = v_user for update;
  if v_row.user_id is null then
    insert into public.workspace_members (workspace_id, user_id, role, clerk_role, clerk_membership_id, clerk_updated_at, created_at)
    values (v_ws, v_user, p_role, p_role, p_membership, p_updated_at, coalesce(p_created_at, now()));
    v_outcome := 'created';
  elsif v_row.clerk_updated_at is null or v_row.clerk_updated_at < p_updated_at then
    -- (a newer membership of the same person, after a removal and a new
    -- invitation, replaces the older one: its events are all later)
    update public.workspace_members m
       set role = case when m.role = 'owner' then 'owner' else p_role end,
           clerk_role = p_role,
           clerk_membership_id = p_membership,
           clerk_updated_at = p_updated_at,
           created_at = coalesce(p_created_at, m.created_at)
     where m.workspace_id = v_ws and m.user_id = v_user;
    v_outcome := 'updated';
  else
    v_outcome := 'stale';
  end if;
  perform app.clerk_settle_owner(v_ws);
  return v_outcome;
end
$$;

-- organizationMembership.deleted: the person leaves the workspace (their next
-- request no longer reaches it); the tombstone keeps them out of it.
-- deleted | unknown_membership | organization_deleted
create or replace function app.clerk_delete_membership(
  p_org text, p_org_name text, p_org_created_by text, p_org_updated_at timestamptz, p_membership text, p_user text)
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid;
  v_user uuid;
begin
  perform app.clerk_lock(p_org, p_user);
  select o.workspace_id into v_ws from app.clerk_org_workspace(p_org, p_org_name, p_org_created_by, p_org_updated_at) o;
  if v_ws is null then
    return 'organization_deleted';
  end if;
  insert into public.deleted_memberships (clerk_membership_id, clerk_org_id) values (p_membership, p_org) on conflict do nothing;
  select m.user_id into v_user
    from public.workspace_members m
    join public.users u on u.id = m.user_id
   where m.workspace_id = v_ws and u.clerk_id = p_user and m.clerk_membership_id = p_membership
     for update of m;
  if v_user is null then
    perform app.clerk_settle_owner(v_ws);
    return 'unknown_membership';
  end if;
  -- the owner too: ownership then passes on (below)
  perform set_config('app.handing_over', 'on', true);
  delete from public.workspace_members m where m.workspace_id = v_ws and m.user_id = v_user;
  perform set_config('app.handing_over', '', true);
  perform app.clerk_settle_owner(v_ws);
  return 'deleted';
end
$$;

revoke all on function app.clerk_lock(text, text), app.clerk_org_workspace(text, text, text, timestamptz),
  app.clerk_settle_owner(uuid) from public, anon, authenticated, ledgerly_system;
revoke all on function app.clerk_sync_organization(text, text, text, timestamptz), app.clerk_delete_organization(text),
  app.clerk_sync_membership(text, text, text, timestamptz, text, text, text, timestamptz, timestamptz, text, text, text, text),
  app.clerk_delete_membership(text, text, text, timestamptz, text, text) from public, anon, authenticated;
grant execute on function app.clerk_sync_organization(text, text, text, timestamptz), app.clerk_delete_organization(text),
  app.clerk_sync_membership(text, text, text, timestamptz, text, text, text, timestamptz, timestamptz, text, text, text, text),
  app.clerk_delete_membership(text, text, text, timestamptz, text, text) to ledgerly_system;

-- ---------------------------------------------------------------------------
-- Choosing the workspace: the session's active organization comes before the
-- workspace the UI remembered (docs/decisions/0097), so that switching
-- organization in Clerk switches workspace on the next request
-- ---------------------------------------------------------------------------
create or replace function app.use_workspace(p_requested uuid, p_org text default null, p_strict boolean default true)
returns table (workspace_id uuid, role text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_user uuid := (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'));
  v_ws uuid;
  v_role text;
begin
  if v_user is null then
    perform set_config('request.workspace_id', '00000000-0000-0000-0000-000000000000', true);
    return;
  end if;
  -- p_strict: p_requested is X-Workspace-Id, which nothing else overrides
  if p_requested is not null and p_strict then
    select m.workspace_id, m.role into v_ws, v_role
      from public.workspace_members m where m.workspace_id = p_requested and m.user_id = v_user;
    if v_ws is null then
      -- a workspace that matches no membership: nothing is readable until another is chosen
      perform set_config('request.workspace_id', '00000000-0000-0000-0000-000000000000', true);
      return;
    end if;
  end if;
  -- the session's active organization, if the person is (still) a member of its workspace
  if v_ws is null and p_org is not null then
    select m.workspace_id, m.role into v_ws, v_role
      from public.workspaces w join public.workspace_members m on m.workspace_id = w.id
     where w.clerk_org_id = p_org and m.user_id = v_user;
  end if;
  -- the workspace the UI remembered, if it still applies
  if v_ws is null and p_requested is not null and not p_strict then
    select m.workspace_id, m.role into v_ws, v_role
      from public.workspace_members m where m.workspace_id = p_requested and m.user_id = v_user;
  end if;
  if v_ws is null then
    select m.workspace_id, m.role into v_ws, v_role
      from public.workspace_members m where m.workspace_id = v_user and m.user_id = v_user;
  end if;
  perform set_config('request.workspace_id', coalesce(v_ws::text, '00000000-0000-0000-0000-000000000000'), true);
  if v_ws is not null then
    workspace_id := v_ws;
    role := v_role;
    return next;
  end if;
end
$$;

-- ---------------------------------------------------------------------------
-- Deleting a person: an organization's workspace stays with the organization
-- (ownership follows Clerk's roles); other shared workspaces as before
-- ---------------------------------------------------------------------------
create or replace function app.users_hand_over_workspaces() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  v_ws uuid;
  v_heir uuid;
begin
  for v_ws in select m.workspace_id from public.workspace_members m where m.user_id = old.id and m.role = 'owner'
  loop
    if exists (select 1 from public.workspaces w where w.id = v_ws and w.clerk_org_id is not null) then
      perform set_config('app.handing_over', 'on', true);
      delete from public.workspace_members m where m.workspace_id = v_ws and m.user_id = old.id;
      perform set_config('app.handing_over', '', true);
      perform app.clerk_settle_owner(v_ws);
      continue;
    end if;
    select m.user_id into v_heir
      from public.workspace_members m
     where m.workspace_id = v_ws and m.user_id <> old.id
     order by case m.role when 'admin' then 0 when 'member' then 1 else 2 end, m.created_at, m.user_id
     limit 1;
    if v_heir is null or v_ws = old.id then
      delete from public.workspaces where id = v_ws;
    else
      perform set_config('app.handing_over', 'on', true);
      update public.workspace_members set role = 'admin' where workspace_id = v_ws and user_id = old.id;
      update public.workspace_members set role = 'owner' where workspace_id = v_ws and user_id = v_heir;
      perform set_config('app.handing_over', '', true);
    end if;
  end loop;
  return old;
end
$$;

-- ---------------------------------------------------------------------------
-- An organization's members are Clerk's: the app's own changes refuse them
-- ---------------------------------------------------------------------------

-- True when workspace p_workspace mirrors a Clerk organization.
create or replace function app.is_clerk_workspace(p_workspace uuid) returns boolean
language sql stable
set search_path = ''
as $$
  select exists (select 1 from public.workspaces w where w.id = p_workspace and w.clerk_org_id is not null)
$$;
revoke all on function app.is_clerk_workspace(uuid) from public, anon, authenticated, ledgerly_system;

create or replace function app.set_member_role(p_user uuid, p_role text) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid := app.workspace_id();
  v_me uuid := app.current_user_id();
  v_my_role text := app.workspace_role();
  v_target_role text;
begin
  if v_ws is null then
    raise exception using errcode = 'LD404', message = 'Resource not found.';
  end if;
  if p_role not in ('owner', 'admin', 'member', 'viewer') then
    raise exception using errcode = 'LD400', message = 'Choose owner, admin, member or viewer.', detail = 'role', hint = 'is not a role';
  end if;
  select m.role into v_target_role from public.workspace_members m
   where m.workspace_id = v_ws and m.user_id = p_user for update;
  if v_target_role is null then
    raise exception using errcode = 'LD404', message = 'This person is not a member of the workspace.';
  end if;
  if v_my_role not in ('owner', 'admin') then
    raise exception using errcode = 'LD403', message = 'Only owners and admins can change roles.';
  end if;
  if app.is_clerk_workspace(v_ws) then
    raise exception using errcode = 'LD409',
      message = 'This workspace is a Clerk organization: change its members'' roles in Clerk.',
      detail = 'role', hint = 'is managed in Clerk';
  end if;
  if p_role = v_target_role then
    return;
  end if;
  if p_role = 'owner' then
    if v_my_role <> 'owner' then
      raise exception using errcode = 'LD403', message = 'Only the owner can hand over ownership.';
    end if;
    perform set_config('app.handing_over', 'on', true);
    update public.workspace_members set role = 'admin' where workspace_id = v_ws and user_id = v_me;
    update public.workspace_members set role = 'owner' where workspace_id = v_ws and user_id = p_user;
    perform set_config('app.handing_over', '', true);
    return;
  end if;
  if v_target_role = 'owner' then
    raise exception using errcode = 'LD409', message = 'A workspace always has one owner: hand ownership to another member first.',
      detail = 'role', hint = 'the owner cannot be demoted';
  end if;
  update public.workspace_members set role = p_role where workspace_id = v_ws and user_id = p_user;
end
$$;

create or replace function app.remove_member(p_user uuid) returns void
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid := app.workspace_id();
  v_me uuid := app.current_user_id();
  v_target_role text;
begin
  if v_ws is null then
    raise exception using errcode = 'LD404', message = 'Resource not found.';
  end if;
  select m.role into v_target_role from public.workspace_members m
   where m.workspace_id = v_ws and m.user_id = p_user for update;
  if v_target_role is null then
    raise exception using errcode = 'LD404', message = 'This person is not a member of the workspace.';
  end if;
  if p_user <> v_me and app.workspace_role() not in ('owner', 'admin') then
    raise exception using errcode = 'LD403', message = 'Only owners and admins can remove members.';
  end if;
  if app.is_clerk_workspace(v_ws) then
    raise exception using errcode = 'LD409',
      message = case when p_user = v_me then 'This workspace is a Clerk organization: leave the organization in Clerk.'
                     else 'This workspace is a Clerk organization: remove members in Clerk.' end,
      detail = 'user_id', hint = 'is managed in Clerk';
  end if;
  if v_target_role = 'owner' then
    raise exception using errcode = 'LD409',
      message = case when p_user = v_me then 'The owner cannot leave: hand ownership to another member first.'
                     else 'The owner cannot be removed.' end,
      detail = 'user_id', hint = 'is the owner';
  end if;
  delete from public.workspace_members where workspace_id = v_ws and user_id = p_user;
end
$$;

create or replace function app.accept_invitation(p_token_hash text) returns table (workspace_id uuid, role text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_user public.users;
  v_inv public.workspace_invitations;
  v_existing text;
begin
  select * into v_user from public.users u where u.clerk_id = (auth.jwt() ->> 'sub');
  select * into v_inv from public.workspace_invitations i where i.token_hash = p_token_hash for update;
  if v_user.id is null or v_inv.id is null or v_inv.revoked_at is not null then
    raise exception using errcode = 'LD404', message = 'This invitation does not exist or was withdrawn.';
  end if;
  if v_inv.accepted_at is not null then
    raise exception using errcode = 'LD409', message = 'This invitation has already been used.', detail = 'token', hint = 'was already used';
  end if;
  if v_inv.expires_at <= now() then
    raise exception using errcode = 'LD409', message = 'This invitation has expired: ask for a new one.', detail = 'token', hint = 'has expired';
  end if;
  if lower(coalesce(v_user.email, '')) <> v_inv.email then
    raise exception using errcode = 'LD403',
      message = format('This invitation is for %s: sign in with that address to accept it.', v_inv.email);
  end if;
  -- (invitations to such a workspace are refused when made; this covers older ones)
  if app.is_clerk_workspace(v_inv.workspace_id) then
    raise exception using errcode = 'LD409',
      message = 'This workspace is a Clerk organization: ask to be invited to the organization in Clerk.',
      detail = 'token', hint = 'is for a workspace managed in Clerk';
  end if;
  select m.role into v_existing from public.workspace_members m
   where m.workspace_id = v_inv.workspace_id and m.user_id = v_user.id;
  if v_existing is null then
    insert into public.workspace_members (workspace_id, user_id, role) values (v_inv.workspace_id, v_user.id, v_inv.role);
  end if;
  update public.workspace_invitations set accepted_at = now(), accepted_by = v_user.id where id = v_inv.id;
  workspace_id := v_inv.workspace_id;
  role := coalesce(v_existing, v_inv.role);
  return next;
end
$$;

-- deleting an organization's workspace is deleting the organization, in Clerk
drop policy workspaces_delete on public.workspaces;
create policy workspaces_delete on public.workspaces for delete to authenticated
  using (id = (select app.workspace_id()) and (select app.workspace_role()) = 'owner' and not personal
         and clerk_org_id is null);
