-- An audit entry's context and an invoice's totals without planning a query per call
-- (docs/decisions/0172-plans-kept-in-write-triggers.md).
--
-- app.audit_context() (run by audit_logs_fill for every audit entry) read the
-- changed row with `execute format('select to_jsonb(t) from %s t …')`, after
-- two pg_attribute look-ups: dynamic SQL is parsed and planned on every call,
-- seven times for an invoice with five items. The tables that have an audit
-- trail are now read by static queries, planned once per connection; any
-- other entity (users, workspaces, members, a table added later) takes the
-- generic path as before. Same rows, same context.
--
-- app.compute_invoice_totals() (run by invoices_before_update whenever an
-- invoice's items change) was a SQL function with `set search_path`, planned
-- on every call like the resolvers of 20261210200000; it is the same query in
-- PL/pgSQL.

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

create or replace function app.compute_invoice_totals(p_invoice_id uuid, p_workspace_id uuid, p_discount_type text, p_discount_value numeric,
  OUT subtotal numeric, OUT discount_amount numeric, OUT tax_amount numeric, OUT total_amount numeric, OUT taxes jsonb)
returns record
language plpgsql stable
set search_path = ''
as $$
begin
  select t.subtotal, t.discount_amount, t.tax_amount, t.total_amount, t.taxes
    into subtotal, discount_amount, tax_amount, total_amount, taxes
    from app.invoice_totals(
      (select coalesce(jsonb_agg(jsonb_build_object('quantity', it.quantity, 'unit_price', it.unit_price,
                                                    'tax_rate', it.tax_rate)), '[]'::jsonb)
         from public.invoice_items it
        where it.invoice_id = p_invoice_id and it.workspace_id = p_workspace_id),
      p_discount_type, p_discount_value) t;
end
$$;
