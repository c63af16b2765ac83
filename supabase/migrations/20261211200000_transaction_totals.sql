-- The ledger's totals per workspace, type and category, all dates together (docs/decisions/0179).
--
-- The transactions list carries the count, income, expense and net of the whole filtered set
-- on every page. Without a date filter they were the sum of every day total of the workspace
-- (transaction_day_totals: a row per day, type, category and currency, about 7 500 rows for
-- three years of ten categories), the most expensive statement of the list's first page. This
-- table holds the same sums with the dates added up (a row per type and category: a few
-- dozen), so a list without `from`/`to` reads them instead.
--
-- Kept from the day totals themselves, by statement-level triggers with transition tables on
-- transaction_day_totals: whatever writes a day total (app.apply_money_deltas for
-- transactions and credit notes, the day totals' rebuild) moves these by the same signed
-- amount and count, in the writing transaction (exact after a rollback, a crash, a cascade,
-- an import), keys in a fixed order (no deadlock between writers). So each row is the sum of
-- the day totals of its key, at every commit. Sessions read their workspace's rows; only the
-- triggers (security definer) write. Derived data: not exported (ADR 0096).

create table public.transaction_totals (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  type text not null check (type in ('income', 'expense')),
  category text,
  amount numeric not null,
  count bigint not null
);
create unique index transaction_totals_key on public.transaction_totals (workspace_id, type, category) nulls not distinct;

alter table public.transaction_totals enable row level security;
alter table public.transaction_totals force row level security;
revoke all on table public.transaction_totals from public, anon, authenticated;
create policy transaction_totals_read on public.transaction_totals for select to authenticated
  using (workspace_id = (select app.workspace_id()));
grant select on public.transaction_totals to authenticated;

-- One statement's delta on the day totals: the new rows added (+), the old rows taken away
-- (−), grouped by key; groups that cancel out write nothing, and a key whose count reaches
-- zero loses its row (no day total is left under it). A workspace being deleted (its day
-- totals going by cascade) gets no row back.
create or replace function app.transaction_totals_apply() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.transaction_totals as t (workspace_id, type, category, amount, count)
    select r.workspace_id, r.type, r.category, sum(r.amount), sum(r.count) from new_rows r
     where exists (select 1 from public.workspaces w where w.id = r.workspace_id)
     group by r.workspace_id, r.type, r.category
    having sum(r.amount) <> 0 or sum(r.count) <> 0
     order by 1, 2, 3 nulls first
    on conflict (workspace_id, type, category) do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;
    -- (an insert can bring a key back to zero only with negative counts, as a rebuild never does; kept for symmetry)
    delete from public.transaction_totals t
     where t.count = 0 and t.amount = 0 and t.workspace_id in (select r.workspace_id from new_rows r);
  elsif tg_op = 'UPDATE' then
    insert into public.transaction_totals as t (workspace_id, type, category, amount, count)
    select d.workspace_id, d.type, d.category, sum(d.amount), sum(d.count)
      from (select r.workspace_id, r.type, r.category, r.amount, r.count from new_rows r
            union all
            select o.workspace_id, o.type, o.category, -o.amount, -o.count from old_rows o) d
     where exists (select 1 from public.workspaces w where w.id = d.workspace_id)
     group by d.workspace_id, d.type, d.category
    having sum(d.amount) <> 0 or sum(d.count) <> 0
     order by 1, 2, 3 nulls first
    on conflict (workspace_id, type, category) do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;
    delete from public.transaction_totals t
     where t.count = 0 and t.amount = 0 and t.workspace_id in (select r.workspace_id from new_rows r);
  else
    insert into public.transaction_totals as t (workspace_id, type, category, amount, count)
    select o.workspace_id, o.type, o.category, -sum(o.amount), -sum(o.count) from old_rows o
     where exists (select 1 from public.workspaces w where w.id = o.workspace_id)
     group by o.workspace_id, o.type, o.category
    having sum(o.amount) <> 0 or sum(o.count) <> 0
     order by 1, 2, 3 nulls first
    on conflict (workspace_id, type, category) do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;
    delete from public.transaction_totals t
     where t.count = 0 and t.amount = 0 and t.workspace_id in (select o.workspace_id from old_rows o);
  end if;
  return null;
end
$$;
revoke all on function app.transaction_totals_apply() from public, anon, authenticated;

create trigger transaction_day_totals_totals_insert after insert on public.transaction_day_totals
  referencing new table as new_rows for each statement execute function app.transaction_totals_apply();
create trigger transaction_day_totals_totals_update after update on public.transaction_day_totals
  referencing old table as old_rows new table as new_rows for each statement execute function app.transaction_totals_apply();
create trigger transaction_day_totals_totals_delete after delete on public.transaction_day_totals
  referencing old table as old_rows for each statement execute function app.transaction_totals_apply();

-- The totals recomputed from the day totals, for one workspace or all: after a bulk load with
-- triggers off (the benchmark seeder), and here for the day totals already there. Owner only.
create or replace function app.rebuild_transaction_totals(p_workspace_id uuid default null) returns void
language sql
set search_path = ''
as $$
  delete from public.transaction_totals where p_workspace_id is null or workspace_id = p_workspace_id;
  insert into public.transaction_totals (workspace_id, type, category, amount, count)
  select workspace_id, type, category, sum(amount), sum(count)
    from public.transaction_day_totals
   where p_workspace_id is null or workspace_id = p_workspace_id
   group by workspace_id, type, category
  having sum(amount) <> 0 or sum(count) <> 0;
$$;
revoke all on function app.rebuild_transaction_totals(uuid) from public, anon, authenticated;

select app.rebuild_transaction_totals();
