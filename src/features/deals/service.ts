import { personId, type Workspace } from '@/lib/auth/workspace';
import { assertOwnContact } from '@/features/contacts/service';
import { invoiceCreateSchema } from '@/features/invoices/schema';
import { createInvoice } from '@/features/invoices/service';
import { quoteCreateSchema } from '@/features/quotes/schema';
import { createQuote } from '@/features/quotes/service';
import { requireMember } from '@/features/workspaces/service';
import { csvExport } from '@/lib/csv';
import type { Database, TenantRunner } from '@/lib/db';
import { errors } from '@/lib/errors';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { todayIn, safeTimeZone } from '@/lib/time';
import {
  countDeals,
  countInStage,
  countStages,
  dealSort,
  deleteDealRow,
  deleteStageRow,
  type DealFilters,
  insertDeal,
  insertStage,
  lockPipeline,
  moveAllDeals,
  selectDeal,
  selectDealEvents,
  selectDeals,
  selectPipelineByMonth,
  selectStage,
  selectStages,
  shiftDeals,
  shiftStages,
  sumDealsByStage,
  updateDealRow,
  updateStageRow,
} from './queries';
import type {
  Deal,
  DealCreate,
  DealEvent,
  DealListQuery,
  DealStage,
  DealUpdate,
  StageBatchItem,
  StageCreate,
  StageTotal,
  StageUpdate,
} from './schema';

/**
 * The rules of the pipeline (docs/decisions/0100..0102). Every function runs in
 * the caller's tenant transaction; every change of positions first takes the
 * workspace's pipeline lock, so moves are serialized and columns stay dense
 * (0..n-1) whoever moves what at the same time.
 */

type Ws = Pick<Workspace, 'id'>;

// ---------------------------------------------------------------------------
// Stages
// ---------------------------------------------------------------------------

export async function listStages(tx: Database, ws: Ws): Promise<DealStage[]> {
  return selectStages(tx, ws.id);
}

async function stageOr404(tx: Database, ws: Ws, id: string): Promise<DealStage> {
  const stage = await selectStage(tx, ws.id, id);
  if (!stage) throw errors.notFound('Stage');
  return stage;
}

/** Moves a stage from its position to `wanted` (clamped to the last), shifting the others. */
async function moveStage(tx: Database, ws: Ws, stage: DealStage, wanted: number): Promise<void> {
  const n = await countStages(tx, ws.id);
  const target = Math.min(wanted, n - 1);
  if (target === stage.position) return;
  if (target > stage.position) await shiftStages(tx, ws.id, stage.position + 1, target, -1);
  else await shiftStages(tx, ws.id, target, stage.position - 1, 1);
  await updateStageRow(tx, ws.id, stage.id, { position: target });
}

export async function createStage(tx: Database, ws: Ws, input: StageCreate): Promise<DealStage> {
  await lockPipeline(tx, ws.id);
  const n = await countStages(tx, ws.id);
  const position = Math.min(input.position ?? n, n);
  await shiftStages(tx, ws.id, position, null, 1);
  return insertStage(tx, ws.id, { ...input, position });
}

async function applyStageUpdate(tx: Database, ws: Ws, stage: DealStage, input: StageUpdate | StageBatchItem): Promise<void> {
  const { position, ...fields } = input as StageUpdate & { id?: string };
  delete (fields as { id?: string }).id;
  if (Object.keys(fields).length > 0) await updateStageRow(tx, ws.id, stage.id, fields);
  if (position !== undefined) await moveStage(tx, ws, stage, position);
}

export async function updateStage(tx: Database, ws: Ws, id: string, input: StageUpdate): Promise<DealStage> {
  await lockPipeline(tx, ws.id);
  const stage = await stageOr404(tx, ws, id);
  await applyStageUpdate(tx, ws, stage, input);
  return stageOr404(tx, ws, id);
}

/** Several stages renamed, re-weighted or reordered in one step (all or nothing). */
export async function updateStages(tx: Database, ws: Ws, items: StageBatchItem[]): Promise<DealStage[]> {
  await lockPipeline(tx, ws.id);
  const details: Record<string, string[]> = {};
  for (const [index, item] of items.entries()) {
    if (!(await selectStage(tx, ws.id, item.id))) details[`stages.${index}.id`] = ['is not a stage of this workspace'];
  }
  if (Object.keys(details).length > 0) throw errors.unprocessable('Some stages do not exist in this workspace.', details);
  for (const item of items) {
    // re-read: an earlier item may have moved this one
    await applyStageUpdate(tx, ws, (await selectStage(tx, ws.id, item.id))!, item);
  }
  return selectStages(tx, ws.id);
}

/**
 * Deletes a stage. One that still has deals is refused (409) unless `moveTo`
 * names another stage: its deals then go to the bottom of that one, in order.
 */
export async function deleteStage(tx: Database, ws: Ws, id: string, moveTo?: string): Promise<{ id: string; moved: number }> {
  await lockPipeline(tx, ws.id);
  const stage = await stageOr404(tx, ws, id);
  const inStage = await countInStage(tx, ws.id, id);
  let moved = 0;
  if (inStage > 0) {
    if (!moveTo) {
      throw errors.conflict(`Stage ${stage.name} has ${inStage} deal(s): give move_to (another stage) to move them there first.`, {
        move_to: ['is required while the stage has deals'],
      });
    }
    const target = moveTo === id ? undefined : await selectStage(tx, ws.id, moveTo);
    if (!target) throw errors.unprocessable('The stage to move the deals to does not exist.', { move_to: ['is not another stage here'] });
    if (target.kind === 'lost' && stage.kind !== 'lost') {
      throw errors.unprocessable('Deals moved to a lost stage each need a reason: move them one by one.', {
        move_to: ['is a lost stage'],
      });
    }
    moved = await moveAllDeals(tx, ws.id, id, target.id, await countInStage(tx, ws.id, target.id));
  }
  await deleteStageRow(tx, ws.id, id);
  await shiftStages(tx, ws.id, stage.position + 1, null, -1);
  return { id, moved };
}

// ---------------------------------------------------------------------------
// Deals
// ---------------------------------------------------------------------------

type ListQuery = Omit<DealListQuery, 'format' | 'limit' | 'cursor' | 'sort'>;

function filtersFor(ws: Pick<Workspace, 'id' | 'user'>, query: ListQuery): DealFilters {
  return {
    workspaceId: ws.id,
    q: query.q || undefined,
    stageId: query.stage_id,
    kind: query.kind,
    ownerId: query.owner_id ? personId(query.owner_id, ws) : undefined,
    contactId: query.contact_id,
    currency: query.currency,
    from: query.from,
    to: query.to,
  };
}

export async function listDeals(
  tx: Database,
  ws: Pick<Workspace, 'id' | 'user'>,
  query: Omit<DealListQuery, 'format'>,
): Promise<{ data: Deal[]; page: Page }> {
  const filters = filtersFor(ws, query);
  const sort = dealSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectDeals(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters) ? keptCount(tx, ws.id, 'deals') : countDeals(tx, filters)),
  );
}

export const DEAL_CSV_FIELDS = [
  'id',
  'title',
  'contact_id',
  'value',
  'currency',
  'stage_id',
  'position',
  'expected_close_date',
  'owner_id',
  'lost_reason',
  'notes',
  'invoice_id',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof Deal)[];

export function exportDealsCsv(run: TenantRunner, ws: Pick<Workspace, 'id' | 'user'>, query: Omit<DealListQuery, 'format'>): Response {
  const filters = filtersFor(ws, query);
  const sort = dealSort(query.sort.field, query.sort.direction);
  return csvExport({
    filename: 'deals.csv',
    fields: DEAL_CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectDeals(tx, filters, sort, cursor, limit),
  });
}

/** Count and value per stage, one total per currency (never converted: docs/decisions/0101). Every stage appears. */
export async function dealTotals(tx: Database, ws: Pick<Workspace, 'id' | 'user'>, query: ListQuery): Promise<StageTotal[]> {
  const [stages, sums] = await Promise.all([selectStages(tx, ws.id), sumDealsByStage(tx, filtersFor(ws, query))]);
  return stages.map((stage) => {
    const mine = sums.filter((r) => r.stage_id === stage.id);
    return {
      stage_id: stage.id,
      count: mine.reduce((n, r) => n + r.n, 0),
      totals: mine.map((r) => ({ currency: r.currency, amount: r.amount })),
    };
  });
}

export async function getDeal(tx: Database, ws: Ws, id: string): Promise<Deal> {
  const deal = await selectDeal(tx, ws.id, id);
  if (!deal) throw errors.notFound('Deal');
  return deal;
}

/** A 422 unless `id` is a deal of this workspace (for rows that name a deal, such as time entries). */
export async function assertOwnDeal(tx: Database, ws: Pick<Workspace, 'id'>, id: string, field = 'deal_id'): Promise<void> {
  if (!(await selectDeal(tx, ws.id, id))) {
    throw errors.unprocessable('The deal does not exist in this workspace.', { [field]: ['is not a deal of this workspace'] });
  }
}

async function usableStage(tx: Database, ws: Ws, id: string): Promise<DealStage> {
  const stage = await selectStage(tx, ws.id, id);
  if (!stage) throw errors.unprocessable('The stage does not exist in this workspace.', { stage_id: ['is not a stage of this workspace'] });
  return stage;
}

function requireReason(stage: DealStage, reason: string | null | undefined): void {
  if (stage.kind === 'lost' && !reason) {
    throw errors.validation(
      { lost_reason: [`is required when the deal moves to a lost stage (${stage.name})`] },
      'Say why the deal was lost.',
    );
  }
}

/**
 * A new deal: in the given stage (default: the first open one), at the given
 * position (default: the bottom), owned by the given member (default: its
 * creator), in the workspace's currency unless another is given.
 */
export async function createDeal(tx: Database, ws: Pick<Workspace, 'id' | 'user' | 'currency'>, input: DealCreate): Promise<Deal> {
  await lockPipeline(tx, ws.id);
  let stage: DealStage | undefined;
  if (input.stage_id) stage = await usableStage(tx, ws, input.stage_id);
  else stage = (await selectStages(tx, ws.id)).find((st) => st.kind === 'open');
  if (!stage) throw errors.unprocessable('This workspace has no open stage: add one first.', { stage_id: ['is required'] });
  requireReason(stage, input.lost_reason);
  if (input.contact_id) await assertOwnContact(tx, ws, input.contact_id);
  const ownerId = input.owner_id === undefined ? ws.user.id : input.owner_id;
  if (ownerId) await requireMember(tx, ws, ownerId, 'owner_id');
  const n = await countInStage(tx, ws.id, stage.id);
  const position = Math.min(input.position ?? n, n);
  await shiftDeals(tx, ws.id, stage.id, position, null, 1);
  return insertDeal(tx, ws.id, {
    title: input.title,
    contact_id: input.contact_id ?? null,
    value: input.value ?? '0.00',
    currency: input.currency ?? ws.currency,
    stage_id: stage.id,
    position,
    expected_close_date: input.expected_close_date ?? null,
    owner_id: ownerId ?? null,
    lost_reason: input.lost_reason ?? null,
    notes: input.notes ?? null,
  });
}

/**
 * Changes a deal. Moving is `stage_id` and/or `position` (0 = top; the
 * others shift; to another stage without a position: its bottom). A move to
 * a lost stage needs `lost_reason`; leaving it clears the reason.
 */
export async function updateDeal(tx: Database, ws: Ws, id: string, input: DealUpdate): Promise<Deal> {
  await lockPipeline(tx, ws.id);
  const existing = await selectDeal(tx, ws.id, id, true);
  if (!existing) throw errors.notFound('Deal');
  const { stage_id: stageId, position, ...fields } = input;
  const target = stageId !== undefined && stageId !== existing.stage_id ? await usableStage(tx, ws, stageId) : undefined;
  const stage = target ?? (await selectStage(tx, ws.id, existing.stage_id))!;
  requireReason(stage, input.lost_reason !== undefined ? input.lost_reason : existing.lost_reason);
  if (input.contact_id) await assertOwnContact(tx, ws, input.contact_id);
  if (input.owner_id) await requireMember(tx, ws, input.owner_id, 'owner_id');

  const values: Parameters<typeof updateDealRow>[3] = { ...fields };
  if (target) {
    await shiftDeals(tx, ws.id, existing.stage_id, existing.position + 1, null, -1);
    const n = await countInStage(tx, ws.id, target.id);
    const to = Math.min(position ?? n, n);
    await shiftDeals(tx, ws.id, target.id, to, null, 1);
    values.stage_id = target.id;
    values.position = to;
  } else if (position !== undefined) {
    const n = await countInStage(tx, ws.id, existing.stage_id);
    const to = Math.min(position, n - 1);
    if (to > existing.position) await shiftDeals(tx, ws.id, existing.stage_id, existing.position + 1, to, -1);
    else if (to < existing.position) await shiftDeals(tx, ws.id, existing.stage_id, to, existing.position - 1, 1);
    values.position = to;
  }
  const deal = await updateDealRow(tx, ws.id, id, values);
  if (!deal) throw errors.notFound('Deal');
  return deal;
}

export async function deleteDeal(tx: Database, ws: Ws, id: string): Promise<{ id: string }> {
  await lockPipeline(tx, ws.id);
  const deleted = await deleteDealRow(tx, ws.id, id);
  if (!deleted) throw errors.notFound('Deal');
  await shiftDeals(tx, ws.id, deleted.stage_id, deleted.position + 1, null, -1);
  return { id };
}

export async function dealEvents(tx: Database, ws: Ws, id: string): Promise<DealEvent[]> {
  await getDeal(tx, ws, id);
  return selectDealEvents(tx, ws.id, id);
}

/**
 * The invoice of a won deal, in one step: a draft with one line (the deal's
 * title, quantity 1, its value), for its contact, in its currency; the deal
 * keeps it in `invoice_id`. Not won, or invoiced already: 409.
 */
export async function invoiceDeal(tx: Database, ws: Workspace, id: string) {
  await lockPipeline(tx, ws.id);
  const deal = await selectDeal(tx, ws.id, id, true);
  if (!deal) throw errors.notFound('Deal');
  const stage = (await selectStage(tx, ws.id, deal.stage_id))!;
  if (stage.kind !== 'won') {
    throw errors.conflict(`The deal is in ${stage.name}, not won: move it to a won stage first.`, { stage_id: ['is not a won stage'] });
  }
  if (deal.invoice_id) throw errors.conflict('This deal has been invoiced already.', { invoice_id: ['is already set'] });
  const invoice = await createInvoice(
    tx,
    ws,
    invoiceCreateSchema.parse({
      ...(deal.contact_id ? { contact_id: deal.contact_id } : {}),
      currency: deal.currency,
      items: [{ description: deal.title, quantity: 1, unit_price: deal.value }],
    }),
  );
  await updateDealRow(tx, ws.id, id, { invoice_id: invoice.id });
  return invoice;
}

/**
 * The quote of a deal, in one step: a draft with the same one line, for its
 * contact, in its currency; the deal keeps it in `quote_id`. A lost deal, or
 * one quoted already: 409.
 */
export async function quoteDeal(tx: Database, ws: Workspace, id: string) {
  await lockPipeline(tx, ws.id);
  const deal = await selectDeal(tx, ws.id, id, true);
  if (!deal) throw errors.notFound('Deal');
  const stage = (await selectStage(tx, ws.id, deal.stage_id))!;
  if (stage.kind === 'lost') {
    throw errors.conflict(`The deal is in ${stage.name}: a lost deal gets no quote.`, { stage_id: ['is a lost stage'] });
  }
  if (deal.quote_id) throw errors.conflict('This deal has a quote already.', { quote_id: ['is already set'] });
  const quote = await createQuote(
    tx,
    ws,
    quoteCreateSchema.parse({
      ...(deal.contact_id ? { contact_id: deal.contact_id } : {}),
      currency: deal.currency,
      items: [{ description: deal.title, quantity: 1, unit_price: deal.value }],
    }),
  );
  await updateDealRow(tx, ws.id, id, { quote_id: quote.id });
  return quote;
}

// ---------------------------------------------------------------------------
// Figures and the contact's timeline
// ---------------------------------------------------------------------------

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

export interface PipelineFigures {
  from: string;
  to: string;
  months: { month: string; totals: { currency: string; count: number; value: string; weighted: string }[] }[];
  undated: { currency: string; count: number; value: string; weighted: string }[];
}

/**
 * Open deals' value and weighted forecast (value × stage probability) by
 * expected close month, per currency; every month of the range appears
 * (default: this month and the next 11, in the workspace's time zone).
 */
export async function pipelineFigures(
  tx: Database,
  ws: Pick<Workspace, 'id' | 'time_zone'>,
  query: { from?: string; to?: string },
): Promise<PipelineFigures> {
  const from = monthStart(query.from ?? todayIn(safeTimeZone(ws.time_zone)));
  const to = query.to ? monthStart(query.to) : addMonths(from, 11);
  const span = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (span > 59) throw errors.validation({ to: ['must be at most 60 months after `from`'] });
  const rows = await selectPipelineByMonth(tx, ws.id, from, to);
  const months: PipelineFigures['months'] = [];
  for (let i = 0; i <= span; i++) {
    const month = addMonths(from, i).slice(0, 7);
    months.push({
      month,
      totals: rows
        .filter((r) => r.month === month)
        .map((r) => ({ currency: r.currency, count: r.n, value: r.value, weighted: r.weighted })),
    });
  }
  const undated = rows
    .filter((r) => r.month === null)
    .map((r) => ({ currency: r.currency, count: r.n, value: r.value, weighted: r.weighted }));
  return { from, to, months, undated };
}
