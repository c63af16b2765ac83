-- A deal's quote (docs/decisions/0100-deals-pipeline.md): one action makes a
-- draft quote from an open or won deal, as it makes an invoice from a won one;
-- the deal keeps it in quote_id (one per deal) and its history says so.

alter table public.deals
  add column quote_id uuid,
  add constraint deals_quote_fk foreign key (quote_id, workspace_id) references public.quotes (id, workspace_id)
    on delete set null (quote_id),
  add constraint deals_quote_key unique (quote_id);

alter table public.deal_events drop constraint deal_events_type_check;
alter table public.deal_events
  add constraint deal_events_type_check check (type in ('created', 'stage_changed', 'invoiced', 'quoted'));

-- History: creation and every change of stage, with who and when (an import
-- brings the file's history instead: docs/decisions/0096); the invoice and
-- the quote made from the deal.
create or replace function app.deals_after_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_from text;
  v_to text;
begin
  if current_setting('app.importing', true) = 'on' then
    return null;
  end if;
  select s.name into v_to from public.deal_stages s where s.id = new.stage_id and s.workspace_id = new.workspace_id;
  if tg_op = 'INSERT' then
    insert into public.deal_events (workspace_id, deal_id, type, to_stage_id, data)
    values (new.workspace_id, new.id, 'created', new.stage_id, jsonb_build_object('to', v_to, 'title', new.title));
  elsif new.stage_id <> old.stage_id then
    select s.name into v_from from public.deal_stages s where s.id = old.stage_id and s.workspace_id = old.workspace_id;
    insert into public.deal_events (workspace_id, deal_id, type, from_stage_id, to_stage_id, data)
    values (new.workspace_id, new.id, 'stage_changed', old.stage_id, new.stage_id,
            jsonb_strip_nulls(jsonb_build_object('from', v_from, 'to', v_to, 'lost_reason', new.lost_reason)));
  elsif new.invoice_id is not null and old.invoice_id is distinct from new.invoice_id then
    insert into public.deal_events (workspace_id, deal_id, type, to_stage_id, data)
    values (new.workspace_id, new.id, 'invoiced', new.stage_id, jsonb_build_object('invoice_id', new.invoice_id));
  elsif new.quote_id is not null and old.quote_id is distinct from new.quote_id then
    insert into public.deal_events (workspace_id, deal_id, type, to_stage_id, data)
    values (new.workspace_id, new.id, 'quoted', new.stage_id, jsonb_build_object('quote_id', new.quote_id));
  end if;
  return null;
end
$$;
drop trigger deals_after_write on public.deals;
create trigger deals_after_write after insert or update of stage_id, invoice_id, quote_id on public.deals
  for each row execute function app.deals_after_write();
