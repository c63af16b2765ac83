import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, retryDelay } from './schedule';

describe('retryDelay', () => {
  const mid = () => 0.5;

  it('waits the base before the first retry, then four times longer each time', () => {
    const delays = [1, 2, 3, 4].map((attempt) => retryDelay(attempt, { baseMs: 30_000, maxAttempts: 8, random: mid }));
    expect(delays).toEqual([30_000, 120_000, 480_000, 1_920_000]);
  });

  it('caps a delay at 10 hours and spreads the defaults over about a day', () => {
    expect(retryDelay(7, { baseMs: 30_000, maxAttempts: 8, random: mid })).toBe(MAX_RETRY_DELAY_MS);
    let total = 0;
    for (let attempt = 1; attempt < 8; attempt++) total += retryDelay(attempt, { baseMs: 30_000, maxAttempts: 8, random: mid })!;
    expect(total / 3_600_000).toBeGreaterThan(18);
    expect(total / 3_600_000).toBeLessThan(26);
  });

  it('gives up after the last attempt', () => {
    expect(retryDelay(8, { baseMs: 30_000, maxAttempts: 8 })).toBeNull();
    expect(retryDelay(1, { baseMs: 30_000, maxAttempts: 1 })).toBeNull();
  });

  it('jitters by at most 10% either way', () => {
    expect(retryDelay(1, { baseMs: 1000, maxAttempts: 3, random: () => 0 })).toBe(900);
    expect(retryDelay(1, { baseMs: 1000, maxAttempts: 3, random: () => 0.999999 })).toBe(1100);
  });
});
