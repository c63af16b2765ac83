-- Audit trail: who changed what, which row, the fields before and after, when.
--
-- Written by the database itself, in the same transaction as the change:
-- row triggers on every table of an account, plus named events (sign-in,
-- invoice sent, …) recorded through app.record_event(). Sessions may read
-- their account's entries and nothing else: no grant lets anyone but the
-- owner of these functions write, change or delete an entry.

create table public.audit_logs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  -- the Clerk user id of the session that made the change (null: a system job)
  actor text,
  action text not null check (char_length(action) between 1 and 64),
  entity text not null check (char_length(entity) between 1 and 64),
  entity_id uuid,
  -- insert: the new row; delete: the old row; update: { field: [before, after] }
  changes jsonb not null default '{}'::jsonb,
  -- the wall clock of the change (several changes of one transaction keep their order through seq)
  created_at timestamptz(3) not null default clock_timestamp(),
  seq bigint generated always as identity
);
create index audit_logs_user_seq_idx on public.audit_logs (user_id, seq desc);
create index audit_logs_entity_idx on public.audit_logs (user_id, entity, entity_id, seq desc);

alter table public.audit_logs enable row level security;
alter table public.audit_logs force row level security;
revoke all on table public.audit_logs from public, anon, authenticated;
grant select on public.audit_logs to authenticated;
create policy audit_logs_read_own on public.audit_logs for select to authenticated
  using (user_id = any ((select app.account_ids())::uuid[]));

-- Columns never worth recording (derived, or noise on every update).
create or replace function app.audit_row() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'search' end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'search' end;
  row_data jsonb := coalesce(new_row, old_row);
  account uuid := case when tg_table_name = 'users' then (row_data ->> 'id')::uuid else (row_data ->> 'user_id')::uuid end;
  diff jsonb;
begin
  -- deleting an account removes its trail too (cascade): nothing to record then
  if not exists (select 1 from public.users u where u.id = account) then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    select coalesce(jsonb_object_agg(n.key, jsonb_build_array(old_row -> n.key, n.value)), '{}'::jsonb)
      into diff
      from jsonb_each(new_row) n
     where n.key not in ('updated_at') and (old_row -> n.key) is distinct from n.value;
    if diff = '{}'::jsonb then
      return null;
    end if;
  else
    diff := row_data - 'updated_at';
  end if;
  insert into public.audit_logs (user_id, actor, action, entity, entity_id, changes)
  values (account, auth.jwt() ->> 'sub', lower(tg_op), tg_table_name, (row_data ->> 'id')::uuid, diff);
  return null;
end
$$;
revoke all on function app.audit_row() from public;

-- Attaches the audit trigger to a table of an account (idempotent).
create or replace function app.enable_audit(target regclass) returns void
language plpgsql
as $$
begin
  execute format('drop trigger if exists audit_row on %s', target);
  execute format(
    'create trigger audit_row after insert or update or delete on %s for each row execute function app.audit_row()',
    target);
end
$$;
revoke all on function app.enable_audit(regclass) from public;

select app.enable_audit('public.users');
select app.enable_audit('public.contacts');
select app.enable_audit('public.invoices');
select app.enable_audit('public.invoice_items');
select app.enable_audit('public.transactions');
select app.enable_audit('public.tasks');

-- Named events that are not a row change (sign-in, invoice sent, an assistant
-- action confirmed, a webhook delivery). Only these names; only for the
-- session's own account.
create or replace function app.record_event(event text, entity text, entity_id uuid, details jsonb default '{}'::jsonb)
returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  account uuid;
begin
  if event not in ('auth.signed_in', 'auth.signed_out', 'invoice.sent', 'invoice.reminded', 'payment.recorded',
                   'ai.action_confirmed', 'ai.action_rejected', 'ai.action_undone', 'user.synced', 'contacts.imported') then
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
