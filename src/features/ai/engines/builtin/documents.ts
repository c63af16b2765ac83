import { formatCalendarDate } from '@/lib/time';
import { addMoney, compareMoney, formatMoney, formatUnits, toUnits } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { findAmounts } from './text';
import { answer, askBack, link, propose, type Turn } from './turn';

/** Credit notes and recurring invoices: crediting an invoice, listing the profiles, pausing one. */

const NUMBER_RE = /\b(?:inv(?:oice)?[\s#-]*(?:no\.?|number)?\s*#?\s*)([a-z]*-?\d{1,10})\b/i;

interface RecurringOut {
  id: string;
  contact_id: string;
  contact_name: string | null;
  frequency: string;
  status: string;
  next_date: string | null;
  generated_count: number;
  items?: { description: string; quantity: string; unit_price: string }[];
  url: string;
}

/** quantity × unit price, exactly (decimal strings, integer arithmetic; half a cent rounds up). */
function lineTotal(quantity: string, unitPrice: string): string {
  const product = toUnits(unitPrice) * toUnits(quantity, 3);
  return formatUnits((product + 500n) / 1000n);
}

/** "credit 50 on INV-0003", "issue a credit note of 120 for invoice 7", "refund 20 on INV-0002", "credit amara 150 on her invoice". */
export function wantsCredit(turn: Turn): boolean {
  if (!turn.test(/\b(credit|credits|refund|refunds)\b/) || turn.test(/\b(show|list|what|which|how much)\b/)) return false;
  return NUMBER_RE.test(turn.text) || (turn.test(/\b(invoice|bill)\b/) && findAmounts(turn.text, turn.req.user.locale).length > 0);
}

interface InvoiceRow {
  id: string;
  invoice_number: string;
  status: string;
  amount_paid: string;
  total_amount: string;
}

export async function creditInvoice(turn: Turn): Promise<EngineAnswer> {
  const m = NUMBER_RE.exec(turn.text);
  let invoice: InvoiceRow | undefined;
  if (m) {
    const number = /^\d+$/.test(m[1]!) ? m[1]! : m[1]!.toUpperCase();
    const found = await turn.tool('get_invoice', { invoice_number: number });
    if (!found.ok) return askBack(`I can't find invoice ${number}.`);
    invoice = found.data as InvoiceRow;
  } else {
    // "credit amara 150 on her retainer invoice": the client's one invoice that can be credited
    const who = await turn.contactIn();
    if (!who.contact) return askBack('Which invoice should I credit? Name its number, for example "credit 50 on INV-0003".');
    const { invoices } = await turn.read<{ invoices: InvoiceRow[] }>('list_invoices', { contact_id: who.contact.id, limit: 10 });
    const open = invoices.filter((i) => i.status !== 'draft' && i.status !== 'void');
    if (open.length !== 1) {
      return askBack(
        `Which invoice of ${who.contact.name} should I credit? ${open.map((i) => i.invoice_number).join(', ') || 'They have none to credit.'}`,
      );
    }
    invoice = open[0]!;
  }
  const rest = m ? turn.text.replace(NUMBER_RE, ' ') : turn.text;
  // "credit 10% of INV-0001": a share of the invoice's total
  const percent = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|percent\b)/i.exec(rest);
  const share = percent && invoice.total_amount ? lineTotal(percent[1]!.replace(',', '.'), invoice.total_amount) : undefined;
  const amount = share
    ? { value: formatUnits(toUnits(share) / 100n) }
    : findAmounts(rest, turn.req.user.locale).find((a) => !/%/.test(rest.slice(a.end, a.end + 2)));
  if (!amount)
    return askBack(`How much should I credit on ${invoice.invoice_number}? For example: "credit 50 on ${invoice.invoice_number}".`);
  const refund = turn.test(/\b(refund|refunds|refunded|paid back|pay back)\b/);
  if (refund && compareMoney(invoice.amount_paid, '0.00') <= 0) {
    return askBack(
      `Nothing has been paid on ${invoice.invoice_number} yet, so there is nothing to refund. I can credit it instead: "credit ${amount.value} on ${invoice.invoice_number}".`,
    );
  }
  const reason = m
    ? /\b(?:because|reason:?|for)\s+(?!inv)(.+?)(?=[.!]|$)/i.exec(turn.text.slice(m.index + m[0].length))?.[1]?.trim()
    : undefined;
  return propose(turn, 'credit_invoice', {
    invoice_id: invoice.id,
    amount: amount.value,
    ...(reason ? { reason } : {}),
    ...(refund ? { refund: true } : {}),
  });
}

const RECURRING =
  /\b(recurring|repeating|retainers|subscriptions?|recurring billing|billed automatically|automatic invoices?|(invoiced|billed|charged) automatically|automatically (invoiced|billed|charged)|(invoiced|billed|charged) next)\b/;
const PAUSE = /\b(pause|stop|suspend|hold|halt|freeze|no more)\b/;

/** "pause the recurring invoice for Jane", "put Jane's monthly retainer on hold", "stop billing Nordwerk every quarter". */
export function wantsPauseRecurring(turn: Turn): boolean {
  // "lukas's", answering "Which recurring invoice should I pause?"
  const last = turn.req.history?.at(-1);
  if (
    last?.response.startsWith(ASK_WHICH) &&
    turn.text.trim().split(/\s+/).length <= 4 &&
    Date.now() - Date.parse(last.created_at) < 15 * 60_000
  ) {
    return true;
  }
  return (
    ((turn.test(RECURRING) || turn.test(/\bretainer\b/)) && PAUSE.test(turn.folded) && !turn.test(/\b(how|what|which|when)\b/)) ||
    // "pause the quarterly one"
    (PAUSE.test(turn.folded) && turn.test(/\b(weekly|monthly|quarterly|yearly|annual) (one|profile|retainer)\b/)) ||
    turn.test(/\bstop (billing|invoicing|charging)\b/) ||
    (turn.test(/\b(weekly|monthly|quarterly|yearly|annual)\s+(invoice|invoices|billing|bill)\b/) && PAUSE.test(turn.folded))
  );
}

const ASK_WHICH = 'Which recurring invoice should I pause?';

async function profiles(turn: Turn, status?: string): Promise<RecurringOut[]> {
  const outcome = await turn.tool('list_recurring_invoices', { limit: 50, ...(status ? { status } : {}) });
  return outcome.ok ? (outcome.data as { recurring_invoices: RecurringOut[] }).recurring_invoices : [];
}

export async function pauseRecurring(turn: Turn): Promise<EngineAnswer> {
  const active = await profiles(turn, 'active');
  if (active.length === 0) return answer('You have no active recurring invoices to pause.');
  const who = await turn.contactIn();
  const frequency = ['weekly', 'monthly', 'quarterly', 'yearly'].find(
    (f) => turn.test(new RegExp(`\\b${f}\\b`)) || (f === 'quarterly' && turn.test(/\bevery quarter\b/)),
  );
  const theirs = who.contact
    ? active.filter((p) => p.contact_id === who.contact!.id)
    : frequency
      ? active.filter((p) => p.frequency === frequency)
      : active.length === 1
        ? active
        : [];
  if (theirs.length === 1) return propose(turn, 'pause_recurring_invoice', { recurring_invoice_id: theirs[0]!.id });
  const names = active.map((p) => `${link(p.contact_name ?? 'Client', p.url)} (${p.frequency})`).join(', ');
  return askBack(`${ASK_WHICH} Active ones: ${names}.`);
}

/** "show my recurring invoices", "which subscriptions are active?", "how often is lukas invoiced automatically?". */
export function wantsRecurringList(turn: Turn): boolean {
  // "expense: software, 19.00, Figma subscription" records money
  if (findAmounts(turn.text, turn.req.user.locale).length > 0 && turn.test(/\b(expense|spent|paid|bought)\b/)) return false;
  if (turn.test(RECURRING)) return true;
  // "which ones are there?" after a question about recurring invoices
  const last = turn.req.history?.at(-1);
  return Boolean(last?.response.startsWith(ASK_WHICH) && turn.test(/\b(which|what|show|list)\b/));
}

export async function listRecurring(turn: Turn): Promise<EngineAnswer> {
  const status = turn.test(/\bpaused\b/) ? 'paused' : turn.test(/\bactive\b/) ? 'active' : undefined;
  let list = await profiles(turn, status);
  // one client's ("how often is lukas invoiced", "do i have a repeating invoice for amara"), or one frequency
  const who = await turn.contactIn();
  if (who.contact) list = list.filter((p) => p.contact_id === who.contact!.id);
  const frequency = ['weekly', 'monthly', 'quarterly', 'yearly'].filter(
    (f) =>
      turn.test(new RegExp(`\\b${f}\\b`)) ||
      (f === 'quarterly' && turn.test(/\b(every|each) quarter\b/)) ||
      (f === 'monthly' && turn.test(/\b(every|each) month\b/)),
  );
  if (frequency.length === 1 && !who.contact) list = list.filter((p) => p.frequency === frequency[0]);
  if (list.length === 0) return answer(`You have no ${status ? `${status} ` : ''}recurring invoices.`);
  const lines = list.map(
    (p) =>
      `${link(p.contact_name ?? 'Client', p.url)}: ${p.frequency}${amountOf(turn, p)}, ${p.status === 'paused' ? 'paused' : p.next_date ? `next on ${formatCalendarDate(p.next_date, turn.req.user.locale)}` : 'ended'} (${p.generated_count} made)`,
  );
  return answer(`${list.length} recurring invoice${list.length === 1 ? '' : 's'}: ${lines.join('; ')}.`);
}

/** What one invoice of a profile comes to (its lines), for the list. */
function amountOf(turn: Turn, p: RecurringOut): string {
  if (!p.items?.length) return '';
  const total = addMoney(...p.items.map((i) => lineTotal(i.quantity, i.unit_price)));
  return ` ${formatMoney(total, turn.req.user.currency, turn.req.user.locale)}`;
}
