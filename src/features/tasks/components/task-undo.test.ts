import { describe, expect, it } from 'vitest';
import { taskUndo } from './task-undo';

const task = {
  title: 'File the quarterly VAT return',
  description: null,
  priority: 'high' as const,
  status: 'pending' as const,
  contact_id: null,
  assignee_id: null,
  due_date: new Date('2026-12-01T22:59:59.000Z'),
  due_on: '2026-12-01',
};

describe('undo of a task edit', () => {
  it('has nothing to undo when nothing changed', () => {
    expect(taskUndo(task, { ...task, due_date: '2026-12-01T22:59:59Z' as unknown as Date })).toBeNull();
  });

  it('puts back the status and priority that changed', () => {
    expect(taskUndo(task, { ...task, status: 'in_progress', priority: 'low' })).toEqual({ status: 'pending', priority: 'high' });
  });

  it('puts back who it was assigned to', () => {
    const sam = 'a1b2c3d4-0000-4000-8000-000000000001';
    expect(taskUndo(task, { ...task, assignee_id: sam })).toEqual({ assignee_id: null });
    expect(taskUndo({ ...task, assignee_id: sam }, task)).toEqual({ assignee_id: sam });
  });

  it('puts a whole-day due date back as a day, never sending a day and a moment together', () => {
    const moved = { ...task, due_on: null, due_date: new Date('2026-12-03T09:00:00.000Z') };
    expect(taskUndo(task, moved)).toEqual({ due_on: '2026-12-01', due_date: null });
  });

  it('puts a due moment back as a moment, and a missing due date back as none', () => {
    const atNine = { ...task, due_on: null, due_date: new Date('2026-12-03T09:00:00.000Z') };
    expect(taskUndo(atNine, { ...atNine, due_on: '2026-12-04', due_date: new Date('2026-12-04T22:59:59.000Z') })).toEqual({
      due_date: '2026-12-03T09:00:00.000Z',
      due_on: null,
    });
    const undated = { ...task, due_on: null, due_date: null };
    expect(taskUndo(undated, { ...undated, due_on: '2026-12-04', due_date: new Date('2026-12-04T22:59:59.000Z') })).toEqual({
      due_date: null,
      due_on: null,
    });
  });
});
