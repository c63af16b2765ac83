-- Local accounts: an invitation opens sign-up for the address it was sent to,
-- even when sign-up is closed on the installation (docs/decisions/0097).
--
-- `ledgerly_auth` (the sign-in store's role, which reaches no tenant row) may
-- ask one question and nothing more: is there a pending, unexpired invitation
-- with this token for this address?

create or replace function app.invitation_open_for(p_token_hash text, p_email text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.workspace_invitations i
     where i.token_hash = p_token_hash
       and i.email = lower(p_email)
       and i.accepted_at is null
       and i.revoked_at is null
       and i.expires_at > now())
$$;
revoke all on function app.invitation_open_for(text, text) from public;
grant usage on schema app to ledgerly_auth;
grant execute on function app.invitation_open_for(text, text) to ledgerly_auth;
