import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Database, likePattern, searchIds, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import {
  OPEN_TASK_STATUSES,
  type RangeBound,
  type Task,
  type TaskCreate,
  type TaskPriority,
  type TaskSortField,
  type TaskStatus,
  type TaskUpdate,
} from './schema';

/**
 * Task queries. Each takes the tenant transaction first; RLS already restricts
 * rows to the session's account, and every query also filters by workspace_id
 * explicitly so Postgres uses the (workspace_id, …) indexes.
 */

const t = tables.tasks;

export const taskColumns = {
  id: t.id,
  workspace_id: t.workspace_id,
  user_id: t.user_id,
  assignee_id: t.assignee_id,
  contact_id: t.contact_id,
  title: t.title,
  description: t.description,
  due_date: t.due_date,
  due_on: t.due_on,
  status: t.status,
  priority: t.priority,
  completed_at: t.completed_at,
  created_at: t.created_at,
  updated_at: t.updated_at,
};

export interface TaskFilters {
  workspaceId: string;
  /** The user's IANA time zone: date bounds are whole days there. */
  timeZone: string;
  q?: string;
  status?: TaskStatus[];
  priority?: TaskPriority;
  contactId?: string;
  from?: RangeBound;
  to?: RangeBound;
  overdue?: boolean;
  /** a member's user id, or null for the tasks nobody has been given */
  assigneeId?: string | null;
  /** the tasks this person created */
  creatorId?: string;
  /** true: only the tasks without a due day or time */
  undated?: boolean;
}

/** Undated tasks sort after every dated one (a non-null key for keyset paging). */
export const dueSortKey = sql`coalesce(${t.due_date}, 'infinity'::timestamptz)`;

const openStatuses = sql.raw(OPEN_TASK_STATUSES.map((s) => `'${s}'`).join(', '));
const overdueCondition = sql`(${t.due_date} < now() and ${t.status} in (${openStatuses}))`;

function lowerBound(bound: RangeBound, timeZone: string): SQL {
  return bound.kind === 'date'
    ? sql`${t.due_date} >= (${bound.value}::date)::timestamp at time zone ${timeZone}`
    : sql`${t.due_date} >= ${bound.value}::timestamptz`;
}

function upperBound(bound: RangeBound, timeZone: string): SQL {
  return bound.kind === 'date'
    ? sql`${t.due_date} < (${bound.value}::date + 1)::timestamp at time zone ${timeZone}`
    : sql`${t.due_date} <= ${bound.value}::timestamptz`;
}

async function where(tx: Database, filters: TaskFilters): Promise<SQL | undefined> {
  return and(
    eq(t.workspace_id, filters.workspaceId),
    filters.status ? (filters.status.length === 1 ? eq(t.status, filters.status[0]!) : inArray(t.status, filters.status)) : undefined,
    filters.priority ? eq(t.priority, filters.priority) : undefined,
    filters.contactId ? eq(t.contact_id, filters.contactId) : undefined,
    filters.assigneeId === null ? isNull(t.assignee_id) : filters.assigneeId ? eq(t.assignee_id, filters.assigneeId) : undefined,
    filters.creatorId ? eq(t.user_id, filters.creatorId) : undefined,
    filters.from ? lowerBound(filters.from, filters.timeZone) : undefined,
    filters.to ? upperBound(filters.to, filters.timeZone) : undefined,
    filters.undated ? isNull(t.due_date) : undefined,
    filters.overdue === true ? overdueCondition : filters.overdue === false ? sql`not coalesce(${overdueCondition}, false)` : undefined,
    // the ids the trigram index finds (ADR 0156), else (a frequent term) the plain `like`
    filters.q ? ((await searchIds(tx, t.id, 'tasks', filters.q)) ?? sql`${t}.search like ${likePattern(filters.q)}`) : undefined,
  );
}

const sortExpressions: Record<TaskSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  due_date: { expr: dueSortKey, cast: 'timestamptz' },
  // high > medium > low (3, 2, 1), not alphabetical
  priority: { expr: sql`${t}.priority_rank`, cast: 'integer' },
  created_at: { expr: t.created_at, cast: 'timestamptz' },
  updated_at: { expr: t.updated_at, cast: 'timestamptz' },
  title: { expr: sql`lower(${t.title})`, cast: 'text' },
};

export function taskSort(field: TaskSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectTasks(
  tx: Database,
  filters: TaskFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(Task & { _sort: string })[]> {
  const rows = await tx
    .select({ ...taskColumns, _sort: sortKey(sort) })
    .from(t)
    .where(and(await where(tx, filters), after(sort, t.id, cursor)))
    .orderBy(...orderBy(sort, t.id))
    .limit(limit);
  return rows as (Task & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countTasks(tx: Database, filters: TaskFilters): Promise<Total> {
  return boundedCount(tx, t, await where(tx, filters));
}

export async function selectTask(tx: Database, workspaceId: string, id: string): Promise<Task | undefined> {
  const [row] = await tx
    .select(taskColumns)
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .limit(1);
  return row as Task | undefined;
}

/** What is stored: a due instant (a timed task) or a due day (the database derives `due_date`), not both. */
export type TaskDueValues = { due_date?: Date | null; due_on?: string | null };
export type TaskInsert = Omit<TaskCreate, 'due_date' | 'due_on'> & TaskDueValues & { completed_at?: Date | null };

export async function insertTasks(tx: Database, workspaceId: string, values: TaskInsert[]): Promise<Task[]> {
  if (values.length === 0) return [];
  const rows = await tx
    .insert(t)
    .values(values.map((v) => ({ ...v, workspace_id: workspaceId })))
    .returning(taskColumns);
  return rows as Task[];
}

export async function updateTaskRow(
  tx: Database,
  workspaceId: string,
  id: string,
  values: Omit<TaskUpdate, 'due_date' | 'due_on'> & TaskDueValues,
): Promise<Task | undefined> {
  const [row] = await tx
    .update(t)
    .set(values)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .returning(taskColumns);
  return row as Task | undefined;
}

export async function deleteTaskRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .returning({ id: t.id });
  return rows.length > 0;
}

/** The open task of a contact that is due first (undated last, then the most important). */
export async function selectNextOpenTask(tx: Database, workspaceId: string, contactId: string): Promise<Task | undefined> {
  const [row] = await tx
    .select(taskColumns)
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.contact_id, contactId), inArray(t.status, [...OPEN_TASK_STATUSES])))
    .orderBy(asc(dueSortKey), sql`${t}.priority_rank desc`, asc(t.created_at), asc(t.id))
    .limit(1);
  return row as Task | undefined;
}
