/** The statement parsers' shared types (re-exported by index.ts, the module's one entry point). */

export type StatementFormat = 'csv' | 'ofx' | 'camt053';

/** Which CSV column (by its header text) holds what, and how its values are written. */
export interface CsvMapping {
  date: string;
  amount?: string;
  debit?: string;
  credit?: string;
  description?: string;
  counterparty?: string;
  reference?: string;
  date_format?: string;
  decimal?: ',' | '.';
  delimiter?: string;
}

export interface ParsedLine {
  /** YYYY-MM-DD, the booking date. */
  date: string;
  /** Signed decimal string with two places ("-12.50"). */
  amount: string;
  /** ISO 4217 code when the file says. */
  currency: string | null;
  /** Never empty: falls back to counterparty, then reference. */
  description: string;
  counterparty: string | null;
  reference: string | null;
  /** FITID, AcctSvcrRef / NtryRef / TxId when present (and unique within the file), else null. */
  bank_id: string | null;
  /** 0-based order of the line within its booking date in this file. */
  position: number;
  /** 1-based line (CSV/OFX) or entry number (CAMT), for messages. */
  source_line: number;
}

export interface ParsedStatement {
  format: StatementFormat;
  lines: ParsedLine[];
  mapping: CsvMapping | null;
  account?: { iban?: string; number?: string; currency?: string };
}

/** A file that cannot be read: `at` names the 1-based line or the XML element at fault. */
export class StatementError extends Error {
  constructor(
    message: string,
    public readonly at: { line?: number; element?: string },
  ) {
    super(message);
    this.name = 'StatementError';
  }
}

/** Statements above this size are refused before anything is decoded (5 MB). */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

/** A line before positions are numbered (each parser makes these). */
export type DraftLine = Omit<ParsedLine, 'position'>;
