-- Per-workspace summaries the dashboard's stats read instead of the rows (docs/decisions/0174).
--
--  * public.invoice_summaries: per workspace, stored status and currency, the number of
--    invoices, the sum of their totals (`amount`) and of what is still owed on them
--    (`balance` = greatest(total − paid − credited, 0)). A sent invoice becomes "overdue" the
--    day after its due date in the workspace's time zone (app.invoice_effective_status: no
--    job moves it), so sent invoices are kept per due date; every other status has one row
--    per currency (due_date null). Overdue = the sent rows before today: a few hundred rows
--    at most a year, whatever the number of invoices.
--  * public.status_counts: per workspace, contacts and tasks by status. The tasks'
--    time-dependent figures (overdue, due today) stay an indexed count of open tasks
--    (tasks_user_open_due_idx), which is partial and small.
--
-- Both are kept like list_counts (0153): statement-level triggers with transition tables, in
-- the writing transaction (exact after a rollback, a crash, a cascade, an import), as signed
-- deltas added with `insert … on conflict do update` (two writers add up), keys in a fixed
-- order (no deadlock between writers). An update adds the new rows and takes away the old
-- ones, so the payments (amount_paid, ADR 0023), credit notes (credited_amount) and status
-- changes that update an invoice move its figures. Sessions read their workspace's rows;
-- only the triggers (security definer) write. Derived data: not exported (ADR 0096).

create table public.invoice_summaries (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  status text not null,
  currency text not null,
  -- a sent invoice's due date; null for every other status
  due_date date,
  n bigint not null,
  amount numeric not null,
  balance numeric not null,
  constraint invoice_summaries_due_only_sent check ((due_date is null) = (status <> 'sent'))
);
create unique index invoice_summaries_key on public.invoice_summaries (workspace_id, status, currency, due_date) nulls not distinct;

create table public.status_counts (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  list text not null check (list in ('contacts', 'tasks')),
  status text not null,
  n bigint not null,
  primary key (workspace_id, list, status)
);

alter table public.invoice_summaries enable row level security;
alter table public.invoice_summaries force row level security;
alter table public.status_counts enable row level security;
alter table public.status_counts force row level security;
revoke all on table public.invoice_summaries, public.status_counts from public, anon, authenticated;
create policy invoice_summaries_read on public.invoice_summaries for select to authenticated
  using (workspace_id = (select app.workspace_id()));
create policy status_counts_read on public.status_counts for select to authenticated
  using (workspace_id = (select app.workspace_id()));
grant select on public.invoice_summaries, public.status_counts to authenticated;

-- One statement's delta. The signed rows of new_rows (+) and old_rows (−), grouped by key;
-- groups that cancel out (an edit that moves no figure) write nothing. A workspace being
-- deleted (its rows going by cascade) gets no row back. A sent due date whose invoices are
-- all gone or moved on loses its row, so the sent rows stay the dates that have some.
create or replace function app.invoice_summaries_apply() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  -- each statement names only the transition tables its trigger has
  if tg_op = 'INSERT' then
    insert into public.invoice_summaries as s (workspace_id, status, currency, due_date, n, amount, balance)
    select r.workspace_id, r.status, r.currency::text, case when r.status = 'sent' then r.due_date end, count(*),
           sum(r.total_amount), sum(greatest(r.total_amount - r.amount_paid - r.credited_amount, 0))
      from new_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
    on conflict (workspace_id, status, currency, due_date)
    do update set n = s.n + excluded.n, amount = s.amount + excluded.amount, balance = s.balance + excluded.balance;
    return null;
  elsif tg_op = 'DELETE' then
    insert into public.invoice_summaries as s (workspace_id, status, currency, due_date, n, amount, balance)
    select r.workspace_id, r.status, r.currency::text, case when r.status = 'sent' then r.due_date end, -count(*),
           -sum(r.total_amount), -sum(greatest(r.total_amount - r.amount_paid - r.credited_amount, 0))
      from old_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
    on conflict (workspace_id, status, currency, due_date)
    do update set n = s.n + excluded.n, amount = s.amount + excluded.amount, balance = s.balance + excluded.balance;
  else
    insert into public.invoice_summaries as s (workspace_id, status, currency, due_date, n, amount, balance)
    select d.workspace_id, d.status, d.currency, d.due_date, sum(d.n), sum(d.amount), sum(d.balance)
      from (select r.workspace_id, r.status, r.currency::text as currency, case when r.status = 'sent' then r.due_date end as due_date,
                   1 as n, r.total_amount as amount, greatest(r.total_amount - r.amount_paid - r.credited_amount, 0) as balance
              from new_rows r
            union all
            select r.workspace_id, r.status, r.currency::text, case when r.status = 'sent' then r.due_date end,
                   -1, -r.total_amount, -greatest(r.total_amount - r.amount_paid - r.credited_amount, 0)
              from old_rows r) d
     where exists (select 1 from public.workspaces w where w.id = d.workspace_id)
     group by 1, 2, 3, 4
    having sum(d.n) <> 0 or sum(d.amount) <> 0 or sum(d.balance) <> 0
     order by 1, 2, 3, 4
    on conflict (workspace_id, status, currency, due_date)
    do update set n = s.n + excluded.n, amount = s.amount + excluded.amount, balance = s.balance + excluded.balance;
  end if;
  -- a sent due date left without invoices loses its row (this transaction holds the lock of
  -- every row it just changed, so removing an emptied one is safe)
  delete from public.invoice_summaries s
   where s.status = 'sent' and s.n = 0
     and (s.workspace_id, s.currency, s.due_date) in (select r.workspace_id, r.currency::text, r.due_date from old_rows r where r.status = 'sent');
  return null;
end
$$;
revoke all on function app.invoice_summaries_apply() from public, anon, authenticated;

-- The same for contacts and tasks by status; the list is the trigger's argument.
create or replace function app.status_counts_apply() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.status_counts as c (workspace_id, list, status, n)
    select r.workspace_id, tg_argv[0], r.status, count(*) from new_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by r.workspace_id, r.status
     order by r.workspace_id, r.status
    on conflict (workspace_id, list, status) do update set n = c.n + excluded.n;
  elsif tg_op = 'DELETE' then
    insert into public.status_counts as c (workspace_id, list, status, n)
    select r.workspace_id, tg_argv[0], r.status, -count(*) from old_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by r.workspace_id, r.status
     order by r.workspace_id, r.status
    on conflict (workspace_id, list, status) do update set n = c.n + excluded.n;
  else
    insert into public.status_counts as c (workspace_id, list, status, n)
    select d.workspace_id, tg_argv[0], d.status, sum(d.n)
      from (select r.workspace_id, r.status, 1 as n from new_rows r
            union all
            select r.workspace_id, r.status, -1 from old_rows r) d
     where exists (select 1 from public.workspaces w where w.id = d.workspace_id)
     group by d.workspace_id, d.status
    having sum(d.n) <> 0
     order by d.workspace_id, d.status
    on conflict (workspace_id, list, status) do update set n = c.n + excluded.n;
  end if;
  return null;
end
$$;
revoke all on function app.status_counts_apply() from public, anon, authenticated;

create trigger invoices_summary_insert after insert on public.invoices referencing new table as new_rows
  for each statement execute function app.invoice_summaries_apply();
create trigger invoices_summary_update after update on public.invoices referencing old table as old_rows new table as new_rows
  for each statement execute function app.invoice_summaries_apply();
create trigger invoices_summary_delete after delete on public.invoices referencing old table as old_rows
  for each statement execute function app.invoice_summaries_apply();

do $$
declare
  t text;
begin
  foreach t in array array['contacts', 'tasks']
  loop
    execute format('create trigger %I after insert on public.%I referencing new table as new_rows
                      for each statement execute function app.status_counts_apply(%L)', t || '_status_count_insert', t, t);
    execute format('create trigger %I after update on public.%I referencing old table as old_rows new table as new_rows
                      for each statement execute function app.status_counts_apply(%L)', t || '_status_count_update', t, t);
    execute format('create trigger %I after delete on public.%I referencing old table as old_rows
                      for each statement execute function app.status_counts_apply(%L)', t || '_status_count_delete', t, t);
  end loop;
end
$$;

-- The summaries recomputed from the rows, for one workspace or all: after a bulk load with
-- triggers off (the benchmark seeder), and here for the rows already there. Owner only.
create or replace function app.rebuild_dashboard_summaries(p_workspace_id uuid default null) returns void
language plpgsql
set search_path = ''
as $$
begin
  delete from public.invoice_summaries where p_workspace_id is null or workspace_id = p_workspace_id;
  insert into public.invoice_summaries (workspace_id, status, currency, due_date, n, amount, balance)
  select i.workspace_id, i.status, i.currency::text, case when i.status = 'sent' then i.due_date end, count(*),
         sum(i.total_amount), sum(greatest(i.total_amount - i.amount_paid - i.credited_amount, 0))
    from public.invoices i
   where p_workspace_id is null or i.workspace_id = p_workspace_id
   group by 1, 2, 3, 4;

  delete from public.status_counts where p_workspace_id is null or workspace_id = p_workspace_id;
  insert into public.status_counts (workspace_id, list, status, n)
  select c.workspace_id, 'contacts', c.status, count(*) from public.contacts c
   where p_workspace_id is null or c.workspace_id = p_workspace_id
   group by 1, 3;
  insert into public.status_counts (workspace_id, list, status, n)
  select t.workspace_id, 'tasks', t.status, count(*) from public.tasks t
   where p_workspace_id is null or t.workspace_id = p_workspace_id
   group by 1, 3;
end
$$;
revoke all on function app.rebuild_dashboard_summaries(uuid) from public, anon, authenticated;

select app.rebuild_dashboard_summaries();
