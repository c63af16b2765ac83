-- Workspaces: the tenant is a workspace shared by a team, not one person
-- (docs/decisions/0097-workspaces.md).
--
--  * public.workspaces holds the business (its name and the settings invoices,
--    reminders and dates follow); public.workspace_members gives people a role
--    in it: owner > admin > member > viewer; exactly one owner.
--  * Every business row carries workspace_id (the tenant; composite foreign
--    keys keep references inside one workspace) and, where a person made it,
--    user_id: its creator, set by the database from the session.
--  * app.workspace_id() is the one resolver: the workspace the request chose
--    (request.workspace_id, set by app.use_workspace(); unset: the personal
--    workspace) if the session's user is a member of it, else null. Policies read rows of that workspace only, and
--    write only with a role that may (app.can_write(), app.can_admin()).
--  * Each user has a personal workspace whose id is the user's id, made when
--    the user row is made. Existing rows keep their ids: the column that named
--    their owner is renamed workspace_id, and the owner's personal workspace
--    takes the owner's id, so every reference still holds.

-- ---------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------
create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(btrim(name)) between 1 and 200),
  personal boolean not null default false,
  -- Clerk mode: the organization this workspace mirrors
  clerk_org_id text unique check (char_length(clerk_org_id) between 1 and 200),
  clerk_updated_at timestamptz(3),
  -- the business: what invoices, reminders and dates follow
  business_name text check (char_length(business_name) <= 200),
  business_address text check (char_length(business_address) <= 1000),
  tax_id text check (char_length(tax_id) <= 100),
  payment_instructions text check (char_length(payment_instructions) <= 2000),
  currency char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  invoice_prefix text not null default 'INV-' check (char_length(invoice_prefix) <= 20),
  payment_terms_days integer not null default 14 check (payment_terms_days between 0 and 365),
  time_zone text not null default 'UTC' check (char_length(time_zone) <= 64),
  invoice_reminder_days smallint[] not null default '{}'
    check (cardinality(invoice_reminder_days) <= 10
           and 1 <= all (invoice_reminder_days) and 365 >= all (invoice_reminder_days)),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now()
);
create trigger workspaces_set_updated_at before update on public.workspaces
  for each row execute function app.set_updated_at();

create table public.workspace_members (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
  -- Clerk mode: the `updated_at` of the last membership event applied
  clerk_updated_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  primary key (workspace_id, user_id)
);
create index workspace_members_user_idx on public.workspace_members (user_id, workspace_id);
-- at most one owner; "at least one" is kept by app.members_keep_owner()
create unique index workspace_members_one_owner on public.workspace_members (workspace_id) where role = 'owner';
create trigger workspace_members_set_updated_at before update on public.workspace_members
  for each row execute function app.set_updated_at();

create table public.workspace_invitations (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  email text not null check (email = lower(email) and char_length(email) between 3 and 320),
  role text not null check (role in ('admin', 'member', 'viewer')),
  -- sha-256 of the single-use token (the token itself is only in the link)
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by uuid references public.users (id) on delete set null,
  expires_at timestamptz(3) not null,
  accepted_at timestamptz(3),
  accepted_by uuid references public.users (id) on delete set null,
  revoked_at timestamptz(3),
  created_at timestamptz(3) not null default now()
);
create index workspace_invitations_workspace_idx on public.workspace_invitations (workspace_id, created_at desc);

-- ---------------------------------------------------------------------------
-- Every user's personal workspace (id = the user's id), with their settings
-- ---------------------------------------------------------------------------
insert into public.workspaces (id, name, personal, business_name, business_address, tax_id, payment_instructions,
                               currency, invoice_prefix, payment_terms_days, time_zone, invoice_reminder_days,
                               created_at)
select u.id,
       left(coalesce(nullif(btrim(u.business_name), ''), nullif(btrim(concat_ws(' ', u.first_name, u.last_name)), ''),
                     nullif(btrim(u.email), ''), 'Personal'), 200),
       true, u.business_name, u.business_address, u.tax_id, u.payment_instructions, u.currency, u.invoice_prefix,
       u.payment_terms_days, u.time_zone, u.invoice_reminder_days, u.created_at
  from public.users u;
insert into public.workspace_members (workspace_id, user_id, role, created_at)
select u.id, u.id, 'owner', u.created_at from public.users u;

-- ---------------------------------------------------------------------------
-- The resolver
-- ---------------------------------------------------------------------------

-- The users row of the session (null without one).
create or replace function app.current_user_id() returns uuid
language sql stable security definer
set search_path = ''
as $$
  select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub')
$$;

-- The workspace this request acts in (the one chosen, else the personal one),
-- if the session's user is (still) a member of it.
create or replace function app.workspace_id() returns uuid
language sql stable security definer
set search_path = ''
as $$
  select m.workspace_id
    from public.workspace_members m
   where m.workspace_id = coalesce(nullif(current_setting('request.workspace_id', true), '')::uuid,
                                   (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub')))
     and m.user_id = (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'))
$$;

-- The session user's role in that workspace (null: not a member).
create or replace function app.workspace_role() returns text
language sql stable security definer
set search_path = ''
as $$
  select m.role
    from public.workspace_members m
   where m.workspace_id = coalesce(nullif(current_setting('request.workspace_id', true), '')::uuid,
                                   (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub')))
     and m.user_id = (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'))
$$;

create or replace function app.can_write() returns boolean
language sql stable
set search_path = ''
as $$ select coalesce(app.workspace_role() in ('owner', 'admin', 'member'), false) $$;

create or replace function app.can_admin() returns boolean
language sql stable
set search_path = ''
as $$ select coalesce(app.workspace_role() in ('owner', 'admin'), false) $$;

-- Every workspace the session's user belongs to.
create or replace function app.my_workspace_ids() returns uuid[]
language sql stable security definer
set search_path = ''
as $$
  select coalesce(array_agg(m.workspace_id), '{}'::uuid[])
    from public.workspace_members m
   where m.user_id = (select u.id from public.users u where u.clerk_id = (auth.jwt() ->> 'sub'))
$$;

-- Chooses the workspace of this transaction and returns it with the caller's
-- role: p_requested (X-Workspace-Id, or the one the UI chose) if the caller is
-- a member of it; else the workspace of the Clerk organization p_org; else the
-- caller's personal workspace. p_strict: a requested workspace the caller is
-- not a member of gives no row (the API answers 404) instead of the fallback.
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
  if p_requested is not null then
    select m.workspace_id, m.role into v_ws, v_role
      from public.workspace_members m where m.workspace_id = p_requested and m.user_id = v_user;
    if v_ws is null and p_strict then
      -- a workspace that matches no membership: nothing is readable until another is chosen
      perform set_config('request.workspace_id', '00000000-0000-0000-0000-000000000000', true);
      return;
    end if;
  end if;
  if v_ws is null and p_org is not null then
    select m.workspace_id, m.role into v_ws, v_role
      from public.workspaces w join public.workspace_members m on m.workspace_id = w.id
     where w.clerk_org_id = p_org and m.user_id = v_user;
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

-- A new user gets their personal workspace (same id), as its owner.
create or replace function app.users_personal_workspace() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.workspaces (id, name, personal)
  values (new.id,
          left(coalesce(nullif(btrim(concat_ws(' ', new.first_name, new.last_name)), ''), nullif(btrim(new.email), ''),
                        'Personal'), 200),
          true)
  on conflict (id) do nothing;
  insert into public.workspace_members (workspace_id, user_id, role)
  values (new.id, new.id, 'owner')
  on conflict do nothing;
  return null;
end
$$;
create trigger users_personal_workspace after insert on public.users
  for each row execute function app.users_personal_workspace();

-- Deleting a user: the workspaces they own go with them unless someone else
-- is in them; then ownership passes to the longest-standing admin (else
-- member, else viewer). Rows they created elsewhere stay, without a creator.
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
create trigger users_hand_over_workspaces before delete on public.users
  for each row execute function app.users_hand_over_workspaces();

-- A workspace always has its owner: the owner's row may not be removed or
-- demoted except by a hand-over (which promotes another member in the same
-- transaction) or with the workspace itself.
create or replace function app.members_keep_owner() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.role = 'owner' and (tg_op = 'DELETE' or new.role <> 'owner')
     and current_setting('app.handing_over', true) is distinct from 'on'
     and exists (select 1 from public.workspaces w where w.id = old.workspace_id) then
    raise exception using errcode = 'LD409',
      message = 'A workspace always has one owner: hand ownership to another member first.',
      detail = 'role', hint = 'the owner cannot leave or be demoted';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger workspace_members_keep_owner before update or delete on public.workspace_members
  for each row execute function app.members_keep_owner();

-- ---------------------------------------------------------------------------
-- Business rows: the owner column becomes the workspace; a creator column
-- ---------------------------------------------------------------------------
do $$
declare
  t text;
begin
  -- the old per-person policies go first (they call app.account_ids())
  for t in select p.policyname || ' on public.' || p.tablename from pg_policies p
            where p.schemaname = 'public' and (p.qual ~ 'account_ids|user_id' or p.with_check ~ 'account_ids|user_id')
  loop
    execute 'drop policy ' || t;
  end loop;
  foreach t in array array['ai_actions', 'ai_logs', 'audit_logs', 'business_logos', 'contact_notes', 'contacts',
                           'invoice_counters', 'invoice_events', 'invoice_items', 'invoice_reminders', 'invoices',
                           'payment_day_totals', 'tasks', 'transaction_day_totals', 'transactions']
  loop
    execute format('alter table public.%I rename column user_id to workspace_id', t);
    execute format('alter table public.%I drop constraint %I', t, t || '_user_id_fkey');
    execute format('alter table public.%I add constraint %I foreign key (workspace_id) references public.workspaces (id) on delete cascade',
                   t, t || '_workspace_fkey');
  end loop;
  foreach t in array array['contacts', 'contact_notes', 'tasks', 'transactions', 'invoices', 'invoice_events',
                           'ai_logs', 'ai_actions', 'audit_logs']
  loop
    execute format('alter table public.%I add column user_id uuid references public.users (id) on delete set null', t);
    execute format('alter table public.%I disable trigger user', t);
    execute format('update public.%I set user_id = workspace_id', t);
    execute format('alter table public.%I enable trigger user', t);
    execute format('alter table public.%I alter column user_id set default app.current_user_id()', t);
  end loop;
end
$$;
alter type app.money_delta rename attribute user_id to workspace_id;
create index ai_logs_person_idx on public.ai_logs (workspace_id, user_id, created_at desc, id desc);

-- Tasks: an assignee, who must be a member (leaving the workspace unassigns them)
alter table public.tasks add column assignee_id uuid;
alter table public.tasks add constraint tasks_assignee_fk foreign key (workspace_id, assignee_id)
  references public.workspace_members (workspace_id, user_id) on delete set null (assignee_id);
create index tasks_assignee_idx on public.tasks (workspace_id, assignee_id, due_date) where assignee_id is not null;

-- ---------------------------------------------------------------------------
-- The business settings live on the workspace now
-- ---------------------------------------------------------------------------
drop trigger users_tasks_follow_time_zone on public.users;
alter table public.users
  drop column business_name, drop column business_address, drop column tax_id, drop column payment_instructions,
  drop column currency, drop column invoice_prefix, drop column payment_terms_days, drop column time_zone,
  drop column invoice_reminder_days;

create or replace function app.tasks_follow_time_zone() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform set_config('app.rederiving_due_dates', 'on', true);
  update public.tasks set due_on = due_on where workspace_id = new.id and due_on is not null;
  perform set_config('app.rederiving_due_dates', '', true);
  return null;
end
$$;
create trigger workspaces_tasks_follow_time_zone after update of time_zone on public.workspaces
  for each row when (old.time_zone is distinct from new.time_zone) execute function app.tasks_follow_time_zone();

-- ---------------------------------------------------------------------------
-- Functions that named the owner now name the workspace
-- ---------------------------------------------------------------------------
drop function app.compute_invoice_totals(uuid, uuid, text, numeric);
drop function app.next_invoice_number(uuid, text);
drop function app.peek_invoice_number(uuid, text);
drop function app.rebuild_transaction_day_totals(uuid);
drop function app.sync_invoice_payments(uuid, uuid);
drop function app.audit_context(uuid, text, text, uuid, jsonb);
drop function app.reminder_accounts();
drop function app.account_ids();

-- Named events go to the workspace of the request (or, outside one, e.g. at
-- sign-in, to the person's own workspace).
create or replace function app.record_event(event text, entity text, entity_id uuid, details jsonb default '{}'::jsonb)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  account uuid;
begin
  if event not in ('auth.signed_in', 'auth.signed_out', 'invoice.sent', 'invoice.reminded', 'payment.recorded',
                   'ai.action_confirmed', 'ai.action_rejected', 'ai.action_undone', 'user.synced', 'contacts.imported',
                   'invoice.receipt_sent', 'user.logo_changed', 'workspace.member_added', 'workspace.member_role_changed',
                   'workspace.member_removed', 'workspace.invitation_sent', 'workspace.invitation_revoked',
                   'workspace.ownership_transferred') then
    raise exception 'unknown audit event %', event using errcode = '22023';
  end if;
  account := coalesce(app.workspace_id(), app.current_user_id());
  if account is null or not exists (select 1 from public.workspaces w where w.id = account) then
    raise exception 'no account for this session' using errcode = '42501';
  end if;
  insert into public.audit_logs (workspace_id, actor, action, entity, entity_id, changes)
  values (account, auth.jwt() ->> 'sub', event, entity, entity_id, coalesce(details, '{}'::jsonb));
end
$$;
revoke all on function app.record_event(text, text, uuid, jsonb) from public;
grant execute on function app.record_event(text, text, uuid, jsonb) to authenticated;

-- Workspaces with reminders to send, each with a person to send them as: its owner.
create function app.reminder_accounts() returns table (workspace_id uuid, clerk_id text)
language sql stable security definer
set search_path = ''
as $$
  select w.id, u.clerk_id
    from public.workspaces w
    join public.workspace_members m on m.workspace_id = w.id and m.role = 'owner'
    join public.users u on u.id = m.user_id
   where cardinality(w.invoice_reminder_days) > 0
     and exists (
       select 1 from public.invoices i
        where i.workspace_id = w.id
          and i.status = 'sent'
          and i.due_date + (select min(d)::integer from unnest(w.invoice_reminder_days) d) <= app.local_date(w.time_zone))
   order by w.id
$$;
revoke all on function app.reminder_accounts() from public;
grant execute on function app.reminder_accounts() to ledgerly_system;
create or replace function app.apply_money_deltas(p_deltas app.money_delta[])
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $$
begin
  if cardinality(p_deltas) = 0 then
    return;
  end if;
  insert into public.transaction_day_totals as t (workspace_id, date, type, category, currency, amount, count)
  select d.workspace_id, d.date, d.type, d.category, i.currency, sum(d.amount), sum(d.n)
    from unnest(p_deltas) d
    left join public.invoices i on i.id = d.invoice_id and i.workspace_id = d.workspace_id
   where exists (select 1 from public.workspaces w where w.id = d.workspace_id)
   group by d.workspace_id, d.date, d.type, d.category, i.currency
  having sum(d.amount) <> 0 or sum(d.n) <> 0
   order by 1, 2, 3, 4 nulls first, 5 nulls first
  on conflict (workspace_id, date, type, category, currency)
  do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;

  insert into public.payment_day_totals as t (workspace_id, date, currency, contact_id, amount, count)
  select d.workspace_id, d.date, i.currency, i.contact_id, sum(d.amount), sum(d.n)
    from unnest(p_deltas) d
    join public.invoices i on i.id = d.invoice_id and i.workspace_id = d.workspace_id
   where d.type = 'income' and i.contact_id is not null
     and exists (select 1 from public.workspaces w where w.id = d.workspace_id)
   group by d.workspace_id, d.date, i.currency, i.contact_id
  having sum(d.amount) <> 0 or sum(d.n) <> 0
   order by 1, 2, 3, 4
  on conflict (workspace_id, date, currency, contact_id)
  do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;

  delete from public.transaction_day_totals t
   where t.count = 0
     and (t.workspace_id, t.date) in (select distinct d.workspace_id, d.date from unnest(p_deltas) d);
  delete from public.payment_day_totals t
   where t.count = 0
     and (t.workspace_id, t.date) in (select distinct d.workspace_id, d.date from unnest(p_deltas) d
                                  where d.type = 'income' and d.invoice_id is not null);
end
$$;

create or replace function app.audit_context(p_workspace_id uuid, p_action text, p_entity text, p_entity_id uuid, p_changes jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 STABLE
 SET search_path TO ''
AS $$
declare
  v_table regclass := to_regclass(format('public.%I', p_entity));
  v_row jsonb;
  v_invoice_id uuid;
  v_contact_id uuid;
  v_number text;
  v_invoice_currency text;
  v_total text;
  v_paid text;
  v_status text;
  v_contact text;
  v_currency text;
  v_name text;
begin
  if v_table is not null and p_entity_id is not null
     and exists (select 1 from pg_attribute where attrelid = v_table and attname = 'id' and not attisdropped) then
    if p_entity = 'users' then
      v_row := (select to_jsonb(u) from public.users u where u.id = p_entity_id and u.id = p_workspace_id);
    elsif p_entity = 'workspaces' then
      v_row := (select to_jsonb(w) from public.workspaces w where w.id = p_entity_id and w.id = p_workspace_id);
    elsif exists (select 1 from pg_attribute where attrelid = v_table and attname = 'workspace_id' and not attisdropped) then
      execute format('select to_jsonb(t) from %s t where t.id = $1 and t.workspace_id = $2', v_table)
        into v_row using p_entity_id, p_workspace_id;
    end if;
  end if;
  -- a deleted row, or one whose table is not readable here: the entry's own fields
  if v_row is null and p_action in ('insert', 'delete') then
    v_row := p_changes;
  end if;
  v_row := coalesce(v_row, '{}'::jsonb);

  v_invoice_id := case when p_entity = 'invoices' then p_entity_id
                       when (v_row ->> 'invoice_id') ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                       then (v_row ->> 'invoice_id')::uuid end;
  v_contact_id := case when p_entity <> 'contacts'
                        and (v_row ->> 'contact_id') ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                       then (v_row ->> 'contact_id')::uuid end;
  if v_invoice_id is not null then
    select i.invoice_number, i.currency::text, i.total_amount::text, i.amount_paid::text, i.status
      into v_number, v_invoice_currency, v_total, v_paid, v_status
      from public.invoices i
     where i.id = v_invoice_id and i.workspace_id = p_workspace_id;
  end if;
  if v_contact_id is not null then
    select nullif(btrim(concat_ws(' ', c.first_name, c.last_name)), '') into v_contact
      from public.contacts c
     where c.id = v_contact_id and c.workspace_id = p_workspace_id;
  end if;
  v_currency := coalesce(v_row ->> 'currency', v_invoice_currency);
  if v_currency is null and p_entity in ('transactions', 'invoice_items') then
    select w.currency::text into v_currency from public.workspaces w where w.id = p_workspace_id;
  end if;
  v_name := case p_entity
    when 'users' then null
    when 'workspaces' then null
    when 'contacts' then nullif(btrim(concat_ws(' ', v_row ->> 'first_name', v_row ->> 'last_name')), '')
    when 'invoices' then v_row ->> 'invoice_number'
    else coalesce(v_row ->> 'title', v_row ->> 'name', v_row ->> 'invoice_number', v_row ->> 'description',
                  v_row ->> 'summary')
  end;

  return jsonb_strip_nulls(jsonb_build_object(
    'name', left(v_name, 200),
    'currency', v_currency,
    'invoice_id', v_invoice_id,
    'invoice_number', v_number,
    'total_amount', v_total,
    'amount_paid', v_paid,
    'status', v_status,
    'discount_type', case when p_entity = 'invoices' then v_row ->> 'discount_type' end,
    'type', case when p_entity = 'transactions' then v_row ->> 'type' end,
    'contact_id', v_contact_id,
    'contact', left(v_contact, 200)
  ));
end
$$;

create or replace function app.audit_logs_fill()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
begin
  new.context := app.audit_context(new.workspace_id, new.action, new.entity, new.entity_id, new.changes);
  return new;
end
$$;

create or replace function app.audit_row()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'search' end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'search' end;
  row_data jsonb := coalesce(new_row, old_row);
  account uuid := case when tg_table_name in ('users', 'workspaces') then (row_data ->> 'id')::uuid else (row_data ->> 'workspace_id')::uuid end;
  diff jsonb;
begin
  -- deleting an account removes its trail too (cascade): nothing to record then
  if not exists (select 1 from public.workspaces w where w.id = account) then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    select coalesce(jsonb_object_agg(n.key, jsonb_build_array(old_row -> n.key, n.value)), '{}'::jsonb)
      into diff
      from jsonb_each(new_row) n
     where n.key not in ('updated_at') and (old_row -> n.key) is distinct from n.value;
    if diff = '{}'::jsonb then
      return null;
    end if;
  else
    diff := row_data - 'updated_at';
  end if;
  insert into public.audit_logs (workspace_id, actor, action, entity, entity_id, changes)
  values (account, auth.jwt() ->> 'sub', lower(tg_op), tg_table_name, (row_data ->> 'id')::uuid, diff);
  return null;
end
$$;

create or replace function app.compute_invoice_totals(p_invoice_id uuid, p_workspace_id uuid, p_discount_type text, p_discount_value numeric, OUT subtotal numeric, OUT discount_amount numeric, OUT tax_amount numeric, OUT total_amount numeric, OUT taxes jsonb)
 RETURNS record
 LANGUAGE sql
 STABLE
 SET search_path TO ''
AS $$
  select t.subtotal, t.discount_amount, t.tax_amount, t.total_amount, t.taxes
    from app.invoice_totals(
      (select coalesce(jsonb_agg(jsonb_build_object('quantity', it.quantity, 'unit_price', it.unit_price,
                                                    'tax_rate', it.tax_rate)), '[]'::jsonb)
         from public.invoice_items it
        where it.invoice_id = p_invoice_id and it.workspace_id = p_workspace_id),
      p_discount_type, p_discount_value) t
$$;

create or replace function app.invoice_items_after_statement()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
declare
  v_ids uuid[] := '{}';
  v_invoice record;
begin
  -- (each transition table is only named in the branch where it exists)
  if tg_op in ('INSERT', 'UPDATE') then
    v_ids := v_ids || array(select distinct n.invoice_id from new_items n);
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    v_ids := v_ids || array(select distinct o.invoice_id from old_items o);
  end if;
  for v_invoice in
    select i.id, i.workspace_id, i.status, i.invoice_number
      from public.invoices i
     where i.id = any (v_ids)
     order by i.id
       for no key update
  loop
    if v_invoice.status <> 'draft' then
      raise exception using errcode = 'LD409',
        message = format('Invoice %s is %s: its items can no longer change.', v_invoice.invoice_number, v_invoice.status),
        detail = 'items', hint = format('cannot change once the invoice is %s', v_invoice.status);
    end if;
    update public.invoices set updated_at = now() where id = v_invoice.id and workspace_id = v_invoice.workspace_id;
  end loop;
  return null;
end
$$;

create or replace function app.invoices_after_write()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
begin
  if tg_op = 'INSERT' then
    insert into public.invoice_events (workspace_id, invoice_id, type, data)
    values (new.workspace_id, new.id, 'created', jsonb_build_object('invoice_number', new.invoice_number));
  elsif new.status <> old.status then
    insert into public.invoice_events (workspace_id, invoice_id, type, data)
    values (new.workspace_id, new.id, 'status_changed', jsonb_build_object('from', old.status, 'to', new.status));
  end if;
  return null;
end
$$;

create or replace function app.invoices_before_update()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
declare
  -- true when another trigger (payments, items) made this change
  v_internal boolean := pg_trigger_depth() > 1;
  v_field text;
  v_totals record;
begin
  if new.id <> old.id or new.workspace_id <> old.workspace_id then
    raise exception using errcode = 'LD400', message = 'The id and owner of an invoice cannot change.',
      detail = 'id', hint = 'is read-only';
  end if;

  if new.amount_paid is distinct from old.amount_paid and not v_internal then
    raise exception using errcode = 'LD409',
      message = 'The amount paid follows the payments recorded against the invoice; record or remove a payment instead.',
      detail = 'amount_paid', hint = 'is read-only';
  end if;

  if new.status <> old.status then
    if not (
         (old.status = 'draft' and new.status in ('sent', 'cancelled'))
      or (old.status = 'sent' and new.status = 'cancelled')
      or (old.status = 'sent' and new.status = 'paid' and v_internal)
      or (old.status = 'paid' and new.status = 'sent' and v_internal)
    ) then
      raise exception using errcode = 'LD409',
        message = case
          when new.status = 'paid' then 'An invoice becomes paid when its payments cover the total: record a payment instead.'
          else format('An invoice cannot go from %s to %s.', old.status, new.status)
        end,
        detail = 'status', hint = format('cannot change from %s to %s', old.status, new.status);
    end if;
    if new.status = 'cancelled' and old.amount_paid > 0 then
      raise exception using errcode = 'LD409',
        message = format('Invoice %s has payments of %s; remove them before cancelling it.', old.invoice_number, old.amount_paid),
        detail = 'status', hint = 'cannot cancel an invoice with payments';
    end if;
  end if;

  if old.status <> 'draft' then
    -- what was sent to the client does not change
    select o.key into v_field
      from jsonb_each(to_jsonb(old)) o
      join jsonb_each(to_jsonb(new)) n using (key)
     where o.value is distinct from n.value
       and o.key in ('contact_id', 'invoice_number', 'issue_date', 'currency', 'discount_type', 'discount_value',
                     'subtotal', 'discount_amount', 'tax_amount', 'total_amount', 'taxes', 'sent_at')
     order by o.key
     limit 1;
    if v_field is null and old.status in ('paid', 'cancelled') then
      select o.key into v_field
        from jsonb_each(to_jsonb(old)) o
        join jsonb_each(to_jsonb(new)) n using (key)
       where o.value is distinct from n.value and o.key in ('due_date', 'notes')
       order by o.key
       limit 1;
    end if;
    if v_field is not null then
      raise exception using errcode = 'LD409',
        message = format('Invoice %s is %s: its %s can no longer change.', old.invoice_number, old.status, replace(v_field, '_', ' ')),
        detail = v_field, hint = format('cannot change once the invoice is %s', old.status);
    end if;
  else
    -- a draft: the totals always follow its items and discount
    select * into v_totals from app.compute_invoice_totals(new.id, new.workspace_id, new.discount_type, new.discount_value);
    new.subtotal := v_totals.subtotal;
    new.discount_amount := v_totals.discount_amount;
    new.tax_amount := v_totals.tax_amount;
    new.total_amount := v_totals.total_amount;
    new.taxes := v_totals.taxes;
    new.sent_at := null;
    new.paid_at := null;
    if new.status = 'sent' then
      new.sent_at := now();
      -- nothing to pay: settled as soon as it is issued
      if new.total_amount = 0 then
        new.status := 'paid';
        new.paid_at := now();
      end if;
    end if;
  end if;

  if new.status = 'paid' and old.status = 'sent' then
    new.paid_at := now();
  elsif new.status = 'sent' and old.status = 'paid' then
    new.paid_at := null;
  end if;
  return new;
end
$$;

create or replace function app.next_invoice_number(p_workspace_id uuid, p_prefix text)
 RETURNS text
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
declare
  v_next bigint;
  v_candidate text;
begin
  insert into public.invoice_counters as c (workspace_id, last_number) values (p_workspace_id, 1)
  on conflict (workspace_id) do update set last_number = c.last_number + 1
  returning last_number into v_next;
  loop
    v_candidate := coalesce(p_prefix, '') || case when v_next < 1000 then lpad(v_next::text, 4, '0') else v_next::text end;
    exit when not exists (
      select 1 from public.invoices where workspace_id = p_workspace_id and invoice_number = v_candidate);
    v_next := v_next + 1;
  end loop;
  update public.invoice_counters set last_number = v_next where workspace_id = p_workspace_id and last_number <> v_next;
  return v_candidate;
end
$$;

create or replace function app.peek_invoice_number(p_workspace_id uuid, p_prefix text)
 RETURNS text
 LANGUAGE plpgsql
 STABLE
 SET search_path TO ''
AS $$
declare
  v_next bigint;
  v_candidate text;
begin
  select c.last_number + 1 into v_next from public.invoice_counters c where c.workspace_id = p_workspace_id;
  v_next := coalesce(v_next, 1);
  loop
    v_candidate := coalesce(p_prefix, '') || case when v_next < 1000 then lpad(v_next::text, 4, '0') else v_next::text end;
    exit when not exists (
      select 1 from public.invoices where workspace_id = p_workspace_id and invoice_number = v_candidate);
    v_next := v_next + 1;
  end loop;
  return v_candidate;
end
$$;

create or replace function app.rebuild_transaction_day_totals(p_workspace_id uuid DEFAULT NULL::uuid)
 RETURNS void
 LANGUAGE sql
 SET search_path TO ''
AS $$
  delete from public.transaction_day_totals where p_workspace_id is null or workspace_id = p_workspace_id;
  delete from public.payment_day_totals where p_workspace_id is null or workspace_id = p_workspace_id;
  insert into public.transaction_day_totals (workspace_id, date, type, category, currency, amount, count)
  select t.workspace_id, t.date, t.type, t.category, i.currency, sum(t.amount), count(*)
    from public.transactions t
    left join public.invoices i on i.id = t.invoice_id and i.workspace_id = t.workspace_id
   where p_workspace_id is null or t.workspace_id = p_workspace_id
   group by t.workspace_id, t.date, t.type, t.category, i.currency;
  insert into public.payment_day_totals (workspace_id, date, currency, contact_id, amount, count)
  select t.workspace_id, t.date, i.currency, i.contact_id, sum(t.amount), count(*)
    from public.transactions t
    join public.invoices i on i.id = t.invoice_id and i.workspace_id = t.workspace_id
   where (p_workspace_id is null or t.workspace_id = p_workspace_id) and t.type = 'income' and i.contact_id is not null
   group by t.workspace_id, t.date, i.currency, i.contact_id;
$$;

create or replace function app.sync_invoice_payments(p_invoice_id uuid, p_workspace_id uuid)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
declare
  v_invoice record;
  v_paid numeric;
  v_status text;
begin
  select id, status, invoice_number, total_amount, amount_paid into v_invoice
    from public.invoices
   where id = p_invoice_id and workspace_id = p_workspace_id
     for no key update;
  if not found then
    return;
  end if;
  select coalesce(sum(amount), 0) into v_paid
    from public.transactions
   where invoice_id = p_invoice_id and workspace_id = p_workspace_id and type = 'income';

  if v_paid > v_invoice.amount_paid and v_invoice.status in ('draft', 'cancelled') then
    raise exception using errcode = 'LD422',
      message = case v_invoice.status
        when 'draft' then format('Invoice %s is still a draft: send it or mark it as sent before recording a payment.', v_invoice.invoice_number)
        else format('Invoice %s is cancelled: it cannot take payments.', v_invoice.invoice_number)
      end,
      detail = 'invoice_id', hint = format('refers to a %s invoice', v_invoice.status);
  end if;
  if v_paid > v_invoice.total_amount then
    raise exception using errcode = 'LD422',
      message = format('This payment would bring the amount paid on invoice %s to %s, more than its total of %s. The balance due is %s.',
                       v_invoice.invoice_number, v_paid::numeric(20, 2), v_invoice.total_amount,
                       (v_invoice.total_amount - v_invoice.amount_paid)::numeric(20, 2)),
      detail = 'amount', hint = format('exceeds the balance due of %s', (v_invoice.total_amount - v_invoice.amount_paid)::numeric(20, 2));
  end if;

  v_status := v_invoice.status;
  if v_invoice.status = 'sent' and v_paid = v_invoice.total_amount then
    v_status := 'paid';
  elsif v_invoice.status = 'paid' and v_paid < v_invoice.total_amount then
    v_status := 'sent';
  end if;
  if v_paid <> v_invoice.amount_paid or v_status <> v_invoice.status then
    update public.invoices set amount_paid = v_paid, status = v_status
     where id = p_invoice_id and workspace_id = p_workspace_id;
  end if;
end
$$;

create or replace function app.tasks_whole_day_due()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
declare
  zone text;
begin
  if tg_op = 'UPDATE' and new.due_on is not distinct from old.due_on and new.due_date is distinct from old.due_date then
    new.due_on := null;
  end if;
  if new.due_on is not null then
    select w.time_zone into zone from public.workspaces w where w.id = new.workspace_id;
    begin
      new.due_date := ((new.due_on + 1)::timestamp at time zone coalesce(nullif(zone, ''), 'UTC')) - interval '1 millisecond';
    exception when invalid_parameter_value then
      -- a zone PostgreSQL does not know counts as UTC (like app.local_date)
      new.due_date := ((new.due_on + 1)::timestamp at time zone 'UTC') - interval '1 millisecond';
    end;
  end if;
  -- re-deriving after a change of time zone is not an edit of the task
  if tg_op = 'UPDATE' and current_setting('app.rederiving_due_dates', true) = 'on' then
    new.updated_at := old.updated_at;
  end if;
  return new;
end
$$;

create or replace function app.transactions_day_totals()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $$
begin
  if tg_op = 'INSERT' then
    perform app.apply_money_deltas(array(
      select row(n.workspace_id, n.date, n.type, n.category, n.invoice_id, n.amount, 1)::app.money_delta from new_rows n));
  elsif tg_op = 'UPDATE' then
    -- an edit that changes none of the keys or the amount cancels out and writes nothing
    perform app.apply_money_deltas(array(
      select row(n.workspace_id, n.date, n.type, n.category, n.invoice_id, n.amount, 1)::app.money_delta from new_rows n
      union all
      select row(o.workspace_id, o.date, o.type, o.category, o.invoice_id, -o.amount, -1)::app.money_delta from old_rows o));
  else
    perform app.apply_money_deltas(array(
      select row(o.workspace_id, o.date, o.type, o.category, o.invoice_id, -o.amount, -1)::app.money_delta from old_rows o));
  end if;
  return null;
end
$$;

create or replace function app.transactions_sync_payments()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $$
declare
  v_ids uuid[];
  v_id uuid;
  v_workspace uuid;
begin
  if tg_op = 'UPDATE'
     and old.invoice_id is not distinct from new.invoice_id
     and old.amount = new.amount and old.type = new.type then
    return null;
  end if;
  if tg_op = 'DELETE' then
    v_workspace := old.workspace_id;
  else
    v_workspace := new.workspace_id;
  end if;

  -- the history first, so that it reads payment → paid. (When an account is
  -- deleted, its invoices are gone by the time this runs: nothing to record.)
  if tg_op in ('UPDATE', 'DELETE') and old.invoice_id is not null
     and (tg_op = 'DELETE' or new.invoice_id is distinct from old.invoice_id)
     and exists (select 1 from public.invoices where id = old.invoice_id and workspace_id = old.workspace_id) then
    insert into public.invoice_events (workspace_id, invoice_id, type, data)
    values (old.workspace_id, old.invoice_id, 'payment_removed',
            jsonb_build_object('transaction_id', old.id, 'amount', old.amount::text, 'date', old.date));
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.invoice_id is not null then
    if tg_op = 'INSERT' or new.invoice_id is distinct from old.invoice_id then
      insert into public.invoice_events (workspace_id, invoice_id, type, data)
      values (new.workspace_id, new.invoice_id, 'payment_recorded',
              jsonb_build_object('transaction_id', new.id, 'amount', new.amount::text, 'date', new.date));
    elsif new.amount <> old.amount then
      insert into public.invoice_events (workspace_id, invoice_id, type, data)
      values (new.workspace_id, new.invoice_id, 'payment_changed',
              jsonb_build_object('transaction_id', new.id, 'amount', new.amount::text,
                                 'previous_amount', old.amount::text, 'date', new.date));
    end if;
  end if;

  v_ids := array(
    select distinct x from unnest(array[
      case when tg_op in ('UPDATE', 'DELETE') then old.invoice_id end,
      case when tg_op in ('INSERT', 'UPDATE') then new.invoice_id end]) x
     where x is not null
     order by x);
  -- always in id order, so that two transactions never lock two invoices in opposite orders
  foreach v_id in array v_ids loop
    perform app.sync_invoice_payments(v_id, v_workspace);
  end loop;
  return null;
end
$$;

grant execute on function app.compute_invoice_totals(uuid, uuid, text, numeric) to authenticated;
grant execute on function app.next_invoice_number(uuid, text) to authenticated;
revoke all on function app.peek_invoice_number(uuid, text) from public, anon;
grant execute on function app.peek_invoice_number(uuid, text) to authenticated;
revoke all on function app.rebuild_transaction_day_totals(uuid) from public;
revoke all on function app.audit_context(uuid, text, text, uuid, jsonb) from public;
revoke all on function app.sync_invoice_payments(uuid, uuid) from public, anon;
grant execute on function app.sync_invoice_payments(uuid, uuid) to authenticated;
revoke all on function app.current_user_id(), app.workspace_id(), app.workspace_role(), app.can_write(), app.can_admin(),
  app.my_workspace_ids(), app.use_workspace(uuid, text, boolean), app.users_personal_workspace(),
  app.users_hand_over_workspaces(), app.members_keep_owner(), app.tasks_follow_time_zone() from public;
grant execute on function app.current_user_id(), app.workspace_id(), app.workspace_role(), app.can_write(), app.can_admin(),
  app.my_workspace_ids(), app.use_workspace(uuid, text, boolean) to authenticated;

select app.enable_audit('public.workspaces');
select app.enable_audit('public.workspace_members');

-- ---------------------------------------------------------------------------
-- Team operations: each checks the caller's role in the request's workspace
-- ---------------------------------------------------------------------------

-- A new shared workspace; the caller is its owner. Its business settings
-- start as a copy of the request's workspace (currency, time zone, terms).
create or replace function app.create_workspace(p_name text) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_user uuid := app.current_user_id();
  v_from public.workspaces;
  v_id uuid;
begin
  if v_user is null then
    raise exception using errcode = 'LD404', message = 'Resource not found.';
  end if;
  select * into v_from from public.workspaces w where w.id = coalesce(app.workspace_id(), v_user);
  insert into public.workspaces (name, personal, currency, time_zone, payment_terms_days)
  values (btrim(p_name), false, coalesce(v_from.currency, 'USD'), coalesce(v_from.time_zone, 'UTC'),
          coalesce(v_from.payment_terms_days, 14))
  returning id into v_id;
  insert into public.workspace_members (workspace_id, user_id, role) values (v_id, v_user, 'owner');
  return v_id;
end
$$;

-- Changes a member's role. Admins manage admins, members and viewers; only
-- the owner hands over ownership (becoming an admin in the same step).
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

-- Removes a member (admins), or leaves (anyone but the owner, for themselves).
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
  if v_target_role = 'owner' then
    raise exception using errcode = 'LD409',
      message = case when p_user = v_me then 'The owner cannot leave: hand ownership to another member first.'
                     else 'The owner cannot be removed.' end,
      detail = 'user_id', hint = 'is the owner';
  end if;
  delete from public.workspace_members where workspace_id = v_ws and user_id = p_user;
end
$$;

-- Accepts an invitation: once, before it expires, by the person it was sent to.
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

revoke all on function app.create_workspace(text), app.set_member_role(uuid, text), app.remove_member(uuid),
  app.accept_invitation(text) from public;
grant execute on function app.create_workspace(text), app.set_member_role(uuid, text), app.remove_member(uuid),
  app.accept_invitation(text) to authenticated;

-- ---------------------------------------------------------------------------
-- Row level security: which workspace's rows exist, and which role may write
-- ---------------------------------------------------------------------------
do $$
declare
  t text;
begin
  foreach t in array array['workspaces', 'workspace_members', 'workspace_invitations']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on table public.%I from public, anon, authenticated', t);
  end loop;
  -- everyone in the workspace reads; members and above write
  foreach t in array array['contacts', 'contact_notes', 'tasks', 'transactions', 'invoices', 'invoice_items',
                           'invoice_reminders', 'invoice_events', 'invoice_counters']
  loop
    execute format('create policy %I on public.%I for select to authenticated
                      using (workspace_id = (select app.workspace_id()))', t || '_read', t);
    execute format('create policy %I on public.%I for insert to authenticated
                      with check (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_insert', t);
    execute format('create policy %I on public.%I for update to authenticated
                      using (workspace_id = (select app.workspace_id()) and (select app.can_write()))
                      with check (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_update', t);
    execute format('create policy %I on public.%I for delete to authenticated
                      using (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_delete', t);
  end loop;
  -- read-only to sessions (written by triggers and security definer functions)
  foreach t in array array['audit_logs', 'transaction_day_totals', 'payment_day_totals']
  loop
    execute format('create policy %I on public.%I for select to authenticated
                      using (workspace_id = (select app.workspace_id()))', t || '_read', t);
  end loop;
  -- the assistant's log and proposals are each person's own; a viewer's assistant proposes nothing
  execute 'create policy ai_logs_own on public.ai_logs for all to authenticated
             using (workspace_id = (select app.workspace_id()) and user_id = (select app.current_user_id()))
             with check (workspace_id = (select app.workspace_id()) and user_id = (select app.current_user_id()))';
  execute 'create policy ai_actions_read on public.ai_actions for select to authenticated
             using (workspace_id = (select app.workspace_id()) and user_id = (select app.current_user_id()))';
  execute 'create policy ai_actions_insert on public.ai_actions for insert to authenticated
             with check (workspace_id = (select app.workspace_id()) and user_id = (select app.current_user_id())
                         and (select app.can_write()))';
  execute 'create policy ai_actions_update on public.ai_actions for update to authenticated
             using (workspace_id = (select app.workspace_id()) and user_id = (select app.current_user_id()))
             with check (workspace_id = (select app.workspace_id()) and user_id = (select app.current_user_id()))';
  -- the logo is a business setting: admins change it
  execute 'create policy business_logos_read on public.business_logos for select to authenticated
             using (workspace_id = (select app.workspace_id()))';
  execute 'create policy business_logos_write on public.business_logos for all to authenticated
             using (workspace_id = (select app.workspace_id()) and (select app.can_admin()))
             with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()))';
end
$$;

-- workspaces: a person sees those they belong to; admins change the business
-- settings of the request's workspace; the owner deletes a shared one
create policy workspaces_read on public.workspaces for select to authenticated
  using (id = any ((select app.my_workspace_ids())::uuid[]));
create policy workspaces_update on public.workspaces for update to authenticated
  using (id = (select app.workspace_id()) and (select app.can_admin()))
  with check (id = (select app.workspace_id()) and (select app.can_admin()));
create policy workspaces_delete on public.workspaces for delete to authenticated
  using (id = (select app.workspace_id()) and (select app.workspace_role()) = 'owner' and not personal);
grant select, delete on public.workspaces to authenticated;
grant update (name, business_name, business_address, tax_id, payment_instructions, currency, invoice_prefix,
  payment_terms_days, time_zone, invoice_reminder_days) on public.workspaces to authenticated;

-- members: the members of the request's workspace, and one's own memberships
-- (changes go through app.set_member_role / app.remove_member / app.accept_invitation)
create policy workspace_members_read on public.workspace_members for select to authenticated
  using (workspace_id = (select app.workspace_id()) or user_id = (select app.current_user_id()));
grant select on public.workspace_members to authenticated;

-- invitations: admins of the workspace
create policy workspace_invitations_admin on public.workspace_invitations for all to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
grant select, insert, delete on public.workspace_invitations to authenticated;
grant update (revoked_at) on public.workspace_invitations to authenticated;

-- users: one's own row, and the people one works with in the request's workspace
create policy users_select_own on public.users for select to authenticated
  using (clerk_id = (select auth.jwt() ->> 'sub')
         or id in (select m.user_id from public.workspace_members m where m.workspace_id = (select app.workspace_id())));
revoke update on public.users from authenticated;
grant update (email, first_name, last_name, image_url, clerk_updated_at, locale) on public.users to authenticated;
