import { describe, expect, it } from 'vitest';
import { addMoney, chartCoordinate, compareMoney, formatMoney, parseDecimal, percentChange, subtractMoney, toUnits } from './index';

describe('parseDecimal', () => {
  it.each([
    ['1250', '1250.00'],
    ['1250.5', '1250.50'],
    ['0.1', '0.10'],
    ['.5', '0.50'],
    ['007.00', '7.00'],
    ['1e3', '1000.00'],
    ['1.5E-1', '0.15'],
    ['999999999999.99', '999999999999.99'],
    ['-0', '0.00'],
    ['  42.10 ', '42.10'],
    ['-12.30', '-12.30'],
  ])('%s → %s', (input, expected) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1.005', 'decimal places'],
    ['0.1000000000000000055511151231257827', 'decimal places'],
    ['1000000000000', 'digits before'],
    ['1e400', 'out of range'],
    ['1e-400', 'out of range'],
    ['NaN', 'decimal number'],
    ['Infinity', 'decimal number'],
    ['1,000.00', 'decimal number'],
    ['', 'decimal number'],
    ['.', 'decimal number'],
    ['0x10', 'decimal number'],
    ['12.3.4', 'decimal number'],
  ])('rejects %s', (input, reason) => {
    const result = parseDecimal(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});

describe('arithmetic in integer cents', () => {
  it('adds without binary floating point drift', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney(...Array.from({ length: 1000 }, () => '0.10'))).toBe('100.00');
    expect(addMoney('999999999999.99', '0.01')).toBe('1000000000000.00');
    expect(subtractMoney('0.30', '0.10')).toBe('0.20');
    expect(subtractMoney('1.00', '2.50')).toBe('-1.50');
  });
  it('compares and converts', () => {
    expect(compareMoney('10.00', '9.99')).toBe(1);
    expect(compareMoney('0.00', '-0.00')).toBe(0);
    expect(toUnits('12.34')).toBe(1234n);
  });
  it('formats for display without a float', () => {
    expect(formatMoney('1234567.89', 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney('-5.00', 'USD', 'en-US')).toBe('-$5.00');
    expect(formatMoney('999999999999.99', 'EUR', 'de-DE')).toBe('999.999.999.999,99\u00a0€');
  });
});

describe('percentChange', () => {
  it.each([
    ['110.00', '100.00', '10.0'],
    ['90.00', '100.00', '-10.0'],
    ['0.00', '100.00', '-100.0'],
    ['100.00', '100.00', '0.0'],
    ['200.01', '100.00', '100.0'],
    ['1.00', '3.00', '-66.7'],
    ['2.00', '3.00', '-33.3'],
    ['100.05', '100.00', '0.1'],
    ['100.04', '100.00', '0.0'],
    ['99.95', '100.00', '-0.1'],
    ['999999999999.99', '0.01', '9999999999999800.0'],
    // a negative base (a net that was a loss): the change is measured against its size
    ['-50.00', '-100.00', '50.0'],
    ['50.00', '-100.00', '150.0'],
  ])('%s against %s → %s %%', (current, previous, expected) => {
    expect(percentChange(current, previous)).toBe(expected);
  });

  it('has no percentage against zero', () => {
    expect(percentChange('10.00', '0.00')).toBeNull();
  });
});

describe('chartCoordinate', () => {
  it('draws an amount at its size', () => {
    expect(chartCoordinate('1250.50')).toBe(1250.5);
    expect(chartCoordinate('-0.01')).toBe(-0.01);
  });
});
