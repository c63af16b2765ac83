import { z } from 'zod';
import {
  booleanParam,
  cursorParam,
  date,
  formatParam,
  limitParam,
  optionalText,
  qParam,
  requiredText,
  sortParam,
  timestamp,
  uuid,
} from '@/lib/validation';

/**
 * Tasks: the one definition of what a task is, used by the API, the forms and
 * the assistant's tools.
 */

export const TASK_STATUSES = ['pending', 'in_progress', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Statuses of a task that still has to be done. */
export const OPEN_TASK_STATUSES = ['pending', 'in_progress'] as const satisfies readonly TaskStatus[];

export const TASK_PRIORITIES = ['low', 'medium', 'high'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const taskStatus = z.enum(TASK_STATUSES, { error: `must be one of ${TASK_STATUSES.join(', ')}` });
export const taskPriority = z.enum(TASK_PRIORITIES, { error: `must be one of ${TASK_PRIORITIES.join(', ')}` });

const nullableTimestamp = z.union([timestamp, z.null()], { error: 'must be a timestamp such as 2026-11-25T09:30:00Z, or null' });
const nullableId = z.union([uuid, z.null()], { error: 'must be an id (UUID) or null' });

export const taskFields = {
  title: requiredText(500),
  description: optionalText(10000),
  due_date: nullableTimestamp,
  status: taskStatus,
  priority: taskPriority,
  contact_id: nullableId,
};

export const taskCreateSchema = z.strictObject({
  title: taskFields.title,
  description: taskFields.description.optional(),
  due_date: taskFields.due_date.optional(),
  status: taskFields.status.optional(),
  priority: taskFields.priority.optional(),
  contact_id: taskFields.contact_id.optional(),
});
export type TaskCreate = z.output<typeof taskCreateSchema>;

export const taskUpdateSchema = z
  .strictObject({
    title: taskFields.title.optional(),
    description: taskFields.description.optional(),
    due_date: taskFields.due_date.optional(),
    status: taskFields.status.optional(),
    priority: taskFields.priority.optional(),
    contact_id: taskFields.contact_id.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] });
export type TaskUpdate = z.output<typeof taskUpdateSchema>;

/** Fields a client never sets (`completed_at` follows the status). */
export const TASK_READ_ONLY = ['id', 'user_id', 'completed_at', 'created_at', 'updated_at'] as const;

export const TASK_SORTS = ['due_date', 'priority', 'created_at', 'updated_at', 'title'] as const;
export type TaskSortField = (typeof TASK_SORTS)[number];

/**
 * A bound of a due-date range: a calendar date (in the user's time zone; `to`
 * includes the whole day) or an exact timestamp.
 */
export type RangeBound = { kind: 'date'; value: string } | { kind: 'timestamp'; value: string };

const rangeBound = z
  .string()
  .transform((v, ctx): RangeBound => {
    if (date.safeParse(v).success) return { kind: 'date', value: v };
    const ts = timestamp.safeParse(v);
    if (ts.success) return { kind: 'timestamp', value: ts.data };
    ctx.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD) or a timestamp such as 2026-11-25T09:30:00Z' });
    return z.NEVER;
  })
  .optional();

/** One status, or several separated by commas (`status=pending,in_progress`). */
const statusList = z
  .string()
  .transform((v, ctx) => {
    const values = [...new Set(v.split(',').map((s) => s.trim()))];
    const bad = values.filter((s) => !(TASK_STATUSES as readonly string[]).includes(s));
    if (bad.length > 0 || values.length === 0) {
      ctx.addIssue({ code: 'custom', message: `must be one or more of ${TASK_STATUSES.join(', ')}, separated by commas` });
      return z.NEVER;
    }
    return values as TaskStatus[];
  })
  .optional();

export const taskListQuerySchema = z
  .strictObject({
    limit: limitParam,
    cursor: cursorParam,
    sort: sortParam(TASK_SORTS, 'due_date'),
    q: qParam,
    status: statusList,
    priority: taskPriority.optional(),
    contact_id: uuid.optional(),
    from: rangeBound,
    to: rangeBound,
    overdue: booleanParam().optional(),
    format: formatParam,
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from.kind === v.to.kind && v.from.value > v.to.value) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
    }
  });
export type TaskListQuery = z.output<typeof taskListQuerySchema>;

export const taskIdParams = z.strictObject({ id: uuid });

/** A task as the API returns it. */
export interface Task {
  id: string;
  user_id: string;
  contact_id: string | null;
  title: string;
  description: string | null;
  due_date: Date | null;
  status: TaskStatus;
  priority: TaskPriority;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Due in the past and still to do. */
export function isOverdue(task: Pick<Task, 'due_date' | 'status'>, now = new Date()): boolean {
  return (
    task.due_date !== null &&
    new Date(task.due_date).getTime() < now.getTime() &&
    (OPEN_TASK_STATUSES as readonly string[]).includes(task.status)
  );
}
