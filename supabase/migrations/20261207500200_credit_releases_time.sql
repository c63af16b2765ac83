-- Time billed on an invoice is locked until the invoice is deleted or credited
-- (docs/decisions/0106-billing-time.md): once credit notes cover the whole
-- invoice, its time entries are released, unbilled again, to be billed anew.
-- A partial credit keeps them on the invoice. Runs as the session (RLS applies).

create or replace function app.credit_notes_release_time() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if exists (select 1 from public.invoices i
              where i.id = new.invoice_id and i.workspace_id = new.workspace_id
                and i.credited_amount >= i.total_amount) then
    update public.time_entries set invoice_id = null
     where workspace_id = new.workspace_id and invoice_id = new.invoice_id;
  end if;
  return null;
end
$$;
revoke all on function app.credit_notes_release_time() from public;
create trigger credit_notes_release_time after insert on public.credit_notes
  for each row execute function app.credit_notes_release_time();
