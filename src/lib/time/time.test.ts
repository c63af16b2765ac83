import { describe, expect, it } from 'vitest';
import { dateInZone, isTimeZone, timeInZone, todayIn, zonedToUtc } from './index';

describe('time zones', () => {
  it('converts a wall-clock time in a zone to UTC and back', () => {
    expect(zonedToUtc('2026-01-15', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-01-15T08:30:00.000Z');
    expect(zonedToUtc('2026-07-15', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-07-15T07:30:00.000Z');
    expect(zonedToUtc('2026-07-15', '23:59', 'America/Los_Angeles').toISOString()).toBe('2026-07-16T06:59:00.000Z');
    expect(zonedToUtc('2026-03-01', '00:00', 'Asia/Kolkata').toISOString()).toBe('2026-02-28T18:30:00.000Z');
    expect(zonedToUtc('2026-03-01', '12:00', 'UTC').toISOString()).toBe('2026-03-01T12:00:00.000Z');
    const instant = zonedToUtc('2026-11-05', '18:45', 'Pacific/Auckland');
    expect(dateInZone(instant, 'Pacific/Auckland')).toBe('2026-11-05');
    expect(timeInZone(instant, 'Pacific/Auckland')).toBe('18:45');
  });

  it('handles daylight saving changes', () => {
    // Berlin skips 02:00–03:00 on 2026-03-29; 02:30 does not exist
    const skipped = zonedToUtc('2026-03-29', '02:30', 'Europe/Berlin');
    expect(skipped.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Berlin repeats 02:00–03:00 on 2026-10-25; the first 02:30 is still summer time
    expect(zonedToUtc('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedToUtc('2026-10-25', '04:00', 'Europe/Berlin').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('tells the date in a zone', () => {
    const instant = new Date('2026-11-28T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-28');
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-11-29');
    expect(todayIn('America/New_York', instant)).toBe('2026-11-28');
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('keeps each zone its own formatter, and answers the same past the cache bound', () => {
    const instant = new Date('2026-11-28T23:30:00Z');
    // alternating zones: a formatter made for one is never used for another
    for (let n = 0; n < 3; n += 1) {
      expect(todayIn('Europe/Berlin', instant)).toBe('2026-11-29');
      expect(todayIn('America/New_York', instant)).toBe('2026-11-28');
      expect(timeInZone(instant, 'Asia/Kolkata')).toBe('05:00');
      expect(isTimeZone('Mars/Olympus')).toBe(false);
      expect(isTimeZone('Asia/Kolkata')).toBe(true);
    }
    // more names than the cache holds (1 100 invalid ones, then the valid ones again)
    for (let n = 0; n < 1100; n += 1) expect(isTimeZone(`Nowhere/Zone_${n}`)).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-11-29');
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
