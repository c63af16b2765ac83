import { describe, expect, it } from 'vitest';
import { editDistance, nameKey, nameTokens } from './normalise';
import { invoiceNumberKey, numberEvidence, readText } from './numbers';

describe('names', () => {
  it('fold case, accents, punctuation, legal suffixes and word order', () => {
    expect(nameKey('Lee, Grace')).toBe(nameKey('GRACE LEE'));
    expect(nameTokens('Müller & Söhne GmbH & Co. KG')).toEqual(['muller', 'sohne']);
    expect(nameTokens('MUELLER UND SOEHNE')).toEqual(['muller', 'sohne']);
    expect(nameTokens('Zoë Dubois SARL')).toEqual(['zo', 'dubois']);
    expect(nameTokens('Straße')).toEqual(['strasse']);
    expect(nameKey('Quartz Media UG (haftungsbeschränkt)')).toBe('media quartz');
    expect(nameKey('ACME B.V.')).toBe('acme');
  });

  it('measure typos with transpositions', () => {
    expect(editDistance('schmidt', 'schmitt', 1)).toBe(1);
    expect(editDistance('mueller', 'muelelr', 1)).toBe(1);
    expect(editDistance('hoffmann', 'hofmann', 1)).toBe(1);
    expect(editDistance('weber', 'meyer', 1)).toBe(2);
  });
});

describe('invoice numbers in bank texts', () => {
  const key = invoiceNumberKey('INV-0042');
  const evidence = (text: string) => numberEvidence(readText(text), key);

  it.each([
    ['INV-0042', 'full'],
    ['inv0042 thanks', 'full'],
    ['INV - OO42', 'full'],
    ['Rechnung 0042', 'keyed'],
    ['RE-Nr. 42', 'keyed'],
    ['inv 42', 'keyed'],
    ['Invoice no. 42 and 43', 'keyed'],
    ['payment 0042', 'padded'],
    ['Order 42 thank you', 'bare'],
    ['INV-0024', 'near'],
    ['INV-0043', 'near'],
    ['INV-00421', null],
    ['Kundennr 10042', null],
    ['IBAN DE89370400440532013000', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(evidence(text)).toBe(expected);
  });

  it('reads numbers with several groups and without a prefix', () => {
    expect(numberEvidence(readText('Zahlung RE 2026-0042'), invoiceNumberKey('2026-0042'))).toBe('full');
    expect(numberEvidence(readText('Zahlung 20260042'), invoiceNumberKey('2026-0042'))).toBe('full');
    expect(numberEvidence(readText('Zahlung 120260042'), invoiceNumberKey('2026-0042'))).toBe(null);
  });

  it('reads dates written in the text', () => {
    expect([...readText('Rechnung vom 29.09.2026, Lieferung 2026-09-30, US 10/31/26').dates].sort()).toEqual([
      '2026-09-29',
      '2026-09-30',
      '2026-10-31',
    ]);
  });
});
