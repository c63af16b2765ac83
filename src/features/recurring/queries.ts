import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { RecurringInvoice, RecurringItem, RecurringSortField, RecurringStatus } from './schema';
import type { Frequency } from './schedule';

/** Recurring profile queries, on the tenant transaction (RLS restricts the rows; each query also names the workspace). */

const r = tables.recurringInvoices;
const c = tables.contacts;

const columns = {
  id: r.id,
  workspace_id: r.workspace_id,
  user_id: r.user_id,
  contact_id: r.contact_id,
  contact_name: sql<string | null>`nullif(trim(concat_ws(' ', ${c.first_name}, ${c.last_name})), '')`,
  currency: r.currency,
  items: r.items,
  notes: r.notes,
  frequency: r.frequency,
  start_date: r.start_date,
  end_date: r.end_date,
  occurrences: r.occurrences,
  auto_send: r.auto_send,
  status: r.status,
  next_date: r.next_date,
  last_period: r.last_period,
  generated_count: r.generated_count,
  skip_before: r.skip_before,
  created_at: r.created_at,
  updated_at: r.updated_at,
};

const joinContact = and(eq(c.id, r.contact_id), eq(c.workspace_id, r.workspace_id));

export type RecurringRow = RecurringInvoice & { skip_before: string | null };

function normalise<T extends { items: unknown }>(row: T): T {
  const items = (row.items as { description: string; quantity: number | string; unit_price: string; tax_rate?: string }[]).map(
    (item): RecurringItem => ({
      description: item.description,
      quantity: Number(item.quantity),
      unit_price: item.unit_price,
      tax_rate: item.tax_rate ?? '0',
    }),
  );
  return { ...row, items };
}

export interface RecurringFilters {
  workspaceId: string;
  status?: RecurringStatus;
  contactId?: string;
  frequency?: Frequency;
}

function where(f: RecurringFilters): SQL | undefined {
  return and(
    eq(r.workspace_id, f.workspaceId),
    f.status ? eq(r.status, f.status) : undefined,
    f.contactId ? eq(r.contact_id, f.contactId) : undefined,
    f.frequency ? eq(r.frequency, f.frequency) : undefined,
  );
}

const sortExpressions: Record<RecurringSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  // an ended schedule (no next date) sorts last
  next_date: { expr: sql`coalesce(${r.next_date}, '2999-12-31'::date)`, cast: 'date' },
  start_date: { expr: r.start_date, cast: 'date' },
  created_at: { expr: r.created_at, cast: 'timestamptz' },
};

export function recurringSort(field: RecurringSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectProfiles(
  tx: Database,
  filters: RecurringFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(RecurringRow & { _sort: string })[]> {
  const rows = await tx
    .select({ ...columns, _sort: sortKey(sort) })
    .from(r)
    .leftJoin(c, joinContact)
    .where(and(where(filters), after(sort, r.id, cursor)))
    .orderBy(...orderBy(sort, r.id))
    .limit(limit);
  return rows.map((row) => normalise(row as RecurringRow & { _sort: string }));
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countProfiles(tx: Database, filters: RecurringFilters): Promise<Total> {
  return boundedCount(tx, r, where(filters));
}

export async function selectProfile(
  tx: Database,
  workspaceId: string,
  id: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<RecurringRow | undefined> {
  const query = tx
    .select(columns)
    .from(r)
    .leftJoin(c, joinContact)
    .where(and(eq(r.workspace_id, workspaceId), eq(r.id, id)))
    .limit(1);
  const [row] = lock ? await query.for('no key update', { of: r }) : await query;
  return row ? normalise(row as RecurringRow) : undefined;
}

export interface ProfileValues {
  contact_id?: string;
  currency?: string;
  items?: { description: string; quantity: string; unit_price: string; tax_rate?: string }[];
  notes?: string | null;
  frequency?: Frequency;
  start_date?: string;
  end_date?: string | null;
  occurrences?: number | null;
  auto_send?: boolean;
  status?: RecurringStatus;
  last_period?: string | null;
  generated_count?: number;
  skip_before?: string | null;
  next_date?: string | null;
}

export async function insertProfile(
  tx: Database,
  workspaceId: string,
  values: Required<Pick<ProfileValues, 'contact_id' | 'currency' | 'items' | 'frequency' | 'start_date'>> & ProfileValues,
): Promise<string> {
  const [row] = await tx
    .insert(r)
    .values({ ...values, workspace_id: workspaceId })
    .returning({ id: r.id });
  return row!.id;
}

export async function updateProfile(tx: Database, workspaceId: string, id: string, values: ProfileValues): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await tx
    .update(r)
    .set(values)
    .where(and(eq(r.workspace_id, workspaceId), eq(r.id, id)));
}

export async function deleteProfile(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(r)
    .where(and(eq(r.workspace_id, workspaceId), eq(r.id, id)))
    .returning({ id: r.id });
  return rows.length > 0;
}

/** Active profiles whose next period has come (`today` in the workspace's time zone). */
export async function selectDueProfiles(tx: Database, workspaceId: string, today: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select id::text from ${r} where workspace_id = ${workspaceId}::uuid and status = 'active' and next_date <= ${today}::date
         order by next_date, id`,
  );
  return rows.map((row) => row.id);
}

/** Invoices an auto-sending profile made that are still drafts (a send that failed or was cut short). */
export async function selectUnsentDrafts(tx: Database, workspaceId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`select i.id::text from public.invoices i
          join ${r} p on p.id = i.recurring_invoice_id and p.workspace_id = i.workspace_id
         where i.workspace_id = ${workspaceId}::uuid and i.status = 'draft' and p.auto_send and p.status = 'active'
         order by i.recurring_period, i.id`,
  );
  return rows.map((row) => row.id);
}

/** The next runs of the workspace's active profiles (the dashboard's card). */
export async function selectUpcoming(tx: Database, workspaceId: string, limit: number): Promise<RecurringRow[]> {
  const rows = await tx
    .select(columns)
    .from(r)
    .leftJoin(c, joinContact)
    .where(and(eq(r.workspace_id, workspaceId), eq(r.status, 'active'), sql`${r.next_date} is not null`))
    .orderBy(r.next_date, r.id)
    .limit(limit);
  return rows.map((row) => normalise(row as RecurringRow));
}
