import { formatCalendarDate } from '@/lib/time';
import { addMoney, compareMoney, formatMoney, formatUnits, toUnits } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { correct, countIn, findAmounts, wordSimilarity, words } from './text';
import { answer, askBack, link, propose, type Turn } from './turn';
import { amountsIn } from './money';

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

/** "credit 50 on INV-0003", "issue a credit note of 120 for invoice 7", "refund 20 on INV-0002", "cr note 50 inv 1". */
const CREDIT_WORDS =
  /\b(credit|credits|credited|creditnote|creditnotes|refund|refunds|cr note|cn|write off|written off)\b|\b(knock|take)\b.{0,24}\boff\b/;
/** "bank statement line: CREDIT NORDWERK INV-0002 500.00": the bank's word for money in, not a credit note. */
const BANK_LINE = /\b(bank|statement|remittance|transfer|incoming)\b/;

export function wantsCredit(turn: Turn): boolean {
  // (a question, not "reduce what amara owes by 100": "what" inside a request names what is owed)
  if (!turn.test(CREDIT_WORDS) || turn.test(/^(what|which)\b|\b(show|list|how much)\b|\b(what|which) (is|s|are|was|were|did|does|do)\b/))
    return false;
  if (turn.test(BANK_LINE) && !turn.test(/\b(credit ?notes?|cr note)\b/)) return false;
  return (
    NUMBER_RE.test(turn.text) ||
    NUMBER_RE.test(turn.w.join(' ')) ||
    // ("knock fifty off the Nordwerk invoice": an amount in words too)
    (turn.test(/\b(invoice|bill)\b/) && amountsIn(turn.text, turn.req.user.locale).amounts.length > 0) ||
    // "issue a credit note for 80": which invoice is asked back
    (turn.test(/\b(credit ?note|cr note)\b/) && findAmounts(turn.text, turn.req.user.locale).length > 0) ||
    // "credit INV-0003 in full", "lukas was billed for 5 workshops but only had 4, credit one of them"
    (turn.test(/\b(credit|refund)\b/) && (turn.test(FULL) || turn.test(SOME_OF_THEM)) && turn.test(/\b(billed|invoiced|charged|invoice)\b/))
  );
}

/** "in full", "the whole amount", "fully": the invoice's total. */
const FULL =
  /\b(in full|fully|the (whole|full|entire|total) (amount|invoice|thing|total|sum|of it|of the invoice|of inv|inv)|all of it|the lot|everything)\b/;
/** "credit one of them", "two of the workshops", "credit one workshop": that many of the invoice's units. */
const SOME_OF_THEM =
  /\b(one|two|three|four|five|\d{1,3})\s+(?:of\s+(?:them|those|these|the\s+\S+)|(?:unit|item|line|session|day|hour)s?)\b/;
/** "the remaining balance", "the outstanding amount", "what's left": the invoice's balance due. */
const REMAINING =
  /\b(?:remaining|outstanding|open|unpaid)\s+(?:balance|amount|sum)\b|\bthe balance(?: due| left| owed| outstanding)?\b|\bwhat (?:is |s )?(?:left|still (?:owed|due|open|outstanding))\b/;
/** "the difference", "the gap": between the two amounts said (what was paid and what was agreed). */
const DIFFERENCE = /\bthe (?:difference|gap|excess|overpayment)\b/;
/** "credit the fifth", "the last one", "the missing session": one unit, named by its place. */
const ONE_MORE =
  /\bthe (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other|remaining|missing|extra)( (one|unit|item|session|day|hour|workshop|visit|lesson|class))?\b(?! \d)/;
/** "and pay the money back", "refund her", but not "no refund needed". */
const REFUND =
  /\b(refund|refunds|refunded|refunding|reimburse|reimbursed|repay|(pay|paid|paying|send|sent|give|gave)\s+(?:(?:it|them|him|her|the money|the amount|that)\s+)?back)\b/;
const NO_REFUND = /\b(no|not|without|don ?t|do not|never)\s+(?:a\s+|any\s+|need\s+(?:a\s+)?|to\s+)?(refund|repay|pay\w*\s+(?:it\s+)?back)/;

/** Whether the money is to be paid back ("and pay the money back", "refund priya"), not when it is refused ("no refund needed"). */
export function refundAsked(turn: Turn): boolean {
  // "refnud the money": the word read through its typo
  const t = turn.w.map((w) => correct(w, ['refund', 'refunded', 'reimburse'])).join(' ');
  return REFUND.test(t) && !NO_REFUND.test(t);
}

interface InvoiceRow {
  id: string;
  invoice_number: string;
  status: string;
  amount_paid: string;
  total_amount: string;
  balance_due?: string;
  items?: { description: string; quantity: string; unit_price: string }[];
}

/** Text in double quotes, or in single quotes that are not apostrophes ("Amara's" is no quote). */
const QUOTED = /["“]([^"“”]{2,120})["”]|(?<![\p{L}])[‘']([^‘’']{2,120})[’'](?![\p{L}])/u;

/** The reason said with the credit: quoted ('"Late delivery"'), or after "because" / "reason" / "for". */
export function reasonIn(text: string, numberMatch: RegExpExecArray | null): string | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) return (quoted[1] ?? quoted[2])!.trim();
  if (!numberMatch) return undefined;
  return /\b(?:because(?: of)?|reason(?: is| being)?:?|for)\s+(?!inv)(.+?)(?=[.!]|$)/i
    .exec(text.slice(numberMatch.index + numberMatch[0].length))?.[1]
    ?.replace(/^(?:the\s+)?reason\s+/i, '')
    .trim();
}

export async function creditInvoice(turn: Turn): Promise<EngineAnswer> {
  // the typed text, else its typo-corrected words ("invocie 2")
  const m = NUMBER_RE.exec(turn.text) ?? NUMBER_RE.exec(turn.w.join(' '));
  let invoice: InvoiceRow | undefined;
  if (m) {
    const number = /^\d+$/.test(m[1]!) ? m[1]! : m[1]!.toUpperCase();
    const found = await turn.tool('get_invoice', { invoice_number: number });
    if (!found.ok) return askBack(`I can't find invoice ${number}.`);
    invoice = found.data as InvoiceRow;
  } else {
    // "credit amara 150 on her retainer invoice": the client's one invoice that can be credited
    const who = await turn.contactIn();
    const { invoices } = await turn.read<{ invoices: InvoiceRow[] }>('list_invoices', {
      ...(who.contact ? { contact_id: who.contact.id } : {}),
      limit: 10,
    });
    const open = invoices.filter((i) => i.status !== 'draft' && i.status !== 'void' && i.status !== 'cancelled');
    if (!who.contact) {
      // "put a 500 credit on the dashboard project invoice": the one whose lines hold the words said
      invoice = await invoiceByLine(turn, open);
      // no number, no client and no line: the invoices that can be credited, to choose from
      if (!invoice)
        return askBack(
          `Which invoice should I credit? ${open.length ? `${open.map((i) => i.invoice_number).join(', ')}. ` : ''}Name its number, for example "credit 50 on ${open[0]?.invoice_number ?? 'INV-0003'}".`,
        );
    } else if (open.length !== 1) {
      return askBack(
        `Which invoice of ${who.contact.name} should I credit? ${open.map((i) => i.invoice_number).join(', ') || 'They have none to credit.'}`,
      );
    } else invoice = open[0]!;
  }
  const rest = (m ? turn.text.replace(NUMBER_RE, ' ').replace(/\binv\w*\s*#?\s*\d{1,10}\b/i, ' ') : turn.text).replace(
    new RegExp(QUOTED.source, 'gu'),
    ' ',
  );
  const amount = await creditAmount(turn, invoice, rest);
  if (!amount)
    return askBack(`How much should I credit on ${invoice.invoice_number}? For example: "credit 50 on ${invoice.invoice_number}".`);
  const refund = refundAsked(turn);
  if (refund && compareMoney(invoice.amount_paid, '0.00') <= 0) {
    return askBack(
      `Nothing has been paid on ${invoice.invoice_number} yet, so there is nothing to refund. I can credit it instead: "credit ${amount} on ${invoice.invoice_number}".`,
    );
  }
  const reason = reasonIn(turn.text, m);
  return propose(turn, 'credit_invoice', {
    invoice_id: invoice.id,
    amount,
    ...(reason ? { reason } : {}),
    ...(refund ? { refund: true } : {}),
  });
}

/** Words of a credit request that never name what an invoice was for. */
const NOT_LINE_WORDS = new Set(
  'credit credits credited note notes refund invoice invoices bill the this that their his her our put give issue raise with without full whole please'.split(
    ' ',
  ),
);

/**
 * The one invoice of `open` whose lines hold the most of the words said ("the dashboard project invoice"), if one
 * holds more than any other (one read per invoice: the list holds no lines).
 */
async function invoiceByLine(turn: Turn, open: InvoiceRow[]): Promise<InvoiceRow | undefined> {
  const said = words(turn.text.replace(/\d[\d.,]*/g, ' ')).filter((w) => w.length >= 4 && !NOT_LINE_WORDS.has(w));
  if (said.length === 0) return undefined;
  const scored: { invoice: InvoiceRow; hits: number }[] = [];
  for (const invoice of open) {
    const detail = await turn.read<InvoiceRow>('get_invoice', { invoice_id: invoice.id });
    const lineWords = (detail.items ?? []).flatMap((i) => words(i.description));
    const hits = said.filter((w) => lineWords.some((l) => wordSimilarity(w, l) >= 0.85)).length;
    if (hits > 0) scored.push({ invoice: detail, hits });
  }
  scored.sort((a, b) => b.hits - a.hits);
  if (scored.length === 0 || (scored.length > 1 && scored[1]!.hits === scored[0]!.hits)) return undefined;
  return scored[0]!.invoice;
}

/** How much to credit: a share ("10 %"), the whole invoice ("in full"), some of its units ("one of them"), or the amount said. */
async function creditAmount(turn: Turn, invoice: InvoiceRow, rest: string): Promise<string | undefined> {
  // "credit 10% of INV-0001": a share of the invoice's total
  const percent = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|percent\b)/i.exec(rest);
  if (percent && invoice.total_amount) {
    return formatUnits(toUnits(lineTotal(percent[1]!.replace(',', '.'), invoice.total_amount)) / 100n);
  }
  const t = turn.w.join(' ');
  // "for its whole remaining balance", "credit what's left on INV-0002": what is still due on it
  if (REMAINING.test(t)) return invoice.balance_due ?? formatUnits(toUnits(invoice.total_amount) - toUnits(invoice.amount_paid));
  // what is said after the verb is what is credited ("attended four of the sessions, credit the fifth": one)
  const verb = /\b(credit|credits|refund|refunds|knock|take)\b/.exec(t);
  const asked = verb ? t.slice(verb.index) : t;
  const some = SOME_OF_THEM.exec(asked) ?? (amountsIn(rest, turn.req.user.locale).amounts.length === 0 ? ONE_MORE.exec(asked) : null);
  if (some) {
    // that many units of the invoice's line (the one line, or the one whose words are said)
    const read = invoice.items ? undefined : await turn.tool('get_invoice', { invoice_id: invoice.id });
    const detail = read ? (read.ok ? (read.data as InvoiceRow) : undefined) : invoice;
    const items = detail?.items ?? [];
    const said = words(rest);
    const named = items.filter((i) => words(i.description).some((w) => w.length >= 4 && said.some((s) => s.startsWith(w.slice(0, -1)))));
    const item = items.length === 1 ? items[0] : named.length === 1 ? named[0] : undefined;
    const count = ONE_MORE.test(some[0]) ? 1 : countIn(some[1]!);
    if (item && count > 0) return lineTotal(String(count), item.unit_price);
  }
  const read = amountsIn(rest, turn.req.user.locale);
  // "paid 3,000 but we had agreed 2,700: credit the difference": the one amount less the other
  if (DIFFERENCE.test(t) && read.amounts.length === 2) {
    const gap = toUnits(read.amounts[0]!.value) - toUnits(read.amounts[1]!.value);
    return formatUnits(gap < 0n ? -gap : gap);
  }
  const amount = read.amounts.find((a) => !/%/.test(read.text.slice(a.end, a.end + 2)));
  if (amount) return amount.value;
  // "the wohle of it": the words of wholeness read through their typos
  if (turn.test(FULL) || FULL.test(turn.w.map((w) => correct(w, ['whole', 'entire', 'full', 'fully', 'total'])).join(' ')))
    return invoice.total_amount;
  // "credit half of INV-0001", "a third of the invoice": that share of its total
  return shareOf(rest, invoice.total_amount);
}

/** "half", "a third", "a quarter", "two thirds", "three quarters" of an amount, exactly (integer cents, rounded down). */
export function shareOf(text: string, amount: string): string | undefined {
  const shares: [RegExp, bigint, bigint][] = [
    [/\b(?:a|one)\s+half\b|\bhalf\b/i, 1n, 2n],
    [/\btwo[\s-]thirds?\b/i, 2n, 3n],
    [/\b(?:a|one)[\s-]third\b/i, 1n, 3n],
    [/\bthree[\s-]quarters?\b/i, 3n, 4n],
    [/\b(?:a|one)[\s-]quarter\b/i, 1n, 4n],
  ];
  const cents = toUnits(amount);
  for (const [re, times, parts] of shares) if (re.test(text)) return formatUnits((cents * times) / parts);
  return undefined;
}

const RECURRING =
  /\b(on (a |the )?retainers?|retainer (invoices?|billing|profiles?|clients?)|recurring|repeating|repeat (invoices?|invoicing|billing|bills?)|retainers|subscriptions?|recurring billing|billed automatically|automatic(?: \w+)? (invoices?|invoicing|billing|bills?)|auto-?(billing|billed|bill|invoicing|invoiced|invoices?)|(invoiced|billed|charged) automatically|automatically (invoiced|billed|charged)|(invoiced|billed|charged) next)\b/;
/** "is lukas billed monthly or quarterly?", "what does amara get charged every month automatically", "the quarterly retainer". */
const BILLED_REGULARLY =
  /\b(bill|bills|billed|billing|invoice|invoiced|invoicing|charge|charged|charging)\b.{0,40}\b(on a (regular )?schedule|on a regular basis|regularly|periodically|on repeat|on autopilot)\b|\b(billed|invoiced|charged|bill|invoice|charge)\s+(weekly|monthly|quarterly|yearly|annually|every (week|month|quarter|year))\b|\b(billed|invoiced|charged|pay|pays|paid|charge)\b.*\bautomatically\b|\b(weekly|monthly|quarterly|yearly|annual) (retainer|invoicing|billing)\b/;
const PAUSE =
  /\b(pause|stop|suspend|hold|halt|freeze|no more|skip|on ice|disable|deactivate|(switch|turn|shut) (it |them |that |those )?off)\b/;
/** "set the recurring invoice for nordwerk to paused", "mark it as on hold": the paused state given to it. */
const SET_PAUSED = /\b(set|mark|make|switch|change|put|turn|move)\b.*\b(to|as|into)\s+(paused|on hold|inactive|suspended)\b/;
/** "put that on pause", "stop those": what the previous answer named, as the object of the verb. */
const THAT_ONE = /\b(that|this|it|them|those|these|that one|this one|both)\b/;
const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly', 'annually'];

/** The words with the frequencies read through their typos ("montly" → "monthly", "quartely" → "quarterly"). */
function scheduleWords(turn: Turn): string {
  return turn.w.map((w) => correct(w, FREQUENCIES)).join(' ');
}
/** The profiles the previous answer named (their links), when it was about recurring invoices and recent. */
function profilesNamed(turn: Turn): string[] {
  const last = turn.req.history?.at(-1);
  if (!last || Date.now() - Date.parse(last.created_at) > 15 * 60_000) return [];
  return [...new Set([...last.response.matchAll(/\]\(\/recurring\/([0-9a-f-]+)\)/g)].map((m) => m[1]!))];
}

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
    ((turn.test(RECURRING) ||
      RECURRING.test(scheduleWords(turn)) ||
      turn.test(BILLED_REGULARLY) ||
      turn.test(/\bretainer\b/) ||
      turn.test(/\b(invoicing|billing)\b/)) &&
      (PAUSE.test(turn.folded) || SET_PAUSED.test(turn.folded)) &&
      !turn.test(/\b(how|what|which|when)\b/)) ||
    // "pause that", "pause the one for Nordwerk", "ok put that on pause" right after an answer listing recurring invoices
    (profilesNamed(turn).length > 0 &&
      (turn.test(/^(pause|stop|suspend|halt|freeze|hold)\b/) ||
        ((PAUSE.test(turn.folded) || SET_PAUSED.test(turn.folded)) && THAT_ONE.test(turn.folded)))) ||
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
  const scheduled = scheduleWords(turn);
  const frequency = ['weekly', 'monthly', 'quarterly', 'yearly'].find(
    (f) => new RegExp(`\\b${f}\\b`).test(scheduled) || (f === 'quarterly' && turn.test(/\bevery quarter\b/)),
  );
  const named = profilesNamed(turn);
  const theirs = who.contact
    ? active.filter((p) => p.contact_id === who.contact!.id)
    : named.length === 1 && !frequency
      ? active.filter((p) => p.id === named[0])
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
  // (the typed words too: the corrector reads "charge" as "change")
  const scheduled = scheduleWords(turn);
  if (turn.test(RECURRING) || turn.test(BILLED_REGULARLY) || BILLED_REGULARLY.test(turn.folded)) return true;
  // "is amara on an automatic montly invoice?", "does anyone get billed quartely?"
  if (RECURRING.test(scheduled) || BILLED_REGULARLY.test(scheduled)) return true;
  // "doesn't her record say how often we invoice her?": how often is a schedule
  if (turn.test(/\bhow often\b.*\b(invoice|invoiced|invoicing|bill|billed|billing|charge|charged)\b/)) return true;
  // "which ones are there?" after a question about recurring invoices
  const last = turn.req.history?.at(-1);
  return Boolean(last?.response.startsWith(ASK_WHICH) && turn.test(/\b(which|what|show|list)\b/));
}

export async function listRecurring(turn: Turn): Promise<EngineAnswer> {
  // "active or paused?" asks which state it is in: no filter, the state is in each line
  const paused = turn.test(/\b(paused|on hold)\b/);
  const active = turn.test(/\b(active|running)\b/);
  const status = paused && !active ? 'paused' : active && !paused ? 'active' : undefined;
  let list = await profiles(turn, status);
  // one client's ("how often is lukas invoiced", "do i have a repeating invoice for amara"), or one frequency
  const who = await turn.contactIn();
  if (who.contact) list = list.filter((p) => p.contact_id === who.contact!.id);
  const scheduled = scheduleWords(turn);
  const frequency = ['weekly', 'monthly', 'quarterly', 'yearly'].filter(
    (f) =>
      new RegExp(`\\b${f}\\b`).test(scheduled) ||
      (f === 'quarterly' && turn.test(/\b(every|each) quarter\b/)) ||
      (f === 'monthly' && turn.test(/\b(every|each) month\b/)),
  );
  if (frequency.length === 1 && !who.contact) list = list.filter((p) => p.frequency === frequency[0]);
  if (list.length === 0) return answer(`You have no ${status ? `${status} ` : ''}recurring invoices.`);
  const lines = list.map(
    (p) =>
      `${link(p.contact_name ?? 'Client', p.url)}: ${p.frequency}${amountOf(turn, p)}, ${p.status === 'paused' ? 'paused' : p.next_date ? `active, next on ${formatCalendarDate(p.next_date, turn.req.user.locale)}` : 'ended'} (${p.generated_count} made)`,
  );
  return answer(`${list.length} recurring invoice${list.length === 1 ? '' : 's'}: ${lines.join('; ')}.`);
}

/** What one invoice of a profile comes to (its lines) and what it bills, for the list. */
function amountOf(turn: Turn, p: RecurringOut): string {
  if (!p.items?.length) return '';
  const total = addMoney(...p.items.map((i) => lineTotal(i.quantity, i.unit_price)));
  const what = [...new Set(p.items.map((i) => i.description))].slice(0, 3).join(', ');
  return ` ${formatMoney(total, turn.req.user.currency, turn.req.user.locale)}${what ? ` (${what})` : ''}`;
}
