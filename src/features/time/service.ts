import { personId, requireRole, type Workspace } from '@/lib/auth/workspace';
import { assertOwnContact } from '@/features/contacts/service';
import { assertOwnDeal } from '@/features/deals/service';
import { createInvoice } from '@/features/invoices/service';
import type { InvoiceDetail } from '@/features/invoices/schema';
import { requireMember } from '@/features/workspaces/service';
import { csvExport } from '@/lib/csv';
import type { Database, TenantRunner } from '@/lib/db';
import { ApiError, errors } from '@/lib/errors';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { safeTimeZone } from '@/lib/time';
import { type BillableEntry, timeLines } from './billing';
import {
  countTimeEntries,
  deleteTimeEntryRow,
  insertTimeEntry,
  lockBillingCandidates,
  markBilled,
  selectRunningTimer,
  selectTimeEntries,
  selectTimeEntry,
  selectTimeSettings,
  selectUnbilledByClient,
  stopRunningTimer,
  sumMinutes,
  sumMinutesByClient,
  type TimeEntryFilters,
  timeEntrySort,
  type TimeEntryValues,
  updateTimeEntryRow,
  updateTimeSettingsRow,
} from './queries';
import type {
  InvoiceFromTime,
  TimeEntry,
  TimeEntryCreate,
  TimeEntryListQuery,
  TimeEntryUpdate,
  TimerStart,
  TimeSettings,
  TimeSettingsUpdate,
} from './schema';

/**
 * The rules of time tracking (docs/decisions/0105-time-entries.md,
 * 0106-billing-time.md). Every function runs in the caller's tenant
 * transaction. The database keeps the hard rules for every writer: one running
 * timer per member (a partial unique index), entries on an invoice locked (a
 * trigger), references inside the workspace (composite foreign keys); these
 * functions check first to answer with precise messages.
 *
 * A deal (`deal_id`) is one more optional reference, checked like
 * `contact_id`. A credit note that cancels an invoice may release its entries
 * by setting their `invoice_id` to null, which the lock trigger allows.
 */

type Actor = Pick<Workspace, 'id' | 'time_zone' | 'user' | 'role'>;
type ListQuery = Omit<TimeEntryListQuery, 'format' | 'limit' | 'cursor'>;

function filtersFor(owner: Actor, query: ListQuery): TimeEntryFilters {
  return {
    workspaceId: owner.id,
    timeZone: safeTimeZone(owner.time_zone),
    q: query.q || undefined,
    contactId: query.contact_id,
    dealId: query.deal_id,
    invoiceId: query.invoice_id,
    userId: query.user_id ? personId(query.user_id, owner) : undefined,
    billable: query.billable,
    billed: query.billed,
    running: query.running,
    from: query.from,
    to: query.to,
  };
}

export async function listTimeEntries(
  tx: Database,
  owner: Actor,
  query: Omit<TimeEntryListQuery, 'format'>,
): Promise<{ data: TimeEntry[]; page: Page }> {
  const filters = filtersFor(owner, query);
  const sort = timeEntrySort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectTimeEntries(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters, ['workspaceId', 'timeZone']) ? keptCount(tx, owner.id, 'time_entries') : countTimeEntries(tx, filters)),
  );
}

export const TIME_ENTRY_CSV_FIELDS = [
  'id',
  'user_id',
  'contact_id',
  'deal_id',
  'description',
  'started_at',
  'ended_at',
  'duration_minutes',
  'billable',
  'hourly_rate',
  'effective_rate',
  'invoice_id',
  'timer',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof TimeEntry)[];

/** The filtered entries as a streamed CSV download (all pages). */
export function exportTimeEntriesCsv(run: TenantRunner, owner: Actor, query: ListQuery): Response {
  const filters = filtersFor(owner, query);
  const sort = timeEntrySort(query.sort.field, query.sort.direction);
  return csvExport({
    filename: 'time-entries.csv',
    fields: TIME_ENTRY_CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectTimeEntries(tx, filters, sort, cursor, limit),
  });
}

export async function getTimeEntry(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<TimeEntry> {
  const entry = await selectTimeEntry(tx, owner.id, id);
  if (!entry) throw errors.notFound('Time entry');
  return entry;
}

/** Members log their own time; admins and the owner may log and correct anyone's (docs/decisions/0105). */
async function checkMember(tx: Database, owner: Actor, userId: string | null | undefined): Promise<void> {
  if (userId === undefined || userId === null || userId === owner.user.id) return;
  requireRole(owner, 'admin');
  await requireMember(tx, owner, userId, 'user_id');
}

function locked(entry: TimeEntry): ApiError {
  return errors.conflict('This time is on an invoice: delete the invoice before changing it.', {
    invoice_id: [`is ${entry.invoice_id}`],
  });
}

function endFrom(started: Date, input: { ended_at?: string; duration_minutes?: number }): Date | undefined {
  if (input.duration_minutes !== undefined) return new Date(started.getTime() + input.duration_minutes * 60_000);
  if (input.ended_at !== undefined) return new Date(input.ended_at);
  return undefined;
}

function checkOrder(started: Date, ended: Date | null | undefined): void {
  if (!ended) return;
  if (ended.getTime() < started.getTime()) throw errors.validation({ ended_at: ['must not be before started_at'] });
  if (ended.getTime() - started.getTime() > 31 * 24 * 3_600_000)
    throw errors.validation({ ended_at: ['must be within 31 days of started_at'] });
}

export async function createTimeEntry(tx: Database, owner: Actor, input: TimeEntryCreate): Promise<TimeEntry> {
  if (input.contact_id) await assertOwnContact(tx, owner, input.contact_id);
  if (input.deal_id) await assertOwnDeal(tx, owner, input.deal_id);
  await checkMember(tx, owner, input.user_id);
  const started = new Date(input.started_at);
  const ended = endFrom(started, input)!;
  checkOrder(started, ended);
  const id = await insertTimeEntry(tx, owner.id, {
    user_id: input.user_id ?? owner.user.id,
    contact_id: input.contact_id ?? null,
    deal_id: input.deal_id ?? null,
    description: input.description,
    started_at: started,
    ended_at: ended,
    billable: input.billable ?? true,
    hourly_rate: input.hourly_rate ?? null,
  });
  return getTimeEntry(tx, owner, id);
}

export async function updateTimeEntry(tx: Database, owner: Actor, id: string, input: TimeEntryUpdate): Promise<TimeEntry> {
  const existing = await getTimeEntry(tx, owner, id);
  if (existing.invoice_id) throw locked(existing);
  await checkMember(tx, owner, existing.user_id);
  if (input.contact_id) await assertOwnContact(tx, owner, input.contact_id);
  if (input.deal_id) await assertOwnDeal(tx, owner, input.deal_id);
  await checkMember(tx, owner, input.user_id);
  const started = input.started_at ? new Date(input.started_at) : new Date(existing.started_at);
  const ended = endFrom(started, input);
  checkOrder(started, ended ?? existing.ended_at);
  const values: TimeEntryValues = {
    user_id: input.user_id,
    contact_id: input.contact_id,
    deal_id: input.deal_id,
    description: input.description,
    started_at: input.started_at ? started : undefined,
    ended_at: ended,
    billable: input.billable,
    hourly_rate: input.hourly_rate,
  };
  const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as TimeEntryValues;
  if (!(await updateTimeEntryRow(tx, owner.id, id, defined))) throw errors.notFound('Time entry');
  return getTimeEntry(tx, owner, id);
}

export async function deleteTimeEntry(tx: Database, owner: Actor, id: string): Promise<{ id: string }> {
  const existing = await getTimeEntry(tx, owner, id);
  if (existing.invoice_id) throw locked(existing);
  await checkMember(tx, owner, existing.user_id);
  if (!(await deleteTimeEntryRow(tx, owner.id, id))) throw errors.notFound('Time entry');
  return { id };
}

/** The caller's running timer, or null. */
export async function runningTimer(tx: Database, owner: Actor): Promise<TimeEntry | null> {
  return (await selectRunningTimer(tx, owner.id, owner.user.id)) ?? null;
}

function timerRunning(): ApiError {
  return errors.conflict('A timer is already running: stop it before starting another.', { timer: ['is already running'] });
}

/**
 * Starts the caller's timer now. A second start while one runs is a 409: the
 * check answers in words, and the unique index decides between two starts at
 * the same moment (the loser's insert fails with 23505, mapped to the same 409).
 */
export async function startTimer(tx: Database, owner: Actor, input: TimerStart): Promise<TimeEntry> {
  if (input.contact_id) await assertOwnContact(tx, owner, input.contact_id);
  if (input.deal_id) await assertOwnDeal(tx, owner, input.deal_id);
  if (await selectRunningTimer(tx, owner.id, owner.user.id)) throw timerRunning();
  let id: string;
  try {
    id = await insertTimeEntry(tx, owner.id, {
      user_id: owner.user.id,
      contact_id: input.contact_id ?? null,
      deal_id: input.deal_id ?? null,
      description: input.description,
      started_at: new Date(),
      ended_at: null,
      timer: true,
      billable: true,
    });
  } catch (error) {
    if (isRunningConflict(error)) throw timerRunning();
    throw error;
  }
  return getTimeEntry(tx, owner, id);
}

function isRunningConflict(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, constraint_name, constraint } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === '23505' && (constraint_name ?? constraint ?? 'time_entries_one_running') === 'time_entries_one_running') return true;
  }
  return false;
}

/** Stops the caller's running timer: the stopped entry, or a 409 when none runs. */
export async function stopTimer(tx: Database, owner: Actor): Promise<TimeEntry> {
  const id = await stopRunningTimer(tx, owner.id, owner.user.id);
  if (!id) throw errors.conflict('No timer is running.', { timer: ['is not running'] });
  return getTimeEntry(tx, owner, id);
}

export async function getTimeSettings(tx: Database, owner: Pick<Workspace, 'id'>): Promise<TimeSettings> {
  return selectTimeSettings(tx, owner.id);
}

export async function updateTimeSettings(tx: Database, owner: Actor, input: TimeSettingsUpdate): Promise<TimeSettings> {
  requireRole(owner, 'admin');
  await updateTimeSettingsRow(tx, owner.id, input);
  return selectTimeSettings(tx, owner.id);
}

/** Unbilled billable time per client (whole minutes), all members together. */
export async function unbilledByClient(tx: Database, owner: Pick<Workspace, 'id'>) {
  return selectUnbilledByClient(tx, owner.id);
}

/** Minutes logged in a range, for a client and/or member (finished entries only). */
export async function loggedMinutes(
  tx: Database,
  owner: Actor,
  query: { contact_id?: string; user_id?: string; from?: string; to?: string; q?: string },
): Promise<{ minutes: number; entries: number }> {
  return sumMinutes(tx, { ...filtersFor(owner, { ...query, sort: { field: 'started_at', direction: 'asc' } }), running: false });
}

/** The same minutes per client (finished entries only), most first. */
export async function loggedMinutesByClient(
  tx: Database,
  owner: Actor,
  query: { user_id?: string; from?: string; to?: string; q?: string },
): Promise<{ contact_id: string | null; minutes: number; entries: number }[]> {
  return sumMinutesByClient(tx, { ...filtersFor(owner, { ...query, sort: { field: 'started_at', direction: 'asc' } }), running: false });
}

/** Details naming the entries of `entry_ids` by their place in the list (`entry_ids.2`), never echoing an id. */
function byPlace(requested: readonly string[], ids: readonly string[], problem: string): Record<string, string[]> {
  const wanted = new Set(ids);
  return Object.fromEntries(requested.flatMap((id, i) => (wanted.has(id) ? [[`entry_ids.${i}`, [problem]]] : [])));
}

/**
 * The client's unbilled billable time (all of it, a range of days, or the
 * entries named) as one new draft invoice, in one transaction: the invoice,
 * its lines, and every entry's `invoice_id`. Entries named that cannot be
 * billed are a 422 (already billed: 409), and nothing is written.
 */
export async function invoiceFromTime(tx: Database, owner: Workspace, input: InvoiceFromTime): Promise<InvoiceDetail> {
  await assertOwnContact(tx, owner, input.contact_id);
  const timeZone = safeTimeZone(owner.time_zone);
  let entries = await lockBillingCandidates(
    tx,
    owner.id,
    timeZone,
    input.entry_ids ? { ids: [...new Set(input.entry_ids)] } : { contactId: input.contact_id, from: input.from, to: input.to },
  );
  if (input.entry_ids) {
    const found = new Set(entries.map((e) => e.id));
    const missing = input.entry_ids.filter((id) => !found.has(id));
    const asked = input.entry_ids;
    if (missing.length > 0) {
      throw errors.unprocessable(
        'Some of these entries are not time of this workspace.',
        byPlace(asked, missing, 'is not a time entry of this workspace'),
      );
    }
    const billed = entries.filter((e) => e.invoice_id !== null).map((e) => e.id);
    if (billed.length > 0)
      throw errors.conflict('Some of this time is already on an invoice.', byPlace(asked, billed, 'is already billed'));
    const otherClient = entries.filter((e) => e.contact_id !== input.contact_id).map((e) => e.id);
    if (otherClient.length > 0) {
      throw errors.unprocessable(
        'Some of these entries are not time for this client.',
        byPlace(asked, otherClient, 'is time for another client'),
      );
    }
    const notBillable = entries.filter((e) => !e.billable || e.running || e.minutes <= 0).map((e) => e.id);
    if (notBillable.length > 0) {
      throw errors.unprocessable(
        'Some of these entries cannot be billed.',
        byPlace(asked, notBillable, 'is not billable (marked non-billable, still running, or empty)'),
      );
    }
    entries = entries.filter((e) => (!input.from || e.day >= input.from) && (!input.to || e.day <= input.to));
  }
  if (entries.length === 0) {
    throw errors.unprocessable('There is no unbilled billable time for this client in that range.', {
      contact_id: ['has no unbilled time'],
    });
  }
  const noRate = entries.filter((e) => e.rate === null).map((e) => e.id);
  if (noRate.length > 0) {
    throw errors.unprocessable('Some of this time has no hourly rate: set one on the entry, the client or the workspace.', {
      entry_ids: [`${noRate.length} ${noRate.length === 1 ? 'entry has' : 'entries have'} no hourly rate`],
    });
  }
  const settings = await selectTimeSettings(tx, owner.id);
  const billable: BillableEntry[] = entries.map((e) => ({
    id: e.id,
    description: e.description,
    day: e.day,
    minutes: e.minutes,
    rate: e.rate!,
  }));
  const lines = timeLines(billable, input.group_by ?? 'entry', settings.time_rounding_minutes);
  if (lines.length > 200) {
    throw errors.unprocessable('That is more than 200 invoice lines: group by day or description, or bill a shorter range.', {
      group_by: ['gives more than 200 lines'],
    });
  }
  const invoice = await createInvoice(tx, owner, {
    contact_id: input.contact_id,
    items: lines.map((l) => ({ description: l.description, quantity: l.quantity, unit_price: l.unit_price })),
  });
  const ids = lines.flatMap((l) => l.entry_ids);
  const marked = await markBilled(tx, owner.id, ids, invoice.id);
  if (marked !== ids.length) throw errors.conflict('Some of this time was billed meanwhile: try again.');
  return invoice;
}
