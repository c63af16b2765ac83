// Over 400 lines on purpose: listing, drafting and converting quotes share one reader of quote numbers, states (typos included) and lines.
import type { EngineAnswer } from '../types';
import { addMoney, compareMoney, formatMoney } from '@/lib/money';
import { readQuantity } from '@/lib/money/input';
import { findDate } from './dates';
import { valueBound } from './deals';
import type { Candidate } from './mentions';
import { findAmounts, fold, wordSimilarity, words } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/** Quotes: which are open, drafting one (billing.ts reads its lines), converting one into an invoice. */

interface QuoteWithItems extends QuoteOut {
  items?: { description: string; quantity: string; unit_price: string }[];
}

interface QuoteOut {
  id: string;
  quote_number: string;
  status: string;
  contact_id?: string | null;
  contact_name: string | null;
  valid_until: string;
  currency: string;
  total_amount: string;
  url: string;
}

/** Words of quotes and their states, and the word each is read as ("quotation" → "quote", "approved" → "approved"). */
const QUOTE_WORDS: Record<string, string> = {
  quote: 'quote',
  quotes: 'quotes',
  quotation: 'quote',
  quotations: 'quotes',
  estimate: 'quote',
  estimates: 'quotes',
  accepted: 'accepted',
  declined: 'declined',
  rejected: 'rejected',
  approved: 'approved',
  expired: 'expired',
};

/**
 * A word of quotes as the word quotes are read by ("quotations" → "quotes"). Its typos ("estimtes", "acepted") are read
 * by the shared reader of every domain's words (routing.ts fixWordTypos) before.
 */
function quoteWord(word: string): string | undefined {
  return QUOTE_WORDS[fold(word)];
}

/** The corrected words with the words of quotes read through their typos ("list estimtes" → "list quotes"). */
export function quoteText(turn: Turn): string {
  return turn.w.map((w) => quoteWord(w) ?? w).join(' ');
}

/** The typed text with the words of quotes read through their typos, all else as typed. */
function typedQuoteText(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => {
    const known = quoteWord(w);
    return known && !['quote', 'quotes'].includes(fold(w)) && !/^(accepted|declined|rejected|approved|expired)$/.test(known) ? known : w;
  });
}

const QUOTE_NUMBER_RE = /\b(?:quote|quo)[\s#-]*(?:no\.?|number)?\s*#?\s*([a-z]*-?\d{1,10})\b/i;

function quoteNumberIn(turn: Turn): string | undefined {
  const full = /\b(quo-(\d{1,10}))\b/i.exec(turn.text);
  // "quo-2": the digits, which the tools match whatever the workspace's prefix and padding
  if (full) return full[2]!.length >= 4 ? full[1]!.toUpperCase() : full[2];
  // the typed text, else its typo-corrected words ("qoute 2" → "quote 2")
  const m = QUOTE_NUMBER_RE.exec(turn.text) ?? QUOTE_NUMBER_RE.exec(turn.w.join(' '));
  if (!m) return undefined;
  return /^\d+$/.test(m[1]!) ? m[1] : m[1]!.toUpperCase();
}

export function wantsConvertQuote(turn: Turn): boolean {
  const t = quoteText(turn);
  // "which quotes can I still turn into invoices?" asks which could be
  if (/^(which|what|any|how many|list|show|are there|do i have|can i)\b/.test(t) && /\bquotes\b/.test(t)) return false;
  const quote = /\bquotes?\b/.test(t) || QUOTE_NUMBER_RE.test(turn.text);
  const invoiceWord = /\b(invoice|invoices|bill)\b/.test(t);
  // "quote 2 to invoice", "QUO-0002 into an invoice" (the typed words, "qoute" read by the shared reader: "into" is no typo of "info")
  if (/\bquo(?:te)?[\s#-]*(?:no |number )?\d{1,10}\s+(?:to|into|as)\s+(?:an?\s+|a draft\s+)?invoice\b/.test(turn.folded)) return true;
  return (
    (quote &&
      (turn.test(/\bconvert\b/) ||
        turn.test(/\b(turn|make|change)\b.*\b(into|to)?\s*(an )?invoice\b/) ||
        // "the website redesign quote can become an invoice now"
        /\b(become|becomes|turned into|made into)\s+(an |the |a draft )?invoice\b/.test(turn.folded) ||
        // "invoice the office fit-out drawings quote", "invoice QUO-0001"
        /^(invoice|bill) (the |this |that )?((\S+ ){0,5}quote\b|quo-?\d)/.test(t) ||
        // "sounds good, bill QUO-0001"
        /\b(invoice|bill) (the )?quo-?\d/.test(t) ||
        /\bquo-?\d+\s+(an|into an|to an) invoice\b/i.test(turn.text) ||
        // "QUO-0002 -> invoice", "the invoice from the Casa Marquez quote", "approved the quote, bill him for it"
        (invoiceWord &&
          (/->|=>|→/.test(turn.text) ||
            /\b(from|form|out of|for|based on|off)\b.*\b(quote\b|quo-?\d)/.test(t) ||
            /\b(approved|accepted|said yes|signed|agreed)\b/.test(t))))) ||
    // "turn that into an invoice" right after an answer about one quote; "convert the one for sofia into an invoice"
    // right after a list of quotes (the client then names which)
    (!quote &&
      /\b(turn|make|convert|change)\b.*\b(into|to)\s*(an |a draft )?invoice\b/.test(turn.folded) &&
      (Boolean(lastQuote(turn)) || answeredAboutQuotes(turn))) ||
    // "ok go ahead and invoice this", "bill it" right after an answer about one quote
    (!quote &&
      /\b(invoice|bill) (this|that|it|this one|that one)\b/.test(t) &&
      !/\binvoice (this|that) (month|week|year)\b/.test(t) &&
      Boolean(lastQuote(turn)))
  );
}

/** The one quote the previous answer was about, if it named exactly one. */
function lastQuote(turn: Turn): string | undefined {
  const last = turn.req.history?.at(-1);
  if (!last || Date.now() - Date.parse(last.created_at) > 15 * 60 * 1000) return undefined;
  const numbers = [...new Set([...last.response.matchAll(/\b(QUO-\d+)\b/g)].map((m) => m[1]!))];
  return numbers.length === 1 ? numbers[0] : undefined;
}

export async function convertQuote(turn: Turn): Promise<EngineAnswer> {
  const number = quoteNumberIn(turn) ?? (/\bquotes?\b/.test(turn.folded) ? undefined : lastQuote(turn));
  if (number) return propose(turn, 'convert_quote', { quote_number: number });
  // "the 4,800 quote is approved": the one open quote of that total
  const byTotal = await quoteByTotal(turn);
  if (byTotal) return propose(turn, 'convert_quote', { quote_number: byTotal });
  // "convert the quote for sofia": the client's one open quote
  const who = await turn.contactIn();
  if (!who.contact) {
    // "make the fit-out drawings quote an invoice", "Daniel signed the fit-out drawings quote": the open quote whose lines hold the words said
    const byLine = await quoteByLine(turn);
    if (byLine) return propose(turn, 'convert_quote', { quote_number: byLine });
    // "invoice the accepted quote", "the quote that was accepted - raise the invoice": the one quote in that state
    // (after its total and its line: "the website redesign quote got accepted" names the quote by its line)
    const state = statusNamed(turn);
    if (state === 'accepted' || state === 'sent') {
      const { quotes } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { status: state, limit: 5 });
      if (quotes.length === 1) return propose(turn, 'convert_quote', { quote_number: quotes[0]!.quote_number });
    }
  }
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    const { quotes } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { status: 'open', contact_id: who.contact.id, limit: 5 });
    if (quotes.length === 1) return propose(turn, 'convert_quote', { quote_number: quotes[0]!.quote_number });
    if (quotes.length > 1) return askBack(`Which quote do you mean: ${quotes.map((q) => link(q.quote_number, q.url)).join(', ')}?`);
    return askBack(`${link(who.contact.name, who.contact.url)} has no open quote to convert.`);
  }
  // the open quotes to choose from
  const { quotes } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { status: 'open', limit: 10 });
  const open = quotes.map((q) => `${link(q.quote_number, q.url)}${q.contact_name ? ` (${q.contact_name})` : ''}`).join(', ');
  return askBack(
    `Which quote should become an invoice?${open ? ` Open quotes: ${open}.` : ''} Name its number, for example "convert QUO-0002".`,
  );
}

/** The number of the one open quote whose total is the amount said ("the 4,800 quote"), if an amount is said. */
async function quoteByTotal(turn: Turn): Promise<string | undefined> {
  const said = findAmounts(turn.text, turn.req.user.locale);
  if (said.length !== 1) return undefined;
  const { quotes } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { status: 'open', limit: 50 });
  const same = quotes.filter((q) => compareMoney(q.total_amount, said[0]!.value) === 0);
  return same.length === 1 ? same[0]!.quote_number : undefined;
}

/** Words of a request that never name what a quote offers. */
const NOT_LINE_WORDS = new Set(
  'quote quotes invoice invoices convert turn make into draft the a an that this our my his her their one please now them it to from for and of bill'.split(
    ' ',
  ),
);

/** The number of the one open quote whose lines contain the most of the words said (at least one word of four letters or more). */
async function quoteByLine(turn: Turn): Promise<string | undefined> {
  const said = words(turn.text).filter((w) => w.length >= 4 && !NOT_LINE_WORDS.has(w));
  if (said.length === 0) return undefined;
  const { quotes } = await turn.read<{ quotes: (QuoteOut & { items?: { description: string }[] })[] }>('list_quotes', {
    status: 'open',
    with_items: true,
    limit: 20,
  });
  const scored = quotes
    .map((q) => {
      const lineWords = (q.items ?? []).flatMap((i) => words(i.description));
      const hits = said.filter((w) => lineWords.some((l) => wordSimilarity(w, l) >= 0.85 || l.startsWith(w) || w.startsWith(l))).length;
      return { q, hits };
    })
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  if (scored.length === 0 || (scored.length > 1 && scored[1]!.hits === scored[0]!.hits)) return undefined;
  return scored[0]!.q.quote_number;
}

export function wantsQuoteList(turn: Turn): boolean {
  return turn.has('quote', 'quotes', 'quotation', 'quotations') || /\bquotes?\b/.test(quoteText(turn)) || QUOTE_NUMBER_RE.test(turn.text);
}

/** The state a question names, in the words people use for it ("turned down", "not sent yet", "not heard back"). */
function statusNamed(turn: Turn): string | undefined {
  return statusesNamed(turn)[0];
}

/** Every state a question names: "declined or still draft" names two; "neither accepted nor declined" names the others. */
function statusesNamed(turn: Turn): string[] {
  // "accepted but not converted" names one state; "neither accepted nor declined" every other one
  const { denied, affirmed } = statesSaid(turn);
  if (denied.some((state) => state !== 'sent')) {
    return affirmed.length ? affirmed : QUOTE_STATES.filter((state) => !denied.includes(state));
  }
  const one = firstStatus(turn);
  if (!one || one === 'open') return one ? [one] : [];
  // the other states said with "or" / "and"
  const t = quoteText(turn);
  if (!/\b(or|and|plus|as well as)\b/.test(t)) return [one];
  const found = [one];
  // (the typed words too: the corrector reads "sent" as "spent")
  for (const [state, re] of STATE_WORDS) if (!found.includes(state) && (re.test(t) || re.test(turn.folded))) found.push(state);
  return found;
}

/** The words of each state, as they are said alongside another one. */
const STATE_WORDS: [string, RegExp][] = [
  ['declined', /\b(declined|declines?|rejected|rejects?|refused|refuses?|turned down)\b/],
  ['accepted', /\b(accepted|approved|signed)\b/],
  ['draft', /\b(drafts?|unsent|not (yet )?(been )?sent)\b/],
  ['expired', /\b(expired|lapsed)\b/],
  ['converted', /\bconverted\b/],
  ['sent', /(?<!\b(?:not|been|yet|never) )\bsent\b/],
];

const QUOTE_STATES = ['draft', 'sent', 'accepted', 'declined', 'expired', 'converted'];
/** A negation right before a state ("neither", "not yet", "hasn't been", "other than"). */
const DENIED = /\b(?:neither|nor|not|never|no longer|except|excluding|other than|apart from|besides|without|\w+n t)(?:\s+\w+){0,2}\s+$/;

/**
 * The states a question denies ("neither accepted nor declined", "not accepted or declined", "other than
 * the declined ones") and those it names without a negation. A state joined by "or"/"nor"/"and" to a
 * denied one is denied too. ("not sent" is a state of its own, draft, read by firstStatus.)
 */
function statesSaid(turn: Turn): { denied: string[]; affirmed: string[] } {
  // the typed words (the corrector reads "sent" as "spent"), the words of quotes read through their typos
  const t = words(turn.text)
    .map((w) => quoteWord(w) ?? w)
    .join(' ');
  const said = STATE_WORDS.flatMap(([state, re]) => {
    const m = new RegExp(re.source, 'g');
    return [...t.matchAll(m)].map((hit) => ({ state, start: hit.index, end: hit.index + hit[0].length }));
  }).sort((a, b) => a.start - b.start);
  const denied: string[] = [];
  const affirmed: string[] = [];
  let previous: { state: string; end: number; denied: boolean } | undefined;
  for (const hit of said) {
    const before = t.slice(0, hit.start);
    const joined = previous?.denied && /^\s*(?:or|nor|and)\s+(?:the\s+)?$/.test(t.slice(previous.end, hit.start));
    const no = DENIED.test(before) || Boolean(joined);
    const into = no ? denied : affirmed;
    if (!into.includes(hit.state)) into.push(hit.state);
    previous = { state: hit.state, end: hit.end, denied: no };
  }
  return { denied, affirmed: affirmed.filter((state) => !denied.includes(state)) };
}

function firstStatus(turn: Turn): string | undefined {
  // the corrected words and the typed ones ("sent" is no typo of "spent"), the states read through their typos ("acepted")
  const typed = quoteText(turn);
  const said = (re: RegExp) => turn.test(re) || re.test(turn.folded) || re.test(typed);
  // "open (sent or accepted)", "sent and accepted ones": both open states
  if (said(/\b(sent|awaiting|open)\b/) && said(/\b(accepted|approved|signed)\b/) && said(/\b(or|and|open)\b/)) return 'open';
  if (said(/\b(declined|declines?|rejected|rejects?|refused|refuses?|turned down|turn down|turned us down|said no|lost|lose|losing)\b/))
    return 'declined';
  if (said(/\b(accepted|accept|approved|signed|said yes|agreed)\b/)) return 'accepted';
  if (
    said(
      /\b(not (been )?sent|unsent|not (gone|went) out|drafts?|not (yet )?sent|(haven[ '’]?t|hasn[ '’]?t|have not|has not|weren[ '’]?t|wasn[ '’]?t|never|not) (yet )?(been )?(sent|gone out|sent out))\b/,
    )
  )
    return 'draft';
  if (said(/\b(expired|lapsed|out of date|no longer valid)\b/)) return 'expired';
  if (said(/\bconverted\b/) && !said(/\b(can|could|still)\b/)) return 'converted';
  // "still waiting for an answer from the client", "pending a reply": sent, not yet accepted
  if (
    said(
      /\b(sent|sent out|went out|not heard back|no answer|no reply|awaiting|(waiting|pending) (for |on )?(an? |the |their |a final )?(answer|reply|response|decision|verdict|go ahead|yes))\b/,
    )
  )
    return 'sent';
  return undefined;
}

export async function listQuotes(turn: Turn): Promise<EngineAnswer> {
  const args: Record<string, unknown> = { limit: 50 };
  let scope = 'open quotes';
  // "the quote we sent kenji" names one quote by what was done with it, not a state to filter on
  const oneQuote = /\b(the|that|this) quote\b/.test(turn.w.join(' ')) && !/\bquotes\b/.test(turn.w.join(' '));
  const stated = statusNamed(turn);
  const named = stated === 'sent' && oneQuote ? undefined : stated;
  const several = statusesNamed(turn);
  if (several.length > 1) {
    // "declined or still draft": every quote in one of those states
    args.statuses = several;
    scope = `${several.join(' or ')} quotes`;
  } else if (named) {
    args.status = named;
    scope = `${named} quotes`;
  } else if (turn.test(/\b(open|still|waiting|pending|outstanding|turn into|convert|converted into|become)\b/)) {
    args.status = 'open';
  } else {
    // no state named ("show my quotes", "quotes for grace"): every quote
    scope = 'quotes';
  }
  const number = quoteNumberIn(turn);
  if (number) {
    // one quote by its number
    const { quotes: all } = await turn.read<{ quotes: QuoteWithItems[] }>('list_quotes', { limit: 50, with_items: true });
    const q = all.find((x) => x.quote_number === number || x.quote_number.endsWith(`-${number.padStart(4, '0')}`));
    if (!q) return askBack(`I can't find quote ${number}.`);
    // "what is on quote 4": its lines too
    const items = itemsOf(q, turn);
    return answer(
      `${link(q.quote_number, q.url)}${q.contact_name ? ` for ${q.contact_name}` : ''} is ${q.status}: total ${formatMoney(q.total_amount, q.currency, turn.req.user.locale)}, valid until ${q.valid_until}.${items ? ` Items: ${items}.` : ''}`,
    );
  }
  // "the quotes for sofia and for grace": several clients, each named apart, are all meant
  const together = await turn.contactsIn();
  const clients = together.length ? together : undefined;
  const who = clients ? { ambiguous: [] } : await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    args.contact_id = who.contact.id;
    scope += ` for ${link(who.contact.name, who.contact.url)}`;
  }
  if (clients) scope += ` for ${clients.map((c) => link(c.name, c.url)).join(' and ')}`;
  const statuses = args.statuses as string[] | undefined;
  delete args.statuses;
  // "quotes over 2k", "open quotes under 1,000": a bound on the total, as deals are bounded by their value
  const bound = valueBound(turn.folded, turn.req.user.locale);
  const read = await turn.read<{ total: number; quotes: QuoteWithItems[] }>('list_quotes', args);
  if (bound)
    scope += ` ${bound.above ? 'over' : 'under'} ${formatMoney(bound.value, read.quotes[0]?.currency ?? 'USD', turn.req.user.locale)}`;
  // several states or clients, or a bound: the one page of every quote, those asked for
  const ids = clients?.map((c) => c.id);
  const quotes = read.quotes.filter(
    (q) =>
      (!statuses || statuses.includes(q.status)) &&
      (!ids || ids.includes(q.contact_id ?? '')) &&
      (!bound || compareMoney(q.total_amount, bound.value) === (bound.above ? 1 : -1)),
  );
  const total = statuses || ids || bound ? quotes.length : read.total;
  if (total === 0) return answer(`You have no ${scope}.${await otherStates(turn, who.contact, args)}`);
  // one quote ("kenji's quote - what was it for"): its lines too
  const only = total === 1 ? quotes[0] : undefined;
  if (only?.contact_id) {
    // (read again narrowed to its client and state: the lines cost one read per quote)
    const { quotes: again } = await turn.read<{ quotes: QuoteWithItems[] }>('list_quotes', {
      contact_id: only.contact_id,
      status: only.status,
      with_items: true,
      limit: 10,
    });
    only.items = again.find((q) => q.id === only.id)?.items;
  }
  // "total value of my open quotes": the sum, per currency, when there is more than one
  const sums = new Map<string, string>();
  for (const q of quotes) sums.set(q.currency, addMoney(sums.get(q.currency) ?? '0.00', q.total_amount));
  const worth =
    quotes.length > 1 && total <= quotes.length
      ? ` — ${[...sums].map(([currency, amount]) => formatMoney(amount, currency, turn.req.user.locale)).join(' + ')} in total`
      : '';
  const lines = quotes
    .slice(0, 10)
    .map(
      (q) =>
        `- ${link(q.quote_number, q.url)}${q.contact_name ? ` (${q.contact_name})` : ''}: ${formatMoney(q.total_amount, q.currency, turn.req.user.locale)}, ${q.status}, valid until ${q.valid_until}${q.items?.length ? `. Items: ${itemsOf(q, turn)}` : ''}`,
    );
  return answer(`You have ${total} ${total === 1 ? scope.replace('quotes', 'quote') : scope}${worth}:\n${lines.join('\n')}`);
}

/**
 * "was the quote for Kenji accepted?" when it was not: the client's quotes in the states they are in, so the answer
 * says what became of them (" Their quotes: QUO-0004 ($1,600.00) is declined.").
 */
async function otherStates(turn: Turn, contact: Candidate | undefined, asked: Record<string, unknown>): Promise<string> {
  if (!contact || !asked.status) return '';
  const { quotes } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { contact_id: contact.id, limit: 10 });
  if (quotes.length === 0) return '';
  const each = quotes.map(
    (q) => `${link(q.quote_number, q.url)} (${formatMoney(q.total_amount, q.currency, turn.req.user.locale)}) is ${q.status}`,
  );
  return ` ${quotes.length === 1 ? 'Their quote' : 'Their quotes'}: ${each.join('; ')}.`;
}

/** A quote's lines as the answer shows them: "Title animation (1 × $1,600.00)". */
function itemsOf(q: QuoteWithItems, turn: Turn): string {
  return (q.items ?? [])
    .slice(0, 10)
    .map((i) => `${i.description} (${i.quantity} × ${formatMoney(i.unit_price, q.currency, turn.req.user.locale)})`)
    .join('; ');
}

// ---------------------------------------------------------------------------
// Drafting a quote: the client, its lines and how long it is valid

export interface DraftLine {
  description: string;
  quantity: string;
  unit_price: string;
}

const UNIT = String.raw`(?:hours?|hrs?|h|days?|weeks?|months?|years?|units?|pcs|pieces?|items?|licen[cs]es?|seats?|sessions?|pages?|visits?)`;
/** Words of a segment that are no part of a line's description. */
const FILLER = /^(?:for|of|on|at|to|the|a|an|with|and|about|some|@|x|×|each|apiece|per|total|valued|worth|price|priced)$/i;

/** A quantity word and its unit in a segment: "3 days of", "x4", "4 ×", "12". */
function quantityIn(text: string, locale: string): { value: string; index: number; end: number; unit?: string } | undefined {
  const patterns = [
    new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,6}(?:[.,]\d{1,3})?)\s*(${UNIT})\b(?:\s+of\b)?`, 'iu'),
    /(?<![\p{L}\d])[x×]\s?(\d{1,6})(?![\p{L}\d])/iu,
    /(?<![\p{L}\d.,])(\d{1,6})\s?[x×](?![\p{L}])/iu,
    // "5 "Training sessions" at 400": a count before a description, quoted or not
    /^\s*(\d{1,6})(?=\s+["“‘']?\p{L})(?![.,]\d)/iu,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const q = readQuantity(m[1]!, locale);
    if (q.ok) return { value: q.value, index: m.index, end: m.index + m[0].length, unit: m[2] };
  }
  return undefined;
}

/** One line of a quote or invoice from a segment of the request ("3 days of design at 600 each", "website 1500"). */
export function lineIn(segment: string, locale: string): { line?: DraftLine; description: string; unitOnly?: boolean } {
  const amounts = findAmounts(segment, locale);
  // the price: after at/@/for/×, or before each/per/a day, or with a currency, else the last amount
  const price =
    amounts.find((a) => a.each || /(?:\bat|@|\bfor|[x×]|\bprice|\bcosts?)\s*$/i.test(segment.slice(0, a.index))) ??
    amounts.find((a) => a.currency || /k$/i.test(a.text)) ??
    amounts.at(-1);
  let rest = segment;
  let quantity = '1';
  let unit: string | undefined;
  if (price) {
    const after = /^\s*(?:each|apiece|a piece|per\s+\w+|\/\s?\w+|an? (?:hour|day|week|month|year|piece|unit|item|session))\b/i.exec(
      segment.slice(price.end),
    );
    rest = `${segment.slice(0, price.index)} ${segment.slice(price.end + (after?.[0].length ?? 0))}`;
    const q = quantityIn(rest, locale);
    if (q) {
      quantity = q.value;
      unit = q.unit;
      rest = `${rest.slice(0, q.index)} ${rest.slice(q.end)}`;
    }
  }
  // quotes around a description ("'Storyboard revisions' 2 x 350"), but not an apostrophe inside a word
  const kept = rest
    .replace(/[“”"()[\]]|(?<![\p{L}])['‘’]|['‘’](?![\p{L}])/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // fillers are dropped at both ends ("for a logo refresh", "workshops at"), kept inside ("translation of the catalogue")
  while (kept.length && FILLER.test(kept[0]!)) kept.shift();
  while (kept.length && (FILLER.test(kept.at(-1)!) || /^[-–—:,.;]+$/.test(kept.at(-1)!))) kept.pop();
  let description = kept
    .join(' ')
    .replace(/[\s,;:.-]+$/, '')
    .replace(/^[\s,;:.-]+/, '');
  if (!description && unit && !/^h|hrs?$/i.test(unit)) description = '';
  // only the unit ("3 days @ 1,000"): a description said in a segment of its own wins over it
  const unitOnly = !description && Boolean(unit);
  if (!description && unit) description = /^h/i.test(unit) ? 'Hours' : unit.replace(/s?$/, 's');
  if (description) description = description[0]!.toUpperCase() + description.slice(1);
  if (!price) return { description };
  return { line: { description, quantity, unit_price: price.value }, description, ...(unitOnly ? { unitOnly } : {}) };
}

// ---------------------------------------------------------------------------
// What the lines of an invoice or a quote are billed with: a tax, a discount, when it is due, until when it is valid

/** The terms said with the lines of a new invoice or quote, and the text without them (which holds the client and the lines). */
export interface Terms {
  text: string;
  /** "plus 20% tax", "+ 20% VAT": one rate, for every line. */
  tax_rate?: string;
  /** "with a 10% discount", "5% off", "a discount of 100": on the whole document. */
  discount?: { discount_type: 'percent' | 'amount'; discount_value: string };
  /** "due in 14 days", "due next friday", "net 30", "payable within 30 days": an invoice's due date. */
  due?: string;
  /** "valid until next friday", "valid for 30 days": a quote's last day. */
  valid?: string;
}

const RATE = String.raw`(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:%|per\s?cent\b)`;
const TAX_WORD = String.raw`(?:sales\s+)?(?:tax|vat|gst|hst|mwst)\b`;
/** A word that joins a term to what comes before it ("… 450 plus 20% tax", "… 800 each with a 10% discount"). */
const JOINED = String.raw`(?:\b(?:plus|with|and|add|adding|less|minus|after|at)\s+|\+\s*)?(?:an?\s+|the\s+)?`;
/** "plus 20% tax", "+ 20% VAT", "VAT at 20%", "tax 7.7%"; not "including 20% VAT" (a price the tax is already in). */
const TAX = new RegExp(
  String.raw`(?<!\b(?:incl\.?|including|inclusive of|inc\.?)\s+)${JOINED}(?:${RATE}\s*${TAX_WORD}|${TAX_WORD}(?:\s+(?:rate\s+)?(?:of|at|@))?\s*:?\s*${RATE})`,
  'i',
);
const PRICE_CUT = String.raw`(?:discount|off|reduction|rebate)\b(?!-)`;
const SUM = String.raw`(?<![\d.,])([€$£]?\s?\d[\d.,]*k?(?:\s?(?:eur|euros?|usd|dollars?|gbp|pounds?|chf)\b)?)`;
/** "with a 10% discount", "5% off", "discount of 10%", "less 10%", "a 100 discount", "discount of $50". */
const DISCOUNTS: { re: RegExp; type: 'percent' | 'amount' }[] = [
  { re: new RegExp(String.raw`${JOINED}${RATE}\s*${PRICE_CUT}`, 'i'), type: 'percent' },
  { re: new RegExp(String.raw`${JOINED}(?:discount(?:ed)?|reduction|rebate)\s+(?:of\s+|by\s+|at\s+)?${RATE}`, 'i'), type: 'percent' },
  { re: new RegExp(String.raw`\b(?:less|minus)\s+${RATE}(?!\s*${TAX_WORD})`, 'i'), type: 'percent' },
  { re: new RegExp(String.raw`${JOINED}${SUM}\s+${PRICE_CUT}`, 'i'), type: 'amount' },
  { re: new RegExp(String.raw`${JOINED}discount(?:ed)?\s+(?:of\s+|by\s+)?${SUM}`, 'i'), type: 'amount' },
];
/** "net 30", "net-14 days", "30 days net", "on 30-day terms", "payment terms of 14 days": due that many days after today. */
const NET_DAYS =
  /[,;]?\s*(?:\bnet[\s-]?(\d{1,3})(?:\s*days?)?\b|\b(\d{1,3})\s*days?\s+net\b|\b(?:on\s+)?(\d{1,3})[\s-]days?\s+(?:payment\s+)?terms\b|\b(?:payment\s+)?terms(?:\s+of|:)?\s+(\d{1,3})\s*days?\b)/i;
/** "due in 14 days", "due next friday", "payable within 30 days", "due on receipt": the phrase after the word, up to a separator. */
const DUE = /[,;]?\s*\b(?:due|payable|to be paid)(?:\s+(?:date|on|by|in|within|before|until))?\s*:?\s+(.+?)(?=[,;:]|\s[-–—]\s|\s["“]|$)/i;
const VALID = /[,;]?\s*\bvalid(?:\s+(?:until|till|through|to|for))?\s+(.+?)(?=[,;:]|\s[-–—]\s|\s["“]|$)/i;

/** The day a phrase of a due date or a validity names ("30 days" is in 30 days, "on receipt" today). */
function termDay(phrase: string, timeZone: string): string | undefined {
  const said = /^(?:(?:(?:up)?on )?receipt|immediately|right away|now)$/i.test(phrase.trim())
    ? 'today'
    : /^\d+\s+(?:days?|weeks?|months?)$/i.test(phrase.trim())
      ? `in ${phrase}`
      : phrase;
  return findDate(said, new Date(), timeZone)?.date;
}

/** A percentage or an amount as typed, as a decimal string ("10" → "10.00", "7,5" → "7.50"). */
function decimalOf(typed: string, locale: string): string | undefined {
  return findAmounts(typed.replace(/\s+/g, ''), locale)[0]?.value;
}

/**
 * The terms said with the lines of a new invoice or quote, each taken out of the text: a tax rate, a discount,
 * a due date and a validity. The one reader of them for invoices and quotes alike, before their lines are read.
 */
export function termsIn(text: string, locale: string, timeZone: string): Terms {
  const terms: Terms = { text };
  const cut = (m: RegExpExecArray) => {
    terms.text = `${terms.text.slice(0, m.index)} ${terms.text.slice(m.index + m[0].length)}`
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,;])/g, '$1');
  };
  const tax = TAX.exec(terms.text);
  const rate = tax && decimalOf(tax[1] ?? tax[2]!, locale);
  if (tax && rate) {
    terms.tax_rate = rate.replace(/\.?0+$/, '');
    cut(tax);
  }
  for (const { re, type } of DISCOUNTS) {
    const m = re.exec(terms.text);
    const value = m && decimalOf(m[1]!, locale);
    if (!m || !value || (type === 'percent' && compareMoney(value, '100.00') > 0)) continue;
    terms.discount = { discount_type: type, discount_value: value };
    cut(m);
    break;
  }
  const net = NET_DAYS.exec(terms.text);
  const due = net ? undefined : DUE.exec(terms.text);
  const dueDay = net ? termDay(`${net[1] ?? net[2] ?? net[3] ?? net[4]} days`, timeZone) : due && termDay(due[1]!, timeZone);
  if (dueDay) {
    terms.due = dueDay;
    cut((net ?? due)!);
  }
  const valid = VALID.exec(terms.text);
  const validDay = valid && termDay(valid[1]!, timeZone);
  if (valid && validDay) {
    terms.valid = validDay;
    cut(valid);
  }
  terms.text = terms.text.replace(/[\s,;:\-–—]+$/, '').trim();
  return terms;
}

/** What the terms add to the proposal of a new invoice or quote: the rate on every line, the discount. */
export function withTerms(lines: DraftLine[], terms: Terms): Record<string, unknown> {
  return {
    items: terms.tax_rate ? lines.map((l) => ({ ...l, tax_rate: terms.tax_rate })) : lines,
    ...(terms.discount ?? {}),
  };
}

/** Whether every word of a segment names the client ("Beacon plc", "for Tomás Novák", "osei architects"). */
function onlyClient(segment: string, client: Candidate): boolean {
  const known = words(`${client.name} ${client.company ?? ''}`);
  const typed = words(segment).filter(
    (w) => !['for', 'to', 'the', 'a', 'an', 'with', 'client', 'customer', 'plc', 'ltd', 'gmbh', 'inc', 'llc'].includes(w),
  );
  return typed.length > 0 && typed.every((w) => known.some((k) => wordSimilarity(w, k) >= 0.85));
}

/** The client's name at the start of a segment, removed ("sofia 3,500 for a logo refresh" → "3,500 for a logo refresh"). */
function withoutClient(segment: string, client: Candidate): string {
  const known = words(`${client.name} ${client.company ?? ''}`);
  const parts = segment.trim().split(/\s+/);
  let i = 0;
  while (i < parts.length) {
    // a quoted title is what is offered, whatever words of the client it holds ("Analytics workshop" for Raman Analytics)
    if (/^["“‘']/.test(parts[i]!)) break;
    const w = fold(parts[i]!).replace(/['’]s$|[^\p{L}\p{N}]/gu, '');
    if (!w || ['for', 'to', 'the'].includes(w) || known.some((k) => wordSimilarity(w, k) >= 0.85)) i += 1;
    else break;
  }
  return i > 0 && i < parts.length ? parts.slice(i).join(' ') : i === parts.length ? '' : segment;
}

const DRAFT_VERB =
  /\b(?:draft|drafted|create|make|prepare|prepared|new|write|written|send|put together|draw up|drawn up|price up|price out|cost up|work up|do|give|get|need|needs|wants|want to|wanna|asked for|asks for|would like)\b[^.]*?\b(?:quote|quotation)s?\b|\b(?:quote|quotation)\s+(?:drafted|prepared|written|drawn up|made)\b|^(?:i\s+(?:want|need|would like)\s+to\s+)?quote\b|\bquote\s+(?:him|her|them)\b/;

/**
 * "quote amara 3 days of design at 600", "send priya a quotation for …", "Put together a quote for …", "I want to quote Beacon …",
 * "price up a quote for sofia: …".
 */
export function wantsDraftQuote(turn: Turn): boolean {
  // the words of quotes and of wanting read through their typos ("Beacon wnats a quotaton")
  const t = quoteText(turn);
  // the typed words too (the corrector reads "wnats" as "whats"; the shared reader of every domain's words as "wants")
  const typed = words(turn.text)
    .map((w) => quoteWord(w) ?? w)
    .join(' ');
  // "make her another one, 500 for gift boxes" right after an answer about quotes
  if (anotherQuote(turn) && /\d/.test(t) && !/^(what|which|how|show|list|any|did|do|does|is|are|who)\b/.test(t)) return true;
  if (
    // ("do a quote for …" asks for one)
    /^(what|which|how|show|list|any|did|do(?! (?:(?:me|us|him|her|them) )?(?:an?|another|the) )|does|is|are|who)\b/.test(t) ||
    /\b(convert|turn)\b/.test(t) ||
    /quo-?\d|\bquote\s+(no|number|nr|#)\s*\d|\bquote\s+#?\d+\s*$/.test(t)
  )
    return false;
  return (
    (DRAFT_VERB.test(t) || DRAFT_VERB.test(typed) || LABELLED.test(turn.text)) &&
    (/\d/.test(t) || /^(please |pls )?(draft|create|make|prepare|new|write)( an?| new)? quote\b/.test(t))
  );
}

/** "Brightleaf Studio: quote 5 illustration days at 550": the client as a label, then the verb (not "Kenji: quote 4 is accepted"). */
const LABELLED = /^[^:\n]{2,60}:\s*quote\s+(?!(?:no|number|nr|#)\b)(?!\d+\s*(?:[?.!]|$|(?:is|was|has|status|total|amount)\b))/i;

/** "another one", "a new one", "one more" after an answer that named quotes (and no invoice): another quote. */
const ANOTHER_ONE = /\b(another one|a new one|one more|a second one|another)\b(?!\s+(?:quote|invoice|deal|task|contact|expense|one\b))/i;
function anotherQuote(turn: Turn): boolean {
  return (
    ANOTHER_ONE.test(turn.text) &&
    /\b(make|draft|create|do|prepare|write|give|send|need|needs|want|wants)\b/i.test(turn.text) &&
    answeredAboutQuotes(turn)
  );
}

/** Whether the previous answer (of the last quarter of an hour) named quotes and no invoice: "the one", "another one" are quotes. */
function answeredAboutQuotes(turn: Turn): boolean {
  const last = turn.req.history?.at(-1);
  if (!last || Date.now() - Date.parse(last.created_at) > 15 * 60 * 1000) return false;
  return /\bQUO-\d+\b/.test(last.response) && !/\bINV-\d+\b/.test(last.response);
}

export async function draftQuote(turn: Turn): Promise<EngineAnswer> {
  let text = typedQuoteText(turn.text)
    .replace(/\bquotations?\b/gi, 'quote')
    .replace(/[.!?]+$/, '');
  if (anotherQuote(turn)) text = text.replace(ANOTHER_ONE, 'another quote');
  // how long it is valid ("valid until next friday", "valid for 30 days"), a tax, a discount: the terms, read apart from the lines
  const terms = termsIn(text, turn.req.user.locale, turn.req.user.time_zone);
  const args: Record<string, unknown> = terms.valid ? { valid_until: terms.valid } : {};
  const body = terms.text;
  // what follows the word "quote" (and "for <client>") holds the client and the lines
  const at = /\bquote\b\s*(?:(?:him|her|them)\b)?/i.exec(body);
  const head = at ? body.slice(0, at.index) : '';
  let rest = at ? body.slice(at.index + at[0].length) : body;
  const who = await clientOfQuote(turn, rest, head);
  if ('answer' in who) return who.answer;
  const client = who.client;
  rest = rest.replace(/^\s*(?:to|for)\s+/i, '');
  let { lines, loose } = linesOf(rest, client, turn.req.user.locale);
  // "Kenji wants a price for sound design, 1,250 - make a quote": the lines come before the verb
  if (lines.length === 0 && head.trim()) ({ lines, loose } = linesOf(head.replace(DRAFT_TAIL, ''), client, turn.req.user.locale));
  // "brand workshop, 1800": a description in one segment, its price in the next
  for (const line of lines) if (!line.description && loose.length) line.description = loose.shift()!;
  for (const line of lines) if (!line.description) line.description = 'Services';
  if (lines.length === 0) {
    return askBack(
      `What should the quote for ${link(client.name, client.url)} contain? For example: "quote ${client.first_name} 10 hours of design at 80 each".`,
    );
  }
  return propose(turn, 'create_quote', { contact_id: client.id, ...withTerms(lines, terms), ...args });
}

/** The verb that ends a request whose lines come first ("…, 1,250 - make a", "… so draft a"). */
const DRAFT_TAIL =
  /[\s,;:.\-–—]*(?:(?:so|and|then|please|pls)\s+)*(?:can you\s+)?(?:draft|create|make|prepare|write|send|do|put together|draw up|need|get)\s+(?:(?:me|him|her|them)\s+)?(?:an?|the|new)?\s*$/i;
/** "wants a price for", "asked for an estimate on": words that introduce what is priced, no part of it. */
const PRICE_ASKED =
  /^(?:\S+\s+){0,3}?(?:wants|needs|asked for|asks for|would like|is after|requested)\s+(?:a\s+|an\s+|the\s+)?(?:price|quote|estimate|offer|number|figure)\s+(?:for|on)\s+/i;

/** "one item", "a single line", "two lines": how many lines follow, never a line's description. */
const COUNT_OF_LINES =
  /^(?:just\s+|only\s+)?(?:one|a|a single|single|two|three|four|five|\d{1,2})\s+(?:line\s+)?(?:items?|lines?|positions?)(?:\s+only)?$/i;

/** The lines of a request's text: segments at commas, colons, dashes and "and" before a number. */
function linesOf(text: string, client: Candidate, locale: string): { lines: DraftLine[]; loose: string[] } {
  // (one line per line of a pasted list)
  const segments = text
    .split(/\s*(?:(?<!\d),|,(?!\d)|[;:\n]|\s[-–—]\s|\s\+\s)\s*|\s+and\s+(?=[^,;]*\d)/i)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\d]/u.test(p));
  const lines: DraftLine[] = [];
  const loose: string[] = [];
  const unitOnly = new Set<DraftLine>();
  for (const raw of segments) {
    if (onlyClient(raw, client) || COUNT_OF_LINES.test(raw)) continue;
    const segment = withoutClient(raw, client).replace(PRICE_ASKED, '');
    if (!segment) continue;
    const read = lineIn(segment, locale);
    if (read.line) lines.push(read.line);
    else if (read.description) loose.push(read.description);
    if (read.line && read.unitOnly) unitOnly.add(read.line);
  }
  // "security review, 3 days @ 1,000": the words of the segment before name the line, not its unit
  for (const line of lines) if (unitOnly.has(line) && loose.length) line.description = loose.shift()!;
  return { lines, loose };
}

async function clientOfQuote(turn: Turn, rest: string, head: string): Promise<{ client: Candidate } | { answer: EngineAnswer }> {
  // the client is named first ("quote amara 3 days …", "a quote for Daniel Kim: …"), else anywhere
  const first = rest.split(/[,;:]|\s[-–—]\s|\s(?=[€$£]?\d)|\s(?:at|@)\s/)[0]!;
  for (const part of [first, head, turn.text]) {
    if (!part.trim()) continue;
    const who = await turn.contactIn(part);
    if (who.ambiguous.length) return { answer: whichOne(who.ambiguous) };
    if (who.contact) return { client: who.contact };
  }
  return { answer: askBack('Who is the quote for? I could not find that client among your contacts.') };
}
