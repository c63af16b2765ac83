import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStats } from '@/features/dashboard/service';
import type { Database } from '@/lib/db';
import { tables } from '@/lib/db';
import { addDays, parseDue, todayIn } from '@/lib/time';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { taskCreateSchema, taskListQuerySchema } from '@/features/tasks/schema';
import { createTask, getTask, listTasks, updateTask } from '@/features/tasks/service';

/**
 * Due days and due moments end to end, on a real (embedded) database under
 * RLS: what the form's parser produces, the service stores and the database
 * derives, across changes of time zone and daylight saving
 * (docs/decisions/0090-dates-without-times.md).
 */

let db: Assistant;
let me: Account;

beforeAll(async () => {
  db = await startAssistant();
  me = await db.signUp('Dana Due');
}, 60_000);

afterAll(async () => {
  await db.close();
});

async function setZone(tx: Database, time_zone: string) {
  await tx.update(tables.workspaces).set({ time_zone }).where(eq(tables.workspaces.id, me.user.id));
  return { ...me.user, time_zone };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

describe('a task due on a day keeps its day', () => {
  it('stays that day when the time zone changes; a timed task keeps its moment', async () => {
    const { day, timed } = await me.tx(async (tx) => {
      const berlin = await setZone(tx, 'Europe/Berlin');
      const typedDay = parseDue({ day: '2026-12-01' }, berlin);
      const typedTime = parseDue({ day: '2026-12-01', time: '09:30' }, berlin);
      if (!typedDay.ok || !typedTime.ok) throw new Error('the parser refused a good day');
      const day = await createTask(tx, berlin, taskCreateSchema.parse({ title: 'Whole day', ...typedDay.value }));
      const timed = await createTask(tx, berlin, taskCreateSchema.parse({ title: 'At 9:30', ...typedTime.value }));
      return { day, timed };
    });
    expect(day.due_on).toBe('2026-12-01');
    // the moment the database derives: the end of that day in Berlin
    expect(iso(day.due_date)).toBe('2026-12-01T22:59:59.999Z');
    expect(timed.due_on).toBeNull();
    expect(iso(timed.due_date)).toBe('2026-12-01T08:30:00.000Z');

    for (const [zone, end] of [
      ['America/Los_Angeles', '2026-12-02T07:59:59.999Z'],
      ['Pacific/Auckland', '2026-12-01T10:59:59.999Z'],
      ['Asia/Kolkata', '2026-12-01T18:29:59.999Z'],
    ] as const) {
      // each change of zone in its own transaction, as the profile page makes it
      const owner = await me.tx((tx) => setZone(tx, zone));
      await me.tx(async (tx) => {
        const [again, same] = [await getTask(tx, owner, day.id), await getTask(tx, owner, timed.id)];
        expect(again.due_on, zone).toBe('2026-12-01');
        expect(iso(again.due_date), zone).toBe(end);
        // moving with the zone is not an edit
        expect(iso(again.updated_at), zone).toBe(iso(day.updated_at));
        expect(iso(same.due_date), zone).toBe('2026-12-01T08:30:00.000Z');
        // the whole-day filter of that date finds it in every zone
        const onThatDay = await listTasks(tx, owner, taskListQuerySchema.parse({ from: '2026-12-01', to: '2026-12-01' }));
        expect(
          onThatDay.data.map((t) => t.title),
          zone,
        ).toContain('Whole day');
      });
    }
  });

  it('ends the day at midnight there, across daylight saving changes', async () => {
    await me.tx(async (tx) => {
      const cases = [
        ['Europe/Berlin', '2026-03-28', '2026-03-28T22:59:59.999Z'],
        ['Europe/Berlin', '2026-03-29', '2026-03-29T21:59:59.999Z'],
        ['Europe/Berlin', '2026-10-24', '2026-10-24T21:59:59.999Z'],
        ['Europe/Berlin', '2026-10-25', '2026-10-25T22:59:59.999Z'],
        ['America/New_York', '2026-03-08', '2026-03-09T03:59:59.999Z'],
        ['America/New_York', '2026-10-31', '2026-11-01T03:59:59.999Z'],
        ['America/New_York', '2026-11-01', '2026-11-02T04:59:59.999Z'],
      ] as const;
      for (const [zone, day, end] of cases) {
        const owner = await setZone(tx, zone);
        const task = await createTask(tx, owner, taskCreateSchema.parse({ title: `DST ${zone} ${day}`, due_on: day }));
        expect(iso(task.due_date), `${zone} ${day}`).toBe(end);
      }
    });
  });

  it('switches between a day and a moment, and clears', async () => {
    await me.tx(async (tx) => {
      const owner = await setZone(tx, 'America/Los_Angeles');
      const task = await createTask(tx, owner, taskCreateSchema.parse({ title: 'Switch', due_on: '2026-05-10' }));
      const timed = await updateTask(tx, owner, task.id, { due_date: '2026-05-10T16:00:00.000Z' });
      expect([timed.due_on, iso(timed.due_date)]).toEqual([null, '2026-05-10T16:00:00.000Z']);
      const day = await updateTask(tx, owner, task.id, { due_on: '2026-05-11' });
      expect([day.due_on, iso(day.due_date)]).toEqual(['2026-05-11', '2026-05-12T06:59:59.999Z']);
      const renamed = await updateTask(tx, owner, task.id, { title: 'Switched' });
      expect(renamed.due_on).toBe('2026-05-11');
      const cleared = await updateTask(tx, owner, task.id, { due_on: null });
      expect([cleared.due_on, cleared.due_date]).toEqual([null, null]);
    });
  });
});

describe('overdue and due today, in the person’s zone', () => {
  it.each(['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata'])(
    'agree between the task list and the dashboard in %s',
    async (zone) => {
      const someone = await db.signUp('Zoe Zone');
      await someone.tx(async (tx) => {
        await tx.update(tables.workspaces).set({ time_zone: zone }).where(eq(tables.workspaces.id, someone.user.id));
        const owner = { ...someone.user, time_zone: zone };
        const today = todayIn(zone);
        const made = async (title: string, fields: Record<string, unknown>) =>
          createTask(tx, owner, taskCreateSchema.parse({ title, ...fields }));
        await made('Yesterday', { due_on: addDays(today, -1) });
        await made('Today', { due_on: today });
        await made('Tomorrow', { due_on: addDays(today, 1) });
        await made('An hour ago', { due_date: new Date(Date.now() - 3_600_000).toISOString() });
        await made('Done yesterday', { due_on: addDays(today, -1), status: 'completed' });

        const titles = async (query: Record<string, string>) =>
          (await listTasks(tx, owner, taskListQuerySchema.parse({ sort: 'title', ...query }))).data.map((t) => t.title);
        expect(await titles({ overdue: 'true' })).toEqual(['An hour ago', 'Yesterday']);
        const dueToday = await titles({ status: 'pending,in_progress', from: today, to: today });
        expect(dueToday).toContain('Today');
        expect(dueToday).not.toContain('Tomorrow');
        expect(dueToday).not.toContain('Yesterday');

        const stats = await getStats(tx, owner);
        expect(stats.tasks.overdue).toBe(2);
        expect(stats.tasks.due_today).toBe(dueToday.length);
        // what the dashboard lists under "overdue and due today": everything due by the end of today
        const byTonight = await titles({ status: 'pending,in_progress', to: today });
        expect(byTonight).toEqual(['An hour ago', 'Today', 'Yesterday']);
      });
    },
  );
});
