import { describe, expect, it } from 'vitest';
import { formatDue } from './due';

describe('formatDue', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const berlin = { locale: 'en-US', time_zone: 'Europe/Berlin' };

  it('says today, tomorrow and yesterday in the user zone, without the time at the end of the day', () => {
    expect(formatDue('2026-11-28T22:59:00Z', berlin, { now })).toBe('Today');
    expect(formatDue('2026-11-28T22:59:00Z', berlin, { now, inSentence: true })).toBe('today');
    expect(formatDue('2026-11-29T08:30:00Z', berlin, { now })).toBe('Tomorrow, 9:30 AM');
    // 23:30 UTC on the 28th is already the 29th in Berlin
    expect(formatDue('2026-11-28T23:30:00Z', berlin, { now })).toMatch(/^Tomorrow, 12:30/);
    expect(formatDue('2026-11-27T12:00:00Z', berlin, { now })).toMatch(/^Yesterday/);
    expect(formatDue('2026-12-24T22:59:00Z', berlin, { now })).toBe('Dec 24, 2026');
  });
});

describe('formatDue: a task due on a day stays that day', () => {
  const wholeDay = { due_date: '2026-12-01T22:59:59.999Z', due_on: '2026-12-01' };

  it('shows the same calendar day in every zone, even after the derived moment moved', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    for (const time_zone of ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Europe/Berlin', 'UTC']) {
      expect(formatDue(wholeDay, { locale: 'en-US', time_zone }, { now }), time_zone).toBe('Dec 1, 2026');
    }
    expect(formatDue(wholeDay, { locale: 'de-DE', time_zone: 'America/Los_Angeles' }, { now })).toBe('01.12.2026');
  });

  it('says today, tomorrow and yesterday on the person’s calendar, across daylight saving changes', () => {
    const la = { locale: 'en-US', time_zone: 'America/Los_Angeles' };
    const akl = { locale: 'en-US', time_zone: 'Pacific/Auckland' };
    // 2026-12-01T20:00Z is the 1st in Los Angeles and already the 2nd in Auckland
    const now = new Date('2026-12-01T20:00:00Z');
    expect(formatDue(wholeDay, la, { now })).toBe('Today');
    expect(formatDue(wholeDay, akl, { now, inSentence: true })).toBe('yesterday');
    expect(formatDue({ due_date: null, due_on: '2026-12-02' }, la, { now })).toBe('Tomorrow');
    // New York, 00:30 on 1 November 2026 (a 25-hour day): tomorrow is the 2nd, not the 1st again
    const ny = { locale: 'en-US', time_zone: 'America/New_York' };
    const fallBack = new Date('2026-11-01T04:30:00Z');
    expect(formatDue({ due_date: null, due_on: '2026-11-01' }, ny, { now: fallBack })).toBe('Today');
    expect(formatDue({ due_date: null, due_on: '2026-11-02' }, ny, { now: fallBack })).toBe('Tomorrow');
  });

  it('shows a timed task at its moment in the person’s zone, with the time', () => {
    const timed = { due_date: '2026-12-01T17:30:00.000Z', due_on: null };
    const now = new Date('2026-11-20T12:00:00Z');
    expect(formatDue(timed, { locale: 'en-US', time_zone: 'America/Los_Angeles' }, { now })).toBe('Dec 1, 2026, 9:30 AM');
    expect(formatDue(timed, { locale: 'en-US', time_zone: 'Pacific/Auckland' }, { now })).toBe('Dec 2, 2026, 6:30 AM');
    expect(formatDue(timed, { locale: 'en-US', time_zone: 'Asia/Kolkata' }, { now })).toBe('Dec 1, 2026, 11:00 PM');
    // a task whose time really is 23:59 says so
    expect(formatDue({ due_date: '2026-12-01T23:59:00.000Z', due_on: null }, { locale: 'en-US', time_zone: 'UTC' }, { now })).toBe(
      'Dec 1, 2026, 11:59 PM',
    );
    expect(formatDue({ due_date: null, due_on: null }, { locale: 'en-US', time_zone: 'UTC' }, { now })).toBe('');
  });
});
