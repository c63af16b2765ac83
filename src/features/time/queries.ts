import { and, count, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { type Database, likePattern, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { RoundingMinutes, TimeEntry, TimeEntrySortField, TimeSettings } from './schema';

/**
 * Time entry queries. Each takes the tenant transaction first; RLS restricts
 * rows to the request's workspace, and every query also filters by
 * workspace_id so Postgres uses the (workspace_id, …) indexes.
 */

const t = tables.timeEntries;
const c = tables.contacts;
const w = tables.workspaces;

/** The rate billing would use now: the entry's, else its client's, else the workspace default. */
const effectiveRate = sql<string | null>`coalesce(${t.hourly_rate},
  (select ${c.hourly_rate} from ${c} where ${c.id} = ${t.contact_id} and ${c.workspace_id} = ${t.workspace_id}),
  (select ${w.default_hourly_rate} from ${w} where ${w.id} = ${t.workspace_id}))::text`;

export const timeEntryColumns = {
  id: t.id,
  workspace_id: t.workspace_id,
  user_id: t.user_id,
  contact_id: t.contact_id,
  deal_id: t.deal_id,
  invoice_id: t.invoice_id,
  description: t.description,
  started_at: t.started_at,
  ended_at: t.ended_at,
  duration_minutes: t.duration_minutes,
  timer: t.timer,
  billable: t.billable,
  hourly_rate: t.hourly_rate,
  effective_rate: effectiveRate,
  created_at: t.created_at,
  updated_at: t.updated_at,
};

export interface TimeEntryFilters {
  workspaceId: string;
  /** the workspace's IANA time zone: `from`/`to` are whole days there */
  timeZone: string;
  q?: string;
  contactId?: string;
  dealId?: string;
  invoiceId?: string;
  userId?: string;
  billable?: boolean;
  billed?: boolean;
  running?: boolean;
  from?: string;
  to?: string;
}

function where(f: TimeEntryFilters): SQL | undefined {
  return and(
    eq(t.workspace_id, f.workspaceId),
    f.contactId ? eq(t.contact_id, f.contactId) : undefined,
    f.dealId ? eq(t.deal_id, f.dealId) : undefined,
    f.invoiceId ? eq(t.invoice_id, f.invoiceId) : undefined,
    f.userId ? eq(t.user_id, f.userId) : undefined,
    f.billable === undefined ? undefined : eq(t.billable, f.billable),
    f.billed === undefined ? undefined : f.billed ? isNotNull(t.invoice_id) : isNull(t.invoice_id),
    f.running === undefined ? undefined : f.running ? isNull(t.ended_at) : isNotNull(t.ended_at),
    f.from ? sql`${t.started_at} >= (${f.from}::date)::timestamp at time zone ${f.timeZone}` : undefined,
    f.to ? sql`${t.started_at} < (${f.to}::date + 1)::timestamp at time zone ${f.timeZone}` : undefined,
    f.q ? sql`lower(${t.description}) like ${likePattern(f.q)}` : undefined,
  );
}

const sortExpressions: Record<TimeEntrySortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  started_at: { expr: t.started_at, cast: 'timestamptz' },
  created_at: { expr: t.created_at, cast: 'timestamptz' },
  updated_at: { expr: t.updated_at, cast: 'timestamptz' },
};

export function timeEntrySort(field: TimeEntrySortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectTimeEntries(
  tx: Database,
  filters: TimeEntryFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(TimeEntry & { _sort: string })[]> {
  const rows = await tx
    .select({ ...timeEntryColumns, _sort: sortKey(sort) })
    .from(t)
    .where(and(where(filters), after(sort, t.id, cursor)))
    .orderBy(...orderBy(sort, t.id))
    .limit(limit);
  return rows as (TimeEntry & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countTimeEntries(tx: Database, filters: TimeEntryFilters): Promise<Total> {
  return boundedCount(tx, t, where(filters));
}

export async function selectTimeEntry(tx: Database, workspaceId: string, id: string): Promise<TimeEntry | undefined> {
  const [row] = await tx
    .select(timeEntryColumns)
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .limit(1);
  return row as TimeEntry | undefined;
}

/** The member's running timer, if any. */
export async function selectRunningTimer(tx: Database, workspaceId: string, userId: string): Promise<TimeEntry | undefined> {
  const [row] = await tx
    .select(timeEntryColumns)
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.user_id, userId), isNull(t.ended_at), eq(t.timer, true)))
    .limit(1);
  return row as TimeEntry | undefined;
}

export interface TimeEntryValues {
  user_id?: string;
  contact_id?: string | null;
  deal_id?: string | null;
  description?: string;
  started_at?: Date;
  ended_at?: Date | null;
  timer?: boolean;
  billable?: boolean;
  hourly_rate?: string | null;
}

export async function insertTimeEntry(
  tx: Database,
  workspaceId: string,
  values: TimeEntryValues & { started_at: Date; description: string },
) {
  const [row] = await tx
    .insert(t)
    .values({ ...values, workspace_id: workspaceId })
    .returning({ id: t.id });
  return row!.id;
}

export async function updateTimeEntryRow(tx: Database, workspaceId: string, id: string, values: TimeEntryValues): Promise<boolean> {
  const rows = await tx
    .update(t)
    .set(values)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .returning({ id: t.id });
  return rows.length > 0;
}

export async function deleteTimeEntryRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(t)
    .where(and(eq(t.workspace_id, workspaceId), eq(t.id, id)))
    .returning({ id: t.id });
  return rows.length > 0;
}

/** Ends the member's running timer now; its id, or undefined when none runs. */
export async function stopRunningTimer(tx: Database, workspaceId: string, userId: string): Promise<string | undefined> {
  const [row] = await tx
    .update(t)
    .set({ ended_at: sql`greatest(now(), ${t.started_at})` })
    .where(and(eq(t.workspace_id, workspaceId), eq(t.user_id, userId), isNull(t.ended_at), eq(t.timer, true)))
    .returning({ id: t.id });
  return row?.id;
}

export async function selectTimeSettings(tx: Database, workspaceId: string): Promise<TimeSettings> {
  const [row] = await tx
    .select({ default_hourly_rate: w.default_hourly_rate, time_rounding_minutes: w.time_rounding_minutes })
    .from(w)
    .where(eq(w.id, workspaceId))
    .limit(1);
  return {
    default_hourly_rate: row?.default_hourly_rate ?? null,
    time_rounding_minutes: (row?.time_rounding_minutes ?? 0) as RoundingMinutes,
  };
}

export async function updateTimeSettingsRow(
  tx: Database,
  workspaceId: string,
  values: { default_hourly_rate?: string | null; time_rounding_minutes?: number },
): Promise<void> {
  await tx.update(w).set(values).where(eq(w.id, workspaceId));
}

/** An entry as billing sees it, locked for this transaction (two billings of the same time wait for each other). */
export interface BillingCandidate {
  id: string;
  contact_id: string | null;
  invoice_id: string | null;
  description: string;
  billable: boolean;
  running: boolean;
  minutes: number;
  /** the day it started, in the workspace's time zone */
  day: string;
  rate: string | null;
}

export async function lockBillingCandidates(
  tx: Database,
  workspaceId: string,
  timeZone: string,
  scope: { ids: string[] } | { contactId: string; from?: string; to?: string },
): Promise<BillingCandidate[]> {
  const filter =
    'ids' in scope
      ? sql`e.id in (${sql.join(
          scope.ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`e.contact_id = ${scope.contactId}::uuid and e.billable and e.invoice_id is null and e.ended_at is not null
            and e.duration_minutes > 0
            ${scope.from ? sql`and e.started_at >= (${scope.from}::date)::timestamp at time zone ${timeZone}` : sql``}
            ${scope.to ? sql`and e.started_at < (${scope.to}::date + 1)::timestamp at time zone ${timeZone}` : sql``}`;
  const rows = await selectRows<{
    id: string;
    contact_id: string | null;
    invoice_id: string | null;
    description: string;
    billable: boolean;
    running: boolean;
    minutes: number | null;
    day: string;
    rate: string | null;
  }>(
    tx,
    sql`select e.id, e.contact_id, e.invoice_id, e.description, e.billable, e.ended_at is null as running,
               e.duration_minutes as minutes, to_char(e.started_at at time zone ${timeZone}, 'YYYY-MM-DD') as day,
               coalesce(e.hourly_rate,
                        (select c.hourly_rate from public.contacts c where c.id = e.contact_id and c.workspace_id = e.workspace_id),
                        (select w.default_hourly_rate from public.workspaces w where w.id = e.workspace_id))::text as rate
          from public.time_entries e
         where e.workspace_id = ${workspaceId}::uuid and ${filter}
         order by e.started_at, e.id
           for update of e`,
  );
  return rows.map((r) => ({ ...r, minutes: Number(r.minutes ?? 0) }));
}

export async function markBilled(tx: Database, workspaceId: string, ids: string[], invoiceId: string): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .update(t)
    .set({ invoice_id: invoiceId })
    .where(and(eq(t.workspace_id, workspaceId), inArray(t.id, ids), isNull(t.invoice_id)))
    .returning({ id: t.id });
  return rows.length;
}

/** Minutes logged per client in a range (the assistant's "how many hours"). */
export async function sumMinutes(tx: Database, filters: TimeEntryFilters): Promise<{ minutes: number; entries: number }> {
  const [row] = await tx
    .select({ minutes: sql<string>`coalesce(sum(${t.duration_minutes}), 0)::text`, entries: count() })
    .from(t)
    .where(where(filters));
  return { minutes: Number(row?.minutes ?? 0), entries: row?.entries ?? 0 };
}

/** Minutes logged per client in a range, most first (the assistant's "client by client"); time without a client is one row with a null id. */
export async function sumMinutesByClient(
  tx: Database,
  filters: TimeEntryFilters,
): Promise<{ contact_id: string | null; minutes: number; entries: number }[]> {
  const minutes = sql<string>`coalesce(sum(${t.duration_minutes}), 0)`;
  const rows = await tx
    .select({ contact_id: t.contact_id, minutes: sql<string>`${minutes}::text`, entries: count() })
    .from(t)
    .where(where(filters))
    .groupBy(t.contact_id)
    .orderBy(sql`${minutes} desc`);
  return rows.map((r) => ({ contact_id: r.contact_id, minutes: Number(r.minutes ?? 0), entries: r.entries }));
}

/** Unbilled billable finished time per client, all members together (what the Bill buttons offer). */
export async function selectUnbilledByClient(
  tx: Database,
  workspaceId: string,
): Promise<{ contact_id: string; minutes: number; entries: number }[]> {
  const rows = await tx
    .select({ contact_id: t.contact_id, minutes: sql<string>`sum(${t.duration_minutes})::text`, entries: count() })
    .from(t)
    .where(and(eq(t.workspace_id, workspaceId), isNull(t.invoice_id), eq(t.billable, true), isNotNull(t.ended_at), isNotNull(t.contact_id)))
    .groupBy(t.contact_id);
  return rows.map((r) => ({ contact_id: r.contact_id!, minutes: Number(r.minutes ?? 0), entries: r.entries })).filter((r) => r.minutes > 0);
}
