import { describe, expect, it } from 'vitest';
import { csvLine, csvResponse, parseCsv, restoreCell } from './index';

describe('csv', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'line\nbreak', null, 12])).toBe('a,"b,c","say ""hi""","line\nbreak",,12\r\n');
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvLine([cell]).startsWith(`'`) || csvLine([cell]).startsWith(`"'`), cell).toBe(true);
    }
    expect(csvLine(['=1\n2'])).toContain(`'=1`);
  });

  it('streams a header and every batch', async () => {
    async function* batches() {
      yield [{ n: 1 }, { n: 2 }];
      yield [{ n: 3 }];
    }
    const response = csvResponse('x.csv', [{ key: 'n', value: (r: { n: number }) => r.n }], batches());
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
    expect(bytes.subarray(3).toString('utf8')).toBe('n\r\n1\r\n2\r\n3\r\n');
  });
});

describe('csv in', () => {
  it('parses quoted cells, a BOM, blank lines, and other delimiters', () => {
    const parsed = parseCsv('\uFEFFname,notes\r\n"Ann, Jr.","say ""hi""\nline two"\r\n\r\nBob,\r\n');
    expect(parsed.header).toEqual(['name', 'notes']);
    expect(parsed.rows).toEqual([
      ['Ann, Jr.', 'say "hi"\nline two'],
      ['Bob', ''],
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parseCsv('a;b\n1;2\n')).toMatchObject({ delimiter: ';', header: ['a', 'b'], rows: [['1', '2']] });
    expect(parseCsv('a\tb\n1\t2\n')).toMatchObject({ delimiter: '\t', rows: [['1', '2']] });
  });

  it('reports an unterminated quote with its row', () => {
    const parsed = parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    expect(parsed.errors[0]).toMatchObject({ row: 3, message: expect.stringContaining('never closed') });
  });

  it('undoes the formula neutralising of our own export', () => {
    for (const value of ['=1+1', '+44 20 7946 0000', '-5', '@home', '\tx']) {
      const exported = csvLine([value]).trimEnd();
      expect(parseCsv(`v\n${exported}\n`).rows[0]![0], value).toBe(value);
    }
    expect(restoreCell("'plain")).toBe("'plain");
    expect(restoreCell("'=x")).toBe('=x');
  });
});
