import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * Whole-day tasks in the database, with no application code in between
 * (docs/decisions/0090-dates-without-times.md): `due_on` keeps the day,
 * `due_date` is derived from it in the owner's time zone and follows a change
 * of zone, whoever writes the row and under RLS; a writer that sets only
 * `due_date` makes the task a timed one.
 */

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'due_days')],
  ['pglite', pgliteBackend],
] as const)('whole-day tasks in the database on %s', (_name, make) => {
  let db: SqlBackend;
  const asUser = <T>(sub: string, fn: (q: Query) => Promise<T>) => db.as({ sub }, fn);
  const ids: Record<string, string> = {};
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

  beforeAll(async () => {
    db = await make();
    for (const [who, zone] of [
      ['a', 'Europe/Berlin'],
      ['b', 'Pacific/Auckland'],
    ] as const) {
      await asUser(`user_dd_${who}`, async (q) => {
        const [user] = await q(`insert into users (clerk_id) values ($1) returning id`, [`user_dd_${who}`]);
        await q(`update workspaces set time_zone = $2 where id = $1`, [user!.id, zone]);
        ids[who] = user!.id;
      });
    }
  });

  afterAll(async () => {
    await db?.close();
  });

  const task = async (sub: string, id: string) =>
    (await asUser(sub, (q) => q(`select due_on::text as due_on, due_date, updated_at from tasks where id = $1`, [id])))[0]!;

  it('derives the end of the day in the owner’s zone, daylight saving included', async () => {
    await asUser('user_dd_a', async (q) => {
      for (const [day, end] of [
        ['2026-01-15', '2026-01-15T22:59:59.999Z'],
        ['2026-03-29', '2026-03-29T21:59:59.999Z'],
        ['2026-10-25', '2026-10-25T22:59:59.999Z'],
      ]) {
        const [row] = await q(`insert into tasks (workspace_id, title, due_on) values ($1, 't', $2) returning due_date`, [ids.a, day]);
        expect(iso(row!.due_date), day).toBe(end);
      }
      // a due_date sent along with due_on does not win over the day
      const [both] = await q(
        `insert into tasks (workspace_id, title, due_on, due_date) values ($1, 't', '2026-05-01', '2020-01-01T00:00:00Z') returning due_date`,
        [ids.a],
      );
      expect(iso(both!.due_date)).toBe('2026-05-01T21:59:59.999Z');
    });
  });

  it('moves whole-day tasks with a change of zone, not timed ones and not another account’s', async () => {
    const [day, timed] = await asUser('user_dd_a', async (q) => {
      const [d] = await q(`insert into tasks (workspace_id, title, due_on) values ($1, 'day', '2026-12-01') returning id`, [ids.a]);
      const [t] = await q(`insert into tasks (workspace_id, title, due_date) values ($1, 'timed', '2026-12-01T08:30:00Z') returning id`, [
        ids.a,
      ]);
      return [d!.id as string, t!.id as string];
    });
    const other = await asUser('user_dd_b', async (q) => {
      const [o] = await q(`insert into tasks (workspace_id, title, due_on) values ($1, 'theirs', '2026-12-01') returning id, due_date`, [
        ids.b,
      ]);
      return o!;
    });
    const before = await task('user_dd_a', day);
    await asUser('user_dd_a', (q) => q(`update workspaces set time_zone = 'America/Los_Angeles' where id = $1`, [ids.a]));
    const after = await task('user_dd_a', day);
    expect(after.due_on).toBe('2026-12-01');
    expect(iso(after.due_date)).toBe('2026-12-02T07:59:59.999Z');
    // following the zone is not an edit of the task
    expect(iso(after.updated_at)).toBe(iso(before.updated_at));
    expect(iso((await task('user_dd_a', timed)).due_date)).toBe('2026-12-01T08:30:00.000Z');
    expect(iso((await task('user_dd_b', other.id)).due_date)).toBe(iso(other.due_date));
    // the setting that keeps updated_at is gone once the change is made
    const [flag] = await asUser('user_dd_a', async (q) => {
      await q(`update workspaces set time_zone = 'Asia/Kolkata' where id = $1`, [ids.a]);
      return q(`select coalesce(current_setting('app.rederiving_due_dates', true), '') as value`);
    });
    expect(flag!.value).toBe('');
    expect(iso((await task('user_dd_a', day)).due_date)).toBe('2026-12-01T18:29:59.999Z');
  });

  it('makes a task timed when a writer sets only due_date, and whole-day again with due_on', async () => {
    await asUser('user_dd_a', async (q) => {
      const [row] = await q(`insert into tasks (workspace_id, title, due_on) values ($1, 'switch', '2026-06-01') returning id`, [ids.a]);
      const [timed] = await q(`update tasks set due_date = '2026-06-01T12:00:00Z' where id = $1 returning due_on, due_date`, [row!.id]);
      expect([timed!.due_on, iso(timed!.due_date)]).toEqual([null, '2026-06-01T12:00:00.000Z']);
      const [day] = await q(`update tasks set due_on = '2026-06-02' where id = $1 returning due_on::text as due_on, due_date`, [row!.id]);
      expect(day!.due_on).toBe('2026-06-02');
      const [renamed] = await q(`update tasks set title = 'renamed' where id = $1 returning due_on::text as due_on`, [row!.id]);
      expect(renamed!.due_on).toBe('2026-06-02');
    });
  });

  it('counts a zone PostgreSQL does not know as UTC, and refuses days outside the calendar', async () => {
    await db.admin(`update workspaces set time_zone = 'Mars/Olympus_Mons' where id = $1`, [ids.b]);
    await asUser('user_dd_b', async (q) => {
      const [row] = await q(`insert into tasks (workspace_id, title, due_on) values ($1, 'mars', '2026-12-01') returning due_date`, [
        ids.b,
      ]);
      expect(iso(row!.due_date)).toBe('2026-12-01T23:59:59.999Z');
    });
    await expect(
      asUser('user_dd_b', (q) => q(`insert into tasks (workspace_id, title, due_on) values ($1, 'x', 'infinity')`, [ids.b])),
    ).rejects.toThrow(/check constraint|violates/);
  });
});
