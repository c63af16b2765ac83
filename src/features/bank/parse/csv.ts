import Papa from 'papaparse';
import { detectDecimal, rowAmount } from './amounts';
import { compileDateFormat, detectDateFormat, type DateFormat, AUTO_DATE_FORMATS } from './dates';
import { decodeStatement } from './decode';
import { type CsvField, findColumn, normaliseHeader, recogniseHeader } from './headers';
import { cleanText, finishLines } from './lines';
import { type CsvMapping, type DraftLine, type ParsedStatement, StatementError } from './types';

/**
 * Bank CSV exports: delimiter sniffed (`,` `;` tab `|`), account lines above
 * the header skipped (the header is the first row naming a date and an
 * amount), columns recognised from the header (headers.ts) unless the caller
 * or the account's saved mapping names them, amounts and dates read whatever
 * the bank's habits. Rules in docs/decisions/0120-bank-statement-parsing.md.
 */

const DELIMITERS = [';', ',', '\t', '|'];
const HEADER_SEARCH_ROWS = 40;
const SUMMARY_RE =
  /^\s*(?:summe|saldo|endsaldo|anfangssaldo|alter kontostand|neuer kontostand|kontostand|total|totals|balance|opening balance|closing balance|ending balance|beginning balance)\b/i;
const PAYER_HEADERS = new Set(['zahlungspflichtige r', 'zahlungspflichtiger', 'payer', 'payer name', 'auftraggeber']);
const PAYEE_HEADERS = new Set([
  'zahlungsempfanger in',
  'zahlungsempfanger',
  'empfanger',
  'empfaenger',
  'payee',
  'payee name',
  'beguenstigter',
  'begunstigter',
]);
const PENDING_VALUES = new Set(['vorgemerkt', 'pending', 'ausstehend', 'nicht gebucht']);

export interface CsvOptions {
  mapping?: Partial<CsvMapping>;
  savedMapping?: CsvMapping | null;
}

interface Row {
  cells: string[];
  line: number;
}

interface Header {
  delimiter: string;
  index: number;
  cells: string[];
}

export function parseCsv(bytes: Uint8Array, options: CsvOptions = {}): ParsedStatement {
  const text = decodeStatement(bytes);
  const explicit = options.mapping ?? {};
  if (explicit.decimal !== undefined && explicit.decimal !== ',' && explicit.decimal !== '.') {
    throw new StatementError(`decimal must be ',' or '.'`, {});
  }
  let explicitFormat: DateFormat | null = null;
  if (explicit.date_format !== undefined) {
    explicitFormat = compileDateFormat(explicit.date_format);
    if (!explicitFormat) {
      throw new StatementError(
        `date_format '${explicit.date_format}' is not a date format; write it like dd.mm.yyyy, mm/dd/yyyy or d MMM yyyy`,
        {},
      );
    }
  }

  const header = findHeader(text, explicit, options.savedMapping ?? null);
  const rows = readRows(text, header.delimiter);
  const headerRow = rows[header.index]!;

  // Which mapping: the caller's fields first, then the saved mapping when this header has all its columns, then recognition.
  const saved = options.savedMapping && savedFits(options.savedMapping, header.cells) ? options.savedMapping : null;
  const recognised = recogniseHeader(header.cells);
  const columns: Partial<Record<CsvField, number>> = {};
  const fields: (keyof CsvMapping & CsvField)[] = ['date', 'amount', 'debit', 'credit', 'description', 'counterparty', 'reference'];
  const anyExplicitAmount = explicit.amount !== undefined || explicit.debit !== undefined || explicit.credit !== undefined;
  for (const field of fields) {
    const named = explicit[field] ?? (anyExplicitAmount && isAmountField(field) ? undefined : saved?.[field]);
    if (named !== undefined && named !== '') {
      const index = findColumn(header.cells, named);
      if (index < 0) {
        throw new StatementError(`line ${headerRow.line}: the header has no column '${named}' (it has ${listHeaders(header.cells)})`, {
          line: headerRow.line,
        });
      }
      columns[field] = index;
    } else if (!(anyExplicitAmount && isAmountField(field)) && !(saved && saved[field] === undefined && field !== 'date')) {
      if (recognised[field] !== undefined) columns[field] = recognised[field];
    }
  }
  if (columns.amount !== undefined) {
    delete columns.debit;
    delete columns.credit;
  }
  if (columns.date === undefined) {
    throw new StatementError(
      `line ${headerRow.line}: no date column recognised; name it with the date parameter (the header has ${listHeaders(header.cells)})`,
      {
        line: headerRow.line,
      },
    );
  }
  if (columns.amount === undefined && columns.debit === undefined && columns.credit === undefined) {
    throw new StatementError(
      `line ${headerRow.line}: no amount column recognised; name it with the amount (or debit and credit) parameter (the header has ${listHeaders(header.cells)})`,
      { line: headerRow.line },
    );
  }
  const indicator = columns.amount !== undefined ? recognised.indicator : undefined;
  // A payer column and a payee column (DKB and others): the counterparty is the payer of money in, the payee of money out.
  const normalisedHeaders = header.cells.map(normaliseHeader);
  const payer = normalisedHeaders.findIndex((h) => PAYER_HEADERS.has(h));
  const payee = normalisedHeaders.findIndex((h) => PAYEE_HEADERS.has(h));
  const split = payer >= 0 && payee >= 0 && (columns.counterparty === payer || columns.counterparty === payee) ? { payer, payee } : null;
  const statusColumn = normalisedHeaders.findIndex((h) => h === 'status' || h === 'buchungsstatus' || h === 'state');
  const currencyColumn = recognised.currency;
  const cell = (row: Row, index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? '').trim());

  // Data rows: blank rows dropped; balance/total rows skipped where they clearly are one (ADR 0120).
  const data: Row[] = [];
  const body = rows.slice(header.index + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  let end = body.length;
  while (end > 0 && isFooter(body[end - 1]!, cell(body[end - 1]!, columns.date))) end -= 1;
  const amountCells = (row: Row) => [columns.amount, columns.debit, columns.credit].filter((c) => c !== undefined).map((c) => cell(row, c));
  for (const row of body.slice(0, end)) {
    if (isSummary(row, cell(row, columns.date), amountCells(row))) continue;
    // pending ("vorgemerkt") rows are not booked yet and come back booked in the next export
    if (statusColumn >= 0 && PENDING_VALUES.has(cell(row, statusColumn).toLowerCase())) continue;
    data.push(row);
  }

  const amountColumns = [columns.amount, columns.debit, columns.credit].filter((c): c is number => c !== undefined);
  const decimal =
    explicit.decimal ??
    saved?.decimal ??
    detectDecimal(
      data.flatMap((r) => amountColumns.map((c) => cell(r, c))),
      header.delimiter,
    );

  let dateFormat = explicitFormat ?? (saved?.date_format ? compileDateFormat(saved.date_format) : null);
  // a saved format is a preference (it may have been a guess between day and month first): when it does not read this file, detect again
  if (!explicitFormat && dateFormat && data.some((r) => dateFormat!.read(cell(r, columns.date)) === null)) {
    dateFormat = detectDateFormat(data.map((r) => cell(r, columns.date))) ?? dateFormat;
  }
  if (!dateFormat && data.length === 0) dateFormat = compileDateFormat(AUTO_DATE_FORMATS[0]!);
  if (!dateFormat) {
    dateFormat = detectDateFormat(data.map((r) => cell(r, columns.date)));
    if (!dateFormat) {
      const first = data.find((r) => !AUTO_DATE_FORMATS.some((f) => compileDateFormat(f)!.read(cell(r, columns.date)) !== null));
      const at = first ?? data[0]!;
      throw new StatementError(
        first
          ? `line ${at.line}: date '${cell(at, columns.date)}' is not a date; name its format with date_format (e.g. dd.mm.yyyy)`
          : `line ${at.line}: the dates mix several formats; name the format with date_format (e.g. dd.mm.yyyy)`,
        { line: at.line },
      );
    }
  }

  const drafts: DraftLine[] = data.map((row) => {
    const rawDate = cell(row, columns.date);
    const date = dateFormat.read(rawDate);
    if (!date) {
      throw new StatementError(`line ${row.line}: date '${rawDate}' does not match ${dateFormat.text}`, { line: row.line });
    }
    const amount = rowAmount(
      columns.amount !== undefined
        ? { amount: cell(row, columns.amount), indicator: cell(row, indicator) }
        : { debit: cell(row, columns.debit), credit: cell(row, columns.credit) },
      decimal,
      row.line,
    );
    const counterparty = cleanText(cell(row, split ? (amount.startsWith('-') ? split.payee : split.payer) : columns.counterparty));
    const reference = notProvided(cleanText(cell(row, columns.reference)));
    const currency = cell(row, currencyColumn).toUpperCase();
    return {
      date,
      amount,
      currency: /^[A-Z]{3}$/.test(currency) ? currency : null,
      description: cleanText(cell(row, columns.description)) ?? '',
      counterparty,
      reference,
      bank_id: cleanText(cell(row, recognised.bank_id)),
      source_line: row.line,
    };
  });

  const mapping: CsvMapping = { date: header.cells[columns.date]!.trim() };
  for (const field of ['amount', 'debit', 'credit', 'description', 'counterparty', 'reference'] as const) {
    const index = columns[field];
    if (index !== undefined) mapping[field] = header.cells[index]!.trim();
  }
  mapping.date_format = dateFormat.text;
  mapping.decimal = decimal;
  mapping.delimiter = header.delimiter;
  return { format: 'csv', lines: finishLines(drafts), mapping };
}

/** SEPA's placeholder for a missing reference is no reference. */
function notProvided(value: string | null): string | null {
  return value && /^NOT ?PROVIDED$/i.test(value) ? null : value;
}

function isAmountField(field: string): boolean {
  return field === 'amount' || field === 'debit' || field === 'credit';
}

function listHeaders(cells: string[]): string {
  return cells
    .filter((c) => c.trim() !== '')
    .slice(0, 20)
    .map((c) => `'${c.trim()}'`)
    .join(', ');
}

function savedFits(saved: CsvMapping, cells: string[]): boolean {
  const named = [saved.date, saved.amount, saved.debit, saved.credit, saved.description, saved.counterparty, saved.reference];
  return named.every((name) => name === undefined || name === '' || findColumn(cells, name) >= 0);
}

/** Rows as papaparse splits them, each with the 1-based line it starts on. */
function readRows(text: string, delimiter: string): Row[] {
  const newline = text.includes('\n') ? '\n' : '\r';
  const rows: Row[] = [];
  let line = 1;
  let cursor = 0;
  let unclosed: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(results) {
      const start = line;
      const end = results.meta.cursor;
      for (let i = text.indexOf(newline, cursor); i >= 0 && i < end; i = text.indexOf(newline, i + 1)) line += 1;
      // the row's own line break is part of the next cursor span
      cursor = end;
      if (results.errors.some((e) => e.type === 'Quotes') && unclosed === null) unclosed = start;
      rows.push({ cells: results.data, line: start });
    },
  });
  if (unclosed !== null) {
    throw new StatementError(`line ${unclosed}: a quoted field is not closed`, { line: unclosed });
  }
  return rows;
}

/** The delimiter and the header row: the first row (of the first few) that names a date and an amount. */
function findHeader(text: string, explicit: Partial<CsvMapping>, saved: CsvMapping | null): Header {
  const head = text.slice(0, 64 * 1024);
  const delimiters = explicit.delimiter ? [explicit.delimiter] : saved?.delimiter ? [saved.delimiter, ...DELIMITERS] : DELIMITERS;
  const candidates: Header[] = [];
  for (const delimiter of delimiters) {
    const preview = Papa.parse<string[]>(head, { delimiter, preview: HEADER_SEARCH_ROWS, skipEmptyLines: false }).data;
    for (let index = 0; index < preview.length; index += 1) {
      const cells = preview[index]!;
      if (cells.length < 2) continue;
      if (isHeader(cells, explicit, saved)) {
        candidates.push({ delimiter, index, cells });
        break;
      }
    }
  }
  if (candidates.length === 0) {
    if (explicit.date) {
      throw new StatementError(`no header row with a column '${explicit.date}' in the first ${HEADER_SEARCH_ROWS} lines`, { line: 1 });
    }
    throw new StatementError(
      `no header row found in the first ${HEADER_SEARCH_ROWS} lines: name the columns with the date and amount (or debit and credit) parameters`,
      { line: 1 },
    );
  }
  // the earliest header wins; on a tie, the delimiter that splits it into more columns
  candidates.sort((a, b) => a.index - b.index || b.cells.length - a.cells.length);
  const best = candidates[0]!;
  // the header's index counts papaparse rows; re-split the whole text the same way
  return best;
}

function isHeader(cells: string[], explicit: Partial<CsvMapping>, saved: CsvMapping | null): boolean {
  if (explicit.date) {
    if (findColumn(cells, explicit.date) < 0) return false;
    const amounts = [explicit.amount, explicit.debit, explicit.credit].filter((a): a is string => !!a);
    if (amounts.length > 0) return amounts.every((a) => findColumn(cells, a) >= 0);
    const found = recogniseHeader(cells);
    return found.amount !== undefined || found.debit !== undefined || found.credit !== undefined;
  }
  if (saved && savedFits(saved, cells)) return true;
  const found = recogniseHeader(cells);
  const amount = explicit.amount ?? explicit.debit ?? explicit.credit;
  if (amount) return found.date !== undefined && findColumn(cells, amount) >= 0;
  return found.date !== undefined && (found.amount !== undefined || found.debit !== undefined || found.credit !== undefined);
}

/** A trailing row that is not data: its date cell reads as no date and it is one lone cell or a total/balance line. */
function isFooter(row: Row, dateCell: string): boolean {
  if (looksLikeDate(dateCell)) return false;
  const filled = row.cells.filter((c) => c.trim() !== '');
  return filled.length <= 1 || filled.some((c) => SUMMARY_RE.test(c));
}

/** A balance or total row anywhere: a cell that starts with a balance/total word, and no date or no amount. */
function isSummary(row: Row, dateCell: string, amounts: string[]): boolean {
  return row.cells.some((c) => SUMMARY_RE.test(c)) && (amounts.every((a) => a === '') || !looksLikeDate(dateCell));
}

function looksLikeDate(value: string): boolean {
  return value !== '' && AUTO_DATE_FORMATS.some((f) => compileDateFormat(f)!.read(value) !== null);
}
