import { createHash } from 'node:crypto';
import { deletePayment, recordPayment } from '@/features/invoices/service';
import { createTransaction, deleteTransaction } from '@/features/transactions/service';
import type { Workspace } from '@/lib/auth/workspace';
import { csvExport } from '@/lib/csv';
import { type Database, savepoint, type TenantRunner } from '@/lib/db';
import { ApiError, errors } from '@/lib/errors';
import { compareMoney } from '@/lib/money';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { AUTO_ACCEPT_DEFAULT, type MatchInvoice, type MatchLine, suggestCategory, suggestMatches } from './matching';
import { type CsvMapping, detectFormat, lineFingerprint, type ParsedStatement, parseStatement, StatementError } from './parse';
import {
  type AccountRow,
  countLines,
  countListedLines,
  countLinkedLines,
  deleteAccountRow,
  deleteRuleRow,
  type InsertedLine,
  insertAccount,
  insertImport,
  insertLines,
  insertRule,
  type LineFilters,
  lineSort,
  lockLine,
  type NewLine,
  selectAccount,
  selectAccounts,
  selectBookedHistory,
  selectInvoiceBrief,
  selectLine,
  selectLines,
  selectLinesOfInvoice,
  selectOpenInvoices,
  selectPayerAliases,
  selectRule,
  selectRules,
  setLineLink,
  updateAccountRow,
  updateImportCounts,
  updateRuleRow,
  writeCategories,
  writeSuggestions,
} from './queries';
import {
  type BankAccount,
  type BankAccountCreate,
  type BankAccountUpdate,
  type BankLine,
  type BankRule,
  type BookInput,
  type BulkInput,
  type ImportResult,
  type LineListQuery,
  maskAccount,
  type MatchInput,
  type RuleCreate,
  type RuleUpdate,
  type StatementQuery,
} from './schema';

/**
 * Bank statements (docs/decisions/0122-bank-statements.md): accounts, the
 * import (parse → insert once → suggest → accept automatically when asked →
 * categorise, all in the request's one transaction), matching to invoices
 * through the invoices' payments path, booking as expenses, and rules.
 */

type Owner = Workspace;

// ---------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------

function toAccount(row: AccountRow): BankAccount {
  return {
    ...row,
    iban: maskAccount(row.iban),
    account_number: maskAccount(row.account_number),
    auto_accept_threshold: row.auto_accept_threshold === null ? null : Number(row.auto_accept_threshold),
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
  };
}

export async function listAccounts(tx: Database, owner: Pick<Workspace, 'id'>): Promise<BankAccount[]> {
  return (await selectAccounts(tx, owner.id)).map(toAccount);
}

export async function getAccount(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<BankAccount> {
  const row = await selectAccount(tx, owner.id, id);
  if (!row) throw errors.notFound('Bank account');
  return toAccount(row);
}

export async function createAccount(tx: Database, owner: Owner, input: BankAccountCreate): Promise<BankAccount> {
  const id = await insertAccount(tx, owner.id, input);
  return getAccount(tx, owner, id);
}

export async function updateAccount(tx: Database, owner: Owner, id: string, input: BankAccountUpdate): Promise<BankAccount> {
  if (!(await updateAccountRow(tx, owner.id, id, input))) throw errors.notFound('Bank account');
  return getAccount(tx, owner, id);
}

/** Deleting an account deletes its lines; refused while some line records a payment or a transaction. */
export async function deleteAccount(tx: Database, owner: Owner, id: string): Promise<{ id: string }> {
  const account = await selectAccount(tx, owner.id, id, true);
  if (!account) throw errors.notFound('Bank account');
  const linked = await countLinkedLines(tx, owner.id, id);
  if (linked > 0) {
    throw errors.conflict(
      `${linked} line${linked === 1 ? '' : 's'} of this account recorded a payment or a transaction: unmatch or unbook them first.`,
      { id: ['has matched or booked lines'] },
    );
  }
  await deleteAccountRow(tx, owner.id, id);
  return { id };
}

// ---------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------

function mappingFrom(query: StatementQuery): Partial<CsvMapping> | undefined {
  const mapping = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Partial<CsvMapping>;
  return Object.keys(mapping).length > 0 ? mapping : undefined;
}

function statementError(error: unknown): ApiError {
  if (error instanceof StatementError) {
    const where = error.at.line !== undefined ? `line ${error.at.line}` : error.at.element ? `element ${error.at.element}` : 'file';
    return errors.validation({ [where]: [error.message] }, `The statement cannot be read (${where}): ${error.message}`);
  }
  return errors.validation({ file: ['cannot be read as a bank statement'] }, 'The statement cannot be read.');
}

/** The line's dedupe key: the bank's own id when the file has one, else its fingerprint. */
function dedupeKey(bankId: string | null, fingerprint: string): string {
  if (!bankId) return `fp:${fingerprint}`;
  return bankId.length <= 190 ? `id:${bankId}` : `id:${createHash('sha256').update(bankId).digest('hex')}`;
}

/** Text as a column can hold it: no NUL, well-formed unicode, at most `max` characters. */
function clean(value: string, max: number): string {
  return value
    .replace(/\u0000/g, '')
    .toWellFormed()
    .slice(0, max);
}

function clip(value: string | null, max: number): string | null {
  return value === null ? null : clean(value, max) || null;
}

/** A line the database could not store as given (the parsers promise these; checked again at the boundary). */
function unstorable(line: { date: string; amount: string; source_line: number }): StatementError | undefined {
  const year = Number(line.date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(line.date) || year < 1900 || year > 2999) {
    return new StatementError(`the date ${line.date} is not a date between 1900 and 2999`, { line: line.source_line });
  }
  if (!/^-?\d{1,12}\.\d{2}$/.test(line.amount)) {
    return new StatementError(`the amount ${line.amount} is not an amount of at most 12 digits and 2 decimals`, { line: line.source_line });
  }
  return undefined;
}

export function clientNames(row: { first_name: string | null; last_name: string | null; company: string | null; email: string | null }) {
  const names = [[row.first_name, row.last_name].filter(Boolean).join(' '), row.company, row.email?.split('@')[0] ?? null];
  return names.filter((n): n is string => !!n && n.trim() !== '');
}

export async function importStatement(
  tx: Database,
  owner: Owner,
  accountId: string,
  file: { bytes: Uint8Array; contentType: string },
  query: StatementQuery,
): Promise<ImportResult> {
  const account = await selectAccount(tx, owner.id, accountId, true);
  if (!account) throw errors.notFound('Bank account');
  let parsed: ParsedStatement;
  try {
    const format = detectFormat(file.contentType, file.bytes);
    parsed = parseStatement(file.bytes, format, {
      mapping: mappingFrom(query),
      savedMapping: (account.csv_mapping as CsvMapping | null) ?? null,
    });
  } catch (error) {
    throw statementError(error);
  }
  for (const line of parsed.lines) {
    const problem = unstorable(line);
    if (problem) throw statementError(problem);
  }
  const foreign = parsed.lines.find((line) => line.currency !== null && line.currency !== account.currency);
  if (foreign) {
    throw errors.unprocessable(`Line ${foreign.source_line} is in ${foreign.currency}; this account is in ${account.currency}.`, {
      [`line ${foreign.source_line}`]: [`is in ${foreign.currency}, not ${account.currency}`],
    });
  }
  const importId = await insertImport(tx, owner.id, {
    bank_account_id: accountId,
    format: parsed.format,
    byte_size: file.bytes.byteLength,
  });
  const rows: NewLine[] = parsed.lines.map((line) => {
    const fingerprint = lineFingerprint(accountId, line);
    const bankId = line.bank_id === null ? null : clean(line.bank_id, 10_000) || null;
    return {
      date: line.date,
      amount: line.amount,
      currency: line.currency,
      description: clean(line.description, 2000) || '(no description)',
      counterparty: clip(line.counterparty, 500),
      reference: clip(line.reference, 1000),
      bank_id: clip(bankId, 200),
      fingerprint,
      dedupe_key: dedupeKey(bankId, fingerprint),
      position: line.position,
    };
  });
  const inserted = await insertLines(tx, owner.id, accountId, importId, rows);
  const { suggestions, matched } = await suggestForLines(tx, owner, account, inserted);
  await categoriseLines(tx, owner, inserted);
  if (parsed.format === 'csv' && parsed.mapping) {
    const mapping = Object.fromEntries(
      Object.entries(parsed.mapping)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([key, value]) => [key, clean(value, 200)]),
    );
    await updateAccountRow(tx, owner.id, accountId, { csv_mapping: mapping });
  }
  const result = { lines: parsed.lines.length, new: inserted.length, duplicates: parsed.lines.length - inserted.length, suggestions };
  await updateImportCounts(tx, owner.id, importId, {
    lines: result.lines,
    new_lines: result.new,
    duplicates: result.duplicates,
    suggestions,
    matched,
  });
  return result;
}

function matchLineOf(line: InsertedLine): MatchLine {
  return {
    id: line.id,
    date: line.date,
    amount: line.amount,
    description: line.description,
    counterparty: line.counterparty,
    reference: line.reference,
  };
}

/** Scores the new incoming lines against the open invoices; accepts the sure ones when the account says so. */
async function suggestForLines(
  tx: Database,
  owner: Owner,
  account: AccountRow,
  lines: InsertedLine[],
): Promise<{ suggestions: number; matched: number }> {
  const incoming = lines.filter((line) => compareMoney(line.amount, '0.00') > 0);
  if (incoming.length === 0) return { suggestions: 0, matched: 0 };
  const open = await selectOpenInvoices(tx, owner.id, account.currency);
  if (open.length === 0) return { suggestions: 0, matched: 0 };
  const invoices: MatchInvoice[] = open.map((row) => ({
    id: row.id,
    number: row.number,
    contact_id: row.contact_id,
    client_names: clientNames(row),
    issue_date: row.issue_date,
    due_date: row.due_date,
    total: row.total,
    balance_due: row.balance_due,
    currency: row.currency,
  }));
  const aliases = await selectPayerAliases(tx, owner.id);
  const found = suggestMatches(incoming.map(matchLineOf), invoices, aliases);
  const values = [...found.entries()]
    .filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => entry[1] !== null)
    .map(([id, s]) => ({ id, invoice_id: s.invoice_id, confidence: s.confidence, reasons: s.reasons, partial: s.partial }));
  await writeSuggestions(tx, owner.id, values);
  let matched = 0;
  if (account.auto_accept) {
    const threshold = account.auto_accept_threshold === null ? AUTO_ACCEPT_DEFAULT : Number(account.auto_accept_threshold);
    for (const s of values.filter((v) => v.confidence >= threshold)) {
      // a suggestion the invoice can no longer take stays a suggestion
      const ok = await savepoint(tx, (sp) => matchLine(sp, owner, s.id, { invoice_id: s.invoice_id })).then(
        () => true,
        () => false,
      );
      if (ok) matched += 1;
    }
  }
  return { suggestions: values.length, matched };
}

/** Proposes a category for each new outgoing line, from the rules, else from how lines were booked before. */
async function categoriseLines(tx: Database, owner: Owner, lines: InsertedLine[]): Promise<void> {
  const outgoing = lines.filter((line) => compareMoney(line.amount, '0.00') < 0);
  if (outgoing.length === 0) return;
  const rules = await selectRules(tx, owner.id);
  const history = await selectBookedHistory(tx, owner.id);
  if (rules.length === 0 && history.length === 0) return;
  const values: { id: string; category: string; source: 'rule' | 'learned' }[] = [];
  for (const line of outgoing) {
    const found = suggestCategory(matchLineOf(line), rules, history);
    if (found) values.push({ id: line.id, category: found.category.slice(0, 100), source: found.source });
  }
  await writeCategories(tx, owner.id, values);
}

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

function filtersFor(owner: Pick<Workspace, 'id'>, query: Omit<LineListQuery, 'format' | 'limit' | 'cursor' | 'sort'>): LineFilters {
  return {
    workspaceId: owner.id,
    status: query.status,
    accountId: query.bank_account_id,
    importId: query.import_id,
    direction: query.direction,
    from: query.from,
    to: query.to,
    q: query.q || undefined,
  };
}

export async function listLines(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  query: LineListQuery,
): Promise<{ data: BankLine[]; page: Page }> {
  const filters = filtersFor(owner, query);
  const sort = lineSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectLines(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters) ? keptCount(tx, owner.id, 'bank_lines') : countListedLines(tx, filters)),
  );
}

export const LINE_CSV_FIELDS = [
  'id',
  'bank_account_id',
  'date',
  'amount',
  'currency',
  'description',
  'counterparty',
  'reference',
  'status',
  'invoice_id',
  'invoice_number',
  'transaction_id',
  'category',
] as const;

export function exportLinesCsv(run: TenantRunner, owner: Pick<Workspace, 'id'>, query: LineListQuery): Response {
  const filters = filtersFor(owner, query);
  const sort = lineSort(query.sort.field, query.sort.direction);
  return csvExport({
    filename: 'bank-lines.csv',
    fields: LINE_CSV_FIELDS,
    run,
    fetch: (tx, cursor, limit) => selectLines(tx, filters, sort, cursor, limit),
  });
}

export async function getLine(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<BankLine> {
  const line = await selectLine(tx, owner.id, id);
  if (!line) throw errors.notFound('Bank line');
  return line;
}

/** The line, locked for this transaction (404 when it is not the workspace's). */
async function lockedLine(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<BankLine> {
  if (!(await lockLine(tx, owner.id, id))) throw errors.notFound('Bank line');
  return getLine(tx, owner, id);
}

function alreadyLinked(line: BankLine): ApiError | undefined {
  if (line.status === 'matched') {
    return errors.conflict(`This line already paid invoice ${line.invoice_number ?? ''}: unmatch it first.`.replace('  ', ' '), {
      id: ['is already matched'],
    });
  }
  if (line.status === 'booked')
    return errors.conflict('This line is booked as a transaction: unbook it first.', { id: ['is already booked'] });
  return undefined;
}

/** What matching would do, checked as matchLine checks it, without writing (the assistant's proposal). */
export async function describeMatch(tx: Database, owner: Owner, id: string, invoiceId: string): Promise<string> {
  const line = await getLine(tx, owner, id);
  const linked = alreadyLinked(line);
  if (linked) throw linked;
  if (compareMoney(line.amount, '0.00') <= 0)
    throw errors.unprocessable('Only money coming in can pay an invoice.', { bank_line_id: ['is not an incoming line'] });
  const invoice = await selectInvoiceBrief(tx, owner.id, invoiceId);
  if (!invoice)
    throw errors.unprocessable('That invoice does not exist in this workspace.', { invoice_id: ['is not an invoice of this workspace'] });
  if (invoice.currency !== line.currency) {
    throw errors.unprocessable(`Invoice ${invoice.invoice_number} is in ${invoice.currency}; the payment is in ${line.currency}.`, {
      invoice_id: [`is in ${invoice.currency}, not ${line.currency}`],
    });
  }
  const partial = compareMoney(line.amount, invoice.balance_due) < 0;
  return (
    `Record the payment of ${line.amount} ${line.currency} from ${line.date} (${line.counterparty ? `${line.counterparty}: ` : ''}${line.description}) ` +
    `on invoice ${invoice.invoice_number}, which has ${invoice.balance_due} ${invoice.currency} due${partial ? ' (a partial payment)' : ''}.`
  );
}

/**
 * Records the line as a payment of the invoice, through the invoices' payments
 * path (partial when the amount is below the balance), and links it.
 */
export async function matchLine(tx: Database, owner: Owner, id: string, input: MatchInput): Promise<BankLine> {
  const line = await lockedLine(tx, owner, id);
  const linked = alreadyLinked(line);
  if (linked) throw linked;
  if (compareMoney(line.amount, '0.00') <= 0) {
    throw errors.unprocessable('Only money coming in can pay an invoice; book outgoing lines as expenses.', {
      id: ['is not an incoming line'],
    });
  }
  const invoice = await selectInvoiceBrief(tx, owner.id, input.invoice_id);
  if (!invoice)
    throw errors.unprocessable('That invoice does not exist in this workspace.', { invoice_id: ['is not an invoice of this workspace'] });
  if (invoice.currency !== line.currency) {
    throw errors.unprocessable(`Invoice ${invoice.invoice_number} is in ${invoice.currency}; this line is in ${line.currency}.`, {
      invoice_id: [`is in ${invoice.currency}, not ${line.currency}`],
    });
  }
  const amount = input.amount ?? line.amount;
  if (compareMoney(amount, line.amount) > 0) {
    throw errors.unprocessable(`The line brought ${line.amount}; a payment from it cannot be more.`, {
      amount: [`must be at most ${line.amount}`],
    });
  }
  const payment = await recordPayment(tx, owner, invoice.id, {
    amount,
    date: line.date,
    description: `Bank: ${line.counterparty ? `${line.counterparty} – ` : ''}${line.description}`.slice(0, 2000),
    category: 'Invoice payments',
  });
  await setLineLink(tx, owner.id, id, { payment_id: payment.id, ignored: false });
  return getLine(tx, owner, id);
}

/** Undoes a match: the payment goes (the invoice's status follows) and the line is back in the queue. */
export async function unmatchLine(tx: Database, owner: Owner, id: string): Promise<BankLine> {
  const line = await lockedLine(tx, owner, id);
  if (line.status !== 'matched' || !line.payment_id || !line.invoice_id) {
    throw errors.conflict('This line is not matched to an invoice.', { id: ['is not matched'] });
  }
  await deletePayment(tx, owner, line.invoice_id, line.payment_id);
  return getLine(tx, owner, id);
}

/** Books the line as a transaction (an expense when money went out); later imports learn from it. */
export async function bookLine(tx: Database, owner: Owner, id: string, input: BookInput): Promise<BankLine> {
  const line = await lockedLine(tx, owner, id);
  const linked = alreadyLinked(line);
  if (linked) throw linked;
  const negative = compareMoney(line.amount, '0.00') < 0;
  if (compareMoney(line.amount, '0.00') === 0) throw errors.unprocessable('A line of 0.00 cannot be booked.', { id: ['has no amount'] });
  const amount = negative ? line.amount.slice(1) : line.amount;
  const created = await createTransaction(tx, owner, {
    type: input.type ?? (negative ? 'expense' : 'income'),
    amount,
    category: input.category,
    description: `${line.counterparty ? `${line.counterparty} – ` : ''}${line.description}`.slice(0, 2000),
    date: line.date,
    invoice_id: null,
  });
  await setLineLink(tx, owner.id, id, { transaction_id: created.id, ignored: false });
  return getLine(tx, owner, id);
}

export async function unbookLine(tx: Database, owner: Owner, id: string): Promise<BankLine> {
  const line = await lockedLine(tx, owner, id);
  if (line.status !== 'booked' || !line.transaction_id) throw errors.conflict('This line is not booked.', { id: ['is not booked'] });
  await deleteTransaction(tx, owner, line.transaction_id);
  return getLine(tx, owner, id);
}

async function setIgnored(tx: Database, owner: Owner, id: string, ignored: boolean): Promise<BankLine> {
  const line = await lockedLine(tx, owner, id);
  const linked = alreadyLinked(line);
  if (linked) throw linked;
  await setLineLink(tx, owner.id, id, { ignored });
  return getLine(tx, owner, id);
}

/** One action on many lines, all or nothing (the request's one transaction). */
export async function bulkLines(
  tx: Database,
  owner: Owner,
  input: BulkInput,
): Promise<{ action: string; count: number; lines: BankLine[] }> {
  const lines: BankLine[] = [];
  for (const id of input.ids) {
    try {
      if (input.action === 'accept') {
        const line = await getLine(tx, owner, id);
        if (!line.suggestion) throw errors.unprocessable('This line has no suggestion to accept.', { id: ['has no suggestion'] });
        lines.push(await matchLine(tx, owner, id, { invoice_id: line.suggestion.invoice_id }));
      } else if (input.action === 'book') {
        lines.push(await bookLine(tx, owner, id, { category: input.category!, type: input.type }));
      } else {
        lines.push(await setIgnored(tx, owner, id, input.action === 'ignore'));
      }
    } catch (error) {
      if (error instanceof ApiError) {
        const problems = Object.values(error.details ?? {}).flat();
        throw new ApiError(error.code, `Line ${input.ids.indexOf(id) + 1} of ${input.ids.length}: ${error.message} Nothing was changed.`, {
          [`ids.${input.ids.indexOf(id)}`]: problems.length > 0 ? problems : [error.message],
        });
      }
      throw error;
    }
  }
  return { action: input.action, count: lines.length, lines };
}

/** What the review page offers to match by hand: the open invoices in the accounts' currencies. */
export async function openInvoiceChoices(
  tx: Database,
  owner: Pick<Workspace, 'id'>,
  currencies: string[],
): Promise<{ id: string; label: string; currency: string }[]> {
  const out: { id: string; label: string; currency: string }[] = [];
  for (const currency of [...new Set(currencies)]) {
    for (const row of await selectOpenInvoices(tx, owner.id, currency)) {
      const client = clientNames(row)[0];
      out.push({ id: row.id, currency, label: `${row.number}${client ? ` · ${client}` : ''} · ${row.balance_due} ${currency} due` });
    }
  }
  return out;
}

/** How many lines of each status (the review page's tabs). */
export async function lineCounts(tx: Database, owner: Pick<Workspace, 'id'>, accountId?: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const status of ['unmatched', 'suggested', 'matched', 'booked', 'ignored'] as const) {
    counts[status] = await countLines(tx, { workspaceId: owner.id, status, accountId });
  }
  return counts;
}

export async function linesOfInvoice(tx: Database, owner: Pick<Workspace, 'id'>, invoiceId: string): Promise<BankLine[]> {
  return selectLinesOfInvoice(tx, owner.id, invoiceId);
}

// ---------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------

export async function listRules(tx: Database, owner: Pick<Workspace, 'id'>): Promise<BankRule[]> {
  return selectRules(tx, owner.id);
}

export async function getRule(tx: Database, owner: Pick<Workspace, 'id'>, id: string): Promise<BankRule> {
  const rule = await selectRule(tx, owner.id, id);
  if (!rule) throw errors.notFound('Bank rule');
  return rule;
}

export async function createRule(tx: Database, owner: Owner, input: RuleCreate): Promise<BankRule> {
  const id = await insertRule(tx, owner.id, {
    pattern: input.pattern,
    match: input.match ?? 'contains',
    field: input.field ?? 'description',
    category: input.category,
    type: input.type ?? 'expense',
  });
  return getRule(tx, owner, id);
}

export async function updateRule(tx: Database, owner: Owner, id: string, input: RuleUpdate): Promise<BankRule> {
  if (!(await updateRuleRow(tx, owner.id, id, input))) throw errors.notFound('Bank rule');
  return getRule(tx, owner, id);
}

export async function deleteRule(tx: Database, owner: Owner, id: string): Promise<{ id: string }> {
  if (!(await deleteRuleRow(tx, owner.id, id))) throw errors.notFound('Bank rule');
  return { id };
}
