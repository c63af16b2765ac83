import { compareMoney, formatMoney } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { findAmounts } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/**
 * Bank statements: "which payments haven't been matched?" lists the imported
 * incoming lines still waiting (with the invoice suggested for each), and
 * "match the 1,200 payment to INV-0042" proposes recording that line as the
 * invoice's payment, which waits for confirmation (docs/decisions/0122).
 */

interface LineOut {
  id: string;
  date: string;
  amount: string;
  currency: string;
  description: string;
  counterparty: string | null;
  status: string;
  suggestion: { invoice_id: string; invoice_number: string | null; confidence: number; reasons: string[] } | null;
}

const NUMBER_RE = /\b(?:inv(?:oice)?[\s#-]*(?:no\.?|number)?\s*#?\s*)([a-z]*-?\d{1,10})\b/i;
const PAYMENTS = /\b(payments?|bank lines?|transfers?|deposits?|bank)\b/;

export function wantsUnmatchedPayments(turn: Turn): boolean {
  const t = turn.folded;
  // "anything to reconcile?", "what still needs reconciling": the bank's own word, no payment word needed
  if (
    /\b(?:anything|what|which|lines?|left|still|need\w*) (?:\w+ )?(?:to )?reconcil\w*\b|^reconcil\w*\b/.test(t) &&
    !/\binv(?:oice)?\b/.test(t)
  )
    return true;
  return (
    PAYMENTS.test(t) &&
    /\b(un ?matched|not (been |yet )?matched|(haven|hasn|aren|isn|weren|wasn|don|doesn).?t (been |yet )?(matched|linked|reconciled)|unreconciled|not reconciled|to match|open|need\w* (?:matching|to be matched)|not linked|without an invoice)\b/.test(
      t,
    )
  );
}

/** "match the 1,200 payment to INV-0042", "link the Amara transfer with her invoice", "reconcile the 750 deposit against Lukas's invoice". */
const MATCH_VERB = /\b(match|link|reconcile|connect)\b/;

export function wantsMatchPayment(turn: Turn): boolean {
  const t = turn.folded;
  if (!MATCH_VERB.test(t) || !/\b(payment|transfer|deposit|line|bank)\b/.test(t)) return false;
  return NUMBER_RE.test(turn.text) || /\b(to|with|against|for)\b.*\binvoice\b/.test(t);
}

function money(turn: Turn, value: string, currency: string): string {
  return formatMoney(value, currency, turn.req.user.locale);
}

function lineText(turn: Turn, l: LineOut): string {
  const who = l.counterparty ?? l.description;
  const suggested = l.suggestion?.invoice_number
    ? ` — looks like ${link(l.suggestion.invoice_number, `/invoices/${l.suggestion.invoice_id}`)} (${Math.round(l.suggestion.confidence * 100)}%)`
    : '';
  return `${l.date} ${money(turn, l.amount, l.currency)} from ${who}${suggested}`;
}

async function waiting(turn: Turn): Promise<LineOut[]> {
  const unmatched = await turn.read<{ lines: LineOut[] }>('list_bank_lines', { status: 'unmatched' });
  const suggested = await turn.read<{ lines: LineOut[] }>('list_bank_lines', { status: 'suggested' });
  return [...suggested.lines, ...unmatched.lines].filter((l) => compareMoney(l.amount, '0.00') > 0);
}

export async function unmatchedPayments(turn: Turn): Promise<EngineAnswer> {
  const lines = await waiting(turn);
  if (lines.length === 0) return answer(`Every imported payment is matched. ${link('Bank', '/bank')}`);
  const shown = lines.slice(0, 10).map((l) => `- ${lineText(turn, l)}`);
  const more = lines.length > 10 ? `\n…and ${lines.length - 10} more.` : '';
  return answer(
    `${lines.length} ${lines.length === 1 ? 'payment is' : 'payments are'} not matched yet:\n${shown.join('\n')}${more}\nReview them on ${link('Bank', '/bank')}.`,
  );
}

/** The invoice a match names: by its number, else the one unpaid invoice of the client named ("to Amara's invoice"). */
async function invoiceNamed(turn: Turn): Promise<{ invoice?: { id: string; invoice_number: string }; problem?: EngineAnswer }> {
  const m = NUMBER_RE.exec(turn.text);
  if (m) {
    const number = /^\d+$/.test(m[1]!) ? m[1]! : m[1]!.toUpperCase();
    const found = await turn.tool('get_invoice', { invoice_number: number });
    if (!found.ok) return { problem: askBack(`I can't find invoice ${number}.`) };
    return { invoice: found.data as { id: string; invoice_number: string } };
  }
  const who = await turn.contactIn();
  if (who.ambiguous.length) return { problem: whichOne(who.ambiguous) };
  if (!who.contact)
    return { problem: askBack(`Which invoice should the payment go to? Say its number, e.g. “match the payment to INV-0003”.`) };
  const { invoices } = await turn.read<{ invoices: { id: string; invoice_number: string }[] }>('list_invoices', {
    status: 'unpaid',
    contact_id: who.contact.id,
    limit: 10,
  });
  if (invoices.length === 1) return { invoice: invoices[0] };
  if (invoices.length === 0) return { problem: askBack(`${link(who.contact.name, who.contact.url)} has no unpaid invoice.`) };
  return {
    problem: askBack(
      `Which invoice of ${link(who.contact.name, who.contact.url)} do you mean: ${invoices.map((i) => i.invoice_number).join(', ')}?`,
    ),
  };
}

export async function matchPayment(turn: Turn): Promise<EngineAnswer> {
  const named = await invoiceNamed(turn);
  if (!named.invoice) return named.problem!;
  const invoice = named.invoice;
  const amount = findAmounts(turn.text.replace(NUMBER_RE, ' '), turn.req.user.locale)[0]?.value;
  const lines = await waiting(turn);
  const candidates = lines.filter((l) => (amount ? compareMoney(l.amount, amount) === 0 : l.suggestion?.invoice_id === invoice.id));
  const pick = candidates.length === 1 ? candidates[0] : candidates.find((l) => l.suggestion?.invoice_id === invoice.id);
  if (!pick) {
    if (candidates.length > 1) {
      return askBack(
        `Several payments fit: ${candidates
          .slice(0, 5)
          .map((l) => lineText(turn, l))
          .join('; ')}. Match one on ${link('Bank', '/bank')}.`,
      );
    }
    return askBack(
      `I can't find an unmatched payment${amount ? ` of ${amount}` : ''} for ${invoice.invoice_number}. ${link('Bank', '/bank')}`,
    );
  }
  return propose(turn, 'match_bank_line', { bank_line_id: pick.id, invoice_id: invoice.id });
}
