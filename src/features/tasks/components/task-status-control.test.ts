import { describe, expect, it } from 'vitest';
import { statusChangeMessage } from './task-status-control';

describe('the toast after a task status change', () => {
  it('says what happened in plain words', () => {
    expect(statusChangeMessage('pending', 'completed')).toBe('Task marked done');
    expect(statusChangeMessage('in_progress', 'completed')).toBe('Task marked done');
    expect(statusChangeMessage('completed', 'pending')).toBe('Task reopened');
    expect(statusChangeMessage('cancelled', 'pending')).toBe('Task reopened');
    expect(statusChangeMessage('pending', 'cancelled')).toBe('Task cancelled');
    expect(statusChangeMessage('pending', 'in_progress')).toBe('Task moved to “In progress”');
    expect(statusChangeMessage('in_progress', 'pending')).toBe('Task moved to “To do”');
  });
});
