-- Tasks and transactions as the API lists them, and dated notes on contacts.
--
--  * tasks: `completed_at` maintained by the database when the status becomes
--    or leaves `completed`; a priority rank (high > medium > low) and a due-date
--    sort key that puts undated tasks last, both indexed for keyset paging;
--    `q` on title and description (trigram).
--  * transactions: `q` on description and category (trigram); indexes for the
--    category and amount sorts.
--  * contact_notes: dated notes on a contact, tenant-sealed like every table.

-- ---------------------------------------------------------------------------
-- tasks
-- ---------------------------------------------------------------------------
alter table public.tasks
  add column priority_rank smallint generated always as (
    case priority when 'high' then 3 when 'medium' then 2 else 1 end
  ) stored,
  add column search text generated always as (
    lower(title || ' ' || coalesce(description, ''))
  ) stored;

create or replace function app.tasks_set_completed_at() returns trigger
language plpgsql as $$
begin
  if new.status <> 'completed' then
    new.completed_at := null;
  elsif tg_op = 'INSERT' then
    new.completed_at := coalesce(new.completed_at, now());
  elsif old.status <> 'completed' then
    new.completed_at := now();
  else
    new.completed_at := coalesce(new.completed_at, old.completed_at, now());
  end if;
  return new;
end
$$;

create trigger tasks_set_completed_at before insert or update of status, completed_at on public.tasks
  for each row execute function app.tasks_set_completed_at();

-- due-date order: undated tasks after every dated one (keyset needs a non-null key)
create index tasks_user_due_sort_idx
  on public.tasks (user_id, (coalesce(due_date, 'infinity'::timestamptz)), id);
create index tasks_user_status_due_sort_idx
  on public.tasks (user_id, status, (coalesce(due_date, 'infinity'::timestamptz)), id);
create index tasks_user_priority_idx on public.tasks (user_id, priority_rank desc, id desc);
create index tasks_user_priority_filter_idx
  on public.tasks (user_id, priority, (coalesce(due_date, 'infinity'::timestamptz)), id);
create index tasks_user_open_due_idx on public.tasks (user_id, due_date)
  where status in ('pending', 'in_progress');
create index tasks_contact_due_idx
  on public.tasks (contact_id, user_id, (coalesce(due_date, 'infinity'::timestamptz)), id)
  where contact_id is not null;
create index tasks_search_trgm_idx on public.tasks using gin (search gin_trgm_ops);

-- the foundation's plain due-date indexes are superseded by the sort-key ones
drop index if exists public.tasks_user_due_idx;
drop index if exists public.tasks_user_status_due_idx;

-- ---------------------------------------------------------------------------
-- transactions
-- ---------------------------------------------------------------------------
alter table public.transactions
  add column search text generated always as (
    lower(coalesce(description, '') || ' ' || coalesce(category, ''))
  ) stored;

create index transactions_user_category_date_idx
  on public.transactions (user_id, category, date desc, id desc);
drop index if exists public.transactions_user_category_idx;
create index transactions_user_amount_idx on public.transactions (user_id, amount desc, id desc);
create index transactions_user_invoice_date_idx
  on public.transactions (user_id, invoice_id, date desc, id desc) where invoice_id is not null;
create index transactions_search_trgm_idx on public.transactions using gin (search gin_trgm_ops);

-- ---------------------------------------------------------------------------
-- contact_notes: dated notes about a contact (removed with the contact)
-- ---------------------------------------------------------------------------
create table public.contact_notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  contact_id uuid not null,
  body text not null check (char_length(body) between 1 and 10000),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint contact_notes_id_user_key unique (id, user_id),
  constraint contact_notes_contact_fk foreign key (contact_id, user_id)
    references public.contacts (id, user_id) on delete cascade
);
create index contact_notes_contact_created_idx
  on public.contact_notes (contact_id, user_id, created_at desc, id desc);
create index contact_notes_user_created_idx on public.contact_notes (user_id, created_at desc, id desc);

create trigger contact_notes_set_updated_at before update on public.contact_notes
  for each row execute function app.set_updated_at();

alter table public.contact_notes enable row level security;
alter table public.contact_notes force row level security;
revoke all on table public.contact_notes from public, anon;
create policy contact_notes_tenant on public.contact_notes as permissive for all to authenticated
  using (user_id = any ((select app.account_ids())::uuid[]))
  with check (user_id = any ((select app.account_ids())::uuid[]));
grant select, insert, update, delete on public.contact_notes to authenticated;

-- the contact's page: invoices and payments of one contact, newest first
create index invoices_contact_issue_idx
  on public.invoices (contact_id, user_id, issue_date desc, id desc) where contact_id is not null;

-- The audit trail (app.enable_audit, from its own migration) records every table of an
-- account. Where that migration ran first, attach it here; where it runs later, it must
-- attach contact_notes itself (see docs/decisions/0013-contact-hub.md).
do $$
begin
  if to_regprocedure('app.enable_audit(regclass)') is not null then
    perform app.enable_audit('public.contact_notes');
  end if;
end
$$;
