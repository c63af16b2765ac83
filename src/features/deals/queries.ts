import { and, asc, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { type Database, likePattern, selectRows, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { Deal, DealEvent, DealSortField, DealStage, StageKind } from './schema';

/**
 * Deal and stage queries, each on the tenant transaction (RLS decides which
 * rows exist; every query also names the workspace for its indexes).
 * Positions are dense per column (0..n-1); the unique (…, position)
 * constraints are deferred to commit, so a shift may pass through duplicates.
 */

const s = tables.dealStages;
const d = tables.deals;
const e = tables.dealEvents;

export const stageColumns = {
  id: s.id,
  workspace_id: s.workspace_id,
  user_id: s.user_id,
  name: s.name,
  position: s.position,
  probability: s.probability,
  kind: s.kind,
  created_at: s.created_at,
  updated_at: s.updated_at,
};

export const dealColumns = {
  id: d.id,
  workspace_id: d.workspace_id,
  user_id: d.user_id,
  title: d.title,
  contact_id: d.contact_id,
  value: d.value,
  currency: d.currency,
  stage_id: d.stage_id,
  position: d.position,
  expected_close_date: d.expected_close_date,
  owner_id: d.owner_id,
  lost_reason: d.lost_reason,
  notes: d.notes,
  invoice_id: d.invoice_id,
  quote_id: d.quote_id,
  created_at: d.created_at,
  updated_at: d.updated_at,
};

/**
 * Serializes every change of the workspace's pipeline (positions of stages and
 * cards) until the transaction ends: two people moving cards at once take
 * turns, each seeing the other's committed order (docs/decisions/0102).
 */
export async function lockPipeline(tx: Database, workspaceId: string): Promise<void> {
  await selectRows(
    tx,
    sql`select 1 as locked from (select pg_advisory_xact_lock(hashtext('ledgerly.deals'), hashtext(${workspaceId}::text))) l`,
  );
}

// ---------------------------------------------------------------------------
// Stages
// ---------------------------------------------------------------------------

export async function selectStages(tx: Database, workspaceId: string): Promise<DealStage[]> {
  const rows = await tx.select(stageColumns).from(s).where(eq(s.workspace_id, workspaceId)).orderBy(asc(s.position), asc(s.id));
  return rows as DealStage[];
}

export async function selectStage(tx: Database, workspaceId: string, id: string): Promise<DealStage | undefined> {
  const [row] = await tx
    .select(stageColumns)
    .from(s)
    .where(and(eq(s.workspace_id, workspaceId), eq(s.id, id)))
    .limit(1);
  return row as DealStage | undefined;
}

export async function countStages(tx: Database, workspaceId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(s).where(eq(s.workspace_id, workspaceId));
  return row?.n ?? 0;
}

/** Shifts the stages at positions `from`..`to` (inclusive) by `by` (+1 or -1). */
export async function shiftStages(tx: Database, workspaceId: string, from: number, to: number | null, by: 1 | -1): Promise<void> {
  await tx
    .update(s)
    .set({ position: sql`${s.position} + ${by}` })
    .where(and(eq(s.workspace_id, workspaceId), gte(s.position, from), to === null ? undefined : lte(s.position, to)));
}

export async function insertStage(
  tx: Database,
  workspaceId: string,
  values: { name: string; position: number; probability?: number; kind?: StageKind },
): Promise<DealStage> {
  const [row] = await tx
    .insert(s)
    .values({ ...values, workspace_id: workspaceId })
    .returning(stageColumns);
  return row as DealStage;
}

export async function updateStageRow(
  tx: Database,
  workspaceId: string,
  id: string,
  values: { name?: string; position?: number; probability?: number; kind?: StageKind },
): Promise<DealStage | undefined> {
  const [row] = await tx
    .update(s)
    .set(values)
    .where(and(eq(s.workspace_id, workspaceId), eq(s.id, id)))
    .returning(stageColumns);
  return row as DealStage | undefined;
}

export async function deleteStageRow(tx: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(s)
    .where(and(eq(s.workspace_id, workspaceId), eq(s.id, id)))
    .returning({ id: s.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------------------
// Deals
// ---------------------------------------------------------------------------

export interface DealFilters {
  workspaceId: string;
  q?: string;
  stageId?: string;
  kind?: StageKind;
  ownerId?: string;
  contactId?: string;
  currency?: string;
  from?: string;
  to?: string;
}

const stageOf = sql`(select st.position from public.deal_stages st where st.id = ${d.stage_id} and st.workspace_id = ${d.workspace_id})`;
const kindOf = sql`(select st.kind from public.deal_stages st where st.id = ${d.stage_id} and st.workspace_id = ${d.workspace_id})`;

function where(f: DealFilters): SQL | undefined {
  return and(
    eq(d.workspace_id, f.workspaceId),
    f.stageId ? eq(d.stage_id, f.stageId) : undefined,
    f.kind ? sql`${kindOf} = ${f.kind}` : undefined,
    f.ownerId ? eq(d.owner_id, f.ownerId) : undefined,
    f.contactId ? eq(d.contact_id, f.contactId) : undefined,
    f.currency ? eq(d.currency, f.currency) : undefined,
    f.from ? gte(d.expected_close_date, f.from) : undefined,
    f.to ? lte(d.expected_close_date, f.to) : undefined,
    f.q ? sql`${d}.search like ${likePattern(f.q)}` : undefined,
  );
}

const sortExpressions: Record<DealSortField, Pick<SortSpec, 'expr' | 'cast'>> = {
  // the board's order: by stage, then top to bottom
  position: { expr: sql`(${stageOf}::bigint * 1000000 + ${d.position})`, cast: 'bigint' },
  value: { expr: d.value, cast: 'numeric' },
  expected_close_date: { expr: sql`coalesce(${d.expected_close_date}, 'infinity'::date)`, cast: 'date' },
  created_at: { expr: d.created_at, cast: 'timestamptz' },
  updated_at: { expr: d.updated_at, cast: 'timestamptz' },
  title: { expr: sql`lower(${d.title})`, cast: 'text' },
};

export function dealSort(field: DealSortField, direction: 'asc' | 'desc'): SortSpec {
  return { ...sortExpressions[field], direction };
}

export async function selectDeals(
  tx: Database,
  filters: DealFilters,
  sort: SortSpec,
  cursor: Cursor | undefined,
  limit: number,
): Promise<(Deal & { _sort: string })[]> {
  const rows = await tx
    .select({ ...dealColumns, _sort: sortKey(sort) })
    .from(d)
    .where(and(where(filters), after(sort, d.id, cursor)))
    .orderBy(...orderBy(sort, d.id))
    .limit(limit);
  return rows as (Deal & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countDeals(tx: Database, filters: DealFilters): Promise<Total> {
  return boundedCount(tx, d, where(filters));
}

/** Count and sum per stage and currency of the filtered deals. */
export async function sumDealsByStage(
  tx: Database,
  filters: DealFilters,
): Promise<{ stage_id: string; currency: string; n: number; amount: string }[]> {
  const rows = await tx
    .select({ stage_id: d.stage_id, currency: d.currency, n: count(), amount: sql<string>`sum(${d.value})::text` })
    .from(d)
    .where(where(filters))
    .groupBy(d.stage_id, d.currency)
    .orderBy(d.stage_id, d.currency);
  return rows;
}

export async function selectDeal(tx: Database, workspaceId: string, id: string, forUpdate = false): Promise<Deal | undefined> {
  const query = tx
    .select(dealColumns)
    .from(d)
    .where(and(eq(d.workspace_id, workspaceId), eq(d.id, id)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as Deal | undefined;
}

export async function countInStage(tx: Database, workspaceId: string, stageId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(d)
    .where(and(eq(d.workspace_id, workspaceId), eq(d.stage_id, stageId)));
  return row?.n ?? 0;
}

/** Shifts the cards of a column at positions `from`..`to` (inclusive; null: to the end) by `by`. */
export async function shiftDeals(
  tx: Database,
  workspaceId: string,
  stageId: string,
  from: number,
  to: number | null,
  by: 1 | -1,
): Promise<void> {
  await tx
    .update(d)
    .set({ position: sql`${d.position} + ${by}` })
    .where(
      and(eq(d.workspace_id, workspaceId), eq(d.stage_id, stageId), gte(d.position, from), to === null ? undefined : lte(d.position, to)),
    );
}

export type DealInsert = {
  title: string;
  contact_id: string | null;
  value: string;
  currency: string;
  stage_id: string;
  position: number;
  expected_close_date: string | null;
  owner_id: string | null;
  lost_reason: string | null;
  notes: string | null;
};

export async function insertDeal(tx: Database, workspaceId: string, values: DealInsert): Promise<Deal> {
  const [row] = await tx
    .insert(d)
    .values({ ...values, workspace_id: workspaceId })
    .returning(dealColumns);
  return row as Deal;
}

export async function updateDealRow(
  tx: Database,
  workspaceId: string,
  id: string,
  values: Partial<DealInsert> & { invoice_id?: string; quote_id?: string },
) {
  const [row] = await tx
    .update(d)
    .set(values)
    .where(and(eq(d.workspace_id, workspaceId), eq(d.id, id)))
    .returning(dealColumns);
  return row as Deal | undefined;
}

export async function deleteDealRow(tx: Database, workspaceId: string, id: string): Promise<Deal | undefined> {
  const [row] = await tx
    .delete(d)
    .where(and(eq(d.workspace_id, workspaceId), eq(d.id, id)))
    .returning(dealColumns);
  return row as Deal | undefined;
}

/** Moves every card of `fromStage` to the bottom of `toStage`, keeping their order. */
export async function moveAllDeals(tx: Database, workspaceId: string, fromStage: string, toStage: string, base: number): Promise<number> {
  const rows = await selectRows<{ id: string }>(
    tx,
    sql`update public.deals t
           set stage_id = ${toStage}::uuid, position = ${base}::integer + o.rn - 1
          from (select id, row_number() over (order by position, id)::integer as rn
                  from public.deals where workspace_id = ${workspaceId}::uuid and stage_id = ${fromStage}::uuid) o
         where t.id = o.id and t.workspace_id = ${workspaceId}::uuid
        returning t.id`,
  );
  return rows.length;
}

// ---------------------------------------------------------------------------
// History and figures
// ---------------------------------------------------------------------------

export async function selectDealEvents(tx: Database, workspaceId: string, dealId: string): Promise<DealEvent[]> {
  const rows = await tx
    .select({
      id: e.id,
      deal_id: e.deal_id,
      user_id: e.user_id,
      type: e.type,
      from_stage_id: e.from_stage_id,
      to_stage_id: e.to_stage_id,
      data: e.data,
      created_at: e.created_at,
    })
    .from(e)
    .where(and(eq(e.workspace_id, workspaceId), eq(e.deal_id, dealId)))
    .orderBy(asc(e.created_at), asc(e.id));
  return rows as DealEvent[];
}

/** Open deals' value and weighted value (value × probability, to the cent) per close month and currency. */
export async function selectPipelineByMonth(
  tx: Database,
  workspaceId: string,
  from: string,
  to: string,
): Promise<{ month: string | null; currency: string; n: number; value: string; weighted: string }[]> {
  return selectRows(
    tx,
    sql`select case when d.expected_close_date is null then null
                    else to_char(date_trunc('month', d.expected_close_date), 'YYYY-MM') end as month,
               d.currency::text as currency, count(*)::int as n, sum(d.value)::text as value,
               sum(round(d.value * st.probability / 100.0, 2))::text as weighted
          from public.deals d
          join public.deal_stages st on st.id = d.stage_id and st.workspace_id = d.workspace_id
         where d.workspace_id = ${workspaceId}::uuid and st.kind = 'open'
           and (d.expected_close_date is null
                or (d.expected_close_date >= ${from}::date and d.expected_close_date < (${to}::date + interval '1 month')))
         group by 1, 2
         order by 1 nulls last, 2`,
  );
}
