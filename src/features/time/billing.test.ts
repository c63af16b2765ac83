import { describe, expect, it } from 'vitest';
import { billedMinutes, lineAmount, linesTotal, minutesToHours, resolveRate, timeLines } from './billing';

describe('billedMinutes', () => {
  it('leaves minutes alone without rounding', () => {
    expect(billedMinutes(7, 0)).toBe(7);
    expect(billedMinutes(0, 0)).toBe(0);
  });
  it('rounds up to the increment', () => {
    expect(billedMinutes(1, 6)).toBe(6);
    expect(billedMinutes(6, 6)).toBe(6);
    expect(billedMinutes(7, 6)).toBe(12);
    expect(billedMinutes(1, 15)).toBe(15);
    expect(billedMinutes(15, 15)).toBe(15);
    expect(billedMinutes(46, 15)).toBe(60);
    expect(billedMinutes(0, 15)).toBe(0);
  });
  it('refuses what is not a number of minutes', () => {
    expect(() => billedMinutes(1.5, 6)).toThrow(RangeError);
    expect(() => billedMinutes(-1, 0)).toThrow(RangeError);
  });
});

describe('minutesToHours', () => {
  it('is exact for whole increments', () => {
    expect(minutesToHours(60)).toBe('1');
    expect(minutesToHours(90)).toBe('1.5');
    expect(minutesToHours(6)).toBe('0.1');
    expect(minutesToHours(15)).toBe('0.25');
    expect(minutesToHours(45)).toBe('0.75');
  });
  it('rounds half-up to three decimals otherwise', () => {
    expect(minutesToHours(20)).toBe('0.333');
    expect(minutesToHours(40)).toBe('0.667');
    expect(minutesToHours(1)).toBe('0.017');
    expect(minutesToHours(0)).toBe('0');
  });
});

describe('lineAmount', () => {
  it('multiplies exactly, half-up to cents', () => {
    expect(lineAmount('1.5', '90.00')).toBe('135.00');
    expect(lineAmount('0.333', '100.00')).toBe('33.30');
    expect(lineAmount('0.017', '0.30')).toBe('0.01');
    expect(lineAmount('0.015', '0.30')).toBe('0.00');
    expect(lineAmount('0.25', '0.10')).toBe('0.03');
    // 0.1 × 0.3 is 0.030000000000000002 in binary floating point
    expect(lineAmount('0.1', '0.30')).toBe('0.03');
    expect(lineAmount('999999.999', '9999.99')).toBe('9999989990.00'); // 9999989990.00001;
  });
  it('rounds a half cent up, as invoice lines do', () => {
    expect(lineAmount('1.017', '87.35')).toBe('88.83'); // 88.83495
    expect(lineAmount('0.005', '1.00')).toBe('0.01'); // 0.005
    expect(lineAmount('12.25', '0.99')).toBe('12.13'); // 12.1275
  });
});

describe('resolveRate', () => {
  it('prefers the entry, then the client, then the workspace', () => {
    expect(resolveRate('120.00', '100.00', '80.00')).toBe('120.00');
    expect(resolveRate(null, '100.00', '80.00')).toBe('100.00');
    expect(resolveRate(null, null, '80.00')).toBe('80.00');
    expect(resolveRate(null, null, null)).toBeNull();
    expect(resolveRate('0.00', '100.00', '80.00')).toBe('0.00');
  });
});

describe('timeLines', () => {
  const entries = [
    { id: 'a', description: 'Design', day: '2026-12-01', minutes: 50, rate: '100.00' },
    { id: 'b', description: 'Design', day: '2026-12-01', minutes: 7, rate: '100.00' },
    { id: 'c', description: 'Call', day: '2026-12-02', minutes: 20, rate: '100.00' },
    { id: 'd', description: 'Design', day: '2026-12-02', minutes: 30, rate: '120.00' },
  ];

  it('makes one line per entry', () => {
    const lines = timeLines(entries, 'entry', 0);
    expect(lines.map((l) => [l.description, l.quantity, l.unit_price, l.entry_ids])).toEqual([
      ['2026-12-01 · Design', '0.833', '100.00', ['a']],
      ['2026-12-01 · Design', '0.117', '100.00', ['b']],
      ['2026-12-02 · Call', '0.333', '100.00', ['c']],
      ['2026-12-02 · Design', '0.5', '120.00', ['d']],
    ]);
  });

  it('groups by day and rate, rounding each entry first', () => {
    const lines = timeLines(entries, 'day', 15);
    expect(lines.map((l) => [l.description, l.quantity, l.unit_price, l.entry_ids])).toEqual([
      ['2026-12-01 · Design', '1.25', '100.00', ['a', 'b']],
      ['2026-12-02 · Call', '0.5', '100.00', ['c']],
      ['2026-12-02 · Design', '0.5', '120.00', ['d']],
    ]);
    expect(linesTotal(lines)).toBe('235.00');
  });

  it('groups by description and rate', () => {
    const lines = timeLines(entries, 'description', 6);
    expect(lines.map((l) => [l.description, l.quantity, l.unit_price, l.minutes])).toEqual([
      ['Design', '1.1', '100.00', 66],
      ['Call', '0.4', '100.00', 24],
      ['Design', '0.5', '120.00', 30],
    ]);
  });

  it('bills the same minutes whatever the grouping', () => {
    for (const rounding of [0, 6, 15] as const) {
      const sums = (['entry', 'day', 'description'] as const).map((g) =>
        timeLines(entries, g, rounding).reduce((s, l) => s + l.minutes, 0),
      );
      expect(new Set(sums).size).toBe(1);
    }
  });

  it('leaves out empty entries', () => {
    expect(timeLines([{ id: 'z', description: 'x', day: '2026-12-01', minutes: 0, rate: '1.00' }], 'entry', 15)).toEqual([]);
  });
});
