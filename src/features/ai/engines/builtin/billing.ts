// Over 400 lines on purpose: invoice questions, payments and new invoices share the invoice-number, payer and item readers.
import { addMoney, compareMoney, formatMoney, formatUnits, toUnits } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { readQuantity } from '@/lib/money/input';
import { findDate } from './dates';
import { lineIn, termsIn, withTerms } from './quotes';
import { amountsIn } from './money';
import { shareOf } from './documents';
import { type Candidate, mayMention } from './mentions';
import { findAmounts, fold, wordSimilarity } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/** Invoices: who owes what, balances, drafting one, recording a payment. */

interface InvoiceOut {
  id: string;
  invoice_number: string;
  status: string;
  contact_id?: string | null;
  contact_name: string | null;
  due_date: string;
  currency: string;
  total_amount: string;
  balance_due: string;
  amount_paid?: string;
  items?: { description: string; quantity: string; unit_price: string; total: string }[];
  url: string;
}

/** A question rather than a statement: "was INV-0003 paid in full?", "has lukas paid?", "how much has lukas paid on INV-0002". */
function asks(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /^(is|are|was|were|has|have|had|did|does|do|whether|when|how|what|which|who|any|anything)\b/.test(t) ||
    /\bhow much\b/.test(t) ||
    // "payments received on INV-0002?": a statement said as a question is one
    turn.text.trim().endsWith('?')
  );
}

const NUMBER_RE = /\b(?:inv(?:oice)?[\s#-]*(?:no\.?|number)?\s*#?\s*)([a-z]*-?\d{1,10})\b/i;

/** "haven't paid", "did not pay yet": unpaid, whatever the word "paid" in it says. */
const NOT_PAID =
  /\b(havent|haven t|have not|hasnt|hasn t|has not|didnt|didn t|did not|isnt|isn t|is not|arent|aren t|are not|wasnt|wasn t|werent|weren t|not yet|not|nobody|no one|noone)( (anyone|anybody|someone|they|he|she|we|it|them|fully|completely|entirely|has|have|had))? (yet )?(been )?(paid|pay)\b/;
/** "is anybody late paying me?", "who pays late": the overdue invoices. */
const LATE_PAYING =
  /\b(late (paying|payers?|payments?|with (the |their |his |her )?(payments?|paying))|pa(y|ys|ying) late|behind (on|with) (the |their |his |her )?(payments?|paying|invoices?|bills?))\b/;
/** "which clients are overdue?": people, not tasks, past their due date. */
const CLIENTS_OVERDUE = /\b(clients?|customers?|who|anyone|anybody|someone|somebody)\b.*\b(overdue|past due|late)\b/;
/** "anything overdue from lukas?", "what's outstanding from Beacon": money owed by someone (a task is for someone, not from them). */
const OWED_FROM = /\b(overdue|past due|outstanding|unpaid|owing) from\b/;
/** "invoices that are not late yet", "aren't overdue": sent, the due date still ahead. */
const NOT_LATE = /\b(not|aren t|arent|isn t|isnt) (yet )?(late|overdue|past due)\b/;

/** "what have we billed lukas so far", "how much did we invoice Amara": what was invoiced, paid or not. */
const BILLED_ASKED = /^(?:what|how much) (?:have|did|has|had) (?:we|i|you) (?:\w+ )?(?:billed|invoiced|charged|bill|invoice|charge)\b/;
/** "what's on the unpaid invoice?": the contents of one invoice, named by its state only. */
const ONE_INVOICE_ASKED = /^(?:what s|whats|what is|what was|what) (?:on|in) (?:the|that) (?:\w+ )?invoice$/;
/** "the total we've invoiced", "all invoices together": the sum of every invoice, not what is left to collect. */
const TOTAL_INVOICED = /\b(total|sum|altogether|together|combined|in all)\b/;
const STILL_OWED = /\b(unpaid|owe|owes|owed|outstanding|due|collect|overdue|open|paid|late|balance|left)\b/;
/** "paid or not", "paid or unpaid", "whether settled or not": every invoice, whatever its state. */
const PAID_OR_NOT = /\b(?:whether\s+)?(?:paid|settled|open)\s+or\s+(?:not|unpaid|unsettled|open|paid)(?:\s+yet)?\b/g;
/** "the overdue amount", "outstanding total", "unpaid sum": what is owed, as an amount. */
const OWED_AMOUNT = /\b(overdue|past due|outstanding|unpaid|owed) (amount|amounts|total|sum|balance|money)\b/;
/** "how much have clients paid on my invoices so far", "total received on invoices": what came in on them, in all. */
const PAID_IN_ALL = /\bhow much\b.*\b(paid|received)\b|\b(total|sum|amount) (paid|received)\b/;
/** "partly paid", "partially paid", "paid in part": something paid, something still due. */
const PARTLY_PAID = /\b(?:partly|partially|part|half)[\s-](?:paid|settled)\b|\bpaid in part\b|\bpart[\s-]payments?\b/;

/** Whether a request asks what was invoiced in all ("what have we billed lukas so far", "the total we've invoiced, all invoices together"). */
function asksInvoiced(turn: Turn): boolean {
  // (the verbs of billing typed with a typo, "biled", are read by the shared reader: routing.ts fixWordTypos)
  const t = turn.w.join(' ').replace(PAID_OR_NOT, ' ');
  // (what came in on them is what was paid, not what was invoiced: "total received on my invoices")
  if (STILL_OWED.test(t) || /\breceived\b/.test(t)) return false;
  // "what did we charge per workshop on the nordwerk invoice": a unit price, read on that invoice, not the total invoiced
  if (/\bper (?!(?:client|customer|month|week|year|quarter)\b)\w+\b.*\binvoiced?\b/.test(t)) return false;
  return BILLED_ASKED.test(t) || (TOTAL_INVOICED.test(t) && /\b(invoiced|billed|invoices)\b/.test(t));
}

function money(turn: Turn, value: string, currency: string): string {
  return formatMoney(value, currency, turn.req.user.locale);
}

function invoiceLine(i: InvoiceOut, turn: Turn): string {
  const who = `${link(i.invoice_number, i.url)}${i.contact_name ? ` (${i.contact_name})` : ''}`;
  // a paid invoice: what it came to, all paid
  if (i.status === 'paid') return `${who}: ${money(turn, i.total_amount, i.currency)}, paid`;
  // a partly paid invoice: what is left of what it came to
  const of = compareMoney(i.balance_due, i.total_amount) !== 0 ? ` (of ${money(turn, i.total_amount, i.currency)})` : '';
  return `${who}: ${money(turn, i.balance_due, i.currency)}${of} due ${i.due_date}${i.status === 'overdue' ? ', overdue' : ''}`;
}

/** An invoice's lines as the answer shows them: "Relaunch workshop (5 × $150.00)". */
function linesOf(turn: Turn, invoice: InvoiceOut): string {
  return (invoice.items ?? [])
    .slice(0, 10)
    .map((i) => `${i.description} (${i.quantity} × ${money(turn, i.unit_price, invoice.currency)})`)
    .join('; ');
}

/** The lines of one invoice of a list (one more read: the list holds no lines). */
async function itemsOf(turn: Turn, invoice: InvoiceOut): Promise<string> {
  const outcome = await turn.tool('get_invoice', { invoice_id: invoice.id });
  return outcome.ok ? linesOf(turn, outcome.data as InvoiceOut) : '';
}

function sumByCurrency(invoices: InvoiceOut[], turn: Turn): string {
  const sums = new Map<string, string>();
  for (const i of invoices) sums.set(i.currency, addMoney(sums.get(i.currency) ?? '0.00', i.balance_due));
  return [...sums].map(([currency, amount]) => money(turn, amount, currency)).join(' + ');
}

function invoiceNumberIn(turn: Turn): string | undefined {
  // the typed text, else its typo-corrected words ("invocie 2" → "invoice 2")
  const m = NUMBER_RE.exec(turn.text) ?? NUMBER_RE.exec(turn.w.join(' '));
  if (!m) return undefined;
  // "inv-2", "INV 7": the short number, its digits, which the tools match whatever the prefix and padding (as "quo-2")
  const short = /^inv-?(\d{1,3})$/i.exec(m[1]!);
  if (short) return short[1];
  return /^\d+$/.test(m[1]!) ? m[1] : m[1]!.toUpperCase();
}

async function invoiceByNumber(turn: Turn, number: string): Promise<InvoiceOut | undefined> {
  const outcome = await turn.tool('get_invoice', { invoice_number: number });
  return outcome.ok ? (outcome.data as InvoiceOut) : undefined;
}

// ---------------------------------------------------------------------------

/** "how much was the hosting bill": one expense called a bill, not an invoice (no number, nobody owing). */
function aboutOneEntry(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /^(how much|what) (was|were) (the|my|that|our) (.+ )?(bill|bills)$/.test(t) &&
    !/\b(invoice|invoices|owe|owes|owed|unpaid)\b/.test(t) &&
    !NUMBER_RE.test(turn.text)
  );
}

export function wantsInvoiceInfo(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    (((turn.has('invoice', 'invoices', 'inv', 'bill', 'bills') || NUMBER_RE.test(turn.text)) &&
      !/^(draft|create|new|make|send|bill|invoice [a-z]+ \d)/.test(t) &&
      !/\bmark\b.*\bpaid\b/.test(t)) ||
      // (the typed "owe": the corrector reads "which ones" as "which owes")
      /\b(outstanding|receivable|receivables|unpaid)\b/.test(t) ||
      /\b(owes?|owed)\b/.test(turn.folded) ||
      NOT_PAID.test(t) ||
      asksInvoiced(turn) ||
      LATE_PAYING.test(t) ||
      ((CLIENTS_OVERDUE.test(t) || OWED_FROM.test(t)) && !/\b(tasks?|todos?|to dos?|deadlines?|due dates?|reminders?|deals?)\b/.test(t)) ||
      // "how much is overdue right now?", "what has Fernhill paid us", "overdue amount across all clients?"
      /\bhow much\b.*\b(overdue|past due|late|outstanding|unpaid|owed|due)\b/.test(t) ||
      OWED_AMOUNT.test(t) ||
      (asks(turn) && /\b(paid|pay|payed)\s+(us|me)\b/.test(t))) &&
    !aboutOneEntry(turn)
  );
}

export async function invoiceInfo(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const number = invoiceNumberIn(turn);
  if (number) {
    const invoice = await invoiceByNumber(turn, number);
    if (!invoice) return askBack(`I can't find invoice ${number}.`);
    const paid =
      invoice.amount_paid && invoice.amount_paid !== '0.00' ? `, paid so far ${money(turn, invoice.amount_paid, invoice.currency)}` : '';
    const items = linesOf(turn, invoice);
    return answer(
      `${link(invoice.invoice_number, invoice.url)}${invoice.contact_name ? ` for ${invoice.contact_name}` : ''} is ${invoice.status}: total ${money(turn, invoice.total_amount, invoice.currency)}${paid}, balance due ${money(turn, invoice.balance_due, invoice.currency)}, due ${invoice.due_date}.${items ? ` Items: ${items}.` : ''}`,
    );
  }
  const args: Record<string, unknown> = { limit: 50 };
  let scope = 'unpaid invoices';
  const invoiced = asksInvoiced(turn);
  if (invoiced) {
    // every invoice, paid or not
    scope = 'invoices';
  } else if (NOT_LATE.test(t)) {
    // "not late yet": sent, the due date still ahead
    args.status = 'sent';
    scope = 'sent invoices not yet due';
  } else if (/\b(overdue|late|past due|past (their |the |its )?due date)\b/.test(t) || LATE_PAYING.test(t)) {
    args.status = 'overdue';
    scope = 'overdue invoices';
  } else if (/\bdrafts?\b/.test(t)) {
    args.status = 'draft';
    scope = 'draft invoices';
  } else if (PARTLY_PAID.test(t)) {
    // "partly paid": unpaid, with something paid on them
    args.status = 'unpaid';
    scope = 'partly paid invoices';
  } else if (NOT_PAID.test(t)) {
    // "every invoice that isn't paid in full", "which invoices hasn't anyone paid a penny on"
    args.status = 'unpaid';
  } else if (
    /\b(paid|settled|paid off|paid up)\b/.test(t) &&
    !/\b(unpaid|unsettled|owe|owes|owed|outstanding|still)\b/.test(turn.folded) &&
    !/\b(unpaid|owe|owes|owed|outstanding|still)\b/.test(t)
  ) {
    args.status = 'paid';
    scope = 'paid invoices';
  } else if (
    // ("invoices sent to nordwerk": to whom, not in which state)
    /\b(not (yet )?due|not overdue|before (it s|its|their) due|sent(?! (to|for)\b))\b/.test(turn.folded) &&
    !/\b(unpaid|owe|owes|owed)\b/.test(t)
  ) {
    // "sent but not due yet": sent, its due date still ahead
    args.status = 'sent';
    scope = 'sent invoices not yet due';
  } else if (/\b(all|every)\b/.test(t) || (/\bhow many invoices\b/.test(t) && !/\b(unpaid|owe|owes|owed|outstanding|open|due)\b/.test(t))) {
    // "how many invoices have I got": every one of them
    scope = 'invoices';
  } else {
    args.status = 'unpaid';
  }
  // "invoices for amara and lukas": several clients, each named apart, are all meant
  const together = await turn.contactsIn();
  const clients = together.length ? together : undefined;
  const who = clients ? { ambiguous: [] } : await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    args.contact_id = who.contact.id;
    scope += ` for ${link(who.contact.name, who.contact.url)}`;
  }
  if (clients) scope += ` for ${clients.map((c) => link(c.name, c.url)).join(' and ')}`;
  // (not "how much have we invoiced, paid or not": what was invoiced)
  if (
    !invoiced &&
    PAID_IN_ALL.test(t.replace(PAID_OR_NOT, ' ')) &&
    !/\b(unpaid|owe|owes|owed|outstanding|left|still|due|overdue)\b/.test(t)
  )
    return paidInAll(turn, who.contact, clients);
  let { total, invoices } = await turn.read<{ total: number; invoices: InvoiceOut[] }>('list_invoices', args);
  if (clients) {
    invoices = invoices.filter((i) => clients.some((c) => c.id === i.contact_id));
    total = invoices.length;
  }
  if (scope.startsWith('partly paid')) {
    invoices = invoices.filter((i) => compareMoney(i.amount_paid ?? '0.00', '0.00') > 0);
    total = invoices.length;
  }
  // "invoices fernhill": a client with nothing unpaid, asked about no status, gets all of their invoices
  const unpaidAsked = /\b(unpaid|owe|owes|owed|outstanding|open|due|collect|receivable)\b/.test(t) || NOT_PAID.test(t);
  if (total === 0 && who.contact && args.status === 'unpaid' && !unpaidAsked && !scope.startsWith('partly paid')) {
    delete args.status;
    scope = scope.replace('unpaid invoices', 'invoices');
    ({ total, invoices } = await turn.read<{ total: number; invoices: InvoiceOut[] }>('list_invoices', args));
  }
  if (total === 0) return answer(`You have no ${scope}.`);
  // "what's on the unpaid invoice?" names one invoice; when several fit, which one is asked back
  if (!who.contact && total > 1 && ONE_INVOICE_ASKED.test(t)) {
    return askBack(
      `Which invoice do you mean? ${invoices
        .slice(0, 10)
        .map((i) => invoiceLine(i, turn))
        .join('; ')}.`,
    );
  }
  if (invoiced) {
    const sums = new Map<string, string>();
    for (const i of invoices) sums.set(i.currency, addMoney(sums.get(i.currency) ?? '0.00', i.total_amount));
    const sum = [...sums].map(([currency, amount]) => money(turn, amount, currency)).join(' + ');
    const more = total > invoices.length ? ` (the first ${invoices.length} of ${total} invoices)` : '';
    // one invoice ("what did I bill Lukas for on his invoice"): what it bills too
    const billed = total === 1 && invoices.length === 1 ? await itemsOf(turn, invoices[0]!) : '';
    return answer(
      `You have invoiced ${sum} in total${scope.replace(/^invoices/, '')}${more}, ${total} ${total === 1 ? 'invoice' : 'invoices'}:\n${invoices
        .slice(0, 10)
        .map((i) => `- ${invoiceLine(i, turn)}`)
        .join('\n')}${billed ? `. Items: ${billed}.` : ''}`,
    );
  }
  const owed = args.status === 'paid' || args.status === 'draft' ? '' : ` — ${sumByCurrency(invoices, turn)} to collect`;
  // one invoice ("the invoice for brightleaf - what is the line on it?"): its lines too
  const items = total === 1 && invoices.length === 1 ? await itemsOf(turn, invoices[0]!) : '';
  return answer(
    `You have ${total} ${total === 1 ? scope.replace('invoices', 'invoice') : scope}${owed}:\n${invoices
      .slice(0, 10)
      .map((i) => `- ${invoiceLine(i, turn)}`)
      .join('\n')}${items ? `. Items: ${items}.` : ''}`,
  );
}

/** What clients have paid on their invoices, in all (or one client, or several named): the sum and the invoices it came in on. */
async function paidInAll(turn: Turn, contact: Candidate | undefined, clients: Candidate[] | undefined): Promise<EngineAnswer> {
  const { invoices } = await turn.read<{ invoices: InvoiceOut[] }>('list_invoices', {
    limit: 50,
    ...(contact ? { contact_id: contact.id } : {}),
  });
  const paid = invoices.filter(
    (i) => compareMoney(i.amount_paid ?? '0.00', '0.00') > 0 && (!clients || clients.some((c) => c.id === i.contact_id)),
  );
  const who = contact ? link(contact.name, contact.url) : clients ? clients.map((c) => link(c.name, c.url)).join(' and ') : 'Clients';
  if (paid.length === 0) return answer(`${who} ${contact ? 'has' : 'have'} paid nothing on ${contact ? 'their' : 'your'} invoices yet.`);
  const sums = new Map<string, string>();
  for (const i of paid) sums.set(i.currency, addMoney(sums.get(i.currency) ?? '0.00', i.amount_paid ?? '0.00'));
  const sum = [...sums].map(([currency, amount]) => money(turn, amount, currency)).join(' + ');
  const lines = paid
    .slice(0, 10)
    .map(
      (i) =>
        `- ${link(i.invoice_number, i.url)}${i.contact_name ? ` (${i.contact_name})` : ''}: ${money(turn, i.amount_paid ?? '0.00', i.currency)} of ${money(turn, i.total_amount, i.currency)}`,
    );
  return answer(
    `${who} ${contact ? 'has' : 'have'} paid ${sum} on ${paid.length} ${paid.length === 1 ? 'invoice' : 'invoices'}:\n${lines.join('\n')}`,
  );
}

// ---------------------------------------------------------------------------

const PAYMENT_WORDS =
  /\b(paid|payment|pay|pays|received|settled|got|sent|transferred|wired|towards|cleared|came in|arrived|landed|deposited|money in|incoming)\b|\d\s+in\s+(?:from|for|on|against|towards)\b/;

/** Money said to come in: a verb of paying with a client as its subject, or money received from someone. */
const MONEY_IN =
  /\b(money in|incoming|paid|pays|payed|settled|cleared|transferred|wired|remitted|sent|got|received|cheque|check|payment|payments|deposit|deposited|came in|arrived|landed|came through)\b/;
/** "came in", "arrived", "landed": money arriving. */
const ARRIVED = /\b(came in|come in|comes in|came through|arrived|has arrived|landed)\b/;
/** Words that are about paying whatever else is said. */
const PAYING = /\b(paid|pays|payed|settled|cleared|transferred|wired|remitted|payment|payments|cheque|deposit|deposited)\b/;
/** "the rest of the money", "the balance", "everything he owed": what is left on the invoice, said instead of an amount. */
const WHAT_IS_LEFT =
  /\b(the rest|the remainder|the remaining (amount|balance|money)|the balance|the outstanding (amount|balance)|everything (he|she|they) (still )?(owed?|owes)|what (he|she|they) (still )?(owed?|owes))\b/;
/** "…from Brightleaf", "…by Beacon": who the money came from (up to four words, up to a separator). */
const FROM_PAYER =
  /\b(?:from|by)\s+([\p{L}][\p{L}'’.&-]*(?:\s+(?!(?:for|on|of|at|today|yesterday|this|last|in|to)\b)[\p{L}][\p{L}'’.&-]*){0,3})/iu;
/** "nordwerk paid off the balance yesterday", "Lukas has paid half": the words before the verb name who paid. */
const PAYER_FIRST =
  /^([\p{L}][\p{L}'’.&-]*(?:\s+[\p{L}][\p{L}'’.&-]*){0,3}?)\s+(?:(?:has|have|just|finally|already|now|today|yesterday|also)\s+)*(?:paid|pays|payed|settled|cleared|transferred|wired|sent|remitted)\b/iu;
/** "<name>'s payment", "the <name> money", "<name> transfer": the payer named before the money. */
const WHOSE_MONEY =
  /\b([\p{L}][\p{L}.&-]*(?:\s+[\p{L}][\p{L}.&-]*)?)(?:['’]s)?\s+(?:money|payment|transfer|cheque|check|deposit|wire|remittance)\b/iu;
const NOT_A_PAYER = /^(?:i|we|you|me|us|it|they|someone|somebody|the client|a client|the customer|a customer)$/i;

/**
 * Who paid, when a request says money came in from someone rather than naming an invoice
 * ("got a cheque from Brightleaf for 700", "payment in: $1,200 from Amara", "nordwerk paid off the
 * balance"): the words naming the payer, or undefined. "I paid …", "we paid the water bill" are
 * money going out; "spent", "bought" too.
 */
export function payerIn(turn: Turn): string | undefined {
  // the typed words: the corrector reads "sent" as "spent"
  const t = turn.folded;
  if (!MONEY_IN.test(t) || /\b(spent|spend|bought|buy|expense|expenses|cost|costs)\b/.test(t)) return undefined;
  // "got a call from amara", "Kenji sent over the storyboard": without a word of paying, only an amount makes it money
  if (!PAYING.test(t) && !WHAT_IS_LEFT.test(t) && !/\d/.test(t)) return undefined;
  const first = PAYER_FIRST.exec(turn.text.trim());
  if (first && !NOT_A_PAYER.test(first[1]!.trim()) && !/[,;:]/.test(first[1]!) && mayMention(first[1]!)) return first[1]!.trim();
  const from = FROM_PAYER.exec(turn.text);
  if (from && mayMention(from[1]!)) return from[1]!.trim();
  // "the Nordwerk money arrived", "we received Lukas Brandt's payment of 150": whose money it is
  const whose = WHOSE_MONEY.exec(turn.text);
  return whose && mayMention(whose[1]!) ? whose[1]!.trim() : undefined;
}

/** "bank statement line: CREDIT NORDWERK INV-0002 500.00 - record it": a line of the bank's, where "credit" is money in. */
const BANK_LINE = /\b(bank|statement|remittance|transfer|incoming)\b/;
/** "total and amount paid for INV-0002", "what's been paid so far": what was paid, asked about. */
/** A request that opens by asking to be shown something (the turn's text has its politeness stripped already, understand.ts). */
const SHOWN = /^(?:show|list|display|view|see|pull up|bring up|let me see|give me)\b/;
const PAID_ASKED = /\b(amount|total|sum|much) (paid|received)\b|\bpaid (so far|to date|until now)\b/;

/** The one invoice the previous answer was about, if it named exactly one and is recent. */
function lastInvoice(turn: Turn): string | undefined {
  const last = turn.req.history?.at(-1);
  if (!last || Date.now() - Date.parse(last.created_at) > 15 * 60 * 1000) return undefined;
  const numbers = [...new Set([...last.response.matchAll(/\b(INV-\d+)\b/g)].map((m) => m[1]!))];
  return numbers.length === 1 ? numbers[0] : undefined;
}

/** "he paid 100 of that yesterday", "they've transferred the rest on it": a payment on the invoice just shown. */
function paidOnLast(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    !invoiceNumberIn(turn) &&
    PAYING.test(turn.folded) &&
    /\b(he|she|they|it|that|this|them|him|her)\b/.test(t) &&
    !/\b(i|we) (paid|pay)\b/.test(t) &&
    lastInvoice(turn) !== undefined
  );
}

export function wantsMarkPaid(turn: Turn): boolean {
  // (the prepositions of a payment typed with a typo, "twoards her invoice", are read by the shared reader: routing.ts fixWordTypos)
  const t = turn.w.join(' ');
  const bank = BANK_LINE.test(t) && /\b(record|log|register|book|enter|add)\b/.test(t) && invoiceNumberIn(turn) !== undefined;
  // "is INV-0003 paid?" asks; "INV-0003 was paid" tells
  // "credit it and pay her back" is a credit note
  if (asks(turn) || NOT_PAID.test(t) || (/\b(credit|credits|refund|refunds|cr note)\b/.test(t) && !bank)) return false;
  // "invoices that have been partly paid", "the paid invoices": invoices described by their state, a list
  if (
    /\binvoices\b/.test(t) &&
    (PARTLY_PAID.test(t) || /\binvoices (that|which) (have|has|are|were|got) ((been|already|fully|now) )*(paid|settled)\b/.test(t))
  )
    return false;
  // "total and amount paid for INV-0002": a question about the invoice (an amount besides its number is a payment)
  if (PAID_ASKED.test(t) && findAmounts(turn.text.replace(NUMBER_RE, ' '), turn.req.user.locale).length === 0) return false;
  // "show the payments received on INV-0002", "list what came in on it": payments asked to be shown, a read
  if (SHOWN.test(t) && findAmounts(turn.text.replace(NUMBER_RE, ' '), turn.req.user.locale).length === 0) return false;
  if (bank) return true;
  if (paidOnLast(turn)) return true;
  if (invoiceNumberIn(turn)) return PAYMENT_WORDS.test(t);
  // "Lukas just paid the rest of his invoice", "received payment in full for amara's invoice", "record a payment of 200"
  return (
    // (but "paid the electricity bill" is money going out: a transaction)
    (/\b(invoice|invoices)\b/.test(t) &&
      (/\b(paid|pays|settled|payment|cleared|towards|transferred|wired|remitted|deposited)\b/.test(t) ||
        // "half of the brightleaf invoice came in": money arriving, with how much of it
        (ARRIVED.test(t) &&
          (findAmounts(turn.text, turn.req.user.locale).length > 0 || shareOf(t, '1.00') !== undefined || WHAT_IS_LEFT.test(t))) ||
        // "received 300 from Lukas against his overdue invoice"
        (/\b(received|got|took)\b/.test(t) &&
          /\b(against|towards|for|on)\b/.test(t) &&
          findAmounts(turn.text, turn.req.user.locale).length > 0)) &&
      // ("all invoices" lists them; "settled, all of it" is the whole amount)
      !/\b(list|show|which|all(?! of (it|that|this|the (money|amount|balance))\b))\b/.test(t) &&
      !/^(i |we )?(paid|pay)\b/.test(t)) ||
    /^(record|log|register|add|enter) (a |an |the )?(part |partial )?payment\b/.test(t) ||
    // money from a client who owes it: decided by their unpaid invoices (markPaid), else it is income
    (!/\b(invoice|invoices)\b/.test(t) && payerIn(turn) !== undefined)
  );
}

/** "the overdue invoice", "her late one": an invoice named by its state, which settles which one when a single one is in it. */
const OVERDUE_ONE = /\b(?:the|his|her|their|that|our|my) (?:overdue|late|past due) (?:invoice|bill|one)\b/;

/** "half", "a third", "a quarter", "40 %" of what is due, exactly (integer cents, rounded down). */
function shareOfBalance(text: string, balance: string): string | undefined {
  const percent = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|percent\b)/i.exec(text);
  if (percent) {
    const hundredths = toUnits(percent[1]!.replace(',', '.'));
    return formatUnits((toUnits(balance) * hundredths) / 10000n);
  }
  return shareOf(text, balance);
}

export async function markPaid(turn: Turn): Promise<EngineAnswer | undefined> {
  const number = invoiceNumberIn(turn) ?? (paidOnLast(turn) ? lastInvoice(turn) : undefined);
  const t = turn.w.join(' ');
  // money from someone, with no invoice named: a payment only when they owe at least that much (else it is income)
  const loose =
    !number && !/\b(invoice|invoices)\b/.test(t) && !/^(record|log|register|add|enter) (a |an |the )?(part |partial )?payment\b/.test(t);
  const payer = loose ? payerIn(turn) : undefined;
  const when = findDate(turn.text.replace(NUMBER_RE, ' '), new Date(), turn.req.user.time_zone, { forward: false });
  const rest = when ? turn.text.replace(when.text, ' ') : turn.text;
  // ("money arrived - 500": a dash before an amount is a separator, not a minus; "three hundred": in words, read as money.ts does)
  const said = amountsIn(rest.replace(NUMBER_RE, ' ').replace(/\s[-–—]\s/g, ', '), turn.req.user.locale).amounts[0]?.value;
  let invoice: InvoiceOut | undefined;
  if (number) {
    invoice = await invoiceByNumber(turn, number);
    if (!invoice) return askBack(`I can't find invoice ${number}.`);
  } else {
    // the client's unpaid invoice, or the one in the state named ("the overdue invoice got paid");
    // more than one (or neither a client nor a state named): which one?
    const who = await turn.contactIn(payer);
    if (who.ambiguous.length) return loose ? undefined : whichOne(who.ambiguous);
    if (loose && !who.contact) return undefined;
    const overdue = OVERDUE_ONE.test(t);
    const { invoices } = await turn.read<{ invoices: InvoiceOut[] }>('list_invoices', {
      status: overdue ? 'overdue' : 'unpaid',
      limit: 50,
      ...(who.contact ? { contact_id: who.contact.id } : {}),
    });
    if (loose) {
      // the one invoice the amount fits (all of it or a part), or the one whose balance it is
      const fits = said ? invoices.filter((i) => compareMoney(said, i.balance_due) <= 0) : invoices;
      const exact = said ? fits.filter((i) => compareMoney(said, i.balance_due) === 0) : [];
      const chosen = fits.length === 1 ? fits[0] : exact.length === 1 ? exact[0] : undefined;
      if (!chosen) return undefined;
      invoice = chosen;
    } else if (invoices.length !== 1 || (!who.contact && !overdue)) {
      if (invoices.length === 0)
        return askBack(
          `I found no ${overdue ? 'overdue' : 'unpaid'} invoice${who.contact ? ` for ${link(who.contact.name, who.contact.url)}` : ''}.`,
        );
      return askBack(
        `Which invoice is the payment for? ${invoices
          .slice(0, 10)
          .map((i) => invoiceLine(i, turn))
          .join('; ')}.`,
      );
    } else {
      invoice = invoices[0]!;
    }
  }
  // "paid half of what he still owes", "25 % of it": a share of the balance
  const amount = said ?? shareOfBalance(rest, invoice.balance_due) ?? invoice.balance_due;
  const args: Record<string, unknown> = { invoice_id: invoice.id, amount };
  // the day said, today included ("paid 200 today"): what was said is recorded as said
  if (when) args.date = when.date;
  return propose(turn, 'record_payment', args);
}

// ---------------------------------------------------------------------------

/** Verbs of making or needing a new document, before "an invoice" with anything between ("draft him a new invoice", "Grace needs an invoice"). */
const NEW_INVOICE =
  /\b(draft|create|make|prepare|write|send|raise|issue|generate|do|put together|draw up|set up|need|needs|want|wants|get|gets)\b(?:\s+\S+){0,4}?\s+(an?|new|another|one more)\s+(?:(?:new|draft|separate|fresh|quick)\s+)?(invoice|bill|inv)\b/;
/** "Lukas Brandt - invoice for workshop travel costs 380.50": a segment that opens with "invoice for", with an amount. */
const INVOICE_SEGMENT = /(?:^|\s[-–—]\s|[:,;]\s)(?:(?:an?|new)\s+)?(?:invoice|bill)\s+(?:for|to)\s/i;

export function wantsDraftInvoice(turn: Turn): boolean {
  const t = turn.w.join(' ');
  // a question about invoices that exist ("what did we invoice …", "which invoice …") or a number: never a new one
  if (/^(what|which|how|who|when|did|does|is|are|was|were|should|any)\b/.test(t) || NUMBER_RE.test(turn.text)) {
    return false;
  }
  return (
    /^(please |pls )?(draft|create|make|prepare|new|write|send|raise|issue|generate)( an?| new| draft| separate| fresh)* (invoice|bill|inv)\b/.test(
      t,
    ) ||
    // "Daniel Osei should be invoiced 420 for site photos": the client billed, said passively
    (/\b(be|get|gets|getting|been) (invoiced|billed)\b/.test(t) &&
      !/\b(how|when|why|was|were|has|have|did)\b/.test(t) &&
      // (the amount after "invoiced" is no invoice number)
      findAmounts(turn.text.replace(/\b(?:invoiced|billed)\b/gi, ' '), turn.req.user.locale).length > 0) ||
    (INVOICE_SEGMENT.test(turn.text) &&
      !/\b(credit|refund|paid|payment|owe|owes|owed)\b/.test(t) &&
      findAmounts(turn.text, turn.req.user.locale).length > 0) ||
    (/^(invoice|bill|inv) [a-z]+/.test(t) && !/^(invoice|bill|inv) (no|number|nr|status|details|total|balance)\b/.test(t)) ||
    NEW_INVOICE.test(t)
  );
}

/**
 * Requests that open like a new invoice, with an amount, whatever the words of what they bill
 * ("bill Priya Raman 3,000 for "Data pipeline setup"" is no question about the pipeline).
 */
export function opensNewInvoice(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /^(?:(?:draft|create|make|prepare|raise|issue|generate|write)(?: an?| new)* invoice|new invoice|(?:invoice|bill) (?!(?:the|this|that|it|no|number|nr|status|details|total|balance)\b)[a-z])/.test(
      t,
    ) &&
    findAmounts(turn.text, turn.req.user.locale).length > 0 &&
    wantsDraftInvoice(turn)
  );
}

/** A new invoice: its client, its lines and its terms (quotes are drafted by quotes.ts, with the same readers of lines and terms). */
export async function draftInvoice(turn: Turn): Promise<EngineAnswer> {
  // the client is named before what is billed ("bill amara 1,500 for the brand refresh", "invoice sofia: 3 days …",
  // "create an invoice for Grace Whitfield: 1 logo at 450"): read up to a colon or the first number first
  const head = turn.text.split(/:|\s(?=[€$£]?\d)|\s(?:at|@)\s/)[0]!;
  let who = await turn.contactIn(head);
  if (!who.contact && who.ambiguous.length === 0) who = await turn.contactIn(turn.text.split(/\s(?:for|at|:)\s/i)[0]);
  if (!who.contact && who.ambiguous.length === 0) who = await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (!who.contact) return askBack('Who is the invoice for? I could not find that client among your contacts.');
  // a tax, a discount, when it is due: the terms, read apart from the items ("450 plus 20% tax", "net 30")
  const terms = termsIn(turn.text, turn.req.user.locale, turn.req.user.time_zone);
  let items = itemsIn(billedText(terms.text, who.contact), turn.req.user.locale);
  // "for twelve hundred": an amount in words, when none is in digits
  if (items.length === 0) items = itemsIn(billedText(amountsIn(terms.text, turn.req.user.locale).text, who.contact), turn.req.user.locale);
  if (items.length === 0) {
    return askBack(
      `What should the invoice for ${link(who.contact.name, who.contact.url)} contain? For example: "invoice ${who.contact.first_name} 10 hours of design at 80 each".`,
    );
  }
  return propose(turn, 'create_invoice', {
    contact_id: who.contact.id,
    ...withTerms(items, terms),
    ...(terms.due ? { due_date: terms.due } : {}),
  });
}

// ---------------------------------------------------------------------------
// What is billed: the items of an invoice or a quote

interface Item {
  description: string;
  quantity: string;
  unit_price: string;
}

/**
 * The part of a request after the client's name (or company), where the items are:
 * "draft an invoice for Grace Whitfield: website design, $1,800" → "website design, $1,800".
 * Only the words before the first number and before a quoted title can name the client, and they name it together: a
 * word of the client's further on is what is billed ("invoice Grace Whitfield for the bakery logo": "bakery logo").
 */
export function billedText(text: string, contact: Pick<Candidate, 'name' | 'company'>): string {
  const known = `${contact.name} ${contact.company ?? ''}`
    .split(/\s+/)
    .map((w) => fold(w))
    .filter((w) => w.length >= 2);
  const firstNumber = text.search(/[€$£]?\d/);
  let end = -1;
  // words between the name and the company ("sofia marquez at casa marquez")
  let between = 0;
  for (const m of text.matchAll(/[\p{L}][\p{L}'’.&-]*/gu)) {
    if (firstNumber >= 0 && m.index > firstNumber) break;
    // a quoted title is what is billed, whatever words of the client it holds ("Analytics workshop" for Fernhill Analytics)
    if (/["“‘]$/.test(text.slice(0, m.index))) break;
    const typed = fold(m[0]).replace(/['’]s$/, '');
    if (known.some((k) => wordSimilarity(typed, k) >= 0.85)) {
      end = m.index + m[0].length;
      between = 0;
    } else if (end >= 0 && (!NAME_LINKS.test(typed) || (between += 1) > 2)) break;
  }
  const rest = end >= 0 ? text.slice(end) : text.replace(/^.*?\b(?:invoice|bill|quote|quotation|estimate)\b/i, '');
  return (
    rest
      .replace(/^['’]s\b/, '')
      .replace(/^[\s:,;.\-–—]+/, '')
      // "needs an invoice for the spring campaign", "- invoice for travel costs": the asking, not what is billed
      .replace(/^(?:(?:should|must|needs? to|has to|will|can)\s+)?(?:be|get|gets)\s+(?:invoiced|billed)\b\s*/i, '')
      .replace(
        /^(?:(?:needs?|wants?|should get|gets?|will get|requires?|asked for|asks for)\s+)?(?:(?:an?|another|one more|new|the)\s+)?(?:(?:new|draft|separate)\s+)?(?:invoice|bill|inv)\b\s*(?:for|to|of|with|covering)?\s*/i,
        '',
      )
      .trim()
  );
}

/** Words that may join a client's name to its company ("sofia marquez at casa marquez", "amara of brightleaf"). */
const NAME_LINKS = /^(?:at|of|from|with|the|and|&)$/;

const UNIT = '(?:hours?|hrs?|h|days?|weeks?|months?|nights?|units?|pcs|pieces?|items?|licen[cs]es?|seats?|sessions?|copies)';
const PRICE = '([€$£]?\\s?\\d[\\d.,]*k?(?:\\s?(?:[€$£]|eur|euros?|usd|dollars?|gbp|pounds?|chf))?)';
const PER = '(?:\\s*(?:each|apiece|a piece|per\\s+\\w+|\\/\\s?\\w+|an? \\w+))?';
/** "10 hours of design at 80 each", "3 x logo at 150", "12 product photos at 45 each", "2 sessions of editing at 300". */
const QUANTITY_FIRST = new RegExp(
  `(?<![\\d.,])(\\d{1,6}(?:[.,]\\d{1,3})?)\\s*(?:x|×)?\\s*(${UNIT})?\\s*(?:of\\s+)?(["“‘']?[\\p{L}][\\p{L}\\p{N}\\s&'’"”-]{0,60}?)?\\s+(?:at|@|for)\\s+${PRICE}${PER}`,
  'iu',
);
/** "3D renders x4 at 350", "logo design × 2 @ 400". */
const QUANTITY_AFTER = new RegExp(`^(.+?)\\s*(?:x|×)\\s*(\\d{1,6})\\s+(?:at|@|for)\\s+${PRICE}${PER}`, 'iu');

const X_QUANTITY = /(?<![\p{L}\d.,])\d{1,6}\s?[x×](?![\p{L}])|(?<![\p{L}\d])[x×]\s?\d{1,6}(?![\p{L}\d.,])/u;

/** One item from a piece of text holding one price, or nothing when it holds none. */
function itemIn(chunk: string, locale: string): Item | undefined {
  const after = QUANTITY_AFTER.exec(chunk);
  if (after) {
    const unit = findAmounts(after[3]!, locale)[0];
    if (unit) return { description: describe(after[1]!), quantity: after[2]!, unit_price: unit.value };
  }
  const first = QUANTITY_FIRST.exec(chunk);
  if (first) {
    const unit = findAmounts(first[4]!, locale)[0];
    const quantity = readQuantity(first[1]!, locale);
    if (unit && quantity.ok) {
      const kind = /^(hours?|hrs?|h)$/i.test(first[2] ?? '') ? 'hours' : /^days?$/i.test(first[2] ?? '') ? 'days' : '';
      // "support 3 hours at 60": the words before the quantity when none follow it
      const description = describe(first[3] ?? '') || describe(chunk.slice(0, first.index)) || describe(kind);
      return { description, quantity: quantity.value, unit_price: unit.value };
    }
  }
  // "3x logo 400", "logo ×3 400": a quantity marked with x, read by the segment reader of quotes
  if (X_QUANTITY.test(chunk)) {
    const read = lineIn(chunk, locale).line;
    if (read) return read;
  }
  const amount = findAmounts(chunk, locale).at(-1);
  if (!amount) return undefined;
  const words = `${chunk.slice(0, amount.index)} ${chunk.slice(amount.end)}`;
  return { description: describe(words), quantity: '1', unit_price: amount.value };
}

/** A description as people write it, without the words around a price ("for the photo shoot" → "Photo shoot"). */
function describe(text: string): string {
  const cleaned = text
    // quotes around a description ('"Shop photography" - 850'), but not an apostrophe inside a word
    .replace(/[“”"()[\]]|(?<![\p{L}])['‘’]|['‘’](?![\p{L}])/gu, ' ')
    .replace(/\b(?:eur|euros?|usd|dollars?|bucks|gbp|pounds?|chf)\b/gi, ' ')
    .replace(/\b(?:each|apiece|in total|total|flat|fixed)\b/gi, ' ')
    .replace(/[€$£]/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/^(?:for|of|with|to|at|@)(?:\s+|$)/i, '')
    .replace(/^(?:the|a|an|our|my)\s+/i, '')
    .replace(/\s+(?:for|at|@|of|to)$/i, '')
    .replace(/^[\s:,;.?!\-–—]+|[\s:,;.?!\-–—]+$/g, '')
    .trim();
  return cleaned ? cleaned[0]!.toUpperCase() + cleaned.slice(1) : '';
}

/**
 * The items of a request: one per price, the text around each being its description
 * ("logo 500 and business cards 150" → two items; "website design, $1,800" → one). A piece
 * without a price describes the price next to it ("for 2.5k, logo design"); a piece that is
 * neither ("valid until next friday") is left out.
 */
export function itemsIn(text: string, locale: string): Item[] {
  // "two lines: …", "3 items -": a count of what follows is no item
  const body = text.replace(
    /^(?:(?:with|in)\s+)?(?:\d+|one|two|three|four|five|six|several|a few|some)\s+(?:things|items|lines|line items|positions|parts|entries)\s*[:,-]\s*/i,
    '',
  );
  // (one piece per line of a pasted list)
  const pieces = body.split(/\s*[;\n]\s*|\s+\+\s+|,?\s+and\s+(?=[^,]*\d)|,\s+|\s+[-–—]\s+/).filter((p) => p.trim());
  const items: Item[] = [];
  let pending = '';
  for (const piece of pieces) {
    const item = itemIn(piece, locale);
    if (!item) {
      const previous = items.at(-1);
      // "for 2.5k, logo design": the words describe the price before them when it has no description
      if (previous && !previous.description && !/\b(valid|until|due|by)\b/i.test(piece)) previous.description = describe(piece);
      // ("hosting - 240⏎support - 600": a description waits for the price after it)
      else if (!/\b(valid|until|due|by)\b/i.test(piece)) pending = `${pending} ${piece}`.trim();
      continue;
    }
    // "color grading, 3 hours at 95": the words before name the line, not its unit
    if ((!item.description || /^(hours|days)$/i.test(item.description)) && pending) item.description = describe(pending);
    pending = '';
    items.push(item);
  }
  return items.map((i) => ({ ...i, description: i.description || 'Services' }));
}
