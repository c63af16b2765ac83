import Papa from 'papaparse';
import type { Database, TenantRunner } from '@/lib/db';
import { type Cursor, keysetBatches } from '@/lib/pagination';

/**
 * CSV in and out, for every list and import.
 *
 * Out: RFC 4180 quoting by papaparse, UTF-8 with a BOM (so spreadsheets pick
 * the encoding), a header row, and formula neutralising: a cell starting with
 * = + - @ tab or carriage return is prefixed with a single quote, so a
 * spreadsheet shows it as text instead of running it.
 *
 * In: papaparse (delimiter detected: comma, semicolon, tab), a BOM dropped,
 * blank lines skipped, and the neutralising quote removed again so that our
 * own export imports back unchanged.
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

/** One column of an export: its header and how to read it from a row. */
export interface CsvColumn<T> {
  key: string;
  value: (row: T) => unknown;
}

/** Columns that are the row's own fields, under their own names (= API field names). */
export function fieldColumns<T>(keys: readonly (keyof T & string)[]): CsvColumn<T>[] {
  return keys.map((key) => ({ key, value: (row: T) => row[key] }));
}

/**
 * A streamed CSV response: the header, then each batch that `batches`
 * yields until it ends or yields an empty array. Batches are fetched on demand
 * (a slow reader holds no database connection between batches).
 */
export function csvResponse<T>(filename: string, columns: readonly CsvColumn<T>[], batches: AsyncIterable<T[]>): Response {
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

/**
 * Every row of a keyset-paginated list as a streamed CSV download: the same
 * query as the JSON list (same filters and sort), fetched in batches, each
 * batch in its own tenant transaction (`run`); the columns are the row's
 * `fields`, under their own names.
 */
export function csvExport<R extends { id: string }>(options: {
  filename: string;
  fields: readonly (keyof R & string)[];
  run: TenantRunner;
  fetch: (tx: Database, cursor: Cursor | undefined, limit: number) => Promise<(R & { _sort: string })[]>;
  batchSize?: number;
}): Response {
  const batches = keysetBatches(options.run, options.fetch, options.batchSize) as AsyncIterable<R[]>;
  return csvResponse(options.filename, fieldColumns(options.fields), batches);
}

// ---------------------------------------------------------------------------
// CSV in
// ---------------------------------------------------------------------------

export interface ParsedCsv {
  /** The first non-blank record. */
  header: string[];
  /** Every later non-blank record, cells as text. */
  rows: string[][];
  /** The delimiter papaparse detected. */
  delimiter: string;
  /** Problems that make the file unreadable (e.g. an unterminated quote), with the record's row number. */
  errors: { row: number | null; message: string }[];
}

const NEUTRALISED = /^'[=+\-@\t\r]/;

/** Undoes the export's formula neutralising (`'=SUM(A1)` back to `=SUM(A1)`). */
export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/**
 * Parses CSV text into a header and rows. Row numbers in errors are spreadsheet
 * rows (the header is row 1), counted in records, not lines.
 */
export function parseCsv(text: string): ParsedCsv {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(input, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const errors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      row: typeof e.row === 'number' ? e.row + 1 : null,
      message: e.code === 'MissingQuotes' ? 'a quoted cell is never closed (a " is missing)' : e.message,
    }));
  const [header = [], ...rows] = result.data.map((record) => record.map(restoreCell));
  return { header: header.map((h) => h.trim()), rows, delimiter: result.meta.delimiter, errors };
}
