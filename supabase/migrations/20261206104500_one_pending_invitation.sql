-- One pending invitation per address and workspace (docs/decisions/0097-workspaces.md):
-- a new invitation replaces the pending one (the app withdraws it, then inserts), but two
-- sent at the same moment each found nothing to withdraw, and both links worked, each with
-- its own role. The database now keeps the rule: the second of two racing invitations is
-- refused (a 409), and the one that stays is the only link that works.
--
-- Pairs left over from such a race keep their newest invitation; the others are withdrawn.
update public.workspace_invitations i
   set revoked_at = now()
 where i.accepted_at is null
   and i.revoked_at is null
   and exists (select 1 from public.workspace_invitations j
                where j.workspace_id = i.workspace_id and j.email = i.email
                  and j.accepted_at is null and j.revoked_at is null
                  and (j.created_at, j.id) > (i.created_at, i.id));

create unique index workspace_invitations_one_pending on public.workspace_invitations (workspace_id, email)
  where accepted_at is null and revoked_at is null;
