-- Dashboard: money per day kept by the database, and the indexes the
-- dashboard reads through (docs/decisions/0050-dashboard-day-totals.md).
--
--  * transaction_day_totals: one row per account, day, type, category and
--    currency, with the exact sum and count of the transactions behind it;
--  * payment_day_totals: one row per account, day, currency and client, for
--    payments (income transactions) of invoices that have a client (the top
--    clients).
--    Statement triggers on `transactions` keep both in step in the same
--    transaction as every write (API, import, assistant, a hand-written
--    query), so a year of figures is a few thousand rows to add up instead of
--    hundreds of thousands of transactions.
--  * currency: null for a transaction that pays no invoice (it is in the
--    account's currency, whatever that is set to); a payment carries its
--    invoice's currency and client. Both are frozen once an invoice is sent,
--    and only sent invoices take payments, so they never change under one.
--  * Sessions may read their account's rows and nothing else; only the
--    triggers (security definer, like the audit trail) write them.

create table public.transaction_day_totals (
  user_id uuid not null references public.users (id) on delete cascade,
  date date not null,
  type text not null check (type in ('income', 'expense')),
  category text,
  currency char(3) check (currency ~ '^[A-Z]{3}$'),
  amount numeric not null,
  count bigint not null
);
-- the key, and the dashboard's range scans on (user_id, date)
create unique index transaction_day_totals_key
  on public.transaction_day_totals (user_id, date, type, category, currency) nulls not distinct;

create table public.payment_day_totals (
  user_id uuid not null references public.users (id) on delete cascade,
  date date not null,
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  contact_id uuid not null,
  amount numeric not null,
  count bigint not null,
  constraint payment_day_totals_key primary key (user_id, date, currency, contact_id),
  constraint payment_day_totals_contact_fk foreign key (contact_id, user_id)
    references public.contacts (id, user_id)
);

do $$
declare t text;
begin
  foreach t in array array['transaction_day_totals', 'payment_day_totals']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on table public.%I from public, anon, authenticated', t);
    execute format('grant select on public.%I to authenticated', t);
    execute format(
      'create policy %I on public.%I for select to authenticated
         using (user_id = any ((select app.account_ids())::uuid[]))',
      t || '_read_own', t);
  end loop;
end
$$;

-- One change to the totals: a transaction added (+amount, +1) or taken away (−amount, −1).
create type app.money_delta as (
  user_id uuid,
  date date,
  type text,
  category text,
  invoice_id uuid,
  amount numeric,
  n integer
);

-- Applies changes to the day totals: grouped by key, upserted in key order (so
-- that concurrent writers lock rows in the same order), empty rows removed.
-- Rows of an account being deleted are skipped: the cascade removes its
-- totals anyway. (An upsert's candidate row is checked before the conflict is
-- found, so counts may not carry a check constraint: the delta is negative.)
create or replace function app.apply_money_deltas(p_deltas app.money_delta[]) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  if cardinality(p_deltas) = 0 then
    return;
  end if;
  insert into public.transaction_day_totals as t (user_id, date, type, category, currency, amount, count)
  select d.user_id, d.date, d.type, d.category, i.currency, sum(d.amount), sum(d.n)
    from unnest(p_deltas) d
    left join public.invoices i on i.id = d.invoice_id and i.user_id = d.user_id
   where exists (select 1 from public.users u where u.id = d.user_id)
   group by d.user_id, d.date, d.type, d.category, i.currency
  having sum(d.amount) <> 0 or sum(d.n) <> 0
   order by 1, 2, 3, 4 nulls first, 5 nulls first
  on conflict (user_id, date, type, category, currency)
  do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;

  insert into public.payment_day_totals as t (user_id, date, currency, contact_id, amount, count)
  select d.user_id, d.date, i.currency, i.contact_id, sum(d.amount), sum(d.n)
    from unnest(p_deltas) d
    join public.invoices i on i.id = d.invoice_id and i.user_id = d.user_id
   where d.type = 'income' and i.contact_id is not null
     and exists (select 1 from public.users u where u.id = d.user_id)
   group by d.user_id, d.date, i.currency, i.contact_id
  having sum(d.amount) <> 0 or sum(d.n) <> 0
   order by 1, 2, 3, 4
  on conflict (user_id, date, currency, contact_id)
  do update set amount = t.amount + excluded.amount, count = t.count + excluded.count;

  delete from public.transaction_day_totals t
   where t.count = 0
     and (t.user_id, t.date) in (select distinct d.user_id, d.date from unnest(p_deltas) d);
  delete from public.payment_day_totals t
   where t.count = 0
     and (t.user_id, t.date) in (select distinct d.user_id, d.date from unnest(p_deltas) d
                                  where d.type = 'income' and d.invoice_id is not null);
end
$$;
revoke all on function app.apply_money_deltas(app.money_delta[]) from public;

create or replace function app.transactions_day_totals() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform app.apply_money_deltas(array(
      select row(n.user_id, n.date, n.type, n.category, n.invoice_id, n.amount, 1)::app.money_delta from new_rows n));
  elsif tg_op = 'UPDATE' then
    -- an edit that changes none of the keys or the amount cancels out and writes nothing
    perform app.apply_money_deltas(array(
      select row(n.user_id, n.date, n.type, n.category, n.invoice_id, n.amount, 1)::app.money_delta from new_rows n
      union all
      select row(o.user_id, o.date, o.type, o.category, o.invoice_id, -o.amount, -1)::app.money_delta from old_rows o));
  else
    perform app.apply_money_deltas(array(
      select row(o.user_id, o.date, o.type, o.category, o.invoice_id, -o.amount, -1)::app.money_delta from old_rows o));
  end if;
  return null;
end
$$;
revoke all on function app.transactions_day_totals() from public;

-- (a trigger with transition tables serves one event each)
create trigger transactions_day_totals_insert after insert on public.transactions
  referencing new table as new_rows for each statement execute function app.transactions_day_totals();
create trigger transactions_day_totals_update after update on public.transactions
  referencing old table as old_rows new table as new_rows for each statement execute function app.transactions_day_totals();
create trigger transactions_day_totals_delete after delete on public.transactions
  referencing old table as old_rows for each statement execute function app.transactions_day_totals();

-- Recomputes the day totals of one account (or all) from its transactions:
-- for rows written with triggers off (a bulk load as the database owner).
create or replace function app.rebuild_transaction_day_totals(p_user_id uuid default null) returns void
language sql
set search_path = ''
as $$
  delete from public.transaction_day_totals where p_user_id is null or user_id = p_user_id;
  delete from public.payment_day_totals where p_user_id is null or user_id = p_user_id;
  insert into public.transaction_day_totals (user_id, date, type, category, currency, amount, count)
  select t.user_id, t.date, t.type, t.category, i.currency, sum(t.amount), count(*)
    from public.transactions t
    left join public.invoices i on i.id = t.invoice_id and i.user_id = t.user_id
   where p_user_id is null or t.user_id = p_user_id
   group by t.user_id, t.date, t.type, t.category, i.currency;
  insert into public.payment_day_totals (user_id, date, currency, contact_id, amount, count)
  select t.user_id, t.date, i.currency, i.contact_id, sum(t.amount), count(*)
    from public.transactions t
    join public.invoices i on i.id = t.invoice_id and i.user_id = t.user_id
   where (p_user_id is null or t.user_id = p_user_id) and t.type = 'income' and i.contact_id is not null
   group by t.user_id, t.date, i.currency, i.contact_id;
$$;
revoke all on function app.rebuild_transaction_day_totals(uuid) from public;

select app.rebuild_transaction_day_totals();

-- Receivables (outstanding, overdue, aging): sent invoices by due date, with
-- what the figures need, read from the index alone.
create index invoices_user_sent_due_idx on public.invoices (user_id, due_date)
  include (currency, total_amount, amount_paid) where status = 'sent';
