import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement, StatementError } from './index';
import { readOfxAmount, readOfxDate, sgmlToXml } from './ofx';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', name)));
const ofx = (text: string) => parseStatement(new TextEncoder().encode(text), 'ofx');

function errorOf(run: () => unknown): StatementError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StatementError);
    return error as StatementError;
  }
  throw new Error('expected a StatementError');
}

const HEADER =
  'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n';
const sgml = (transactions: string) =>
  `${HEADER}<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM>` +
  `<BANKTRANLIST><DTSTART>20261101<DTEND>20261130\n${transactions}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n`;

describe('OFX 1.x SGML', () => {
  it('reads a 1.02 bank statement: unclosed leaves, closed leaves, entities, CHARSET 1252, the account and its currency', () => {
    const statement = parseStatement(fixture('ofx102-bank.ofx'), 'ofx');
    expect(statement.format).toBe('ofx');
    expect(statement.mapping).toBeNull();
    expect(statement.account).toEqual({ number: '0012345678', currency: 'USD' });
    expect(statement.lines).toEqual([
      {
        date: '2026-11-02',
        amount: '2400.00',
        currency: 'USD',
        description: 'INV-1042 THANK YOU',
        counterparty: 'GLOBEX CORPORATION',
        reference: null,
        bank_id: '2026110201',
        position: 0,
        source_line: 39,
      },
      {
        date: '2026-11-03',
        amount: '-150.00',
        currency: 'USD',
        description: 'Check 1187',
        counterparty: 'Check 1187',
        reference: '1187',
        bank_id: '2026110301',
        position: 0,
        source_line: 47,
      },
      {
        date: '2026-11-13',
        amount: '-89.99',
        currency: 'USD',
        description: 'Bill payment',
        counterparty: 'COMCAST CABLE & INTERNET',
        reference: null,
        bank_id: '2026111301',
        position: 0,
        source_line: 56,
      },
      {
        date: '2026-11-20',
        amount: '1000.50',
        currency: 'USD',
        description: 'Partial payment',
        counterparty: 'Café Initech',
        reference: 'INV-1043',
        bank_id: '2026112001',
        position: 0,
        source_line: 64,
      },
    ]);
  });

  it('closes leaves itself, skips end tags a bank did write, and closes elements left open inside an aggregate', () => {
    const text = '<OFX><A><B>1<C>two &amp; three</C><D></A></OFX>';
    expect(sgmlToXml(text, 0)).toBe('<OFX><A><B>1</B><C>two &amp; three</C><D></D></A></OFX>');
    expect(sgmlToXml('<OFX><NAME>Bits & Bobs <Ltd></OFX>', 0)).toContain('<NAME>Bits &amp; Bobs</NAME>');
  });

  it('keeps the value of an element written empty (a known leaf) instead of swallowing what follows', () => {
    const statement = ofx(sgml('<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261105<TRNAMT>-5.00<MEMO><FITID>F-1<NAME>Shop</STMTTRN>'));
    expect(statement.lines[0]).toMatchObject({ bank_id: 'F-1', counterparty: 'Shop', description: 'Shop', amount: '-5.00' });
  });

  it('reads a decimal comma and a plus sign in TRNAMT, and every DTPOSTED form', () => {
    expect(readOfxAmount('-12,50')).toEqual({ ok: true, value: '-12.50' });
    expect(readOfxAmount('+7.5')).toEqual({ ok: true, value: '7.50' });
    expect(readOfxAmount('.5')).toEqual({ ok: true, value: '0.50' });
    expect(readOfxAmount('1.234,56')).toEqual({ ok: false, reason: 'is not a number' });
    expect(readOfxAmount('1.005')).toEqual({ ok: false, reason: 'must have at most 2 decimal places' });
    expect(readOfxDate('20261102')).toBe('2026-11-02');
    expect(readOfxDate('202611021200')).toBe('2026-11-02');
    expect(readOfxDate('20261102120000.000[-5:EST]')).toBe('2026-11-02');
    expect(readOfxDate('20261102120000[+1]')).toBe('2026-11-02');
    expect(readOfxDate('20260230')).toBeNull();
    expect(readOfxDate('2026-11-02')).toBeNull();
  });

  it('names the line and element at fault', () => {
    const badAmount = errorOf(() => ofx(sgml('<STMTTRN><DTPOSTED>20261105<TRNAMT>twelve<FITID>1</STMTTRN>')));
    expect(badAmount.message).toBe("line 12, element TRNAMT: amount 'twelve' is not a number");
    expect(badAmount.at).toEqual({ line: 12, element: 'TRNAMT' });
    const noDate = errorOf(() => ofx(sgml('<STMTTRN><TRNAMT>1.00<FITID>1</STMTTRN>')));
    expect(noDate.message).toBe('line 12, element STMTTRN: the transaction has no DTPOSTED');
    const badDate = errorOf(() => ofx(sgml('<STMTTRN><DTPOSTED>20261332<TRNAMT>1.00</STMTTRN>')));
    expect(badDate.message).toBe("line 12, element DTPOSTED: '20261332' is not a date");
    const stray = errorOf(() => ofx(sgml('<STMTTRN><DTPOSTED>20261101<TRNAMT>1.00</STMTTRN></BANKTRANLISTX>')));
    expect(stray.message).toBe('line 12, element BANKTRANLISTX: </BANKTRANLISTX> closes nothing');
  });

  it('refuses a truncated file, a file without statements, and a bank error', () => {
    const truncated = `${HEADER}<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>\n<STMTTRN><DTPOSTED>20261101<TRNAMT>1.00\n`;
    expect(errorOf(() => ofx(truncated)).message).toBe(
      'line 13, element STMTTRN: the file ends before STMTTRN is closed (is it truncated?)',
    );
    expect(errorOf(() => ofx(`${HEADER}<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</STATUS></SONRS></SIGNONMSGSRSV1></OFX>`)).message).toBe(
      'element OFX: the file holds no bank or credit card statement (STMTRS or CCSTMTRS)',
    );
    const failed = `${HEADER}<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>Account closed</STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    expect(errorOf(() => ofx(failed)).message).toBe('element STATUS: the bank reported an error (2000 Account closed)');
    expect(errorOf(() => ofx('OFXHEADER:100\n\nno tags here')).message).toBe('element OFX: the file has no <OFX> element');
  });

  it('refuses a file with statements of two accounts', () => {
    const two = sgml('').replace(
      '</STMTTRNRS>',
      '</STMTTRNRS><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>43</BANKACCTFROM><BANKTRANLIST></BANKTRANLIST></STMTRS></STMTTRNRS>',
    );
    expect(errorOf(() => ofx(two)).message).toBe('element ACCTID: the file holds statements of 2 accounts; export one account per file');
  });

  it('reads UTF-8 declared in the header, and UTF-8 sent under a CHARSET:1252 header', () => {
    const text = sgml('<STMTTRN><DTPOSTED>20261105<TRNAMT>-5.00<FITID>1<NAME>Bäckerei Müller</STMTTRN>');
    expect(ofx(text.replace('ENCODING:USASCII', 'ENCODING:UTF-8')).lines[0]!.counterparty).toBe('Bäckerei Müller');
    expect(ofx(text).lines[0]!.counterparty).toBe('Bäckerei Müller');
  });

  it('makes an id that repeats inside one file no id (the fingerprint keys those lines)', () => {
    const statement = ofx(
      sgml(
        '<STMTTRN><DTPOSTED>20261105<TRNAMT>-5.00<FITID>0<NAME>A</STMTTRN><STMTTRN><DTPOSTED>20261105<TRNAMT>-6.00<FITID>0<NAME>B</STMTTRN>' +
          '<STMTTRN><DTPOSTED>20261105<TRNAMT>-7.00<FITID>X9<NAME>C</STMTTRN>',
      ),
    );
    expect(statement.lines.map((l) => [l.bank_id, l.position])).toEqual([
      [null, 0],
      [null, 1],
      ['X9', 2],
    ]);
  });
});

describe('OFX 2.x XML', () => {
  it('reads a 2.2 credit card statement: charges negative, payments positive, PAYEE aggregate, entities and character references', () => {
    const statement = parseStatement(fixture('ofx220-creditcard.qfx'), 'ofx');
    expect(statement.account).toEqual({ number: '4111111111111111', currency: 'EUR' });
    expect(statement.lines.map((l) => [l.date, l.amount, l.counterparty, l.description, l.bank_id, l.source_line])).toEqual([
      ['2026-11-04', '-129.00', 'Adobe Systems', 'Creative Cloud <annual>', 'CC-20261104-0001', 22],
      ['2026-11-09', '-42.17', 'Lufthansa', 'Lufthansa', 'CC-20261109-0002', 31],
      ['2026-11-25', '500.00', 'PAYMENT THANK YOU', 'PAYMENT THANK YOU', 'CC-20261125-0003', 39],
    ]);
    expect(statement.lines.every((l) => l.currency === 'EUR')).toBe(true);
  });

  it('refuses a DOCTYPE in an OFX 2 file', () => {
    const text = readFileSync(path.join(__dirname, 'fixtures', 'ofx220-creditcard.qfx'), 'utf8').replace(
      '<OFX>',
      '<!DOCTYPE OFX [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<OFX>',
    );
    expect(errorOf(() => ofx(text)).message).toBe('line 3, element DOCTYPE: entity declarations are not allowed');
  });
});

describe('OFX 2.x written carelessly', () => {
  it('reads an OFX 2 file with a bare ampersand and unclosed leaves the 1.x way', () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?>\n<?OFX OFXHEADER="200" VERSION="211"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP</CURDEF>' +
      '<BANKACCTFROM><ACCTID>12345678</ACCTID></BANKACCTFROM><BANKTRANLIST>\n<STMTTRN><DTPOSTED>20261102<TRNAMT>-9.99<FITID>A1<NAME>M&S Food</STMTTRN>' +
      '</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    expect(ofx(text).lines[0]).toMatchObject({
      date: '2026-11-02',
      amount: '-9.99',
      counterparty: 'M&S Food',
      bank_id: 'A1',
      source_line: 4,
    });
  });

  it('refuses an OFX 2 file that is malformed either way with the XML error and its line', () => {
    const text = '<?xml version="1.0"?>\n<OFX><BANKMSGSRSV1></STMTRS></BANKMSGSRSV1></OFX>';
    expect(errorOf(() => ofx(text)).message).toMatch(/^line 2: the XML is malformed: /);
  });
});
