-- Deals pipeline (docs/decisions/0100-deals-pipeline.md).
--
--  * public.deal_stages: the workspace's ordered columns (position dense 0..n-1),
--    each with a probability (0..100) and a kind: open, won or lost. Every
--    workspace gets Lead, Qualified, Proposal, Negotiation, Won, Lost: existing
--    ones here, new ones by a trigger on public.workspaces (whichever way they
--    are made: personal, created, from a Clerk organization). Admins manage them.
--  * public.deals: a card in one stage at a dense position (0 = top), a money
--    value in a currency, an owner who is a member, an optional contact, and
--    the invoice made from it once won (invoice_id; one per deal).
--  * public.deal_events: the deal's history (created, stage changes), written
--    by a trigger with who (user_id) and when.
-- Every reference stays inside one workspace (composite foreign keys).

create table public.deal_stages (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  position integer not null check (position >= 0),
  probability smallint not null default 0 check (probability between 0 and 100),
  kind text not null default 'open' check (kind in ('open', 'won', 'lost')),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint deal_stages_id_workspace_key unique (id, workspace_id),
  -- checked at commit: a reorder shifts several rows in one statement or more
  constraint deal_stages_position_key unique (workspace_id, position) deferrable initially deferred
);
create trigger deal_stages_set_updated_at before update on public.deal_stages
  for each row execute function app.set_updated_at();

create table public.deals (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  title text not null check (char_length(btrim(title)) between 1 and 300),
  contact_id uuid,
  value numeric(14, 2) not null default 0 check (value >= 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  stage_id uuid not null,
  position integer not null check (position >= 0),
  expected_close_date date,
  owner_id uuid,
  lost_reason text check (char_length(lost_reason) between 1 and 1000),
  notes text check (char_length(notes) <= 10000),
  invoice_id uuid,
  search text generated always as (lower(title || ' ' || coalesce(notes, ''))) stored,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint deals_id_workspace_key unique (id, workspace_id),
  constraint deals_position_key unique (workspace_id, stage_id, position) deferrable initially deferred,
  constraint deals_stage_fk foreign key (stage_id, workspace_id) references public.deal_stages (id, workspace_id),
  constraint deals_contact_fk foreign key (contact_id, workspace_id) references public.contacts (id, workspace_id)
    on delete set null (contact_id),
  constraint deals_owner_fk foreign key (workspace_id, owner_id) references public.workspace_members (workspace_id, user_id)
    on delete set null (owner_id),
  constraint deals_invoice_fk foreign key (invoice_id, workspace_id) references public.invoices (id, workspace_id)
    on delete set null (invoice_id),
  constraint deals_invoice_key unique (invoice_id)
);
create index deals_stage_idx on public.deals (workspace_id, stage_id, position);
create index deals_contact_idx on public.deals (workspace_id, contact_id) where contact_id is not null;
create index deals_owner_idx on public.deals (workspace_id, owner_id) where owner_id is not null;
create index deals_close_idx on public.deals (workspace_id, expected_close_date);
create trigger deals_set_updated_at before update on public.deals
  for each row execute function app.set_updated_at();

create table public.deal_events (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  deal_id uuid not null,
  type text not null check (type in ('created', 'stage_changed', 'invoiced')),
  from_stage_id uuid,
  to_stage_id uuid,
  -- the stages' names then (a stage may be renamed or deleted later)
  data jsonb not null default '{}'::jsonb,
  created_at timestamptz(3) not null default now(),
  constraint deal_events_deal_fk foreign key (deal_id, workspace_id) references public.deals (id, workspace_id) on delete cascade
);
create index deal_events_deal_idx on public.deal_events (workspace_id, deal_id, created_at, id);

-- ---------------------------------------------------------------------------
-- Rules the database keeps for every writer
-- ---------------------------------------------------------------------------

-- A deal in a lost stage has a reason; elsewhere it has none.
create or replace function app.deals_before_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_kind text;
begin
  select s.kind into v_kind from public.deal_stages s where s.id = new.stage_id and s.workspace_id = new.workspace_id;
  if v_kind = 'lost' then
    if new.lost_reason is null or btrim(new.lost_reason) = '' then
      raise exception using errcode = 'LD400', message = 'Say why the deal was lost.',
        detail = 'lost_reason', hint = 'is required when the deal moves to a lost stage';
    end if;
  else
    new.lost_reason := null;
  end if;
  return new;
end
$$;
create trigger deals_before_write before insert or update of stage_id, lost_reason on public.deals
  for each row execute function app.deals_before_write();

-- History: creation and every change of stage, with who and when (an import
-- brings the file's history instead: docs/decisions/0096).
create or replace function app.deals_after_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_from text;
  v_to text;
begin
  if current_setting('app.importing', true) = 'on' then
    return null;
  end if;
  select s.name into v_to from public.deal_stages s where s.id = new.stage_id and s.workspace_id = new.workspace_id;
  if tg_op = 'INSERT' then
    insert into public.deal_events (workspace_id, deal_id, type, to_stage_id, data)
    values (new.workspace_id, new.id, 'created', new.stage_id, jsonb_build_object('to', v_to, 'title', new.title));
  elsif new.stage_id <> old.stage_id then
    select s.name into v_from from public.deal_stages s where s.id = old.stage_id and s.workspace_id = old.workspace_id;
    insert into public.deal_events (workspace_id, deal_id, type, from_stage_id, to_stage_id, data)
    values (new.workspace_id, new.id, 'stage_changed', old.stage_id, new.stage_id,
            jsonb_strip_nulls(jsonb_build_object('from', v_from, 'to', v_to, 'lost_reason', new.lost_reason)));
  elsif new.invoice_id is not null and old.invoice_id is distinct from new.invoice_id then
    insert into public.deal_events (workspace_id, deal_id, type, to_stage_id, data)
    values (new.workspace_id, new.id, 'invoiced', new.stage_id, jsonb_build_object('invoice_id', new.invoice_id));
  end if;
  return null;
end
$$;
create trigger deals_after_write after insert or update of stage_id, invoice_id on public.deals
  for each row execute function app.deals_after_write();

-- A stage's kind cannot change while deals are in it (a lost stage's deals carry reasons).
create or replace function app.deal_stages_before_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.kind <> old.kind and exists (select 1 from public.deals d where d.workspace_id = old.workspace_id and d.stage_id = old.id) then
    raise exception using errcode = 'LD409',
      message = format('Stage %s has deals: move them elsewhere before changing its kind.', old.name),
      detail = 'kind', hint = 'cannot change while the stage has deals';
  end if;
  return new;
end
$$;
create trigger deal_stages_before_update before update of kind on public.deal_stages
  for each row execute function app.deal_stages_before_update();

-- ---------------------------------------------------------------------------
-- Default stages, for every workspace
-- ---------------------------------------------------------------------------
create or replace function app.default_deal_stages(p_workspace uuid) returns void
language sql volatile security definer
set search_path = ''
as $$
  insert into public.deal_stages (workspace_id, user_id, name, position, probability, kind)
  select p_workspace, null, s.name, s.position, s.probability, s.kind
    from (values ('Lead', 0, 10, 'open'), ('Qualified', 1, 25, 'open'), ('Proposal', 2, 50, 'open'),
                 ('Negotiation', 3, 75, 'open'), ('Won', 4, 100, 'won'), ('Lost', 5, 0, 'lost'))
         as s (name, position, probability, kind)
   where not exists (select 1 from public.deal_stages d where d.workspace_id = p_workspace)
$$;
revoke all on function app.default_deal_stages(uuid) from public;

create or replace function app.workspaces_default_deal_stages() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform app.default_deal_stages(new.id);
  return null;
end
$$;
revoke all on function app.workspaces_default_deal_stages() from public;
create trigger workspaces_default_deal_stages after insert on public.workspaces
  for each row execute function app.workspaces_default_deal_stages();

select app.default_deal_stages(w.id) from public.workspaces w;

-- ---------------------------------------------------------------------------
-- Row level security and grants
-- ---------------------------------------------------------------------------
alter table public.deal_stages enable row level security;
alter table public.deal_stages force row level security;
alter table public.deals enable row level security;
alter table public.deals force row level security;
alter table public.deal_events enable row level security;
alter table public.deal_events force row level security;
revoke all on table public.deal_stages, public.deals, public.deal_events from public, anon, authenticated;

-- stages: everyone in the workspace reads; admins (and the owner) manage them
create policy deal_stages_read on public.deal_stages for select to authenticated
  using (workspace_id = (select app.workspace_id()));
create policy deal_stages_insert on public.deal_stages for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
create policy deal_stages_update on public.deal_stages for update to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
create policy deal_stages_delete on public.deal_stages for delete to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_admin()));
grant select, insert, update, delete on public.deal_stages to authenticated;

-- deals: everyone reads; members and above write
create policy deals_read on public.deals for select to authenticated
  using (workspace_id = (select app.workspace_id()));
create policy deals_insert on public.deals for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
create policy deals_update on public.deals for update to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_write()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
create policy deals_delete on public.deals for delete to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_write()));
grant select, insert, update, delete on public.deals to authenticated;

-- events: append-only history, written by the trigger in the writer's transaction
create policy deal_events_read on public.deal_events for select to authenticated
  using (workspace_id = (select app.workspace_id()));
create policy deal_events_insert on public.deal_events for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
grant select, insert on public.deal_events to authenticated;
