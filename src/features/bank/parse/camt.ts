import { formatUnits, parseDecimal, toUnits } from '@/lib/money';
import { decodeStatement, decodeWindows1252 } from './decode';
import { cleanText, finishLines, joinText } from './lines';
import { type DraftLine, type ParsedStatement, StatementError } from './types';
import { attribute, child, children, parseXml, text, type XmlNode } from './xml';

/**
 * CAMT.053 (ISO 20022 BkToCstmrStmt), versions .001.02 to .001.08 and later:
 * namespaces ignored, one line per booked entry (Ntry), or one per
 * transaction (TxDtls) for a batch entry whose transactions each give an
 * amount adding up to the entry's. Pending and information-only entries
 * (Sts PDNG/INFO) are skipped: they are not on the account yet. A reversal
 * (RvslInd) keeps the sign of its CdtDbtInd unless the balances say the bank
 * meant the original's direction (`reversalsFlip`).
 */

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AddtlNtryInf', 'AddtlTxInf']);
const NOT_PROVIDED = /^NOT\s*PROVIDED$/i;

export function parseCamt(bytes: Uint8Array): ParsedStatement {
  const head = decodeWindows1252(bytes.subarray(0, 512));
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null;
  const xml = decodeStatement(bytes, declared);
  const document = parseXml(xml, ARRAYS);
  const root = child(document, 'Document') ?? document;
  const report = child(root, 'BkToCstmrStmt') ?? findWithin(document, 'BkToCstmrStmt', 4);
  if (!report) {
    const other = Object.keys(root).find((k) => !k.startsWith('@') && k !== '#text');
    throw new StatementError(
      other === 'BkToCstmrAcctRpt' || other === 'BkToCstmrDbtCdtNtfctn'
        ? `element ${other}: this is a CAMT.052/054 report, not a CAMT.053 statement; export the account statement (camt.053)`
        : `element ${other ?? 'Document'}: this is not a CAMT.053 statement (no BkToCstmrStmt)`,
      { element: other ?? 'Document' },
    );
  }
  const statements = children(report, 'Stmt');
  if (statements.length === 0) throw new StatementError('element Stmt: the file holds no statement', { element: 'Stmt' });
  const accounts = new Set(statements.map((s) => text(s, 'Acct', 'Id', 'IBAN') ?? text(s, 'Acct', 'Id', 'Othr', 'Id') ?? ''));
  if (accounts.size > 1) {
    throw new StatementError(`element Acct: the file holds statements of ${accounts.size} accounts; export one account per file`, {
      element: 'Acct',
    });
  }

  // each entry's line in the file, for messages
  const entryLines: number[] = [];
  const opening = /<(?:[\w.-]+:)?Ntry[\s>]/g;
  let at = 0;
  let line = 1;
  for (let m = opening.exec(xml); m; m = opening.exec(xml)) {
    for (let i = xml.indexOf('\n', at); i >= 0 && i < m.index; i = xml.indexOf('\n', i + 1)) line += 1;
    at = m.index;
    entryLines.push(line);
  }

  const drafts: DraftLine[] = [];
  let entryNumber = 0;
  for (const statement of statements) {
    const accountCurrency = text(statement, 'Acct', 'Ccy');
    const entries = children(statement, 'Ntry');
    const where = (i: number): Where => ({ entry: entryNumber + i + 1, line: entryLines[entryNumber + i] });
    const flip = reversalsFlip(statement, entries, where);
    entries.forEach((entry, i) => drafts.push(...readEntry(entry, where(i), accountCurrency, flip)));
    entryNumber += entries.length;
  }
  const first = statements[0]!;
  const iban = text(first, 'Acct', 'Id', 'IBAN');
  const number = text(first, 'Acct', 'Id', 'Othr', 'Id');
  const currency = text(first, 'Acct', 'Ccy');
  return {
    format: 'camt053',
    lines: finishLines(drafts),
    mapping: null,
    account: { ...(iban ? { iban: iban.replace(/\s+/g, '') } : {}), ...(number ? { number } : {}), ...(currency ? { currency } : {}) },
  };
}

/** An entry's 1-based number and the line it starts on. */
interface Where {
  entry: number;
  line: number | undefined;
}

/** The first element of a name within a few levels (a statement inside an envelope such as a SWIFT business message). */
function findWithin(node: XmlNode, name: string, depth: number): XmlNode | undefined {
  if (depth === 0) return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@') || key === '#text' || !value || typeof value !== 'object') continue;
    const found = key === name ? child(node, name) : findWithin((Array.isArray(value) ? value[0] : value) as XmlNode, name, depth - 1);
    if (found) return found;
  }
  return undefined;
}

function fail(where: Where, element: string, message: string): never {
  const line = where.line !== undefined ? `line ${where.line}, ` : '';
  throw new StatementError(`${line}entry ${where.entry}, element ${element}: ${message}`, {
    ...(where.line !== undefined ? { line: where.line } : {}),
    element,
  });
}

function readAmount(node: XmlNode | undefined, entry: Where, element: string): bigint | null {
  const raw = text(node, 'Amt') ?? (node ? text(node, 'AmtDtls', 'TxAmt', 'Amt') : null);
  if (raw === null) return null;
  if (!/^\d+(?:\.\d+)?$/.test(raw)) fail(entry, element, `amount '${raw}' is not a number`);
  const parsed = parseDecimal(raw);
  if (!parsed.ok) fail(entry, element, `amount '${raw}' ${parsed.reason}`);
  return toUnits(parsed.value);
}

function bankRef(value: string | null): string | null {
  const clean = cleanText(value);
  return clean && !NOT_PROVIDED.test(clean) ? clean : null;
}

function status(entry: XmlNode): string | null {
  return (text(entry, 'Sts', 'Cd') ?? text(entry, 'Sts'))?.toUpperCase() ?? null;
}

/**
 * How a reversal's sign is read. ISO 20022 says CdtDbtInd is the reversal's own
 * direction (a returned direct debit is CRDT with RvslInd true); some banks
 * carry over the MT940 habit and give the original's direction instead. The
 * statement's balances decide: when the opening balance plus the entries only
 * reaches the closing balance with the reversals turned round, they are turned
 * round; otherwise (no balances, no reversals, or both readings fail) the
 * standard reading stands.
 */
function reversalsFlip(statement: XmlNode, entries: XmlNode[], where: (i: number) => Where): boolean {
  const booked = entries.filter((e) => !['PDNG', 'INFO', 'FUTR'].includes(status(e) ?? ''));
  if (!booked.some((e) => text(e, 'RvslInd') === 'true')) return false;
  const balance = (codes: string[]) => {
    const found = children(statement, 'Bal').find((b) => codes.includes(text(b, 'Tp', 'CdOrPrtry', 'Cd') ?? ''));
    const raw = found ? text(found, 'Amt') : null;
    const parsed = raw ? parseDecimal(raw) : null;
    if (!found || !parsed?.ok) return null;
    return toUnits(parsed.value) * (text(found, 'CdtDbtInd') === 'DBIT' ? -1n : 1n);
  };
  const opening = balance(['OPBD', 'PRCD']);
  const closing = balance(['CLBD']);
  if (opening === null || closing === null) return false;
  let standard = opening;
  let turned = opening;
  booked.forEach((entry, i) => {
    const units = readAmount(entry, where(i), 'Amt') ?? 0n;
    const signed = text(entry, 'CdtDbtInd') === 'DBIT' ? -units : units;
    standard += signed;
    turned += text(entry, 'RvslInd') === 'true' ? -signed : signed;
  });
  return standard !== closing && turned === closing;
}

function readEntry(entry: XmlNode, n: Where, accountCurrency: string | null, flipReversals: boolean): DraftLine[] {
  const state = status(entry);
  if (state === 'PDNG' || state === 'INFO' || state === 'FUTR') return [];
  const amount = readAmount(entry, n, 'Amt');
  if (amount === null) fail(n, 'Amt', 'the entry has no amount');
  const indicator = text(entry, 'CdtDbtInd');
  if (indicator !== 'CRDT' && indicator !== 'DBIT') fail(n, 'CdtDbtInd', `'${indicator ?? ''}' is neither CRDT nor DBIT`);
  const reversal = flipReversals && text(entry, 'RvslInd') === 'true';
  const rawDate =
    text(entry, 'BookgDt', 'Dt') ?? text(entry, 'BookgDt', 'DtTm') ?? text(entry, 'ValDt', 'Dt') ?? text(entry, 'ValDt', 'DtTm');
  if (!rawDate) fail(n, 'BookgDt', 'the entry has no booking date');
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(rawDate)?.[1];
  if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    fail(n, 'BookgDt', `'${rawDate}' is not a date`);
  }
  const currency = attribute(entry, 'Ccy', 'Amt') ?? accountCurrency;
  const entryInfo = joinText(...children(entry, 'AddtlNtryInf').map((a) => text(a)));
  const entryRef = bankRef(text(entry, 'AcctSvcrRef')) ?? bankRef(text(entry, 'NtryRef'));
  const transactions = children(entry, 'NtryDtls').flatMap((d) => children(d, 'TxDtls'));
  const signed = (units: bigint, ind: string) => {
    const sign = (ind === 'DBIT' ? -1n : 1n) * (reversal ? -1n : 1n);
    return formatUnits(units * sign);
  };

  // A batch whose transactions each carry an amount adding up to the entry: one line per transaction.
  if (transactions.length > 1) {
    const parts = transactions.map((tx) => {
      const units = readAmount(tx, n, 'TxDtls/Amt');
      const ind = text(tx, 'CdtDbtInd') ?? indicator;
      return { tx, units, ind };
    });
    const complete = parts.every((p) => p.units !== null && (p.ind === 'CRDT' || p.ind === 'DBIT'));
    const sum = complete ? parts.reduce((s, p) => s + (p.ind === indicator ? p.units! : -p.units!), 0n) : -1n;
    if (complete && sum === amount) {
      return parts.map((p, i) => ({
        ...transactionFields(p.tx, p.ind, entryInfo),
        date,
        amount: signed(p.units!, p.ind),
        currency: attribute(p.tx, 'Ccy', 'Amt') ?? currency,
        bank_id: bankRef(text(p.tx, 'Refs', 'AcctSvcrRef')) ?? (entryRef ? `${entryRef}/${i + 1}` : transactionRef(p.tx)),
        source_line: n.entry,
      }));
    }
  }
  const single = transactions.length === 1 ? transactions[0] : undefined;
  const fields = single
    ? transactionFields(single, indicator, entryInfo)
    : { description: entryInfo ?? '', counterparty: null, reference: null };
  if (!single && transactions.length > 1 && !fields.description) fields.description = `Batch of ${transactions.length} transactions`;
  return [
    {
      ...fields,
      date,
      amount: signed(amount, indicator),
      currency,
      bank_id: entryRef ?? (single ? transactionRef(single) : null),
      source_line: n.entry,
    },
  ];
}

/** AcctSvcrRef, then TxId, then EndToEndId of one transaction (NOTPROVIDED ignored). */
function transactionRef(tx: XmlNode): string | null {
  return bankRef(text(tx, 'Refs', 'AcctSvcrRef')) ?? bankRef(text(tx, 'Refs', 'TxId')) ?? bankRef(text(tx, 'Refs', 'EndToEndId'));
}

function partyName(tx: XmlNode, role: 'Dbtr' | 'Cdtr'): string | null {
  const parties = child(tx, 'RltdPties');
  const ultimate = role === 'Dbtr' ? 'UltmtDbtr' : 'UltmtCdtr';
  return cleanText(
    text(parties, role, 'Nm') ?? text(parties, role, 'Pty', 'Nm') ?? text(parties, ultimate, 'Nm') ?? text(parties, ultimate, 'Pty', 'Nm'),
  );
}

function transactionFields(tx: XmlNode, indicator: string, entryInfo: string | null) {
  const remittance = child(tx, 'RmtInf');
  const unstructured = joinText(...children(remittance, 'Ustrd').map((u) => text(u)));
  const structured = joinText(...children(remittance, 'Strd').map((s) => text(s, 'CdtrRefInf', 'Ref')));
  // the payer of money in, the payee of money out (a returned debit names only its creditor)
  const counterparty = partyName(tx, indicator === 'CRDT' ? 'Dbtr' : 'Cdtr') ?? partyName(tx, indicator === 'CRDT' ? 'Cdtr' : 'Dbtr');
  const endToEnd = bankRef(text(tx, 'Refs', 'EndToEndId'));
  return {
    description: entryInfo ?? joinText(...children(tx, 'AddtlTxInf').map((a) => text(a))) ?? unstructured ?? '',
    counterparty,
    reference: joinText(structured, unstructured) ?? endToEnd,
  };
}
