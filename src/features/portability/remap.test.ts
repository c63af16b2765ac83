import { describe, expect, it } from 'vitest';
import { remapJson, remapText } from './remap';

const OLD = '0b9c1a52-7f4e-4d1a-9a3b-2c5d6e7f8a90';
const NEW = 'f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b';
const ids = new Map([[OLD, NEW]]);

describe('remapping ids inside values', () => {
  it('replaces ids of the file wherever they appear in text, in any case', () => {
    expect(remapText(`[Amara](/contacts/${OLD}) and ${OLD.toUpperCase()}`, ids)).toBe(`[Amara](/contacts/${NEW}) and ${NEW}`);
  });

  it('leaves other ids and text alone', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    expect(remapText(`see ${other}`, ids)).toBe(`see ${other}`);
    expect(remapText('short', ids)).toBe('short');
  });

  it('walks arrays and objects, keys included, and keeps other values', () => {
    const value = { transaction_id: OLD, amount: '10.00', n: 3, ok: true, none: null, list: [OLD, { [OLD]: 1 }] };
    expect(remapJson(value, ids)).toEqual({ transaction_id: NEW, amount: '10.00', n: 3, ok: true, none: null, list: [NEW, { [NEW]: 1 }] });
    expect(value.transaction_id).toBe(OLD);
  });
});
