import { describe, expect, it } from 'vitest';
import { csvLine, csvResponse } from './index';

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
