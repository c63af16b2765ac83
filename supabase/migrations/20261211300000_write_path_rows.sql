-- The write path of an invoice create, per row
-- (docs/decisions/0173-invoice-create-per-row-work.md).
--
-- 1. An audit entry of a new row reads the row from its own `changes`. app.audit_context() read
--    every entry's row back from its table (an index look-up and a to_jsonb per entry: seven for
--    an invoice with five items). For an `insert` entry app.audit_row() has just written that
--    row, whole, into `changes`; the entry is written by the inserting statement's own row
--    trigger, so nothing can have changed the row in between. Updates and deletes read as before.
--
-- 2. app.invoice_line_total() is inlined: it was a SQL function with `set search_path`, which
--    PostgreSQL plans again on every call (15 calls per invoice with five items: the items' line
--    totals, then twice per line in app.invoice_totals). Without the `set` and with its operator and
--    function schema-qualified, it is the same expression, folded into the query that calls it.

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
  -- the tables with an audit trail, read by a planned query (the generic read below is planned on every call)
  if p_entity_id is not null and p_entity in ('contacts', 'contact_notes', 'tasks', 'transactions', 'invoices', 'invoice_items',
                                              'quotes', 'credit_notes', 'recurring_invoices', 'time_entries') then
    -- an entry of a new row carries the whole row (app.audit_row: to_jsonb(new) less `search` and
    -- `updated_at`, which the context does not use), written at the end of the inserting statement:
    -- reading it back would find the same row
    if p_action = 'insert' and jsonb_typeof(p_changes) = 'object' and p_changes ->> 'id' = p_entity_id::text then
      v_row := p_changes;
    else
      v_row := case p_entity
        when 'contacts' then (select to_jsonb(t) from public.contacts t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'contact_notes' then (select to_jsonb(t) from public.contact_notes t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'tasks' then (select to_jsonb(t) from public.tasks t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'transactions' then (select to_jsonb(t) from public.transactions t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'invoices' then (select to_jsonb(t) from public.invoices t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'invoice_items' then (select to_jsonb(t) from public.invoice_items t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'quotes' then (select to_jsonb(t) from public.quotes t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'credit_notes' then (select to_jsonb(t) from public.credit_notes t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'recurring_invoices' then (select to_jsonb(t) from public.recurring_invoices t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
        when 'time_entries' then (select to_jsonb(t) from public.time_entries t where t.id = p_entity_id and t.workspace_id = p_workspace_id)
      end;
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

create or replace function app.invoice_line_total(p_quantity numeric, p_unit_price numeric)
returns numeric
language sql immutable
as $$
  select pg_catalog.round(p_quantity operator(pg_catalog.*) p_unit_price, 2)
$$;
