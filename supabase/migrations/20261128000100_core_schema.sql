-- Core schema: the seven tables of the product, tenant-sealed.
--
-- Tenancy rules enforced here, whatever the application does:
--  * every row carries user_id; RLS (forced, also for the owner) lets a session
--    see and write only rows whose user_id is among app.account_ids();
--  * a row can only reference rows of the same account: foreign keys are
--    composite, (ref_id, user_id) → (id, user_id).

create extension if not exists pg_trgm;

create schema if not exists app;
grant usage on schema app to authenticated;

create or replace function app.set_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- ---------------------------------------------------------------------------
-- users: one row per Clerk user (clerk_id = the session token's `sub`).
-- ---------------------------------------------------------------------------
create table public.users (
  id uuid primary key default gen_random_uuid(),
  clerk_id text not null unique check (char_length(clerk_id) between 1 and 200),
  email text check (char_length(email) <= 320),
  first_name text check (char_length(first_name) <= 200),
  last_name text check (char_length(last_name) <= 200),
  image_url text check (char_length(image_url) <= 2000),
  -- business settings (used by invoices, PDFs and date handling)
  business_name text check (char_length(business_name) <= 200),
  business_address text check (char_length(business_address) <= 1000),
  tax_id text check (char_length(tax_id) <= 100),
  currency char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  invoice_prefix text not null default 'INV-' check (char_length(invoice_prefix) <= 20),
  payment_terms_days integer not null default 14 check (payment_terms_days between 0 and 365),
  time_zone text not null default 'UTC' check (char_length(time_zone) <= 64),
  locale text not null default 'en-US' check (char_length(locale) <= 35),
  -- the Clerk `updated_at` of the last webhook applied (out-of-order safety)
  clerk_updated_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now()
);
create index users_email_idx on public.users (lower(email));

-- ---------------------------------------------------------------------------
-- The one place that decides which accounts the current session may act on.
-- Every policy calls it; sharing an account with team members later changes
-- this function only. SECURITY DEFINER so that policies on `users` itself do
-- not recurse; it reads nothing but the caller's own claims.
-- ---------------------------------------------------------------------------
create or replace function app.account_ids() returns uuid[]
language sql stable security definer
set search_path = ''
as $$
  select coalesce(array_agg(u.id), '{}'::uuid[])
  from public.users u
  where u.clerk_id = (auth.jwt() ->> 'sub')
$$;
revoke all on function app.account_ids() from public;
grant execute on function app.account_ids() to authenticated;

-- ---------------------------------------------------------------------------
-- contacts
-- ---------------------------------------------------------------------------
create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  first_name text not null check (char_length(first_name) between 1 and 200),
  last_name text check (char_length(last_name) <= 200),
  email text check (char_length(email) <= 320),
  phone text check (char_length(phone) <= 50),
  company text check (char_length(company) <= 200),
  position text check (char_length(position) <= 200),
  address text check (char_length(address) <= 1000),
  notes text check (char_length(notes) <= 10000),
  status text not null default 'lead'
    check (status in ('lead', 'active', 'customer', 'inactive')),
  -- what `q` searches: name, email and company, lower-cased, trigram-indexed
  search text generated always as (
    lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' ||
          coalesce(email, '') || ' ' || coalesce(company, ''))
  ) stored,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint contacts_id_user_key unique (id, user_id)
);
create index contacts_user_created_idx on public.contacts (user_id, created_at desc, id desc);
create index contacts_user_updated_idx on public.contacts (user_id, updated_at desc, id desc);
create index contacts_user_status_created_idx on public.contacts (user_id, status, created_at desc, id desc);
create index contacts_user_first_name_idx on public.contacts (user_id, lower(first_name), id);
create index contacts_user_last_name_idx on public.contacts (user_id, lower(coalesce(last_name, '')), id);
create index contacts_user_company_idx on public.contacts (user_id, lower(coalesce(company, '')), id);
create index contacts_user_email_idx on public.contacts (user_id, lower(coalesce(email, '')), id);
create index contacts_search_trgm_idx on public.contacts using gin (search gin_trgm_ops);

-- ---------------------------------------------------------------------------
-- invoices and their items
-- ---------------------------------------------------------------------------
create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  contact_id uuid,
  invoice_number text not null check (char_length(invoice_number) between 1 and 50),
  status text not null default 'draft'
    check (status in ('draft', 'sent', 'paid', 'cancelled')),
  issue_date date not null default current_date,
  due_date date not null,
  currency char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  subtotal numeric(14, 2) not null default 0,
  discount_type text check (discount_type in ('percent', 'amount')),
  discount_value numeric(14, 2) check (discount_value >= 0),
  discount_amount numeric(14, 2) not null default 0 check (discount_amount >= 0),
  tax_amount numeric(14, 2) not null default 0 check (tax_amount >= 0),
  total_amount numeric(14, 2) not null default 0 check (total_amount >= 0),
  amount_paid numeric(14, 2) not null default 0 check (amount_paid >= 0),
  notes text check (char_length(notes) <= 10000),
  sent_at timestamptz(3),
  paid_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint invoices_id_user_key unique (id, user_id),
  constraint invoices_user_number_key unique (user_id, invoice_number),
  constraint invoices_due_after_issue check (due_date >= issue_date),
  constraint invoices_discount_pair check ((discount_type is null) = (discount_value is null)),
  constraint invoices_paid_le_total check (amount_paid <= total_amount),
  constraint invoices_contact_fk foreign key (contact_id, user_id)
    references public.contacts (id, user_id) on delete restrict
);
create index invoices_user_issue_idx on public.invoices (user_id, issue_date desc, id desc);
create index invoices_user_due_idx on public.invoices (user_id, due_date, id);
create index invoices_user_status_due_idx on public.invoices (user_id, status, due_date, id);
create index invoices_user_created_idx on public.invoices (user_id, created_at desc, id desc);
create index invoices_contact_idx on public.invoices (contact_id, user_id) where contact_id is not null;

create table public.invoice_items (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  invoice_id uuid not null,
  description text not null check (char_length(description) between 1 and 2000),
  quantity integer not null check (quantity > 0),
  unit_price numeric(14, 2) not null check (unit_price >= 0),
  tax_rate numeric(6, 3) not null default 0 check (tax_rate >= 0 and tax_rate <= 100),
  total numeric(14, 2) not null check (total >= 0),
  position integer not null default 0,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint invoice_items_invoice_fk foreign key (invoice_id, user_id)
    references public.invoices (id, user_id) on delete cascade
);
create index invoice_items_invoice_idx on public.invoice_items (invoice_id, user_id, position);

-- ---------------------------------------------------------------------------
-- transactions: money in and out; an income row with invoice_id is a payment
-- ---------------------------------------------------------------------------
create table public.transactions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  type text not null check (type in ('income', 'expense')),
  amount numeric(14, 2) not null check (amount > 0),
  category text check (char_length(category) <= 100),
  description text check (char_length(description) <= 2000),
  date date not null default current_date,
  invoice_id uuid,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint transactions_id_user_key unique (id, user_id),
  constraint transactions_invoice_income check (invoice_id is null or type = 'income'),
  constraint transactions_invoice_fk foreign key (invoice_id, user_id)
    references public.invoices (id, user_id) on delete restrict
);
create index transactions_user_date_idx on public.transactions (user_id, date desc, id desc);
create index transactions_user_type_date_idx on public.transactions (user_id, type, date desc, id desc);
create index transactions_user_category_idx on public.transactions (user_id, category, date desc);
create index transactions_user_created_idx on public.transactions (user_id, created_at desc, id desc);
create index transactions_invoice_idx on public.transactions (invoice_id, user_id) where invoice_id is not null;

-- ---------------------------------------------------------------------------
-- tasks
-- ---------------------------------------------------------------------------
create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  contact_id uuid,
  title text not null check (char_length(title) between 1 and 500),
  description text check (char_length(description) <= 10000),
  due_date timestamptz(3),
  status text not null default 'pending'
    check (status in ('pending', 'in_progress', 'completed', 'cancelled')),
  priority text not null default 'medium' check (priority in ('low', 'medium', 'high')),
  completed_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint tasks_id_user_key unique (id, user_id),
  constraint tasks_contact_fk foreign key (contact_id, user_id)
    references public.contacts (id, user_id) on delete set null (contact_id)
);
create index tasks_user_due_idx on public.tasks (user_id, due_date, id);
create index tasks_user_status_due_idx on public.tasks (user_id, status, due_date, id);
create index tasks_user_created_idx on public.tasks (user_id, created_at desc, id desc);
create index tasks_contact_idx on public.tasks (contact_id, user_id) where contact_id is not null;

-- ---------------------------------------------------------------------------
-- ai_logs: every exchange with the assistant
-- ---------------------------------------------------------------------------
create table public.ai_logs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  query text not null check (char_length(query) <= 4000),
  response text,
  action_taken text,
  engine text not null check (char_length(engine) <= 50),
  status text not null default 'ok' check (char_length(status) <= 50),
  duration_ms integer,
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint ai_logs_id_user_key unique (id, user_id)
);
create index ai_logs_user_created_idx on public.ai_logs (user_id, created_at desc, id desc);

-- ---------------------------------------------------------------------------
-- updated_at triggers
-- ---------------------------------------------------------------------------
do $$
declare t text;
begin
  foreach t in array array['users', 'contacts', 'invoices', 'invoice_items', 'transactions', 'tasks', 'ai_logs']
  loop
    execute format(
      'create trigger %I before update on public.%I for each row execute function app.set_updated_at()',
      t || '_set_updated_at', t);
  end loop;
end
$$;

-- ---------------------------------------------------------------------------
-- Row Level Security: enabled and forced everywhere; grants to `authenticated` only.
-- ---------------------------------------------------------------------------
do $$
declare t text;
begin
  foreach t in array array['users', 'contacts', 'invoices', 'invoice_items', 'transactions', 'tasks', 'ai_logs']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on table public.%I from public, anon', t);
  end loop;
  foreach t in array array['contacts', 'invoices', 'invoice_items', 'transactions', 'tasks', 'ai_logs']
  loop
    execute format(
      'create policy %I on public.%I as permissive for all to authenticated
         using (user_id = any ((select app.account_ids())::uuid[]))
         with check (user_id = any ((select app.account_ids())::uuid[]))',
      t || '_tenant', t);
  end loop;
end
$$;

grant select, insert, update, delete on public.contacts, public.invoices, public.invoice_items,
  public.transactions, public.tasks to authenticated;
grant select, insert on public.ai_logs to authenticated;

-- users: a session sees and edits its own row, may create it once (lazy
-- provisioning, only for its own `sub`), and may delete it (account deletion).
-- Keyed on the claim directly (not only app.account_ids()), so that
-- `insert … returning` works for the row that is being created.
grant select, delete on public.users to authenticated;
grant insert on public.users to authenticated;
grant update (email, first_name, last_name, image_url, clerk_updated_at, business_name, business_address,
  tax_id, currency, invoice_prefix, payment_terms_days, time_zone, locale) on public.users to authenticated;

create policy users_select_own on public.users for select to authenticated
  using (clerk_id = (select auth.jwt() ->> 'sub') or id = any ((select app.account_ids())::uuid[]));
create policy users_insert_own on public.users for insert to authenticated
  with check (clerk_id = (select auth.jwt() ->> 'sub'));
create policy users_update_own on public.users for update to authenticated
  using (clerk_id = (select auth.jwt() ->> 'sub'))
  with check (clerk_id = (select auth.jwt() ->> 'sub'));
create policy users_delete_own on public.users for delete to authenticated
  using (clerk_id = (select auth.jwt() ->> 'sub'));
