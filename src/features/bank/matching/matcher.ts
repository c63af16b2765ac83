import { formatUnits } from '@/lib/money';
import { AUTO_ACCEPT_DEFAULT } from '../schema';
import {
  InvoiceIndex,
  nameEvidence,
  prepareLine,
  push,
  units,
  type NameLevel,
  type PreparedInvoice,
  type PreparedLine,
} from './candidates';
import { numberEvidence, type NumberEvidence } from './numbers';
import type { MatchInvoice, MatchLine, PayerAlias, Suggestion } from './types';

/**
 * Scores incoming bank lines against open invoices, then assigns invoices to
 * lines. Each piece of evidence adds to a log-odds score (weights below, ADR
 * 0121); a line's candidates and "none of them" share the probability
 * (softmax), so a second invoice that fits as well halves the confidence.
 * Invoices are indexed by amount, number and name token: a line is scored
 * only against invoices that share at least one piece of evidence with it.
 */

export { AUTO_ACCEPT_DEFAULT };
/** Below this confidence no suggestion is made. */
export const SUGGEST_MIN = 0.3;

/** Log-odds weights. PRIOR is the score of an invoice with no evidence for it. */
export const WEIGHTS = {
  PRIOR: -4,
  AMOUNT_BALANCE: 4.5,
  AMOUNT_NEAR: 1.5,
  AMOUNT_FRACTION: 2,
  AMOUNT_PARTIAL: 0.5,
  NUMBER: { full: 5.5, keyed: 4.5, padded: 3, bare: 1, near: 1.5 } satisfies Record<Exclude<NumberEvidence, null>, number>,
  NAME: { full: 3, initials: 2.5, partial: 1.5, weak: 0.75 } satisfies Record<NameLevel, number>,
  OTHER_CLIENT: -2,
  ISSUE_DATE_MENTIONED: 1.5,
  ALIAS: 3.5,
  NAME_AND_ALIAS: 0.5,
  BEFORE_ISSUE: -6,
} as const;

/** Another candidate this likely keeps the best one below automatic acceptance. */
const COMPETITOR_SHARE = 0.05;

/** Reasons are written only for the suggestion a line ends up with: most candidates never need theirs. */
type Reason = string | (() => string);

interface Candidate {
  invoice: PreparedInvoice;
  score: number;
  reasons: Reason[];
  partial: boolean;
  strong: boolean;
  /** the client is named in full or is a known payer */
  named: boolean;
  probability: number;
}

function money(units: bigint): string {
  const text = formatUnits(units);
  const [whole = '0', fraction = '00'] = text.replace('-', '').split('.');
  return `${text.startsWith('-') ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

const NAME_REASON: Record<NameLevel, string> = {
  full: 'Payer or text names the client',
  initials: 'Payer or text names the client with initials',
  partial: 'Payer or text shares a name with the client',
  weak: 'Payer or text shares a common name with the client',
};

/** The amount divides the balance into 2, 3 or 4 instalments (the last one taking the rounding). */
function instalmentOf(amount: bigint, balance: bigint): bigint | null {
  for (const parts of [2n, 3n, 4n]) {
    const gap = amount * parts - balance;
    if ((gap < 0n ? -gap : gap) <= parts * parts) return parts;
  }
  return null;
}

function score(line: PreparedLine, invoice: PreparedInvoice, index: InvoiceIndex): Candidate | null {
  if (line.amount > invoice.balance) return null; // the payments path refuses overpayment
  if (line.line.currency && line.line.currency.toUpperCase() !== invoice.invoice.currency.toUpperCase()) return null;
  const reasons: Reason[] = [];
  let total: number = WEIGHTS.PRIOR;
  let partial = false;
  let amountAgrees = false;
  if (line.amount === invoice.balance) {
    total += WEIGHTS.AMOUNT_BALANCE;
    amountAgrees = true;
    reasons.push(() =>
      invoice.balance === invoice.total
        ? `Amount equals the balance due (${money(invoice.balance)})`
        : `Amount equals the balance due (${money(invoice.balance)}) of the partly paid total ${money(invoice.total)}`,
    );
  } else {
    partial = true;
    const parts = instalmentOf(line.amount, invoice.balance);
    if (parts) {
      total += WEIGHTS.AMOUNT_FRACTION;
      reasons.push(
        () =>
          `Amount is a ${parts === 2n ? 'half' : parts === 3n ? 'third' : 'quarter'} of the balance due (${money(invoice.balance)}): an instalment`,
      );
    } else if (line.amount * 100n >= invoice.balance * 95n) {
      total += WEIGHTS.AMOUNT_NEAR;
      reasons.push(
        () =>
          `Amount is ${money(invoice.balance - line.amount)} less than the balance due (${money(invoice.balance)}): a discount or fee deducted`,
      );
    } else {
      total += WEIGHTS.AMOUNT_PARTIAL;
      reasons.push(() => `Amount is less than the balance due (${money(invoice.balance)}): a partial payment`);
    }
  }
  let number = numberEvidence(line.text, invoice.key);
  // a near miss means nothing when the text names another open invoice exactly
  if (number === 'near' && line.text.numbers.some((m) => m.keyed && index.byNumber.has(m.value))) number = null;
  let identified = false;
  if (number) {
    total += WEIGHTS.NUMBER[number];
    identified = number === 'full' || number === 'keyed' || number === 'padded';
    const n = invoice.invoice.number;
    reasons.push(() =>
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
    reasons.push(() => `Payer "${line.line.counterparty}" paid this client's invoices before`);
  } else if (name) {
    total += WEIGHTS.NAME[name.level];
    identified ||= name.level === 'full';
  }
  if (name) reasons.push(() => `${NAME_REASON[name.level]} (${name.name})`);
  if (line.text.dates.has(invoice.invoice.issue_date)) {
    total += WEIGHTS.ISSUE_DATE_MENTIONED;
    reasons.push(() => `Reference mentions the issue date (${invoice.invoice.issue_date})`);
  }
  if (line.line.date < invoice.invoice.issue_date) {
    total += WEIGHTS.BEFORE_ISSUE;
    reasons.push(() => `Paid on ${line.line.date}, before the invoice was issued (${invoice.invoice.issue_date})`);
  }
  if (!amountAgrees && !number && !name && !alias) return null;
  return {
    invoice,
    score: total,
    reasons,
    partial,
    strong: amountAgrees && identified,
    named: alias || name?.level === 'full',
    probability: 0,
  };
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
  // the payer is recognisably one client: the other clients' invoices are less likely
  const named = candidates.find((c) => c.named);
  if (named) {
    for (const c of candidates) {
      if (c.invoice.group === named.invoice.group || c.named) continue;
      c.score += WEIGHTS.OTHER_CLIENT;
      c.reasons.push(
        () => `The payer looks like another client (${named.invoice.invoice.client_names[0] ?? named.invoice.invoice.number})`,
      );
    }
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
    if (twins.length > 1) {
      for (const twin of twins)
        twin.reasons.push(`${twins.length} invoices of this amount for this client: the oldest due is suggested first`);
    }
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
    const amount = units(line.amount);
    if (amount === null || amount <= 0n) continue;
    const prepared = prepareLine(line, amount);
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
    const reasons = candidate.reasons.map((r) => (typeof r === 'string' ? r : r()));
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
