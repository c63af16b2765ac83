import { formatCalendarDate } from '@/lib/time';
import { compareMoney } from '@/lib/money';
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
  url: string;
}

/** "credit 50 on INV-0003", "issue a credit note of 120 for invoice 7", "refund 20 on INV-0002". */
export function wantsCredit(turn: Turn): boolean {
  return turn.test(/\b(credit|credits|refund|refunds)\b/) && NUMBER_RE.test(turn.text) && !turn.test(/\b(show|list|what|which)\b/);
}

export async function creditInvoice(turn: Turn): Promise<EngineAnswer> {
  const m = NUMBER_RE.exec(turn.text)!;
  const number = /^\d+$/.test(m[1]!) ? m[1]! : m[1]!.toUpperCase();
  const found = await turn.tool('get_invoice', { invoice_number: number });
  if (!found.ok) return askBack(`I can't find invoice ${number}.`);
  const invoice = found.data as { id: string; invoice_number: string; amount_paid: string };
  const amount = findAmounts(turn.text.replace(NUMBER_RE, ' '), turn.req.user.locale)[0];
  if (!amount)
    return askBack(`How much should I credit on ${invoice.invoice_number}? For example: "credit 50 on ${invoice.invoice_number}".`);
  const refund = turn.test(/\b(refund|refunds|refunded|paid back|pay back)\b/);
  if (refund && compareMoney(invoice.amount_paid, '0.00') <= 0) {
    return askBack(
      `Nothing has been paid on ${invoice.invoice_number} yet, so there is nothing to refund. I can credit it instead: "credit ${amount.value} on ${invoice.invoice_number}".`,
    );
  }
  const reason = /\b(?:because|reason:?|for)\s+(?!inv)(.+?)(?=[.!]|$)/i.exec(turn.text.slice(m.index + m[0].length))?.[1]?.trim();
  return propose(turn, 'credit_invoice', {
    invoice_id: invoice.id,
    amount: amount.value,
    ...(reason ? { reason } : {}),
    ...(refund ? { refund: true } : {}),
  });
}

const RECURRING = /\b(recurring|repeating|retainers|subscriptions?|recurring billing|billed automatically|automatic invoices?)\b/;

/** "pause the recurring invoice for Jane", "put Jane's monthly retainer on hold", "stop billing Nordwerk every quarter". */
export function wantsPauseRecurring(turn: Turn): boolean {
  return (
    ((turn.test(RECURRING) || turn.test(/\bretainer\b/)) && turn.test(/\b(pause|stop|suspend|hold|halt|freeze)\b/)) ||
    turn.test(/\bstop (billing|invoicing|charging)\b/) ||
    (turn.test(/\b(weekly|monthly|quarterly|yearly|annual)\s+(invoice|invoices|billing|bill)\b/) &&
      turn.test(/\b(pause|stop|suspend|hold|halt|freeze)\b/))
  );
}

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
  return askBack(`Which recurring invoice should I pause? Active ones: ${names}.`);
}

/** "show my recurring invoices", "which subscriptions are active?". */
export function wantsRecurringList(turn: Turn): boolean {
  return turn.test(RECURRING);
}

export async function listRecurring(turn: Turn): Promise<EngineAnswer> {
  const status = turn.test(/\bpaused\b/) ? 'paused' : turn.test(/\bactive\b/) ? 'active' : undefined;
  const list = await profiles(turn, status);
  if (list.length === 0) return answer(`You have no ${status ? `${status} ` : ''}recurring invoices.`);
  const lines = list.map(
    (p) =>
      `${link(p.contact_name ?? 'Client', p.url)}: ${p.frequency}, ${p.status === 'paused' ? 'paused' : p.next_date ? `next on ${formatCalendarDate(p.next_date, turn.req.user.locale)}` : 'ended'} (${p.generated_count} made)`,
  );
  return answer(`${list.length} recurring invoice${list.length === 1 ? '' : 's'}: ${lines.join('; ')}.`);
}
