import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatTime } from './index';

describe('display formatting', () => {
  const instant = new Date('2026-11-28T23:30:00Z');
  const us = { locale: 'en-US', time_zone: 'America/New_York' };
  const berlin = { locale: 'de-DE', time_zone: 'Europe/Berlin' };
  const usInBerlin = { locale: 'en-US', time_zone: 'Europe/Berlin' };

  it('formats in each person’s locale and zone, alternating, with no formatter shared between them', () => {
    for (let n = 0; n < 3; n += 1) {
      expect(formatDate(instant, us)).toBe('Nov 28, 2026');
      expect(formatDate(instant, usInBerlin)).toBe('Nov 29, 2026');
      expect(formatDate(instant, berlin)).toBe('29.11.2026');
      expect(formatTime(instant, usInBerlin)).toBe('12:30 AM');
      expect(formatTime(instant, berlin)).toBe('00:30');
      expect(formatDateTime(instant.toISOString(), us)).toBe('Nov 28, 2026, 6:30 PM');
      expect(formatCalendarDate('2026-11-28', berlin)).toBe('28.11.2026');
      expect(formatDate(null, us)).toBe('');
    }
  });

  it('answers the same past the cache bound', () => {
    // more locale and zone pairs than the cache holds
    const zones = Intl.supportedValuesOf('timeZone');
    let made = 0;
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR'])
      for (const zone of zones) {
        expect(formatDate(instant, { locale, time_zone: zone })).not.toBe('');
        made += 1;
      }
    expect(made).toBeGreaterThan(1000);
    expect(formatDate(instant, usInBerlin)).toBe('Nov 29, 2026');
    expect(formatTime(instant, us)).toBe('6:30 PM');
  });
});
