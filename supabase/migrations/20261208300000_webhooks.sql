-- Outbound webhooks (docs/decisions/0135-webhook-outbox-triggers.md, 0136-webhook-delivery-and-ssrf.md).
--
--  * webhook_endpoints: a workspace's targets (URL, subscribed event types, the
--    signing secret). Only admins see or change them (RLS): the secret is read
--    by admins' sessions (the API shows it once, at creation) and by the
--    delivery worker through app.webhook_claim() (role ledgerly_system).
--  * webhook_events: the outbox. Deferred constraint triggers on the source
--    tables write an event, and one delivery per enabled endpoint subscribed to
--    its type, at commit of the transaction that made the change: a change
--    that rolls back writes nothing, a committed one cannot lose its event.
--    Workspaces without an endpoint for the type pay one indexed lookup.
--  * webhook_deliveries: event × endpoint, with its attempts, schedule and log.
--    Written only by the database (triggers, definer functions): sessions read
--    them (admins) and ask for a redelivery through app.webhook_redeliver().

create table public.webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  url text not null check (char_length(url) between 8 and 2000 and url ~ '^https?://'),
  events text[] not null check (cardinality(events) between 1 and 20),
  -- `whsec_` + base64 of 32 random bytes (Standard Webhooks)
  secret text not null check (secret ~ '^whsec_[A-Za-z0-9+/=]{32,}$'),
  enabled boolean not null default true,
  disabled_reason text check (char_length(disabled_reason) <= 500),
  -- consecutive failed attempts, and since when they have been failing
  failure_streak integer not null default 0 check (failure_streak >= 0),
  failing_since timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint webhook_endpoints_id_workspace_key unique (id, workspace_id),
  constraint webhook_endpoints_events_known check (
    events <@ array['contact.created', 'contact.updated', 'contact.deleted', 'invoice.created', 'invoice.sent', 'invoice.paid',
                    'invoice.overdue', 'payment.recorded', 'quote.accepted', 'task.completed', 'deal.stage_changed']::text[])
);
create index webhook_endpoints_workspace_idx on public.webhook_endpoints (workspace_id, created_at desc, id desc);
-- what the capture triggers look up on every change: cheap, and empty for most workspaces
create index webhook_endpoints_enabled_idx on public.webhook_endpoints (workspace_id) where enabled;
create trigger webhook_endpoints_set_updated_at before update on public.webhook_endpoints
  for each row execute function app.set_updated_at();

create table public.webhook_events (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  type text not null check (char_length(type) between 1 and 50),
  -- the resource the event is about (an invoice's id for invoice.*)
  subject_id uuid,
  payload jsonb not null,
  created_at timestamptz(3) not null default now(),
  constraint webhook_events_id_workspace_key unique (id, workspace_id)
);
create index webhook_events_workspace_idx on public.webhook_events (workspace_id, created_at desc);
-- invoice.overdue is emitted once per invoice (the sweep's record of it)
create unique index webhook_events_overdue_key on public.webhook_events (workspace_id, subject_id)
  where type = 'invoice.overdue';

create table public.webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  event_id uuid not null,
  endpoint_id uuid not null,
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed', 'abandoned')),
  -- attempts made (a claim counts one); series_start: the attempts before the last manual redelivery
  attempts integer not null default 0 check (attempts >= 0),
  series_start integer not null default 0 check (series_start >= 0),
  next_attempt_at timestamptz(3) not null default now(),
  last_attempt_at timestamptz(3),
  last_status_code integer,
  last_response_ms integer,
  last_error text check (char_length(last_error) <= 500),
  response_excerpt text check (char_length(response_excerpt) <= 1000),
  -- every attempt, newest last (bounded to the last 20)
  attempt_log jsonb not null default '[]'::jsonb check (jsonb_typeof(attempt_log) = 'array'),
  delivered_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint webhook_deliveries_event_endpoint_key unique (event_id, endpoint_id),
  constraint webhook_deliveries_event_fk foreign key (event_id, workspace_id)
    references public.webhook_events (id, workspace_id) on delete cascade,
  constraint webhook_deliveries_endpoint_fk foreign key (endpoint_id, workspace_id)
    references public.webhook_endpoints (id, workspace_id) on delete cascade
);
create index webhook_deliveries_due_idx on public.webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint_idx on public.webhook_deliveries (endpoint_id, created_at desc, id desc);
create trigger webhook_deliveries_set_updated_at before update on public.webhook_deliveries
  for each row execute function app.set_updated_at();

-- ---------------------------------------------------------------------------
-- Row level security: admins only
-- ---------------------------------------------------------------------------
alter table public.webhook_endpoints enable row level security;
alter table public.webhook_endpoints force row level security;
alter table public.webhook_events enable row level security;
alter table public.webhook_events force row level security;
alter table public.webhook_deliveries enable row level security;
alter table public.webhook_deliveries force row level security;
revoke all on table public.webhook_endpoints, public.webhook_events, public.webhook_deliveries
  from public, anon, authenticated;

create policy webhook_endpoints_read on public.webhook_endpoints for select to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
create policy webhook_endpoints_insert on public.webhook_endpoints for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
create policy webhook_endpoints_update on public.webhook_endpoints for update to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
create policy webhook_endpoints_delete on public.webhook_endpoints for delete to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
grant select, insert, update, delete on public.webhook_endpoints to authenticated;

create policy webhook_events_read on public.webhook_events for select to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
grant select on public.webhook_events to authenticated;

create policy webhook_deliveries_read on public.webhook_deliveries for select to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
grant select on public.webhook_deliveries to authenticated;

-- not under the row audit trail (app.enable_audit): it records whole rows, and this one holds the
-- signing secret; the routes record who changed an endpoint instead (the request's audit line)

-- ---------------------------------------------------------------------------
-- The outbox
-- ---------------------------------------------------------------------------

-- A row as the API shows it: numeric columns (money, quantities) as decimal
-- strings, generated columns left out; dates stay YYYY-MM-DD.
create or replace function app.webhook_resource(p_table regclass, p_row jsonb) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  v_out jsonb := p_row;
  v_col record;
begin
  for v_col in
    select a.attname::text as name, a.atttypid = 'numeric'::regtype as is_numeric, a.attgenerated <> '' as is_generated
      from pg_catalog.pg_attribute a
     where a.attrelid = p_table and a.attnum > 0 and not a.attisdropped
  loop
    if v_col.is_generated then
      v_out := v_out - v_col.name;
    elsif v_col.is_numeric and jsonb_typeof(v_out -> v_col.name) = 'number' then
      v_out := jsonb_set(v_out, array[v_col.name], to_jsonb(v_out ->> v_col.name));
    end if;
  end loop;
  return v_out;
end
$$;

-- Writes one event and a pending delivery for each enabled endpoint of the
-- workspace subscribed to its type; nothing when there is none.
create or replace function app.webhook_emit(p_workspace uuid, p_type text, p_subject uuid, p_data jsonb) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_event uuid;
begin
  if not exists (select 1 from public.webhook_endpoints e
                  where e.workspace_id = p_workspace and e.enabled and p_type = any (e.events)) then
    return null;
  end if;
  insert into public.webhook_events (workspace_id, type, subject_id, payload)
  values (p_workspace, p_type, p_subject, p_data)
  returning id into v_event;
  insert into public.webhook_deliveries (workspace_id, event_id, endpoint_id)
  select p_workspace, v_event, e.id
    from public.webhook_endpoints e
   where e.workspace_id = p_workspace and e.enabled and p_type = any (e.events);
  return v_event;
end
$$;
revoke all on function app.webhook_emit(uuid, text, uuid, jsonb) from public, anon, authenticated;

-- The capture trigger: deferred to commit, so the payload is the row as the
-- transaction left it (an invoice's totals are written after its first insert),
-- and a transaction that rolls back never gets here.
create or replace function app.webhook_capture() returns trigger
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_ws uuid;
  v_id uuid;
  v_type text;
  v_row jsonb;
  v_from jsonb;
  v_to jsonb;
  v_subject uuid;
begin
  if tg_op = 'DELETE' then
    v_ws := old.workspace_id;
    v_id := old.id;
  else
    v_ws := new.workspace_id;
    v_id := new.id;
  end if;
  -- (one statement per table: plpgsql resolves a record's fields when a statement first runs)
  if tg_table_name = 'contacts' then
    v_type := 'contact.' || case tg_op when 'INSERT' then 'created' when 'UPDATE' then 'updated' else 'deleted' end;
  elsif tg_table_name = 'invoices' and tg_op = 'INSERT' then
    v_type := 'invoice.created';
  elsif tg_table_name = 'invoices' then
    v_type := case new.status when 'sent' then 'invoice.sent' when 'paid' then 'invoice.paid' end;
  elsif tg_table_name = 'transactions' then
    v_type := 'payment.recorded';
  elsif tg_table_name = 'quotes' then
    v_type := 'quote.accepted';
  elsif tg_table_name = 'tasks' then
    v_type := 'task.completed';
  elsif tg_table_name = 'deals' then
    v_type := 'deal.stage_changed';
  end if;
  if v_type is null then
    return null;
  end if;
  -- the cheap way out, taken by most workspaces
  if not exists (select 1 from public.webhook_endpoints e
                  where e.workspace_id = v_ws and e.enabled and v_type = any (e.events)) then
    return null;
  end if;
  if tg_op = 'DELETE' then
    v_row := to_jsonb(old);
  else
    -- the row as it is now, at commit (gone: deleted later in the same transaction)
    execute format('select to_jsonb(t) from %s t where t.id = $1', tg_relid::regclass) into v_row using v_id;
    if v_row is null then
      return null;
    end if;
  end if;
  v_row := app.webhook_resource(tg_relid::regclass, v_row);
  v_subject := v_id;
  if tg_table_name = 'deals' then
    select jsonb_build_object('id', s.id, 'name', s.name, 'kind', s.kind) into v_from
      from public.deal_stages s where s.id = old.stage_id and s.workspace_id = v_ws;
    select jsonb_build_object('id', s.id, 'name', s.name, 'kind', s.kind) into v_to
      from public.deal_stages s where s.id = new.stage_id and s.workspace_id = v_ws;
    v_row := jsonb_build_object('deal', v_row, 'from_stage', v_from, 'to_stage', v_to);
  elsif tg_table_name = 'transactions' then
    v_subject := (v_row ->> 'invoice_id')::uuid;
  end if;
  perform app.webhook_emit(v_ws, v_type, v_subject, v_row);
  return null;
end
$$;
revoke all on function app.webhook_capture() from public, anon, authenticated;

create constraint trigger webhooks_contact_changes after insert or update or delete on public.contacts
  deferrable initially deferred for each row execute function app.webhook_capture();
create constraint trigger webhooks_invoice_created after insert on public.invoices
  deferrable initially deferred for each row execute function app.webhook_capture();
create constraint trigger webhooks_invoice_status after update on public.invoices
  deferrable initially deferred for each row
  when (old.status is distinct from new.status and new.status in ('sent', 'paid'))
  execute function app.webhook_capture();
create constraint trigger webhooks_payment_recorded after insert on public.transactions
  deferrable initially deferred for each row
  when (new.invoice_id is not null and new.type = 'income')
  execute function app.webhook_capture();
create constraint trigger webhooks_quote_accepted after update on public.quotes
  deferrable initially deferred for each row
  when (old.status is distinct from new.status and new.status = 'accepted')
  execute function app.webhook_capture();
create constraint trigger webhooks_task_completed after update on public.tasks
  deferrable initially deferred for each row
  when (old.status is distinct from new.status and new.status = 'completed')
  execute function app.webhook_capture();
create constraint trigger webhooks_deal_stage after update on public.deals
  deferrable initially deferred for each row
  when (old.stage_id is distinct from new.stage_id)
  execute function app.webhook_capture();

-- ---------------------------------------------------------------------------
-- The delivery worker (role ledgerly_system: no session, no table access)
-- ---------------------------------------------------------------------------

-- invoice.overdue: overdue is computed on read, so a sweep emits it once per
-- invoice whose due date has passed (in its workspace's time zone), for the
-- workspaces subscribed to it. The unique index records that it was emitted.
create or replace function app.webhook_overdue_sweep() returns integer
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_inv record;
  v_count integer := 0;
begin
  for v_inv in
    select i.id, i.workspace_id
      from public.invoices i
      join public.workspaces w on w.id = i.workspace_id
     where i.status = 'sent'
       and i.due_date < app.local_date(w.time_zone)
       and exists (select 1 from public.webhook_endpoints e
                    where e.workspace_id = i.workspace_id and e.enabled and 'invoice.overdue' = any (e.events))
       and not exists (select 1 from public.webhook_events ev
                        where ev.workspace_id = i.workspace_id and ev.type = 'invoice.overdue' and ev.subject_id = i.id)
     order by i.due_date, i.id
     limit 500
  loop
    perform app.webhook_emit(v_inv.workspace_id, 'invoice.overdue', v_inv.id,
      app.webhook_resource('public.invoices'::regclass,
        (select to_jsonb(i) || jsonb_build_object('status', 'overdue') from public.invoices i where i.id = v_inv.id)));
    v_count := v_count + 1;
  end loop;
  return v_count;
end
$$;

-- Claims up to p_limit due deliveries: each gets one more attempt and a lease
-- (next_attempt_at moves p_lease_seconds on), so a worker that dies mid-send
-- leaves it to be sent again, with the same event id, once the lease is over.
create or replace function app.webhook_claim(p_limit integer, p_lease_seconds integer)
returns table (delivery_id uuid, attempt integer, series_start integer, event_id uuid, event_type text,
               event_created_at timestamptz, payload jsonb, endpoint_id uuid, workspace_id uuid, url text, secret text)
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  return query
  with due as (
    select d.id
      from public.webhook_deliveries d
      join public.webhook_endpoints e on e.id = d.endpoint_id and e.workspace_id = d.workspace_id
     where d.status = 'pending' and d.next_attempt_at <= now() and e.enabled
     order by d.next_attempt_at, d.created_at, d.id
     limit p_limit
       for update of d skip locked
  ), claimed as (
    update public.webhook_deliveries d
       set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => p_lease_seconds)
      from due
     where d.id = due.id
    returning d.id, d.attempts, d.series_start, d.event_id, d.endpoint_id, d.workspace_id
  )
  select c.id, c.attempts, c.series_start, ev.id, ev.type, ev.created_at, ev.payload, e.id, c.workspace_id, e.url, e.secret
    from claimed c
    join public.webhook_events ev on ev.id = c.event_id and ev.workspace_id = c.workspace_id
    join public.webhook_endpoints e on e.id = c.endpoint_id and e.workspace_id = c.workspace_id;
end
$$;

-- Records one attempt (only by the holder of that attempt: a late finisher
-- after a lease takeover is ignored). p_next_at: when to try again, null to
-- give up (abandoned). A delivery given up disables its endpoint: it failed
-- for the whole retry schedule (about a day). Returns the admins to tell.
create or replace function app.webhook_record(
  p_delivery uuid, p_attempt integer, p_ok boolean, p_status integer, p_ms integer,
  p_error text, p_excerpt text, p_next_at timestamptz)
returns table (disabled boolean, workspace_id uuid, endpoint_id uuid, url text, admin_emails text[])
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_d public.webhook_deliveries;
  v_e public.webhook_endpoints;
  v_disable boolean := false;
begin
  update public.webhook_deliveries d
     set status = case when p_ok then 'succeeded' when p_next_at is null then 'abandoned' else 'pending' end,
         next_attempt_at = coalesce(p_next_at, d.next_attempt_at),
         last_attempt_at = now(),
         last_status_code = p_status,
         last_response_ms = p_ms,
         last_error = left(p_error, 500),
         response_excerpt = left(p_excerpt, 1000),
         delivered_at = case when p_ok then now() else d.delivered_at end,
         attempt_log = (
           select coalesce(jsonb_agg(x.entry order by x.n), '[]'::jsonb)
             from (select entry, n from jsonb_array_elements(d.attempt_log || jsonb_build_array(jsonb_build_object(
                     'attempt', p_attempt, 'at', now(), 'ok', p_ok, 'status_code', p_status, 'response_ms', p_ms,
                     'error', left(p_error, 500)))) with ordinality as a(entry, n)
                    order by n desc limit 20) x)
   where d.id = p_delivery and d.attempts = p_attempt and d.status = 'pending'
  returning * into v_d;
  if v_d.id is null then
    return;
  end if;
  if p_ok then
    update public.webhook_endpoints e set failure_streak = 0, failing_since = null
     where e.id = v_d.endpoint_id and e.workspace_id = v_d.workspace_id and (e.failure_streak <> 0 or e.failing_since is not null);
    return;
  end if;
  v_disable := p_next_at is null;
  update public.webhook_endpoints e
     set failure_streak = e.failure_streak + 1,
         failing_since = coalesce(e.failing_since, now()),
         enabled = case when v_disable then false else e.enabled end,
         disabled_reason = case when v_disable and e.enabled
                                then left(format('Disabled automatically on %s: deliveries kept failing (last: %s).',
                                              to_char(now() at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'),
                                              coalesce(p_error, 'HTTP ' || p_status)), 500)
                                else e.disabled_reason end
   where e.id = v_d.endpoint_id and e.workspace_id = v_d.workspace_id
  returning * into v_e;
  if v_disable and v_e.id is not null then
    return query
      select true, v_e.workspace_id, v_e.id, v_e.url,
             array(select u.email from public.workspace_members m join public.users u on u.id = m.user_id
                    where m.workspace_id = v_e.workspace_id and m.role in ('owner', 'admin') and u.email is not null
                    order by u.email);
  end if;
end
$$;

revoke all on function app.webhook_overdue_sweep(), app.webhook_claim(integer, integer),
  app.webhook_record(uuid, integer, boolean, integer, integer, text, text, timestamptz) from public, anon, authenticated;
grant execute on function app.webhook_overdue_sweep(), app.webhook_claim(integer, integer),
  app.webhook_record(uuid, integer, boolean, integer, integer, text, text, timestamptz) to ledgerly_system;

-- A manual redelivery (admins, from a session): the delivery is due again now,
-- for a new series of attempts. Its endpoint must be enabled.
create or replace function app.webhook_redeliver(p_delivery uuid) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if not coalesce(app.can_admin(), false) then
    raise exception using errcode = 'LD403', message = 'Only admins can redeliver webhooks.';
  end if;
  update public.webhook_deliveries d
     set status = 'pending', next_attempt_at = now(), series_start = d.attempts
   where d.id = p_delivery and d.workspace_id = app.workspace_id() and d.status <> 'pending'
  returning d.id into v_id;
  return v_id;
end
$$;
revoke all on function app.webhook_redeliver(uuid) from public, anon;
grant execute on function app.webhook_redeliver(uuid) to authenticated;
