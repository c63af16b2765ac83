-- API keys (docs/decisions/0130-api-keys.md).
--
--  * public.api_keys: named keys of a workspace, made by an admin (user_id, the
--    creator). Only the sha-256 of the whole key is stored (key_hash) with a
--    short visible prefix to recognise it; the key itself is shown once.
--  * A key acts as its creator, in its workspace only, with the creator's
--    current role capped by its scopes (`read` → viewer). The request's claims
--    carry `api_key_id`, `api_key_workspace` and `api_key_scope`; the resolver
--    functions below honour them, so the database itself keeps a key inside
--    its workspace and a read key read-only, whatever a route does.
--  * app.api_key_session(hash) is the one way from a key to a session: a narrow
--    security definer function for ledgerly_system that takes only the hash and
--    answers nothing for a revoked or expired key, or a creator who is no longer
--    a member. It notes last_used_at at most once a minute.
--  * audit_logs.api_key_id: the key a change was made with (from the claims).

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  -- the admin who made the key, whose role it acts with (null once they have left: the key no longer works)
  user_id uuid default app.current_user_id(),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  prefix text not null check (prefix ~ '^[a-z0-9]{8}$'),
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  scopes text[] not null check (
    cardinality(scopes) between 1 and 3
    and scopes <@ array['read', 'write', 'write:direct']::text[]
    and 'read' = any (scopes)
    and (not ('write:direct' = any (scopes)) or 'write' = any (scopes))
  ),
  expires_at timestamptz(3),
  last_used_at timestamptz(3),
  revoked_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  constraint api_keys_id_workspace_key unique (id, workspace_id),
  constraint api_keys_creator_fk foreign key (workspace_id, user_id)
    references public.workspace_members (workspace_id, user_id) on delete set null (user_id)
);
create index api_keys_workspace_idx on public.api_keys (workspace_id, created_at desc, id desc);

-- A key, once revoked, stays revoked; only its name and revocation may change.
create or replace function app.api_keys_guard() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
    new.revoked_at := old.revoked_at;
  end if;
  return new;
end
$$;
create trigger api_keys_guard before update on public.api_keys
  for each row execute function app.api_keys_guard();
revoke all on function app.api_keys_guard() from public;

alter table public.api_keys enable row level security;
alter table public.api_keys force row level security;
revoke all on table public.api_keys from public, anon, authenticated;
-- keys are the admins' business: nobody else sees them (not even their prefixes)
create policy api_keys_read on public.api_keys for select to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
create policy api_keys_insert on public.api_keys for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin())
              and user_id = (select app.current_user_id()));
create policy api_keys_update on public.api_keys for update to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
grant select, insert on public.api_keys to authenticated;
grant update (name, revoked_at) on public.api_keys to authenticated;

-- The audit trail records keys being made, renamed and revoked, never their hash,
-- and not each minute's last_used_at.
create or replace function app.api_keys_audit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'key_hash' - 'last_used_at' end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'key_hash' - 'last_used_at' end;
  row_data jsonb := coalesce(new_row, old_row);
  diff jsonb;
begin
  if not exists (select 1 from public.workspaces w where w.id = (row_data ->> 'workspace_id')::uuid) then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    select coalesce(jsonb_object_agg(n.key, jsonb_build_array(old_row -> n.key, n.value)), '{}'::jsonb)
      into diff
      from jsonb_each(new_row) n
     where (old_row -> n.key) is distinct from n.value;
    if diff = '{}'::jsonb then
      return null;
    end if;
  else
    diff := row_data;
  end if;
  insert into public.audit_logs (workspace_id, actor, action, entity, entity_id, changes)
  values ((row_data ->> 'workspace_id')::uuid, auth.jwt() ->> 'sub', lower(tg_op), tg_table_name, (row_data ->> 'id')::uuid, diff);
  return null;
end
$$;
revoke all on function app.api_keys_audit() from public;
create trigger api_keys_audit after insert or update or delete on public.api_keys
  for each row execute function app.api_keys_audit();

-- ---------------------------------------------------------------------------
-- From a key to a session
-- ---------------------------------------------------------------------------
create or replace function app.api_key_session(p_key_hash text)
returns table (id uuid, workspace_id uuid, scopes text[], clerk_id text, email text, first_name text, last_name text, role text)
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if p_key_hash is null or p_key_hash !~ '^[0-9a-f]{64}$' then
    return;
  end if;
  return query
    select k.id, k.workspace_id, k.scopes, u.clerk_id, u.email, u.first_name, u.last_name, m.role
      from public.api_keys k
      join public.workspace_members m on m.workspace_id = k.workspace_id and m.user_id = k.user_id
      join public.users u on u.id = k.user_id
     where k.key_hash = p_key_hash
       and k.revoked_at is null
       and (k.expires_at is null or k.expires_at > now());
  -- last use, at most once a minute per key (no write on every request)
  update public.api_keys k set last_used_at = now()
   where k.key_hash = p_key_hash and k.revoked_at is null
     and (k.last_used_at is null or k.last_used_at < now() - interval '1 minute');
end
$$;
revoke all on function app.api_key_session(text) from public, anon, authenticated;
grant execute on function app.api_key_session(text) to ledgerly_system;

-- ---------------------------------------------------------------------------
-- The resolvers honour a key's claims: its workspace only, its scope's role
-- ---------------------------------------------------------------------------

-- The workspace a key is bound to (null: the request is not made with a key).
create or replace function app.api_key_workspace() returns uuid
language sql stable
set search_path = ''
as $$ select nullif(auth.jwt() ->> 'api_key_workspace', '')::uuid $$;

create or replace function app.workspace_id() returns uuid
language sql stable security definer
set search_path = ''
as $$
  select m.workspace_id
    from public.workspace_members m
   where m.workspace_id = coalesce(nullif(current_setting('request.workspace_id', true), '')::uuid,
                                   (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub')))
     and m.user_id = (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'))
     and (app.api_key_workspace() is null or m.workspace_id = app.api_key_workspace())
$$;

-- A read key acts as a viewer, whatever its creator's role.
create or replace function app.workspace_role() returns text
language sql stable security definer
set search_path = ''
as $$
  select case when (auth.jwt() ->> 'api_key_scope') = 'read' then 'viewer' else m.role end
    from public.workspace_members m
   where m.workspace_id = coalesce(nullif(current_setting('request.workspace_id', true), '')::uuid,
                                   (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub')))
     and m.user_id = (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'))
     and (app.api_key_workspace() is null or m.workspace_id = app.api_key_workspace())
$$;

create or replace function app.my_workspace_ids() returns uuid[]
language sql stable security definer
set search_path = ''
as $$
  select coalesce(array_agg(m.workspace_id), '{}'::uuid[])
    from public.workspace_members m
   where m.user_id = (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'))
     and (app.api_key_workspace() is null or m.workspace_id = app.api_key_workspace())
$$;

-- As in clerk_organizations, plus: a key's request may only choose the key's workspace.
create or replace function app.use_workspace(p_requested uuid, p_org text default null, p_strict boolean default true)
returns table (workspace_id uuid, role text)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_user uuid := (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'));
  v_key_ws uuid := app.api_key_workspace();
  v_ws uuid;
  v_role text;
begin
  if v_user is null or (v_key_ws is not null and p_requested is distinct from v_key_ws) then
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
    role := case when (auth.jwt() ->> 'api_key_scope') = 'read' then 'viewer' else v_role end;
    return next;
  end if;
end
$$;

-- ---------------------------------------------------------------------------
-- Attribution: the key a change was made with
-- ---------------------------------------------------------------------------
alter table public.audit_logs
  add column api_key_id uuid default nullif(auth.jwt() ->> 'api_key_id', '')::uuid;
