import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJson } from '@/lib/json';
import { date, money, optionalText, requiredText, sortParam, timestamp, zodDetails } from './index';

const amount = money();
const parse = (json: string) => amount.safeParse((parseJson(`{"a":${json}}`) as { a: unknown }).a);

describe('money', () => {
  it('accepts strings and JSON numbers, exactly', () => {
    expect(parse('"1250"')).toMatchObject({ success: true, data: '1250.00' });
    expect(parse('1250.5')).toMatchObject({ success: true, data: '1250.50' });
    expect(parse('0.1')).toMatchObject({ success: true, data: '0.10' });
    expect(parse('-0')).toMatchObject({ success: true, data: '0.00' });
    expect(parse('999999999999.99')).toMatchObject({ success: true, data: '999999999999.99' });
  });
  it('rejects what binary floats would silently round', () => {
    expect(parse('0.1000000000000000055511151231257827').success).toBe(false);
    expect(parse('1e309').success).toBe(false);
    expect(parse('1e400').success).toBe(false);
    expect(parse('12345678901234567890').success).toBe(false);
    expect(parse('1.005').success).toBe(false);
    expect(parse('"NaN"').success).toBe(false);
    expect(parse('null').success).toBe(false);
    expect(parse('true').success).toBe(false);
    expect(parse('[1]').success).toBe(false);
    expect(parse('-1').success).toBe(false);
  });
  it('can require a positive amount', () => {
    expect(money({ positive: true }).safeParse('0.00').success).toBe(false);
    expect(money({ positive: true }).safeParse('0.01')).toMatchObject({ success: true, data: '0.01' });
  });
});

describe('dates and timestamps', () => {
  it('accepts real calendar dates only', () => {
    expect(date.safeParse('2024-02-29').success).toBe(true);
    expect(date.safeParse('2025-02-29').success).toBe(false);
    expect(date.safeParse('2025-02-30').success).toBe(false);
    expect(date.safeParse('2025-13-01').success).toBe(false);
    expect(date.safeParse('25-01-01').success).toBe(false);
    expect(date.safeParse('0000-01-01').success).toBe(false);
  });
  it('normalises timestamps with an offset to UTC', () => {
    expect(timestamp.parse('2026-11-25T09:30:00+02:00')).toBe('2026-11-25T07:30:00.000Z');
    expect(timestamp.safeParse('2026-11-25T09:30:00').success).toBe(false);
    expect(timestamp.safeParse('2026-02-30T09:30:00Z').success).toBe(false);
  });
});

describe('text', () => {
  it('trims, rejects empty, NUL and lone surrogates', () => {
    expect(requiredText(5).parse('  ab ')).toBe('ab');
    expect(requiredText(5).safeParse('   ').success).toBe(false);
    expect(requiredText(5).safeParse('abcdef').success).toBe(false);
    expect(requiredText(5).safeParse('a\u0000b').success).toBe(false);
    expect(requiredText(5).safeParse('a\ud800').success).toBe(false);
    expect(optionalText(5).parse('  ')).toBeNull();
    expect(optionalText(5).parse(null)).toBeNull();
  });
});

describe('sort and details', () => {
  it('parses ascending and descending sorts of allowed fields', () => {
    const sort = sortParam(['name', 'created_at'] as const, '-created_at');
    expect(sort.parse(undefined)).toEqual({ field: 'created_at', direction: 'desc' });
    expect(sort.parse('name')).toEqual({ field: 'name', direction: 'asc' });
    expect(sort.safeParse('-password').success).toBe(false);
  });
  it('names each field and unknown key', () => {
    const schema = z.strictObject({ a: z.string(), b: z.number() });
    const result = schema.safeParse({ b: 'x', c: 1 });
    expect(result.success).toBe(false);
    expect(zodDetails(result.error!)).toEqual({
      a: ['is required'],
      b: [expect.any(String)],
      c: ['is not a recognised field'],
    });
  });
});

describe('zodDetails with field names of Object.prototype', () => {
  it('names unknown fields such as toString without throwing', () => {
    const parsed = z.strictObject({ a: z.string() }).safeParse({ a: 'x', toString: true, constructor: 1, valueOf: null });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(zodDetails(parsed.error)).toEqual({
        toString: ['is not a recognised field'],
        constructor: ['is not a recognised field'],
        valueOf: ['is not a recognised field'],
      });
    }
  });
});

describe('zodDetails for fields of the wrong type', () => {
  it('says what a field should have been when it was sent, and "is required" when it was not', () => {
    const schema = z.strictObject({
      title: z.string(),
      count: z.number(),
      tags: z.array(z.string()),
      named: z.string({ error: 'must be a name' }),
    });
    const parsed = schema.safeParse({ title: 5, tags: 'x', named: 3 }, { reportInput: true });
    expect(parsed.success).toBe(false);
    expect(zodDetails(parsed.error!)).toEqual({
      title: ['must be text'],
      count: ['is required'],
      tags: ['must be a list'],
      named: ['must be a name'],
    });
  });
});
