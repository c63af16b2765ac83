-- Contacts filtered by job title under RLS, through a trigram index (docs/decisions/0229-contacts-position-filter.md).
--
-- `GET /api/contacts?position=…` (and the assistant's `search_contacts`) keep
-- the contacts whose position contains the text, case-insensitively, with `%`,
-- `_` and `\` literal: `lower(position) like <the app's pattern>`. The `search`
-- column deliberately holds name, email and company only (widening it would
-- make every `q` match job titles), so the position has an index of its own.
-- Under RLS `like` cannot use it (not leakproof, 0156); the filter therefore
-- goes through app.search_ids like `q` does, with one more fixed statement:
-- `contacts_position`. Everything else about the function is unchanged: it
-- takes no workspace (app.workspace_id(), as the read policies), returns ids
-- only, binds the pattern, and its grants are kept by `create or replace` and
-- restated below.

create index if not exists contacts_position_trgm_idx
  on public.contacts using gin (lower(position) gin_trgm_ops);

create or replace function app.search_ids(p_list text, p_pattern text, p_digits text default null, p_limit integer default null)
returns setof uuid
language plpgsql stable security definer
set search_path = ''
rows 1000
as $$
declare
  v_workspace uuid := app.workspace_id();
begin
  if v_workspace is null or p_pattern is null or p_limit < 0 then
    return;
  end if;
  -- EXECUTE … USING: planned for these values, so the statistics of the pattern count
  if p_list = 'contacts' then
    if p_digits is null then
      return query execute
        'select c.id from public.contacts c where c.workspace_id = $1 and c.search like $2 limit $3'
        using v_workspace, p_pattern, p_limit;
    else
      return query execute
        'select c.id from public.contacts c where c.workspace_id = $1
            and (c.search like $2 or regexp_replace(coalesce(c.phone, ''''), ''[^0-9]'', '''', ''g'') like $3)
          limit $4'
        using v_workspace, p_pattern, p_digits, p_limit;
    end if;
  elsif p_list = 'contacts_position' then
    -- the job title (contacts_position_trgm_idx)
    return query execute
      'select c.id from public.contacts c where c.workspace_id = $1 and lower(c.position) like $2 limit $3'
      using v_workspace, p_pattern, p_limit;
  elsif p_list = 'tasks' then
    return query execute
      'select t.id from public.tasks t where t.workspace_id = $1 and t.search like $2 limit $3'
      using v_workspace, p_pattern, p_limit;
  elsif p_list = 'transactions' then
    return query execute
      'select t.id from public.transactions t where t.workspace_id = $1 and t.search like $2 limit $3'
      using v_workspace, p_pattern, p_limit;
  elsif p_list = 'invoices' then
    -- the number, or the client's name (the same text a contact search matches)
    return query execute
      'select s.id from (
         select i.id from public.invoices i where i.workspace_id = $1 and lower(i.invoice_number) like $2
         union
         select i.id from public.invoices i
           join public.contacts c on c.workspace_id = i.workspace_id and c.id = i.contact_id
          where i.workspace_id = $1 and c.workspace_id = $1 and c.search like $2
       ) s limit $3'
      using v_workspace, p_pattern, p_limit;
  else
    raise exception using errcode = '22023', message = 'Unknown search list.';
  end if;
end
$$;

revoke all on function app.search_ids(text, text, text, integer) from public, anon;
grant execute on function app.search_ids(text, text, text, integer) to authenticated;
