import { sql } from 'drizzle-orm';
import { recordEvent } from '@/features/audit/service';
import { findUserByClerkId } from '@/lib/auth/user';
import { switchWorkspace, type Workspace } from '@/lib/auth/workspace';
import { daysBetween, safeTimeZone, todayIn } from '@/lib/time';
import { selectRows, withSystem, withWorkspace, type TenantRunner } from '@/lib/db';
import { assertEmailConfigured, EmailDeliveryError } from '@/lib/email';
import { env } from '@/lib/env';
import { ApiError, fromDatabaseError, isDatabaseUnavailable } from '@/lib/errors';
import { log } from '@/lib/log';
import { withinDailyLimit } from './send-limits';
import { type InvoicePdfData } from './pdf';
import { insertEvent } from './queries';
import { claimReminder, completeReminder, type ReminderClaim, releaseReminder, selectReminderCandidates } from './reminder-queries';
import { deliver, emailEventData, loadDocument } from './delivery';

/**
 * Payment reminders: which one an overdue invoice is due for, and the daily
 * run that sends them (claimed before sending, so no reminder goes twice).
 */
/**
 * Which reminder an overdue invoice is due for: the largest interval (days
 * after the due date) it has reached, or none before the first. A run that
 * missed a day catches up with one reminder, not one per missed interval.
 */
export function reminderStep(intervals: readonly number[], daysOverdue: number): number | undefined {
  return [...intervals]
    .sort((a, b) => a - b)
    .filter((d) => d <= daysOverdue)
    .pop();
}

export interface ReminderRun {
  /** accounts with a reminder due */
  accounts: number;
  sent: number;
  /** reminders whose send failed (their claim is released: the next run tries again) */
  failed: number;
  /** accounts whose run stopped on an error; the other accounts were still served */
  failed_accounts: number;
  account_failures: { account: string; reason: string }[];
}

/**
 * The run's answer: undefined (200 with the counts) unless the run failed as a
 * whole — something failed and nothing was sent — which is a 503 naming each
 * account's problem, so a scheduler's monitoring sees it. A partial failure is
 * a 200 whose `failed` and `failed_accounts` say what to look at.
 */
export function reminderRunFailure(result: ReminderRun): ApiError | undefined {
  if (result.sent > 0 || (result.failed === 0 && result.failed_accounts === 0)) return undefined;
  const parts = [
    result.failed_accounts > 0 ? `${result.failed_accounts} of ${result.accounts} account${result.accounts === 1 ? '' : 's'} failed` : null,
    result.failed > 0 ? `${result.failed} email${result.failed === 1 ? '' : 's'} could not be sent` : null,
  ].filter(Boolean);
  const details: Record<string, string[]> = {};
  for (const f of result.account_failures.slice(0, 50)) (details[`accounts.${f.account}`] ??= []).push(f.reason);
  return new ApiError(
    'service_unavailable',
    `No reminder was sent: ${parts.join(' and ')}. See the server log (invoice.reminder_failed, invoice.reminder_account_failed).`,
    Object.keys(details).length > 0 ? details : undefined,
  );
}

type Claimed = { owner: Workspace; data: InvoicePdfData; claim: ReminderClaim; step: number };

/** A sentence for the run's answer: never SQL or a stack (those go to the log). */
function failureReason(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof EmailDeliveryError) return error.reason;
  if (isDatabaseUnavailable(error)) return 'the database could not be reached';
  const mapped = fromDatabaseError(error);
  if (mapped?.status === 503) return mapped.message;
  return 'an unexpected error (logged as invoice.reminder_account_failed)';
}

/** One reminder: claim it (with its document), send it, mark it sent; a failed send releases the claim. */
async function sendOneReminder(
  run: TenantRunner,
  owner: Workspace,
  invoiceId: string,
  step: number,
  today: string,
  leaseMinutes: number,
  result: ReminderRun,
): Promise<void> {
  let claimed: Claimed | undefined;
  try {
    claimed = await run(async (tx) => {
      const claim = await claimReminder(tx, owner.id, invoiceId, step, today, leaseMinutes);
      if (!claim) return undefined;
      return { owner, claim, step, data: await loadDocument(tx, owner, invoiceId) };
    });
  } catch (error) {
    // e.g. the invoice was deleted meanwhile (the claim rolled back with it);
    // anything else (the database) stops this account's run
    if (!(error instanceof ApiError)) throw error;
    result.failed += 1;
    log.warn('invoice.reminder_failed', { workspace_id: owner.id, invoice_id: invoiceId, reason: error.message });
    return;
  }
  if (!claimed) return;
  const { claim } = claimed;
  let delivered: Awaited<ReturnType<typeof deliver>>;
  try {
    // the same Message-ID (and outbox file) if a crashed attempt is taken over
    delivered = await deliver(owner, claimed.data, 'reminder', {}, `reminder-${claim.id}`);
  } catch (error) {
    result.failed += 1;
    const reason = error instanceof EmailDeliveryError ? error.reason : 'the reminder could not be prepared';
    log.warn('invoice.reminder_failed', { workspace_id: owner.id, invoice_id: invoiceId, reason, error });
    await run(async (tx) => {
      await releaseReminder(tx, owner.id, claim);
      await insertEvent(tx, owner.id, invoiceId, 'email_failed', { kind: 'reminder', automatic: true, step_days: step, reason });
    });
    return;
  }
  await run(async (tx) => {
    if (!(await completeReminder(tx, owner.id, claim))) {
      // the lease ran out while this send was under way and another run took it over
      log.warn('invoice.reminder_lease_lost', {
        workspace_id: owner.id,
        invoice_id: invoiceId,
        reminder_id: claim.id,
        attempt: claim.attempt,
      });
    }
    await insertEvent(tx, owner.id, invoiceId, 'email_sent', emailEventData('reminder', delivered, { automatic: true, step_days: step }));
    await recordEvent(tx, 'invoice.reminded', 'invoices', invoiceId, {
      to: delivered.to,
      transport: delivered.sent.transport,
      automatic: true,
      step_days: step,
    });
  });
  result.sent += 1;
}

/**
 * Sends the reminders that are due, for every account (the scheduled job).
 * Accounts are found through the `ledgerly_system` role, which learns their
 * Clerk ids and nothing else; each is then handled in its own tenant
 * transactions. A reminder is claimed (unique per invoice and interval, and
 * per invoice and day) right before it is sent and marked sent right after, so
 * a second run the same day — even a concurrent one — sends nothing twice; a
 * failed send releases its claim; a claim left by a run that died between
 * claim and mark is taken over once REMINDER_CLAIM_LEASE_MINUTES have passed
 * (sent again with the same Message-ID). One account's failure is logged and
 * reported, and the run goes on with the others.
 */
export async function runReminders(): Promise<ReminderRun> {
  // refuse before claiming anything when email cannot go anywhere (503, for the operator)
  assertEmailConfigured('operator');
  const leaseMinutes = env().REMINDER_CLAIM_LEASE_MINUTES;
  // each workspace with reminders due, sent as its owner
  const accounts = await withSystem((tx) =>
    selectRows<{ workspace_id: string; clerk_id: string }>(tx, sql`select workspace_id::text, clerk_id from app.reminder_accounts()`),
  );
  const result: ReminderRun = { accounts: accounts.length, sent: 0, failed: 0, failed_accounts: 0, account_failures: [] };
  for (const { workspace_id, clerk_id } of accounts) {
    const run: TenantRunner = (fn) => withWorkspace({ sub: clerk_id }, workspace_id, fn);
    try {
      const due = await run(async (tx) => {
        const person = await findUserByClerkId(tx, clerk_id);
        const owner = person ? await switchWorkspace(tx, person, workspace_id) : null;
        if (!owner) return null;
        const zone = safeTimeZone(owner.time_zone);
        const today = todayIn(zone);
        const steps: { invoiceId: string; step: number }[] = [];
        for (const candidate of await selectReminderCandidates(tx, owner.id, today, zone)) {
          const step = reminderStep(owner.invoice_reminder_days, daysBetween(candidate.due_date, today));
          if (step !== undefined) steps.push({ invoiceId: candidate.id, step });
        }
        return { owner, today, steps };
      });
      if (!due) continue;
      for (const { invoiceId, step } of due.steps) {
        // every reminder counts against EMAIL_DAILY_LIMIT_PER_ACCOUNT; over it, it waits for a later run
        await withinDailyLimit(run, due.owner.id, invoiceId, () =>
          sendOneReminder(run, due.owner, invoiceId, step, due.today, leaseMinutes, result),
        );
      }
    } catch (error) {
      result.failed_accounts += 1;
      result.account_failures.push({ account: workspace_id, reason: failureReason(error) });
      log.error('invoice.reminder_account_failed', { account: workspace_id, error });
    }
  }
  return result;
}
