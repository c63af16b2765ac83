import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { zodDetails } from '@/lib/validation';
import { isOverdue, taskCreateSchema, taskListQuerySchema, taskUpdateSchema } from './schema';

const problems = (result: { success: true } | { success: false; error: z.ZodError }) => (result.success ? null : zodDetails(result.error));

describe('the due fields of a task', () => {
  it('takes an exact moment (due_date) as before, and a whole day (due_on) besides', () => {
    expect(taskCreateSchema.parse({ title: 'Call', due_date: '2026-12-01T09:30:00+01:00' })).toEqual({
      title: 'Call',
      due_date: '2026-12-01T08:30:00.000Z',
    });
    expect(taskCreateSchema.parse({ title: 'Call', due_on: '2026-12-01' })).toEqual({ title: 'Call', due_on: '2026-12-01' });
    // one of them with the other null is fine; both null removes the due date
    expect(taskCreateSchema.parse({ title: 'Call', due_on: '2026-12-01', due_date: null })).toMatchObject({ due_on: '2026-12-01' });
    expect(taskUpdateSchema.parse({ due_date: null, due_on: null })).toEqual({ due_date: null, due_on: null });
    expect(taskUpdateSchema.parse({ due_on: '2028-02-29' })).toEqual({ due_on: '2028-02-29' });
  });

  it('refuses both at once, a day that does not exist, and a bare day in due_date (pointing to due_on)', () => {
    expect(problems(taskCreateSchema.safeParse({ title: 'x', due_date: '2026-12-01T09:30:00Z', due_on: '2026-12-01' }))).toEqual({
      due_on: ['send either due_date (a date and time) or due_on (a whole day), not both'],
    });
    expect(problems(taskUpdateSchema.safeParse({ due_date: '2026-12-01T09:30:00Z', due_on: '2026-12-01' }))).toHaveProperty('due_on');
    expect(problems(taskCreateSchema.safeParse({ title: 'x', due_on: '2026-02-29' }))).toHaveProperty('due_on');
    expect(problems(taskCreateSchema.safeParse({ title: 'x', due_on: '2026-12-01T10:00:00Z' }))).toHaveProperty('due_on');
    const bare = problems(taskCreateSchema.safeParse({ title: 'x', due_date: '2026-12-01' }));
    expect(bare?.due_date?.[0]).toMatch(/send due_on/);
  });
});

describe('isOverdue', () => {
  const open = { status: 'pending' as const };

  it('makes a whole-day task overdue once that day is over in the person’s zone', () => {
    const task = { ...open, due_on: '2026-12-01', due_date: new Date('2026-12-01T23:59:59.999Z') };
    // 2026-12-02T05:00Z: still the 1st in Los Angeles, the 2nd in Kolkata and Auckland
    const now = new Date('2026-12-02T05:00:00Z');
    expect(isOverdue(task, now, 'America/Los_Angeles')).toBe(false);
    expect(isOverdue(task, now, 'Asia/Kolkata')).toBe(true);
    expect(isOverdue(task, now, 'Pacific/Auckland')).toBe(true);
    // due today is not overdue, wherever it is today
    expect(isOverdue(task, new Date('2026-12-01T10:59:00Z'), 'Pacific/Auckland')).toBe(false);
    expect(isOverdue({ ...task, status: 'completed' }, now, 'Asia/Kolkata')).toBe(false);
  });

  it('makes a timed task overdue when its moment has passed', () => {
    const task = { ...open, due_on: null, due_date: new Date('2026-12-01T09:30:00Z') };
    expect(isOverdue(task, new Date('2026-12-01T09:29:59Z'), 'UTC')).toBe(false);
    expect(isOverdue(task, new Date('2026-12-01T09:30:01Z'), 'Pacific/Auckland')).toBe(true);
    expect(isOverdue({ ...open, due_date: null }, new Date(), 'UTC')).toBe(false);
  });
});

describe('the assignee of a task', () => {
  const sam = 'A1B2C3D4-0000-4000-8000-000000000001';

  it('takes a user id or null, and nothing else', () => {
    expect(taskCreateSchema.parse({ title: 'Call', assignee_id: sam })).toEqual({ title: 'Call', assignee_id: sam.toLowerCase() });
    expect(taskUpdateSchema.parse({ assignee_id: null })).toEqual({ assignee_id: null });
    expect(problems(taskUpdateSchema.safeParse({ assignee_id: 'sam' }))).toEqual({
      assignee_id: ["must be a member's user id (UUID) or null"],
    });
    expect(problems(taskCreateSchema.safeParse({ title: 'x', assignee_id: 'me' }))).toHaveProperty('assignee_id');
  });
});

describe('the people filters of the task list', () => {
  const sam = 'a1b2c3d4-0000-4000-8000-000000000001';
  const parse = (query: Record<string, string>) => taskListQuerySchema.safeParse(query);

  it('takes assignee_id as a member, me or none; mine as true or false; user_id as a person or me', () => {
    for (const value of [sam, 'me', 'none']) expect(parse({ assignee_id: value }).data?.assignee_id).toBe(value);
    expect(parse({ mine: 'true' }).data?.mine).toBe(true);
    expect(parse({ mine: 'true', assignee_id: 'me' }).success).toBe(true);
    expect(parse({ user_id: 'me' }).data?.user_id).toBe('me');
    expect(parse({ user_id: sam.toUpperCase() }).data?.user_id).toBe(sam);
  });

  it('refuses anything else, and mine=true with someone else as the assignee', () => {
    expect(problems(parse({ assignee_id: 'nobody' }))).toEqual({ assignee_id: ['must be a user id (UUID), me or none'] });
    expect(problems(parse({ mine: 'yes' }))).toEqual({ mine: ['must be true or false'] });
    expect(problems(parse({ user_id: 'none' }))).toEqual({ user_id: ['must be a user id (UUID) or me'] });
    expect(problems(parse({ mine: 'true', assignee_id: sam }))).toEqual({ mine: ['give either mine=true or assignee_id, not both'] });
  });
});
