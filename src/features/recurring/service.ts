import { assertOwnContact } from '@/features/contacts/service';
import { sql } from 'drizzle-orm';
import { createInvoice, sendInvoice } from '@/features/invoices/service';
import { findUserByClerkId } from '@/lib/auth/user';
import { switchWorkspace, type Workspace } from '@/lib/auth/workspace';
import { type Database, savepoint, selectRows, type TenantRunner, withSystem, withWorkspace } from '@/lib/db';
import { ApiError, errors, fromDatabaseError, isDatabaseUnavailable } from '@/lib/errors';
import { log } from '@/lib/log';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { safeTimeZone, todayIn } from '@/lib/time';
import {
  countProfiles,
  deleteProfile,
  insertProfile,
  type ProfileValues,
  type RecurringRow,
  recurringSort,
  selectDueProfiles,
  selectProfile,
  selectProfiles,
  selectUnsentDrafts,
  selectUpcoming,
  updateProfile,
} from './queries';
import { nextDate, type Schedule, type ScheduleState, upcomingDates } from './schedule';
import {
  NEXT_DATES,
  type RecurringCreate,
  type RecurringInvoice,
  type RecurringInvoiceDetail,
  type RecurringListQuery,
  type RecurringUpdate,
} from './schema';

/**
 * Recurring invoices (docs/decisions/0117-recurring-invoices.md): profiles,
 * their schedule, and the run that makes one invoice per period whose date has
 * come. Each period is made in its own transaction that first locks the
 * profile row, makes the invoice (dated to the period, carrying the profile
 * and the period, a pair the database keeps unique) and moves the profile on:
 * overlapping runs wait for each other and find the period done, a crash rolls
 * the period back whole, and a run after days of downtime makes every period
 * it missed, one by one.
 */

function todayFor(owner: Pick<Workspace, 'time_zone'>): string {
  return todayIn(safeTimeZone(owner.time_zone));
}

function publicRow({ skip_before: _skip, ...row }: RecurringRow): RecurringInvoice {
  return row;
}

function scheduleOf(row: Pick<RecurringRow, 'frequency' | 'start_date' | 'end_date' | 'occurrences'>): Schedule {
  return { frequency: row.frequency, start_date: row.start_date, end_date: row.end_date, occurrences: row.occurrences };
}

function stateOf(row: Pick<RecurringRow, 'last_period' | 'generated_count' | 'skip_before'>): ScheduleState {
  return { last_period: row.last_period, generated_count: row.generated_count, skip_before: row.skip_before };
}

export async function listRecurring(
  tx: Database,
  owner: Workspace,
  query: RecurringListQuery,
): Promise<{ data: RecurringInvoice[]; page: Page }> {
  const filters = { workspaceId: owner.id, status: query.status, contactId: query.contact_id, frequency: query.frequency };
  const sort = recurringSort(query.sort.field, query.sort.direction);
  const page = await listPage(
    query,
    (cursor, limit) => selectProfiles(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters) ? keptCount(tx, owner.id, 'recurring_invoices') : countProfiles(tx, filters)),
  );
  return { data: page.data.map((row) => publicRow(row)), page: page.page };
}

export async function getRecurring(tx: Database, owner: Workspace, id: string): Promise<RecurringInvoiceDetail> {
  const row = await selectProfile(tx, owner.id, id);
  if (!row) throw errors.notFound('Recurring invoice');
  return { ...publicRow(row), next_dates: upcomingDates(scheduleOf(row), stateOf(row), NEXT_DATES) };
}

/** One profile with its next dates, or null (the pages' 404). */
export async function findRecurring(tx: Database, owner: Workspace, id: string): Promise<RecurringInvoiceDetail | null> {
  const row = await selectProfile(tx, owner.id, id);
  return row ? { ...publicRow(row), next_dates: upcomingDates(scheduleOf(row), stateOf(row), NEXT_DATES) } : null;
}

export async function createRecurring(tx: Database, owner: Workspace, input: RecurringCreate): Promise<RecurringInvoiceDetail> {
  await assertOwnContact(tx, owner, input.contact_id);
  const schedule: Schedule = {
    frequency: input.frequency,
    start_date: input.start_date ?? todayFor(owner),
    end_date: input.end_date ?? null,
    occurrences: input.occurrences ?? null,
  };
  if (schedule.end_date && schedule.end_date < schedule.start_date) {
    throw errors.validation({ end_date: ['must be on or after the start date'] });
  }
  const id = await insertProfile(tx, owner.id, {
    contact_id: input.contact_id,
    currency: input.currency ?? owner.currency,
    items: input.items,
    notes: input.notes ?? null,
    frequency: schedule.frequency,
    start_date: schedule.start_date,
    end_date: schedule.end_date,
    occurrences: schedule.occurrences,
    auto_send: input.auto_send,
    status: input.status,
    next_date: nextDate(schedule, {}),
  });
  return getRecurring(tx, owner, id);
}

export async function updateRecurring(tx: Database, owner: Workspace, id: string, input: RecurringUpdate): Promise<RecurringInvoiceDetail> {
  const current = await selectProfile(tx, owner.id, id, { lock: true });
  if (!current) throw errors.notFound('Recurring invoice');
  if (input.contact_id !== undefined && input.contact_id !== current.contact_id) await assertOwnContact(tx, owner, input.contact_id);
  const schedule: Schedule = {
    frequency: input.frequency ?? current.frequency,
    start_date: input.start_date ?? current.start_date,
    end_date: input.end_date !== undefined ? input.end_date : current.end_date,
    occurrences: input.occurrences !== undefined ? input.occurrences : current.occurrences,
  };
  // one end at a time: setting one clears the other
  if (input.end_date && input.occurrences === undefined) schedule.occurrences = null;
  if (input.occurrences && input.end_date === undefined) schedule.end_date = null;
  if (schedule.end_date && schedule.end_date < schedule.start_date) {
    throw errors.validation({ [input.end_date ? 'end_date' : 'start_date']: ['the end date must be on or after the start date'] });
  }
  const state = stateOf(current);
  // a resume does not catch up the periods that passed while paused
  if (input.status === 'active' && current.status === 'paused') {
    const today = todayFor(owner);
    const pending = nextDate(schedule, state);
    if (pending && pending < today) state.skip_before = today;
  }
  const values: ProfileValues = {
    ...(input.contact_id !== undefined ? { contact_id: input.contact_id } : {}),
    ...(input.items !== undefined ? { items: input.items } : {}),
    ...(input.currency !== undefined ? { currency: input.currency } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.auto_send !== undefined ? { auto_send: input.auto_send } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    frequency: schedule.frequency,
    start_date: schedule.start_date,
    end_date: schedule.end_date ?? null,
    occurrences: schedule.occurrences ?? null,
    skip_before: state.skip_before ?? null,
    next_date: nextDate(schedule, state),
  };
  await updateProfile(tx, owner.id, id, values);
  return getRecurring(tx, owner, id);
}

export async function removeRecurring(tx: Database, owner: Workspace, id: string): Promise<{ id: string }> {
  if (!(await deleteProfile(tx, owner.id, id))) throw errors.notFound('Recurring invoice');
  return { id };
}

/** The next runs of the active profiles (the dashboard's card). */
export async function upcomingRuns(tx: Database, owner: Workspace, limit = 5): Promise<RecurringInvoice[]> {
  return (await selectUpcoming(tx, owner.id, limit)).map((row) => publicRow(row));
}

function isPeriodTaken(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const e = current as { code?: string; constraint?: string; constraint_name?: string };
    if (e.code === '23505' && (e.constraint ?? e.constraint_name) === 'invoices_recurring_period_key') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Makes the invoice of one due period of a profile and moves the profile on,
 * in the caller's transaction; undefined when nothing is due (paused, ended,
 * not yet, or another run just did it).
 */
export async function makeNextInvoice(
  tx: Database,
  owner: Workspace,
  id: string,
  today: string,
): Promise<{ invoice_id: string | null; period: string } | undefined> {
  const profile = await selectProfile(tx, owner.id, id, { lock: true });
  if (!profile || profile.status !== 'active' || !profile.next_date || profile.next_date > today) return undefined;
  const period = profile.next_date;
  let invoiceId: string | null = null;
  try {
    const invoice = await savepoint(tx, (inner) =>
      createInvoice(
        inner,
        owner,
        {
          contact_id: profile.contact_id,
          currency: profile.currency,
          issue_date: period,
          notes: profile.notes ?? undefined,
          items: profile.items.map((item) => ({ ...item, quantity: String(item.quantity) })),
        },
        { recurring_invoice_id: profile.id, recurring_period: period },
      ),
    );
    invoiceId = invoice.id;
  } catch (error) {
    // made already (by a writer that did not hold the profile's lock): the period is done
    if (!isPeriodTaken(error)) throw error;
  }
  const state: ScheduleState = {
    last_period: period,
    generated_count: profile.generated_count + (invoiceId ? 1 : 0),
    skip_before: profile.skip_before,
  };
  await updateProfile(tx, owner.id, id, {
    last_period: state.last_period,
    generated_count: state.generated_count,
    next_date: nextDate(scheduleOf(profile), state),
  });
  return { invoice_id: invoiceId, period };
}

export interface RecurringRun {
  /** workspaces with a profile due */
  workspaces: number;
  /** invoices made */
  created: number;
  /** invoices sent by auto-sending profiles */
  sent: number;
  /** sends that failed (the invoice stays a draft; the next run tries again) */
  failed: number;
  failed_workspaces: number;
  workspace_failures: { workspace: string; reason: string }[];
}

function failureReason(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (isDatabaseUnavailable(error)) return 'the database could not be reached';
  const mapped = fromDatabaseError(error);
  if (mapped) return mapped.message;
  return 'an unexpected error (logged as recurring.workspace_failed)';
}

/**
 * The scheduled run, across every workspace: the workspaces with a profile
 * due are found through the `ledgerly_system` role (their ids and owners'
 * Clerk ids, nothing else); each is then served in its own tenant
 * transactions as its owner, under RLS. Every due period of every active
 * profile gets its invoice (today included, in the workspace's time zone);
 * then the drafts of auto-sending profiles are sent.
 */
export async function runRecurring(): Promise<RecurringRun> {
  const accounts = await withSystem((tx) =>
    selectRows<{ workspace_id: string; clerk_id: string }>(tx, sql`select workspace_id::text, clerk_id from app.recurring_accounts()`),
  );
  const result: RecurringRun = {
    workspaces: accounts.length,
    created: 0,
    sent: 0,
    failed: 0,
    failed_workspaces: 0,
    workspace_failures: [],
  };
  for (const { workspace_id, clerk_id } of accounts) {
    const run: TenantRunner = (fn) => withWorkspace({ sub: clerk_id }, workspace_id, fn);
    try {
      const ready = await run(async (tx) => {
        const person = await findUserByClerkId(tx, clerk_id);
        const owner = person ? await switchWorkspace(tx, person, workspace_id) : null;
        if (!owner) return null;
        const today = todayFor(owner);
        return { owner, today, due: await selectDueProfiles(tx, owner.id, today) };
      });
      if (!ready) continue;
      for (const id of ready.due) {
        for (;;) {
          const made = await run((tx) => makeNextInvoice(tx, ready.owner, id, ready.today));
          if (!made) break;
          if (made.invoice_id) result.created += 1;
        }
      }
      for (const invoiceId of await run((tx) => selectUnsentDrafts(tx, ready.owner.id))) {
        try {
          await sendInvoice(run, ready.owner, invoiceId, {});
          result.sent += 1;
        } catch (error) {
          result.failed += 1;
          log.warn('recurring.send_failed', { workspace_id, invoice_id: invoiceId, reason: failureReason(error) });
        }
      }
    } catch (error) {
      result.failed_workspaces += 1;
      result.workspace_failures.push({ workspace: workspace_id, reason: failureReason(error) });
      log.error('recurring.workspace_failed', { workspace: workspace_id, error });
    }
  }
  return result;
}
