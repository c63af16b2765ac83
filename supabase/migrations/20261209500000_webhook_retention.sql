-- Retention of the webhook log (docs/decisions/0166-webhook-log-retention.md).
-- Finished deliveries (succeeded or abandoned, by their last attempt) and events with no delivery left
-- are deleted once older than the retention; pending deliveries are never
-- touched, and invoice.overdue events stay (they record that the sweep already
-- emitted the event for that invoice).

create index webhook_deliveries_finished_idx on public.webhook_deliveries (last_attempt_at) where status <> 'pending';
create index webhook_events_created_idx on public.webhook_events (created_at) where type <> 'invoice.overdue';

create or replace function app.webhook_prune(p_days integer, p_batch integer default 5000)
returns table (deliveries integer, events integer)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_deliveries integer;
  v_events integer;
begin
  if p_days is null or p_days < 1 then
    raise exception using errcode = '22023', message = 'The retention must be at least one day.';
  end if;
  with old as (
    select d.id from public.webhook_deliveries d
     where d.status in ('succeeded', 'abandoned') and d.last_attempt_at < now() - make_interval(days => p_days)
     order by d.last_attempt_at
     limit p_batch
     for update skip locked
  )
  delete from public.webhook_deliveries d using old where d.id = old.id;
  get diagnostics v_deliveries = row_count;
  with old as (
    select e.id from public.webhook_events e
     where e.type <> 'invoice.overdue' and e.created_at < now() - make_interval(days => p_days)
       and not exists (select 1 from public.webhook_deliveries d where d.event_id = e.id and d.workspace_id = e.workspace_id)
     order by e.created_at
     limit p_batch
     for update skip locked
  )
  delete from public.webhook_events e using old where e.id = old.id;
  get diagnostics v_events = row_count;
  return query select v_deliveries, v_events;
end
$$;

revoke all on function app.webhook_prune(integer, integer) from public, anon, authenticated;
grant execute on function app.webhook_prune(integer, integer) to ledgerly_system;
