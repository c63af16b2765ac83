-- Recurring invoices (docs/decisions/0117-recurring-invoices.md).
--
--  * A profile is a template (client, items, currency, notes) and a schedule
--    (frequency from start_date; ends never, after `occurrences` invoices, or
--    on end_date). The scheduled run makes one invoice per period whose date
--    has come in the workspace's time zone, dated to its period.
--  * invoices.recurring_invoice_id + recurring_period name the period an
--    invoice was made for; a unique key on them makes a second invoice for the
--    same period impossible, whatever runs overlap or crash.
--  * `next_date` is kept by the app (the schedule is computed in TypeScript,
--    src/features/recurring/schedule.ts); the run finds due profiles through
--    the `ledgerly_system` role, which learns the workspace and the owner's
--    Clerk id and nothing else; each profile is then handled in a tenant
--    transaction under RLS, like the reminder run.

create table public.recurring_invoices (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  contact_id uuid not null,
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  -- the lines every invoice gets: [{ description, quantity, unit_price, tax_rate }] (checked by the API's schema)
  items jsonb not null check (jsonb_typeof(items) = 'array' and jsonb_array_length(items) between 1 and 200),
  notes text check (char_length(notes) <= 10000),
  frequency text not null check (frequency in ('weekly', 'biweekly', 'monthly', 'quarterly', 'yearly')),
  start_date date not null,
  end_date date,
  occurrences integer check (occurrences between 1 and 1000),
  auto_send boolean not null default false,
  status text not null default 'active' check (status in ('active', 'paused')),
  -- the schedule's state: the last period an invoice was made for, how many
  -- were made, periods skipped before this date (a resume does not catch up),
  -- and the next period's date (null: the schedule has ended)
  last_period date,
  generated_count integer not null default 0 check (generated_count >= 0),
  skip_before date,
  next_date date,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint recurring_invoices_id_workspace_key unique (id, workspace_id),
  constraint recurring_invoices_end_after_start check (end_date is null or end_date >= start_date),
  constraint recurring_invoices_one_end check (end_date is null or occurrences is null),
  -- a contact can only be deleted without invoices; their profiles go with them
  constraint recurring_invoices_contact_fk foreign key (contact_id, workspace_id)
    references public.contacts (id, workspace_id) on delete cascade
);
create index recurring_invoices_workspace_idx on public.recurring_invoices (workspace_id, created_at desc, id desc);
create index recurring_invoices_due_idx on public.recurring_invoices (next_date, workspace_id) where status = 'active';
create index recurring_invoices_contact_idx on public.recurring_invoices (contact_id, workspace_id);
create trigger recurring_invoices_set_updated_at before update on public.recurring_invoices
  for each row execute function app.set_updated_at();

-- a deleted profile leaves its invoices, with the period they were made for
alter table public.invoices
  add column recurring_invoice_id uuid,
  add column recurring_period date,
  add constraint invoices_recurring_pair check (recurring_invoice_id is null or recurring_period is not null),
  add constraint invoices_recurring_fk foreign key (recurring_invoice_id, workspace_id)
    references public.recurring_invoices (id, workspace_id) on delete set null (recurring_invoice_id);
-- the key that makes a second invoice for one period impossible
create unique index invoices_recurring_period_key on public.invoices (recurring_invoice_id, recurring_period)
  where recurring_invoice_id is not null;

-- Workspaces with a profile due, each with a person to act as: its owner.
create or replace function app.recurring_accounts() returns table (workspace_id uuid, clerk_id text)
language sql stable security definer
set search_path = ''
as $$
  select w.id, u.clerk_id
    from public.workspaces w
    join public.workspace_members m on m.workspace_id = w.id and m.role = 'owner'
    join public.users u on u.id = m.user_id
   where exists (
       select 1 from public.recurring_invoices r
        where r.workspace_id = w.id and r.status = 'active' and r.next_date <= app.local_date(w.time_zone))
   order by w.id
$$;
revoke all on function app.recurring_accounts() from public, anon, authenticated;
grant execute on function app.recurring_accounts() to ledgerly_system;

alter table public.recurring_invoices enable row level security;
alter table public.recurring_invoices force row level security;
revoke all on table public.recurring_invoices from public, anon, authenticated;
create policy recurring_invoices_read on public.recurring_invoices for select to authenticated
  using (workspace_id = (select app.workspace_id()));
create policy recurring_invoices_insert on public.recurring_invoices for insert to authenticated
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
create policy recurring_invoices_update on public.recurring_invoices for update to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_write()))
  with check (workspace_id = (select app.workspace_id()) and (select app.can_write()));
create policy recurring_invoices_delete on public.recurring_invoices for delete to authenticated
  using (workspace_id = (select app.workspace_id()) and (select app.can_write()));
grant select, insert, update, delete on public.recurring_invoices to authenticated;

select app.enable_audit('public.recurring_invoices');
