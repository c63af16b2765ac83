-- Tasks due on a whole day keep that day, whatever the time zone
-- (docs/decisions/0090-dates-without-times.md).
--
-- Until now "due on a day, no time" was stored as the instant 23:59 on that day
-- in the owner's time zone. After a change of time zone on the profile the same
-- instant showed as another time, often on another day ("3:59 PM" the day
-- before). From here on:
--
--  * `due_on date`: the calendar day of a task that is due on a day without a
--    time; null for a task due at an exact time, or not due at all;
--  * `due_date timestamptz` stays the instant every query sorts, filters and
--    counts on. For a whole-day task the database derives it from `due_on`: the
--    last millisecond of that day in the owner's time zone. "Overdue"
--    (`due_date < now()`) therefore starts when the day is over there, and
--    "due today", `from`/`to` and the due-date sort need no change;
--  * when the owner changes time zone, their whole-day tasks follow (same day,
--    new instant) and timed tasks keep their instant;
--  * a writer that changes only `due_date` (older code, plain SQL) gives the
--    task that exact time: `due_on` is cleared.

alter table public.tasks
  add column due_on date,
  add constraint tasks_due_on_real_day check (due_on between date '1900-01-01' and date '2999-12-31');

-- Runs after tasks_set_completed_at and tasks_set_updated_at (BEFORE triggers fire
-- in name order): it may put back updated_at when only the time zone moved the instant.
create or replace function app.tasks_whole_day_due() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  zone text;
begin
  if tg_op = 'UPDATE' and new.due_on is not distinct from old.due_on and new.due_date is distinct from old.due_date then
    new.due_on := null;
  end if;
  if new.due_on is not null then
    select u.time_zone into zone from public.users u where u.id = new.user_id;
    begin
      new.due_date := ((new.due_on + 1)::timestamp at time zone coalesce(nullif(zone, ''), 'UTC')) - interval '1 millisecond';
    exception when invalid_parameter_value then
      -- a zone PostgreSQL does not know counts as UTC (like app.local_date)
      new.due_date := ((new.due_on + 1)::timestamp at time zone 'UTC') - interval '1 millisecond';
    end;
  end if;
  -- re-deriving after a change of time zone is not an edit of the task
  if tg_op = 'UPDATE' and current_setting('app.rederiving_due_dates', true) = 'on' then
    new.updated_at := old.updated_at;
  end if;
  return new;
end
$$;
revoke all on function app.tasks_whole_day_due() from public;

create trigger tasks_whole_day_due before insert or update on public.tasks
  for each row execute function app.tasks_whole_day_due();

-- The owner's whole-day tasks follow a new time zone (under the session's own RLS).
create or replace function app.tasks_follow_time_zone() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform set_config('app.rederiving_due_dates', 'on', true);
  update public.tasks set due_on = due_on where user_id = new.id and due_on is not null;
  perform set_config('app.rederiving_due_dates', '', true);
  return null;
end
$$;
revoke all on function app.tasks_follow_time_zone() from public;

create trigger users_tasks_follow_time_zone after update of time_zone on public.users
  for each row when (old.time_zone is distinct from new.time_zone)
  execute function app.tasks_follow_time_zone();

-- ---------------------------------------------------------------------------
-- Existing tasks: a due time of exactly 23:59 was how the app stored "that day,
-- no time". Such tasks become whole-day tasks of that day. The zone that counts
-- is the owner's current one; failing that, one they had before (the audit
-- trail keeps each earlier zone), latest first: that recovers the day of tasks
-- saved before a change of time zone moved them.
-- ---------------------------------------------------------------------------
select set_config('app.rederiving_due_dates', 'on', true);

with zones as (
  select u.id as user_id, u.time_zone as zone, 0::bigint as rank
    from public.users u
  union all
  select a.user_id, a.changes -> 'time_zone' ->> 0, row_number() over (partition by a.user_id order by a.seq desc)
    from public.audit_logs a
   where a.entity = 'users' and a.action = 'update' and a.changes ? 'time_zone'
),
known as (
  select z.user_id, z.zone, z.rank
    from zones z
   where z.zone in (select n.name from pg_catalog.pg_timezone_names n)
),
days as (
  select distinct on (t.id) t.id, (t.due_date at time zone k.zone)::date as day
    from public.tasks t
    join known k on k.user_id = t.user_id
   where t.due_date is not null
     and t.due_on is null
     and (t.due_date at time zone k.zone)::time = time '23:59'
   order by t.id, k.rank
)
update public.tasks t
   set due_on = d.day
  from days d
 where t.id = d.id;

select set_config('app.rederiving_due_dates', '', true);
