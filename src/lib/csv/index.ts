import Papa from 'papaparse';

/**
 * CSV out: RFC 4180 quoting by papaparse, UTF-8 with a BOM (so spreadsheets
 * pick the encoding), a header row, and formula neutralising: a cell starting
 * with = + - @ tab or carriage return is prefixed with a single quote, so a
 * spreadsheet shows it as text instead of running it.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvLine(values: readonly unknown[]): string {
  return `${Papa.unparse([values.map(cell)], { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A streamed CSV response: the header, then each batch that `nextBatch`
 * yields until it returns an empty array. Batches are fetched on demand.
 */
export function csvResponse<T>(
  filename: string,
  columns: readonly { key: string; value: (row: T) => unknown }[],
  batches: AsyncIterable<T[]>,
): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(`\uFEFF${csvLine(columns.map((c) => c.key))}`));
          return;
        }
        const { value, done } = await iterator.next();
        if (done || !value || value.length === 0) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(value.map((row) => csvLine(columns.map((c) => c.value(row)))).join('')));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    },
  });
}
