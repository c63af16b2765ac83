import { z } from 'zod';
import { contactName } from '@/features/contacts/schema';
import { getContact } from '@/features/contacts/service';
import { type Task, taskCreateSchema, taskListQuerySchema, taskPriority, taskStatus, taskUpdateSchema } from '@/features/tasks/schema';
import { createTask, deleteTask, getTask, listTasks, updateTask } from '@/features/tasks/service';
import { requireMember } from '@/features/workspaces/service';
import { personName } from '@/lib/auth/people';
import { selectPeople } from '@/lib/auth/user';
import type { Database } from '@/lib/db';
import { safeTimeZone } from '@/lib/time';
import { date, qParam, uuid } from '@/lib/validation';
import { readTool, type Tool, type ToolContext, writeTool } from './types';

/** The assistant's task tools: the tasks service, under the user's RLS. */

const limit = z.number().int().min(1).max(50).default(20).describe('how many to return (1-50, default 20)');

async function contactLabel(tx: Database, user: { id: string }, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return contactName(await getContact(tx, user, id));
}

/** The name of the member a task is (to be) assigned to; not a member is a 422 naming `assignee_id`. */
async function assigneeLabel(ctx: ToolContext, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return personName(await requireMember(ctx.tx, ctx.user, id, 'assignee_id')) || 'a member without a name';
}

export function taskOut(task: Task, contact: string | null = null, assignee: string | null = null) {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    due_date: task.due_date ? new Date(task.due_date).toISOString() : null,
    due_on: task.due_on,
    status: task.status,
    priority: task.priority,
    contact_id: task.contact_id,
    contact_name: contact,
    assignee_id: task.assignee_id,
    assignee_name: assignee,
    completed_at: task.completed_at ? new Date(task.completed_at).toISOString() : null,
    url: '/tasks',
  };
}

const DAY_FORMAT = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;

/** A due moment (ISO) or a whole due day (`YYYY-MM-DD`, never shifted by a time zone) in words. */
function when(iso: string | null | undefined, ctx: ToolContext, day?: string | null): string {
  if (day) return new Intl.DateTimeFormat('en-GB', { ...DAY_FORMAT, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  if (!iso) return 'no due date';
  const d = new Date(iso);
  const zone = safeTimeZone(ctx.user.time_zone);
  const date = new Intl.DateTimeFormat('en-GB', { ...DAY_FORMAT, timeZone: zone }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(d);
  return `${date} ${time}`;
}

function describeChanges(changes: Record<string, unknown>, ctx: ToolContext, contact: string | null, assignee: string | null): string {
  const due = 'due_date' in changes || 'due_on' in changes;
  const { due_date: dueDate, due_on: dueOn, ...others } = changes;
  return Object.entries({ ...(due ? { due: null } : {}), ...others })
    .map(([key, value]) => {
      // the two due fields are one change: a whole day, a moment, or none
      if (key === 'due') return dueDate || dueOn ? `due ${when(dueDate as string | null, ctx, dueOn as string | null)}` : 'no due date';
      if (key === 'contact_id') return value ? `for ${contact}` : 'no contact';
      if (key === 'assignee_id') return value ? `assigned to ${assignee}` : 'assigned to nobody';
      if (key === 'status') return value === 'completed' ? 'completed' : `status ${String(value).replace('_', ' ')}`;
      if (key === 'priority') return `${String(value)} priority`;
      return `${key} ${value === null ? 'cleared' : `"${String(value)}"`}`;
    })
    .join(', ');
}

/** A task's due fields as the API takes them back: its whole day, or its moment. */
function dueOf(task: Task): { due_date: string | null } | { due_on: string } {
  if (task.due_on) return { due_on: task.due_on };
  return { due_date: task.due_date ? new Date(task.due_date).toISOString() : null };
}

async function withNames(ctx: ToolContext, tasks: Task[]) {
  const names = new Map<string, string>();
  for (const id of new Set(tasks.map((t) => t.contact_id).filter((v): v is string => Boolean(v)))) {
    names.set(id, (await contactLabel(ctx.tx, ctx.user, id)) ?? '');
  }
  const people = await selectPeople(
    ctx.tx,
    'id',
    tasks.flatMap((t) => (t.assignee_id ? [t.assignee_id] : [])),
  );
  return tasks.map((t) =>
    taskOut(t, t.contact_id ? (names.get(t.contact_id) ?? null) : null, t.assignee_id ? (people.get(t.assignee_id) ?? null) : null),
  );
}

export const taskTools: Tool[] = [
  readTool({
    name: 'list_tasks',
    kind: 'read',
    description:
      'Tasks, soonest due first. Filter by status ("open" = pending or in progress), priority, contact, assignee, due date ' +
      "range (calendar dates in the user's time zone), overdue, without a due date (no_due_date), or text in the title.",
    input: z.strictObject({
      status: z.union([taskStatus, z.literal('open')]).optional(),
      priority: taskPriority.optional(),
      contact_id: uuid.optional(),
      due_from: date.optional().describe('YYYY-MM-DD'),
      due_to: date.optional().describe('YYYY-MM-DD, inclusive'),
      overdue: z.boolean().optional(),
      no_due_date: z.boolean().optional().describe('true: only the tasks without a due date'),
      assignee: z
        .union([z.literal('me'), z.literal('none'), uuid], { error: 'must be a user id (UUID), me or none' })
        .optional()
        .describe('a member (user_id from list_members), me (the user), or none (unassigned tasks)'),
      query: qParam.describe('text in the title or description'),
      limit,
    }),
    async run(ctx, input) {
      const query = taskListQuerySchema.parse({
        limit: String(input.limit),
        sort: 'due_date',
        ...(input.status ? { status: input.status === 'open' ? 'pending,in_progress' : input.status } : {}),
        ...(input.priority ? { priority: input.priority } : {}),
        ...(input.contact_id ? { contact_id: input.contact_id } : {}),
        ...(input.due_from ? { from: input.due_from } : {}),
        ...(input.due_to ? { to: input.due_to } : {}),
        ...(input.overdue !== undefined ? { overdue: String(input.overdue) } : {}),
        ...(input.assignee ? { assignee_id: input.assignee } : {}),
        ...(input.query ? { q: input.query } : {}),
      });
      const page = await listTasks(ctx.tx, ctx.user, query, { undated: input.no_due_date === true });
      return { total: page.page.total, tasks: await withNames(ctx, page.data) };
    },
  }),
  writeTool({
    name: 'create_task',
    kind: 'write',
    description:
      'Add a task (title; optional due: due_on YYYY-MM-DD for a day without a time, or due_date as an ISO timestamp for ' +
      'an exact time; priority low/medium/high, contact, assignee_id: a member from list_members; unassigned unless given).',
    input: taskCreateSchema,
    async describe(ctx, input) {
      const contact = await contactLabel(ctx.tx, ctx.user, input.contact_id);
      const assignee = await assigneeLabel(ctx, input.assignee_id);
      // every argument Confirm applies is named here (the runner refuses a summary too long to show)
      const details = [
        assignee ? `assigned to ${assignee}` : null,
        input.due_date || input.due_on ? `due ${when(input.due_date, ctx, input.due_on)}` : null,
        input.priority ? `${input.priority} priority` : null,
        input.status ? `status ${input.status.replace('_', ' ')}` : null,
        contact ? `for ${contact}` : null,
        input.description ? `description "${input.description}"` : null,
      ].filter(Boolean);
      return `Create the task "${input.title}"${details.length ? ` (${details.join(', ')})` : ''}.`;
    },
    async apply({ tx, user }, input) {
      const task = await createTask(tx, user, input);
      return { record: task, undo: { task_id: task.id } };
    },
    async revert({ tx, user }, undo) {
      return deleteTask(tx, user, String(undo.task_id));
    },
  }),
  writeTool({
    name: 'update_task',
    kind: 'write',
    description:
      'Change a task: status (e.g. completed), priority, due day (due_on, YYYY-MM-DD) or due time (due_date, ISO timestamp), ' +
      'title, description, contact, or who it is assigned to (assignee_id: a member from list_members, or null for nobody).',
    input: z.strictObject({ task_id: uuid, changes: taskUpdateSchema }),
    async describe(ctx, input) {
      const task = await getTask(ctx.tx, ctx.user, input.task_id);
      const contact = await contactLabel(ctx.tx, ctx.user, input.changes.contact_id);
      const assignee = await assigneeLabel(ctx, input.changes.assignee_id);
      const only = Object.keys(input.changes).length === 1;
      if (only && input.changes.status === 'completed') return `Mark the task "${task.title}" as completed.`;
      if (only && assignee) return `Assign the task "${task.title}" to ${assignee}.`;
      if (only && input.changes.assignee_id === null) return `Unassign the task "${task.title}" (assigned to nobody).`;
      return `Update the task "${task.title}": ${describeChanges(input.changes, ctx, contact, assignee)}.`;
    },
    async apply({ tx, user }, input) {
      const before = await getTask(tx, user, input.task_id);
      const task = await updateTask(tx, user, input.task_id, input.changes);
      const previous: Record<string, unknown> = Object.fromEntries(
        Object.keys(input.changes)
          .filter((key) => key !== 'due_date' && key !== 'due_on')
          .map((key) => {
            const value = before[key as keyof Task];
            return [key, value instanceof Date ? value.toISOString() : (value ?? null)];
          }),
      );
      // a due change comes back as it was: the whole day, or the exact moment
      if ('due_date' in input.changes || 'due_on' in input.changes) Object.assign(previous, dueOf(before));
      return { record: task, undo: { task_id: task.id, previous } };
    },
    async revert({ tx, user }, undo) {
      return updateTask(tx, user, String(undo.task_id), taskUpdateSchema.parse(undo.previous));
    },
  }),
  writeTool({
    name: 'delete_task',
    kind: 'write',
    description: 'Delete a task.',
    input: z.strictObject({ task_id: uuid }),
    async describe(ctx, input) {
      const task = await getTask(ctx.tx, ctx.user, input.task_id);
      return `Delete the task "${task.title}".`;
    },
    async apply({ tx, user }, input) {
      const before = await getTask(tx, user, input.task_id);
      const deleted = await deleteTask(tx, user, input.task_id);
      const restore = {
        title: before.title,
        description: before.description,
        ...dueOf(before),
        status: before.status,
        priority: before.priority,
        contact_id: before.contact_id,
        assignee_id: before.assignee_id,
      };
      return { record: { ...deleted, deleted: true }, undo: { restore } };
    },
    async revert({ tx, user }, undo) {
      // the task comes back as a new row with the same fields
      return createTask(tx, user, taskCreateSchema.parse(undo.restore));
    },
  }),
];
