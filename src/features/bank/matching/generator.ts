import { formatUnits, toUnits } from '@/lib/money';
import { addDays } from '@/lib/time';
import { FIRST, LAST, OTHER_SUFFIX, SUFFIX, WORD_A, WORD_B } from './generator-words';
import type { MatchInvoice, MatchLine, PayerAlias } from './types';

/**
 * A deterministic evaluation set for the matcher (ADR 0121): open invoices,
 * a bank statement paying some of them the way real payers do (noisy
 * references, instalments, other people paying, typos) among lines that pay
 * nothing, and the ground truth. Seeded PRNG: the same seed gives the same set.
 */

export interface EvaluationSet {
  invoices: MatchInvoice[];
  lines: MatchLine[];
  aliases: PayerAlias[];
  /** the invoice each line really pays, or null */
  truth: Map<string, string | null>;
  /** how each line was made ("reference:sepa", "payer:spouse", "decoy:before-issue"…) for the breakdown */
  kinds: Map<string, string[]>;
}

/** mulberry32: small, fast, good enough for test data, and reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Contact {
  id: string;
  person: string;
  first: string;
  last: string;
  company: string | null;
  suffix: string;
  names: string[];
}

function cents(units: number): string {
  return formatUnits(BigInt(units));
}

export function generateEvaluationSet(seed: number, size: { lines?: number; invoices?: number } = {}): EvaluationSet {
  const lineCount = size.lines ?? 1000;
  const invoiceCount = size.invoices ?? 300;
  const random = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;

  const contacts: Contact[] = [];
  for (let i = 0; i < Math.round(invoiceCount * 0.6); i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const person = `${first} ${last}`;
    const isCompany = chance(0.45);
    const suffix = pick(SUFFIX);
    const company = isCompany ? `${pick(WORD_A)} ${pick(WORD_B)}${suffix ? ` ${suffix}` : ''}` : null;
    const local = isCompany
      ? pick(['info', 'billing', 'accounts', 'office', `${first.toLowerCase()}`])
      : pick([`${first}.${last}`, `${first[0]}${last}`, `${last}${int(1, 99)}`]).toLowerCase();
    contacts.push({
      id: `contact-${i}`,
      person,
      first,
      last,
      company,
      suffix,
      names: company ? [person, company, local] : [person, local],
    });
  }

  const invoices: MatchInvoice[] = [];
  const contactOf = new Map<string, Contact>();
  let number = int(100, 400);
  const start = '2026-08-01';
  for (let i = 0; i < invoiceCount; i++) {
    const twin = i > 0 && chance(0.1) ? invoices[i - 1]! : null;
    const contact = twin && chance(0.5) ? contactOf.get(twin.id)! : pick(contacts);
    number += chance(0.7) ? 1 : int(2, 6);
    const totalUnits = twin ? Number(toUnits(twin.total)) : chance(0.4) ? int(2, 60) * 5000 : int(5000, 500000);
    const paidBefore = chance(0.08) ? Math.floor(totalUnits * pick([0.25, 0.5])) : 0;
    const issue = addDays(start, int(0, 120));
    const id = `invoice-${i}`;
    contactOf.set(id, contact);
    invoices.push({
      id,
      number: `INV-${String(number).padStart(4, '0')}`,
      contact_id: contact.id,
      client_names: contact.names,
      issue_date: issue,
      due_date: addDays(issue, pick([14, 30])),
      total: cents(totalUnits),
      balance_due: cents(totalUnits - paidBefore),
      currency: chance(0.04) ? 'USD' : 'EUR',
    });
  }

  const lines: MatchLine[] = [];
  const truth = new Map<string, string | null>();
  const kinds = new Map<string, string[]>();
  const aliases: PayerAlias[] = [];
  const add = (line: Omit<MatchLine, 'id' | 'currency'>, paid: string | null, kind: string[]) => {
    const id = `line-${lines.length}`;
    lines.push({ id, currency: 'EUR', ...line });
    truth.set(id, paid);
    kinds.set(id, kind);
  };

  const reference = (invoice: MatchInvoice): [string, string] => {
    const digits = invoice.number.slice(4);
    const bare = digits.replace(/^0+/, '');
    const roll = random();
    if (roll < 0.2) return [invoice.number, 'exact'];
    if (roll < 0.3) return [`${pick(['Invoice', 'Rechnung', 'Payment for invoice', 'Facture'])} ${invoice.number}`, 'worded'];
    if (roll < 0.38) return [pick([invoice.number.toLowerCase(), `inv ${bare}`, `inv-${bare}`]), 'lower'];
    if (roll < 0.43) return [`INV${digits}`, 'no-dash'];
    if (roll < 0.51)
      return [
        pick([
          `Rechnung ${digits}`,
          `RE-Nr. ${bare}`,
          `Rg. ${bare}`,
          `Re ${digits} vom ${invoice.issue_date.split('-').reverse().join('.')}`,
        ]),
        'german',
      ];
    if (roll < 0.61)
      return [
        `SEPA-GUTSCHRIFT EREF+${int(100000, 999999)} SVWZ+${pick(['ZAHLUNG', 'RECHNUNG', 'KD'])} ${int(1000, 99999)} ${invoice.number} ${pick(['DANKE', '', 'VIELEN DANK'])} IBAN DE${int(10, 99)}37040044053201${int(1000, 9999)} BIC COBADEFFXXX`,
        'sepa',
      ];
    if (roll < 0.64) return [invoice.number.replace(/0/g, 'O'), 'ocr'];
    if (roll < 0.68) return [pick([invoice.number.replace('INV', 'IVN'), `INV-${bare}`, `IN-${digits}`]), 'prefix-typo'];
    if (roll < 0.71) {
      const d = digits.split('');
      const at = int(1, d.length - 2);
      [d[at], d[at + 1]] = [d[at + 1]!, d[at]!];
      return [`INV-${d.join('')}`, 'digit-typo'];
    }
    if (roll < 0.76) return [pick([digits, bare, `Nr ${bare}`]), 'number-only'];
    return [
      pick([
        'Payment',
        'Thanks!',
        'Zahlung',
        `Kundennr ${int(1000, 9999)}`,
        `Rechnung vom ${invoice.issue_date.split('-').reverse().join('.')}`,
        'Services October',
        '',
      ]),
      'no-number',
    ];
  };

  const payer = (contact: Contact): [string, string] => {
    const roll = random();
    const name = contact.company ?? contact.person;
    if (roll < 0.35) return [name, 'exact'];
    if (roll < 0.5) {
      const upper = (contact.company ? name : `${contact.last}, ${contact.first}`).toUpperCase();
      // SEPA's character set has no umlauts: banks write them out
      return [chance(0.5) ? upper.replace(/Ä/g, 'AE').replace(/Ö/g, 'OE').replace(/Ü/g, 'UE').replace(/ß/g, 'SS') : upper, 'reordered'];
    }
    if (roll < 0.6 && contact.company)
      return [name.replace(contact.suffix, OTHER_SUFFIX[contact.suffix] ?? 'GMBH').toUpperCase(), 'suffix'];
    if (roll < 0.68) return [`${pick(FIRST.filter((f) => f !== contact.first))} ${contact.last}`, 'spouse'];
    if (roll < 0.73 && contact.company) return [`${contact.company.replace(contact.suffix, '').trim()} Accounts Payable`, 'accounting'];
    if (roll < 0.78) return [`PAYPAL *${(contact.company ?? contact.last).split(' ')[0]!.toUpperCase()}`, 'paypal'];
    if (roll < 0.85)
      return [contact.company ? contact.company.split(' ')[0]!.toUpperCase() : `${contact.first[0]}. ${contact.last}`, 'abbreviated'];
    const other = `${pick(WORD_A)} ${pick(['Holding', 'Group', 'Treuhand', 'Family Office'])} ${pick(SUFFIX)}`.trim();
    if (chance(0.5)) {
      aliases.push({ name: other, contact_id: contact.id });
      return [other.toUpperCase(), 'alias-known'];
    }
    return [other, 'other-payer'];
  };

  // payments: most invoices are paid, some in instalments, some with a discount deducted
  const paidOrder = [...invoices]
    .filter((i) => i.currency === 'EUR')
    .sort(
      (a, b) =>
        (a.due_date ?? '').localeCompare(b.due_date ?? '') || a.issue_date.localeCompare(b.issue_date) || a.number.localeCompare(b.number),
    );
  const paid = new Set<string>();
  for (const next of paidOrder) {
    if (!chance(0.8)) continue;
    // of two invoices a client owes with the same amount, the payer settles the oldest due first
    const invoice =
      paidOrder.find((o) => !paid.has(o.id) && o.contact_id === next.contact_id && o.balance_due === next.balance_due) ?? next;
    paid.add(invoice.id);
    const contact = contactOf.get(invoice.id)!;
    const balance = Number(toUnits(invoice.balance_due));
    let parts: number[] = [balance];
    let kind = 'full';
    const roll = random();
    if (roll < 0.15) {
      const n = pick([2, 3]);
      const each = Math.floor(balance / n);
      parts = Array.from({ length: n }, (_, k) => (k === n - 1 ? balance - each * (n - 1) : each));
      if (chance(0.3)) parts.pop();
      kind = `instalments-${n}`;
    } else if (roll < 0.2) {
      parts = [int(Math.floor(balance * 0.2), Math.floor(balance * 0.8))];
      kind = 'partial';
    } else if (roll < 0.23) {
      parts = [balance - Math.round(balance * 0.02)];
      kind = 'discount';
    }
    let date = addDays(invoice.issue_date, int(0, 45));
    const [ref, refKind] = reference(invoice);
    const [who, whoKind] = payer(contact);
    for (const part of parts) {
      add({ date, amount: cents(part), description: ref || 'Credit transfer', counterparty: who, reference: ref || null }, invoice.id, [
        `amount:${kind}`,
        `reference:${refKind}`,
        `payer:${whoKind}`,
      ]);
      date = addDays(date, int(14, 31));
    }
  }

  // lines that pay none of the open invoices
  const unrelatedPayer = () => `${pick(FIRST)} ${pick(['Ostrowski', 'Papadopoulos', 'Lindqvist', 'Haddad', 'Moreau', 'Silva'])}`;
  while (lines.length < lineCount) {
    const roll = random();
    const day = addDays(start, int(0, 127));
    if (roll < 0.06) {
      // a retainer paid last month: same client, same amount, before this invoice was issued
      const invoice = pick(invoices);
      const contact = contactOf.get(invoice.id)!;
      const date = addDays(invoice.issue_date, -int(3, 30));
      // not a decoy if an earlier open invoice of this client and amount could be what it pays
      if (invoices.some((o) => o.contact_id === invoice.contact_id && o.balance_due === invoice.balance_due && o.issue_date <= date))
        continue;
      add(
        {
          date,
          amount: invoice.balance_due,
          description: 'Monthly retainer',
          counterparty: contact.company ?? contact.person,
          reference: null,
        },
        null,
        ['decoy:before-issue'],
      );
    } else if (roll < 0.16) {
      // coincidence: an unrelated incoming amount equal to an open balance
      add(
        {
          date: day,
          amount: pick(invoices).balance_due,
          description: pick(['Refund', 'Deposit return', 'Erstattung']),
          counterparty: unrelatedPayer(),
          reference: null,
        },
        null,
        ['decoy:same-amount'],
      );
    } else if (roll < 0.45) {
      add(
        {
          date: day,
          amount: cents(int(100, 90000)),
          description: pick(['Tax refund', 'Amazon refund', 'Interest', 'Private deposit', 'Cash deposit']),
          counterparty: pick([null, 'Finanzamt', 'AMAZON EU SARL', unrelatedPayer()]),
          reference: null,
        },
        null,
        ['noise:incoming'],
      );
    } else {
      const what = pick(['Salary', 'Rent', 'VISA card payment', 'Supplier invoice', 'Refund to client', 'Lastschrift Telekom', 'AWS EMEA']);
      const ref = what === 'Supplier invoice' ? `INV-${String(int(100, 700)).padStart(4, '0')}` : null;
      add(
        {
          date: day,
          amount: cents(-int(500, 600000)),
          description: ref ? `${what} ${ref}` : what,
          counterparty: pick([unrelatedPayer(), 'Telekom Deutschland GmbH', 'Hetzner Online GmbH', null]),
          reference: ref,
        },
        null,
        ['noise:outgoing'],
      );
    }
  }
  return { invoices, lines: lines.slice(0, lineCount), aliases, truth, kinds };
}
