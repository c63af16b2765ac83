-- Searches under RLS through the trigram indexes (docs/decisions/0156-searches-under-rls.md).
--
-- `like` is not leakproof, so under Row Level Security PostgreSQL may not put
-- it below the policy's condition: a `q` search could use neither the trigram
-- index nor the column statistics and scanned the workspace's rows.
--
-- app.search_ids(list, pattern, digits, limit) finds the matching rows as the
-- owner (no policy to sit behind, so the index and the statistics are usable)
-- and returns only their ids, at most `limit` of them (the app asks for one
-- more than it will use, and searches a frequent term as before). It takes no workspace: it derives the workspace from
-- the session exactly as the read policies do (app.workspace_id(): a member of
-- it, an API key held to its own) and returns nothing when there is none, so it
-- never names a row the caller could not select itself. The list query keeps
-- every other filter, its sort and its cursor under RLS and only restricts `id`
-- to these ids. The pattern is the list's own `like` pattern (already escaped
-- by the app); whatever it is, it only ever matches the caller's own rows.

-- the digits of a contact's phone number, which a phone-shaped `q` matches
create index if not exists contacts_phone_digits_trgm_idx
  on public.contacts using gin ((regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) gin_trgm_ops);

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
