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
  /**
   * 0-based count of earlier lines in this file with the same date, amount and
   * normalised description (the second identical coffee of a day is 1). Set by
   * every parser; `lineFingerprint` keys on it (falling back on `position`), so
   * a later file that holds more of a day than the last one did still yields
   * the same keys for the lines already imported.
   */
  occurrence?: number;
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

/** At most this many transactions in one file (a month of a busy account is a few thousand): bounds the work an upload can cause. */
export const MAX_STATEMENT_LINES = 50_000;

/** A line before positions are numbered (each parser makes these). */
export type DraftLine = Omit<ParsedLine, 'position' | 'occurrence'>;
