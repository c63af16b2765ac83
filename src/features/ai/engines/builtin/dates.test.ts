import { describe, expect, it } from 'vitest';
import { findDate, findPeriod, findUpcoming, zonedToUtc } from './dates';

const now = new Date('2026-11-28T10:00:00Z'); // a Saturday

describe('dates as people say them', () => {
  it.each([
    ['call amara tomorrow', '2026-11-29', undefined],
    ['due next friday', '2026-12-04', undefined],
    ['in 3 days', '2026-12-01', undefined],
    ['on monday at 3pm', '2026-11-30', '15:00'],
    ['by dec 5', '2026-12-05', undefined],
  ])('%s → %s %s', (text, date, time) => {
    expect(findDate(text, now, 'UTC')).toMatchObject({ date, time });
  });

  it("uses the user's calendar", () => {
    // 23:30 in New York on the 27th is already the 28th in UTC
    const late = new Date('2026-11-28T04:30:00Z');
    expect(findDate('tomorrow', late, 'America/New_York')!.date).toBe('2026-11-28');
    expect(findDate('tomorrow', late, 'UTC')!.date).toBe('2026-11-29');
  });

  it('ignores bare numbers', () => {
    expect(findDate('call 3 people', now, 'UTC')).toBeUndefined();
  });

  it('converts a local time to UTC across time zones and DST', () => {
    expect(zonedToUtc('2026-11-30', '15:00', 'Europe/Berlin')).toBe('2026-11-30T14:00:00.000Z');
    expect(zonedToUtc('2026-07-01', '09:00', 'Europe/Berlin')).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedToUtc('2026-03-09', '09:00', 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
  });
});

describe('periods', () => {
  it.each([
    ['how much did i spend this month', '2026-11-01', '2026-11-30'],
    ['income last month', '2026-10-01', '2026-10-31'],
    ['expenses this year', '2026-01-01', '2026-12-31'],
    ['revenue last year', '2025-01-01', '2025-12-31'],
    ['this week', '2026-11-23', '2026-11-29'],
    ['last week', '2026-11-16', '2026-11-22'],
    ['in march', '2026-03-01', '2026-03-31'],
    ['in december', '2025-12-01', '2025-12-31'],
    ['q1', '2026-01-01', '2026-03-31'],
    ['last 30 days', '2026-10-30', '2026-11-28'],
    ['today', '2026-11-28', '2026-11-28'],
    ['february 2024', '2024-02-01', '2024-02-29'],
  ])('%s → %s..%s', (text, from, to) => {
    expect(findPeriod(text, '2026-11-28')).toMatchObject({ from, to });
  });
});

describe('a weekday said on that weekday', () => {
  it('is next week’s, while "today" stays today', () => {
    const monday = new Date('2026-12-07T12:00:00Z');
    expect(findDate('call the accountant on Monday', monday, 'UTC')?.date).toBe('2026-12-14');
    expect(findDate('call the accountant on Tuesday', monday, 'UTC')?.date).toBe('2026-12-08');
    expect(findDate('call the accountant today', monday, 'UTC')?.date).toBe('2026-12-07');
  });
});

describe('the days ahead', () => {
  it('reads a fortnight, the next N days or weeks and the coming week from today', () => {
    expect(findUpcoming("What's due over the coming fortnight?", '2026-12-07')).toEqual({
      from: '2026-12-07',
      to: '2026-12-20',
      label: 'in the next two weeks',
    });
    expect(findUpcoming('everything due in the next 10 days', '2026-12-07')?.to).toBe('2026-12-16');
    expect(findUpcoming('tasks for the next three weeks', '2026-12-07')?.to).toBe('2026-12-27');
    expect(findUpcoming('anything in the week ahead', '2026-12-07')?.to).toBe('2026-12-13');
    // "in the next week" is the seven days from today; "next week" alone stays the calendar week after this one
    expect(findUpcoming('any deadlines coming up in the next week?', '2026-12-07')?.to).toBe('2026-12-13');
    expect(findUpcoming('what is due within the next week', '2026-12-07')?.from).toBe('2026-12-07');
    expect(findUpcoming('what is due next week', '2026-12-07')).toBeUndefined();
    expect(findUpcoming('how much did I spend last month', '2026-12-07')).toBeUndefined();
  });
});

describe('the phrases chrono does not know', () => {
  // now: Saturday 2026-11-28
  it.each([
    ['put a reminder in for the end of the month to pay rent', '2026-11-30', 'the end of the month'],
    ['anything due before the end of next week?', '2026-12-06', 'the end of next week'],
    ['by end of week', '2026-11-29', 'end of week'],
    ['finish it by the end of next month', '2026-12-31', 'the end of next month'],
    ['remind me in a fortnight to review the pricing', '2026-12-12', 'in a fortnight'],
    ['two fortnights from now', '2026-12-26', 'two fortnights from now'],
  ])('%s → %s', (text, date, said) => {
    expect(findDate(text, now, 'UTC')).toMatchObject({ date, text: said });
  });
});
