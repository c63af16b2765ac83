import { describe, expect, it } from 'vitest';
import { backupOwed, isTimeOfDay, nextRunAt, parseTimeOfDay, previousRunAt } from './schedule';

// local times, so the test holds in any TZ
const local = (d: number, h: number, m: number, s = 0) => new Date(2026, 11, d, h, m, s);

describe('the daily backup time (BACKUP_AT)', () => {
  it('reads HH:MM, 24-hour', () => {
    expect(parseTimeOfDay('02:30')).toEqual({ hour: 2, minute: 30 });
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['2:30', '24:00', '12:60', '12-30', ' 02:30', 'noon']) expect(isTimeOfDay(bad)).toBe(false);
    expect(() => parseTimeOfDay('24:00')).toThrow(/not a time of day/);
  });

  it('runs next today if the time is still ahead, else tomorrow', () => {
    const at = parseTimeOfDay('02:30');
    expect(nextRunAt(local(6, 1, 0), at)).toEqual(local(6, 2, 30));
    expect(nextRunAt(local(6, 2, 30), at)).toEqual(local(7, 2, 30));
    expect(nextRunAt(local(6, 23, 0), at)).toEqual(local(7, 2, 30));
    expect(nextRunAt(local(31, 23, 0), at)).toEqual(new Date(2027, 0, 1, 2, 30));
  });

  it('owes a backup when the newest one is older than the last scheduled time (server down then)', () => {
    const at = parseTimeOfDay('02:30');
    expect(previousRunAt(local(6, 1, 0), at)).toEqual(local(5, 2, 30));
    expect(previousRunAt(local(6, 2, 30), at)).toEqual(local(6, 2, 30));
    expect(backupOwed(local(6, 10, 0), at, null)).toBe(true);
    expect(backupOwed(local(6, 10, 0), at, local(6, 2, 30, 4))).toBe(false);
    expect(backupOwed(local(6, 10, 0), at, local(5, 2, 30, 4))).toBe(true);
    expect(backupOwed(local(6, 1, 0), at, local(5, 2, 30, 4))).toBe(false);
  });
});
