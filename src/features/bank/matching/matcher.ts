import { formatUnits, toUnits } from '@/lib/money';
import { editDistance, nameKey, nameTokens } from './normalise';
import { invoiceNumberKey, numberEvidence, readText, type InvoiceNumberKey, type NumberEvidence, type ReadText } from './numbers';
import type { MatchInvoice, MatchLine, PayerAlias, Suggestion } from './types';

/**
 * Scores incoming bank lines against open invoices, then assigns invoices to
 * lines. Each piece of evidence adds to a log-odds score (weights below, ADR
 * 0121); a line's candidates and "none of them" share the probability
 * (softmax), so a second invoice that fits as well halves the confidence.
 * Invoices are indexed by amount, number and name token: a line is scored
 * only against invoices that share at least one piece of evidence with it.
 */

/** Threshold for automatic acceptance: measured precision ≥ 99 % on the evaluation set (ADR 0121). */
export const AUTO_ACCEPT_DEFAULT = 0.95;
/** Below this confidence no suggestion is made. */
export const SUGGEST_MIN = 0.3;

/** Log-odds weights. PRIOR is the score of an invoice with no evidence for it. */
export const WEIGHTS = {
  PRIOR: -4,
  AMOUNT_BALANCE: 4.5,
  AMOUNT_FRACTION: 1.5,
  AMOUNT_PARTIAL: 0.5,
  NUMBER: { full: 5.5, keyed: 4.5, padded: 3, bare: 1, near: 1.5 } satisfies Record<Exclude<NumberEvidence, null>, number>,
  NAME_FULL: 3,
  NAME_PARTIAL: 1.5,
  ALIAS: 3.5,
  NAME_AND_ALIAS: 0.5,
  BEFORE_ISSUE: -6,
} as const;

/** Another candidate this likely keeps the best one below automatic acceptance. */
const COMPETITOR_SHARE = 0.05;
/** A name token shared by more clients than this does not identify one. */
const DISTINCTIVE_DF = 2;

interface PreparedInvoice {
  invoice: MatchInvoice;
  balance: bigint;
  total: bigint;
  key: InvoiceNumberKey;
  names: string[][];
  group: string;
}

interface PreparedLine {
  line: MatchLine;
  amount: bigint;
  text: ReadText;
  tokens: Set<string>;
  payerKey: string;
}

interface Candidate {
  invoice: PreparedInvoice;
  score: number;
  reasons: string[];
  partial: boolean;
  strong: boolean;
  probability: number;
}

function money(units: bigint): string {
  const text = formatUnits(units);
  const [whole = '0', fraction = '00'] = text.replace('-', '').split('.');
  return `${text.startsWith('-') ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class InvoiceIndex {
  readonly byBalance = new Map<bigint, PreparedInvoice[]>();
  readonly byNumber = new Map<string, PreparedInvoice[]>();
  readonly byToken = new Map<string, PreparedInvoice[]>();
  readonly byContact = new Map<string, PreparedInvoice[]>();
  /** how many clients (contacts) use a name token */
  readonly df = new Map<string, number>();
  readonly aliases = new Map<string, Set<string>>();

  constructor(invoices: MatchInvoice[], aliases: PayerAlias[]) {
    const tokenGroups = new Map<string, Set<string>>();
    for (const invoice of invoices) {
      const balance = toUnits(invoice.balance_due);
      if (balance <= 0n) continue;
      const names = invoice.client_names.map((n) => [...new Set(nameTokens(n).filter((t) => t.length >= 2))]).filter((n) => n.length > 0);
      const prepared: PreparedInvoice = {
        invoice,
        balance,
        total: toUnits(invoice.total),
        key: invoiceNumberKey(invoice.number),
        names,
        group: invoice.contact_id ?? `invoice:${invoice.id}`,
      };
      push(this.byBalance, balance, prepared);
      if (prepared.key.value !== '') push(this.byNumber, prepared.key.value, prepared);
      if (invoice.contact_id) push(this.byContact, invoice.contact_id, prepared);
      for (const token of new Set(names.flat())) {
        push(this.byToken, token, prepared);
        const groups = tokenGroups.get(token) ?? new Set<string>();
        groups.add(prepared.group);
        tokenGroups.set(token, groups);
      }
    }
    for (const [token, groups] of tokenGroups) this.df.set(token, groups.size);
    for (const alias of aliases) {
      const key = nameKey(alias.name);
      if (key === '') continue;
      const contacts = this.aliases.get(key) ?? new Set<string>();
      contacts.add(alias.contact_id);
      this.aliases.set(key, contacts);
    }
  }

  candidates(line: PreparedLine): Set<PreparedInvoice> {
    const found = new Set<PreparedInvoice>();
    const add = (list: PreparedInvoice[] | undefined) => list?.forEach((p) => found.add(p));
    add(this.byBalance.get(line.amount));
    for (const factor of [2n, 3n, 4n]) add(this.byBalance.get(line.amount * factor));
    for (const mention of line.text.numbers) add(this.byNumber.get(mention.value));
    for (const token of line.tokens) {
      if ((this.df.get(token) ?? Infinity) <= DISTINCTIVE_DF) add(this.byToken.get(token));
    }
    for (const contact of this.aliases.get(line.payerKey) ?? []) add(this.byContact.get(contact));
    return found;
  }
}

function prepareLine(line: MatchLine): PreparedLine {
  const all = [line.counterparty ?? '', line.reference ?? '', line.description].join(' ');
  const text = readText(all);
  return { line, amount: toUnits(line.amount), text, tokens: new Set(nameTokens(all)), payerKey: nameKey(line.counterparty ?? '') };
}

/** How well one of the client's names appears in the line: all its words, or a distinctive one. */
function nameEvidence(
  line: PreparedLine,
  invoice: PreparedInvoice,
  index: InvoiceIndex,
): { level: 'full' | 'partial'; name: string } | null {
  let best: { level: 'full' | 'partial'; name: string } | null = null;
  for (const [i, words] of invoice.names.entries()) {
    let matched = 0;
    let distinctive = false;
    for (const word of words) {
      let hit = line.tokens.has(word);
      if (!hit && word.length >= 5) {
        for (const token of line.tokens) {
          if (token.length >= 5 && token[0] === word[0] && editDistance(token, word, 1) <= 1) {
            hit = true;
            break;
          }
        }
      }
      if (!hit && words.length > 1 && [...line.tokens].some((t) => t.length === 1 && t === word[0])) {
        matched += 0.5; // an initial: "G. Lee"
        continue;
      }
      if (hit) {
        matched += 1;
        if (word.length >= 3 && (index.df.get(word) ?? 0) <= DISTINCTIVE_DF) distinctive = true;
      }
    }
    const name = invoice.invoice.client_names[i] ?? words.join(' ');
    const single = words.length === 1 && words[0]!.length >= 4 && distinctive;
    if ((matched === words.length && words.length >= 2) || single) return { level: 'full', name };
    if (distinctive && matched >= 1 && !best) best = { level: 'partial', name };
  }
  return best;
}

function score(line: PreparedLine, invoice: PreparedInvoice, index: InvoiceIndex): Candidate | null {
  if (line.amount > invoice.balance) return null; // the payments path refuses overpayment
  if (line.line.currency && line.line.currency.toUpperCase() !== invoice.invoice.currency.toUpperCase()) return null;
  const reasons: string[] = [];
  let total: number = WEIGHTS.PRIOR;
  let partial = false;
  let amountAgrees = false;
  if (line.amount === invoice.balance) {
    total += WEIGHTS.AMOUNT_BALANCE;
    amountAgrees = true;
    reasons.push(
      invoice.balance === invoice.total
        ? `Amount equals the balance due (${money(invoice.balance)})`
        : `Amount equals the balance due (${money(invoice.balance)}) of the partly paid total ${money(invoice.total)}`,
    );
  } else {
    partial = true;
    const fraction = [2n, 3n, 4n].find((f) => line.amount * f === invoice.balance);
    if (fraction) {
      total += WEIGHTS.AMOUNT_FRACTION;
      reasons.push(
        `Amount is a ${fraction === 2n ? 'half' : fraction === 3n ? 'third' : 'quarter'} of the balance due (${money(invoice.balance)}): an instalment`,
      );
    } else {
      total += WEIGHTS.AMOUNT_PARTIAL;
      reasons.push(`Amount is less than the balance due (${money(invoice.balance)}): a partial payment`);
    }
  }
  const number = numberEvidence(line.text, invoice.key);
  let identified = false;
  if (number) {
    total += WEIGHTS.NUMBER[number];
    identified = number === 'full' || number === 'keyed' || number === 'padded';
    const n = invoice.invoice.number;
    reasons.push(
      number === 'full' || number === 'keyed'
        ? `Reference names ${n}`
        : number === 'padded'
          ? `Reference contains the number of ${n}`
          : number === 'bare'
            ? `Reference contains ${invoice.key.value}, the number of ${n} without its prefix`
            : `Reference nearly names ${n} (one digit differs)`,
    );
  }
  const name = nameEvidence(line, invoice, index);
  const contact = invoice.invoice.contact_id;
  const alias = contact !== null && (index.aliases.get(line.payerKey)?.has(contact) ?? false);
  if (alias) {
    total += WEIGHTS.ALIAS + (name ? WEIGHTS.NAME_AND_ALIAS : 0);
    identified = true;
    reasons.push(`Payer "${line.line.counterparty}" paid this client's invoices before`);
  } else if (name) {
    total += name.level === 'full' ? WEIGHTS.NAME_FULL : WEIGHTS.NAME_PARTIAL;
    identified ||= name.level === 'full';
  }
  if (name)
    reasons.push(
      name.level === 'full'
        ? `Payer or text names the client (${name.name})`
        : `Payer or text shares a name with the client (${name.name})`,
    );
  if (line.line.date < invoice.invoice.issue_date) {
    total += WEIGHTS.BEFORE_ISSUE;
    reasons.push(`Paid on ${line.line.date}, before the invoice was issued (${invoice.invoice.issue_date})`);
  }
  if (!amountAgrees && !number && !name && !alias) return null;
  return { invoice, score: total, reasons, partial, strong: amountAgrees && identified, probability: 0 };
}

const byDueDate = (a: PreparedInvoice, b: PreparedInvoice) =>
  (a.invoice.due_date ?? a.invoice.issue_date).localeCompare(b.invoice.due_date ?? b.invoice.issue_date) ||
  a.invoice.issue_date.localeCompare(b.invoice.issue_date) ||
  a.invoice.number.localeCompare(b.invoice.number);

/** The candidates for one line, most likely first, with probabilities (softmax against "none of them"). */
function rank(line: PreparedLine, index: InvoiceIndex): Candidate[] {
  const candidates: Candidate[] = [];
  for (const invoice of index.candidates(line)) {
    const candidate = score(line, invoice, index);
    if (candidate) candidates.push(candidate);
  }
  const denominator = 1 + candidates.reduce((sum, c) => sum + Math.exp(c.score), 0);
  for (const c of candidates) c.probability = Math.exp(c.score) / denominator;
  candidates.sort((a, b) => b.probability - a.probability || byDueDate(a.invoice, b.invoice));
  // same amount, same client, nothing else to tell them apart: the oldest due is suggested, and the user told so
  const best = candidates[0];
  if (best) {
    const twins = candidates.filter(
      (c) => c.invoice.group === best.invoice.group && c.invoice.balance === best.invoice.balance && Math.abs(c.score - best.score) < 1e-9,
    );
    if (twins.length > 1) best.reasons.push(`${twins.length} invoices of this amount for this client: the oldest due is suggested`);
  }
  return candidates;
}

function toConfidence(p: number): number {
  return Math.min(0.99, Math.floor(p * 100 + 1e-9) / 100);
}

/**
 * Suggests an invoice for each incoming line (outgoing and zero lines get
 * null). Lines are ranked independently, then invoices are handed out by
 * decreasing confidence: a line gets an invoice only while the invoice's
 * balance, less what better lines already took, still covers it.
 */
export function suggestMatches(lines: MatchLine[], invoices: MatchInvoice[], aliases: PayerAlias[] = []): Map<string, Suggestion | null> {
  const index = new InvoiceIndex(invoices, aliases);
  const result = new Map<string, Suggestion | null>();
  const pairs: { line: PreparedLine; candidate: Candidate; rank: number; contested: boolean }[] = [];
  for (const line of lines) {
    result.set(line.id, null);
    if (toUnits(line.amount) <= 0n) continue;
    const prepared = prepareLine(line);
    const ranked = rank(prepared, index);
    const contested = ranked.length > 1 && ranked[1]!.probability >= COMPETITOR_SHARE;
    ranked.forEach((candidate, i) => {
      if (candidate.probability >= SUGGEST_MIN) pairs.push({ line: prepared, candidate, rank: i, contested });
    });
  }
  pairs.sort(
    (a, b) =>
      b.candidate.probability - a.candidate.probability ||
      a.rank - b.rank ||
      byDueDate(a.candidate.invoice, b.candidate.invoice) ||
      a.line.line.date.localeCompare(b.line.line.date) ||
      a.line.line.id.localeCompare(b.line.line.id),
  );
  const remaining = new Map<PreparedInvoice, bigint>();
  const winners = new Map<PreparedInvoice, { suggestion: Suggestion; probability: number }[]>();
  const assigned = new Set<string>();
  for (const { line, candidate, contested } of pairs) {
    if (assigned.has(line.line.id)) continue;
    const invoice = candidate.invoice;
    const left = remaining.get(invoice) ?? invoice.balance;
    if (line.amount > left) {
      // a better line took this invoice: if this one was nearly as good, the winners are not sure either
      for (const w of winners.get(invoice) ?? []) {
        if (candidate.probability >= w.probability * 0.8 && w.suggestion.confidence >= AUTO_ACCEPT_DEFAULT) {
          w.suggestion.confidence = toConfidence(AUTO_ACCEPT_DEFAULT - 0.01);
          w.suggestion.reasons.push('Another bank line also fits this invoice');
        }
      }
      continue;
    }
    remaining.set(invoice, left - line.amount);
    assigned.add(line.line.id);
    let confidence = toConfidence(candidate.probability);
    const reasons = [...candidate.reasons];
    if (confidence >= AUTO_ACCEPT_DEFAULT && (!candidate.strong || contested)) {
      confidence = toConfidence(AUTO_ACCEPT_DEFAULT - 0.01);
      if (contested) reasons.push('Another invoice fits this line too');
    }
    const suggestion: Suggestion = { invoice_id: invoice.invoice.id, confidence, reasons, partial: candidate.partial };
    push(winners, invoice, { suggestion, probability: candidate.probability });
    result.set(line.line.id, suggestion);
  }
  return result;
}
