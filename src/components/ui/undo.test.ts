import { describe, expect, it } from 'vitest';
import { asSent, reversal } from './undo';

describe('undo of an edit', () => {
  const before = { first_name: 'Ada', last_name: 'Lovelace', email: null, phone: '+44 20 7946 0000', status: 'lead' };

  it('sends back only the fields that changed, as they were', () => {
    const after = { ...before, phone: null, status: 'customer', updated_at: '2026-12-06T10:00:00Z' };
    expect(reversal(before, after, ['first_name', 'last_name', 'email', 'phone', 'status'])).toEqual({
      phone: '+44 20 7946 0000',
      status: 'lead',
    });
  });

  it('has nothing to undo when the save changed nothing', () => {
    expect(reversal(before, { ...before }, ['first_name', 'email', 'status'])).toBeNull();
  });

  it('takes empty text and null as the same, and a Date and its ISO string as the same instant', () => {
    const due = new Date('2026-12-01T22:59:59.000Z');
    expect(reversal({ notes: '', due_date: due }, { notes: null, due_date: '2026-12-01T22:59:59Z' }, ['notes', 'due_date'])).toBeNull();
    expect(reversal({ due_date: due }, { due_date: '2026-12-02T22:59:59+00:00' }, ['due_date'])).toEqual({
      due_date: '2026-12-01T22:59:59.000Z',
    });
    expect(reversal({ due_date: null }, { due_date: '2026-12-02T09:00:00Z' }, ['due_date'])).toEqual({ due_date: null });
  });

  it('leaves out fields the record before did not have', () => {
    expect(reversal({ title: 'a' }, { title: 'a', due_on: '2026-12-01' }, ['title', 'due_on'])).toBeNull();
  });

  it('compares money and days as the exact strings the API sends', () => {
    expect(reversal({ amount: '42.50', date: '2026-12-01' }, { amount: '42.05', date: '2026-12-01' }, ['amount', 'date'])).toEqual({
      amount: '42.50',
    });
  });

  it('writes a Date as its ISO string and nothing as null', () => {
    expect(asSent(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(asSent(undefined)).toBeNull();
    expect(asSent('x')).toBe('x');
  });
});
