-- Per-workspace row counts of the lists (docs/decisions/0153).
--
--  * public.list_counts: one row per workspace and list, `n` = the number of
--    rows the list shows with no filter. Kept by statement-level triggers with
--    transition tables, in the writing transaction (so it is exact after a
--    rollback, a crash, a cascade, an import), as deltas
--    `insert … on conflict do update set n = n + excluded.n` (so two
--    transactions writing at once add up instead of overwriting each other).
--    No list hides rows by default (no soft deletes, archived rows or done
--    tasks are listed), so the count is the table's count for the workspace.
--  * Sessions read their workspace's rows; only the triggers write (security
--    definer, like the dashboard's day totals).

create table public.list_counts (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  list text not null check (list in ('contacts', 'tasks', 'invoices', 'transactions', 'quotes', 'deals', 'time_entries',
                                     'credit_notes', 'recurring_invoices', 'bank_lines')),
  n bigint not null,
  primary key (workspace_id, list)
);

alter table public.list_counts enable row level security;
alter table public.list_counts force row level security;
revoke all on table public.list_counts from public, anon, authenticated;
create policy list_counts_read on public.list_counts for select to authenticated
  using (workspace_id = (select app.workspace_id()));
grant select on public.list_counts to authenticated;

-- The delta of one statement, per workspace (a row never changes workspace: no
-- update trigger, which would cost every edit its transition tables). The list is the trigger's argument.
-- A workspace being deleted (its rows going by cascade) gets no row back.
create or replace function app.list_counts_apply() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.list_counts as c (workspace_id, list, n)
    select r.workspace_id, tg_argv[0], count(*) from new_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by r.workspace_id
     order by r.workspace_id
    on conflict (workspace_id, list) do update set n = c.n + excluded.n;
  elsif tg_op = 'DELETE' then
    insert into public.list_counts as c (workspace_id, list, n)
    select r.workspace_id, tg_argv[0], -count(*) from old_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by r.workspace_id
     order by r.workspace_id
    on conflict (workspace_id, list) do update set n = c.n + excluded.n;
  end if;
  return null;
end
$$;
revoke all on function app.list_counts_apply() from public, anon, authenticated;

do $$
declare
  t text;
begin
  foreach t in array array['contacts', 'tasks', 'invoices', 'transactions', 'quotes', 'deals', 'time_entries',
                           'credit_notes', 'recurring_invoices', 'bank_lines']
  loop
    execute format('create trigger %I after insert on public.%I referencing new table as new_rows
                      for each statement execute function app.list_counts_apply(%L)', t || '_count_insert', t, t);
    execute format('create trigger %I after delete on public.%I referencing old table as old_rows
                      for each statement execute function app.list_counts_apply(%L)', t || '_count_delete', t, t);
  end loop;
end
$$;

-- The counts recomputed from the rows, for one workspace or all: after a bulk load with
-- triggers off (the benchmark seeder), and here for the rows already there. Owner only.
create or replace function app.rebuild_list_counts(p_workspace_id uuid default null) returns void
language plpgsql
set search_path = ''
as $$
declare
  t text;
begin
  delete from public.list_counts where p_workspace_id is null or workspace_id = p_workspace_id;
  foreach t in array array['contacts', 'tasks', 'invoices', 'transactions', 'quotes', 'deals', 'time_entries',
                           'credit_notes', 'recurring_invoices', 'bank_lines']
  loop
    execute format('insert into public.list_counts (workspace_id, list, n)
                      select workspace_id, %L, count(*) from public.%I where $1 is null or workspace_id = $1
                       group by workspace_id', t, t)
      using p_workspace_id;
  end loop;
end
$$;
revoke all on function app.rebuild_list_counts(uuid) from public, anon, authenticated;

select app.rebuild_list_counts();
