import { z } from 'zod';
import {
  booleanParam,
  creatorParam,
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
import { safeTimeZone, todayIn } from '@/lib/time';

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

const nullableTimestamp = z
  .union([timestamp, z.null()], {
    error: 'must be a date and time such as 2026-11-25T09:30:00Z, or null (for a whole day without a time, send due_on)',
  })
  .describe('when the task is due, to the minute: an ISO 8601 timestamp with offset, or null');
const nullableDay = z
  .union([date, z.null()], { error: 'must be a day (YYYY-MM-DD), or null' })
  .describe('the day the task is due when it has no time (YYYY-MM-DD): it stays that day whatever the time zone; or null');
const nullableId = z.union([uuid, z.null()], { error: 'must be an id (UUID) or null' });
const nullableAssignee = z
  .union([uuid, z.null()], { error: "must be a member's user id (UUID) or null" })
  .describe('the member who is to do the task (their user id), or null for nobody yet');

export const taskFields = {
  title: requiredText(500),
  description: optionalText(10000),
  due_date: nullableTimestamp,
  due_on: nullableDay,
  status: taskStatus,
  priority: taskPriority,
  contact_id: nullableId,
  assignee_id: nullableAssignee,
};

/**
 * A task is due at an exact time (`due_date`) or on a whole day (`due_on`),
 * never both (docs/decisions/0090). Sending one of them with the other null is
 * fine; both null removes the due date.
 */
function oneDue(v: { due_date?: string | null; due_on?: string | null }, ctx: z.RefinementCtx) {
  if (v.due_date && v.due_on) {
    ctx.addIssue({
      code: 'custom',
      path: ['due_on'],
      message: 'send either due_date (a date and time) or due_on (a whole day), not both',
    });
  }
}

export const taskCreateSchema = z
  .strictObject({
    title: taskFields.title,
    description: taskFields.description.optional(),
    due_date: taskFields.due_date.optional(),
    due_on: taskFields.due_on.optional(),
    status: taskFields.status.optional(),
    priority: taskFields.priority.optional(),
    contact_id: taskFields.contact_id.optional(),
    assignee_id: taskFields.assignee_id.optional(),
  })
  .superRefine(oneDue);
export type TaskCreate = z.output<typeof taskCreateSchema>;

export const taskUpdateSchema = z
  .strictObject({
    title: taskFields.title.optional(),
    description: taskFields.description.optional(),
    due_date: taskFields.due_date.optional(),
    due_on: taskFields.due_on.optional(),
    status: taskFields.status.optional(),
    priority: taskFields.priority.optional(),
    contact_id: taskFields.contact_id.optional(),
    assignee_id: taskFields.assignee_id.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change', path: [] })
  .superRefine(oneDue);
export type TaskUpdate = z.output<typeof taskUpdateSchema>;

/** Fields a client never sets (`completed_at` follows the status). */
export const TASK_READ_ONLY = ['id', 'workspace_id', 'user_id', 'completed_at', 'created_at', 'updated_at'] as const;

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

/** `assignee_id=<uuid>|me|none`: a member's tasks, yours, or the ones nobody has been given. */
const assigneeParam = z
  .union([z.literal('me'), z.literal('none'), uuid], { error: 'must be a user id (UUID), me or none' })
  .describe('tasks assigned to this member (their user id), to you (`me`), or to nobody (`none`)')
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
    assignee_id: assigneeParam,
    mine: booleanParam().describe('true: only the tasks assigned to you (the same as assignee_id=me); false: no such limit').optional(),
    user_id: creatorParam,
    format: formatParam,
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from.kind === v.to.kind && v.from.value > v.to.value) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after `to`' });
    }
    if (v.mine === true && v.assignee_id !== undefined && v.assignee_id !== 'me') {
      ctx.addIssue({ code: 'custom', path: ['mine'], message: 'give either mine=true or assignee_id, not both' });
    }
  });
export type TaskListQuery = z.output<typeof taskListQuerySchema>;

export const taskIdParams = z.strictObject({ id: uuid });

/** A task as the API returns it. */
export interface Task {
  id: string;
  workspace_id: string;
  /** who made it (null: imported, or a person since deleted) */
  user_id: string | null;
  /** the member who is to do it (null: nobody yet, or they left the workspace) */
  assignee_id: string | null;
  contact_id: string | null;
  title: string;
  description: string | null;
  /**
   * The moment the task is due. For a task due on a whole day (`due_on`), the
   * database derives it: the end of that day in the owner's time zone.
   */
  due_date: Date | null;
  /** The day a task is due when it has no time (`YYYY-MM-DD`), else null. */
  due_on: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Still to do and its due moment has passed: for a task due on a whole day,
 * once that day is over in the person's time zone (`timeZone`; without it, the
 * derived `due_date` decides, which is the same in the owner's zone).
 */
export function isOverdue(
  task: Pick<Task, 'due_date' | 'status'> & { due_on?: string | null },
  now = new Date(),
  timeZone?: string,
): boolean {
  if (!(OPEN_TASK_STATUSES as readonly string[]).includes(task.status)) return false;
  if (task.due_on && timeZone !== undefined) return task.due_on < todayIn(safeTimeZone(timeZone), now);
  return task.due_date !== null && new Date(task.due_date).getTime() < now.getTime();
}
