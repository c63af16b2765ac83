-- Credit notes (docs/decisions/0115-credit-notes.md).
--
--  * A credit note is issued against a sent or paid invoice, for some of its
--    items or for an amount; it never takes more than the invoice has left to
--    credit (its total minus earlier credits). The invoice row is locked while
--    the credit is checked, so concurrent credits cannot together exceed it.
--  * invoices.credited_amount follows the credit notes (kept here, read-only to
--    sessions); balance_due = greatest(total − paid − credited, 0), and an
--    invoice whose payments and credits cover its total is settled (`paid`).
--  * Credit notes have their own series (workspaces.credit_note_prefix,
--    default CN-), numbered under a per-workspace transaction lock.
--  * A credit note reduces the income of the day it is issued (the dashboard's
--    day totals), unless it was refunded as an expense transaction, which the
--    expense side already counts (docs/decisions/0116-credit-notes-in-income.md).
--  * Credit notes are immutable: only the link to their refund may go (when
--    that transaction is deleted); they go with their workspace.

alter table public.workspaces
  add column credit_note_prefix text not null default 'CN-' check (char_length(credit_note_prefix) <= 20);
grant update (credit_note_prefix) on public.workspaces to authenticated;

alter table public.invoices
  add column credited_amount numeric(14, 2) not null default 0 check (credited_amount >= 0);
alter table public.invoices
  add constraint invoices_credited_le_total check (credited_amount <= total_amount);

-- items of an invoice are referenced by the credit notes that credit them
alter table public.invoice_items add constraint invoice_items_id_workspace_key unique (id, workspace_id);

create table public.credit_notes (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  invoice_id uuid not null,
  credit_note_number text not null check (char_length(credit_note_number) between 1 and 80),
  issue_date date not null,
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  -- after the invoice's discount, before tax
  subtotal numeric(14, 2) not null check (subtotal >= 0),
  tax_amount numeric(14, 2) not null default 0 check (tax_amount >= 0),
  total_amount numeric(14, 2) not null check (total_amount > 0),
  reason text check (char_length(reason) <= 2000),
  -- the expense transaction that paid the credit back to the client, if any
  refund_transaction_id uuid,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint credit_notes_id_workspace_key unique (id, workspace_id),
  constraint credit_notes_number_key unique (workspace_id, credit_note_number),
  constraint credit_notes_total check (total_amount = subtotal + tax_amount),
  constraint credit_notes_invoice_fk foreign key (invoice_id, workspace_id)
    references public.invoices (id, workspace_id) on delete cascade,
  constraint credit_notes_refund_fk foreign key (refund_transaction_id, workspace_id)
    references public.transactions (id, workspace_id) on delete set null (refund_transaction_id)
);
create index credit_notes_invoice_idx on public.credit_notes (invoice_id, workspace_id, created_at);
create index credit_notes_workspace_issue_idx on public.credit_notes (workspace_id, issue_date desc, id desc);
create unique index credit_notes_refund_idx on public.credit_notes (refund_transaction_id) where refund_transaction_id is not null;

create table public.credit_note_items (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  credit_note_id uuid not null,
  invoice_item_id uuid not null,
  description text not null check (char_length(description) between 1 and 2000),
  quantity numeric(13, 3) not null check (quantity > 0),
  unit_price numeric(14, 2) not null check (unit_price >= 0),
  tax_rate numeric(6, 3) not null default 0 check (tax_rate >= 0 and tax_rate <= 100),
  -- quantity × unit_price (before the invoice's discount and tax)
  total numeric(14, 2) not null check (total >= 0),
  position integer not null default 0,
  created_at timestamptz(3) not null default now(),
  constraint credit_note_items_note_fk foreign key (credit_note_id, workspace_id)
    references public.credit_notes (id, workspace_id) on delete cascade,
  constraint credit_note_items_item_fk foreign key (invoice_item_id, workspace_id)
    references public.invoice_items (id, workspace_id) on delete cascade
);
create index credit_note_items_note_idx on public.credit_note_items (credit_note_id, workspace_id, position);
create index credit_note_items_item_idx on public.credit_note_items (invoice_item_id, workspace_id);

-- ---------------------------------------------------------------------------
-- Numbering: PREFIX + at least four digits, under a per-workspace lock held
-- until the creating transaction ends (credit notes are never deleted, so the
-- count only grows; numbers taken by an earlier prefix are skipped)
-- ---------------------------------------------------------------------------
create or replace function app.next_credit_note_number(p_workspace_id uuid, p_prefix text) returns text
language plpgsql
set search_path = ''
as $$
declare
  v_next bigint;
  v_candidate text;
begin
  perform pg_advisory_xact_lock(hashtextextended('ledgerly.credit_note_number:' || p_workspace_id::text, 0));
  select count(*) + 1 into v_next from public.credit_notes where workspace_id = p_workspace_id;
  loop
    v_candidate := coalesce(p_prefix, '') || case when v_next < 1000 then lpad(v_next::text, 4, '0') else v_next::text end;
    exit when not exists (
      select 1 from public.credit_notes where workspace_id = p_workspace_id and credit_note_number = v_candidate);
    v_next := v_next + 1;
  end loop;
  return v_candidate;
end
$$;
revoke all on function app.next_credit_note_number(uuid, text) from public, anon;
grant execute on function app.next_credit_note_number(uuid, text) to authenticated;

-- ---------------------------------------------------------------------------
-- What crediting some items is worth: per tax rate, the items' amount after
-- the invoice's discount (in the same proportion as on the invoice, rounded
-- half-up to cents), then the tax at that rate. p_lines: [{ "invoice_item_id",
-- "quantity" }] of items of p_invoice_id.
-- ---------------------------------------------------------------------------
create or replace function app.credit_note_totals(
  p_invoice_id uuid,
  p_workspace_id uuid,
  p_lines jsonb,
  out subtotal numeric,
  out tax_amount numeric,
  out total_amount numeric
)
language sql stable
set search_path = ''
as $$
  with inv as (
    select i.subtotal, i.discount_amount from public.invoices i where i.id = p_invoice_id and i.workspace_id = p_workspace_id
  ),
  lines as (
    select it.tax_rate as rate, (l ->> 'quantity')::numeric * it.unit_price as base
      from jsonb_array_elements(coalesce(p_lines, '[]'::jsonb)) l
      join public.invoice_items it
        on it.id = (l ->> 'invoice_item_id')::uuid and it.invoice_id = p_invoice_id and it.workspace_id = p_workspace_id
  ),
  rates as (
    select l.rate,
           case when inv.subtotal = 0 then 0
                else round(sum(l.base) * (inv.subtotal - inv.discount_amount) / inv.subtotal, 2) end as net
      from lines l cross join inv
     group by l.rate, inv.subtotal, inv.discount_amount
  )
  select coalesce(sum(net), 0), coalesce(sum(round(net * rate / 100, 2)), 0), coalesce(sum(net + round(net * rate / 100, 2)), 0)
    from rates
$$;
revoke all on function app.credit_note_totals(uuid, uuid, jsonb) from public, anon;
grant execute on function app.credit_note_totals(uuid, uuid, jsonb) to authenticated;

-- ---------------------------------------------------------------------------
-- invoices.credited_amount: read-only to sessions (set by the credit notes)
-- ---------------------------------------------------------------------------
create or replace function app.invoices_credited_guard() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- an invoice starts with no credit (an import replays its credit notes)
    new.credited_amount := 0;
  elsif new.credited_amount is distinct from old.credited_amount and pg_trigger_depth() <= 1 then
    raise exception using errcode = 'LD409',
      message = 'The amount credited follows the credit notes issued against the invoice; issue a credit note instead.',
      detail = 'credited_amount', hint = 'is read-only';
  end if;
  return new;
end
$$;
create trigger invoices_credited_guard before insert or update on public.invoices
  for each row execute function app.invoices_credited_guard();

-- Payments and credits together settle an invoice: `paid` once they cover
-- its total; a payment may not take more than the total less the credits.
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
  select id, status, invoice_number, total_amount, amount_paid, credited_amount into v_invoice
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
  if v_paid > v_invoice.total_amount
     or (v_paid > v_invoice.amount_paid and v_paid + v_invoice.credited_amount > v_invoice.total_amount) then
    raise exception using errcode = 'LD422',
      message = format('This payment would bring the amount paid on invoice %s to %s, more than its total of %s%s. The balance due is %s.',
                       v_invoice.invoice_number, v_paid::numeric(20, 2), v_invoice.total_amount,
                       case when v_invoice.credited_amount > 0 then format(' less credits of %s', v_invoice.credited_amount) else '' end,
                       greatest(v_invoice.total_amount - v_invoice.amount_paid - v_invoice.credited_amount, 0)::numeric(20, 2)),
      detail = 'amount',
      hint = format('exceeds the balance due of %s',
                    greatest(v_invoice.total_amount - v_invoice.amount_paid - v_invoice.credited_amount, 0)::numeric(20, 2));
  end if;

  v_status := v_invoice.status;
  if v_invoice.status = 'sent' and v_paid + v_invoice.credited_amount >= v_invoice.total_amount then
    v_status := 'paid';
  elsif v_invoice.status = 'paid' and v_paid + v_invoice.credited_amount < v_invoice.total_amount then
    v_status := 'sent';
  end if;
  if v_paid <> v_invoice.amount_paid or v_status <> v_invoice.status then
    update public.invoices set amount_paid = v_paid, status = v_status
     where id = p_invoice_id and workspace_id = p_workspace_id;
  end if;
end
$$;

-- ---------------------------------------------------------------------------
-- credit_notes: checked against the locked invoice; immutable
-- ---------------------------------------------------------------------------
create or replace function app.credit_notes_before_insert() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_invoice record;
  v_left numeric;
begin
  select id, status, invoice_number, total_amount, credited_amount, currency into v_invoice
    from public.invoices
   where id = new.invoice_id and workspace_id = new.workspace_id
     for no key update;
  if not found then
    raise exception using errcode = 'LD422', message = 'The invoice does not exist in this workspace.',
      detail = 'invoice_id', hint = 'refers to no invoice of this workspace';
  end if;
  if v_invoice.status not in ('sent', 'paid') then
    raise exception using errcode = 'LD409',
      message = format('Invoice %s is %s: only sent, overdue or paid invoices can be credited.', v_invoice.invoice_number, v_invoice.status),
      detail = 'invoice_id', hint = format('refers to a %s invoice', v_invoice.status);
  end if;
  v_left := v_invoice.total_amount - v_invoice.credited_amount;
  if new.total_amount > v_left then
    raise exception using errcode = 'LD409',
      message = format('This credit of %s is more than invoice %s has left to credit (%s).',
                       new.total_amount, v_invoice.invoice_number, v_left::numeric(20, 2)),
      detail = 'amount', hint = format('exceeds what is left to credit (%s)', v_left::numeric(20, 2));
  end if;
  new.currency := v_invoice.currency;
  return new;
end
$$;
create trigger credit_notes_before_insert before insert on public.credit_notes
  for each row execute function app.credit_notes_before_insert();

create or replace function app.credit_notes_before_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- a cascade (deleting the workspace) removes everything
  if tg_op = 'DELETE' then
    if pg_trigger_depth() = 1 then
      raise exception using errcode = 'LD409', message = 'A credit note cannot be deleted: issue it once, keep it for the books.',
        detail = 'id', hint = 'credit notes are permanent';
    end if;
    return old;
  end if;
  if (to_jsonb(new) - 'refund_transaction_id' - 'updated_at') is distinct from (to_jsonb(old) - 'refund_transaction_id' - 'updated_at')
     or (new.refund_transaction_id is not null and new.refund_transaction_id is distinct from old.refund_transaction_id) then
    raise exception using errcode = 'LD409', message = 'A credit note cannot change once issued.',
      detail = 'id', hint = 'credit notes are permanent';
  end if;
  new.updated_at := now();
  return new;
end
$$;
create trigger credit_notes_before_change before update or delete on public.credit_notes
  for each row execute function app.credit_notes_before_change();

-- The invoice follows its credits (as the session: RLS applies).
create or replace function app.credit_notes_after_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  update public.invoices set credited_amount = credited_amount + new.total_amount
   where id = new.invoice_id and workspace_id = new.workspace_id;
  perform app.sync_invoice_payments(new.invoice_id, new.workspace_id);
  -- an import brings the invoice's history from its file
  if current_setting('app.importing', true) = 'on' then
    return null;
  end if;
  insert into public.invoice_events (workspace_id, invoice_id, type, data)
  values (new.workspace_id, new.invoice_id, 'credited',
          jsonb_build_object('credit_note_id', new.id, 'credit_note_number', new.credit_note_number,
                             'amount', new.total_amount::text, 'refunded', new.refund_transaction_id is not null));
  return null;
end
$$;
create trigger credit_notes_after_write after insert on public.credit_notes
  for each row execute function app.credit_notes_after_write();

-- The day totals count a credit that was not refunded as negative income on
-- its issue date (category 'Credit notes'); written by the database alone,
-- like the transactions' deltas (security definer: sessions cannot write them).
create or replace function app.credit_notes_day_totals() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_deltas app.money_delta[] := '{}';
begin
  if tg_op in ('UPDATE', 'DELETE') and old.refund_transaction_id is null then
    v_deltas := v_deltas || row(old.workspace_id, old.issue_date, 'income', 'Credit notes', old.invoice_id, old.total_amount, -1)::app.money_delta;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.refund_transaction_id is null then
    v_deltas := v_deltas || row(new.workspace_id, new.issue_date, 'income', 'Credit notes', new.invoice_id, -new.total_amount, 1)::app.money_delta;
  end if;
  perform app.apply_money_deltas(v_deltas);
  return null;
end
$$;
revoke all on function app.credit_notes_day_totals() from public;
create trigger credit_notes_day_totals after insert or update or delete on public.credit_notes
  for each row execute function app.credit_notes_day_totals();

alter table public.invoice_events drop constraint if exists invoice_events_type_check;
alter table public.invoice_events add constraint invoice_events_type_check
  check (type in ('created', 'status_changed', 'email_sent', 'email_failed', 'payment_recorded', 'payment_changed',
                  'payment_removed', 'credited'));

-- The day totals rebuilt from scratch include the credit notes (same rule).
create or replace function app.rebuild_transaction_day_totals(p_workspace_id uuid DEFAULT NULL::uuid)
 RETURNS void
 LANGUAGE sql
 SET search_path TO ''
AS $$
  delete from public.transaction_day_totals where p_workspace_id is null or workspace_id = p_workspace_id;
  delete from public.payment_day_totals where p_workspace_id is null or workspace_id = p_workspace_id;
  with moves as (
    select t.workspace_id, t.date, t.type, t.category, t.invoice_id, t.amount
      from public.transactions t
     where p_workspace_id is null or t.workspace_id = p_workspace_id
    union all
    select n.workspace_id, n.issue_date, 'income', 'Credit notes', n.invoice_id, -n.total_amount
      from public.credit_notes n
     where (p_workspace_id is null or n.workspace_id = p_workspace_id) and n.refund_transaction_id is null
  )
  insert into public.transaction_day_totals (workspace_id, date, type, category, currency, amount, count)
  select m.workspace_id, m.date, m.type, m.category, i.currency, sum(m.amount), count(*)
    from moves m
    left join public.invoices i on i.id = m.invoice_id and i.workspace_id = m.workspace_id
   group by m.workspace_id, m.date, m.type, m.category, i.currency;
  with moves as (
    select t.workspace_id, t.date, t.invoice_id, t.amount
      from public.transactions t
     where (p_workspace_id is null or t.workspace_id = p_workspace_id) and t.type = 'income'
    union all
    select n.workspace_id, n.issue_date, n.invoice_id, -n.total_amount
      from public.credit_notes n
     where (p_workspace_id is null or n.workspace_id = p_workspace_id) and n.refund_transaction_id is null
  )
  insert into public.payment_day_totals (workspace_id, date, currency, contact_id, amount, count)
  select m.workspace_id, m.date, i.currency, i.contact_id, sum(m.amount), count(*)
    from moves m
    join public.invoices i on i.id = m.invoice_id and i.workspace_id = m.workspace_id
   where m.invoice_id is not null and i.contact_id is not null
   group by m.workspace_id, m.date, i.currency, i.contact_id;
$$;
revoke all on function app.rebuild_transaction_day_totals(uuid) from public;

-- ---------------------------------------------------------------------------
-- Row level security: members read; writers issue (no update, no delete)
-- ---------------------------------------------------------------------------
do $$
declare
  t text;
begin
  foreach t in array array['credit_notes', 'credit_note_items']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on table public.%I from public, anon, authenticated', t);
    execute format('create policy %I on public.%I for select to authenticated
                      using (workspace_id = (select app.workspace_id()))', t || '_read', t);
    execute format('create policy %I on public.%I for insert to authenticated
                      with check (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_insert', t);
    execute format('grant select, insert on public.%I to authenticated', t);
  end loop;
end
$$;

select app.enable_audit('public.credit_notes');
