-- Time logged against a deal (docs/decisions/0105-time-entries.md): an optional
-- reference inside the workspace, like the client. Deleting the deal keeps the
-- time and clears the reference, even on an entry locked by its invoice.

alter table public.time_entries
  add column deal_id uuid,
  add constraint time_entries_deal_fk foreign key (deal_id, workspace_id)
    references public.deals (id, workspace_id) on delete set null (deal_id);
create index time_entries_deal_idx on public.time_entries (workspace_id, deal_id, started_at) where deal_id is not null;

-- An entry on an invoice is locked: it may only lose its invoice (the invoice
-- was deleted), its client, deal or member (deleted or left), or go with its
-- workspace or invoice.
create or replace function app.time_entries_locked() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.invoice_id is null then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  if tg_op = 'DELETE' then
    if not exists (select 1 from public.workspaces w where w.id = old.workspace_id)
       or not exists (select 1 from public.invoices i where i.id = old.invoice_id) then
      return old;
    end if;
  elsif new.invoice_id is null
        or (new.invoice_id = old.invoice_id
            and new.description = old.description and new.started_at = old.started_at
            and new.ended_at is not distinct from old.ended_at and new.billable = old.billable
            and new.hourly_rate is not distinct from old.hourly_rate and new.timer = old.timer
            and (new.contact_id is not distinct from old.contact_id or new.contact_id is null)
            and (new.deal_id is not distinct from old.deal_id or new.deal_id is null)
            and (new.user_id is not distinct from old.user_id or new.user_id is null)) then
    return new;
  end if;
  raise exception using errcode = 'LD409',
    message = 'This time is on an invoice: delete the invoice (or credit it) before changing it.',
    detail = 'invoice_id', hint = 'is on an invoice';
end
$$;
