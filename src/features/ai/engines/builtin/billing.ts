import { addMoney, formatMoney } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { readQuantity } from '@/lib/money/input';
import { findAmounts } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/** Invoices: who owes what, balances, drafting one, recording a payment. */

interface InvoiceOut {
  id: string;
  invoice_number: string;
  status: string;
  contact_name: string | null;
  due_date: string;
  currency: string;
  total_amount: string;
  balance_due: string;
  url: string;
}

const NUMBER_RE = /\b(?:inv(?:oice)?[\s#-]*(?:no\.?|number)?\s*#?\s*)([a-z]*-?\d{1,10})\b/i;

/** "haven't paid", "did not pay yet": unpaid, whatever the word "paid" in it says. */
const NOT_PAID = /\b(havent|haven t|have not|hasnt|hasn t|has not|didnt|didn t|did not|not yet|not) (yet )?(paid|pay)\b/;

function money(turn: Turn, value: string, currency: string): string {
  return formatMoney(value, currency, turn.req.user.locale);
}

function invoiceLine(i: InvoiceOut, turn: Turn): string {
  return `${link(i.invoice_number, i.url)}${i.contact_name ? ` (${i.contact_name})` : ''}: ${money(turn, i.balance_due, i.currency)} due ${i.due_date}${i.status === 'overdue' ? ', overdue' : ''}`;
}

function sumByCurrency(invoices: InvoiceOut[], turn: Turn): string {
  const sums = new Map<string, string>();
  for (const i of invoices) sums.set(i.currency, addMoney(sums.get(i.currency) ?? '0.00', i.balance_due));
  return [...sums].map(([currency, amount]) => money(turn, amount, currency)).join(' + ');
}

function invoiceNumberIn(turn: Turn): string | undefined {
  const m = NUMBER_RE.exec(turn.text);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]!) ? m[1] : m[1]!.toUpperCase();
}

async function invoiceByNumber(turn: Turn, number: string): Promise<InvoiceOut | undefined> {
  const outcome = await turn.tool('get_invoice', { invoice_number: number });
  return outcome.ok ? (outcome.data as InvoiceOut) : undefined;
}

// ---------------------------------------------------------------------------

export function wantsInvoiceInfo(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    ((turn.has('invoice', 'invoices', 'inv', 'bill', 'bills') || NUMBER_RE.test(turn.text)) &&
      !/^(draft|create|new|make|send|bill|invoice [a-z]+ \d)/.test(t) &&
      !/\bmark\b.*\bpaid\b/.test(t)) ||
    /\b(who owes|owes?|owed|outstanding|receivable|receivables|unpaid)\b/.test(t) ||
    NOT_PAID.test(t)
  );
}

export async function invoiceInfo(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const number = invoiceNumberIn(turn);
  if (number) {
    const invoice = await invoiceByNumber(turn, number);
    if (!invoice) return askBack(`I can't find invoice ${number}.`);
    return answer(
      `${link(invoice.invoice_number, invoice.url)}${invoice.contact_name ? ` for ${invoice.contact_name}` : ''} is ${invoice.status}: total ${money(turn, invoice.total_amount, invoice.currency)}, balance due ${money(turn, invoice.balance_due, invoice.currency)}, due ${invoice.due_date}.`,
    );
  }
  const args: Record<string, unknown> = { limit: 50 };
  let scope = 'unpaid invoices';
  if (/\boverdue|late|past due\b/.test(t)) {
    args.status = 'overdue';
    scope = 'overdue invoices';
  } else if (/\bdrafts?\b/.test(t)) {
    args.status = 'draft';
    scope = 'draft invoices';
  } else if (/\bpaid\b/.test(t) && !/\bunpaid\b/.test(t) && !NOT_PAID.test(t)) {
    args.status = 'paid';
    scope = 'paid invoices';
  } else if (/\b(all|every)\b/.test(t)) {
    scope = 'invoices';
  } else {
    args.status = 'unpaid';
  }
  const who = await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    args.contact_id = who.contact.id;
    scope += ` for ${link(who.contact.name, who.contact.url)}`;
  }
  const { total, invoices } = await turn.read<{ total: number; invoices: InvoiceOut[] }>('list_invoices', args);
  if (total === 0) return answer(`You have no ${scope}.`);
  const owed = args.status === 'paid' || args.status === 'draft' ? '' : ` — ${sumByCurrency(invoices, turn)} to collect`;
  return answer(
    `You have ${total} ${total === 1 ? scope.replace('invoices', 'invoice') : scope}${owed}:\n${invoices
      .slice(0, 10)
      .map((i) => `- ${invoiceLine(i, turn)}`)
      .join('\n')}`,
  );
}

// ---------------------------------------------------------------------------

export function wantsMarkPaid(turn: Turn): boolean {
  const t = turn.w.join(' ');
  // "is INV-0003 paid?" asks; "INV-0003 was paid" tells
  if (/^(is|are|has|have|did|was it|whether)\b/.test(t) || /\bhow much\b/.test(t)) return false;
  return Boolean(invoiceNumberIn(turn)) && /\b(paid|payment|pay|received|settled|got)\b/.test(t);
}

export async function markPaid(turn: Turn): Promise<EngineAnswer> {
  const number = invoiceNumberIn(turn)!;
  const invoice = await invoiceByNumber(turn, number);
  if (!invoice) return askBack(`I can't find invoice ${number}.`);
  const amounts = findAmounts(turn.text.replace(NUMBER_RE, ' '), turn.req.user.locale);
  const amount = amounts[0]?.value ?? invoice.balance_due;
  return propose(turn, 'record_payment', { invoice_id: invoice.id, amount });
}

// ---------------------------------------------------------------------------

export function wantsDraftInvoice(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /^(please |pls )?(draft|create|make|prepare|new|write|send)( an?| new)? (invoice|bill)\b/.test(t) ||
    (/^(invoice|bill) [a-z]+/.test(t) && !/^(invoice|bill) (no|number|nr|status|details|total|balance)\b/.test(t))
  );
}

export function draftInvoice(turn: Turn): Promise<EngineAnswer> {
  return draftDocument(turn, 'invoice');
}

/** A quote reads like an invoice: "quote amara 10 hours of design at 80 each" (docs/decisions/0110-quotes.md). */
export function draftQuote(turn: Turn): Promise<EngineAnswer> {
  return draftDocument(turn, 'quote');
}

async function draftDocument(turn: Turn, kind: 'invoice' | 'quote'): Promise<EngineAnswer> {
  // the client is named before what is billed ("bill amara 1,500 for the brand refresh", "invoice sofia: 3 days …",
  // "create an invoice for Grace Whitfield: 1 logo at 450"): read up to a colon or the first number first
  const head = turn.text.split(/:|\s(?=[€$£]?\d)|\s(?:at|@)\s/)[0]!;
  let who = await turn.contactIn(head);
  if (!who.contact && who.ambiguous.length === 0) who = await turn.contactIn(turn.text.split(/\s(?:for|at|:)\s/i)[0]);
  if (!who.contact && who.ambiguous.length === 0) who = await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (!who.contact) return askBack(`Who is the ${kind} for? I could not find that client among your contacts.`);
  const text = turn.text;
  const items: { description: string; quantity: string; unit_price: string }[] = [];
  // "10 hours of design at 80 each", "3 x logo at 150"
  const each =
    /(?<![\d.,])(\d{1,6}(?:[.,]\d{1,3})?)\s*(?:x|×)?\s*(?:hours?|hrs?|days?|units?|pcs|pieces?|items?|licen[cs]es?|sessions?)?\s*(?:of\s+)?([\p{L}][\p{L}\s&'-]{1,60}?)?\s+(?:at|@|for)\s+([€$£]?\s?[\d.,]+k?)\s*(?:each|apiece|per\s+\w+|\/\s?\w+|an? \w+)?/iu.exec(
      text,
    );
  if (each) {
    const unit = findAmounts(each[3]!, turn.req.user.locale)[0];
    const quantity = readQuantity(each[1]!, turn.req.user.locale);
    if (unit && quantity.ok) {
      const kind = /hours?|hrs?/i.test(each[0]) ? 'hours' : /days?/i.test(each[0]) ? 'days' : '';
      const what = (each[2] ?? '').trim() || kind || 'Services';
      items.push({ description: what[0]!.toUpperCase() + what.slice(1), quantity: quantity.value, unit_price: unit.value });
    }
  }
  if (items.length === 0) {
    const amount = findAmounts(text, turn.req.user.locale)[0];
    if (!amount)
      return askBack(
        `What should the ${kind} for ${link(who.contact.name, who.contact.url)} contain? For example: "${kind} ${who.contact.first_name} 10 hours of design at 80 each".`,
      );
    const what =
      /\bfor\s+(?:the\s+)?(.+?)(?=[.,!]|$)/i.exec(text.slice(amount.end))?.[1]?.trim() ??
      /\bfor\s+(?:the\s+)?(.+?)(?=\s+[€$£]?\d|[.,!]|$)/i.exec(text)?.[1]?.trim();
    const description = what && !/^\d/.test(what) ? what : 'Services';
    items.push({ description: description[0]!.toUpperCase() + description.slice(1), quantity: '1', unit_price: amount.value });
  }
  return propose(turn, kind === 'quote' ? 'create_quote' : 'create_invoice', { contact_id: who.contact.id, items });
}
