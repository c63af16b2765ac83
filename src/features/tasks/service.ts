import { personId, type Workspace } from '@/lib/auth/workspace';
import { assertOwnContact, assertOwnContacts } from '@/features/contacts/service';
import { requireMember } from '@/features/workspaces/service';
import { csvExport } from '@/lib/csv';
import type { Database, TenantRunner } from '@/lib/db';
import { errors } from '@/lib/errors';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { safeTimeZone } from '@/lib/time';
import {
  countTasks,
  deleteTaskRow,
  insertTasks,
  selectNextOpenTask,
  selectTask,
  selectTasks,
  type TaskFilters,
  taskSort,
  type TaskDueValues,
  type TaskInsert,
  updateTaskRow,
} from './queries';
import type { Task, TaskCreate, TaskListQuery, TaskUpdate } from './schema';

/**
 * The rules for tasks. Every function runs in the caller's tenant transaction.
 * `completed_at` is kept by the database: set when the status becomes
 * `completed`, cleared when it leaves it.
 */

type ListQuery = Omit<TaskListQuery, 'format' | 'limit' | 'cursor'>;

/** Who lists: the workspace, its time zone, and the person (`me` in a filter). */
type Lister = Pick<Workspace, 'id' | 'time_zone' | 'user'>;

/** `assignee_id` (a member, `me` or `none`) or `mine=true` as the assignee to filter by (null: nobody). */
function assigneeFilter(owner: Lister, query: Pick<ListQuery, 'assignee_id' | 'mine'>): string | null | undefined {
  const wanted = query.mine === true ? 'me' : query.assignee_id;
  if (wanted === undefined) return undefined;
  return wanted === 'none' ? null : personId(wanted, owner);
}

/** Filters the assistant's list tool adds to the API's query (not part of the HTTP contract). */
export interface ExtraTaskFilters {
  /** only the tasks without a due day or time */
  undated?: boolean;
}

function filtersFor(owner: Lister, query: ListQuery, extra: ExtraTaskFilters = {}): TaskFilters {
  return {
    workspaceId: owner.id,
    timeZone: safeTimeZone(owner.time_zone),
    q: query.q || undefined,
    status: query.status,
    priority: query.priority,
    contactId: query.contact_id,
    from: query.from,
    to: query.to,
    overdue: query.overdue,
    assigneeId: assigneeFilter(owner, query),
    creatorId: query.user_id ? personId(query.user_id, owner) : undefined,
    ...(extra.undated ? { undated: true } : {}),
  };
}

export async function listTasks(
  tx: Database,
  owner: Lister,
  query: Omit<TaskListQuery, 'format'>,
  extra: ExtraTaskFilters = {},
): Promise<{ data: Task[]; page: Page }> {
  const filters = filtersFor(owner, query, extra);
  const sort = taskSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectTasks(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters, ['workspaceId', 'timeZone']) ? keptCount(tx, owner.id, 'tasks') : countTasks(tx, filters)),
  );
}

export const TASK_CSV_FIELDS = [
  'id',
  'title',
  'description',
  'status',
  'priority',
  'due_date',
  'completed_at',
  'contact_id',
  'created_at',
  'updated_at',
  'due_on',
  'assignee_id',
] as const satisfies readonly (keyof Task)[];

/** The filtered tasks as a streamed CSV download (all pages). */
export function exportTasksCsv(run: TenantRunner, owner: Lister, query: ListQuery): Response {
  const filters = filtersFor(owner, query);
  const sort = taskSort(query.sort.field, query.sort.direction);
  return csvExport({
    filename: 'tasks.csv',
    fields: TASK_CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectTasks(tx, filters, sort, cursor, limit),
  });
}

export async function getTask(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<Task> {
  const task = await selectTask(tx, owner.id, id);
  if (!task) throw errors.notFound('Task');
  return task;
}

/**
 * What to store for the due fields a request sent (docs/decisions/0090): a
 * whole day (`due_on`; the database derives `due_date` in the owner's zone),
 * an exact moment (`due_date`; any day is cleared), or neither when both are
 * null. Fields not sent: nothing changes.
 */
export function dueValues(input: { due_date?: string | null; due_on?: string | null }): TaskDueValues {
  if (input.due_date === undefined && input.due_on === undefined) return {};
  if (input.due_on) return { due_on: input.due_on };
  if (input.due_date) return { due_date: new Date(input.due_date), due_on: null };
  return { due_date: null, due_on: null };
}

/**
 * A new task is unassigned unless the request names someone. Not the creator
 * by default: an assignment says "this person will do it", and putting every
 * task an API client, an import or the assistant makes on its author's "Mine"
 * list would claim that for them; unassigned tasks stay visible to the whole
 * team (`assignee_id=none`) until someone takes one. Existing tasks are
 * unassigned too, so null keeps one meaning: nobody has taken it yet.
 */
export async function createTask(tx: Database, owner: Pick<Workspace, 'id'>, input: TaskCreate): Promise<Task> {
  if (input.contact_id) await assertOwnContact(tx, owner, input.contact_id);
  if (input.assignee_id) await requireMember(tx, owner, input.assignee_id, 'assignee_id');
  const { due_date: _date, due_on: _on, ...rest } = input;
  const [task] = await insertTasks(tx, owner.id, [{ ...rest, ...dueValues(input) }]);
  return task!;
}

/** Several tasks at once (demo data); `completed_at` may be given for completed ones. */
export async function createTasks(tx: Database, owner: Pick<Workspace, 'id'>, inputs: TaskInsert[]): Promise<Task[]> {
  await assertOwnContacts(
    tx,
    owner,
    inputs.map((i) => i.contact_id).filter((id): id is string => Boolean(id)),
  );
  for (const assigneeId of new Set(inputs.map((i) => i.assignee_id).filter((id): id is string => Boolean(id)))) {
    await requireMember(tx, owner, assigneeId, 'assignee_id');
  }
  return insertTasks(tx, owner.id, inputs);
}

export async function updateTask(tx: Database, owner: Pick<Workspace, 'id'>, id: string, input: TaskUpdate): Promise<Task> {
  const existing = await selectTask(tx, owner.id, id);
  if (!existing) throw errors.notFound('Task');
  if (input.contact_id) await assertOwnContact(tx, owner, input.contact_id);
  if (input.assignee_id) await requireMember(tx, owner, input.assignee_id, 'assignee_id');
  const { due_date: _date, due_on: _on, ...rest } = input;
  const task = await updateTaskRow(tx, owner.id, id, { ...rest, ...dueValues(input) });
  if (!task) throw errors.notFound('Task');
  return task;
}

export async function deleteTask(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<{ id: string }> {
  const deleted = await deleteTaskRow(tx, owner.id, id);
  if (!deleted) throw errors.notFound('Task');
  return { id };
}

/** The contact's open task that is due first, or null. */
export async function nextOpenTask(tx: Database, owner: Pick<Workspace, 'id'>, contactId: string): Promise<Task | null> {
  return (await selectNextOpenTask(tx, owner.id, contactId)) ?? null;
}
