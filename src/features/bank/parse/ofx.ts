import { parseDecimal } from '@/lib/money';
import { isoDate } from './dates';
import { decodeStatement, decodeWindows1252, encodingLabel } from './decode';
import { cleanText, finishLines, joinText } from './lines';
import { type DraftLine, type ParsedStatement, StatementError } from './types';
import { children, child, lineAt, parseXml, text, type XmlNode } from './xml';

/**
 * OFX / QFX bank and credit card statements: 1.x (SGML, a `KEY:VALUE` header
 * block and leaf elements without end tags, turned into well-formed XML by
 * `sgmlToXml`) and 2.x (XML with an `<?OFX ...?>` instruction). Each STMTTRN
 * is a line: DTPOSTED, TRNAMT, FITID (bank id), NAME/PAYEE (counterparty),
 * MEMO (description), CHECKNUM/REFNUM (reference).
 */

/** OFX 1.x elements that carry a value (so an empty one is not taken for an aggregate that never closes). */
const LEAVES = new Set(
  (
    'ACCTID ACCTKEY ACCTTYPE BALAMT BANKID BRANCHID CHECKNUM CODE CORRECTACTION CORRECTFITID CURDEF CURRATE CURSYM DTASOF DTAVAIL ' +
    'DTEND DTPOSTED DTSERVER DTSTART DTUSER FID FITID INTU.BID INTU.USERID LANGUAGE MEMO MESSAGE NAME ORG PAYEEID REFNUM SEVERITY ' +
    'SIC SRVRTID TRNAMT TRNTYPE TRNUID ADDR1 ADDR2 ADDR3 CITY STATE POSTALCODE COUNTRY PHONE EXTDNAME'
  ).split(' '),
);

const ARRAYS = new Set(['STMTTRN', 'STMTTRNRS', 'CCSTMTTRNRS', 'BANKMSGSRSV1', 'CREDITCARDMSGSRSV1']);

export function parseOfx(bytes: Uint8Array): ParsedStatement {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const source = decodeOfx(bytes, head);
  const start = source.search(/<OFX[\s>]/i);
  const isSgml = /^\s*(?:\uFEFF)?OFXHEADER\s*:/i.test(source) || (start >= 0 && !/<\?xml|<\?OFX/i.test(source.slice(0, start)));
  if (start < 0) throw new StatementError('element OFX: the file has no <OFX> element', { element: 'OFX' });
  const root = child(isSgml ? parseXml(sgmlToXml(source, start), ARRAYS) : parseOfx2(source, start), 'OFX');
  if (!root) throw new StatementError('element OFX: the file has no <OFX> element', { element: 'OFX' });

  const statements: { body: XmlNode; account: XmlNode | undefined }[] = [];
  const failures: string[] = [];
  const collect = (set: string, wrapper: string, rs: string, from: string) => {
    for (const messages of children(root, set)) {
      for (const response of children(messages, wrapper)) {
        const body = child(response, rs);
        if (body) statements.push({ body, account: child(body, from) });
        else if (text(response, 'STATUS', 'CODE') && text(response, 'STATUS', 'CODE') !== '0') {
          failures.push(`${text(response, 'STATUS', 'CODE')} ${text(response, 'STATUS', 'MESSAGE') ?? ''}`.trim());
        }
      }
    }
  };
  collect('BANKMSGSRSV1', 'STMTTRNRS', 'STMTRS', 'BANKACCTFROM');
  collect('CREDITCARDMSGSRSV1', 'CCSTMTTRNRS', 'CCSTMTRS', 'CCACCTFROM');
  if (statements.length === 0) {
    const signon = text(root, 'SIGNONMSGSRSV1', 'SONRS', 'STATUS', 'CODE');
    if (signon && signon !== '0') failures.unshift(`${signon} ${text(root, 'SIGNONMSGSRSV1', 'SONRS', 'STATUS', 'MESSAGE') ?? ''}`.trim());
    throw new StatementError(
      failures.length > 0
        ? `element STATUS: the bank reported an error (${failures[0]})`
        : 'element OFX: the file holds no bank or credit card statement (STMTRS or CCSTMTRS)',
      { element: failures.length > 0 ? 'STATUS' : 'OFX' },
    );
  }
  const accounts = new Set(statements.map((s) => text(s.account, 'ACCTID') ?? ''));
  if (accounts.size > 1) {
    throw new StatementError(`element ACCTID: the file holds statements of ${accounts.size} accounts; export one account per file`, {
      element: 'ACCTID',
    });
  }

  // each STMTTRN's line in the file, for messages
  const lines: number[] = [];
  const opening = /<STMTTRN>/gi;
  let at = 0;
  let line = 1;
  for (let m = opening.exec(source); m; m = opening.exec(source)) {
    line += lineAt(source.slice(at, m.index), m.index - at) - 1;
    at = m.index;
    lines.push(line);
  }

  const drafts: DraftLine[] = [];
  let n = 0;
  for (const { body } of statements) {
    const currency = text(body, 'CURDEF');
    for (const trn of children(child(body, 'BANKTRANLIST'), 'STMTTRN')) {
      const sourceLine = lines[n] ?? 0;
      n += 1;
      drafts.push(readTransaction(trn, sourceLine, currency));
    }
  }
  const first = statements[0]!;
  const number = text(first.account, 'ACCTID');
  const currency = text(first.body, 'CURDEF');
  return {
    format: 'ofx',
    lines: finishLines(drafts),
    mapping: null,
    account: { ...(number ? { number } : {}), ...(currency ? { currency: currency.toUpperCase() } : {}) },
  };
}

/**
 * OFX 2 is XML, but some exporters write it with bare ampersands or unclosed
 * leaf elements; when the XML is malformed, the body is read the 1.x way
 * (`sgmlToXml` escapes and closes them). A file that fails both is refused
 * with the XML error, which names the line. Declarations are refused either way.
 */
function parseOfx2(source: string, start: number): XmlNode {
  try {
    return parseXml(source, ARRAYS);
  } catch (error) {
    if (!(error instanceof StatementError) || /declarations|nests deeper|more than/.test(error.message)) throw error;
    try {
      return parseXml(sgmlToXml(source, start), ARRAYS);
    } catch {
      throw error;
    }
  }
}

function readTransaction(trn: XmlNode, line: number, statementCurrency: string | null): DraftLine {
  const posted = text(trn, 'DTPOSTED') ?? text(trn, 'DTUSER');
  if (!posted) throw new StatementError(`line ${line}, element STMTTRN: the transaction has no DTPOSTED`, { line, element: 'DTPOSTED' });
  const date = readOfxDate(posted);
  if (!date) throw new StatementError(`line ${line}, element DTPOSTED: '${posted}' is not a date`, { line, element: 'DTPOSTED' });
  const rawAmount = text(trn, 'TRNAMT');
  if (!rawAmount) throw new StatementError(`line ${line}, element STMTTRN: the transaction has no TRNAMT`, { line, element: 'TRNAMT' });
  const amount = readOfxAmount(rawAmount);
  if (!amount.ok)
    throw new StatementError(`line ${line}, element TRNAMT: amount '${rawAmount}' ${amount.reason}`, { line, element: 'TRNAMT' });
  const name = cleanText(text(trn, 'NAME') ?? text(trn, 'PAYEE', 'NAME') ?? text(trn, 'PAYEE') ?? text(trn, 'EXTDNAME'));
  const currency = (text(trn, 'CURRENCY', 'CURSYM') ?? text(trn, 'ORIGCURRENCY', 'CURSYM') ?? statementCurrency)?.toUpperCase() ?? null;
  return {
    date,
    amount: amount.value,
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null,
    description: joinText(text(trn, 'MEMO')) ?? name ?? '',
    counterparty: name,
    reference: cleanText(text(trn, 'CHECKNUM') ?? text(trn, 'REFNUM')),
    bank_id: cleanText(text(trn, 'FITID')),
    source_line: line,
  };
}

/** `YYYYMMDD[HHMMSS[.XXX]][[+-]h[:TZ]]` → its calendar date as written (the bank's booking day). */
export function readOfxDate(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,3})?)?)?)?\s*(?:\[[^\]]*\])?$/.exec(value.trim());
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** TRNAMT: a signed decimal; some European banks write a decimal comma ("-12,50"). */
export function readOfxAmount(value: string): { ok: true; value: string } | { ok: false; reason: string } {
  let text = value.trim().replace(/\s+/g, '');
  if (/^[+-]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, reason: 'is not a number' };
  const parsed = parseDecimal(text.replace(/^\+/, ''));
  return parsed.ok ? parsed : { ok: false, reason: parsed.reason };
}

/**
 * The text of an OFX file: its header's ENCODING/CHARSET when it names one
 * (OFX 1.x), its XML declaration otherwise. Files that declare CHARSET:1252 but
 * are valid UTF-8 with non-ASCII letters (a common export bug) are read as UTF-8.
 */
function decodeOfx(bytes: Uint8Array, head: string): string {
  const encoding = /^\s*ENCODING\s*:\s*(\S+)/im.exec(head)?.[1];
  const charset = /^\s*CHARSET\s*:\s*(\S+)/im.exec(head)?.[1];
  const xmlEncoding = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  let declared: string | null = xmlEncoding ?? null;
  if (encoding && /utf-?8/i.test(encoding)) declared = 'utf-8';
  else if (charset && encodingLabel(charset)) declared = charset;
  if (declared && encodingLabel(declared) !== 'utf-8' && isUtf8WithNonAscii(bytes)) declared = 'utf-8';
  return decodeStatement(bytes, declared);
}

function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b > 0x7f)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const TAG_RE = /<(\/?)([A-Za-z0-9_.]+)\s*>([^<]*)/g;

/**
 * OFX 1.x SGML → well-formed XML. A start tag followed by text is a leaf
 * (closed right after its value, its end tag skipped when the bank wrote one);
 * a start tag followed by another tag is an aggregate, closed by its end tag
 * (elements left open inside it are closed with it). Names are upper-cased,
 * bare ampersands escaped. An end tag that closes nothing is an error.
 */
export function sgmlToXml(text: string, start: number): string {
  const out: string[] = [];
  const stack: string[] = [];
  let lastLeaf: string | null = null;
  TAG_RE.lastIndex = start;
  let expected = start;
  for (let m = TAG_RE.exec(text); m; m = TAG_RE.exec(text)) {
    const between = text.slice(expected, m.index);
    if (between.includes('<')) {
      const at = expected + between.indexOf('<');
      const line = lineAt(text, at);
      throw new StatementError(`line ${line}: '${text.slice(at, at + 20).split('\n')[0]}' is not an OFX tag`, { line });
    }
    expected = TAG_RE.lastIndex;
    const [, slash, rawName, rawValue] = m;
    const name = rawName!.toUpperCase();
    if (slash) {
      if (lastLeaf === name) {
        lastLeaf = null;
        continue;
      }
      lastLeaf = null;
      const index = stack.lastIndexOf(name);
      if (index < 0) {
        const line = lineAt(text, m.index);
        throw new StatementError(`line ${line}, element ${name}: </${name}> closes nothing`, { line, element: name });
      }
      while (stack.length > index) out.push(`</${stack.pop()!}>`);
      continue;
    }
    const value = rawValue!.trim();
    if (value !== '' || LEAVES.has(name)) {
      out.push(`<${name}>${escapeText(value)}</${name}>`);
      lastLeaf = name;
    } else {
      out.push(`<${name}>`);
      stack.push(name);
      lastLeaf = null;
    }
  }
  const rest = text.slice(expected);
  if (rest.includes('<')) {
    const at = expected + rest.indexOf('<');
    const line = lineAt(text, at);
    throw new StatementError(`line ${line}: '${text.slice(at, at + 20).split('\n')[0]}' is not an OFX tag`, { line });
  }
  if (stack.length > 0 && stack[0] === 'OFX' && stack.length > 1) {
    const line = lineAt(text, text.length);
    const element = stack.at(-1)!;
    throw new StatementError(`line ${line}, element ${element}: the file ends before ${element} is closed (is it truncated?)`, {
      line,
      element,
    });
  }
  while (stack.length > 0) out.push(`</${stack.pop()!}>`);
  return out.join('');
}

function escapeText(value: string): string {
  return value.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;').replace(/>/g, '&gt;');
}
