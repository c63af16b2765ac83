import { describe, expect, it } from 'vitest';
import { formatDue } from './due';

describe('formatDue', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const berlin = { locale: 'en-US', time_zone: 'Europe/Berlin' };

  it('says today, tomorrow and yesterday in the user zone, without the time at the end of the day', () => {
    expect(formatDue('2026-11-28T22:59:00Z', berlin, { now })).toBe('Today');
    expect(formatDue('2026-11-28T22:59:00Z', berlin, { now, inSentence: true })).toBe('today');
    expect(formatDue('2026-11-29T08:30:00Z', berlin, { now })).toBe('Tomorrow, 9:30 AM');
    // 23:30 UTC on the 28th is already the 29th in Berlin
    expect(formatDue('2026-11-28T23:30:00Z', berlin, { now })).toMatch(/^Tomorrow, 12:30/);
    expect(formatDue('2026-11-27T12:00:00Z', berlin, { now })).toMatch(/^Yesterday/);
    expect(formatDue('2026-12-24T22:59:00Z', berlin, { now })).toBe('Dec 24, 2026');
  });
});
