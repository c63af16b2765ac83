-- The session resolvers keep their plans (docs/decisions/0172-plans-kept-in-write-triggers.md).
--
-- app.workspace_id(), app.workspace_role(), app.current_user_id(),
-- app.api_key_workspace(), app.can_write() and app.can_admin() were SQL
-- functions with `set search_path`, which PostgreSQL never inlines: every
-- statement that called one parsed and planned its body again (a SQL function
-- keeps its plan only for the statement that called it). A write runs dozens
-- of nested statements (triggers, foreign-key checks, the audit trail), each
-- with its policies' `(select app.workspace_id())` and `(select app.can_write())`:
-- one invoice create planned these bodies about 100 times.
--
-- The same queries in PL/pgSQL are planned once per connection and then
-- executed. Same answers, same security definer and search_path, same grants
-- (create or replace keeps them): nothing is cached between calls, so a
-- membership removed or a role changed in the transaction counts at the next
-- statement, as before.

create or replace function app.api_key_workspace() returns uuid
language plpgsql stable
set search_path = ''
as $$
begin
  return nullif(auth.jwt() ->> 'api_key_workspace', '')::uuid;
end
$$;

create or replace function app.current_user_id() returns uuid
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'));
end
$$;

create or replace function app.workspace_id() returns uuid
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_claims jsonb := auth.jwt();
  v_key uuid := nullif(v_claims ->> 'api_key_workspace', '')::uuid;
  v_user uuid := (select u.id from public.users u where u.clerk_id = (v_claims ->> 'sub'));
begin
  return (
    select m.workspace_id
      from public.workspace_members m
     where m.workspace_id = coalesce(nullif(current_setting('request.workspace_id', true), '')::uuid, v_user)
       and m.user_id = v_user
       and (v_key is null or m.workspace_id = v_key)
  );
end
$$;

-- A read key acts as a viewer, whatever its creator's role.
create or replace function app.workspace_role() returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_claims jsonb := auth.jwt();
  v_key uuid := nullif(v_claims ->> 'api_key_workspace', '')::uuid;
  v_user uuid := (select u.id from public.users u where u.clerk_id = (v_claims ->> 'sub'));
begin
  return (
    select case when (v_claims ->> 'api_key_scope') = 'read' then 'viewer' else m.role end
      from public.workspace_members m
     where m.workspace_id = coalesce(nullif(current_setting('request.workspace_id', true), '')::uuid, v_user)
       and m.user_id = v_user
       and (v_key is null or m.workspace_id = v_key)
  );
end
$$;

create or replace function app.can_write() returns boolean
language plpgsql stable
set search_path = ''
as $$
begin
  return coalesce(app.workspace_role() in ('owner', 'admin', 'member'), false);
end
$$;

create or replace function app.can_admin() returns boolean
language plpgsql stable
set search_path = ''
as $$
begin
  return coalesce(app.workspace_role() in ('owner', 'admin'), false);
end
$$;
