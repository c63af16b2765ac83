import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  defaultRange,
  endOfMonth,
  exceedsMaxRange,
  isWholeMonths,
  presetOf,
  presetRange,
  previousRange,
  rangeDays,
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

  it('defaults to the last twelve calendar months, this one included', () => {
    expect(defaultRange('2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultRange('2026-01-01')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });

  it('allows ranges just under three years', () => {
    expect(exceedsMaxRange({ from: '2023-01-01', to: '2025-12-31' })).toBe(false);
    expect(exceedsMaxRange({ from: '2023-01-01', to: '2026-01-01' })).toBe(true);
    expect(rangeDays({ from: '2023-01-01', to: '2025-12-31' })).toBe(1096);
  });

  it('names presets and picks a readable interval', () => {
    const today = '2026-11-28';
    expect(presetRange('this-month', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('last-month', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('last-3-months', today)).toEqual({ from: '2026-09-01', to: '2026-11-30' });
    expect(presetRange('year-to-date', today)).toEqual({ from: '2026-01-01', to: '2026-11-28' });
    expect(presetRange('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetOf({ from: '2025-12-01', to: '2026-11-30' }, today)).toBe('last-12-months');
    expect(presetOf({ from: '2025-12-02', to: '2026-11-30' }, today)).toBeNull();
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
