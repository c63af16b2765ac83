import { describe, expect, it } from 'vitest';
import { describeActor, describeAudit } from './describe';

describe('describeAudit', () => {
  it('names a created record by its own fields', () => {
    expect(describeAudit({ action: 'insert', entity: 'contacts', changes: { id: 'x', first_name: 'Amara', last_name: 'Okafor' } })).toEqual({
      title: 'Created contact “Amara Okafor”',
      details: [],
    });
    expect(describeAudit({ action: 'delete', entity: 'invoices', changes: { invoice_number: 'INV-0007' } }).title).toBe(
      'Deleted invoice “INV-0007”',
    );
    expect(describeAudit({ action: 'insert', entity: 'invoice_items', changes: {} }).title).toBe('Created an invoice line');
  });

  it('lists changed fields before and after, hiding bookkeeping columns', () => {
    const line = describeAudit({
      action: 'update',
      entity: 'contacts',
      changes: { status: ['lead', 'customer'], phone: [null, '+1 555'], updated_at: ['a', 'b'] },
    });
    expect(line).toEqual({ title: 'Changed a contact', details: ['status: lead → customer', 'phone: — → +1 555'] });
  });

  it('shows money with its cents', () => {
    const line = describeAudit({ action: 'update', entity: 'invoices', changes: { subtotal: [0, 1610], total_amount: ['0', '1610.5'], status: ['draft', 'sent'] } });
    expect(line).toEqual({ title: 'Changed an invoice', details: ['subtotal: 0.00 → 1610.00', 'total amount: 0.00 → 1610.50', 'status: draft → sent'] });
    expect(describeAudit({ action: 'payment.recorded', entity: 'invoices', changes: { amount: '12.5' } }).details).toEqual(['amount: 12.50']);
  });

  it('caps long values and long lists of fields', () => {
    const changes = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((k) => [k, ['x'.repeat(100), 'y']]));
    const line = describeAudit({ action: 'update', entity: 'tasks', changes });
    expect(line.details).toHaveLength(9);
    expect(line.details[0]).toMatch(/^a: x{59}… → y$/);
    expect(line.details[8]).toBe('and 2 more');
  });

  it('words named events and keeps their simple details', () => {
    expect(describeAudit({ action: 'invoice.sent', entity: 'invoices', changes: { to: 'a@b.example', nested: { x: 1 } } })).toEqual({
      title: 'Sent an invoice',
      details: ['to: a@b.example'],
    });
    expect(describeAudit({ action: 'something.new', entity: 'x', changes: {} }).title).toBe('something.new');
  });

  it('says who acted', () => {
    expect(describeActor('user_1', 'user_1')).toBe('You');
    expect(describeActor(null, 'user_1')).toBe('System');
    expect(describeActor('user_2', 'user_1')).toBe('Another sign-in');
  });
});
