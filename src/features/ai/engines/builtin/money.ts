// Over 400 lines on purpose: recording money, its totals, its lists and its categories share one reader of amounts, periods and categories.
import nlp from 'compromise';
import { compareMoney, formatMoney, formatUnits, toUnits } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { findDate, findPeriod, type Period } from './dates';
import { titleCase } from './mentions';
import { findAmounts, fold, isEverydayWord, isLexiconWord, wordSimilarity, words } from './text';
import { answer, askBack, propose, type Turn } from './turn';

/** Money in and out: recording it, totals for a period, where it goes. */

/** The words a question opens with: an amount in it is asked about, never recorded. */
const QUESTION_START = /^(what|which|when|where|who|whose|why|did|was|were|is|are|do|does|have|has|had|how)\b/;

const EXPENSE = /\b(spent|spend|spending|paid|pay|bought|buy|purchased|expense|cost|costs|charged|bill for)\b/;
const INCOME = /\b(received|receive|got|get|earned|earn|income|made|sold|sale|sales|deposit|deposited|got paid|was paid|came in|revenue)\b/;

/** Number words, from the smallest; "a"/"and"/"half" join them ("twelve and a half thousand", "a hundred"). */
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million';
/** A run of number words ("eighty-five", "two hundred and forty", "a hundred"), then "grand" or "k" (a thousand times). */
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:an?\s+(?=hundred|thousand|half))?(?:${NUMBER_WORD}|half)(?:(?:[\s-]+(?:and\s+)?(?:a\s+)?)(?:${NUMBER_WORD}|half))*)(?![\p{L}])(?:\s*(grand|k)(?![\p{L}]))?`,
  'giu',
);
/** What follows a count, never an amount of money ("two hours", "one of them", "three lines:"). */
const COUNT_AFTER =
  /^\s*(?:thirds?|quarters?|halves|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|times|people|persons?|items?|units?|pieces?|pcs|seats?|sessions?|licen[cs]es?|copies|lines?|things|entries|positions|parts|workshops?|more|percent|%|o['’]?clock|am|pm|x\b|of\s+(?:them|those|these|the|it|us)\b)/i;
/** Words after which a number is money ("paid sixty", "worth ten", "for twelve"). */
const MONEY_BEFORE =
  /\b(?:worth|valued at|value of|for|paid|pay|pays|payed|spent|spend|cost|costs|costing|charged|charge|received|receive|got|earned|made|price|priced|at|@|bill(?:ed)?|invoice(?:d)?|owes?|owed|total(?:ling)?|came to|comes to|about|around|roughly)\s*$/i;
const CURRENCY_AFTER = /^\s*(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp|chf)\b/i;
const LARGE =
  /\b(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b/i;

/**
 * Amounts of money written in words turned into digits, exactly: "paid eighty-five" → "paid 85.00",
 * "ten grand" → "10000.00", "twelve and a half thousand" → "12500.00", "3 grand" → "3k". compromise
 * reads the number words; the value becomes whole cents through its decimal string (never a float
 * product), and "grand"/"k" multiply those cents. A number is money when it is large (thirteen or more),
 * comes with "grand", "k" or a currency word, or follows a word of paying or pricing; a count ("two
 * hours", "one of them", "phase two") is left alone. The one reader of spelled amounts: money, invoices,
 * quotes and deals all read words through it.
 */
export function spelledAmounts(text: string): string {
  return text
    .replace(/\b(\d+(?:[.,]\d+)?)\s*grand\b/gi, '$1k')
    .replace(SPELLED, (whole: string, phrase: string, thousands: string | undefined, offset: number, all: string) => {
      const after = all.slice(offset + whole.length);
      if (COUNT_AFTER.test(after)) return whole;
      const words = phrase.toLowerCase().replace(/-/g, ' ');
      if (!new RegExp(`\\b(?:${NUMBER_WORD})\\b`).test(words)) return whole; // "half", "a half": a share, not a sum
      const money = Boolean(thousands) || CURRENCY_AFTER.test(after) || LARGE.test(words) || MONEY_BEFORE.test(all.slice(0, offset));
      if (!money) return whole;
      const value = (nlp(words).numbers().get() as unknown[])[0];
      const decimal = typeof value === 'number' && value > 0 ? String(value) : '';
      // whole cents only: "1e21" or "0.125" are no amount
      if (!/^\d{1,12}(?:\.\d{1,2})?$/.test(decimal)) return whole;
      const cents = toUnits(decimal) * (thousands ? 1000n : 1n);
      return formatUnits(cents);
    });
}

/**
 * The amounts of a text; when it has none in digits, amounts written in words (`spelledAmounts`),
 * then the same money reader as for every amount.
 */
export function amountsIn(text: string, locale: string) {
  const found = findAmounts(text, locale);
  if (found.length > 0) return { text, amounts: found };
  const digits = spelledAmounts(text);
  return digits === text ? { text, amounts: found } : { text: digits, amounts: findAmounts(digits, locale) };
}

/**
 * Whether a typed word is a word of a category's name: the same word, its plural or singular, or a typo of
 * it with the same first letter ("sofware", "mela"). A real word one letter away is a word of its own:
 * "how much went out" says nothing about Rent, "the rest" nothing about it either.
 */
function isCategoryWord(typed: string, word: string): boolean {
  if (typed.replace(/s$/, '') === word.replace(/s$/, '')) return true;
  return typed[0] === word[0] && !isLexiconWord(typed) && wordSimilarity(typed, word) >= 0.85;
}

function money(turn: Turn, value: string): string {
  return formatMoney(value, turn.req.user.currency, turn.req.user.locale);
}

/** Whether a request holds an amount of money (in digits). */
export function holdsAmount(turn: Turn): boolean {
  return findAmounts(turn.text, turn.req.user.locale).length > 0;
}

/** A quoted text in a request: what was pasted (a receipt, a message), not what is asked. */
const QUOTED = /["“][^"”]*["”]/g;

/**
 * The words of a request around what it quotes, each as typed when it is a real word and corrected
 * otherwise: "the shop deposit" is no "show", but "shwo my expenses" is "show".
 */
function saidWords(turn: Turn): string {
  const typed = words(turn.text);
  const read = typed.map((w, i) => (isLexiconWord(w) ? w : (turn.w[i] ?? w)));
  const quoted = words((turn.text.match(QUOTED) ?? []).join(' '));
  // the words of the quote are left out, once each
  for (const q of quoted) {
    const at = typed.indexOf(q);
    if (at >= 0) typed[at] = read[at] = '';
  }
  return read.filter(Boolean).join(' ');
}

/** "phone +49 30 1234567", "email anna@…": a contact's details, whose digits are no amount. */
const CONTACT_DETAILS = /\b(?:phone|mobile|tel|cell)(?: number| no\.?)?(?:\s+(?:is|was))?\s*[:=-]?\s*\+?\(?\d|\+\d|\S+@\S+\.\w/i;

export function wantsNewTransaction(turn: Turn): boolean {
  const t = turn.w.join(' ');
  // what a request quotes is what was pasted ("Receipt: "… TOTAL 11.80" - add it as a meals expense"): the question is around it
  const said = saidWords(turn);
  if (/\b(how much|what did|what have|total|totals|how many)\b/.test(said) || turn.text.trim().endsWith('?')) return false;
  // "what was the 120 expense", "did I log the 45.90 lunch": a question about an entry, not a new one
  if (QUESTION_START.test(t)) return false;
  if (turn.has('invoice', 'invoices', 'inv') || /\binv-?\d/i.test(turn.text)) return false;
  // "top 5 expense categories", "show my last 3 expenses": a question about money, not a new entry
  // ("cash sale 320, category Client work" names the category of a new entry; "the shop deposit" shows nothing)
  if (/\b(top|categories|list|show|which|rank|biggest|largest)\b/.test(said) || /\b(what|which|my) category\b/.test(t)) return false;
  // "add new lead Ravi Shah, phone +91 …": a contact, whatever numbers it holds (but "the phone bill" is an expense)
  if (/\b(lead|contact|prospect)\b/.test(t) || CONTACT_DETAILS.test(turn.text)) return false;
  const { amounts } = amountsIn(turn.text, turn.req.user.locale);
  // "add 2 and a half hours for Amara": time, not money (unless a currency is said)
  if (/\b(hours?|hrs?|minutes?|mins?)\b/.test(t) && !amounts.some((a) => a.currency)) return false;
  // "we had a team lunch, 132,40 €": an amount in a currency after what was had
  const had = /\b(had|grabbed|ordered)\b/.test(t) && amounts.some((a) => a.currency);
  // the typed words as well as the corrected ones ("sale" is no typo of "save")
  return (
    amounts.length > 0 &&
    (EXPENSE.test(t) ||
      INCOME.test(t) ||
      INCOME.test(turn.folded) ||
      had ||
      /^(record|log|add)\b/.test(t) ||
      Boolean(ledgerLine(turn.text, turn.req.user.locale, turn.req.user.time_zone)))
  );
}

/**
 * "taxi 32.80 yesterday, Travel", "coffee beans 18, Meals": an entry typed as a line of the books, with no verb: what it
 * was (a few words), its one amount, maybe its day, then its category after a comma. An expense, as a line of the books is
 * unless a word of income says otherwise.
 */
function ledgerLine(text: string, locale: string, timeZone: string): { what: string; category: string } | undefined {
  const amounts = findAmounts(text, locale);
  if (amounts.length !== 1) return undefined;
  const what = text.slice(0, amounts[0]!.index).trim();
  let after = text.slice(amounts[0]!.end);
  const when = findDate(after, new Date(), timeZone, { forward: false });
  if (when) after = after.replace(when.text, ' ');
  const category = /^\s*,\s*(\p{L}[\p{L} &-]{0,30}?)\s*[.!]?$/u.exec(after)?.[1];
  if (!category || !/^\p{L}[\p{L}'’ &-]{0,40}$/u.test(what) || what.split(/\s+/).length > 4) return undefined;
  return { what, category };
}

/**
 * A category's name typed with capitals ("in Office Supplies"): a category of its own, though none has that name yet.
 * Not a place or a name the lexicon knows ("in Berlin"), not a month ("in March").
 */
function typedAsName(text: string | undefined, timeZone: string): string | undefined {
  if (!text) return undefined;
  const parts = text.split(/\s+/);
  const capitalised = parts.every((p) => /^(?:\p{Lu}|&)/u.test(p));
  const aName = parts.some((p) => isLexiconWord(fold(p)) && !isEverydayWord(fold(p)));
  return capitalised && !aName && !findDate(text, new Date(), timeZone) ? text : undefined;
}

/** A quoted text and the label before it: "category "Equipment"", "description "Consulting day"", ""Train tickets"". */
const QUOTED_NAME = /(?:\b(category|under|as|description|desc|memo|called|named)\s*:?\s*)?["“]([^"”]{1,80})["”]/giu;

/**
 * The names a new entry quotes, as typed: after "category", "under" or "as" its category; after "description" or "memo",
 * or alone ("250, "Train tickets"", "on "Stock photos""), its description. A quoted text holding an amount is a pasted
 * receipt or message, no name.
 */
function quotedNames(text: string, locale: string): { category?: string; description?: string } {
  const names: { category?: string; description?: string } = {};
  for (const [, label, said] of text.matchAll(QUOTED_NAME)) {
    const value = said!.trim();
    if (!/\p{L}/u.test(value) || findAmounts(value, locale).length > 0) continue;
    if (/^(?:category|under|as)$/i.test(label ?? '')) names.category ??= value;
    else names.description ??= value;
  }
  return names;
}

export async function newTransaction(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const read = amountsIn(turn.text, turn.req.user.locale);
  // a pasted receipt or bill: its total, whatever it itemises before ("2 x cappuccino … TOTAL 11.80")
  const amount =
    read.amounts.find((a) => /\b(?:total|amount due|to pay|sum)\s*:?\s*$/i.test(read.text.slice(0, a.index))) ?? read.amounts[0]!;
  const type =
    /\b(paid me|pays me|sent me|transferred me|paid us|owed me)\b/.test(t) ||
    ((INCOME.test(t) || INCOME.test(turn.folded)) && !/\b(spent|bought|paid for|expense)\b/.test(t))
      ? 'income'
      : 'expense';
  const args: Record<string, unknown> = { type, amount: amount.value };
  const around = read.text.slice(0, amount.index) + ' ' + read.text.slice(amount.end);
  // names said in quotation marks are read as typed; the other readers read their words without the marks
  const quoted = quotedNames(around, turn.req.user.locale);
  const rest = around.replace(/["“”]/g, ' ');
  // "rent for this month, 800, paid today": the period it is for is not the day it was paid
  const covered =
    /\bfor\s+(?:the\s+)?(?:(?:this|last|next|previous|the past)\s+(?:week|month|quarter|year)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?)\b/gi;
  const when =
    findDate(rest.replace(covered, ' '), new Date(), turn.req.user.time_zone, { forward: false }) ??
    findDate(rest, new Date(), turn.req.user.time_zone, { forward: false });
  if (when) args.date = when.date;
  // what it was for: "on lunch", "for hosting", "from amara"
  // (an aside in brackets is no part of it: "on stock photos (category Software)")
  const purpose = /\b(?:on|for)\s+(.+?)(?=\s+(?:yesterday|today|last|on \w+day|this|from|at)\b|\s*\(|[.,!]|$)/i
    .exec(rest.replace(covered, ' '))?.[1]
    ?.trim();
  const source = /\bfrom\s+(.+?)(?=\s+(?:yesterday|today|last|for|on)\b|[.,!]|$)/i.exec(rest)?.[1]?.trim();
  const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', { type });
  const ledger = ledgerLine(turn.text, turn.req.user.locale, turn.req.user.time_zone);
  const known = (text?: string) => {
    if (!text) return undefined;
    const typed = words(text);
    return categories.find((c) => words(c.category).some((cw) => typed.some((w) => isCategoryWord(w, cw))))?.category;
  };
  // "add 300 to income under Client work", "expense: software, 19.00, …"
  const under = /\b(?:under|in the category|category:?|as)\s+([\p{L}][\p{L} &-]{1,40}?)\s*(?:category)?(?=[,.;!)]|$)/iu
    .exec(rest)?.[1]
    ?.trim();
  // "new expense in Meals: 27.80 team breakfast": a known category after "in" (only a known one: "in cash" is no category)
  const within = /\bin\s+(?:the\s+)?([\p{L}][\p{L} &-]{1,40}?)(?=\s*[:,.;!]|\s+(?:for|on|from|today|yesterday|category)\b|$)/iu
    .exec(rest)?.[1]
    ?.trim();
  // "expense: software, 19.00, …", "expense, Software, 15.00, yesterday": the kind, then the category, as on a form
  const labelled = /^\s*(?:expense|income)\s*[:,]\s*([\p{L}][\p{L} &-]{1,40}?)\s*,/iu.exec(turn.text)?.[1]?.trim();
  // "add 15.00 to Meals for coffee": a known category after to/into
  const into = /\b(?:to|into)\s+([\p{L}][\p{L} &-]{1,40}?)(?=\s+(?:for|on|from|today|yesterday)\b|[,.;!]|$)/iu.exec(rest)?.[1]?.trim();
  // "log a software expense of 49": the words before "expense" / "income"
  const kind = /\b(?:an?|the|my)\s+([\p{L}][\p{L} &-]{1,30}?)\s+(?:expense|income|cost|purchase)\b/iu.exec(rest)?.[1]?.trim();
  const category =
    // "category "Workshops"": the category quoted, an existing one as it is written, else as typed
    (quoted.category ? (known(quoted.category) ?? quoted.category) : undefined) ??
    known(under) ??
    known(labelled) ??
    known(into) ??
    known(within) ??
    known(kind) ??
    known(purpose) ??
    known(source) ??
    known(ledger?.category) ??
    // "rent for this month, 800": a category named anywhere, every word of it
    categoryNamed(rest, categories) ??
    (under ? titleCase(under) : undefined) ??
    // "… in Office Supplies": a new category, named as one is, with capitals; "taxi 32.80, Travel": the category of a line of the books
    typedAsName(within, turn.req.user.time_zone) ??
    (ledger ? titleCase(ledger.category) : undefined);
  if (category) args.category = category;
  // "description: team offsite", "memo Consulting day"
  const described = /\b(?:description|desc|memo)\s*:?\s+(\p{L}.*?)\s*(?=[,;!(]|$)/iu.exec(rest)?.[1];
  const description = quoted.description ?? described ?? purpose ?? (source ? `From ${titleCase(source)}` : undefined) ?? ledger?.what;
  if (description) args.description = description[0]!.toUpperCase() + description.slice(1);
  if (!category && purpose && purpose.split(/\s+/).length <= 3) args.category = titleCase(purpose);
  return propose(turn, 'create_transaction', args);
}

// ---------------------------------------------------------------------------

/** "expenses over 100", "payments under 50": a condition on the amount, which only a list answers. */
const AMOUNT_FILTER =
  /\b(?:(?:over|above|more th[ae]n|greater th[ae]n|bigger th[ae]n|larger th[ae]n|at least|under|below|less th[ae]n|smaller th[ae]n)\s+[€$£]?\d|between\s+[€$£]?\d[\d.,]*k?\s+and\s+[€$£]?\d)/;
/** "what did I spend money on today?", "what did I buy this week": what the money went on, item by item. */
const WHAT_ON =
  /^what (did|have) (i|we) (spend|spent|buy|bought|pay|paid|purchase|purchased)( money| it)?( on| for)?\s*(today|yesterday|this (week|month|year)|last (week|month|year)|so far)?( and (for )?(how much|what (it|they|each) cost|the amounts?|what for))?$/;
/**
 * "the largest single expense", "my biggest transaction", "the smallest expense this month": one entry, the largest (or
 * smallest) of a page. "The biggest expense" alone is read as a ranking of categories (what costs the most), but nobody
 * ranks categories from the bottom by a singular: "the smallest expense" is an entry.
 */
const ONE_EXTREME =
  /\b(largest|biggest|highest|most expensive|priciest|smallest|lowest|cheapest)\s+(?:(?:single|individual|one)\s+(?:expense|cost|income|payment|purchase|spend|transaction|entry)|(?:transactions?|entry|purchase|payment)\b)|\b(smallest|lowest|cheapest)\s+(?:expense|cost|income)\b(?!\s+categor)/;
/** The extreme asked for, in the typed words too (the corrector reads "expensive" as "expenses"). */
function extremeIn(turn: Turn): string | undefined {
  const m = ONE_EXTREME.exec(turn.folded) ?? ONE_EXTREME.exec(turn.w.join(' '));
  // "which category is my smallest expense": a ranking
  if (!m || (m[2] && /\bcategor/.test(turn.w.join(' ')))) return undefined;
  return m[1] ?? m[2];
}
/** "rent payments", "software expenses": a short name of what the entries were, nothing else (no period, no verb). */
const NAMED_ENTRIES =
  /^(?:(?:my|the|all|all my|all the|every)\s+)?(?!(?:overdue|late|unpaid|outstanding|pending|client|customer|invoice|open|recent|latest|last|total)\b)[a-z]+(?:\s+[a-z]+)?\s+(payments|expenses|purchases|costs|entries|transactions|charges)$/;
/** "client work income, all of it", "meals expenses one by one": every entry, not a total. */
const EVERY_ENTRY =
  /\b(income|incomes|expenses?|spending|purchases)\b.*\b(all of (it|them)|every (one|entry|single one)|each (one|entry)|one by one|the lot|with (the |their |its )?amounts)\b|\b(every|each) (single )?(expense|income|purchase|transaction|payment|entry)\b/;
/** "came in and went out": both sides of the books. */
const IN_AND_OUT =
  /\b(came|come|coming|comes) in\b.*\b(went|go|going|goes|gone) out\b|\b(went|go|going|goes|gone) out\b.*\b(came|come|coming|comes) in\b/;

/** "income and expenses", "spending & earnings": both sides of the books named. */
const BOTH_SIDES =
  /\b(?:income|incomes|revenue|earnings|takings)\s+(?:and|&|plus)\s+(?:my |the )?(?:expenses?|spending|costs|outgoings)\b|\b(?:expenses?|spending|costs|outgoings)\s+(?:and|&|plus)\s+(?:my |the )?(?:income|incomes|revenue|earnings|takings)\b/;

/** The period a text names, read through its typos too ("lsat month" is "last month"). */
export function periodIn(turn: Turn, text = turn.text): Period | undefined {
  return findPeriod(text, turn.req.user.today) ?? (text === turn.text ? findPeriod(turn.w.join(' '), turn.req.user.today) : undefined);
}

/**
 * A period said before what it qualifies ("last month's expenses", "today's income"; the possessive is gone from the words),
 * or every entry said so ("all-time income", "lifetime revenue").
 */
const PERIOD_FIRST = String.raw`(?:(?:today|yesterday|(?:this|last|previous) (?:week|month|quarter|year)|all[ -]time|lifetime) )?`;
/** "expenses today?", "income last month": the entries asked for by their kind and a period, without "how much" or "total". */
const BARE_ENTRIES = new RegExp(String.raw`^${PERIOD_FIRST}(?:my |the |our )?(expenses|income|incomes|spending|purchases)\b`);
const SUMMED = /\b(how much|total|totals|sum|net|profit|vs|versus|minus|against|compared|difference|and)\b/;

/** "rent total for last month", "the software total this year": a total with a period. */
const TOTAL_FOR_PERIOD =
  /\btotals?\b.*\b(today|yesterday|this|last|previous|so far|since)\b|\b(today|yesterday|this \w+|last \w+)\b.*\btotals?\b/;

/** "all my income", "every one of my expenses": every entry of a kind, not their total. */
const ALL_ENTRIES =
  /^(?:all|every one of|each of) (?:of )?(?:my |the |our )?(?:income|incomes|expenses?|purchases|transactions|payments|spending|entries)\b/;
/** "show everything I recorded last month", "what we booked this week": the entries made, whatever their kind. */
const EVERYTHING_RECORDED =
  /\b(?:everything|all|anything|what) (?:that )?(?:i|we) (?:have |ve )?(?:recorded|entered|booked|registered|put in)\b/;
/** "when did I last pay rent", "when was my last hosting payment": the latest entry of a kind. */
const WHEN_LAST =
  /^when (?:did|have|was|were) (?:i|we) (?:last |most recently )?(?:pay|paid|spend|spent|buy|bought|receive|received|get paid|got paid)\b|^when was (?:the|my|our) (?:last|latest|most recent) (?:time (?:i|we) (?:paid|spent|bought|received|got paid)|(?:[a-z]+ ){0,2}(?:payment|expense|income|purchase|charge|transaction))\b/;
/**
 * "the design tool subscription - what did it cost", "hosting: how much was it": a thing named, then a question about
 * "it" (on the typed text, dashes and colons kept): the entry of that name.
 */
const THING_THEN_ASKED =
  /^(?:the |my |our |that )?([a-z][\w &'-]{1,60}?)\s*(?:[-–—:,?])\s*(?:what|how much) (?:did|does|was|is|were) (?:it|that|they|those)(?: (?:cost|come to|for|run)(?: me| us)?)?\s*[?.!]*$/;
/** "what was the 45.90 for?", "what's the 120 about": an entry asked by its amount alone (on the typed text). */
const ABOUT_AN_AMOUNT =
  /^what(?:'s|’s| is| was| were)? (?:the |that |this |my )?[$€£]?\d[\d.,]*\s*(?:[$€£]|eur|euros?|dollars?|usd)?(?: (?:for|about|on|from|spent on|paid for))?\s*[?.!]*$/;

/** "the invoice payments I received", "payments we got last month": the entries of money received (or made). */
const PAYMENTS_HAD = /\bpayments? (?:that )?(?:i|we) (?:have |ve |had )?(?:received|receive|got|get|made|make|sent|send)\b/;

/**
 * What a request asks about one entry or every entry, never a total: the readers above, on the words or the typed text.
 * Such a request is about money in and out, whatever else it names ("the design tool subscription" is no recurring invoice).
 */
export function asksForEntries(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    ALL_ENTRIES.test(t) ||
    WHEN_LAST.test(t) ||
    (EVERYTHING_RECORDED.test(t) && !/\b(hours?|time|tasks?|notes?|deals?|invoices?|quotes?|contacts?)\b/.test(t)) ||
    THING_THEN_ASKED.test(turn.folded.trim()) ||
    ABOUT_AN_AMOUNT.test(turn.folded.trim()) ||
    (PAYMENTS_HAD.test(t) && !/\b(how much|total|totals|sum)\b/.test(t))
  );
}

/**
 * "the invoice payment transactions", "total of invoice payments received": the money received on invoices as entries of
 * the books (income, filed under their own category), when no invoice is named ("payments received on INV-0002" is the
 * invoice's).
 */
export function asksForInvoicePayments(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /\binvoice payments\b|\binvoice payment (?:transactions?|entries|entry|income|category)\b/.test(t) &&
    !/\binv-?\d|\binvoice (?:no |number |#)?\d/.test(t) &&
    !holdsAmount(turn)
  );
}

/** "what software did I pay for", "which tools have we bought": entries, asked by what they were. */
const WHAT_KIND_PAID =
  /^(?:what|which) (?:\w+ ){1,3}(?:did|have) (?:i|we) (?:pay|paid|spend|spent|buy|bought|purchase|purchased)(?: for| on)?$/;
/** "money received last month", "payments in this week": money in (or out) as a noun, listed. */
const MONEY_MOVED =
  /^(?:the |all |my |our )?(?:money|cash|payments?) (?:received|earned|spent|paid out|paid|in|out|came in|went out|coming in|going out)\b/;

/** "since the start of last month", "since the beginning of the year": from that period's first day to today. */
export function sincePeriod(text: string, today: string): Period | undefined {
  const since = /\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+(?=(?:week|month|quarter|year)\b))?(.+?)\s*(?=[?.!,;]|$)/i.exec(
    text,
  );
  if (!since) return undefined;
  const said = since[1]!.replace(/^(week|month|quarter|year)\b/i, 'this $1');
  const period = findPeriod(said, today);
  if (!period || period.from > today) return undefined;
  return { from: period.from, to: today, label: `since ${period.from}` };
}

/** "all together", "altogether", "combined": the entries summed up, one figure. */
const SUMMED_UP = /\b(?:all together|altogether|combined|summed up|added up|in total)\b/;

/**
 * "ever", "of all time", "overall", "to date": no period, every entry recorded (a period said as well wins:
 * "overall this month" is this month). The tools read no dates as everything.
 */
const ALL_TIME =
  /\b(?:ever|all[ -]time|lifetime|of all time|overall|to date|since (?:the )?(?:start|beginning)(?: of (?:time|the business|the books|records))?|since records began|from the (?:start|beginning))\b/;

/** The period a totals or ranking question is about: "since …", a period named, else undefined for "ever", else `fallback`. */
function askedPeriod(turn: Turn, text: string, fallback: string): Period | undefined {
  const said = saidPeriod(turn, text);
  if (said) return said;
  if (ALL_TIME.test(fold(text)) || ALL_TIME.test(turn.w.join(' '))) return undefined;
  return findPeriod(fallback, turn.req.user.today)!;
}

/** The period a text says, if it says one ("since last month began", "last month", "lsat month"). */
function saidPeriod(turn: Turn, text: string): Period | undefined {
  const today = turn.req.user.today;
  return sincePeriod(text, today) ?? (text === turn.text ? periodIn(turn) : findPeriod(text, today));
}

export function wantsMoneyTotals(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (
    AMOUNT_FILTER.test(t) ||
    WHAT_ON.test(t) ||
    extremeIn(turn) ||
    EVERY_ENTRY.test(t) ||
    asksForEntries(turn) ||
    /\bline by line\b|\bitemi[sz]ed\b/.test(t)
  )
    return false;
  return (
    ((/\b(how much|what did|what have|total|totals|sum)\b/.test(t) || SUMMED_UP.test(t)) &&
      /\b(spend|spent|earn|earned|make|made|income|expense|expenses|revenue|net|profit|in and out|cash|money|cost|costs|went|go|gone|came|come|coming|bring|brings|brought)\b/.test(
        t,
      )) ||
    // "whats the total I paid in rent", "total of invoice payments received" (but "what did I pay for the design tool?" asks which entry)
    (/\b(how much|total|totals|sum)\b/.test(t) && /\b(paid|pay|received|receive)\b/.test(t)) ||
    // "income this month", "last month's expenses"
    new RegExp(String.raw`^${PERIOD_FIRST}(income|expenses?|revenue|net|profit|cash flow|cashflow)\b`).test(t) ||
    /\b(my )?(profit|net income|cash flow)\b/.test(t) ||
    // "what's my net for this month", "income vs expenses", "money in, money out", "the difference between income and expenses"
    /\b(my|the) net\b|\bnet (for|this|last|in|so far|result|figure|position|amount|total)\b/.test(t) ||
    /\b(income|revenue|earnings)\s+(vs|versus|and|against|minus)\s+(expenses?|spending|costs)\b/.test(t) ||
    /\bmoney in\b.*\bmoney out\b/.test(t) ||
    /\bdifference between\b.*\b(income|expenses?)\b/.test(t) ||
    // "what's my income so far this month", "what were my expenses since …", "am I in the black?", "did we make money last month"
    // (as typed too: the corrector reads "were" as "where")
    [t, saidWords(turn)].some((w) =>
      /^(what is|whats|what s|what are|what was|what were|tell me) (my|our|the) (total )?(income|revenue|earnings|spending|expenses|profit|net)\b/.test(
        w,
      ),
    ) ||
    /\bin the (black|red)\b|\b(making|made|make|losing|lost|lose) money\b|\bbreak(ing)? even\b|\b(profitable|profitability|in profit)\b/.test(
      t,
    ) ||
    // "software spend last month", "costs this year": the noun with a period
    IN_AND_OUT.test(t) ||
    // "client work revenue this month": income with a period (a list is asked with list words)
    (/\b(revenue|income)\b/.test(t) &&
      /\b(today|yesterday|this (week|month|year)|last (week|month|year)|so far)\b/.test(t) &&
      !/\b(list|show|entries|items|lines|each|which|transactions?)\b/.test(t)) ||
    // "software spend last month", "costs this year": the noun with a period
    (/\b(spend|spending|costs|earnings|takings|outgoings)\b/.test(t) &&
      /\b(today|yesterday|this|last|so far)\b/.test(t) &&
      !/\b(top|biggest|largest|category|categories)\b/.test(t)) ||
    // "rent total for last month": a total with a period (a category, or everything)
    (TOTAL_FOR_PERIOD.test(t) && !/\b(invoices?|invoiced|billed|quotes?|hours?|tasks?|deals?)\b/.test(t)) ||
    // "meals this month - how much?": a period and "how much" (a category, or everything)
    (/\bhow much\b/.test(t) && /\b(today|yesterday|this (week|month|year)|last (week|month|year)|so far)\b/.test(t))
  );
}

/** The category a text names, every word of it typed ("how much did software cost me", "spent on meals"). */
function categoryNamed(text: string, categories: { category: string }[]): string | undefined {
  const typed = words(text);
  return categories.find((c) => {
    const cw = words(c.category).filter((w) => w.length >= 3);
    return cw.length > 0 && cw.every((w) => typed.some((x) => isCategoryWord(x, w)));
  })?.category;
}

export async function moneyTotals(turn: Turn): Promise<EngineAnswer> {
  // "profit this month vs last month": one answer per period compared
  const parts = turn.text.split(
    /\s*(?:,\s*)?\b(?:vs\.?|versus|against|compared (?:to|with)|and)\s+(?=(?:the\s+|for\s+|in\s+)?(?:this|last|previous)\b)/i,
  );
  if (parts.length === 2) {
    const periods = parts.map((p) => findPeriod(p, turn.req.user.today));
    if (periods.every(Boolean) && periods[0]!.from !== periods[1]!.from) {
      const answers = [];
      for (const [i, p] of periods.entries())
        answers.push((await moneyTotalsIn(turn, p!, i === 0 ? parts[0]! : parts[1]!, false)).response);
      return answer(answers.join('\n'));
    }
  }
  // "total income ever recorded": every entry (no period); nothing said: this month
  const period = askedPeriod(turn, turn.text, 'this month');
  const t = turn.w.join(' ');
  // (the entries themselves only for a period: every entry recorded is no list to read through)
  const answered = await moneyTotalsIn(turn, period, turn.text, Boolean(period) && BARE_ENTRIES.test(t) && !SUMMED.test(t));
  return answered;
}

/** A period's name and days ("this month (2026-12-01 to 2026-12-31)"), or "in all" for every entry. */
function spanOf(period: Period | undefined): string {
  return period ? `${period.label} (${period.from} to ${period.to})` : 'in all (every entry recorded)';
}

async function moneyTotalsIn(turn: Turn, period: Period | undefined, text: string, itemised: boolean): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const dates = period ? { from: period.from, to: period.to } : {};
  const args: Record<string, unknown> = { ...dates };
  const on = /\bon\s+([a-z][\w &-]{1,40}?)(?=\s+(?:this|last|in|during|for|since)\b|[?.!]|$)/i.exec(text)?.[1];
  // a category named anywhere ("how much did software cost me", "how much client work income")
  // "am I in the black?", "did we make money?": the net, with both sides
  const both =
    /\b(vs|versus|against|minus|difference|net|profit|profitable|profitability|money in|in and out|in the black|in the red|break even|breaking even)\b/.test(
      t,
    ) ||
    /\b(making|made|make|losing|lost|lose) money\b/.test(t) ||
    IN_AND_OUT.test(t) ||
    // "income and expenses for last month", "costs and revenue": both sides named
    BOTH_SIDES.test(t);
  if (!both) {
    const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', {});
    const typed = on ? words(on) : [];
    const match =
      categories.find((c) => words(c.category).some((cw) => typed.some((w) => isCategoryWord(w, cw))))?.category ??
      categoryNamed(text.replace(/\b(income|expenses?|revenue|spending)\b/gi, ' '), categories);
    if (match) args.category = match;
  }
  // "how much did I pay for hosting", "what did the lunch with lukas cost": no category, the entries of that name
  const thing = both || args.category ? undefined : thingAsked(text);
  if (thing) {
    // (the period said, else every entry: a thing paid for once may be from any month)
    const found = await searchedTotal(turn, thing, saidPeriod(turn, text));
    if (found) return found;
  }
  const totals = await turn.read<{ income: string; expense: string; net: string }>('money_totals', args);
  const where = args.category ? ` on ${args.category as string}` : '';
  const span = spanOf(period);
  const all = `${period ? titleCase(span) : 'In all (every entry recorded)'}${where}: income ${money(turn, totals.income)}, expenses ${money(turn, totals.expense)}, net ${money(turn, totals.net)}.`;
  // nothing of that name: the total of everything, saying so
  const none = thing ? `Nothing recorded is called “${thing}”. ` : '';
  if (both) return answer(all);
  // "expenses today?": the total, then the entries it sums (one page)
  const entries = async (type: 'income' | 'expense') => {
    if (!itemised) return '';
    const page = await turn.read<{ total: number; transactions: TransactionOut[] }>('list_transactions', {
      type,
      ...dates,
      limit: 10,
      ...(args.category ? { category: args.category } : {}),
    });
    const more = page.total > page.transactions.length ? `\n…and ${page.total - page.transactions.length} more.` : '';
    return page.transactions.length ? `\n${page.transactions.map((x) => entryLine(turn, x)).join('\n')}${more}` : '';
  };
  if (/\b(spend|spent|spending|expense|expenses|purchases|cost|costs|pay|paid|went|go|gone)\b/.test(t) && !/\b(net|profit)\b/.test(t)) {
    return answer(`${none}You spent ${money(turn, totals.expense)}${where} ${span}.${await entries('expense')}`);
  }
  if (/\b(earn|earned|make|made|income|revenue|receive|received|bring|brings|brought)\b/.test(t) && !/\b(net|profit)\b/.test(t)) {
    return answer(`${none}Your income${where} ${span} was ${money(turn, totals.income)}.${await entries('income')}`);
  }
  return answer(`${none}${all}`);
}

/** Paying or spending for something: "how much did I pay for hosting", "spent on coffee this month". */
const PAID_FOR = /\b(?:pay|paid|spend|spent|spending)\s+(?:money\s+)?(?:for|on)\s+(.+)$/;
/** Something said to cost: "what did the lunch with lukas cost", "how much did the new chairs come to". */
const THING_COST =
  /^(?:what|how much) (?:did|does|do|has|have) (?!(?:i|we|you|it|that|this|they|those|these)\b)(.+?) (?:cost|costed|come to|run)(?: (?:me|us))?\b(.*)$/;
/** Where the name of a thing ends: a period, an amount condition, a second question. */
const THING_END =
  /\s+(?:this|last|previous|past|so far|today|yesterday|since|during|over|in (?:total|all|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])|and|or|,)\b.*$|\s*[?.!,;].*$/;

/**
 * What a question about a cost names, when it names a thing rather than a category or a kind: "how much did I pay for
 * hosting" → "hosting", "what did the lunch with lukas cost" → "lunch with lukas" (on the typed words). Undefined when
 * it names nothing ("how much did I spend this month", "what did it cost").
 */
export function thingAsked(text: string): string | undefined {
  const t = fold(text).trim();
  const said = PAID_FOR.exec(t)?.[1] ?? THING_COST.exec(t)?.[1];
  // a name said in quotation marks is searched without them ('how much did I spend on "Hosting"')
  const thing = said
    ?.replace(/["“”]/g, '')
    .replace(THING_END, '')
    .replace(/^(?:the|my|our|that|this|a|an)\s+/, '')
    .replace(/\s+(?:expenses?|purchases?|payments?|charges?|entry|entries|bills?|costs?)$/, '')
    .trim();
  if (!thing || !/\p{L}{2}/u.test(thing)) return undefined;
  // a kind, a period or a pronoun is no name of a thing
  if (
    /^(?:it|that|this|them|those|these|things?|stuff|everything|anything|all|money|cash|income|expenses?|spending|total|month|week|year|quarter|today|yesterday)$/.test(
      thing,
    )
  )
    return undefined;
  return thing;
}

/** One page of entries, retried without a trailing kind of charge ("the design tool subscription" is the entry "Design tool"). */
async function searchEntries(turn: Turn, args: Record<string, unknown>) {
  let page = await turn.read<{ total: number; totals?: { income: string; expense: string } | null; transactions: TransactionOut[] }>(
    'list_transactions',
    args,
  );
  for (let named = String(args.query ?? '').split(/\s+/); page.total === 0 && named.length > 1 && CHARGE_KIND.test(named.at(-1)!);) {
    named = named.slice(0, -1);
    page = await turn.read<typeof page>('list_transactions', { ...args, query: named.join(' ') });
  }
  return page;
}

/** The total of the entries a thing names, with them (undefined when none has that name). */
async function searchedTotal(turn: Turn, thing: string, period: Period | undefined): Promise<EngineAnswer | undefined> {
  const t = turn.w.join(' ');
  const type = /\b(earn|earned|income|revenue|receive|received|bring|brings|brought|sold|sale|sales)\b/.test(t) ? 'income' : 'expense';
  const page = await searchEntries(turn, { type, query: thing, limit: 10, ...(period ? { from: period.from, to: period.to } : {}) });
  if (page.total === 0 || !page.totals) return undefined;
  const sum = type === 'income' ? page.totals.income : page.totals.expense;
  const scope = period ? ` ${spanOf(period)}` : '';
  const lines = page.transactions.map((x) => entryLine(turn, x)).join('\n');
  const more = page.total > page.transactions.length ? `\n…and ${page.total - page.transactions.length} more.` : '';
  return answer(
    `${type === 'income' ? 'You received' : 'You spent'} ${money(turn, sum)} on “${thing}”${scope}, ${page.total} ${page.total === 1 ? 'entry' : 'entries'} ([Transactions](/transactions)):\n${lines}${more}`,
  );
}

// ---------------------------------------------------------------------------

/** "anything categorised as Software?": the entries of a category (the corrector reads "categorised" as "categories"). */
const CATEGORISED = /\b(categori[sz]ed|filed|booked|tagged|labell?ed)\s+(as|under|in|with)\b/;
/** "transactions in the software category", "anything under the meals category": the entries of one category, not a ranking. */
const IN_CATEGORY = /\b(?:in|under|from|within) (?:the |my |our )?[a-z]+(?: [a-z]+)? category\b/;
/** "how much did the client work category bring in": the total of one category named, not a ranking. */
const CATEGORY_TOTAL = /\bhow much\b.*\bthe [a-z]+(?: [a-z]+)? category\b|\bthe [a-z]+(?: [a-z]+)? category\b.*\bhow much\b/;
/** "which category came second", "the third biggest category": a place in the ranking. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const PLACE = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b/;
/** "what do I spend the least on", "the smallest expense category": the bottom of a ranking. */
const LEAST = /\b(least|smallest|lowest)\b/;
/** "my two largest expense categories", "top 3 categories", "the 4 biggest costs": how many places the ranking has. */
const HOW_MANY_PLACES = new RegExp(
  String.raw`\b(?:top|largest|biggest|highest|main)\s+(\d{1,2}|${NUMBER_WORD})\b|\b(\d{1,2}|${NUMBER_WORD})\s+(?:top|largest|biggest|highest|main|most expensive|smallest|lowest)\b`,
);

/** The number of places a ranking asks for (1 to 20), read by compromise when said in words; undefined when none is said. */
function placesAsked(t: string): number | undefined {
  const m = HOW_MANY_PLACES.exec(t);
  const said = m?.[1] ?? m?.[2];
  if (!said) return undefined;
  const n = /^\d+$/.test(said) ? Number(said) : (nlp(said).numbers().get() as unknown[])[0];
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 20 ? n : undefined;
}

export function wantsTopCategories(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (CATEGORISED.test(turn.folded) || IN_CATEGORY.test(t) || CATEGORY_TOTAL.test(t) || extremeIn(turn)) return false;
  return (
    /\b(categor(y|ies|ys)|where does my money go|where did my money go|where my money goes|where the money goes|what do i spend (the )?most on|biggest (expenses|costs)|(?:spend|spent|spending) the most)\b/.test(
      t,
    ) ||
    // "what do I spend the least on" (as typed: the corrector reads "least" as "last")
    /\bspend (?:the )?least\b/.test(turn.folded) ||
    /\bwhere (is|does|did|has) (my|the|all the|all my) money (go|going|gone|went)\b/.test(t) ||
    // "where does most of my income come from", "where did our revenue come from last month": income by where it comes from
    /\bwhere (?:does|did|do|has|have) (?:(?:most|much|the bulk|a lot) of )?(?:my|the|our) (?:income|revenue|earnings|money) (?:come|comes|came) from\b/.test(
      t,
    ) ||
    // "where did most of my money go last month?"
    /\bwhere (is|does|did|has|have) (most|much|the bulk|a lot) of (my|the|our) (money|cash|spending)\b/.test(t) ||
    /\b(largest|biggest|highest|main|top) (cost|costs|expense|expenses|spend|spending|outgoings?)\b/.test(t) ||
    /\beating (up )?(my|the|our) (budget|money|cash)\b/.test(t) ||
    // "what costs me the most this month?"
    /\bwhat (costs|cost|costed) (me|us) (the )?most\b/.test(t) ||
    /\b(breakdown|broken down|split|by category|per category)\b/.test(t)
  );
}

export async function topCategories(turn: Turn): Promise<EngineAnswer> {
  // "this month, and last month?": one ranking per period named
  const parts = turn.text.split(/\s*(?:,\s*and|\band\b|,|;)\s+(?=(?:for\s+|in\s+)?(?:this|last|previous)\b)/i);
  if (parts.length > 1) {
    const periods = parts.map((p) => findPeriod(p, turn.req.user.today));
    if (periods.every(Boolean) && new Set(periods.map((p) => p!.from)).size === periods.length) {
      const answers = [];
      for (const p of parts) answers.push((await topCategoriesIn(turn, p)).response);
      return answer(answers.join('\n\n'));
    }
  }
  return topCategoriesIn(turn, turn.text);
}

async function topCategoriesIn(turn: Turn, text: string): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const type =
    /\b(income|revenue|earn|earns|earning|earnings|earned|brings in|bring in|brought in|comes in|came in|come from|comes from|came from|(?:makes|made|make) (?:me|us))\b/.test(
      t,
    )
      ? 'income'
      : 'expense';
  // "since the start of last month", "since last month began": from then to today
  // "over all time", "ever": every entry; nothing said: this year
  const period = askedPeriod(turn, text, 'this year');
  const label = period?.label ?? 'overall';
  // "which category came second": that place first, then the ranking it is in
  const said = PLACE.exec(t)?.[1];
  const place = said ? (ORDINALS.includes(said) ? ORDINALS.indexOf(said) + 1 : Number(said.replace(/\D/g, ''))) : undefined;
  // "what do I spend the least on": the end of the whole ranking (the tool ranks up to 20)
  const least = LEAST.test(turn.folded) && !/\b(most|highest|biggest|largest|top)\b/.test(t);
  // "my two largest expense categories": that many places (a place asked, "the third biggest", needs the ranking to it);
  // as typed: the corrector reads "three" as "there"
  const places = placesAsked(turn.folded);
  const { categories } = await turn.read<{ categories: { category: string; amount: string }[] }>('top_categories', {
    type,
    ...(period ? { from: period.from, to: period.to } : {}),
    limit: least ? 20 : Math.max(places ?? 5, place ?? 0),
  });
  if (categories.length === 0) return answer(`No ${type} with a category ${label}.`);
  const list = categories.map((c, i) => `${i + 1}. ${c.category}: ${money(turn, c.amount)}`).join('\n');
  const at = place ? categories[place - 1] : undefined;
  const last = categories.at(-1)!;
  const lead = least
    ? `The least: ${last.category} (${money(turn, last.amount)}). `
    : !place
      ? ''
      : at
        ? `In ${ORDINALS[place - 1]} place: ${at.category} (${money(turn, at.amount)}). `
        : `Only ${categories.length} ${type} ${categories.length === 1 ? 'category has' : 'categories have'} amounts ${label}. `;
  return answer(`${lead}${least ? 'All' : 'Top'} ${type} categories ${period ? spanOf(period) : label}:\n${list}`);
}

export function needAmount(): EngineAnswer {
  return askBack('How much was it? For example: "spent 45.90 on lunch yesterday".');
}

// ---------------------------------------------------------------------------
// "show my latest transactions", "what did I spend on software last month, line by line", "which categories do I use?"

interface TransactionOut {
  type: 'income' | 'expense';
  amount: string;
  category: string | null;
  description: string | null;
  date: string;
}

/** One entry of a list: "- 2026-12-07: −$45.90 Meals (Lunch with Lukas)". */
function entryLine(turn: Turn, x: TransactionOut): string {
  return `- ${x.date}: ${x.type === 'income' ? '+' : '−'}${money(turn, x.amount)}${x.category ? ` ${x.category}` : ''}${x.description ? ` (${x.description})` : ''}`;
}

export function wantsTransactionList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /\b(transactions?|bookings?|entries in my books|money movements|payments in and out)\b/.test(t) ||
    /\b(list|show|which|what)\b.*\b(expenses?|incomes?|purchases)\b(?!.*\b(total|how much)\b)/.test(t) ||
    /\b(last|latest|recent)\s+(expenses|incomes?|purchases)\b/.test(t) ||
    // "what came in today?", "all income entries", "find the lunch with lukas expense", "what did I pay for the design tool?"
    /^what (came|went|has come|has gone) (in|out)\b/.test(t) ||
    /\b(income|expense|incoming|outgoing) (entries|items|lines)\b/.test(t) ||
    // ("search my expenses for "hosting"": the plural as well)
    /\b(find|search|look up|look for)\b.*\b(expenses?|incomes?|purchases?|payments?)\b/.test(t) ||
    /^what did (i|we) (pay|spend) (for|on)\b/.test(t) ||
    // "what software did I pay for", "money received last month"
    WHAT_KIND_PAID.test(t) ||
    MONEY_MOVED.test(t) ||
    // "what did I spend money on today?", "expenses over 100", "anything categorised as Software?"
    WHAT_ON.test(t) ||
    // "largest single expense I have recorded", "client work income, all of it"
    Boolean(extremeIn(turn)) ||
    EVERY_ENTRY.test(t) ||
    NAMED_ENTRIES.test(t) ||
    (AMOUNT_FILTER.test(t) && /\b(expenses?|incomes?|payments?|transactions?|purchases?|spent|spend|costs?|entries)\b/.test(t)) ||
    CATEGORISED.test(turn.folded) ||
    // "transactions in the software category"
    (IN_CATEGORY.test(t) && /\b(transactions?|entries|expenses?|incomes?|payments?|purchases|anything|everything)\b/.test(t)) ||
    // "all my income", "when did I last pay rent", "the design tool subscription - what did it cost", "what was the 45.90 for?"
    asksForEntries(turn) ||
    // "list the invoice payment entries" (their total is a total)
    (asksForInvoicePayments(turn) && !/\b(how much|total|totals|sum)\b/.test(t)) ||
    // "what was the 45.90 expense?", "how much was lunch with lukas", "did I record the hosting payment?"
    // (as typed too, typos corrected: in "waht was the hosting charge" the corrector reads "charge" as "change")
    ABOUT_ONE.test(t) ||
    ABOUT_ONE.test(turn.folded.replace(/[?!.]+$/, '')) ||
    ABOUT_ONE.test(saidWords(turn))
  );
}

/** A question about one entry, by what it was or its amount. */
const ABOUT_ONE =
  /^(?:(?:when|where) )?(?:what (?:was|were|is) (?:the|that|this|my)\s+(?:.+\s+)?(?:expense|expenses|payment|income|purchase|charge|transaction|bill|entry)|how much (?:was|were|did) (?:the |my |that |our )?(?!(?:i|we|you)\b)(?:.(?!\b(?:this|last|month|week|year|today|yesterday|net|profit|income|expenses?)\b))+$|did (?:i|we) (?:record|log|enter|add|book|save|put in)\b)/;

/** Words for the kind of charge something is ("the design tool subscription", "the hosting fee"), not its name. */
const CHARGE_KIND =
  /^(?:subscriptions?|plans?|licen[cs]es?|fees?|bills?|charges?|renewals?|memberships?|services?|costs?|payments?|orders?)$/i;

const OVER_UNDER =
  /\b(over|above|more th[ae]n|greater th[ae]n|bigger th[ae]n|larger th[ae]n|at least|under|below|less th[ae]n|smaller th[ae]n)\s+([€$£]?\d[\d.,]*k?)/;

/** "over 100", "under 50", "45.90": the amount condition of a list question, applied to what the list returns. */
function amountCondition(turn: Turn): ((amount: string) => boolean) | undefined {
  const t = turn.w.join(' ');
  // "between 20 and 50": both ends included
  // (the typed text: the words of `t` split "1,000" at its comma)
  const between = /\bbetween\s+([€$£]?\d[\d.,]*k?)\s+and\s+([€$£]?\d[\d.,]*k?)/.exec(turn.folded);
  if (between) {
    const ends = [between[1]!, between[2]!].map((e) => findAmounts(e, turn.req.user.locale)[0]?.value);
    if (!ends[0] || !ends[1]) return undefined;
    const [low, high] = compareMoney(ends[0], ends[1]) <= 0 ? [ends[0], ends[1]] : [ends[1], ends[0]];
    return (amount) => compareMoney(amount, low) >= 0 && compareMoney(amount, high) <= 0;
  }
  // (the typed text first, as for "between": "over 1,000" is one amount)
  const filter = OVER_UNDER.exec(turn.folded) ?? OVER_UNDER.exec(t);
  if (filter) {
    const limit = findAmounts(filter[2]!, turn.req.user.locale)[0]?.value;
    if (!limit) return undefined;
    const above = /^(over|above|more th[ae]n|greater th[ae]n|bigger th[ae]n|larger th[ae]n|at least)$/.test(filter[1]!);
    const inclusive = filter[1] === 'at least';
    return (amount) => {
      const c = compareMoney(amount, limit);
      return above ? c > 0 || (inclusive && c === 0) : c < 0;
    };
  }
  // "what was the 45.90 expense?": that amount exactly
  const exact = findAmounts(turn.text, turn.req.user.locale)[0]?.value;
  return exact ? (amount) => compareMoney(amount, exact) === 0 : undefined;
}

export async function listTransactions(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const type = /\b(income|incomes|earned|received|came in|come in)\b/.test(t)
    ? 'income'
    : /\b(expenses?|spent|spend|purchases?|costs|went out|pay|paid|buy|bought)\b/.test(t)
      ? 'expense'
      : undefined;
  // "since the start of last month": from then to today
  const period = saidPeriod(turn, turn.text);
  // an amount condition is applied to a longer page (50 at most, the tool's limit)
  const condition = amountCondition(turn);
  // "the largest single expense": the top of a page of 50, by amount
  const extreme = extremeIn(turn);
  const args: Record<string, unknown> = {
    limit: condition || extreme ? 50 : 10,
    ...(type ? { type } : {}),
    ...(period ? { from: period.from, to: period.to } : {}),
  };
  // a category named anywhere: every word of it typed ("the software transactions", "expenses for meals")
  const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', {});
  const typed = words(turn.text);
  const match = categories.find((c) => {
    const cw = words(c.category).filter((w) => w.length >= 3);
    return cw.length > 0 && cw.every((w) => typed.some((x) => isCategoryWord(x, w)));
  });
  if (match) args.category = match.category;
  // what it was: "the design tool subscription - what did it cost", "the lunch with lukas expense", "what did I pay for the design tool"
  // (the typed text, else its words with typos corrected: "waht was the hosting charge")
  const asked =
    /\b(?:find|search|look up|look for|pay for|paid for|spend on|spent on|what was the|what were the|how much was|how much were|how much did|did (?:i|we) (?:record|log|enter|add|book|save))\s+(?:the\s+|my\s+|that\s+)?(.+?)(?:\s+(?:expense|expenses|income|purchase|payment|transaction|charge|entry|bill|cost))?\s*[?.!]*$/i;
  const about =
    THING_THEN_ASKED.exec(turn.folded.trim())?.[1] ??
    (asked.exec(turn.text) ?? asked.exec(saidWords(turn)))?.[1]
      // "…, and what did it cost?": the question after it is no part of what it was
      ?.replace(/,?\s+and\s+(?:what|how|when|where|for how)\b.*$/i, '')
      // "did I log anything for lunch with lukas": what it was for, not "anything"
      .replace(/^(?:anything|something|any\s+\w+|an?\s+\w+)\s+(?:for|about|on|from|with)\s+(?:the\s+|my\s+|our\s+)?/i, '')
      // "search transactions for "design tool"", "look up expenses mentioning hosting": where to look, then what
      .replace(
        /^(?:(?:all|any|my|our)\s+)?(?:transactions?|entries|expenses?|incomes?|payments?|purchases?|bookings?|books)\s+(?:for|about|with|named|called|containing|matching|mentioning|like)\s+/i,
        '',
      );
  // the words of what it was, without an amount ("the 45.90 expense" is found by its amount); an entry named by the invoice
  // it paid ("the payment for INV-0002") by that number, which its description holds
  const invoice = /\binv-?(\d{1,10})\b/i.exec(about ?? '')?.[1];
  // (a name said in quotation marks is searched without them: 'find the "Lunch with Lukas" expense')
  const said = invoice
    ? `INV-${invoice}`
    : about
        ?.replace(/[€$£]?\d[\d.,]*/g, ' ')
        .replace(/["“”]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
  if (!match && said && !period && !condition) args.query = said;
  // "the design tool subscription" for the entry "Design tool": what it was, with the kind of charge it is said after it
  const page = await searchEntries(turn, args);
  // "when did I last pay rent": the latest of them (the list is newest first)
  if (WHEN_LAST.test(t) && page.transactions.length > 0) {
    const x = page.transactions[0]!;
    return answer(
      `Your latest ${type ?? 'transaction'}${args.category ? ` in ${String(args.category)}` : ''} ([Transactions](/transactions)): ${x.date}, ${money(turn, x.amount)}${x.category ? ` ${x.category}` : ''}${x.description ? ` (${x.description})` : ''}.`,
    );
  }
  if (extreme && page.transactions.length > 0) {
    const smallest = /^(smallest|lowest|cheapest)$/.test(extreme);
    const sorted = [...page.transactions].sort((a, b) => (smallest ? 1 : -1) * compareMoney(a.amount, b.amount));
    const x = sorted[0]!;
    return answer(
      `Your ${smallest ? 'smallest' : 'largest'} ${type ?? 'transaction'}${period ? ` ${period.label}` : ''} ([Transactions](/transactions)): ${x.date}, ${money(turn, x.amount)}${x.category ? ` ${x.category}` : ''}${x.description ? ` (${x.description})` : ''}.`,
    );
  }
  const transactions = condition ? page.transactions.filter((x) => condition(x.amount)).slice(0, 10) : page.transactions;
  const total = condition ? page.transactions.filter((x) => condition(x.amount)).length : page.total;
  const what = `${type ?? 'transaction'}${type === 'income' ? ' entries' : 's'}`.replace('expenses', 'expenses');
  const scope = `${args.category ? ` in ${String(args.category)}` : ''}${period ? ` ${period.label}` : ''}`;
  if (total === 0) return answer(`There are no ${what}${scope}.`);
  const lines = transactions.map((x) => entryLine(turn, x));
  return answer(
    `${total} ${total === 1 ? what.replace(/s$/, '').replace(' entrie', ' entry') : what}${scope} ([Transactions](/transactions)):\n${lines.join('\n')}`,
  );
}

export function wantsCategoryList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (CATEGORISED.test(turn.folded)) return false;
  if (
    /\b(transactions?|entries|expenses in|how much)\b/.test(t) &&
    !/\b(list|show|what|which|name|give)(?: (?:me|the|my|all|every|each|of|transactions?|expenses?|incomes?))* categor/.test(t)
  )
    return false;
  return (
    (/\b(categor(y|ies|ys))\b/.test(t) &&
      /\b(which|what|list|show|give|all|every|each|my|have|got|use|used|exist|are there|is there|already|for|names?|called)\b/.test(t) &&
      !/\b(top|biggest|largest|smallest|where|spend the most|ranking|rank|by category|per category|breakdown|sort|sorted|highest|lowest|ate|eat)\b/.test(
        t,
      ) &&
      // (as typed: the corrector reads "least" as "last")
      !LEAST.test(turn.folded) &&
      // "which category came second in spending": a place in the ranking
      !PLACE.test(t) &&
      !(/\bmost\b/.test(t) && !/\b(used most|most used|use most|most often)\b/.test(t))) ||
    /^(my |the )?(expense|income|spending)? ?categor(y|ies|ys)[?.!]*$/.test(t) ||
    // "how do I usually label my income", "what labels do my expenses use"
    (/\b(label|labels|tag|tags|file|classify)\b/.test(t) &&
      /\b(income|expenses?|spending|transactions?|books)\b/.test(t) &&
      !AMOUNT_FILTER.test(t))
  );
}

export async function listCategories(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const income = /\b(income|incomes|earn|revenue|coming in|comes in|money in)\b/.test(t);
  const expense = /\b(expense|expenses|spend|spending|costs?|going out|money out)\b/.test(t);
  // "all the categories, income and expense": both
  const type = income && !expense ? 'income' : expense && !income ? 'expense' : undefined;
  const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', type ? { type } : {});
  if (categories.length === 0) return answer(`You have no ${type ? `${type} ` : ''}categories yet.`);
  return answer(`Your ${type ? `${type} ` : ''}categories, most used first: ${categories.map((c) => c.category).join(', ')}.`);
}
