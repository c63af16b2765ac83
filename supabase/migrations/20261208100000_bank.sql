-- Bank statements (docs/decisions/0122-bank-statements.md).
--
--  * public.bank_accounts: a workspace's bank accounts (name, currency, the
--    IBAN / account number, which the API only ever shows masked), the CSV
--    column mapping last used for the account, and automatic acceptance.
--  * public.bank_imports: one row per statement file imported (format, counts,
--    who and when).
--  * public.bank_lines: one row per booked line of a statement. A line is
--    never imported twice: dedupe_key is the bank's own id (FITID,
--    AcctSvcrRef …) when the file has one, else a fingerprint of date, amount,
--    description and position within the day, unique per account.
--    status is derived by the database: matched (payment_id: the income
--    transaction recorded on an invoice), booked (transaction_id: the expense
--    it became), ignored, suggested (an invoice is proposed), else unmatched.
--    Deleting the payment or the expense (on its own page) sets the link to
--    null, which puts the line back in the queue by itself.
--  * public.bank_rules: "description contains X → category Y".
--
-- Reads: every member of the workspace. Writes: app.can_write() (members and
-- up); which role may call what is decided by the routes (ADR 0122).

create table public.bank_accounts (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  name text not null check (char_length(name) between 1 and 200),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  iban text check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$'),
  account_number text check (char_length(account_number) between 1 and 40),
  csv_mapping jsonb check (csv_mapping is null or jsonb_typeof(csv_mapping) = 'object'),
  auto_accept boolean not null default false,
  auto_accept_threshold numeric(3, 2) check (auto_accept_threshold between 0.5 and 1),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint bank_accounts_id_workspace_key unique (id, workspace_id)
);
create index bank_accounts_workspace_idx on public.bank_accounts (workspace_id, name, id);
create trigger bank_accounts_set_updated_at before update on public.bank_accounts
  for each row execute function app.set_updated_at();

create table public.bank_imports (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  bank_account_id uuid not null,
  format text not null check (format in ('csv', 'ofx', 'camt053')),
  byte_size integer not null check (byte_size >= 0),
  lines integer not null default 0 check (lines >= 0),
  new_lines integer not null default 0 check (new_lines >= 0),
  duplicates integer not null default 0 check (duplicates >= 0),
  suggestions integer not null default 0 check (suggestions >= 0),
  matched integer not null default 0 check (matched >= 0),
  created_at timestamptz(3) not null default now(),
  constraint bank_imports_id_workspace_key unique (id, workspace_id),
  constraint bank_imports_account_fk foreign key (bank_account_id, workspace_id)
    references public.bank_accounts (id, workspace_id) on delete cascade
);
create index bank_imports_account_idx on public.bank_imports (workspace_id, bank_account_id, created_at desc);

create table public.bank_lines (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  bank_account_id uuid not null,
  import_id uuid,
  date date not null,
  amount numeric(14, 2) not null,
  currency char(3) check (currency ~ '^[A-Z]{3}$'),
  description text not null check (char_length(description) between 1 and 2000),
  counterparty text check (char_length(counterparty) <= 500),
  reference text check (char_length(reference) <= 1000),
  bank_id text check (char_length(bank_id) <= 200),
  fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
  dedupe_key text not null check (char_length(dedupe_key) between 1 and 200),
  position integer not null default 0 check (position >= 0),
  -- the invoice proposed by matching, with its confidence and reasons
  suggestion_invoice_id uuid,
  suggestion_confidence numeric(3, 2) check (suggestion_confidence between 0 and 1),
  suggestion_reasons jsonb not null default '[]' check (jsonb_typeof(suggestion_reasons) = 'array'),
  suggestion_partial boolean not null default false,
  -- an outgoing line's proposed category (from a rule or learned)
  suggested_category text check (char_length(suggested_category) <= 100),
  suggested_category_source text check (suggested_category_source in ('rule', 'learned')),
  -- matched: the payment (income transaction on an invoice) this line recorded
  payment_id uuid,
  -- booked: the expense (or income) transaction this line became
  transaction_id uuid,
  ignored boolean not null default false,
  status text generated always as (
    case
      when payment_id is not null then 'matched'
      when transaction_id is not null then 'booked'
      when ignored then 'ignored'
      when suggestion_invoice_id is not null then 'suggested'
      else 'unmatched'
    end) stored,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint bank_lines_id_workspace_key unique (id, workspace_id),
  constraint bank_lines_dedupe_key unique (workspace_id, bank_account_id, dedupe_key),
  constraint bank_lines_one_link check (payment_id is null or transaction_id is null),
  constraint bank_lines_account_fk foreign key (bank_account_id, workspace_id)
    references public.bank_accounts (id, workspace_id) on delete cascade,
  constraint bank_lines_import_fk foreign key (import_id, workspace_id)
    references public.bank_imports (id, workspace_id) on delete set null (import_id),
  constraint bank_lines_suggestion_fk foreign key (suggestion_invoice_id, workspace_id)
    references public.invoices (id, workspace_id) on delete set null (suggestion_invoice_id),
  constraint bank_lines_payment_fk foreign key (payment_id, workspace_id)
    references public.transactions (id, workspace_id) on delete set null (payment_id),
  constraint bank_lines_transaction_fk foreign key (transaction_id, workspace_id)
    references public.transactions (id, workspace_id) on delete set null (transaction_id)
);
create unique index bank_lines_payment_key on public.bank_lines (payment_id) where payment_id is not null;
create unique index bank_lines_transaction_key on public.bank_lines (transaction_id) where transaction_id is not null;
create index bank_lines_date_idx on public.bank_lines (workspace_id, date desc, id desc);
create index bank_lines_status_idx on public.bank_lines (workspace_id, status, date desc, id desc);
create index bank_lines_account_idx on public.bank_lines (workspace_id, bank_account_id, date desc, id desc);
create index bank_lines_suggestion_idx on public.bank_lines (workspace_id, suggestion_invoice_id) where suggestion_invoice_id is not null;
create trigger bank_lines_set_updated_at before update on public.bank_lines
  for each row execute function app.set_updated_at();

create table public.bank_rules (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  pattern text not null check (char_length(pattern) between 1 and 200),
  match text not null default 'contains' check (match in ('contains', 'equals', 'starts_with')),
  field text not null default 'description' check (field in ('description', 'counterparty')),
  category text not null check (char_length(category) between 1 and 100),
  type text not null default 'expense' check (type in ('income', 'expense')),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint bank_rules_id_workspace_key unique (id, workspace_id)
);
create index bank_rules_workspace_idx on public.bank_rules (workspace_id, created_at, id);
create trigger bank_rules_set_updated_at before update on public.bank_rules
  for each row execute function app.set_updated_at();

do $$
declare
  t text;
begin
  foreach t in array array['bank_accounts', 'bank_imports', 'bank_lines', 'bank_rules']
  loop
    execute format('alter table public.%I enable row level security', t);
    execute format('alter table public.%I force row level security', t);
    execute format('revoke all on table public.%I from public, anon, authenticated', t);
    execute format('create policy %I on public.%I for select to authenticated
                      using (workspace_id = (select app.workspace_id()))', t || '_read', t);
    execute format('create policy %I on public.%I for insert to authenticated
                      with check (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_insert', t);
    execute format('create policy %I on public.%I for update to authenticated
                      using (workspace_id = (select app.workspace_id()) and (select app.can_write()))
                      with check (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_update', t);
    execute format('create policy %I on public.%I for delete to authenticated
                      using (workspace_id = (select app.workspace_id()) and (select app.can_write()))', t || '_delete', t);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t);
  end loop;
end
$$;
