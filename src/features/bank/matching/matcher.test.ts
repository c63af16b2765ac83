import { describe, expect, it } from 'vitest';
import { AUTO_ACCEPT_DEFAULT, SUGGEST_MIN, suggestMatches, type MatchInvoice, type MatchLine } from './index';

function invoice(overrides: Partial<MatchInvoice> & { id: string; number: string }): MatchInvoice {
  return {
    contact_id: `c-${overrides.id}`,
    client_names: ['Grace Lee'],
    issue_date: '2026-11-01',
    due_date: '2026-11-15',
    total: '1200.00',
    balance_due: '1200.00',
    currency: 'EUR',
    ...overrides,
  };
}

function line(overrides: Partial<MatchLine> & { id: string }): MatchLine {
  return { date: '2026-11-20', amount: '1200.00', description: 'Transfer', counterparty: null, reference: null, ...overrides };
}

describe('suggestMatches', () => {
  it('accepts automatically when amount and invoice number agree', () => {
    const result = suggestMatches(
      [line({ id: 'l1', reference: 'INV-0042', counterparty: 'Someone Else' })],
      [
        invoice({ id: 'i42', number: 'INV-0042' }),
        invoice({ id: 'i43', number: 'INV-0043', total: '300.00', balance_due: '300.00', client_names: ['Ada Byron'] }),
      ],
    );
    const s = result.get('l1');
    expect(s?.invoice_id).toBe('i42');
    expect(s?.confidence).toBeGreaterThanOrEqual(AUTO_ACCEPT_DEFAULT);
    expect(s?.confidence).toBeLessThanOrEqual(1);
    expect(s?.reasons).toContain('Amount equals the balance due (1,200.00)');
    expect(s?.reasons).toContain('Reference names INV-0042');
    expect(s?.partial).toBe(false);
  });

  it.each([
    'inv 42',
    'INV0042',
    'Rechnung 0042',
    'RE-Nr. 42',
    'INV-OO42',
    'SEPA-GUTSCHRIFT EREF+NOTPROVIDED SVWZ+ZAHLUNG RECHNUNG 0042 KD 99812 IBAN DE89370400440532013000',
  ])('reads the invoice number in %j', (reference) => {
    const result = suggestMatches(
      [line({ id: 'l1', reference, amount: '400.00' })],
      [invoice({ id: 'i42', number: 'INV-0042' }), invoice({ id: 'i43', number: 'INV-0043', client_names: ['Ada Byron'] })],
    );
    const s = result.get('l1');
    expect(s?.invoice_id).toBe('i42');
    expect(s?.partial).toBe(true);
    expect(s?.reasons.some((r) => r.includes('INV-0042'))).toBe(true);
  });

  it('matches the client name in another order, case and without the legal suffix', () => {
    const result = suggestMatches(
      [line({ id: 'l1', counterparty: 'LEE, GRACE' }), line({ id: 'l2', counterparty: 'Müller & Söhne Ltd', amount: '500.00' })],
      [
        invoice({ id: 'i1', number: 'INV-0001' }),
        invoice({ id: 'i2', number: 'INV-0002', client_names: ['Muller und Sohne GmbH'], total: '500.00', balance_due: '500.00' }),
      ],
    );
    expect(result.get('l1')?.invoice_id).toBe('i1');
    expect(result.get('l1')?.confidence).toBeGreaterThanOrEqual(AUTO_ACCEPT_DEFAULT);
    expect(result.get('l2')?.invoice_id).toBe('i2');
    expect(result.get('l2')?.reasons).toContain('Payer or text names the client (Muller und Sohne GmbH)');
  });

  it('lets the name decide between two invoices of the same amount for different clients', () => {
    const invoices = [invoice({ id: 'a', number: 'INV-0001', client_names: ['Ada Byron'] }), invoice({ id: 'b', number: 'INV-0002' })];
    const result = suggestMatches([line({ id: 'l1', counterparty: 'Grace Lee' }), line({ id: 'l2', counterparty: 'A. Byron' })], invoices);
    expect(result.get('l1')?.invoice_id).toBe('b');
    expect(result.get('l2')?.invoice_id).toBe('a');
  });

  it('suggests the oldest due of two equal invoices for one client, below automatic acceptance, and says why', () => {
    const invoices = [
      invoice({ id: 'late', number: 'INV-0002', contact_id: 'c', due_date: '2026-12-01' }),
      invoice({ id: 'early', number: 'INV-0001', contact_id: 'c', due_date: '2026-11-10' }),
    ];
    const result = suggestMatches([line({ id: 'l1', counterparty: 'Grace Lee' })], invoices);
    const s = result.get('l1');
    expect(s?.invoice_id).toBe('early');
    expect(s?.confidence).toBeLessThan(AUTO_ACCEPT_DEFAULT);
    expect(s?.confidence).toBeGreaterThanOrEqual(SUGGEST_MIN);
    expect(s?.reasons).toContain('2 invoices of this amount for this client: the oldest due is suggested');
  });

  it('gives an invoice to only the better of two lines unless its balance covers both', () => {
    const only = suggestMatches(
      [line({ id: 'weak', counterparty: 'Grace Lee' }), line({ id: 'strong', counterparty: 'Grace Lee', reference: 'INV-0042' })],
      [invoice({ id: 'i42', number: 'INV-0042' })],
    );
    expect(only.get('strong')?.invoice_id).toBe('i42');
    expect(only.get('weak')).toBeNull();

    const both = suggestMatches(
      [
        line({ id: 'first', amount: '600.00', reference: 'INV-0042 1/2' }),
        line({ id: 'second', amount: '600.00', reference: 'INV-0042 2/2', date: '2026-12-20' }),
      ],
      [invoice({ id: 'i42', number: 'INV-0042' })],
    );
    expect(both.get('first')?.invoice_id).toBe('i42');
    expect(both.get('second')?.invoice_id).toBe('i42');
    expect(both.get('first')?.partial).toBe(true);
  });

  it('uses payer aliases learned from earlier matches', () => {
    const invoices = [invoice({ id: 'i1', number: 'INV-0001', contact_id: 'acme', client_names: ['Acme Design GmbH'] })];
    const without = suggestMatches([line({ id: 'l1', counterparty: 'Northwind Holdings' })], invoices);
    const withAlias = suggestMatches([line({ id: 'l1', counterparty: 'NORTHWIND HOLDINGS' })], invoices, [
      { name: 'Northwind Holdings', contact_id: 'acme' },
    ]);
    expect(withAlias.get('l1')?.invoice_id).toBe('i1');
    expect(withAlias.get('l1')!.confidence).toBeGreaterThan(without.get('l1')?.confidence ?? 0);
    expect(withAlias.get('l1')?.reasons).toContain('Payer "NORTHWIND HOLDINGS" paid this client\'s invoices before');
  });

  it('treats a line dated before the issue date as a strong negative', () => {
    const result = suggestMatches(
      [line({ id: 'l1', date: '2026-10-01', counterparty: 'Grace Lee' })],
      [invoice({ id: 'i1', number: 'INV-0001' })],
    );
    expect(result.get('l1')).toBeNull();
  });

  it('never suggests for outgoing lines, overpayments or another currency', () => {
    const invoices = [invoice({ id: 'i1', number: 'INV-0001' })];
    const result = suggestMatches(
      [
        line({ id: 'out', amount: '-1200.00', reference: 'INV-0001' }),
        line({ id: 'over', amount: '1500.00', reference: 'INV-0001' }),
        line({ id: 'usd', reference: 'INV-0001', currency: 'USD' }),
      ],
      invoices,
    );
    expect([...result.values()]).toEqual([null, null, null]);
  });

  it('gives confidences with at most two decimals, between 0 and 1', () => {
    const result = suggestMatches([line({ id: 'l1', counterparty: 'Lee' })], [invoice({ id: 'i1', number: 'INV-0001' })]);
    const c = result.get('l1')?.confidence ?? 0;
    expect(Math.round(c * 100) / 100).toBe(c);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });
});
