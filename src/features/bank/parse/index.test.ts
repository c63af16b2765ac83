import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, lineFingerprint, MAX_STATEMENT_BYTES, type ParsedLine, parseStatement, StatementError } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function errorOf(run: () => unknown): StatementError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StatementError);
    return error as StatementError;
  }
  throw new Error('expected a StatementError');
}

describe('detectFormat', () => {
  it('follows the content type, parameters ignored', () => {
    expect(detectFormat('text/csv', utf8('<OFX>'))).toBe('csv');
    expect(detectFormat('text/csv; charset=ISO-8859-1', utf8('a;b'))).toBe('csv');
    expect(detectFormat('application/x-ofx', utf8('Date,Amount'))).toBe('ofx');
    expect(detectFormat('application/vnd.intu.qfx', fixture('ofx102-bank.ofx'))).toBe('ofx');
  });

  it('tells OFX 2 from CAMT.053 inside an XML content type', () => {
    expect(detectFormat('application/xml', fixture('camt053-001-02.xml'))).toBe('camt053');
    expect(detectFormat('text/xml', fixture('camt053-001-08.xml'))).toBe('camt053');
    expect(detectFormat('application/xml', fixture('ofx220-creditcard.qfx'))).toBe('ofx');
  });

  it('sniffs the start when the type is generic or missing', () => {
    for (const type of ['', 'application/octet-stream', 'text/plain']) {
      expect(detectFormat(type, fixture('ofx102-bank.ofx'))).toBe('ofx');
      expect(detectFormat(type, fixture('ofx220-creditcard.qfx'))).toBe('ofx');
      expect(detectFormat(type, fixture('camt053-001-02.xml'))).toBe('camt053');
      expect(detectFormat(type, fixture('sparkasse-latin1.csv'))).toBe('csv');
      expect(detectFormat(type, fixture('utf16le-bom.csv'))).toBe('csv');
    }
    expect(detectFormat('', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('  <?xml version="1.0"?><Document/>')]))).toBe('camt053');
  });

  it('refuses a content type that is no statement', () => {
    expect(errorOf(() => detectFormat('application/json', utf8('{}'))).message).toBe(
      'Content-Type application/json is not a bank statement: send text/csv, application/x-ofx or application/xml (CAMT.053)',
    );
  });
});

describe('parseStatement', () => {
  it('refuses a file above MAX_STATEMENT_BYTES before reading it, and an empty file', () => {
    expect(MAX_STATEMENT_BYTES).toBe(5 * 1024 * 1024);
    const big = new Uint8Array(MAX_STATEMENT_BYTES + 1).fill(0x41);
    expect(errorOf(() => parseStatement(big, 'csv')).message).toBe('the file is larger than 5 MB; export a shorter period');
    expect(errorOf(() => parseStatement(new Uint8Array(), 'csv')).message).toBe('the file is empty');
  });

  it('names spreadsheets and PDFs for what they are', () => {
    expect(errorOf(() => parseStatement(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'csv')).message).toMatch(
      /^the file is a spreadsheet or archive \(XLSX\/ZIP\)/,
    );
    expect(errorOf(() => parseStatement(utf8('%PDF-1.7\n'), 'csv')).message).toMatch(/^the file is a PDF/);
  });

  it('gives every line a non-empty description and a position within its day', () => {
    for (const name of [
      'sparkasse-latin1.csv',
      'uk-paid-in-out.csv',
      'us-debit-credit.csv',
      'utf16le-bom.csv',
      'ofx102-bank.ofx',
      'ofx220-creditcard.qfx',
      'camt053-001-02.xml',
      'camt053-001-08.xml',
    ]) {
      const bytes = fixture(name);
      const { lines } = parseStatement(bytes, detectFormat('', bytes));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.description.length).toBeGreaterThan(0);
        expect(line.amount).toMatch(/^-?\d+\.\d{2}$/);
        expect(line.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const seen = new Map<string, number>();
      for (const line of lines) {
        expect(line.position).toBe(seen.get(line.date) ?? 0);
        seen.set(line.date, line.position + 1);
      }
    }
  });
});

describe('lineFingerprint', () => {
  const november =
    'Date,Amount,Description\n2026-11-29,-3.20,Coffee\n2026-11-30,-3.20,Coffee\n2026-11-30,-3.20,Coffee\n2026-11-30,100.00,Invoice 7\n';
  const overlapping =
    'Date,Amount,Description\n2026-11-30,-3.20,COFFEE \n2026-11-30,-3.20,coffee\n2026-11-30,100.00,Invoice  7\n2026-12-01,-9.00,Lunch\n';
  const account = '4b1c2a62-5d36-4a8e-9a52-8f1f6f3f0a11';
  const keys = (text: string) => parseStatement(utf8(text), 'csv').lines.map((l) => lineFingerprint(account, l));

  it('is a SHA-256 hex that is the same for the same line in a later, overlapping file', () => {
    const first = keys(november);
    const second = keys(overlapping);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(second.slice(0, 3)).toEqual(first.slice(1, 4));
    expect(first).not.toContain(second[3]);
  });

  it('tells two identical coffees on one day apart by their position', () => {
    const [, a, b] = keys(november);
    expect(a).not.toBe(b);
  });

  it('differs by account, date, amount and description', () => {
    const line: ParsedLine = {
      date: '2026-11-30',
      amount: '-3.20',
      currency: null,
      description: 'Coffee',
      counterparty: null,
      reference: null,
      bank_id: null,
      position: 0,
      source_line: 2,
    };
    const base = lineFingerprint(account, line);
    expect(lineFingerprint(account, { ...line, source_line: 9, counterparty: 'x' })).toBe(base);
    expect(lineFingerprint('another', line)).not.toBe(base);
    expect(lineFingerprint(account, { ...line, date: '2026-11-29' })).not.toBe(base);
    expect(lineFingerprint(account, { ...line, amount: '-3.21' })).not.toBe(base);
    expect(lineFingerprint(account, { ...line, description: 'Tea' })).not.toBe(base);
    expect(lineFingerprint(account, { ...line, description: 'Café' })).toBe(lineFingerprint(account, { ...line, description: 'cafe' }));
  });
});
