-- One piece of work, one entry in the activity (docs/decisions/0063-activity-in-plain-words.md).
--
-- The audit trail records one row per changed row, so one edit of an invoice
-- writes the deleted and re-inserted item rows, the invoice's totals as they
-- go to zero and back, and perhaps a status change. Two columns let the trail
-- show them as the one change they are, in plain words:
--
--  * txid: the database transaction that wrote the row (every request runs in
--    one). Rows with the same txid are one change. Rows written before this
--    migration get a stand-in: consecutive rows of one account and one actor,
--    less than two seconds apart and not following a named event, share the
--    negative seq of the first of them.
--  * context: what the row is about, as it was when the change was made — the
--    record's name (contact name, task title, invoice number, …), the currency
--    its amounts are in, and for invoice lines, payments, tasks and notes the
--    invoice or contact they belong to (with the invoice's total and amount
--    paid, its status and discount type; a transaction's type). Filled by the database for every
--    entry (row triggers and named events alike), so an update that only
--    changed a price still says which invoice, in which currency, even after
--    the invoice is gone.
--
-- Entries stay append-only for sessions: both columns are written by the
-- database, never by a grant.

alter table public.audit_logs add column txid bigint;
alter table public.audit_logs add column context jsonb not null default '{}'::jsonb;

-- What an entry is about. Reads the row as it is now (after an insert or
-- update, in the same transaction) or, when it is gone, the fields the entry
-- carries; only rows of the entry's own account.
create or replace function app.audit_context(p_user_id uuid, p_action text, p_entity text, p_entity_id uuid, p_changes jsonb)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  v_table regclass := to_regclass(format('public.%I', p_entity));
  v_row jsonb;
  v_invoice_id uuid;
  v_contact_id uuid;
  v_number text;
  v_invoice_currency text;
  v_total text;
  v_paid text;
  v_status text;
  v_contact text;
  v_currency text;
  v_name text;
begin
  if v_table is not null and p_entity_id is not null
     and exists (select 1 from pg_attribute where attrelid = v_table and attname = 'id' and not attisdropped) then
    if p_entity = 'users' then
      v_row := (select to_jsonb(u) from public.users u where u.id = p_entity_id and u.id = p_user_id);
    elsif exists (select 1 from pg_attribute where attrelid = v_table and attname = 'user_id' and not attisdropped) then
      execute format('select to_jsonb(t) from %s t where t.id = $1 and t.user_id = $2', v_table)
        into v_row using p_entity_id, p_user_id;
    end if;
  end if;
  -- a deleted row, or one whose table is not readable here: the entry's own fields
  if v_row is null and p_action in ('insert', 'delete') then
    v_row := p_changes;
  end if;
  v_row := coalesce(v_row, '{}'::jsonb);

  v_invoice_id := case when p_entity = 'invoices' then p_entity_id
                       when (v_row ->> 'invoice_id') ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                       then (v_row ->> 'invoice_id')::uuid end;
  v_contact_id := case when p_entity <> 'contacts'
                        and (v_row ->> 'contact_id') ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                       then (v_row ->> 'contact_id')::uuid end;
  if v_invoice_id is not null then
    select i.invoice_number, i.currency::text, i.total_amount::text, i.amount_paid::text, i.status
      into v_number, v_invoice_currency, v_total, v_paid, v_status
      from public.invoices i
     where i.id = v_invoice_id and i.user_id = p_user_id;
  end if;
  if v_contact_id is not null then
    select nullif(btrim(concat_ws(' ', c.first_name, c.last_name)), '') into v_contact
      from public.contacts c
     where c.id = v_contact_id and c.user_id = p_user_id;
  end if;
  v_currency := coalesce(v_row ->> 'currency', v_invoice_currency);
  if v_currency is null and p_entity in ('transactions', 'invoice_items') then
    select u.currency::text into v_currency from public.users u where u.id = p_user_id;
  end if;
  v_name := case p_entity
    when 'users' then null
    when 'contacts' then nullif(btrim(concat_ws(' ', v_row ->> 'first_name', v_row ->> 'last_name')), '')
    when 'invoices' then v_row ->> 'invoice_number'
    else coalesce(v_row ->> 'title', v_row ->> 'name', v_row ->> 'invoice_number', v_row ->> 'description',
                  v_row ->> 'summary')
  end;

  return jsonb_strip_nulls(jsonb_build_object(
    'name', left(v_name, 200),
    'currency', v_currency,
    'invoice_id', v_invoice_id,
    'invoice_number', v_number,
    'total_amount', v_total,
    'amount_paid', v_paid,
    'status', v_status,
    'discount_type', case when p_entity = 'invoices' then v_row ->> 'discount_type' end,
    'type', case when p_entity = 'transactions' then v_row ->> 'type' end,
    'contact_id', v_contact_id,
    'contact', left(v_contact, 200)
  ));
end
$$;
revoke all on function app.audit_context(uuid, text, text, uuid, jsonb) from public;

create or replace function app.audit_logs_fill() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.context := app.audit_context(new.user_id, new.action, new.entity, new.entity_id, new.changes);
  return new;
end
$$;
revoke all on function app.audit_logs_fill() from public;

-- The entries written before this migration: context from the records as they
-- are now (or the entry's own fields), and the stand-in change groups.
update public.audit_logs a
   set context = app.audit_context(a.user_id, a.action, a.entity, a.entity_id, a.changes);

with ordered as (
  select id, user_id, seq,
         case when lag(seq) over w is null
                or lag(actor) over w is distinct from actor
                or lag(action) over w like '%.%'
                or created_at - lag(created_at) over w > interval '2 seconds'
              then 1 else 0 end as starts
    from public.audit_logs
   where txid is null
  window w as (partition by user_id order by seq)
),
numbered as (
  select id, user_id, seq, sum(starts) over (partition by user_id order by seq) as grp from ordered
),
leaders as (
  select id, min(seq) over (partition by user_id, grp) as leader from numbered
)
update public.audit_logs a
   set txid = -l.leader
  from leaders l
 where a.id = l.id;

alter table public.audit_logs alter column txid set default txid_current();
alter table public.audit_logs alter column txid set not null;

create trigger audit_logs_fill before insert on public.audit_logs
  for each row execute function app.audit_logs_fill();

-- The activity pages through changes, newest first; an invoice's history finds
-- the changes that touched it (its row, its lines, its payments, its events).
create index audit_logs_user_txid_idx on public.audit_logs (user_id, txid, seq);
create index audit_logs_user_invoice_idx on public.audit_logs (user_id, (context ->> 'invoice_id'), seq);
