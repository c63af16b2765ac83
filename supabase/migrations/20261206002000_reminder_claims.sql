-- Reminder claims expire (docs/decisions/0083-reliability-claims-timeouts-and-email-transport.md).
--
-- A reminder is claimed (a row with status 'claimed') before its email is
-- sent and marked 'sent' after. A run that crashed or timed out between the
-- two left the claim behind, and the unique (invoice_id, step_days) key kept
-- that reminder from ever being sent. Now a claim has a lease: once
-- `claimed_at` is older than REMINDER_CLAIM_LEASE_MINUTES (default 15), a later
-- run may take it over. `attempts` counts the claims of the row and fences a
-- late finisher: only the holder of the current attempt marks it sent or
-- releases it. Claims left before this migration get `claimed_at` = now, so
-- they are retried one lease after it is applied.
alter table public.invoice_reminders
  add column claimed_at timestamptz(3) not null default now(),
  add column attempts integer not null default 1 check (attempts >= 1);

-- the claims a run may take over are found by invoice and step (the unique
-- key); this keeps the unfinished ones cheap to list for an operator
create index invoice_reminders_unfinished_idx on public.invoice_reminders (claimed_at)
  where status = 'claimed';
