import { describe, expect, it } from 'vitest';
import { readAmount, readNumber, readPercent, readQuantity, separatorsOf, writeDecimal } from './input';

const ok = (value: string) => ({ ok: true, value });

describe('readAmount', () => {
  it.each([
    ['2,400', 'en-US', '2400.00'],
    ['2,400.50', 'en-US', '2400.50'],
    ['2.400,50', 'en-US', '2400.50'],
    ['2.400,50', 'de-DE', '2400.50'],
    ['1.234,56', 'de-DE', '1234.56'],
    ['2.400', 'de-DE', '2400.00'],
    ['€1 250', 'fr-FR', '1250.00'],
    ['€1 250', 'en-US', '1250.00'],
    ['1\u202f250,75 €', 'fr-FR', '1250.75'],
    ["1'250.50", 'de-CH', '1250.50'],
    ['1’250.50', 'de-CH', '1250.50'],
    ['45,90 €', 'en-US', '45.90'],
    ['45.9', 'de-DE', '45.90'],
    ['0,5', 'en-US', '0.50'],
    ['.5', 'en-US', '0.50'],
    ['USD 12', 'en-US', '12.00'],
    ['12 eur', 'en-US', '12.00'],
    ['1,00,000', 'en-IN', '100000.00'],
    ['1,234,567.89', 'en-US', '1234567.89'],
    ['1.234.567', 'de-DE', '1234567.00'],
    ['1.234.567', 'en-US', '1234567.00'],
    ['  95 ', 'en-US', '95.00'],
    ['0', 'en-US', '0.00'],
    ['$0.00', 'en-US', '0.00'],
  ])('reads %s in %s as %s', (typed, locale, value) => {
    expect(readAmount(typed, locale)).toEqual(ok(value));
  });

  it.each([
    ['(45.00)', '-45.00'],
    ['-45', '-45.00'],
    ['45-', '-45.00'],
    ['−45.10', '-45.10'],
    ['-€45', '-45.00'],
    ['€-45', '-45.00'],
    ['($1,200.00)', '-1200.00'],
  ])('reads the negative %s when negatives are allowed', (typed, value) => {
    expect(readAmount(typed, 'en-US', { allowNegative: true })).toEqual(ok(value));
    expect(readAmount(typed, 'en-US')).toMatchObject({ ok: false, reason: expect.stringContaining('negative') });
  });

  it('refuses the ambiguous, saying how it was read and what to write', () => {
    const german = readAmount('2,400', 'de-DE');
    expect(german.ok).toBe(false);
    if (!german.ok) {
      expect(german.reason).toContain('German');
      expect(german.reason).toContain('2,400');
      expect(german.reason).toContain('2.400');
      expect(german.reason).toContain('2,40');
    }
    const english = readAmount('1.234', 'en-US');
    expect(english).toMatchObject({ ok: false, reason: expect.stringContaining('1,234') });
    expect(readAmount('1.234', 'fr-FR')).toMatchObject({ ok: false, reason: expect.stringContaining('ambiguous') });
  });

  it.each([
    ['', 'is required'],
    ['abc', 'is not an amount'],
    ['12/05', 'is not an amount'],
    ['1,2,3', 'grouped in threes'],
    ['1 25', 'grouped in threes'],
    ['1.2.3,4', 'grouped in threes'],
    ['1,,000', 'separators'],
    ['1,000.', 'separators'],
    ['1.234,5,6', 'more than one decimal'],
    ['2.555', 'ambiguous'],
    ['12.345', 'ambiguous'],
    ['12.3456', 'too many decimals'],
    ['1234567890123', 'too large'],
    ['--5', 'two minus'],
    ['€5 €', 'currency twice'],
    ['5 apples', 'is not an amount'],
  ])('refuses %j', (typed, reason) => {
    expect(readAmount(typed, 'en-US')).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('never reads a thousands comma as a decimal comma (the $2.40 bug)', () => {
    for (const locale of ['en-US', 'en-GB', 'en-IN', 'ja-JP', 'zh-CN']) {
      expect(readAmount('2,400', locale)).toEqual(ok('2400.00'));
    }
  });
});

describe('readQuantity', () => {
  it.each([
    ['7.5', 'en-US', '7.5'],
    ['7,5', 'de-DE', '7.5'],
    ['7,5', 'en-US', '7.5'],
    ['0.125', 'en-US', '0.125'],
    ['2,400', 'en-US', '2400'],
    ['1,500', 'de-DE', '1.5'],
    ['3', 'en-US', '3'],
    ['2.50', 'en-US', '2.5'],
  ])('reads %s in %s as %s', (typed, locale, value) => {
    expect(readQuantity(typed, locale)).toEqual(ok(value));
  });

  it.each([
    ['0', 'more than 0'],
    ['-1', 'negative'],
    ['1.2345', 'at most three decimals'],
    ['two', 'is not a quantity'],
  ])('refuses %j', (typed, reason) => {
    expect(readQuantity(typed, 'en-US')).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });
});

describe('readPercent', () => {
  it('reads percentages with or without a sign, in either notation', () => {
    expect(readPercent('19', 'en-US')).toEqual(ok('19'));
    expect(readPercent('7,7 %', 'de-DE')).toEqual(ok('7.7'));
    expect(readPercent('7.7%', 'en-US')).toEqual(ok('7.7'));
    expect(readPercent('101', 'en-US')).toMatchObject({ ok: false, reason: 'must be between 0 and 100' });
  });
});

describe('separatorsOf and writeDecimal', () => {
  it('knows the separators of common locales', () => {
    expect(separatorsOf('en-US')).toMatchObject({ decimal: '.', group: ',' });
    expect(separatorsOf('de-DE')).toMatchObject({ decimal: ',', group: '.' });
    expect(separatorsOf('fr-FR')).toMatchObject({ decimal: ',', group: ' ' });
    expect(separatorsOf('not a locale')).toMatchObject({ decimal: '.', group: ',' });
  });

  it('writes canonical decimals the locale’s way', () => {
    expect(writeDecimal('2400.50', 'en-US')).toBe('2,400.50');
    expect(writeDecimal('2400.50', 'de-DE')).toBe('2.400,50');
    expect(writeDecimal('-1234567', 'en-US')).toBe('-1,234,567');
    expect(writeDecimal('7.5', 'de-DE')).toBe('7,5');
  });

  it('reads back what it writes, for any amount and common locale', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'pt-BR', 'ja-JP']) {
      for (const value of ['0.01', '12.30', '999.99', '1000.00', '2400.50', '1234567.89']) {
        expect(readNumber(writeDecimal(value, locale), locale, 'amount')).toEqual(ok(value));
      }
    }
  });
});
