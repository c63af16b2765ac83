-- Invoices: exact totals computed by the database, numbering, the status
-- machine, payments through transactions, the history of an invoice, and
-- reminders.
--
-- The rules live here, in triggers, so that they hold whatever writes the rows
-- (the API, a CSV import, the assistant, a hand-written query):
--  * invoice_items.total and every invoice total are computed here; a client
--    never sets them (docs/decisions/0020-invoice-totals-rounding.md);
--  * draft → sent → paid, cancelled from draft or sent; `paid` follows the
--    payments and nothing else; only drafts change or disappear
--    (docs/decisions/0022-invoice-status-rules.md);
--  * an income transaction with invoice_id is a payment: amount_paid and the
--    paid status follow it in the same transaction, overpaying is refused
--    (docs/decisions/0023-payments-through-transactions.md).
--
-- Errors raised on purpose carry a custom SQLSTATE that the API maps to its
-- status codes (src/lib/errors): LD400 → 400, LD409 → 409, LD422 → 422; the
-- message is a sentence for the user, DETAIL names the field, HINT the problem.

-- ---------------------------------------------------------------------------
-- Columns on existing tables
-- ---------------------------------------------------------------------------
alter table public.users
  add column invoice_reminder_days smallint[] not null default '{}'
    check (cardinality(invoice_reminder_days) <= 10
           and 1 <= all (invoice_reminder_days) and 365 >= all (invoice_reminder_days));
grant update (invoice_reminder_days) on public.users to authenticated;

-- the tax breakdown per rate: [{ "rate": "19", "base": "100.00", "amount": "19.00" }]
alter table public.invoices add column taxes jsonb not null default '[]'::jsonb;

create index invoices_user_total_idx on public.invoices (user_id, total_amount desc, id desc);
create index invoices_user_number_idx on public.invoices (user_id, invoice_number, id);
create index invoices_number_trgm_idx on public.invoices using gin (lower(invoice_number) gin_trgm_ops);

-- ---------------------------------------------------------------------------
-- Dates and the derived `overdue` status (no nightly job: computed when read)
-- ---------------------------------------------------------------------------

-- Today's date in a time zone; an unknown zone counts as UTC.
create or replace function app.local_date(p_time_zone text) returns date
language plpgsql stable
set search_path = ''
as $$
begin
  return (now() at time zone coalesce(nullif(p_time_zone, ''), 'UTC'))::date;
exception when invalid_parameter_value then
  return (now() at time zone 'UTC')::date;
end
$$;

-- The status a person sees: a sent invoice whose due date has passed is overdue.
-- Use it as app.invoice_effective_status(i.status, i.due_date, app.local_date(u.time_zone)).
create or replace function app.invoice_effective_status(p_status text, p_due_date date, p_today date) returns text
language sql immutable
set search_path = ''
as $$
  select case when p_status = 'sent' and p_due_date < p_today then 'overdue' else p_status end
$$;

grant execute on function app.local_date(text), app.invoice_effective_status(text, date, date) to authenticated;

-- ---------------------------------------------------------------------------
-- Totals. One definition, mirrored exactly by src/features/invoices/totals.ts:
--  line total   = quantity × unit_price (exact)
--  subtotal     = Σ line totals
--  discount     = percent: subtotal × p / 100 rounded half-up to cents;
--                 amount:  the value (at most the subtotal)
--  per tax rate : base_r = Σ line totals at rate r; the discount is shared
--                 across rates in proportion to base_r, in whole cents, by the
--                 largest-remainder method (ties: lower rate first), so the
--                 shares add up to the discount exactly;
--                 tax_r = (base_r − share_r) × r / 100 rounded half-up to cents
--  tax_amount   = Σ tax_r;   total = subtotal − discount + tax_amount
-- All values are non-negative, so round() (half away from zero) is half-up.
-- ---------------------------------------------------------------------------
create or replace function app.invoice_totals(
  p_lines jsonb,
  p_discount_type text,
  p_discount_value numeric,
  out subtotal numeric,
  out discount_amount numeric,
  out tax_amount numeric,
  out total_amount numeric,
  out taxes jsonb
)
language plpgsql immutable
set search_path = ''
as $$
declare
  v_count integer;
begin
  select coalesce(sum((l ->> 'quantity')::numeric * (l ->> 'unit_price')::numeric), 0), count(*)
    into subtotal, v_count
    from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) l;

  if p_discount_type is null or v_count = 0 then
    discount_amount := 0;
  elsif p_discount_type = 'percent' then
    if p_discount_value > 100 then
      raise exception using errcode = 'LD400', message = 'A percentage discount cannot be more than 100.',
        detail = 'discount_value', hint = 'must be at most 100 for a percentage';
    end if;
    discount_amount := round(subtotal * p_discount_value / 100, 2);
  else
    if p_discount_value > subtotal then
      raise exception using errcode = 'LD400',
        message = format('The discount (%s) is larger than the subtotal (%s).', p_discount_value, subtotal::numeric(20, 2)),
        detail = 'discount_value', hint = format('must not exceed the subtotal (%s)', subtotal::numeric(20, 2));
    end if;
    discount_amount := p_discount_value;
  end if;

  with lines as (
    select coalesce((l ->> 'tax_rate')::numeric, 0) as rate,
           (l ->> 'quantity')::numeric * (l ->> 'unit_price')::numeric * 100 as cents
      from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) l
  ),
  rates as (
    select rate, sum(cents) as base_c from lines group by rate
  ),
  shares as (
    select rate, base_c,
           case when subtotal = 0 then 0 else div(discount_amount * 100 * base_c, subtotal * 100) end as floor_c,
           case when subtotal = 0 then 0 else mod(discount_amount * 100 * base_c, subtotal * 100) end as rem
      from rates
  ),
  ranked as (
    select rate, base_c, floor_c,
           row_number() over (order by rem desc, rate asc) as rn,
           discount_amount * 100 - sum(floor_c) over () as leftover
      from shares
  ),
  taxed as (
    select rate,
           (base_c - floor_c - case when rn <= leftover then 1 else 0 end) as taxable_c
      from ranked
  ),
  amounts as (
    select rate, taxable_c / 100 as base, round(taxable_c * rate / 10000, 2) as amount from taxed
  )
  select coalesce(sum(amount), 0),
         coalesce(jsonb_agg(jsonb_build_object(
                    'rate', trim_scale(rate)::text,
                    'base', base::numeric(20, 2)::text,
                    'amount', amount::numeric(20, 2)::text) order by rate)
                  filter (where rate <> 0), '[]'::jsonb)
    into tax_amount, taxes
    from amounts;

  total_amount := subtotal - discount_amount + tax_amount;
end
$$;
grant execute on function app.invoice_totals(jsonb, text, numeric) to authenticated;

-- The totals of a stored invoice, from its items.
create or replace function app.compute_invoice_totals(
  p_invoice_id uuid,
  p_user_id uuid,
  p_discount_type text,
  p_discount_value numeric,
  out subtotal numeric,
  out discount_amount numeric,
  out tax_amount numeric,
  out total_amount numeric,
  out taxes jsonb
)
language sql stable
set search_path = ''
as $$
  select t.subtotal, t.discount_amount, t.tax_amount, t.total_amount, t.taxes
    from app.invoice_totals(
      (select coalesce(jsonb_agg(jsonb_build_object('quantity', it.quantity, 'unit_price', it.unit_price,
                                                    'tax_rate', it.tax_rate)), '[]'::jsonb)
         from public.invoice_items it
        where it.invoice_id = p_invoice_id and it.user_id = p_user_id),
      p_discount_type, p_discount_value) t
$$;
grant execute on function app.compute_invoice_totals(uuid, uuid, text, numeric) to authenticated;

-- ---------------------------------------------------------------------------
-- invoice_items: the line total is computed; items change only on drafts
-- ---------------------------------------------------------------------------
create or replace function app.invoice_items_line_total() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.total := new.quantity::numeric * new.unit_price;
  return new;
end
$$;
create trigger invoice_items_line_total before insert or update on public.invoice_items
  for each row execute function app.invoice_items_line_total();

-- After each statement on items: refuse changes to items of an invoice that is
-- no longer a draft, then let the invoice recompute its totals (once per
-- invoice and statement). After a cascade (deleting a draft invoice, deleting
-- an account) the invoices are gone and there is nothing to do.
create or replace function app.invoice_items_after_statement() returns trigger
language plpgsql
set search_path = ''
as $$
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
    select i.id, i.user_id, i.status, i.invoice_number
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
    update public.invoices set updated_at = now() where id = v_invoice.id and user_id = v_invoice.user_id;
  end loop;
  return null;
end
$$;
create trigger invoice_items_after_insert after insert on public.invoice_items
  referencing new table as new_items for each statement execute function app.invoice_items_after_statement();
create trigger invoice_items_after_update after update on public.invoice_items
  referencing old table as old_items new table as new_items for each statement execute function app.invoice_items_after_statement();
create trigger invoice_items_after_delete after delete on public.invoice_items
  referencing old table as old_items for each statement execute function app.invoice_items_after_statement();

-- ---------------------------------------------------------------------------
-- invoices: created as drafts; totals recomputed while draft; the status
-- machine; content frozen once sent; only drafts deleted
-- ---------------------------------------------------------------------------
create or replace function app.invoices_before_insert() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status <> 'draft' then
    raise exception using errcode = 'LD409',
      message = 'An invoice starts as a draft; add its items, then send it or mark it as sent.',
      detail = 'status', hint = 'must be draft when the invoice is created';
  end if;
  -- no items exist yet: the totals follow when they are added
  new.subtotal := 0;
  new.discount_amount := 0;
  new.tax_amount := 0;
  new.total_amount := 0;
  new.taxes := '[]'::jsonb;
  new.amount_paid := 0;
  new.sent_at := null;
  new.paid_at := null;
  return new;
end
$$;
create trigger invoices_before_insert before insert on public.invoices
  for each row execute function app.invoices_before_insert();

create or replace function app.invoices_before_update() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  -- true when another trigger (payments, items) made this change
  v_internal boolean := pg_trigger_depth() > 1;
  v_field text;
  v_totals record;
begin
  if new.id <> old.id or new.user_id <> old.user_id then
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
    select * into v_totals from app.compute_invoice_totals(new.id, new.user_id, new.discount_type, new.discount_value);
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
create trigger invoices_before_update before update on public.invoices
  for each row execute function app.invoices_before_update();

create or replace function app.invoices_before_delete() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- a cascade (deleting an account) removes everything
  if pg_trigger_depth() = 1 and old.status <> 'draft' then
    raise exception using errcode = 'LD409',
      message = format('Invoice %s is %s: only drafts can be deleted. Cancel it instead.', old.invoice_number, old.status),
      detail = 'status', hint = 'only drafts can be deleted';
  end if;
  return old;
end
$$;
create trigger invoices_before_delete before delete on public.invoices
  for each row execute function app.invoices_before_delete();

-- ---------------------------------------------------------------------------
-- invoice_events: the history of an invoice (append-only)
-- ---------------------------------------------------------------------------
create table public.invoice_events (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  invoice_id uuid not null,
  type text not null check (type in ('created', 'status_changed', 'email_sent', 'email_failed',
                                     'payment_recorded', 'payment_changed', 'payment_removed')),
  data jsonb not null default '{}'::jsonb,
  -- clock time, so that events of one transaction keep their order
  created_at timestamptz(3) not null default clock_timestamp(),
  constraint invoice_events_invoice_fk foreign key (invoice_id, user_id)
    references public.invoices (id, user_id) on delete cascade
);
create index invoice_events_invoice_idx on public.invoice_events (invoice_id, user_id, created_at desc);
create index invoice_events_user_created_idx on public.invoice_events (user_id, created_at desc, id desc);

create or replace function app.invoices_after_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.invoice_events (user_id, invoice_id, type, data)
    values (new.user_id, new.id, 'created', jsonb_build_object('invoice_number', new.invoice_number));
  elsif new.status <> old.status then
    insert into public.invoice_events (user_id, invoice_id, type, data)
    values (new.user_id, new.id, 'status_changed', jsonb_build_object('from', old.status, 'to', new.status));
  end if;
  return null;
end
$$;
create trigger invoices_after_write after insert or update on public.invoices
  for each row execute function app.invoices_after_write();

-- ---------------------------------------------------------------------------
-- Payments: income transactions with invoice_id
-- ---------------------------------------------------------------------------

-- Recomputes amount_paid and the paid/sent status of one invoice from its
-- payments, with the invoice row locked, so that concurrent payments are
-- applied one after the other and none is lost (under READ COMMITTED the sum
-- is read after the lock is granted and sees every committed payment).
create or replace function app.sync_invoice_payments(p_invoice_id uuid, p_user_id uuid) returns void
language plpgsql
set search_path = ''
as $$
declare
  v_invoice record;
  v_paid numeric;
  v_status text;
begin
  select id, status, invoice_number, total_amount, amount_paid into v_invoice
    from public.invoices
   where id = p_invoice_id and user_id = p_user_id
     for no key update;
  if not found then
    return;
  end if;
  select coalesce(sum(amount), 0) into v_paid
    from public.transactions
   where invoice_id = p_invoice_id and user_id = p_user_id and type = 'income';

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
     where id = p_invoice_id and user_id = p_user_id;
  end if;
end
$$;

create or replace function app.transactions_sync_payments() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_ids uuid[];
  v_id uuid;
  v_user uuid;
begin
  if tg_op = 'UPDATE'
     and old.invoice_id is not distinct from new.invoice_id
     and old.amount = new.amount and old.type = new.type then
    return null;
  end if;
  if tg_op = 'DELETE' then
    v_user := old.user_id;
  else
    v_user := new.user_id;
  end if;

  -- the history first, so that it reads payment → paid. (When an account is
  -- deleted, its invoices are gone by the time this runs: nothing to record.)
  if tg_op in ('UPDATE', 'DELETE') and old.invoice_id is not null
     and (tg_op = 'DELETE' or new.invoice_id is distinct from old.invoice_id)
     and exists (select 1 from public.invoices where id = old.invoice_id and user_id = old.user_id) then
    insert into public.invoice_events (user_id, invoice_id, type, data)
    values (old.user_id, old.invoice_id, 'payment_removed',
            jsonb_build_object('transaction_id', old.id, 'amount', old.amount::text, 'date', old.date));
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.invoice_id is not null then
    if tg_op = 'INSERT' or new.invoice_id is distinct from old.invoice_id then
      insert into public.invoice_events (user_id, invoice_id, type, data)
      values (new.user_id, new.invoice_id, 'payment_recorded',
              jsonb_build_object('transaction_id', new.id, 'amount', new.amount::text, 'date', new.date));
    elsif new.amount <> old.amount then
      insert into public.invoice_events (user_id, invoice_id, type, data)
      values (new.user_id, new.invoice_id, 'payment_changed',
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
    perform app.sync_invoice_payments(v_id, v_user);
  end loop;
  return null;
end
$$;
create trigger transactions_sync_payments after insert or update or delete on public.transactions
  for each row execute function app.transactions_sync_payments();

-- ---------------------------------------------------------------------------
-- Numbering: one counter row per account, locked by the upsert until the
-- creating transaction ends (docs/decisions/0021-invoice-numbering.md)
-- ---------------------------------------------------------------------------
create table public.invoice_counters (
  user_id uuid primary key references public.users (id) on delete cascade,
  last_number bigint not null default 0 check (last_number >= 0),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now()
);

-- The next free number with the given prefix: PREFIX + at least four digits.
-- Numbers a client chose by hand are skipped. A failed create rolls the
-- counter back with everything else.
create or replace function app.next_invoice_number(p_user_id uuid, p_prefix text) returns text
language plpgsql
set search_path = ''
as $$
declare
  v_next bigint;
  v_candidate text;
begin
  insert into public.invoice_counters as c (user_id, last_number) values (p_user_id, 1)
  on conflict (user_id) do update set last_number = c.last_number + 1
  returning last_number into v_next;
  loop
    v_candidate := coalesce(p_prefix, '') || case when v_next < 1000 then lpad(v_next::text, 4, '0') else v_next::text end;
    exit when not exists (
      select 1 from public.invoices where user_id = p_user_id and invoice_number = v_candidate);
    v_next := v_next + 1;
  end loop;
  update public.invoice_counters set last_number = v_next where user_id = p_user_id and last_number <> v_next;
  return v_candidate;
end
$$;
grant execute on function app.next_invoice_number(uuid, text) to authenticated;

-- ---------------------------------------------------------------------------
-- Reminders: one row per reminder the schedule sent (claimed before sending)
-- ---------------------------------------------------------------------------
create table public.invoice_reminders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  invoice_id uuid not null,
  -- the interval (days after the due date) this reminder stands for
  step_days smallint not null check (step_days between 1 and 365),
  -- the day it was sent, in the account's time zone: at most one a day
  local_date date not null,
  status text not null default 'claimed' check (status in ('claimed', 'sent')),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint invoice_reminders_step_key unique (invoice_id, step_days),
  constraint invoice_reminders_day_key unique (invoice_id, local_date),
  constraint invoice_reminders_invoice_fk foreign key (invoice_id, user_id)
    references public.invoices (id, user_id) on delete cascade
);
create index invoice_reminders_user_idx on public.invoice_reminders (user_id, local_date desc);

-- ---------------------------------------------------------------------------
-- The scheduler's role. The reminder run has no user session; it may learn
-- which accounts have a reminder due, and nothing else: the role can execute
-- this one function, which returns Clerk user ids only. Each account is then
-- processed in its own tenant transaction, under RLS like any request
-- (docs/decisions/0025-reminders-system-role.md).
-- ---------------------------------------------------------------------------
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'ledgerly_system') then
    create role ledgerly_system nologin noinherit;
  end if;
  -- the role that runs the migrations (and, in most set-ups, the app) may switch to it
  if not pg_has_role(current_user, 'ledgerly_system', 'member') then
    execute format('grant ledgerly_system to %I', current_user);
  end if;
end
$$;
grant usage on schema app to ledgerly_system;

create or replace function app.reminder_accounts() returns table (clerk_id text)
language sql stable security definer
set search_path = ''
as $$
  select u.clerk_id
    from public.users u
   where cardinality(u.invoice_reminder_days) > 0
     and exists (
       select 1 from public.invoices i
        where i.user_id = u.id
          and i.status = 'sent'
          and i.due_date + (select min(d)::integer from unnest(u.invoice_reminder_days) d) <= app.local_date(u.time_zone))
   order by u.clerk_id
$$;
revoke all on function app.reminder_accounts() from public;
grant execute on function app.reminder_accounts() to ledgerly_system;

-- ---------------------------------------------------------------------------
-- Row Level Security on the new tables, like every other table
-- ---------------------------------------------------------------------------
do $$
declare t text;
begin
  foreach t in array array['invoice_events', 'invoice_counters', 'invoice_reminders']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on table public.%I from public, anon', t);
    execute format(
      'create policy %I on public.%I as permissive for all to authenticated
         using (user_id = any ((select app.account_ids())::uuid[]))
         with check (user_id = any ((select app.account_ids())::uuid[]))',
      t || '_tenant', t);
  end loop;
end
$$;

create trigger invoice_counters_set_updated_at before update on public.invoice_counters
  for each row execute function app.set_updated_at();
create trigger invoice_reminders_set_updated_at before update on public.invoice_reminders
  for each row execute function app.set_updated_at();

grant select, insert on public.invoice_events to authenticated;
grant select, insert, update on public.invoice_counters to authenticated;
grant select, insert, update, delete on public.invoice_reminders to authenticated;
