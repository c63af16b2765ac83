import { describe, expect, it } from 'vitest';
import { reminderStep } from './reminders';

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
