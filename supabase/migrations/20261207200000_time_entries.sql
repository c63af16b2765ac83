-- Time tracking (docs/decisions/0105-time-entries.md, 0106-billing-time.md).
--
--  * public.time_entries: time a member spent, for a client (contact) or none
--    yet, from started_at to ended_at (null while a timer runs); user_id is the
--    member the time belongs to (the caller by default; admins may log for
--    another member). duration_minutes is derived by the database.
--  * One running timer per member and workspace, kept by the database: a
--    partial unique index, so two starts at the same moment give one row.
--  * Billing: invoice_id is set when the entry becomes an invoice line; from
--    then on the entry is locked (LD409 on change or delete) until the invoice
--    is deleted, which sets invoice_id back to null (on delete set null).
--  * Rates: an explicit hourly_rate on the entry, else the client's
--    contacts.hourly_rate, else the workspace's default_hourly_rate; the
--    workspace's time_rounding_minutes (0, 6 or 15) applies when billing only.

alter table public.workspaces
  add column default_hourly_rate numeric(14, 2) check (default_hourly_rate >= 0),
  add column time_rounding_minutes smallint not null default 0 check (time_rounding_minutes in (0, 6, 15));
grant update (default_hourly_rate, time_rounding_minutes) on public.workspaces to authenticated;

alter table public.contacts
  add column hourly_rate numeric(14, 2) check (hourly_rate >= 0);

create table public.time_entries (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  -- the member the time belongs to (null once they have left the workspace)
  user_id uuid default app.current_user_id(),
  contact_id uuid,
  invoice_id uuid,
  description text not null check (char_length(description) between 1 and 2000),
  started_at timestamptz(3) not null,
  ended_at timestamptz(3),
  duration_minutes integer generated always as ((round(extract(epoch from (ended_at - started_at)) / 60))::integer) stored,
  -- started with the timer (only a timer may be running)
  timer boolean not null default false,
  billable boolean not null default true,
  hourly_rate numeric(14, 2) check (hourly_rate >= 0),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint time_entries_id_workspace_key unique (id, workspace_id),
  constraint time_entries_order check (ended_at is null or (ended_at >= started_at and ended_at - started_at <= interval '31 days')),
  constraint time_entries_running_is_timer check (ended_at is not null or timer),
  constraint time_entries_member_fk foreign key (workspace_id, user_id)
    references public.workspace_members (workspace_id, user_id) on delete set null (user_id),
  constraint time_entries_contact_fk foreign key (contact_id, workspace_id)
    references public.contacts (id, workspace_id) on delete set null (contact_id),
  constraint time_entries_invoice_fk foreign key (invoice_id, workspace_id)
    references public.invoices (id, workspace_id) on delete set null (invoice_id)
);

-- one running timer per member
create unique index time_entries_one_running on public.time_entries (workspace_id, user_id) where ended_at is null and timer;
create index time_entries_started_idx on public.time_entries (workspace_id, started_at desc, id desc);
create index time_entries_contact_idx on public.time_entries (workspace_id, contact_id, started_at) where contact_id is not null;
create index time_entries_unbilled_idx on public.time_entries (workspace_id, contact_id, started_at)
  where invoice_id is null and billable;
create index time_entries_invoice_idx on public.time_entries (workspace_id, invoice_id) where invoice_id is not null;
create index time_entries_user_idx on public.time_entries (workspace_id, user_id, started_at desc);

create trigger time_entries_set_updated_at before update on public.time_entries
  for each row execute function app.set_updated_at();

-- An entry on an invoice is locked: it may only lose its invoice (the invoice
-- was deleted), its client or its member (deleted or left), or go with its
-- workspace or invoice.
create or replace function app.time_entries_locked() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.invoice_id is null then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  if tg_op = 'DELETE' then
    if not exists (select 1 from public.workspaces w where w.id = old.workspace_id)
       or not exists (select 1 from public.invoices i where i.id = old.invoice_id) then
      return old;
    end if;
  elsif new.invoice_id is null
        or (new.invoice_id = old.invoice_id
            and new.description = old.description and new.started_at = old.started_at
            and new.ended_at is not distinct from old.ended_at and new.billable = old.billable
            and new.hourly_rate is not distinct from old.hourly_rate and new.timer = old.timer
            and (new.contact_id is not distinct from old.contact_id or new.contact_id is null)
            and (new.user_id is not distinct from old.user_id or new.user_id is null)) then
    return new;
  end if;
  raise exception using errcode = 'LD409',
    message = 'This time is on an invoice: delete the invoice (or credit it) before changing it.',
    detail = 'invoice_id', hint = 'is on an invoice';
end
$$;
create trigger time_entries_locked before update or delete on public.time_entries
  for each row execute function app.time_entries_locked();
revoke all on function app.time_entries_locked() from public;

alter table public.time_entries enable row level security;
alter table public.time_entries force row level security;
revoke all on table public.time_entries from public, anon, authenticated;
create policy time_entries_read on public.time_entries for select to authenticated
  using (workspace_id = (select app.workspace_id()));
create policy time_entries_insert on public.time_entries for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
create policy time_entries_update on public.time_entries for update to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_write()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
create policy time_entries_delete on public.time_entries for delete to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_write()));
grant select, insert, update, delete on public.time_entries to authenticated;

select app.enable_audit('public.time_entries');
