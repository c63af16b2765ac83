import { describe, expect, it } from 'vitest';
import { formatMinutes, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['45m', 45],
    ['45 min', 45],
    ['1:30', 90],
    ['0:05', 5],
    ['1h', 60],
    ['1h 30m', 90],
    ['1h30', 90],
    ['2 hours', 120],
    ['1.5h', 90],
    ['1,5h', 90],
    ['0.25h', 15],
    ['.1h', 6],
    ['0.33h', 20], // 19.8 minutes, to the nearest minute
    ['  1:05 ', 65],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', ' ', '0', '0:00', '1:75', '1h 75m', 'abc', '-5', '1.234h', '1.5', '12345', '1:5'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatMinutes', () => {
  it('writes hours and minutes', () => {
    expect(formatMinutes(0)).toBe('0:00');
    expect(formatMinutes(5)).toBe('0:05');
    expect(formatMinutes(90)).toBe('1:30');
    expect(formatMinutes(600)).toBe('10:00');
  });
});
