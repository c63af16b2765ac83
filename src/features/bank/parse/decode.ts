import { StatementError } from './types';

/**
 * Bytes → text, in this order (docs/decisions/0120-bank-statement-parsing.md):
 * a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins; then UTF-16 without a
 * mark, recognised by its zero bytes; then an encoding the file declares
 * (`declared`, from an OFX header or an XML declaration); then strict UTF-8;
 * and when the bytes are not valid UTF-8, Windows-1252 (a superset of
 * Latin-1 for every printable character, what German and British banks export).
 */
export function decodeStatement(bytes: Uint8Array, declared?: string | null): string {
  refuseBinary(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const wide = utf16WithoutMark(bytes);
  if (wide) return decodeWith(wide, bytes);
  const label = declared ? encodingLabel(declared) : null;
  if (label && label !== 'utf-8') return decodeWith(label, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}

function decodeWith(label: string, bytes: Uint8Array): string {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal: label.startsWith('utf') }).decode(bytes);
  } catch {
    throw new StatementError(`the file is not valid ${label.toUpperCase()} text`, {});
  }
}

/** UTF-16 without a byte order mark: ASCII text then has a zero in every other byte. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

/** An encoding name as files write it ("1252", "ISO-8859-1", "USASCII", "UTF-8") → a TextDecoder label. */
export function encodingLabel(name: string): string | null {
  const value = name.trim().toLowerCase().replace(/_/g, '-');
  if (/^(utf-?8|unicode)$/.test(value)) return 'utf-8';
  if (/^(1252|cp1252|windows-1252|iso-?8859-1|latin-?1|l1|us-?ascii|ascii|none)$/.test(value)) return 'windows-1252';
  if (/^(iso-?8859-15|latin-?9)$/.test(value)) return 'iso-8859-15';
  if (/^utf-?16(le)?$/.test(value)) return 'utf-16le';
  if (value === 'utf-16be') return 'utf-16be';
  return null;
}

/** Spreadsheets, PDFs and archives are named for what they are, not read as garbled text. */
function refuseBinary(bytes: Uint8Array): void {
  const start = String.fromCharCode(...bytes.subarray(0, 8));
  if (start.startsWith('PK\u0003\u0004')) {
    throw new StatementError('the file is a spreadsheet or archive (XLSX/ZIP), not a statement: export it as CSV, OFX or CAMT.053', {});
  }
  if (start.startsWith('\u00d0\u00cf\u0011\u00e0')) {
    throw new StatementError('the file is an Excel workbook (XLS), not a statement: export it as CSV, OFX or CAMT.053', {});
  }
  if (start.startsWith('%PDF')) {
    throw new StatementError('the file is a PDF, not a statement: export it from your bank as CSV, OFX or CAMT.053', {});
  }
}

/** The first characters of a file, decoded well enough to recognise its format. */
export function sniffText(bytes: Uint8Array, length = 4096): string {
  const head = bytes.subarray(0, length);
  try {
    return decodeStatement(head);
  } catch {
    return decodeWindows1252(head);
  }
}

/** Windows-1252's characters at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); 0 = unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by table: Node's TextDecoder('windows-1252') takes a Latin-1
 * fast path and turns 0x80–0x9F (the euro sign, curly quotes, dashes) into
 * control characters, so those 32 bytes are mapped here; the rest of the
 * range is Latin-1, byte = code point.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}
