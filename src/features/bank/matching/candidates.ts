import { parseDecimal } from '@/lib/money';
import { editDistance, fold, nameKey, nameTokens } from './normalise';
import { invoiceNumberKey, readText, type InvoiceNumberKey, type ReadText } from './numbers';
import type { MatchInvoice, MatchLine, PayerAlias } from './types';

/**
 * The matcher's view of its input: invoices prepared once and indexed by
 * balance, number, name word and payer alias, lines read once (folded text,
 * numbers, dates, name words), and how well a client's name appears in a line.
 */

/** Characters of each text field read: remittance texts are 140 (SEPA), a longer description adds noise, not evidence. */
export const MAX_FIELD = 1000;
/** A name token shared by more clients than this does not identify one. */
export const DISTINCTIVE_DF = 2;
/** Name tokens shared by more clients than this do not even make an invoice a candidate. */
export const CANDIDATE_DF = 10;

export type NameLevel = 'full' | 'initials' | 'partial' | 'weak';

export interface PreparedInvoice {
  invoice: MatchInvoice;
  balance: bigint;
  total: bigint;
  key: InvoiceNumberKey;
  names: string[][];
  group: string;
}

export interface PreparedLine {
  line: MatchLine;
  amount: bigint;
  text: ReadText;
  tokens: Set<string>;
  /** tokens long enough to be compared with a typo allowed */
  long: string[];
  payerKey: string;
}

/** Integer cents of a decimal string, or null when it is not one (such a line or invoice is left out, never guessed). */
export function units(value: string): bigint | null {
  const parsed = parseDecimal(value);
  return parsed.ok ? BigInt(parsed.value.replace('.', '')) : null;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class InvoiceIndex {
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
      const balance = units(invoice.balance_due);
      const total = units(invoice.total);
      if (balance === null || total === null || balance <= 0n) continue;
      const names = invoice.client_names.map((n) => [...new Set(nameTokens(n).filter((t) => t.length >= 2))]).filter((n) => n.length > 0);
      const prepared: PreparedInvoice = {
        invoice,
        balance,
        total,
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
      if ((this.df.get(token) ?? Infinity) <= CANDIDATE_DF) add(this.byToken.get(token));
    }
    for (const contact of this.aliases.get(line.payerKey) ?? []) add(this.byContact.get(contact));
    return found;
  }
}

export function prepareLine(line: MatchLine, amount: bigint): PreparedLine {
  const all = [line.counterparty ?? '', line.reference ?? '', line.description].map((t) => t.slice(0, MAX_FIELD)).join(' ');
  const folded = fold(all);
  const text = readText(all, folded);
  const tokens = new Set(nameTokens(all, folded));
  const long = [...tokens].filter((t) => t.length >= 5);
  return { line, amount, text, tokens, long, payerKey: nameKey(line.counterparty ?? '') };
}

/**
 * How well one of the client's names appears in the line: all its words
 * ("Lee, Grace"), all with initials ("G. Lee"), a word few clients share, or
 * only a common word (a surname shared by many: weak).
 */
export function nameEvidence(line: PreparedLine, invoice: PreparedInvoice, index: InvoiceIndex): { level: NameLevel; name: string } | null {
  const order: NameLevel[] = ['full', 'initials', 'partial', 'weak'];
  let best: { level: NameLevel; name: string } | null = null;
  for (const [i, words] of invoice.names.entries()) {
    let matched = 0;
    let initials = 0;
    let distinctive = false;
    for (const word of words) {
      let hit = line.tokens.has(word);
      if (!hit && word.length >= 5) {
        for (const token of line.long) {
          if (token[0] === word[0] && editDistance(token, word, 1) <= 1) {
            hit = true;
            break;
          }
        }
      }
      if (hit) {
        matched++;
        if (word.length >= 3 && (index.df.get(word) ?? 0) <= DISTINCTIVE_DF) distinctive = true;
      } else if (words.length > 1 && line.tokens.has(word[0]!)) {
        initials++;
      }
    }
    const name = invoice.invoice.client_names[i] ?? words.join(' ');
    let level: NameLevel | null = null;
    if (matched === words.length && (words.length >= 2 || (words[0]!.length >= 4 && distinctive))) level = 'full';
    else if (matched >= 1 && matched + initials === words.length && initials > 0) level = 'initials';
    else if (distinctive) level = 'partial';
    else if (matched >= 1 && words.some((w) => w.length >= 3 && line.tokens.has(w))) level = 'weak';
    if (level && (!best || order.indexOf(level) < order.indexOf(best.level))) best = { level, name };
  }
  return best;
}
