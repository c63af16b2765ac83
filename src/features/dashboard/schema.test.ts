import { describe, expect, it } from 'vitest';
import { financialQuerySchema } from './schema';

describe('financialQuerySchema', () => {
  it('refuses impossible dates as a validation error, never by throwing', () => {
    const cases = [
      { from: '100000', to: '1e+21', limit: 'x' },
      { from: ['-2.59e+271', '-9007199254740991'], to: '1360611383', format: '-1' },
      { from: '2026-13-01', to: '2026-01-01' },
      { from: '2026-01-01', to: 'tomorrow' },
    ];
    for (const query of cases) expect(financialQuerySchema.safeParse(query).success, JSON.stringify(query)).toBe(false);
  });

  it('accepts a range and names what is wrong with a reversed one', () => {
    expect(financialQuerySchema.parse({ from: '2026-01-01', to: '2026-03-31', interval: 'week' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      interval: 'week',
    });
    const reversed = financialQuerySchema.safeParse({ from: '2026-03-01', to: '2026-01-01' });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['from', 'must not be after to']]);
  });
});
