import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatCalendarDate, safeTimeZone, todayIn } from './index';

const localDate = (zone: string, at: Date) => todayIn(safeTimeZone(zone), at);

describe('calendar dates', () => {
  it("gives today's date in the person's time zone", () => {
    const at = new Date('2026-03-01T02:30:00Z');
    expect(localDate('UTC', at)).toBe('2026-03-01');
    expect(localDate('America/Los_Angeles', at)).toBe('2026-02-28');
    expect(localDate('Pacific/Kiritimati', new Date('2026-02-28T11:00:00Z'))).toBe('2026-03-01');
  });
  it('falls back to UTC for an unknown zone', () => {
    expect(safeTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(safeTimeZone('')).toBe('UTC');
    expect(localDate('Not/A_Zone', new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-01');
  });
  it('adds days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-10', '2026-03-07')).toBe(-3);
  });
  it('formats a calendar date without shifting it', () => {
    expect(formatCalendarDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatCalendarDate('2026-01-01', 'de-DE')).toBe('01.01.2026');
  });
});
