-- The frequent ledger term's second look: a window of the newest rows (docs/decisions/0177-frequent-search-terms.md).
--
-- app.search_frequent (20261211100000) samples the workspace's newest 1 000
-- rows. A term dense there but with fewer than 1 001 matches in the whole list
-- (a supplier added last month) was then sent to the plain `like`, whose
-- bounded count read the whole ledger to learn it had fewer than 1 001. The app
-- now asks a second time, over a window of the newest rows with the bound of
-- the count as its threshold: only a term reaching it there takes the plain
-- `like` (its count then stops within that window); any other is probed.
--
-- The function is unchanged but for the largest window it accepts: 50 000
-- rows instead of 10 000 (the app asks for 20 000). It still counts only the
-- session's workspace's rows, derives that workspace from the session, binds
-- the pattern and returns a boolean; its grants are kept by `create or replace`
-- and restated here.

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
      using v_workspace, least(p_sample, 50000), p_pattern, p_hits;
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
      using v_workspace, least(p_sample, 50000), p_pattern, p_hits;
  end if;
  return v_found >= p_hits;
end
$$;

revoke all on function app.search_frequent(text, text, integer, integer) from public, anon;
grant execute on function app.search_frequent(text, text, integer, integer) to authenticated;
