/**
 * Recognising a bank CSV's columns from its header row, in English and
 * German: each field's known headers in order of preference, compared after
 * normalising case, accents, punctuation and a trailing currency ("Betrag (€)",
 * "Amount (GBP)", "Umsatz in EUR" are all "amount").
 */

export type CsvField =
  'date' | 'amount' | 'debit' | 'credit' | 'description' | 'counterparty' | 'reference' | 'indicator' | 'currency' | 'bank_id';

export const HEADER_SYNONYMS: Record<CsvField, string[]> = {
  date: [
    'booking date',
    'buchungstag',
    'buchungsdatum',
    'transaction date',
    'posting date',
    'posted date',
    'date posted',
    'trans date',
    'completed date',
    'date',
    'datum',
    'buchung',
    'started date',
    'value date',
    'valuta',
    'valutadatum',
    'wertstellung',
    'wertstellungsdatum',
  ],
  amount: ['amount', 'betrag', 'umsatz', 'transaction amount', 'betrag umsatz', 'net', 'net amount', 'value'],
  debit: [
    'debit',
    'debit amount',
    'soll',
    'withdrawal',
    'withdrawals',
    'withdrawal amount',
    'money out',
    'paid out',
    'outflow',
    'ausgang',
    'ausgaben',
    'belastung',
  ],
  credit: [
    'credit',
    'credit amount',
    'haben',
    'deposit',
    'deposits',
    'deposit amount',
    'money in',
    'paid in',
    'inflow',
    'eingang',
    'einnahmen',
    'gutschrift',
  ],
  description: [
    'verwendungszweck',
    'description',
    'transaction description',
    'details',
    'transaction details',
    'memo',
    'narrative',
    'purpose',
    'beschreibung',
    'vorgang verwendungszweck',
    'buchungstext',
    'text',
    'vorgang',
    'particulars',
  ],
  counterparty: [
    'counterparty',
    'counter party',
    'payee',
    'payer',
    'payee name',
    'payer name',
    'beguenstigter zahlungspflichtiger',
    'begunstigter zahlungspflichtiger',
    'beguenstigter auftraggeber',
    'begunstigter auftraggeber',
    'auftraggeber empfanger',
    'auftraggeber empfaenger',
    'name zahlungsbeteiligter',
    'partner name',
    'zahlungsbeteiligter',
    'name',
    'beguenstigter',
    'begunstigter',
    'zahlungspflichtiger',
    'zahlungspflichtige r',
    'auftraggeber',
    'empfanger',
    'empfaenger',
    'zahlungsempfanger',
    'zahlungsempfanger in',
    'beneficiary',
    'merchant',
    'merchant name',
  ],
  reference: [
    'reference',
    'ref',
    'referenz',
    'kundenreferenz end to end',
    'kundenreferenz',
    'end to end referenz',
    'end to end reference',
    'end to end id',
    'mandatsreferenz',
    'payment reference',
    'transaction reference',
    'reference number',
    'check number',
    'cheque number',
    'check or slip',
    'check or slip number',
  ],
  indicator: [
    's h',
    'soll haben',
    'dr cr',
    'cr dr',
    'debit credit',
    'credit debit',
    'debit credit indicator',
    'soll haben kennzeichen',
    'kennzeichen',
  ],
  currency: ['currency', 'waehrung', 'wahrung', 'ccy', 'currency code'],
  // the bank's own id of a line (Monzo, Wise, PayPal): the duplicate key when present
  bank_id: ['transaction id', 'transferwise id', 'wise id', 'fitid', 'transaktions id', 'transaktionsnummer'],
};

const CURRENCY_SUFFIX = /\s(?:in\s)?(?:eur|euro|usd|gbp|chf|cad|aud|sek|nok|dkk|pln|czk)$/;

/** "Betrag (€)" → "betrag", "Begünstigter/Zahlungspflichtiger" → "begunstigter zahlungspflichtiger". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(CURRENCY_SUFFIX, '')
    .trim();
}

/** Each field's column index in a header row, by the preference order above (a column serves one field). */
export function recogniseHeader(cells: string[]): Partial<Record<CsvField, number>> {
  const normalised = cells.map(normaliseHeader);
  const used = new Set<number>();
  const found: Partial<Record<CsvField, number>> = {};
  for (const field of Object.keys(HEADER_SYNONYMS) as CsvField[]) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      const index = normalised.findIndex((h, i) => h === synonym && !used.has(i));
      if (index >= 0) {
        found[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return found;
}

/** The index of the column whose header is `name` (compared normalised), or -1. */
export function findColumn(cells: string[], name: string): number {
  const exact = cells.findIndex((c) => c.trim() === name.trim());
  if (exact >= 0) return exact;
  const wanted = normaliseHeader(name);
  return wanted === '' ? -1 : cells.findIndex((c) => normaliseHeader(c) === wanted);
}
