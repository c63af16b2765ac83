import { fold } from './normalise';

/**
 * Finding an invoice number in a bank text. Payers retype numbers by hand:
 * "INV-0042", "inv 42", "INV0042", "Rechnung 0042", "RE-Nr. 42", OCR'd
 * "INV-OO42" or buried in a SEPA remittance line. A text is read into tokens
 * (letters and digits folded, OCR look-alikes O/I/L read as digits inside a
 * number) and each number is kept with how it was introduced.
 */

/** Words that announce an invoice number in English, German, French, Spanish, Italian, Dutch and Nordic bank texts. */
const KEYWORDS = new Set([
  'inv',
  'invoice',
  'invoices',
  'invno',
  'bill',
  'rechnung',
  'rechnungsnr',
  'rechnungsnummer',
  're',
  'rg',
  'rgnr',
  'rn',
  'rnr',
  'renr',
  'nr',
  'no',
  'num',
  'number',
  'facture',
  'fact',
  'factura',
  'fattura',
  'faktura',
  'factuur',
  'fac',
  'ref',
  'reference',
  'beleg',
]);

export interface NumberMention {
  /** the digits without leading zeros ("42") */
  value: string;
  /** the digits as written, OCR look-alikes read as digits ("0042") */
  digits: string;
  /** introduced by an invoice keyword or a letter prefix glued to it ("RE-Nr. 42", "INV0042") */
  keyed: boolean;
}

export interface ReadText {
  /** folded tokens, OCR look-alikes inside numbers read as digits */
  tokens: string[];
  /** the tokens joined without spaces: "inv0042" for "INV - OO42" */
  compact: string;
  numbers: NumberMention[];
  /** calendar dates written in the text (31.10.2026, 31/10/26, 10/31/2026, 2026-10-31), as YYYY-MM-DD */
  dates: Set<string>;
}

function datesIn(text: string): Set<string> {
  const found = new Set<string>();
  const add = (y: string, m: string, d: string) => {
    const year = y.length === 2 ? `20${y}` : y;
    const month = Number(m);
    const day = Number(d);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      found.add(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  };
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) add(m[1]!, m[2]!, m[3]!);
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g)) {
    add(m[4]!, m[3]!, m[1]!);
    if (m[2] === '/') add(m[4]!, m[1]!, m[3]!);
  }
  return found;
}

const OCR: Record<string, string> = { o: '0', i: '1', l: '1' };

/** Splits "invoo42" into a letter prefix "inv" and a number "0042" (OCR look-alikes read as digits). */
function splitToken(token: string): { prefix: string; digits: string } | null {
  const match = /^([a-z]*?)([oil0-9]*[0-9][oil0-9]*)$/.exec(token);
  if (!match) return null;
  let digits = match[2]!;
  let prefix = match[1]!;
  // a word ending in o/i/l before the number ("nio42") keeps its letters unless they are look-alike zeros after a known prefix
  const lead = /^[oil]+/.exec(digits)?.[0] ?? '';
  if (lead !== '' && prefix !== '' && !KEYWORDS.has(prefix) && KEYWORDS.has(prefix + lead)) {
    prefix += lead;
    digits = digits.slice(lead.length);
  }
  return { prefix, digits: digits.replace(/[oil]/g, (c) => OCR[c] ?? c) };
}

export function readText(text: string, folded = fold(text)): ReadText {
  const raw = folded.split(' ').filter((t) => t !== '');
  const tokens: string[] = [];
  const numbers: NumberMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    // a token longer than any invoice number (an IBAN, a hash) is not read as one
    const split = token.length <= 40 && /\d/.test(token) ? splitToken(token) : null;
    if (!split) {
      tokens.push(token);
      continue;
    }
    tokens.push(split.prefix + split.digits);
    const before = raw.slice(Math.max(0, i - 2), i);
    const keyed = split.prefix !== '' || before.some((b) => KEYWORDS.has(b));
    const value = split.digits.replace(/^0+/, '');
    if (value !== '') numbers.push({ value, digits: split.digits, keyed });
  }
  return { tokens, compact: tokens.join(''), numbers, dates: datesIn(text) };
}

export interface InvoiceNumberKey {
  /** folded without separators: "inv0042" */
  compact: string;
  /** all digits of the number: "0042" ("20260042" for "2026-0042") */
  digits: string;
  /** the digits without leading zeros: the index key */
  value: string;
}

export function invoiceNumberKey(number: string): InvoiceNumberKey {
  const compact = fold(number).replace(/ /g, '');
  const digits = compact.replace(/\D/g, '');
  return { compact, digits, value: digits.replace(/^0+/, '') };
}

/** How strongly a read text names an invoice number. */
export type NumberEvidence = 'full' | 'keyed' | 'padded' | 'bare' | 'near' | null;

export function numberEvidence(text: ReadText, key: InvoiceNumberKey): NumberEvidence {
  if (key.value === '') return null;
  if (key.compact.length >= 3) {
    let at = text.compact.indexOf(key.compact);
    while (at >= 0) {
      const before = text.compact[at - 1];
      const after = text.compact[at + key.compact.length];
      const digitStart = /\d/.test(key.compact[0]!);
      if ((after === undefined || !/\d/.test(after)) && (!digitStart || before === undefined || !/\d/.test(before))) return 'full';
      at = text.compact.indexOf(key.compact, at + 1);
    }
  }
  let best: NumberEvidence = null;
  const rank = { full: 5, keyed: 4, padded: 3, bare: 2, near: 1 } as const;
  for (const mention of text.numbers) {
    let evidence: NumberEvidence = null;
    if (mention.value === key.value) {
      if (mention.keyed) evidence = 'keyed';
      else if (mention.digits.length === key.digits.length && mention.digits !== mention.value) evidence = 'padded';
      else if (key.value.length >= 2) evidence = 'bare';
    } else if (
      mention.keyed &&
      key.digits.length >= 3 &&
      ((mention.digits.length === key.digits.length && nearDigits(mention.digits, key.digits)) ||
        (key.value.length >= 3 && mention.value.length === key.value.length && nearDigits(mention.value, key.value)))
    ) {
      evidence = 'near';
    }
    if (evidence && (best === null || rank[evidence] > rank[best])) best = evidence;
  }
  return best;
}

/** One digit wrong or two neighbours swapped. */
function nearDigits(a: string, b: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
