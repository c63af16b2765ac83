import { describe, expect, it } from 'vitest';
import { changeOf, periodLabel, rangeLabel, signedMoney } from './format';

describe('dashboard display helpers', () => {
  it('prints money exactly, with a real minus sign', () => {
    expect(signedMoney('1234567.89', 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(signedMoney('-0.01', 'USD', 'en-US')).toBe('−$0.01');
    expect(signedMoney('-1320.01', 'EUR', 'de-DE')).toBe('−1.320,01\u00a0€');
  });

  it('says how a figure moved, without a percentage when there was nothing before', () => {
    expect(changeOf('150.00', '100.00')).toEqual({ direction: 'up', percent: '50.0 %' });
    expect(changeOf('0.00', '379.99')).toEqual({ direction: 'down', percent: '100.0 %' });
    expect(changeOf('10.00', '10.00')).toEqual({ direction: 'same', percent: '0.0 %' });
    expect(changeOf('10.00', '0.00')).toEqual({ direction: 'up', percent: null });
    // a negative net that improves is up
    expect(changeOf('-50.00', '-100.00')).toEqual({ direction: 'up', percent: '50.0 %' });
  });

  it('names periods on the calendar, whatever the server’s time zone', () => {
    expect(periodLabel({ start: '2025-12-01', end: '2025-12-31' }, 'month', 'en-US')).toBe('Dec');
    expect(periodLabel({ start: '2025-12-01', end: '2025-12-31' }, 'month', 'en-US', true)).toBe('December 2025');
    expect(periodLabel({ start: '2025-11-24', end: '2025-11-30' }, 'week', 'en-US')).toBe('Nov 24');
    expect(periodLabel({ start: '2025-11-24', end: '2025-11-30' }, 'week', 'en-US', true)).toMatch(/^Nov 24\s?–\s?30, 2025$/);
    expect(periodLabel({ start: '2025-12-29', end: '2026-01-04' }, 'week', 'en-US', true)).toMatch(/^Dec 29, 2025\s?–\s?Jan 4, 2026$/);
    expect(periodLabel({ start: '2026-11-01', end: '2026-11-01' }, 'week', 'en-US', true)).toBe('Nov 1, 2026');
    expect(periodLabel({ start: '2026-01-01', end: '2026-01-01' }, 'day', 'en-US')).toBe('1');
    expect(rangeLabel({ from: '2026-03-01', to: '2026-03-01' }, 'en-US')).toBe('Mar 1, 2026');
    expect(rangeLabel({ from: '2025-12-01', to: '2026-11-30' }, 'en-US')).toMatch(/^Dec 1, 2025\s?–\s?Nov 30, 2026$/);
  });
});
