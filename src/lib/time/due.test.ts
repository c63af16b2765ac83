import { describe, expect, it } from 'vitest';
import { dateInZone, parseCalendarDate, parseClockTime, parseDue, relativeDay, timeInZone } from './index';

const user = (time_zone: string, locale = 'en-US') => ({ time_zone, locale });

describe('reading a typed day', () => {
  it('reads the date picker’s form and what people write by hand, in their locale', () => {
    expect(parseCalendarDate('2026-12-01')).toBe('2026-12-01');
    expect(parseCalendarDate(' 2026-3-9 ')).toBe('2026-03-09');
    expect(parseCalendarDate('2026/03/09')).toBe('2026-03-09');
    expect(parseCalendarDate('9.3.2026', 'de-DE')).toBe('2026-03-09');
    expect(parseCalendarDate('12/01/2026', 'en-US')).toBe('2026-12-01');
    expect(parseCalendarDate('12/01/2026', 'en-GB')).toBe('2026-01-12');
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
  });

  it('refuses days that are not on the calendar', () => {
    for (const text of [
      '',
      'tomorrow',
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '1899-12-31',
      '3000-01-01',
      '2026-12-01T10:00',
      '13/13/2026',
    ]) {
      expect(parseCalendarDate(text), text).toBeNull();
    }
  });

  it('reads a time of day, 24-hour or with am/pm', () => {
    expect(parseClockTime('09:30')).toBe('09:30');
    expect(parseClockTime('9:30')).toBe('09:30');
    expect(parseClockTime('23:59:30')).toBe('23:59');
    expect(parseClockTime('3pm')).toBe('15:00');
    expect(parseClockTime('12:15 a.m.')).toBe('00:15');
    expect(parseClockTime('12 PM')).toBe('12:00');
    for (const text of ['24:00', '9:60', '13pm', '0am', 'noon', '']) expect(parseClockTime(text), text).toBeNull();
  });
});

describe('parseDue: a day stays a day, a time is a moment', () => {
  const zones = ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Europe/Berlin', 'America/New_York', 'UTC'];

  it('keeps a day without a time as that calendar day, whatever the zone', () => {
    for (const zone of zones) {
      expect(parseDue({ day: '2026-12-01' }, user(zone)), zone).toEqual({ ok: true, value: { due_on: '2026-12-01', due_date: null } });
      expect(parseDue({ day: '2026-12-01', time: '  ' }, user(zone)), zone).toEqual({
        ok: true,
        value: { due_on: '2026-12-01', due_date: null },
      });
    }
  });

  it('turns a day and a time into the moment the person’s clock shows it', () => {
    const at = (day: string, time: string, zone: string) => {
      const parsed = parseDue({ day, time }, user(zone));
      if (!parsed.ok || !parsed.value.due_date) throw new Error(`not a moment: ${JSON.stringify(parsed)}`);
      expect(parsed.value.due_on).toBeNull();
      return parsed.value.due_date;
    };
    expect(at('2026-12-01', '09:30', 'America/Los_Angeles')).toBe('2026-12-01T17:30:00.000Z');
    expect(at('2026-12-01', '09:30', 'Pacific/Auckland')).toBe('2026-11-30T20:30:00.000Z');
    expect(at('2026-12-01', '09:30', 'Asia/Kolkata')).toBe('2026-12-01T04:00:00.000Z');
    expect(at('2026-12-01', '3pm', 'UTC')).toBe('2026-12-01T15:00:00.000Z');
    // the moment reads back as the same day and time in that zone, on both sides of UTC
    for (const zone of zones) {
      const instant = new Date(at('2026-07-04', '23:30', zone));
      expect([dateInZone(instant, zone), timeInZone(instant, zone)], zone).toEqual(['2026-07-04', '23:30']);
    }
  });

  it('handles daylight saving changes in Berlin and New York', () => {
    // Berlin: clocks go 02:00 → 03:00 on 29 March 2026 and 03:00 → 02:00 on 25 October 2026
    expect(parseDue({ day: '2026-03-28', time: '12:00' }, user('Europe/Berlin'))).toMatchObject({
      value: { due_date: '2026-03-28T11:00:00.000Z' },
    });
    expect(parseDue({ day: '2026-03-29', time: '12:00' }, user('Europe/Berlin'))).toMatchObject({
      value: { due_date: '2026-03-29T10:00:00.000Z' },
    });
    // 02:30 does not exist that night: the moment just after the gap
    expect(parseDue({ day: '2026-03-29', time: '02:30' }, user('Europe/Berlin'))).toMatchObject({
      value: { due_date: '2026-03-29T01:30:00.000Z' },
    });
    // 02:30 happens twice in October: the first one (still summer time)
    expect(parseDue({ day: '2026-10-25', time: '02:30' }, user('Europe/Berlin'))).toMatchObject({
      value: { due_date: '2026-10-25T00:30:00.000Z' },
    });
    expect(parseDue({ day: '2026-10-25', time: '12:00' }, user('Europe/Berlin'))).toMatchObject({
      value: { due_date: '2026-10-25T11:00:00.000Z' },
    });
    // New York: 8 March 2026 (spring forward) and 1 November 2026 (fall back)
    expect(parseDue({ day: '2026-03-07', time: '09:00' }, user('America/New_York'))).toMatchObject({
      value: { due_date: '2026-03-07T14:00:00.000Z' },
    });
    expect(parseDue({ day: '2026-03-08', time: '09:00' }, user('America/New_York'))).toMatchObject({
      value: { due_date: '2026-03-08T13:00:00.000Z' },
    });
    expect(parseDue({ day: '2026-11-01', time: '09:00' }, user('America/New_York'))).toMatchObject({
      value: { due_date: '2026-11-01T14:00:00.000Z' },
    });
    // a day on the day of a change is still just that day
    for (const day of ['2026-03-29', '2026-10-25', '2026-03-08', '2026-11-01']) {
      expect(parseDue({ day }, user('Europe/Berlin'))).toEqual({ ok: true, value: { due_on: day, due_date: null } });
    }
  });

  it('says what is wrong, naming the field', () => {
    expect(parseDue({ day: '', time: '' }, user('UTC'))).toEqual({ ok: true, value: { due_date: null, due_on: null } });
    expect(parseDue({ day: '', time: '10:00' }, user('UTC'))).toEqual({ ok: false, field: 'day', message: 'choose a day for this time' });
    expect(parseDue({ day: '2026-02-30' }, user('UTC'))).toMatchObject({ ok: false, field: 'day' });
    expect(parseDue({ day: '2026-02-03', time: '25:00' }, user('UTC'))).toMatchObject({ ok: false, field: 'time' });
    // an unknown zone counts as UTC rather than breaking the form
    expect(parseDue({ day: '2026-02-03', time: '10:00' }, user('Mars/Base'))).toMatchObject({
      value: { due_date: '2026-02-03T10:00:00.000Z' },
    });
  });
});

describe('relativeDay', () => {
  it('names today, tomorrow and yesterday on the person’s calendar', () => {
    const now = new Date('2026-03-01T02:30:00Z');
    expect(relativeDay('2026-03-01', 'UTC', now)).toBe('today');
    expect(relativeDay('2026-03-01', 'America/Los_Angeles', now)).toBe('tomorrow');
    expect(relativeDay('2026-02-28', 'America/Los_Angeles', now)).toBe('today');
    expect(relativeDay('2026-03-01', 'Pacific/Auckland', now)).toBe('today');
    expect(relativeDay('2026-02-28', 'Pacific/Auckland', now)).toBe('yesterday');
    expect(relativeDay('2026-03-03', 'Asia/Kolkata', now)).toBeNull();
  });

  it('counts calendar days, not 24-hour steps, across daylight saving changes', () => {
    // 00:30 on 1 November 2026 in New York: that day has 25 hours
    const fallBack = new Date('2026-11-01T04:30:00Z');
    expect(relativeDay('2026-11-01', 'America/New_York', fallBack)).toBe('today');
    expect(relativeDay('2026-11-02', 'America/New_York', fallBack)).toBe('tomorrow');
    expect(relativeDay('2026-10-31', 'America/New_York', fallBack)).toBe('yesterday');
    // 23:30 on 29 March 2026 in Berlin: that day has 23 hours
    const springForward = new Date('2026-03-29T21:30:00Z');
    expect(relativeDay('2026-03-29', 'Europe/Berlin', springForward)).toBe('today');
    expect(relativeDay('2026-03-30', 'Europe/Berlin', springForward)).toBe('tomorrow');
    expect(relativeDay('2026-03-28', 'Europe/Berlin', springForward)).toBe('yesterday');
  });
});
