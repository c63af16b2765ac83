import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMoney } from '@/lib/money';
import { parseStatement, StatementError } from './index';
import { MAX_XML_DEPTH, MAX_XML_ELEMENTS } from './xml';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', name)));
const camt = (text: string) => parseStatement(new TextEncoder().encode(text), 'camt053');

function errorOf(run: () => unknown): StatementError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StatementError);
    return error as StatementError;
  }
  throw new Error('expected a StatementError');
}

/** A minimal .001.08 statement around the given entries and balances. */
const statement = (entries: string, balances = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>` +
  `<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>${balances}${entries}</Stmt></BkToCstmrStmt></Document>`;
const entry = (amount: string, indicator: string, extra = '') =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd>${extra}<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-10</Dt></BookgDt></Ntry>`;
const balance = (code: string, amount: string, indicator = 'CRDT') =>
  `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd><Dt><Dt>2026-11-30</Dt></Dt></Bal>`;

describe('CAMT.053', () => {
  it('reads a .001.02 statement: entries, a salary batch split per transaction, a returned direct debit, structured references; pending skipped', () => {
    const parsed = parseStatement(fixture('camt053-001-02.xml'), 'camt053');
    expect(parsed.format).toBe('camt053');
    expect(parsed.account).toEqual({ iban: 'DE89370400440532013000', currency: 'EUR' });
    expect(parsed.lines.map((l) => [l.date, l.amount, l.counterparty, l.bank_id, l.position, l.source_line])).toEqual([
      ['2026-11-02', '1190.00', 'Müller & Söhne GmbH', '2026110200001', 0, 1],
      ['2026-11-05', '-1500.00', 'Anna Schmidt', '2026110500002/1', 0, 2],
      ['2026-11-05', '-750.00', 'Ben Weber', '2026110500002/2', 1, 2],
      ['2026-11-06', '-89.90', 'Stadtwerke Köln', '2026110600003', 0, 3],
      ['2026-11-10', '89.90', 'Stadtwerke Köln', '2026111000004', 0, 4],
      ['2026-11-13', '400.00', 'J. Smith', 'TX-77812', 0, 5],
    ]);
    const [incoming, salary, , , returned, partial] = parsed.lines;
    expect(incoming).toMatchObject({ description: 'GUTSCHR. UEBERWEISUNG', reference: 'Rechnung INV-0042 vielen Dank', currency: 'EUR' });
    expect(salary).toMatchObject({ description: 'Gehalt 11/2026', reference: 'Gehalt 11/2026' });
    expect(returned).toMatchObject({ description: 'RUECKLASTSCHRIFT', reference: 'E2E-STW-112026' });
    expect(partial).toMatchObject({ description: 'INV-0108 part', reference: 'RF18539007547034 INV-0108 part' });
    // the lines add up to the statement's balances (1000.00 → 340.00)
    expect(addMoney('1000.00', ...parsed.lines.map((l) => l.amount))).toBe('340.00');
  });

  it('reads a .001.08 statement with a namespace prefix: a batch with amounts per transaction, one without, a reversal, two identical coffees', () => {
    const parsed = parseStatement(fixture('camt053-001-08.xml'), 'camt053');
    expect(parsed.account).toEqual({ iban: 'CH9300762011623852957', currency: 'CHF' });
    expect(parsed.lines.map((l) => [l.date, l.amount, l.counterparty, l.reference, l.bank_id, l.position])).toEqual([
      ['2026-11-02', '2400.00', 'Globex GmbH', 'INV-1042', 'A-1', 0],
      ['2026-11-09', '100.00', 'Alpha AG', 'INV-2001', 'A-2/1', 0],
      ['2026-11-09', '150.00', 'Beta Sarl', 'INV-2002', 'A-2/2', 1],
      ['2026-11-09', '50.00', 'Gamma GmbH', 'INV-2003', 'A-2/3', 2],
      ['2026-11-15', '-75.00', null, null, 'A-3', 0],
      ['2026-11-20', '-2400.00', null, null, 'A-4', 0],
      ['2026-11-24', '-3.20', null, null, null, 0],
      ['2026-11-24', '-3.20', null, null, null, 1],
    ]);
    expect(parsed.lines[4]!.description).toBe('SAMMLER KARTENGEBUEHREN');
    expect(parsed.lines[3]!.description).toBe('Gamma GmbH');
  });

  it('keeps a reversal signed by its CdtDbtInd (ISO 20022), and turns it round only when the balances say the bank meant the original direction', () => {
    const reversal = entry('20.00', 'CRDT', '<RvslInd>true</RvslInd>');
    const entries = entry('100.00', 'CRDT') + reversal;
    expect(camt(statement(entries)).lines.map((l) => l.amount)).toEqual(['100.00', '20.00']);
    expect(camt(statement(entries, balance('OPBD', '0.00') + balance('CLBD', '120.00'))).lines.map((l) => l.amount)).toEqual([
      '100.00',
      '20.00',
    ]);
    expect(camt(statement(entries, balance('OPBD', '0.00') + balance('CLBD', '80.00'))).lines.map((l) => l.amount)).toEqual([
      '100.00',
      '-20.00',
    ]);
    // neither reading reaches the closing balance: the standard one stands
    expect(camt(statement(entries, balance('OPBD', '0.00') + balance('CLBD', '5.00', 'DBIT'))).lines.map((l) => l.amount)).toEqual([
      '100.00',
      '20.00',
    ]);
  });

  it('takes the booking date from DtTm, and the value date when there is no booking date', () => {
    const withTime = entry('1.00', 'CRDT').replace('<Dt>2026-11-10</Dt>', '<DtTm>2026-11-03T23:30:00+01:00</DtTm>');
    const valueOnly = '<Ntry><Amt Ccy="EUR">2.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><ValDt><Dt>2026-11-04</Dt></ValDt></Ntry>';
    expect(camt(statement(withTime + valueOnly)).lines.map((l) => [l.date, l.amount])).toEqual([
      ['2026-11-03', '1.00'],
      ['2026-11-04', '-2.00'],
    ]);
  });

  it('keeps a batch as one line when its transactions do not add up to the entry', () => {
    const batch = entry(
      '30.00',
      'CRDT',
      '<NtryDtls><TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls><TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls></NtryDtls><AddtlNtryInf>SAMMLER</AddtlNtryInf>',
    );
    expect(camt(statement(batch)).lines.map((l) => [l.amount, l.description])).toEqual([['30.00', 'SAMMLER']]);
  });

  it('names the entry and element at fault', () => {
    expect(errorOf(() => camt(statement(entry('1.00', 'CRDT') + entry('12,50', 'CRDT')))).message).toBe(
      "line 1, entry 2, element Amt: amount '12,50' is not a number",
    );
    expect(errorOf(() => camt(statement(entry('1.005', 'CRDT')))).message).toBe(
      "line 1, entry 1, element Amt: amount '1.005' must have at most 2 decimal places",
    );
    expect(errorOf(() => camt(statement(entry('1.00', 'UP')))).message).toBe(
      "line 1, entry 1, element CdtDbtInd: 'UP' is neither CRDT nor DBIT",
    );
    expect(errorOf(() => camt(statement(entry('1.00', 'CRDT').replace('2026-11-10', '2026-02-30')))).message).toBe(
      "line 1, entry 1, element BookgDt: '2026-02-30' is not a date",
    );
    const error = errorOf(() => camt(statement(`${entry('1.00', 'CRDT')}\n\n<Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>`)));
    expect(error.message).toBe('line 3, entry 2, element BookgDt: the entry has no booking date');
    expect(error.at).toEqual({ line: 3, element: 'BookgDt' });
  });

  it('refuses a truncated file with the element left open, and CAMT.052/054 or other XML for what they are', () => {
    const fixtureError = errorOf(() =>
      parseStatement(
        new TextEncoder().encode(readFileSync(path.join(__dirname, 'fixtures', 'camt053-001-08.xml'), 'utf8').replace('>3.20<', '>3,20<')),
        'camt053',
      ),
    );
    expect(fixtureError.message).toBe("line 98, entry 5, element Amt: amount '3,20' is not a number");
    const truncated = errorOf(() => parseStatement(fixture('camt053-truncated.xml'), 'camt053'));
    expect(truncated.message).toBe('line 83, element Ntry: the file ends before Ntry is closed (is it truncated?)');
    expect(truncated.at).toEqual({ line: 83, element: 'Ntry' });
    expect(errorOf(() => camt('<Document><BkToCstmrAcctRpt><Rpt/></BkToCstmrAcctRpt></Document>')).message).toBe(
      'element BkToCstmrAcctRpt: this is a CAMT.052/054 report, not a CAMT.053 statement; export the account statement (camt.053)',
    );
    expect(errorOf(() => camt('<invoice><total>1</total></invoice>')).message).toBe(
      'element invoice: this is not a CAMT.053 statement (no BkToCstmrStmt)',
    );
    expect(errorOf(() => camt('<Document><BkToCstmrStmt><Stmt></BkToCstmrStmt></Document>')).message).toMatch(
      /^line 1: the XML is malformed: /,
    );
  });

  it('refuses statements of two accounts in one file', () => {
    const two = statement(entry('1.00', 'CRDT')).replace(
      '</BkToCstmrStmt>',
      '<Stmt><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id></Acct></Stmt></BkToCstmrStmt>',
    );
    expect(errorOf(() => camt(two)).message).toBe('element Acct: the file holds statements of 2 accounts; export one account per file');
  });

  it('reads an ISO-8859-1 file as its XML declaration says', () => {
    const text = statement(entry('1.00', 'CRDT', '<AddtlNtryInf>Überweisung Müller</AddtlNtryInf>')).replace('UTF-8', 'ISO-8859-1');
    expect(parseStatement(new Uint8Array(Buffer.from(text, 'latin1')), 'camt053').lines[0]!.description).toBe('Überweisung Müller');
  });
});

describe('XML hardening', () => {
  it('refuses an external entity (XXE) before parsing', () => {
    const error = errorOf(() => parseStatement(fixture('xxe.xml'), 'camt053'));
    expect(error.message).toBe('line 2, element DOCTYPE: entity declarations are not allowed');
    expect(error.at).toEqual({ line: 2, element: 'DOCTYPE' });
  });

  it('refuses a billion-laughs file quickly', () => {
    const started = performance.now();
    const error = errorOf(() => parseStatement(fixture('billion-laughs.xml'), 'camt053'));
    expect(error.message).toBe('line 2, element DOCTYPE: entity declarations are not allowed');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an ENTITY declaration even without a DOCTYPE, and leaves undeclared entities as text', () => {
    expect(errorOf(() => camt('<!ENTITY x "y"><Document/>')).message).toBe('line 1, element ENTITY: entity declarations are not allowed');
    const text = statement(entry('1.00', 'CRDT', '<AddtlNtryInf>A &amp; B &lt;C&gt; &#228; &nbsp;</AddtlNtryInf>'));
    expect(camt(text).lines[0]!.description).toBe('A & B <C> ä &nbsp;');
  });

  it('bounds nesting depth and element count', () => {
    const deep = `<Document>${'<a>'.repeat(MAX_XML_DEPTH + 5)}${'</a>'.repeat(MAX_XML_DEPTH + 5)}</Document>`;
    expect(errorOf(() => camt(deep)).message).toBe(`the XML nests deeper than ${MAX_XML_DEPTH} elements`);
    const many = `<Document>${'<a/>'.repeat(MAX_XML_ELEMENTS + 1)}</Document>`;
    expect(errorOf(() => camt(many)).message).toBe(`the XML has more than ${MAX_XML_ELEMENTS} elements`);
  });
});

describe('CAMT.053 in an envelope', () => {
  it('finds the statement inside a business message envelope', () => {
    const wrapped = statement(entry('1.00', 'CRDT'))
      .replace('<Document', '<BizMsg><AppHdr><MsgDefIdr>camt.053.001.08</MsgDefIdr></AppHdr><Document')
      .replace('</Document>', '</Document></BizMsg>');
    expect(camt(wrapped).lines.map((l) => l.amount)).toEqual(['1.00']);
  });
});

describe('CAMT.053 quirks', () => {
  it('reads a file whose XML declaration comes after blank lines, keeping line numbers', () => {
    const text = `\n\n${statement(entry('1.00', 'CRDT'))}`;
    expect(camt(text).lines.map((l) => l.amount)).toEqual(['1.00']);
    expect(errorOf(() => camt(`\n\n${statement(entry('x', 'CRDT'))}`)).message).toBe(
      "line 3, entry 1, element Amt: amount 'x' is not a number",
    );
  });
});
