-- The assistant's pending actions: every write an engine proposes waits here
-- until the user confirms or rejects it. Nothing is written by an engine.
--
--  * one row per proposed write, tied to the ai_logs row of the exchange that
--    proposed it (composite key: same account only);
--  * status: pending → confirmed | rejected | expired, confirmed → undone;
--  * args: the tool's validated input; result: the changed record;
--    undo: what reverting the change needs (null when it cannot be undone).

create table public.ai_actions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  log_id uuid not null,
  tool text not null check (char_length(tool) between 1 and 100),
  args jsonb not null default '{}'::jsonb,
  summary text not null check (char_length(summary) between 1 and 2000),
  status text not null default 'pending'
    check (status in ('pending', 'confirmed', 'rejected', 'undone', 'expired')),
  result jsonb,
  undo jsonb,
  created_at timestamptz(3) not null default now(),
  decided_at timestamptz(3),
  updated_at timestamptz(3) not null default now(),
  constraint ai_actions_id_user_key unique (id, user_id),
  constraint ai_actions_log_fk foreign key (log_id, user_id)
    references public.ai_logs (id, user_id) on delete cascade,
  constraint ai_actions_decided check ((status = 'pending') = (decided_at is null))
);
create index ai_actions_user_created_idx on public.ai_actions (user_id, created_at desc, id desc);
create index ai_actions_user_status_idx on public.ai_actions (user_id, status, created_at desc);
create index ai_actions_log_idx on public.ai_actions (log_id, user_id);

create trigger ai_actions_set_updated_at before update on public.ai_actions
  for each row execute function app.set_updated_at();

alter table public.ai_actions enable row level security;
alter table public.ai_actions force row level security;
revoke all on table public.ai_actions from public, anon;
create policy ai_actions_tenant on public.ai_actions as permissive for all to authenticated
  using (user_id = any ((select app.account_ids())::uuid[]))
  with check (user_id = any ((select app.account_ids())::uuid[]));
grant select, insert, update on public.ai_actions to authenticated;

-- An exchange is logged when it starts (status `running`, so that a tool token
-- is valid only while its exchange runs) and completed when it ends.
grant update (response, action_taken, status, duration_ms, metadata) on public.ai_logs to authenticated;
create index ai_logs_user_status_idx on public.ai_logs (user_id, status, created_at desc);
