-- Business details for the first invoice send
-- (docs/decisions/0091-business-details-before-first-send.md):
--  * payment instructions (bank details, a payment link) on the user row, next
--    to the business name, address and tax id;
--  * the business logo, in a table of its own so that the user row (read on
--    every request) stays small, and so that the audit trail never copies the
--    image into its history;
--  * the number the next invoice will get, read without taking it;
--  * audit events for a receipt email and for a logo change.

-- ---------------------------------------------------------------------------
-- Payment instructions: free text printed on the PDF and in the email
-- ---------------------------------------------------------------------------
alter table public.users
  add column payment_instructions text check (char_length(payment_instructions) <= 2000);
grant update (payment_instructions) on public.users to authenticated;

-- ---------------------------------------------------------------------------
-- The business logo: one small PNG or JPEG per account. The app checks the
-- bytes (signature, dimensions, that the PDF library can draw it) before
-- storing them; the constraints are the last line.
-- ---------------------------------------------------------------------------
create table public.business_logos (
  user_id uuid primary key references public.users (id) on delete cascade,
  content_type text not null check (content_type in ('image/png', 'image/jpeg')),
  content bytea not null check (octet_length(content) between 1 and 204800),
  width integer not null check (width between 1 and 4000),
  height integer not null check (height between 1 and 4000),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now()
);

alter table public.business_logos enable row level security;
alter table public.business_logos force row level security;
revoke all on table public.business_logos from public, anon, authenticated, ledgerly_app, ledgerly_system;
create policy business_logos_tenant on public.business_logos as permissive for all to authenticated
  using (user_id = any ((select app.account_ids())::uuid[]))
  with check (user_id = any ((select app.account_ids())::uuid[]));
create trigger business_logos_set_updated_at before update on public.business_logos
  for each row execute function app.set_updated_at();
grant select, insert, update, delete on public.business_logos to authenticated;

-- ---------------------------------------------------------------------------
-- The next invoice number, as a preview: the same rule as
-- app.next_invoice_number (the counter's next value, numbers already in use
-- skipped), but read-only. An invoice created in the meantime may take it
-- first; forms show it as "the next number", the create decides.
-- ---------------------------------------------------------------------------
create or replace function app.peek_invoice_number(p_user_id uuid, p_prefix text) returns text
language plpgsql stable
set search_path = ''
as $$
declare
  v_next bigint;
  v_candidate text;
begin
  select c.last_number + 1 into v_next from public.invoice_counters c where c.user_id = p_user_id;
  v_next := coalesce(v_next, 1);
  loop
    v_candidate := coalesce(p_prefix, '') || case when v_next < 1000 then lpad(v_next::text, 4, '0') else v_next::text end;
    exit when not exists (
      select 1 from public.invoices where user_id = p_user_id and invoice_number = v_candidate);
    v_next := v_next + 1;
  end loop;
  return v_candidate;
end
$$;
revoke all on function app.peek_invoice_number(uuid, text) from public, anon;
grant execute on function app.peek_invoice_number(uuid, text) to authenticated;

-- ---------------------------------------------------------------------------
-- Named audit events: the earlier list, plus a receipt sent for a paid (or
-- partly paid) invoice and a change of the business logo. A later migration
-- that replaces this function must keep every name of this list.
-- ---------------------------------------------------------------------------
create or replace function app.record_event(event text, entity text, entity_id uuid, details jsonb default '{}'::jsonb)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  account uuid;
begin
  if event not in ('auth.signed_in', 'auth.signed_out', 'invoice.sent', 'invoice.reminded', 'payment.recorded',
                   'ai.action_confirmed', 'ai.action_rejected', 'ai.action_undone', 'user.synced', 'contacts.imported',
                   'invoice.receipt_sent', 'user.logo_changed') then
    raise exception 'unknown audit event %', event using errcode = '22023';
  end if;
  select u.id into account from public.users u where u.clerk_id = (auth.jwt() ->> 'sub');
  if account is null then
    raise exception 'no account for this session' using errcode = '42501';
  end if;
  insert into public.audit_logs (user_id, actor, action, entity, entity_id, changes)
  values (account, auth.jwt() ->> 'sub', event, entity, entity_id, coalesce(details, '{}'::jsonb));
end
$$;
revoke all on function app.record_event(text, text, uuid, jsonb) from public;
grant execute on function app.record_event(text, text, uuid, jsonb) to authenticated;
