import { describe, expect, it } from 'vitest';
import { checkTotals, computeTotals, lineTotalCents, MAX_AMOUNT, TotalsError } from './totals';

describe('invoice totals', () => {
  it('totals exactly what binary floating point gets wrong', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(computeTotals([{ quantity: 3, unit_price: '0.10' }], null)).toMatchObject({ subtotal: '0.30', total_amount: '0.30', taxes: [] });
    const big = computeTotals([{ quantity: 1000, unit_price: '999999.99' }], null);
    expect(big.total_amount).toBe('999999990.00');
    // adding the line up in floating point drifts
    expect(Array.from({ length: 1000 }, () => 999999.99).reduce((a, b) => a + b, 0)).not.toBe(999999990);
  });

  it('equals the sum of the items with no tax and no discount', () => {
    const t = computeTotals(
      [
        { quantity: 2, unit_price: '19.95' },
        { quantity: 1, unit_price: '0.05' },
      ],
      null,
    );
    expect(t).toEqual({
      line_totals: ['39.90', '0.05'],
      subtotal: '39.95',
      discount_amount: '0.00',
      taxes: [],
      tax_amount: '0.00',
      total_amount: '39.95',
    });
  });

  it('rounds tax per rate, half-up to cents', () => {
    // 0.25 × 19 % = 0.0475 → 0.05; 0.50 × 7 % = 0.035 → 0.04 (half-up, not banker's)
    const t = computeTotals(
      [
        { quantity: 1, unit_price: '0.25', tax_rate: '19' },
        { quantity: 1, unit_price: '0.50', tax_rate: '7' },
      ],
      null,
    );
    expect(t.taxes).toEqual([
      { rate: '7', base: '0.50', amount: '0.04' },
      { rate: '19', base: '0.25', amount: '0.05' },
    ]);
    expect(t.total_amount).toBe('0.84');
    // per rate, not per line: three lines of 0.10 at 19 % are taxed together (0.057 → 0.06, not 3 × 0.02)
    expect(
      computeTotals(
        [1, 2, 3].map(() => ({ quantity: 1, unit_price: '0.10', tax_rate: '19' })),
        null,
      ).tax_amount,
    ).toBe('0.06');
  });

  it('shares a discount across rates in proportion, in cents that add up exactly', () => {
    const t = computeTotals(
      [
        { quantity: 3, unit_price: '0.10', tax_rate: '19' },
        { quantity: 1, unit_price: '100.00', tax_rate: '7' },
        { quantity: 2, unit_price: '33.33', tax_rate: '0' },
      ],
      { type: 'percent', value: '10.00' },
    );
    expect(t).toMatchObject({ subtotal: '166.96', discount_amount: '16.70', tax_amount: '6.35', total_amount: '156.61' });
    // bases after discount: 0.27 + 90.00 (+ 59.99 at 0 %) = 166.96 − 16.70
    expect(t.taxes).toEqual([
      { rate: '7', base: '90.00', amount: '6.30' },
      { rate: '19', base: '0.27', amount: '0.05' },
    ]);
  });

  it('takes a fixed discount up to the subtotal and a percentage up to 100', () => {
    expect(computeTotals([{ quantity: 1, unit_price: '10.00', tax_rate: '20' }], { type: 'amount', value: '10.00' })).toMatchObject({
      discount_amount: '10.00',
      tax_amount: '0.00',
      total_amount: '0.00',
    });
    expect(() => computeTotals([{ quantity: 1, unit_price: '10.00' }], { type: 'amount', value: '10.01' })).toThrow(TotalsError);
    expect(() => computeTotals([{ quantity: 1, unit_price: '10.00' }], { type: 'percent', value: '100.01' })).toThrow(/at most 100/);
    expect(computeTotals([{ quantity: 1, unit_price: '0.05' }], { type: 'percent', value: '50.00' }).discount_amount).toBe('0.03');
  });

  it('normalises rates as the database prints them', () => {
    const t = computeTotals([{ quantity: 1, unit_price: '100.00', tax_rate: '7.700' }], null);
    expect(t.taxes).toEqual([{ rate: '7.7', base: '100.00', amount: '7.70' }]);
  });

  it('refuses amounts beyond numeric(14,2), naming the line or the total', () => {
    expect(MAX_AMOUNT).toBe('999999999999.99');
    expect(() => checkTotals([{ quantity: 1_000_000, unit_price: '999999999.99' }], null)).toThrow(/items.0.quantity/);
    expect(() =>
      checkTotals(
        [
          { quantity: 1, unit_price: '999999999999.99' },
          { quantity: 1, unit_price: '0.01' },
        ],
        null,
      ),
    ).toThrow(/^items add up to a subtotal of 1000000000000.00/);
    expect(() => checkTotals([{ quantity: 1, unit_price: '999999999999.99', tax_rate: '1' }], null)).toThrow(/total of/);
    expect(checkTotals([{ quantity: 1, unit_price: '999999999999.99' }], null).total_amount).toBe(MAX_AMOUNT);
  });
});

describe('decimal quantities', () => {
  it('multiplies exactly and rounds each line half-up to cents', () => {
    expect(lineTotalCents('7.5', '95.00')).toBe(71250n);
    expect(lineTotalCents('0.333', '10.00')).toBe(333n);
    expect(lineTotalCents('1.005', '1.00')).toBe(101n); // 1.005 → 1.01
    expect(lineTotalCents('0.001', '0.01')).toBe(0n);
    expect(lineTotalCents(3, '0.10')).toBe(30n);
    expect(lineTotalCents(2n, '33.33')).toBe(6666n);
  });

  it('adds the rounded lines, so the lines shown add up to the subtotal shown', () => {
    const totals = computeTotals(
      [
        { quantity: '0.333', unit_price: '10.00' },
        { quantity: '0.333', unit_price: '10.00' },
        { quantity: '0.334', unit_price: '10.00' },
      ],
      null,
    );
    expect(totals.line_totals).toEqual(['3.33', '3.33', '3.34']);
    expect(totals.subtotal).toBe('10.00');
  });

  it('refuses a quantity that is not a decimal with up to three places', () => {
    expect(() => lineTotalCents('1.2345', '1.00')).toThrow(TotalsError);
    expect(() => lineTotalCents('abc', '1.00')).toThrow(TotalsError);
  });
});
