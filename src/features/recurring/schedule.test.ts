import { describe, expect, it } from 'vitest';
import { datesFrom, nextDate, upcomingDates } from './schedule';

describe('recurring schedule', () => {
  it('monthly on the 31st falls on the last day of shorter months, Feb 29 in a leap year', () => {
    expect(datesFrom({ frequency: 'monthly', start_date: '2028-01-31' }, '2028-01-31', 6)).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
      '2028-05-31',
      '2028-06-30',
    ]);
    expect(datesFrom({ frequency: 'monthly', start_date: '2027-01-31' }, '2027-01-31', 3)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
  });

  it('monthly on the 30th and 29th keep their day where the month has it', () => {
    expect(datesFrom({ frequency: 'monthly', start_date: '2027-01-30' }, '2027-01-30', 3)).toEqual([
      '2027-01-30',
      '2027-02-28',
      '2027-03-30',
    ]);
    expect(datesFrom({ frequency: 'monthly', start_date: '2027-01-29' }, '2027-01-29', 3)).toEqual([
      '2027-01-29',
      '2027-02-28',
      '2027-03-29',
    ]);
    expect(datesFrom({ frequency: 'monthly', start_date: '2028-01-29' }, '2028-01-29', 2)).toEqual(['2028-01-29', '2028-02-29']);
  });

  it('monthly on an ordinary day keeps it', () => {
    expect(datesFrom({ frequency: 'monthly', start_date: '2026-11-15' }, '2026-11-15', 3)).toEqual([
      '2026-11-15',
      '2026-12-15',
      '2027-01-15',
    ]);
  });

  it('weekly and biweekly step by 7 and 14 days, across a month and a year end', () => {
    expect(datesFrom({ frequency: 'weekly', start_date: '2026-12-24' }, '2026-12-24', 3)).toEqual([
      '2026-12-24',
      '2026-12-31',
      '2027-01-07',
    ]);
    expect(datesFrom({ frequency: 'biweekly', start_date: '2026-12-24' }, '2026-12-24', 3)).toEqual([
      '2026-12-24',
      '2027-01-07',
      '2027-01-21',
    ]);
  });

  it('quarterly from Nov 30 falls on Feb 28/29, then the 30th again', () => {
    expect(datesFrom({ frequency: 'quarterly', start_date: '2027-11-30' }, '2027-11-30', 4)).toEqual([
      '2027-11-30',
      '2028-02-29',
      '2028-05-30',
      '2028-08-30',
    ]);
  });

  it('yearly from Feb 29 falls on Feb 28 in common years', () => {
    expect(datesFrom({ frequency: 'yearly', start_date: '2028-02-29' }, '2028-02-29', 5)).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
      '2031-02-28',
      '2032-02-29',
    ]);
  });

  it('ends on end_date (included) or after the number of occurrences', () => {
    expect(upcomingDates({ frequency: 'monthly', start_date: '2027-01-15', end_date: '2027-03-15' }, {}, 5)).toEqual([
      '2027-01-15',
      '2027-02-15',
      '2027-03-15',
    ]);
    expect(
      upcomingDates(
        { frequency: 'monthly', start_date: '2027-01-15', occurrences: 3 },
        { last_period: '2027-01-15', generated_count: 1 },
        5,
      ),
    ).toEqual(['2027-02-15', '2027-03-15']);
    expect(
      nextDate({ frequency: 'monthly', start_date: '2027-01-15', occurrences: 3 }, { last_period: '2027-03-15', generated_count: 3 }),
    ).toBeNull();
  });

  it('continues after the last period made, and a resume skips what passed while paused', () => {
    const schedule = { frequency: 'monthly', start_date: '2026-01-31' } as const;
    expect(nextDate(schedule, { last_period: '2026-02-28', generated_count: 2 })).toBe('2026-03-31');
    expect(nextDate(schedule, { last_period: '2026-02-28', generated_count: 2, skip_before: '2026-06-10' })).toBe('2026-06-30');
    expect(nextDate(schedule, {})).toBe('2026-01-31');
  });
});
