-- Importing a Ledgerly export replays an account through the same triggers as
-- every other write (docs/decisions/0096-export-and-import.md): invoices are
-- created as drafts, their items make the totals, sending freezes them,
-- payments make them paid. Two things a replay must not invent:
--
--  * the history of each invoice (invoice_events): the file carries the real
--    one (created, sent by email on that day, payment recorded …). While the
--    import runs (`app.importing` = 'on', set locally to its transaction), the
--    events the triggers would write for the replay itself are not written;
--    the import inserts the file's events directly.
--  * when an invoice was sent: sending sets `sent_at` to now, and a sent
--    invoice's `sent_at` never changes afterwards. While the import runs, the
--    moment of sending comes from `app.import_sent_at` (a JSON object
--    { "<invoice id>": "<timestamp>" }, set locally before each batch of
--    sends), where it names the invoice.
--
-- Both settings are transaction-local and only the app's SQL sets them; they
-- change nothing but the history and the sending time of the session's own
-- invoices, under the same row level security, and the audit trail still
-- records every row the import writes.

create or replace function app.invoice_events_import_replay() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- depth 1: the import's own insert of the file's history; deeper: a trigger replaying it
  if pg_trigger_depth() > 1 and current_setting('app.importing', true) = 'on' then
    return null;
  end if;
  return new;
end
$$;
revoke all on function app.invoice_events_import_replay() from public;

create trigger invoice_events_import_replay before insert on public.invoice_events
  for each row execute function app.invoice_events_import_replay();

-- Fires after invoices_before_update (BEFORE triggers run in name order), which
-- has just set sent_at to now for a draft being sent.
create or replace function app.invoices_import_sent_at() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_sent_at text;
begin
  if old.status = 'draft' and new.status <> 'draft' and new.sent_at is not null
     and current_setting('app.importing', true) = 'on' then
    v_sent_at := nullif(current_setting('app.import_sent_at', true), '')::jsonb ->> new.id::text;
    if v_sent_at is not null then
      new.sent_at := v_sent_at::timestamptz;
    end if;
  end if;
  return new;
end
$$;
revoke all on function app.invoices_import_sent_at() from public;

create trigger invoices_import_sent_at before update of status on public.invoices
  for each row execute function app.invoices_import_sent_at();
