-- A frequent ledger term is recognised before the trigram probe (docs/decisions/0177-frequent-search-terms.md).
--
-- app.search_ids (ADR 0156) answers a `q` through the trigram index. A GIN
-- index answers with a bitmap of every match before any limit applies, so for a
-- term matching a quarter of a million-row ledger the probe alone read every
-- match to learn that the term is frequent, and the list then used its plain
-- `like` anyway.
--
-- app.search_frequent(list, pattern, sample, hits) looks at the session's
-- workspace's newest `sample` rows of the list (the ledger or the contacts), in
-- the list's default order (the index the first page reads), and says whether at least `hits` of
-- them match the pattern: then the plain `like`, which reads the rows in that
-- order, finds a page within the first few hundred rows, and the app skips the
-- probe. It stops at the `hits`-th match, so it reads at most `sample` rows.
--
-- Like app.search_ids it takes no workspace: it derives it from the session
-- exactly as the read policies do (app.workspace_id()) and answers false when
-- there is none; it counts only that workspace's rows, so its answer says
-- nothing about another workspace's data (no table-wide statistics, no
-- planner estimate). It returns a boolean only. The pattern is a bound
-- parameter, never spliced into SQL.

create or replace function app.search_frequent(p_list text, p_pattern text, p_sample integer, p_hits integer)
returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_workspace uuid := app.workspace_id();
  v_found integer;
begin
  if p_list is null or p_list not in ('transactions', 'contacts') then
    raise exception using errcode = '22023', message = 'Unknown search list.';
  end if;
  if v_workspace is null or p_pattern is null or p_sample is null or p_hits is null or p_hits < 1 or p_sample < 1 then
    return false;
  end if;
  -- EXECUTE … USING: planned for these values (the list's default order index, newest first, then the limit)
  if p_list = 'transactions' then
    execute
      'select count(*)::int from (
         select 1 from (
           select t.search from public.transactions t
            where t.workspace_id = $1
            order by t.date desc, t.id desc
            limit $2
         ) newest
         where newest.search like $3
         limit $4
       ) hit'
      into v_found
      using v_workspace, least(p_sample, 10000), p_pattern, p_hits;
  else
    execute
      'select count(*)::int from (
         select 1 from (
           select c.search from public.contacts c
            where c.workspace_id = $1
            order by c.created_at desc, c.id desc
            limit $2
         ) newest
         where newest.search like $3
         limit $4
       ) hit'
      into v_found
      using v_workspace, least(p_sample, 10000), p_pattern, p_hits;
  end if;
  return v_found >= p_hits;
end
$$;

revoke all on function app.search_frequent(text, text, integer, integer) from public, anon;
grant execute on function app.search_frequent(text, text, integer, integer) to authenticated;
