import { describe, expect, it } from 'vitest';
import { userToday } from './runner';

describe('userToday', () => {
  const instant = new Date('2026-12-07T23:30:00Z');

  it("is the date on the person's clock", () => {
    expect(userToday({ time_zone: 'UTC' }, instant)).toBe('2026-12-07');
    expect(userToday({ time_zone: 'Europe/Berlin' }, instant)).toBe('2026-12-08');
    expect(userToday({ time_zone: 'Pacific/Kiritimati' }, instant)).toBe('2026-12-08');
    expect(userToday({ time_zone: 'America/Los_Angeles' }, instant)).toBe('2026-12-07');
    expect(userToday({ time_zone: 'Pacific/Pago_Pago' }, new Date('2026-12-08T05:00:00Z'))).toBe('2026-12-07');
  });

  it("is UTC's date when the zone is not one Intl knows", () => {
    expect(userToday({ time_zone: 'Mars/Olympus_Mons' }, instant)).toBe('2026-12-07');
    expect(userToday({ time_zone: '' }, new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
  });
});
