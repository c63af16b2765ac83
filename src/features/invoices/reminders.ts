import { ApiError } from '@/lib/errors';

/**
 * Which reminder an overdue invoice is due for: the largest interval (days
 * after the due date) it has reached, or none before the first. A run that
 * missed a day catches up with one reminder, not one per missed interval.
 */
export function reminderStep(intervals: readonly number[], daysOverdue: number): number | undefined {
  return [...intervals].sort((a, b) => a - b).filter((d) => d <= daysOverdue).pop();
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
