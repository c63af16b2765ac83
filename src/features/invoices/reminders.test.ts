import { describe, expect, it } from 'vitest';
import { type ReminderRun, reminderRunFailure, reminderStep } from './reminders';

describe('reminderStep', () => {
  it('picks the largest interval reached, none before the first', () => {
    const days = [14, 3, 7];
    expect(reminderStep(days, 0)).toBeUndefined();
    expect(reminderStep(days, 2)).toBeUndefined();
    expect(reminderStep(days, 3)).toBe(3);
    expect(reminderStep(days, 6)).toBe(3);
    expect(reminderStep(days, 7)).toBe(7);
    expect(reminderStep(days, 40)).toBe(14);
    expect(reminderStep([], 40)).toBeUndefined();
  });
});

describe('reminderRunFailure', () => {
  const run = (r: Partial<ReminderRun>): ReminderRun => ({
    accounts: 2,
    sent: 0,
    failed: 0,
    failed_accounts: 0,
    account_failures: [],
    ...r,
  });

  it('answers 200 (no failure) when nothing failed, or when something was sent despite failures', () => {
    expect(reminderRunFailure(run({ accounts: 0 }))).toBeUndefined();
    expect(reminderRunFailure(run({ sent: 3 }))).toBeUndefined();
    expect(
      reminderRunFailure(
        run({
          sent: 1,
          failed: 1,
          failed_accounts: 1,
          account_failures: [{ account: 'user_b', reason: 'the database could not be reached' }],
        }),
      ),
    ).toBeUndefined();
  });

  it('answers 503 naming each account when something failed and nothing was sent', () => {
    const failure = reminderRunFailure(
      run({
        failed_accounts: 2,
        account_failures: [
          { account: 'user_a', reason: 'boom' },
          { account: 'user_b', reason: 'bang' },
        ],
      }),
    );
    expect(failure?.status).toBe(503);
    expect(failure?.toBody()).toEqual({
      error: {
        code: 'service_unavailable',
        message: expect.stringContaining('2 of 2 accounts failed'),
        details: { 'accounts.user_a': ['boom'], 'accounts.user_b': ['bang'] },
      },
    });
    expect(reminderRunFailure(run({ failed: 2 }))?.message).toContain('2 emails could not be sent');
  });
});
