-- Quotes and client links (docs/decisions/0110-quotes.md, 0111-client-links.md).
--
--  * public.quotes / public.quote_items: the same lines, taxes, discount and
--    exact totals as invoices, computed by the same function
--    (app.invoice_totals, app.invoice_line_total); their own number series
--    (public.document_counters, prefix workspaces.quote_prefix).
--  * Status: draft → sent → accepted | declined, sent | accepted → converted.
--    `expired` is never stored: a sent quote whose valid_until has passed in the
--    workspace's time zone reads as expired (app.quote_effective_status).
--  * invoices.quote_id: the quote an invoice was made from (one invoice per quote).
--  * public.document_links: a link the client opens without an account. Only the
--    sha-256 of its token is stored. The public page reads through security
--    definer functions that take the hash and return the one document, and are
--    granted to ledgerly_system only (the public path has no session; RLS is not widened).
--  * viewed_at / view_count on invoices and quotes: the client's first view, and how many.

-- ---------------------------------------------------------------------------
-- Workspace settings
-- ---------------------------------------------------------------------------
alter table public.workspaces
  add column quote_prefix text not null default 'QUO-' check (char_length(quote_prefix) <= 20),
  add column share_link_days smallint not null default 90 check (share_link_days between 1 and 365);
grant update (quote_prefix, share_link_days) on public.workspaces to authenticated;

-- ---------------------------------------------------------------------------
-- Number series other than invoices' (one row per workspace and series)
-- ---------------------------------------------------------------------------
create table public.document_counters (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  series text not null check (series ~ '^[a-z_]{1,30}$'),
  last_number bigint not null default 0 check (last_number >= 0),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  primary key (workspace_id, series)
);
create trigger document_counters_set_updated_at before update on public.document_counters
  for each row execute function app.set_updated_at();

-- ---------------------------------------------------------------------------
-- Quotes
-- ---------------------------------------------------------------------------
create table public.quotes (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  contact_id uuid,
  quote_number text not null check (char_length(quote_number) between 1 and 50),
  status text not null default 'draft' check (status in ('draft', 'sent', 'accepted', 'declined', 'converted')),
  issue_date date not null default current_date,
  valid_until date not null,
  currency char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  subtotal numeric(14, 2) not null default 0,
  discount_type text check (discount_type in ('percent', 'amount')),
  discount_value numeric(14, 2) check (discount_value >= 0),
  discount_amount numeric(14, 2) not null default 0,
  taxes jsonb not null default '[]'::jsonb,
  tax_amount numeric(14, 2) not null default 0,
  total_amount numeric(14, 2) not null default 0,
  notes text check (char_length(notes) <= 10000),
  sent_at timestamptz(3),
  accepted_at timestamptz(3),
  declined_at timestamptz(3),
  converted_at timestamptz(3),
  viewed_at timestamptz(3),
  view_count integer not null default 0 check (view_count >= 0),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint quotes_id_workspace_key unique (id, workspace_id),
  constraint quotes_workspace_number_key unique (workspace_id, quote_number),
  constraint quotes_valid_after_issue check (valid_until >= issue_date),
  constraint quotes_discount_pair check ((discount_type is null) = (discount_value is null)),
  constraint quotes_contact_fk foreign key (contact_id, workspace_id)
    references public.contacts (id, workspace_id) on delete set null (contact_id)
);
create index quotes_workspace_issue_idx on public.quotes (workspace_id, issue_date desc, id desc);
create index quotes_workspace_contact_idx on public.quotes (workspace_id, contact_id) where contact_id is not null;
create trigger quotes_set_updated_at before update on public.quotes
  for each row execute function app.set_updated_at();

create table public.quote_items (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  quote_id uuid not null,
  description text not null check (char_length(description) between 1 and 2000),
  quantity numeric(13, 3) not null check (quantity > 0),
  unit_price numeric(14, 2) not null check (unit_price >= 0),
  tax_rate numeric(6, 3) not null default 0 check (tax_rate between 0 and 100),
  total numeric(14, 2) not null,
  position integer not null default 0,
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint quote_items_quote_fk foreign key (quote_id, workspace_id)
    references public.quotes (id, workspace_id) on delete cascade
);
create index quote_items_quote_idx on public.quote_items (workspace_id, quote_id, position);
create trigger quote_items_set_updated_at before update on public.quote_items
  for each row execute function app.set_updated_at();

-- The status a person sees: a sent quote past its valid_until (in the workspace's zone) is expired.
create or replace function app.quote_effective_status(p_status text, p_valid_until date, p_today date) returns text
language sql immutable
set search_path = ''
as $$
  select case when p_status = 'sent' and p_valid_until < p_today then 'expired' else p_status end
$$;
grant execute on function app.quote_effective_status(text, date, date) to authenticated;

-- The line total, exactly as an invoice line's.
create or replace function app.quote_items_line_total() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.total := app.invoice_line_total(new.quantity, new.unit_price);
  return new;
end
$$;
create trigger quote_items_line_total before insert or update on public.quote_items
  for each row execute function app.quote_items_line_total();

-- Items change only on drafts; after each statement the quote recomputes its totals.
create or replace function app.quote_items_after_statement() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_ids uuid[] := '{}';
  v_quote record;
begin
  if tg_op in ('INSERT', 'UPDATE') then
    v_ids := v_ids || array(select distinct n.quote_id from new_items n);
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    v_ids := v_ids || array(select distinct o.quote_id from old_items o);
  end if;
  for v_quote in
    select q.id, q.workspace_id, q.status, q.quote_number from public.quotes q
     where q.id = any (v_ids) order by q.id for no key update
  loop
    if v_quote.status <> 'draft' then
      raise exception using errcode = 'LD409',
        message = format('Quote %s is %s: its items can no longer change.', v_quote.quote_number, v_quote.status),
        detail = 'items', hint = format('cannot change once the quote is %s', v_quote.status);
    end if;
    update public.quotes set updated_at = now() where id = v_quote.id and workspace_id = v_quote.workspace_id;
  end loop;
  return null;
end
$$;
create trigger quote_items_after_insert after insert on public.quote_items
  referencing new table as new_items for each statement execute function app.quote_items_after_statement();
create trigger quote_items_after_update after update on public.quote_items
  referencing old table as old_items new table as new_items for each statement execute function app.quote_items_after_statement();
create trigger quote_items_after_delete after delete on public.quote_items
  referencing old table as old_items for each statement execute function app.quote_items_after_statement();

create or replace function app.quotes_before_insert() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status <> 'draft' then
    raise exception using errcode = 'LD409', message = 'A quote starts as a draft; add its items, then send it.',
      detail = 'status', hint = 'must be draft when the quote is created';
  end if;
  new.subtotal := 0;
  new.discount_amount := 0;
  new.tax_amount := 0;
  new.total_amount := 0;
  new.taxes := '[]'::jsonb;
  new.sent_at := null;
  new.accepted_at := null;
  new.declined_at := null;
  new.converted_at := null;
  new.viewed_at := null;
  new.view_count := 0;
  return new;
end
$$;
create trigger quotes_before_insert before insert on public.quotes
  for each row execute function app.quotes_before_insert();

-- The status machine, the frozen content of a sent quote, and the totals of a draft.
create or replace function app.quotes_before_update() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_internal boolean := pg_trigger_depth() > 1;
  -- an import replays a quote's life and keeps the moments the file gives (docs/decisions/0096)
  v_importing boolean := current_setting('app.importing', true) = 'on';
  v_field text;
  v_totals record;
begin
  if new.id <> old.id or new.workspace_id <> old.workspace_id then
    raise exception using errcode = 'LD400', message = 'The id and workspace of a quote cannot change.',
      detail = 'id', hint = 'is read-only';
  end if;
  if new.status <> old.status then
    if not (
         (old.status = 'draft' and new.status = 'sent')
      or (old.status = 'sent' and new.status in ('accepted', 'declined', 'converted'))
      or (old.status = 'accepted' and new.status = 'converted')
    ) then
      raise exception using errcode = 'LD409',
        message = format('Quote %s cannot go from %s to %s.', old.quote_number, old.status, new.status),
        detail = 'status', hint = format('cannot change from %s to %s', old.status, new.status);
    end if;
    case new.status
      when 'sent' then new.sent_at := case when v_importing and new.sent_at is not null then new.sent_at else now() end;
      when 'accepted' then new.accepted_at := case when v_importing and new.accepted_at is not null then new.accepted_at else now() end;
      when 'declined' then new.declined_at := case when v_importing and new.declined_at is not null then new.declined_at else now() end;
      when 'converted' then new.converted_at := case when v_importing and new.converted_at is not null then new.converted_at else now() end;
      else null;
    end case;
  end if;
  if old.status <> 'draft' and not v_internal then
    -- what the client received does not change; a sent quote's validity and notes still may
    select o.key into v_field
      from jsonb_each(to_jsonb(old)) o
      join jsonb_each(to_jsonb(new)) n using (key)
     where o.value is distinct from n.value
       and (o.key in ('contact_id', 'quote_number', 'issue_date', 'currency', 'discount_type', 'discount_value',
                      'subtotal', 'discount_amount', 'tax_amount', 'total_amount', 'taxes')
            or (old.status <> 'sent' and o.key in ('valid_until', 'notes')))
     order by o.key
     limit 1;
    if v_field is not null then
      raise exception using errcode = 'LD409',
        message = format('Quote %s is %s: its %s can no longer change.', old.quote_number, old.status, replace(v_field, '_', ' ')),
        detail = v_field, hint = format('cannot change once the quote is %s', old.status);
    end if;
  end if;
  if old.status = 'draft' then
    select * into v_totals from app.invoice_totals(
      (select coalesce(jsonb_agg(jsonb_build_object('quantity', it.quantity, 'unit_price', it.unit_price,
                                                    'tax_rate', it.tax_rate)), '[]'::jsonb)
         from public.quote_items it where it.quote_id = new.id and it.workspace_id = new.workspace_id),
      new.discount_type, new.discount_value);
    new.subtotal := v_totals.subtotal;
    new.discount_amount := v_totals.discount_amount;
    new.tax_amount := v_totals.tax_amount;
    new.total_amount := v_totals.total_amount;
    new.taxes := v_totals.taxes;
  end if;
  return new;
end
$$;
create trigger quotes_before_update before update on public.quotes
  for each row execute function app.quotes_before_update();

create or replace function app.quotes_before_delete() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if pg_trigger_depth() = 1 and old.status <> 'draft' then
    raise exception using errcode = 'LD409',
      message = format('Quote %s is %s: only drafts can be deleted.', old.quote_number, old.status),
      detail = 'status', hint = 'only drafts can be deleted';
  end if;
  return old;
end
$$;
create trigger quotes_before_delete before delete on public.quotes
  for each row execute function app.quotes_before_delete();

-- The next number of a series, unique under concurrency (the counter row is locked until commit).
create or replace function app.next_document_number(p_workspace_id uuid, p_series text, p_prefix text) returns text
language plpgsql
set search_path = ''
as $$
declare
  v_next bigint;
  v_candidate text;
begin
  if p_series <> 'quote' then
    raise exception 'unknown number series %', p_series using errcode = '22023';
  end if;
  insert into public.document_counters as c (workspace_id, series, last_number) values (p_workspace_id, p_series, 1)
  on conflict (workspace_id, series) do update set last_number = c.last_number + 1
  returning last_number into v_next;
  loop
    v_candidate := coalesce(p_prefix, '') || case when v_next < 1000 then lpad(v_next::text, 4, '0') else v_next::text end;
    exit when not exists (select 1 from public.quotes where workspace_id = p_workspace_id and quote_number = v_candidate);
    v_next := v_next + 1;
  end loop;
  update public.document_counters set last_number = v_next
   where workspace_id = p_workspace_id and series = p_series and last_number <> v_next;
  return v_candidate;
end
$$;
revoke all on function app.next_document_number(uuid, text, text) from public, anon;
grant execute on function app.next_document_number(uuid, text, text) to authenticated;

-- ---------------------------------------------------------------------------
-- Invoices made from quotes; the client's views
-- ---------------------------------------------------------------------------
alter table public.invoices
  add column quote_id uuid,
  add column viewed_at timestamptz(3),
  add column view_count integer not null default 0 check (view_count >= 0),
  add constraint invoices_quote_fk foreign key (quote_id, workspace_id)
    references public.quotes (id, workspace_id) on delete set null (quote_id);
create unique index invoices_one_per_quote on public.invoices (workspace_id, quote_id) where quote_id is not null;

-- ---------------------------------------------------------------------------
-- Client links
-- ---------------------------------------------------------------------------
create table public.document_links (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.users (id) on delete set null default app.current_user_id(),
  invoice_id uuid,
  quote_id uuid,
  -- sha-256 (hex) of the token; the token itself is only in the link
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  expires_at timestamptz(3) not null,
  revoked_at timestamptz(3),
  created_at timestamptz(3) not null default now(),
  updated_at timestamptz(3) not null default now(),
  constraint document_links_one_document check ((invoice_id is null) <> (quote_id is null)),
  constraint document_links_invoice_fk foreign key (invoice_id, workspace_id)
    references public.invoices (id, workspace_id) on delete cascade,
  constraint document_links_quote_fk foreign key (quote_id, workspace_id)
    references public.quotes (id, workspace_id) on delete cascade
);
create unique index document_links_one_open_invoice on public.document_links (workspace_id, invoice_id)
  where revoked_at is null and invoice_id is not null;
create unique index document_links_one_open_quote on public.document_links (workspace_id, quote_id)
  where revoked_at is null and quote_id is not null;
create trigger document_links_set_updated_at before update on public.document_links
  for each row execute function app.set_updated_at();

-- ---------------------------------------------------------------------------
-- Row level security and grants
-- ---------------------------------------------------------------------------
do $$
declare
  t text;
begin
  foreach t in array array['quotes', 'quote_items', 'document_links', 'document_counters']
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
  end loop;
end
$$;
grant select, insert, update, delete on public.quotes, public.quote_items to authenticated;
grant select, insert, update on public.document_links, public.document_counters to authenticated;

select app.enable_audit('public.quotes');

-- ---------------------------------------------------------------------------
-- The public path: token hash in, the one document out
-- ---------------------------------------------------------------------------

-- The open link with this hash (not revoked, not expired), or nothing.
create or replace function app.open_document_link(p_token_hash text) returns public.document_links
language sql stable security definer
set search_path = ''
as $$
  select l.* from public.document_links l
   where l.token_hash = p_token_hash and l.revoked_at is null and l.expires_at > now()
$$;
revoke all on function app.open_document_link(text) from public, anon, authenticated;

-- The document as the client sees it: no ids, no creator, nothing of the workspace but
-- what is printed on the document. p_view counts a view (first view, number of views).
create or replace function app.client_document(p_token_hash text, p_view boolean) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_link public.document_links;
  v_ws public.workspaces;
  v_today date;
  v_doc jsonb;
  v_items jsonb;
  v_contact jsonb;
  v_logo jsonb;
  v_owner_email text;
  v_contact_id uuid;
begin
  if p_token_hash is null or p_token_hash !~ '^[0-9a-f]{64}$' then
    return null;
  end if;
  select * into v_link from app.open_document_link(p_token_hash);
  if v_link.id is null then
    return null;
  end if;
  select * into v_ws from public.workspaces w where w.id = v_link.workspace_id;
  v_today := app.local_date(v_ws.time_zone);
  if v_link.invoice_id is not null then
    if p_view then
      update public.invoices set viewed_at = coalesce(viewed_at, now()), view_count = view_count + 1
       where id = v_link.invoice_id and workspace_id = v_link.workspace_id;
    end if;
    select jsonb_build_object(
             'kind', 'invoice', 'number', i.invoice_number, 'status', i.status,
             'effective_status', app.invoice_effective_status(i.status, i.due_date, v_today),
             'issue_date', i.issue_date, 'due_date', i.due_date, 'currency', i.currency,
             'subtotal', i.subtotal::text, 'discount_type', i.discount_type, 'discount_value', i.discount_value::text,
             'discount_amount', i.discount_amount::text, 'taxes', i.taxes, 'tax_amount', i.tax_amount::text,
             'total_amount', i.total_amount::text, 'amount_paid', i.amount_paid::text,
             -- credit notes (a later migration adds the column; this body is resolved when it runs)
             'credited_amount', i.credited_amount::text,
             'balance_due', greatest(i.total_amount - i.amount_paid - i.credited_amount, 0)::numeric(14, 2)::text, 'notes', i.notes,
             'sent_at', i.sent_at, 'paid_at', i.paid_at),
           i.contact_id
      into v_doc, v_contact_id
      from public.invoices i where i.id = v_link.invoice_id and i.workspace_id = v_link.workspace_id;
    select coalesce(jsonb_agg(jsonb_build_object('description', it.description, 'quantity', trim_scale(it.quantity)::text,
             'unit_price', it.unit_price::text, 'tax_rate', trim_scale(it.tax_rate)::text, 'total', it.total::text)
             order by it.position, it.created_at, it.id), '[]'::jsonb)
      into v_items
      from public.invoice_items it where it.invoice_id = v_link.invoice_id and it.workspace_id = v_link.workspace_id;
    v_doc := v_doc || jsonb_build_object('payments', (
      select coalesce(jsonb_agg(jsonb_build_object('date', t.date, 'amount', t.amount::text, 'description', t.description)
               order by t.date, t.created_at), '[]'::jsonb)
        from public.transactions t
       where t.invoice_id = v_link.invoice_id and t.workspace_id = v_link.workspace_id and t.type = 'income'));
  else
    if p_view then
      update public.quotes set viewed_at = coalesce(viewed_at, now()), view_count = view_count + 1
       where id = v_link.quote_id and workspace_id = v_link.workspace_id;
    end if;
    select jsonb_build_object(
             'kind', 'quote', 'number', q.quote_number, 'status', app.quote_effective_status(q.status, q.valid_until, v_today),
             'issue_date', q.issue_date, 'valid_until', q.valid_until, 'currency', q.currency,
             'subtotal', q.subtotal::text, 'discount_type', q.discount_type, 'discount_value', q.discount_value::text,
             'discount_amount', q.discount_amount::text, 'taxes', q.taxes, 'tax_amount', q.tax_amount::text,
             'total_amount', q.total_amount::text, 'notes', q.notes, 'sent_at', q.sent_at,
             'accepted_at', q.accepted_at, 'declined_at', q.declined_at),
           q.contact_id
      into v_doc, v_contact_id
      from public.quotes q where q.id = v_link.quote_id and q.workspace_id = v_link.workspace_id;
    select coalesce(jsonb_agg(jsonb_build_object('description', it.description, 'quantity', trim_scale(it.quantity)::text,
             'unit_price', it.unit_price::text, 'tax_rate', trim_scale(it.tax_rate)::text, 'total', it.total::text)
             order by it.position, it.created_at, it.id), '[]'::jsonb)
      into v_items
      from public.quote_items it where it.quote_id = v_link.quote_id and it.workspace_id = v_link.workspace_id;
    -- a draft is not shown to a client (a link is made when the quote is sent)
  end if;
  if v_doc is null then
    return null;
  end if;
  if v_contact_id is not null then
    select jsonb_build_object('name', nullif(trim(concat_ws(' ', c.first_name, c.last_name)), ''), 'first_name', c.first_name,
             'company', c.company, 'email', c.email, 'address', c.address)
      into v_contact
      from public.contacts c where c.id = v_contact_id and c.workspace_id = v_link.workspace_id;
  end if;
  select jsonb_build_object('bytes', encode(b.content, 'base64'), 'width', b.width, 'height', b.height, 'content_type', b.content_type)
    into v_logo
    from public.business_logos b where b.workspace_id = v_link.workspace_id;
  select u.email into v_owner_email
    from public.workspace_members m join public.users u on u.id = m.user_id
   where m.workspace_id = v_link.workspace_id and m.role = 'owner';
  return jsonb_build_object(
    'document', v_doc || jsonb_build_object('items', v_items),
    'client', v_contact,
    'business', jsonb_build_object(
      'name', coalesce(nullif(v_ws.business_name, ''), nullif(v_ws.name, ''), 'Invoice'),
      'address', v_ws.business_address, 'tax_id', v_ws.tax_id, 'email', v_owner_email,
      'payment_instructions', v_ws.payment_instructions, 'logo', v_logo),
    'expires_at', v_link.expires_at);
end
$$;
revoke all on function app.client_document(text, boolean) from public, anon, authenticated;
grant execute on function app.client_document(text, boolean) to ledgerly_system;

-- The client accepts or declines a quote through its link. Saying the same thing twice is
-- fine (the answer stands); anything else but a sent, unexpired quote is a 409.
create or replace function app.client_quote_answer(p_token_hash text, p_answer text) returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_link public.document_links;
  v_quote public.quotes;
  v_status text;
  v_target text := case p_answer when 'accept' then 'accepted' when 'decline' then 'declined' end;
begin
  if v_target is null then
    raise exception 'unknown answer %', p_answer using errcode = '22023';
  end if;
  if p_token_hash is null or p_token_hash !~ '^[0-9a-f]{64}$' then
    raise exception using errcode = 'LD404', message = 'This link does not exist or is no longer valid.';
  end if;
  select * into v_link from app.open_document_link(p_token_hash);
  if v_link.id is null or v_link.quote_id is null then
    raise exception using errcode = 'LD404', message = 'This link does not exist or is no longer valid.';
  end if;
  select * into v_quote from public.quotes q where q.id = v_link.quote_id and q.workspace_id = v_link.workspace_id for update;
  v_status := app.quote_effective_status(v_quote.status, v_quote.valid_until,
                (select app.local_date(w.time_zone) from public.workspaces w where w.id = v_link.workspace_id));
  if v_status = v_target then
    return v_status;
  end if;
  if v_status <> 'sent' then
    raise exception using errcode = 'LD409',
      message = format('Quote %s is %s: it can no longer be %s.', v_quote.quote_number, v_status, v_target),
      detail = 'status', hint = format('cannot change from %s to %s', v_status, v_target);
  end if;
  update public.quotes set status = v_target where id = v_quote.id and workspace_id = v_quote.workspace_id;
  return v_target;
end
$$;
revoke all on function app.client_quote_answer(text, text) from public, anon, authenticated;
grant execute on function app.client_quote_answer(text, text) to ledgerly_system;
