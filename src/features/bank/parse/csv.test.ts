// Over 400 lines on purpose: one short case per bank dialect and per quirk of the CSV reader, each with its own data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CsvMapping, parseStatement, StatementError } from './index';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, options?: { mapping?: Partial<CsvMapping>; savedMapping?: CsvMapping | null }) =>
  parseStatement(utf8(text), 'csv', options);
const amounts = (text: string, options?: { mapping?: Partial<CsvMapping> }) => csv(text, options).lines.map((l) => l.amount);

function errorOf(run: () => unknown): StatementError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StatementError);
    return error as StatementError;
  }
  throw new Error('expected a StatementError');
}

describe('CSV fixtures', () => {
  it('reads a German savings bank export: Latin-1, semicolons, decimal comma, account lines above the header, a balance line below', () => {
    const statement = parseStatement(fixture('sparkasse-latin1.csv'), 'csv');
    expect(statement.mapping).toEqual({
      date: 'Buchungstag',
      amount: 'Betrag',
      description: 'Verwendungszweck',
      counterparty: 'Beguenstigter/Zahlungspflichtiger',
      reference: 'Kundenreferenz (End-to-End)',
      date_format: 'dd.mm.yyyy',
      decimal: ',',
      delimiter: ';',
    });
    expect(statement.lines.map((l) => [l.date, l.amount, l.counterparty, l.position, l.source_line])).toEqual([
      ['2026-11-02', '1190.00', 'Müller & Söhne GmbH', 0, 6],
      ['2026-11-03', '-89.90', 'Stadtwerke Köln', 0, 7],
      ['2026-11-03', '-3.20', 'Café Bäckerei', 1, 8],
      ['2026-11-03', '-3.20', 'Café Bäckerei', 2, 9],
      ['2026-11-16', '12500.00', 'Schmidt, Anna', 0, 10],
      ['2026-11-30', '-7.95', null, 0, 11],
    ]);
    const first = statement.lines[0]!;
    expect(first.description).toBe('Rechnung INV-0042 Danke');
    expect(first.reference).toBeNull(); // NOTPROVIDED is no reference
    expect(first.currency).toBe('EUR');
    expect(first.bank_id).toBeNull();
    expect(statement.lines[1]!.reference).toBe('E2E-STW-112026');
  });

  it('reads a UK export with paid out / paid in columns, pound signs and a closing balance row', () => {
    const statement = parseStatement(fixture('uk-paid-in-out.csv'), 'csv');
    expect(statement.mapping).toMatchObject({
      date: 'Date',
      debit: 'Paid out',
      credit: 'Paid in',
      date_format: 'dd/mm/yyyy',
      decimal: '.',
    });
    expect(statement.lines.map((l) => [l.date, l.amount, l.description])).toEqual([
      ['2026-11-01', '1250.00', 'ACME LTD INV-0107'],
      ['2026-11-02', '-64.20', 'BRITISH GAS'],
      ['2026-11-13', '400.00', 'J SMITH REF INV0108 PART'],
      ['2026-11-14', '-4.35', 'PRET A MANGER'],
    ]);
  });

  it('reads a US export: month-first dates (a day above 12 decides), debit in parentheses or with a trailing minus, check numbers', () => {
    const statement = parseStatement(fixture('us-debit-credit.csv'), 'csv');
    expect(statement.mapping).toMatchObject({
      date: 'Posting Date',
      debit: 'Debit',
      credit: 'Credit',
      reference: 'Check Number',
      date_format: 'mm/dd/yyyy',
    });
    expect(statement.lines.map((l) => [l.date, l.amount, l.reference, l.position])).toEqual([
      ['2026-11-02', '2400.00', null, 0],
      ['2026-11-03', '-150.00', '1187', 0],
      ['2026-11-13', '-89.99', null, 0],
      ['2026-11-13', '-89.99', null, 1],
      ['2026-11-20', '1000.50', null, 0],
    ]);
  });

  it('reads UTF-16LE with a byte order mark, tab separated, with a U+2212 minus and space-grouped thousands', () => {
    const statement = parseStatement(fixture('utf16le-bom.csv'), 'csv');
    expect(statement.mapping).toMatchObject({
      date: 'Buchungsdatum',
      amount: 'Betrag (€)',
      counterparty: 'Empfänger',
      delimiter: '\t',
      decimal: ',',
    });
    expect(statement.lines.map((l) => [l.date, l.amount, l.counterparty])).toEqual([
      ['2026-11-05', '1234.56', 'Müller GmbH'],
      ['2026-11-06', '-45.00', 'Öko Strom AG'],
    ]);
  });

  it('refuses a bad amount with its line and imports nothing', () => {
    const error = errorOf(() => parseStatement(fixture('bad-amount.csv'), 'csv'));
    expect(error.message).toBe("line 4: amount '12,3,4' is not a number");
    expect(error.at).toEqual({ line: 4 });
  });
});

describe('CSV amounts', () => {
  it('reads negatives written as -x, x-, (x), −x and with currency signs or codes on either side', () => {
    expect(
      amounts(
        'Date,Amount\n2026-11-01,-12.50\n2026-11-01,12.50-\n2026-11-01,(12.50)\n2026-11-01,−12.50\n2026-11-01,€ 12.50\n2026-11-01,12.50 USD\n2026-11-01,-$1\n',
      ),
    ).toEqual(['-12.50', '-12.50', '-12.50', '-12.50', '12.50', '12.50', '-1.00']);
  });

  it('tells the decimal mark from the column: 1.234,56 and 1,234.56 and 1 234,56 and 1\u2019234.56', () => {
    expect(amounts('Datum;Betrag\n01.11.2026;1.234,56\n02.11.2026;-7,5\n')).toEqual(['1234.56', '-7.50']);
    expect(amounts('Date,Amount\n2026-11-01,"1,234.56"\n2026-11-02,"2,000"\n')).toEqual(['1234.56', '2000.00']);
    expect(amounts('Datum;Betrag\n01.11.2026;1 234,56\n')).toEqual(['1234.56']);
    expect(amounts("Date;Amount\n2026-11-01;1'234.56\n2026-11-02;3.10\n")).toEqual(['1234.56', '3.10']);
  });

  it('reads "1,000" as a thousand in a comma file and as a decimal comma only when the column shows it', () => {
    expect(amounts('Date,Amount\n2026-11-01,"1,000"\n')).toEqual(['1000.00']);
    expect(amounts('Datum;Betrag\n01.11.2026;1,000\n')).toEqual(['1.00']);
    expect(amounts('Datum;Betrag\n01.11.2026;1.000\n02.11.2026;5,25\n')).toEqual(['1000.00', '5.25']);
  });

  it('uses the decimal parameter over detection', () => {
    expect(amounts('Date,Amount\n2026-11-01,"1,500"\n', { mapping: { decimal: ',' } })).toEqual(['1.50']);
  });

  it('signs amounts from an S/H or DR/CR column, or from a mark after the number', () => {
    expect(amounts('Buchungstag;Umsatz;Soll/Haben\n01.11.2026;12,50;S\n02.11.2026;100,00;H\n')).toEqual(['-12.50', '100.00']);
    expect(amounts('Date,Amount,DR/CR\n2026-11-01,12.50,DR\n2026-11-02,-100.00,CR\n')).toEqual(['-12.50', '100.00']);
    expect(amounts('Date,Amount\n2026-11-01,12.50 DR\n2026-11-02,100.00 CR\n')).toEqual(['-12.50', '100.00']);
    expect(amounts('Buchungstag;Betrag\n01.11.2026;12,50 S\n02.11.2026;3,00 H\n')).toEqual(['-12.50', '3.00']);
    expect(errorOf(() => csv('Date,Amount,DR/CR\n2026-11-01,12.50,X\n')).message).toBe(
      "line 2: debit/credit mark 'X' is neither S/H nor DR/CR",
    );
  });

  it('makes debit columns negative whether the bank signs them or not, and adds a credit on the same row', () => {
    expect(amounts('Date,Withdrawal,Deposit\n2026-11-01,-20.00,\n2026-11-02,20.00,\n2026-11-03,,5.00\n2026-11-04,1.00,3.00\n')).toEqual([
      '-20.00',
      '-20.00',
      '5.00',
      '2.00',
    ]);
    expect(errorOf(() => csv('Date,Debit,Credit\n2026-11-01,,\n')).message).toBe('line 2: both the debit and the credit column are empty');
  });

  it('refuses more than two decimals, absurd sizes and empty amounts with the line', () => {
    expect(errorOf(() => csv('Date,Amount\n2026-11-01,1.00\n2026-11-02,12.345\n')).message).toBe(
      "line 3: amount '12.345' has more than two decimals",
    );
    expect(errorOf(() => csv('Date,Amount\n2026-11-01,99999999999999.00\n')).message).toMatch(
      /^line 2: amount '99999999999999\.00' is too large/,
    );
    expect(errorOf(() => csv('Date,Amount,Description\n2026-11-01,,coffee\n')).message).toBe('line 2: the amount is empty');
  });
});

describe('CSV dates', () => {
  const dates = (text: string, options?: { mapping?: Partial<CsvMapping> }) => csv(text, options).lines.map((l) => l.date);

  it('reads ISO, German, two-digit years, month names in English and German, and ignores a time after the date', () => {
    expect(dates('Date,Amount\n2026-11-01,1\n')).toEqual(['2026-11-01']);
    expect(dates('Buchungstag;Betrag\n1.11.26;1\n')).toEqual(['2026-11-01']);
    expect(dates('Date,Amount\n3 Nov 2026,1\n14 December 2026,2\n')).toEqual(['2026-11-03', '2026-12-14']);
    expect(dates('Datum;Betrag\n3. Mär 2026;1\n4. Okt. 2026;2\n5. Dezember 2026;3\n')).toEqual(['2026-03-03', '2026-10-04', '2026-12-05']);
    expect(dates('Date,Amount\n03-Nov-2026,1\n')).toEqual(['2026-11-03']);
    expect(dates('Date,Amount\n"Nov 3, 2026",1\n')).toEqual(['2026-11-03']);
    expect(dates('Date,Amount\n2026-11-03 14:22:05,1\n2026-11-04T08:00:00Z,2\n')).toEqual(['2026-11-03', '2026-11-04']);
  });

  it('resolves day/month order from any value above 12, and reads an ambiguous column day first', () => {
    expect(dates('Date,Amount\n11/02/2026,1\n11/13/2026,1\n')).toEqual(['2026-11-02', '2026-11-13']);
    expect(dates('Date,Amount\n02/11/2026,1\n13/11/2026,1\n')).toEqual(['2026-11-02', '2026-11-13']);
    const ambiguous = csv('Date,Amount\n02/11/2026,1\n03/11/2026,1\n');
    expect(ambiguous.lines.map((l) => l.date)).toEqual(['2026-11-02', '2026-11-03']);
    expect(ambiguous.mapping?.date_format).toBe('dd/mm/yyyy');
  });

  it('follows date_format when given, and names the line whose date does not fit', () => {
    expect(dates('Date,Amount\n02/11/2026,1\n', { mapping: { date_format: 'mm/dd/yyyy' } })).toEqual(['2026-02-11']);
    const error = errorOf(() => csv('Date,Amount\n02/11/2026,1\n2026-11-03,1\n', { mapping: { date_format: 'mm/dd/yyyy' } }));
    expect(error.message).toBe("line 3: date '2026-11-03' does not match mm/dd/yyyy");
    expect(error.at.line).toBe(3);
    expect(errorOf(() => csv('Date,Amount\n2026-11-01,1\n', { mapping: { date_format: 'banana' } })).message).toMatch(
      /^date_format 'banana' is not a date format/,
    );
  });

  it('refuses impossible days and unreadable dates with the line', () => {
    expect(errorOf(() => csv('Date,Amount\n2026-11-01,1\n2026-02-30,1\n')).message).toBe(
      "line 3: date '2026-02-30' is not a date; name its format with date_format (e.g. dd.mm.yyyy)",
    );
    expect(errorOf(() => csv('Date,Amount\nyesterday,1\n')).message).toMatch(/^line 2: date 'yesterday' is not a date/);
  });
});

describe('CSV structure', () => {
  it('sniffs the delimiter: comma, semicolon, tab and pipe', () => {
    for (const d of [',', ';', '\t', '|']) {
      const statement = csv(`Date${d}Amount${d}Description\n2026-11-01${d}5.00${d}x\n`);
      expect(statement.mapping?.delimiter).toBe(d);
      expect(statement.lines[0]).toMatchObject({ amount: '5.00', description: 'x' });
    }
  });

  it('skips blank lines and counts lines through quoted line breaks', () => {
    const statement = csv('Date,Amount,Description\n\n2026-11-01,5.00,"two\nlines"\n\n2026-11-02,6.00,next\n\n');
    expect(statement.lines.map((l) => [l.source_line, l.description])).toEqual([
      [3, 'two lines'],
      [6, 'next'],
    ]);
  });

  it('skips balance and total rows only when they clearly are one (a balance word and no date or no amount)', () => {
    const statement = csv('Date,Description,Amount\n2026-11-01,Balance transfer from savings,50.00\nTotal,,50.00\n,Closing balance,\n');
    expect(statement.lines.map((l) => l.description)).toEqual(['Balance transfer from savings']);
    expect(errorOf(() => csv('Date,Description,Amount\n2026-11-01,x,1.00\nsomething,else,2.00\n2026-11-02,y,3.00\n')).message).toMatch(
      /^line 3: date 'something' is not a date/,
    );
  });

  it('refuses an unclosed quote with its line', () => {
    expect(
      errorOf(() => csv('Date,Amount,Description\n2026-11-01,1.00,ok\n2026-11-02,2.00,"never closed\n2026-11-03,3.00,x\n')).message,
    ).toBe('line 3: a quoted field is not closed');
  });

  it('says what the header has when no date or amount column is recognised', () => {
    const error = errorOf(() => csv('Foo,Bar\n1,2\n'));
    expect(error.message).toMatch(/^no header row found in the first 40 lines/);
    expect(error.at).toEqual({ line: 1 });
  });

  it('returns no lines for a statement with a header and no transactions', () => {
    expect(csv('Date,Amount\n').lines).toEqual([]);
  });

  it('falls back on counterparty, then reference for an empty description', () => {
    const statement = csv('Date,Amount,Description,Payee,Reference\n2026-11-01,1,,ACME,\n2026-11-02,2,,,R-1\n2026-11-03,3,,,\n');
    expect(statement.lines.map((l) => l.description)).toEqual(['ACME', 'R-1', 'Bank transaction']);
  });
});

describe('CSV mapping', () => {
  const file = 'Konto;4711\nWhen;What;Who;How much;Ref\n03.11.2026;Invoice 7;ACME;1.000,00;INV-7\n';

  it('uses the columns the caller names, finds the header row by them, and returns the mapping to save', () => {
    const statement = csv(file, {
      mapping: { date: 'When', amount: 'How much', description: 'What', counterparty: 'Who', reference: 'Ref' },
    });
    expect(statement.lines[0]).toMatchObject({
      date: '2026-11-03',
      amount: '1000.00',
      description: 'Invoice 7',
      counterparty: 'ACME',
      reference: 'INV-7',
      source_line: 3,
    });
    expect(statement.mapping).toEqual({
      date: 'When',
      amount: 'How much',
      description: 'What',
      counterparty: 'Who',
      reference: 'Ref',
      date_format: 'dd.mm.yyyy',
      decimal: ',',
      delimiter: ';',
    });
  });

  it('uses the saved mapping when the header has its columns, and the caller overrides it field by field', () => {
    const saved: CsvMapping = {
      date: 'When',
      amount: 'How much',
      description: 'What',
      date_format: 'mm.dd.yyyy',
      decimal: ',',
      delimiter: ';',
    };
    expect(csv(file, { savedMapping: saved }).lines[0]).toMatchObject({ date: '2026-03-11', amount: '1000.00', description: 'Invoice 7' });
    expect(csv(file, { savedMapping: saved, mapping: { date_format: 'dd.mm.yyyy', description: 'Who' } }).lines[0]).toMatchObject({
      date: '2026-11-03',
      description: 'ACME',
    });
  });

  it('ignores a saved mapping whose columns this file does not have (another export format of the same bank)', () => {
    const saved: CsvMapping = { date: 'When', amount: 'How much', decimal: ',', delimiter: ';' };
    const statement = csv('Date,Amount\n2026-11-01,"1,000.50"\n', { savedMapping: saved });
    expect(statement.lines[0]).toMatchObject({ amount: '1000.50' });
    expect(statement.mapping).toMatchObject({ date: 'Date', amount: 'Amount', decimal: '.', delimiter: ',' });
  });

  it('reads debit and credit columns named by the caller instead of a recognised amount', () => {
    const statement = csv('Date,Amount,Out,In\n2026-11-01,999,5.00,\n', { mapping: { debit: 'Out', credit: 'In' } });
    expect(statement.lines[0]!.amount).toBe('-5.00');
    expect(statement.mapping).toMatchObject({ debit: 'Out', credit: 'In' });
    expect(statement.mapping?.amount).toBeUndefined();
  });

  it('names a column the header does not have', () => {
    const error = errorOf(() => csv('Date,Amount,Text\n2026-11-01,1,x\n', { mapping: { description: 'Memo' } }));
    expect(error.message).toBe("line 1: the header has no column 'Memo' (it has 'Date', 'Amount', 'Text')");
  });

  it('refuses a decimal that is neither comma nor point', () => {
    expect(errorOf(() => csv('Date,Amount\n2026-11-01,1\n', { mapping: { decimal: ';' as ',' } })).message).toBe(
      "decimal must be ',' or '.'",
    );
  });
});

describe('CSV encodings', () => {
  const body = 'Datum;Empfänger;Betrag\n01.11.2026;Grüße & Co;-1,00\n';

  it('reads UTF-8 with and without a byte order mark', () => {
    expect(parseStatement(utf8(body), 'csv').lines[0]!.counterparty).toBe('Grüße & Co');
    expect(parseStatement(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)]), 'csv').lines[0]!.counterparty).toBe('Grüße & Co');
  });

  it('falls back on Windows-1252 when the bytes are not UTF-8 (Latin-1 letters and the euro sign)', () => {
    const bytes = new Uint8Array(Buffer.from('Datum;Empfänger;Betrag\n01.11.2026;Grüße & Co;-1,00 €\n', 'latin1'));
    bytes[bytes.length - 2] = 0x80; // € in Windows-1252
    expect(parseStatement(bytes, 'csv').lines[0]).toMatchObject({ counterparty: 'Grüße & Co', amount: '-1.00' });
  });

  it('reads UTF-16BE with a mark and UTF-16LE without one', () => {
    const le = Buffer.from(body, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(parseStatement(new Uint8Array([0xfe, 0xff, ...be]), 'csv').lines[0]!.counterparty).toBe('Grüße & Co');
    expect(parseStatement(new Uint8Array(le), 'csv').lines[0]!.counterparty).toBe('Grüße & Co');
  });
});

describe('CSV with payer and payee columns', () => {
  it('reads a DKB export: the payer of money in, the payee of money out; pending rows skipped; two-digit years', () => {
    const statement = parseStatement(fixture('dkb-utf8-bom.csv'), 'csv');
    expect(statement.mapping).toMatchObject({
      date: 'Buchungsdatum',
      amount: 'Betrag (€)',
      counterparty: 'Zahlungspflichtige*r',
      date_format: 'dd.mm.yy',
    });
    expect(statement.lines.map((l) => [l.date, l.amount, l.counterparty, l.reference, l.source_line])).toEqual([
      ['2026-11-28', '2400.00', 'Globex GmbH', 'GLOBEX-1042', 7],
      ['2026-11-27', '-39.95', 'Telekom Deutschland GmbH', null, 8],
    ]);
  });

  it('keeps the split when the saved mapping names one of the two columns', () => {
    const first = parseStatement(fixture('dkb-utf8-bom.csv'), 'csv');
    const again = parseStatement(fixture('dkb-utf8-bom.csv'), 'csv', { savedMapping: first.mapping });
    expect(again.lines.map((l) => l.counterparty)).toEqual(['Globex GmbH', 'Telekom Deutschland GmbH']);
  });
});

describe('CSV exports of other banks', () => {
  it('reads Revolut: completed date with a time, pending rows skipped', () => {
    const statement = csv(
      'Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n' +
        'TRANSFER,Current,2026-11-02 09:12:01,2026-11-03 10:00:00,Payment from Globex,2400.00,0.00,EUR,COMPLETED,2500.00\n' +
        'CARD_PAYMENT,Current,2026-11-30 12:00:00,,Coffee,-3.20,0.00,EUR,PENDING,2496.80\n',
    );
    expect(statement.mapping).toMatchObject({ date: 'Completed Date', amount: 'Amount', description: 'Description' });
    expect(statement.lines.map((l) => [l.date, l.amount, l.currency])).toEqual([['2026-11-03', '2400.00', 'EUR']]);
  });

  it('reads Wise: the transaction id is the bank id, payer and payee by direction, day-month-year with dashes', () => {
    const statement = csv(
      '"TransferWise ID",Date,Amount,Currency,Description,"Payment Reference","Running Balance","Payer Name","Payee Name"\n' +
        'TRANSFER-1001,03-11-2026,1200.00,EUR,"Received money from Globex","INV-1042",1200.00,"Globex GmbH",\n' +
        'CARD-2002,13-11-2026,-9.99,EUR,"Card transaction",,1190.01,,"Spotify"\n',
    );
    expect(statement.lines.map((l) => [l.date, l.amount, l.bank_id, l.counterparty, l.reference])).toEqual([
      ['2026-11-03', '1200.00', 'TRANSFER-1001', 'Globex GmbH', 'INV-1042'],
      ['2026-11-13', '-9.99', 'CARD-2002', 'Spotify', null],
    ]);
  });

  it('reads ING Germany: "Buchung" as the date, the balance column left alone', () => {
    const statement = csv(
      'Umsatzanzeige;Datei erstellt am: 01.12.2026 10:00\n\nIBAN;DE12 5001 0517 0123 4567 89\n\n' +
        'Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Notiz;Verwendungszweck;Saldo;Währung;Betrag;Währung\n' +
        '28.11.2026;28.11.2026;Globex GmbH;Gutschrift;;INV-1042;4.311,76;EUR;2.400,00;EUR\n',
    );
    expect(statement.mapping).toMatchObject({
      date: 'Buchung',
      amount: 'Betrag',
      counterparty: 'Auftraggeber/Empfänger',
      description: 'Verwendungszweck',
    });
    expect(statement.lines.map((l) => [l.date, l.amount, l.counterparty, l.source_line])).toEqual([
      ['2026-11-28', '2400.00', 'Globex GmbH', 6],
    ]);
  });

  it('reads a Volksbank export with an Umsatz column signed by Soll/Haben', () => {
    const statement = csv(
      'Buchungstag;Valuta;Zahlungsempfänger;Vorgang/Verwendungszweck;Kundenreferenz;Währung;Umsatz;Soll/Haben\n' +
        '02.11.2026;02.11.2026;Globex GmbH;Gutschrift INV-1042;;EUR;2.400,00;H\n03.11.2026;03.11.2026;Telekom;Lastschrift;;EUR;39,95;S\n',
    );
    expect(statement.lines.map((l) => [l.amount, l.counterparty, l.description])).toEqual([
      ['2400.00', 'Globex GmbH', 'Gutschrift INV-1042'],
      ['-39.95', 'Telekom', 'Lastschrift'],
    ]);
  });
});

describe('CSV saved date format', () => {
  it('keeps a saved format that reads the file, and detects again when it does not (an earlier day-first guess)', () => {
    const saved: CsvMapping = { date: 'Date', amount: 'Amount', date_format: 'dd/mm/yyyy', decimal: '.', delimiter: ',' };
    expect(csv('Date,Amount\n02/11/2026,1\n', { savedMapping: saved }).lines[0]!.date).toBe('2026-11-02');
    const statement = csv('Date,Amount\n11/02/2026,1\n11/13/2026,1\n', { savedMapping: saved });
    expect(statement.lines.map((l) => l.date)).toEqual(['2026-11-02', '2026-11-13']);
    expect(statement.mapping?.date_format).toBe('mm/dd/yyyy');
    expect(errorOf(() => csv('Date,Amount\n11/13/2026,1\n', { savedMapping: saved, mapping: { date_format: 'dd/mm/yyyy' } })).message).toBe(
      "line 2: date '11/13/2026' does not match dd/mm/yyyy",
    );
  });
});
