/**
 * Bank statement parsers: CSV from any bank, OFX/QFX (1.x SGML and 2.x XML)
 * and CAMT.053 (ISO 20022). Pure functions on the uploaded bytes, no database:
 * the bank feature's routes call `detectFormat`, then `parseStatement`, then
 * key each line by its `bank_id` or `lineFingerprint` to import it once.
 * Decisions: docs/decisions/0120-bank-statement-parsing.md.
 */
import { parseCamt } from './camt';
import { parseCsv } from './csv';
import { sniffText } from './decode';
import { parseOfx } from './ofx';
import { type ParsedStatement, type StatementFormat, type CsvMapping, MAX_STATEMENT_BYTES, StatementError } from './types';

export type { CsvMapping, ParsedLine, ParsedStatement, StatementFormat } from './types';
export { MAX_STATEMENT_BYTES, StatementError } from './types';
export { lineFingerprint } from './lines';

const CSV_TYPES = new Set([
  'text/csv',
  'application/csv',
  'text/comma-separated-values',
  'text/x-csv',
  'application/vnd.ms-excel',
  'text/tab-separated-values',
]);
const OFX_TYPES = new Set([
  'application/x-ofx',
  'application/ofx',
  'application/x-qfx',
  'application/vnd.intu.qfx',
  'application/qfx',
  'text/ofx',
]);
const XML_TYPES = new Set(['application/xml', 'text/xml', 'application/camt+xml', 'application/iso20022+xml']);
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'text/plain', 'binary/octet-stream', 'application/x-download']);

/**
 * The statement's format from the request's Content-Type (parameters such as
 * `; charset=` ignored); XML is told apart as OFX 2 or CAMT by its content,
 * and a generic type (none, octet-stream, text/plain) by sniffing the start.
 * Throws StatementError for a type that is no statement (e.g. application/json).
 */
export function detectFormat(contentType: string, bytes: Uint8Array): StatementFormat {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (CSV_TYPES.has(type)) return 'csv';
  if (OFX_TYPES.has(type)) return 'ofx';
  if (XML_TYPES.has(type)) return /<\?OFX\b|<OFX\b|OFXHEADER/i.test(sniffText(bytes)) ? 'ofx' : 'camt053';
  if (!GENERIC_TYPES.has(type)) {
    throw new StatementError(
      `Content-Type ${type} is not a bank statement: send text/csv, application/x-ofx or application/xml (CAMT.053)`,
      {},
    );
  }
  const head = sniffText(bytes).replace(/^\s+/, '');
  if (/^OFXHEADER\s*:/i.test(head) || /<\?OFX\b|<OFX>/i.test(head)) return 'ofx';
  if (head.startsWith('<')) return /<OFX\b/i.test(head) ? 'ofx' : 'camt053';
  return 'csv';
}

/**
 * Reads a whole statement or throws StatementError naming the line or element
 * at fault; nothing is ever returned partially. `mapping` (CSV only) names
 * columns and formats explicitly; `savedMapping` is the account's mapping from
 * its last import, used when this file's header has its columns.
 */
export function parseStatement(
  bytes: Uint8Array,
  format: StatementFormat,
  options: { mapping?: Partial<CsvMapping>; savedMapping?: CsvMapping | null } = {},
): ParsedStatement {
  if (bytes.byteLength > MAX_STATEMENT_BYTES) {
    throw new StatementError(`the file is larger than ${MAX_STATEMENT_BYTES / (1024 * 1024)} MB; export a shorter period`, {});
  }
  if (bytes.byteLength === 0) throw new StatementError('the file is empty', {});
  let statement: ParsedStatement;
  switch (format) {
    case 'csv':
      statement = parseCsv(bytes, options);
      break;
    case 'ofx':
      statement = parseOfx(bytes);
      break;
    case 'camt053':
      statement = parseCamt(bytes);
      break;
    default:
      throw new StatementError(`unknown statement format '${String(format)}'`, {});
  }
  return statement;
}
