-- An invoice create's triggers without per-call planning, and its items' audit entries written
-- by one statement (docs/decisions/0225-invoice-create-trigger-work.md).
--
-- 1. app.audit_context() read an updated or deleted row through one `case` of ten subqueries,
--    one per table. PL/pgSQL keeps a plan only when its generic form costs no more than the plan
--    made for the call's values, and the generic form of that `case` carries all ten subqueries:
--    it was planned again on every call (once per invoice create: the totals' update entry).
--    Each table's read is now its own statement in an `if` branch, planned once and kept.
--
-- 2. app.invoice_items_after_statement() locked its invoices with `id = any (array)`, whose
--    generic plan costs more than a one-element one, so it too was planned on every statement.
--    It now locks them one id at a time, in id order as before (a kept plan). It also no longer
--    sets its own search_path (it is not a security definer function, every name it uses is
--    schema-qualified, and it runs with the rights of the statement that fired it): PostgreSQL
--    plans a foreign-key check again whenever the search_path differs from the one its plan was
--    made under, and the invoice's update, which re-checks the new invoice's contact, user and
--    workspace keys (a row inserted by the same transaction is always re-checked), ran under
--    the function's empty path while the insert had checked them under the session's:
--    six foreign-key checks planned again per create.
--
-- 3. Inserted invoice items are audited by one statement per inserting statement
--    (app.audit_rows_inserted(), from the transition table) instead of one trigger call, one
--    `exists` and one insert per row. Each item still has its own entry, with the same action,
--    entity, id, changes, actor, user, API key and context (app.audit_logs_fill() runs per row
--    as before); the entries are in the rows' order, and are written before the items'
--    statement trigger updates the invoice's totals (statement triggers run in name order:
--    `audit_rows_inserted` before `invoice_items_after_insert`), so each entry's context shows
--    the invoice as the row trigger showed it. Updates and deletes of items keep app.audit_row().

create or replace function app.audit_context(p_workspace_id uuid, p_action text, p_entity text, p_entity_id uuid, p_changes jsonb)
returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  v_table regclass := case when p_entity in ('contacts', 'contact_notes', 'tasks', 'transactions', 'invoices', 'invoice_items',
                                            'quotes', 'credit_notes', 'recurring_invoices', 'time_entries') then null
                          else to_regclass(format('public.%I', p_entity)) end;
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
  -- the tables with an audit trail, each read by its own query, planned once per connection (the generic
  -- read below is planned on every call)
  if p_entity_id is not null and p_entity in ('contacts', 'contact_notes', 'tasks', 'transactions', 'invoices', 'invoice_items',
                                              'quotes', 'credit_notes', 'recurring_invoices', 'time_entries') then
    -- an entry of a new row carries the whole row (app.audit_row: to_jsonb(new) less `search` and
    -- `updated_at`, which the context does not use), written at the end of the inserting statement:
    -- reading it back would find the same row
    if p_action = 'insert' and jsonb_typeof(p_changes) = 'object' and p_changes ->> 'id' = p_entity_id::text then
      v_row := p_changes;
    else
      if p_entity = 'contacts' then
        select to_jsonb(t) into v_row from public.contacts t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'contact_notes' then
        select to_jsonb(t) into v_row from public.contact_notes t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'tasks' then
        select to_jsonb(t) into v_row from public.tasks t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'transactions' then
        select to_jsonb(t) into v_row from public.transactions t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'invoices' then
        select to_jsonb(t) into v_row from public.invoices t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'invoice_items' then
        select to_jsonb(t) into v_row from public.invoice_items t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'quotes' then
        select to_jsonb(t) into v_row from public.quotes t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'credit_notes' then
        select to_jsonb(t) into v_row from public.credit_notes t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'recurring_invoices' then
        select to_jsonb(t) into v_row from public.recurring_invoices t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      elsif p_entity = 'time_entries' then
        select to_jsonb(t) into v_row from public.time_entries t where t.id = p_entity_id and t.workspace_id = p_workspace_id;
      end if;
    end if;
  elsif v_table is not null and p_entity_id is not null
     and exists (select 1 from pg_attribute where attrelid = v_table and attname = 'id' and not attisdropped) then
    if p_entity = 'users' then
      v_row := (select to_jsonb(u) from public.users u where u.id = p_entity_id and u.id = p_workspace_id);
    elsif p_entity = 'workspaces' then
      v_row := (select to_jsonb(w) from public.workspaces w where w.id = p_entity_id and w.id = p_workspace_id);
    elsif exists (select 1 from pg_attribute where attrelid = v_table and attname = 'workspace_id' and not attisdropped) then
      execute format('select to_jsonb(t) from %s t where t.id = $1 and t.workspace_id = $2', v_table)
        into v_row using p_entity_id, p_workspace_id;
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
     where i.id = v_invoice_id and i.workspace_id = p_workspace_id;
  end if;
  if v_contact_id is not null then
    select nullif(btrim(concat_ws(' ', c.first_name, c.last_name)), '') into v_contact
      from public.contacts c
     where c.id = v_contact_id and c.workspace_id = p_workspace_id;
  end if;
  v_currency := coalesce(v_row ->> 'currency', v_invoice_currency);
  if v_currency is null and p_entity in ('transactions', 'invoice_items') then
    select w.currency::text into v_currency from public.workspaces w where w.id = p_workspace_id;
  end if;
  v_name := case p_entity
    when 'users' then null
    when 'workspaces' then null
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

create or replace function app.invoice_items_after_statement()
returns trigger
language plpgsql
as $$
declare
  v_ids uuid[];
  v_id uuid;
  v_invoice record;
begin
  -- (each transition table is only named in the branch where it exists)
  if tg_op = 'INSERT' then
    v_ids := array(select distinct n.invoice_id from new_items n order by 1);
  elsif tg_op = 'UPDATE' then
    v_ids := array(select n.invoice_id from new_items n union select o.invoice_id from old_items o order by 1);
  else
    v_ids := array(select distinct o.invoice_id from old_items o order by 1);
  end if;
  -- one invoice at a time, in id order (concurrent statements lock in the same order)
  foreach v_id in array v_ids loop
    select i.id, i.workspace_id, i.status, i.invoice_number into v_invoice
      from public.invoices i
     where i.id = v_id
       for no key update;
    continue when not found;
    if v_invoice.status <> 'draft' then
      raise exception using errcode = 'LD409',
        message = pg_catalog.format('Invoice %s is %s: its items can no longer change.', v_invoice.invoice_number, v_invoice.status),
        detail = 'items', hint = pg_catalog.format('cannot change once the invoice is %s', v_invoice.status);
    end if;
    update public.invoices set updated_at = pg_catalog.now() where id = v_invoice.id and workspace_id = v_invoice.workspace_id;
  end loop;
  return null;
end
$$;

create or replace function app.audit_rows_inserted()
returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  -- what app.audit_row() and the audit_logs defaults read per row, read once per statement
  v_claims jsonb := auth.jwt();
  v_user uuid := app.current_user_id();
begin
  -- a scalar subquery per row (not a join), so the entries keep the rows' order
  insert into public.audit_logs (workspace_id, actor, action, entity, entity_id, changes, user_id, api_key_id)
  select n.workspace_id, v_claims ->> 'sub', 'insert', tg_table_name, n.id, to_jsonb(n) - 'search' - 'updated_at',
         v_user, nullif(v_claims ->> 'api_key_id', '')::uuid
    from new_rows n
   where (select true from public.workspaces w where w.id = n.workspace_id);
  return null;
end
$$;

revoke all on function app.audit_rows_inserted() from public;

drop trigger audit_row on public.invoice_items;
create trigger audit_row after update or delete on public.invoice_items
  for each row execute function app.audit_row();
create trigger audit_rows_inserted after insert on public.invoice_items
  referencing new table as new_rows for each statement execute function app.audit_rows_inserted();
