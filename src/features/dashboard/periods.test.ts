import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  daysToCome,
  defaultRange,
  endOfMonth,
  exceedsMaxRange,
  isWholeMonths,
  monthsEndingOn,
  PRESETS,
  presetOf,
  presetRange,
  previousRange,
  rangeDays,
  shiftMonths,
  suggestedInterval,
} from './periods';
import { financialQuerySchema } from './schema';

describe('calendar arithmetic', () => {
  it('finds month ends, leap years included', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-10')).toBe('2025-02-28');
    expect(endOfMonth('2025-12-31')).toBe('2025-12-31');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-01');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-01');
    expect(addYears('2024-02-29', 3)).toBe('2027-03-01');
  });

  it('takes the period before a range: whole months by months, anything else by days', () => {
    expect(previousRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousRange({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousRange({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousRange({ from: '2026-01-01', to: '2026-11-28' })).toEqual({ from: '2025-02-03', to: '2025-12-31' });
    expect(previousRange({ from: '2026-11-28', to: '2026-11-28' })).toEqual({ from: '2026-11-27', to: '2026-11-27' });
    expect(previousRange({ from: '2026-03-02', to: '2026-03-08' })).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(isWholeMonths({ from: '2026-02-01', to: '2026-02-28' })).toBe(true);
    expect(isWholeMonths({ from: '2024-02-01', to: '2024-02-28' })).toBe(false);
  });

  it('keeps the API’s documented default: the last twelve calendar months, this one included', () => {
    expect(defaultRange('2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultRange('2026-01-01')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });

  it('moves a day by months without leaving its month, and counts months back from today', () => {
    expect(shiftMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(shiftMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(shiftMonths('2026-12-06', -12)).toBe('2025-12-06');
    expect(shiftMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(monthsEndingOn('2026-12-06', 12)).toEqual({ from: '2025-12-07', to: '2026-12-06' });
    expect(monthsEndingOn('2026-12-06', 3)).toEqual({ from: '2026-09-07', to: '2026-12-06' });
    // on the last day of a month: whole calendar months
    expect(monthsEndingOn('2026-11-30', 12)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(monthsEndingOn('2028-02-29', 12)).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(rangeDays(monthsEndingOn('2026-12-06', 12))).toBe(365);
  });

  it('counts the days of a range still to come', () => {
    expect(daysToCome({ from: '2026-12-01', to: '2026-12-06' }, '2026-12-06')).toBe(0);
    expect(daysToCome({ from: '2026-12-01', to: '2026-12-31' }, '2026-12-06')).toBe(25);
    expect(daysToCome({ from: '2027-01-01', to: '2027-01-31' }, '2026-12-06')).toBe(31);
    expect(daysToCome({ from: '2025-01-01', to: '2025-12-31' }, '2026-12-06')).toBe(0);
  });

  it('allows ranges just under three years', () => {
    expect(exceedsMaxRange({ from: '2023-01-01', to: '2025-12-31' })).toBe(false);
    expect(exceedsMaxRange({ from: '2023-01-01', to: '2026-01-01' })).toBe(true);
    expect(rangeDays({ from: '2023-01-01', to: '2025-12-31' })).toBe(1096);
  });

  it('names presets for exactly what they cover, none past today, and picks a readable interval', () => {
    const today = '2026-11-28';
    expect(presetRange('this-month', today)).toEqual({ from: '2026-11-01', to: '2026-11-28' });
    expect(presetRange('last-month', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('last-3-months', today)).toEqual({ from: '2026-08-29', to: '2026-11-28' });
    expect(presetRange('last-12-months', today)).toEqual({ from: '2025-11-29', to: '2026-11-28' });
    expect(presetRange('year-to-date', today)).toEqual({ from: '2026-01-01', to: '2026-11-28' });
    expect(presetRange('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    for (const [preset] of PRESETS) {
      for (const day of [today, '2026-12-06', '2026-12-31', '2026-01-01', '2028-02-29']) {
        expect(presetRange(preset, day).to <= day, `${preset} on ${day}`).toBe(true);
      }
    }
    // in December, "last 12 months" is no longer January to December of this year
    expect(presetRange('last-12-months', '2026-12-06')).toEqual({ from: '2025-12-07', to: '2026-12-06' });
    expect(PRESETS.map(([, label]) => label)).toEqual([
      'This month so far',
      'Last month',
      'Last 3 months',
      'Last 12 months',
      'This year so far',
      'Last year',
    ]);
    expect(presetOf({ from: '2025-11-29', to: '2026-11-28' }, today)).toBe('last-12-months');
    expect(presetOf({ from: '2025-12-01', to: '2026-11-30' }, today)).toBeNull();
    expect(suggestedInterval(presetRange('this-month', today))).toBe('day');
    expect(suggestedInterval(presetRange('last-3-months', today))).toBe('week');
    expect(suggestedInterval(presetRange('year-to-date', today))).toBe('month');
  });
});

describe('financial query', () => {
  const details = (query: Record<string, string>) => {
    const result = financialQuerySchema.safeParse(query);
    return result.success ? null : result.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts no range, or both ends, with an interval', () => {
    expect(financialQuerySchema.parse({})).toEqual({ interval: 'month' });
    expect(financialQuerySchema.parse({ from: '2026-01-01', to: '2026-01-31', interval: 'day' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      interval: 'day',
    });
  });

  it('names the parameter that is wrong', () => {
    expect(details({ interval: 'quarter' })).toEqual(['interval']);
    expect(details({ from: '2026-01-01' })).toEqual(['to']);
    expect(details({ to: '2026-01-01' })).toEqual(['from']);
    expect(details({ from: '2026-02-01', to: '2026-01-31' })).toEqual(['from']);
    expect(details({ from: '2020-01-01', to: '2023-01-01' })).toEqual(['to']);
    expect(details({ from: '2026-02-30', to: '2026-03-01' })).toEqual(['from']);
    expect(details({ from: '2026-01-01', to: '2026-01-31', extra: '1' })).toEqual(['']);
  });
});
