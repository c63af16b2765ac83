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
    const result = suggestMatches(
      [line({ id: 'l1', counterparty: 'Grace Lee' }), line({ id: 'l2', counterparty: 'Grace Lee', date: '2026-12-20' })],
      invoices,
    );
    const s = result.get('l1');
    expect(s?.invoice_id).toBe('early');
    expect(s?.confidence).toBeLessThan(AUTO_ACCEPT_DEFAULT);
    expect(s?.confidence).toBeGreaterThanOrEqual(SUGGEST_MIN);
    expect(s?.reasons).toContain('2 invoices of this amount for this client: the oldest due is suggested first');
    expect(result.get('l2')?.invoice_id).toBe('late');
    expect(result.get('l2')?.reasons).toContain('2 invoices of this amount for this client: the oldest due is suggested first');
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

  it('leaves out amounts that are not decimals instead of throwing', () => {
    const result = suggestMatches(
      [line({ id: 'bad', amount: '12,00' }), line({ id: 'good', reference: 'INV-0001' })],
      [invoice({ id: 'broken', number: 'INV-0002', balance_due: 'n/a' }), invoice({ id: 'i1', number: 'INV-0001' })],
    );
    expect(result.get('bad')).toBeNull();
    expect(result.get('good')?.invoice_id).toBe('i1');
  });

  describe('automatic acceptance needs the amount and an identification, and no competitor', () => {
    const invoices = [
      invoice({ id: 'i42', number: 'INV-0042' }),
      invoice({ id: 'i43', number: 'INV-0043', client_names: ['Ada Byron'], total: '800.00', balance_due: '800.00' }),
    ];
    const confidence = (l: Partial<MatchLine>, list = invoices) =>
      suggestMatches([line({ id: 'l', ...l })], list).get('l')?.confidence ?? 0;

    it.each([
      ['the amount alone', { counterparty: 'Unknown Payer' }],
      ['the number alone, paying part', { amount: '100.00', reference: 'INV-0042' }],
      ['an instalment with number and name', { amount: '600.00', reference: 'INV-0042', counterparty: 'Grace Lee' }],
      ['the amount and initials only', { counterparty: 'G. Lee' }],
      ['the amount and a bare number', { reference: 'Order 42' }],
    ])('not with %s', (_, l) => {
      const c = confidence(l);
      expect(c).toBeLessThan(AUTO_ACCEPT_DEFAULT);
    });

    it('not when the reference names one invoice and the payer another of the same amount', () => {
      const same = [invoice({ id: 'i42', number: 'INV-0042' }), invoice({ id: 'i43', number: 'INV-0043', client_names: ['Ada Byron'] })];
      const s = suggestMatches([line({ id: 'l', reference: 'INV-0042', counterparty: 'Ada Byron' })], same).get('l');
      expect(s?.invoice_id).toBe('i42');
      expect(s?.confidence).toBeLessThan(AUTO_ACCEPT_DEFAULT);
      expect(s?.reasons).toContain('The payer looks like another client (Ada Byron)');
      expect(s?.reasons.some((r) => r.includes('nearly'))).toBe(false);
    });

    it('not when another line is nearly as good a fit for the same invoice', () => {
      const result = suggestMatches(
        [
          line({ id: 'a', reference: 'INV-0042', counterparty: 'Grace Lee' }),
          line({ id: 'b', reference: 'INV-0042', counterparty: 'Grace Lee', date: '2026-11-21' }),
        ],
        invoices,
      );
      const winner = result.get('a');
      expect(winner?.invoice_id).toBe('i42');
      expect(winner?.confidence).toBeLessThan(AUTO_ACCEPT_DEFAULT);
      expect(winner?.reasons).toContain('Another bank line also fits this invoice');
      expect(result.get('b')).toBeNull();
    });

    it('yes with the amount and the full name, or a known payer', () => {
      expect(confidence({ counterparty: 'GRACE LEE' })).toBeGreaterThanOrEqual(AUTO_ACCEPT_DEFAULT);
      const known = suggestMatches([line({ id: 'l', counterparty: 'Lee Family Trust' })], invoices, [
        { name: 'LEE FAMILY TRUST', contact_id: 'c-i42' },
      ]);
      expect(known.get('l')?.confidence).toBeGreaterThanOrEqual(AUTO_ACCEPT_DEFAULT);
    });

    it('a confidence of two decimals that orders the evidence', () => {
      const amountOnly = confidence({ counterparty: 'Unknown Payer' });
      const withName = confidence({ counterparty: 'Grace Lee' });
      const withNumber = confidence({ reference: 'INV-0042' });
      expect(amountOnly).toBeLessThan(withName);
      expect(withName).toBeLessThanOrEqual(withNumber);
      for (const c of [amountOnly, withName, withNumber]) expect(Math.round(c * 100) / 100).toBe(c);
    });
  });

  it('reads very long texts in bounded time', () => {
    const long = `${'0'.repeat(5000)}x ${'ab1 '.repeat(5000)} INV-0001`;
    const started = Date.now();
    const result = suggestMatches(
      [line({ id: 'l', description: long, reference: `${'9'.repeat(20000)}a`, counterparty: 'Grace Lee' })],
      [invoice({ id: 'i1', number: 'INV-0001' })],
    );
    expect(result.get('l')?.invoice_id).toBe('i1');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
