import { formatMoney } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { findDate, findPeriod } from './dates';
import { titleCase } from './mentions';
import { findAmounts, wordSimilarity, words } from './text';
import { answer, askBack, propose, type Turn } from './turn';

/** Money in and out: recording it, totals for a period, where it goes. */

const EXPENSE = /\b(spent|spend|spending|paid|pay|bought|buy|purchased|expense|cost|costs|charged|bill for)\b/;
const INCOME = /\b(received|receive|got|get|earned|earn|income|made|sold|deposit|deposited|got paid|was paid|came in|revenue)\b/;

function money(turn: Turn, value: string): string {
  return formatMoney(value, turn.req.user.currency, turn.req.user.locale);
}

export function wantsNewTransaction(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (/\b(how much|what did|what have|total|totals|how many)\b/.test(t) || turn.text.trim().endsWith('?')) return false;
  if (turn.has('invoice', 'invoices', 'inv') || /\binv-?\d/i.test(turn.text)) return false;
  // "top 5 expense categories", "show my last 3 expenses": a question about money, not a new entry
  if (/\b(top|categories|category|list|show|which|rank|biggest|largest)\b/.test(t)) return false;
  // "add new lead Ravi Shah, phone +91 …": a contact, whatever numbers it holds
  if (/\b(lead|contact|prospect|phone|email|mobile)\b/.test(t)) return false;
  const amounts = findAmounts(turn.text, turn.req.user.locale);
  // "we had a team lunch, 132,40 €": an amount in a currency after what was had
  const had = /\b(had|grabbed|ordered)\b/.test(t) && amounts.some((a) => a.currency);
  return amounts.length > 0 && (EXPENSE.test(t) || INCOME.test(t) || had || /^(record|log|add)\b/.test(t));
}

export async function newTransaction(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const amount = findAmounts(turn.text, turn.req.user.locale)[0]!;
  const type =
    /\b(paid me|pays me|sent me|transferred me|paid us|owed me)\b/.test(t) ||
    (INCOME.test(t) && !/\b(spent|bought|paid for|expense)\b/.test(t))
      ? 'income'
      : 'expense';
  const args: Record<string, unknown> = { type, amount: amount.value };
  const rest = turn.text.slice(0, amount.index) + ' ' + turn.text.slice(amount.end);
  const when = findDate(rest, new Date(), turn.req.user.time_zone, { forward: false });
  if (when) args.date = when.date;
  // what it was for: "on lunch", "for hosting", "from amara"
  const purpose = /\b(?:on|for)\s+(.+?)(?=\s+(?:yesterday|today|last|on \w+day|this|from|at)\b|[.,!]|$)/i.exec(rest)?.[1]?.trim();
  const source = /\bfrom\s+(.+?)(?=\s+(?:yesterday|today|last|for|on)\b|[.,!]|$)/i.exec(rest)?.[1]?.trim();
  const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', { type });
  const known = (text?: string) => {
    if (!text) return undefined;
    const typed = words(text);
    return categories.find((c) => words(c.category).some((cw) => typed.some((w) => wordSimilarity(w, cw) >= 0.85)))?.category;
  };
  // "add 300 to income under Client work", "expense: software, 19.00, …"
  const under = /\b(?:under|in the category|category:?|as)\s+([\p{L}][\p{L} &-]{1,40}?)\s*(?:category)?(?=[,.;!]|$)/iu
    .exec(rest)?.[1]
    ?.trim();
  const labelled = /^\s*(?:expense|income)\s*:\s*([\p{L}][\p{L} &-]{1,40}?)\s*,/iu.exec(turn.text)?.[1]?.trim();
  const category = known(under) ?? known(labelled) ?? known(purpose) ?? known(source) ?? (under ? titleCase(under) : undefined);
  if (category) args.category = category;
  const description = purpose ?? (source ? `From ${titleCase(source)}` : undefined);
  if (description) args.description = description[0]!.toUpperCase() + description.slice(1);
  if (!category && purpose && purpose.split(/\s+/).length <= 3) args.category = titleCase(purpose);
  return propose(turn, 'create_transaction', args);
}

// ---------------------------------------------------------------------------

export function wantsMoneyTotals(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    (/\b(how much|what did|what have|total|totals|sum)\b/.test(t) &&
      /\b(spend|spent|earn|earned|make|made|income|expense|expenses|revenue|net|profit|in and out|cash|money|cost|costs|went|go|gone)\b/.test(
        t,
      )) ||
    /^(income|expenses?|revenue|net|profit|cash flow|cashflow)\b/.test(t) ||
    /\b(my )?(profit|net income|cash flow)\b/.test(t) ||
    // "what's my net for this month", "income vs expenses", "money in, money out", "the difference between income and expenses"
    /\b(my|the) net\b|\bnet (for|this|last|in|so far)\b/.test(t) ||
    /\b(income|revenue|earnings)\s+(vs|versus|and|against|minus)\s+(expenses?|spending|costs)\b/.test(t) ||
    /\bmoney in\b.*\bmoney out\b/.test(t) ||
    /\bdifference between\b.*\b(income|expenses?)\b/.test(t)
  );
}

/** The category a text names, every word of it typed ("how much did software cost me", "spent on meals"). */
function categoryNamed(text: string, categories: { category: string }[]): string | undefined {
  const typed = words(text);
  return categories.find((c) => {
    const cw = words(c.category).filter((w) => w.length >= 3);
    return (
      cw.length > 0 && cw.every((w) => typed.some((x) => wordSimilarity(x, w) >= 0.85 || wordSimilarity(x.replace(/s$/, ''), w) >= 0.85))
    );
  })?.category;
}

export async function moneyTotals(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const period = findPeriod(turn.text, turn.req.user.today) ?? findPeriod('this month', turn.req.user.today)!;
  const args: Record<string, unknown> = { from: period.from, to: period.to };
  const on = /\bon\s+([a-z][\w &-]{1,40}?)(?=\s+(?:this|last|in|during|for|since)\b|[?.!]|$)/i.exec(turn.text)?.[1];
  // a category named anywhere ("how much did software cost me", "how much client work income")
  const both = /\b(vs|versus|against|minus|difference|net|profit|money in|in and out)\b/.test(t);
  if (!both) {
    const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', {});
    const typed = on ? words(on) : [];
    const match =
      categories.find((c) => words(c.category).some((cw) => typed.some((w) => wordSimilarity(w, cw) >= 0.85)))?.category ??
      categoryNamed(turn.text.replace(/\b(income|expenses?|revenue|spending)\b/gi, ' '), categories);
    if (match) args.category = match;
  }
  const totals = await turn.read<{ income: string; expense: string; net: string }>('money_totals', args);
  const where = args.category ? ` on ${args.category as string}` : '';
  const span = `${period.label} (${period.from} to ${period.to})`;
  if (both) {
    return answer(
      `${titleCase(period.label)} (${period.from} to ${period.to})${where}: income ${money(turn, totals.income)}, expenses ${money(turn, totals.expense)}, net ${money(turn, totals.net)}.`,
    );
  }
  if (/\b(spend|spent|expense|expenses|cost|costs|pay|paid|went|go|gone)\b/.test(t) && !/\b(net|profit)\b/.test(t)) {
    return answer(`You spent ${money(turn, totals.expense)}${where} ${span}.`);
  }
  if (/\b(earn|earned|make|made|income|revenue|receive|received)\b/.test(t) && !/\b(net|profit)\b/.test(t)) {
    return answer(`Your income${where} ${span} was ${money(turn, totals.income)}.`);
  }
  return answer(
    `${titleCase(period.label)} (${period.from} to ${period.to})${where}: income ${money(turn, totals.income)}, expenses ${money(turn, totals.expense)}, net ${money(turn, totals.net)}.`,
  );
}

// ---------------------------------------------------------------------------

export function wantsTopCategories(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /\b(categor(y|ies|ys)|where does my money go|where did my money go|where my money goes|where the money goes|what do i spend (the )?most on|biggest (expenses|costs)|spend the most)\b/.test(
      t,
    ) ||
    /\bwhere (is|does|did|has) (my|the|all the|all my) money (go|going|gone|went)\b/.test(t) ||
    /\b(largest|biggest|highest|main|top) (cost|costs|expense|expenses|spend|spending|outgoings?)\b/.test(t) ||
    /\beating (up )?(my|the|our) (budget|money|cash)\b/.test(t)
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
  const type = /\b(income|revenue|earn|brings in|bring in|comes in)\b/.test(t) ? 'income' : 'expense';
  const period = findPeriod(text, turn.req.user.today) ?? findPeriod('this year', turn.req.user.today)!;
  const { categories } = await turn.read<{ categories: { category: string; amount: string }[] }>('top_categories', {
    type,
    from: period.from,
    to: period.to,
    limit: 5,
  });
  if (categories.length === 0) return answer(`No ${type} with a category ${period.label}.`);
  const list = categories.map((c, i) => `${i + 1}. ${c.category}: ${money(turn, c.amount)}`).join('\n');
  return answer(`Top ${type} categories ${period.label} (${period.from} to ${period.to}):\n${list}`);
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

export function wantsTransactionList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    /\b(transactions?|bookings?|entries in my books|money movements|payments in and out)\b/.test(t) ||
    /\b(list|show|which|what)\b.*\b(expenses|incomes?|purchases)\b(?!.*\b(total|how much)\b)/.test(t) ||
    /\b(last|latest|recent)\s+(expenses|incomes?|purchases)\b/.test(t) ||
    // "what came in today?", "all income entries", "find the lunch with lukas expense", "what did I pay for the design tool?"
    /^what (came|went|has come|has gone) (in|out)\b/.test(t) ||
    /\b(income|expense|incoming|outgoing) (entries|items|lines)\b/.test(t) ||
    /\b(find|search|look up|look for)\b.*\b(expense|income|purchase|payment)\b/.test(t) ||
    /^what did (i|we) (pay|spend) (for|on)\b/.test(t)
  );
}

export async function listTransactions(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const type = /\b(income|incomes|earned|received|came in|come in)\b/.test(t)
    ? 'income'
    : /\b(expenses?|spent|spend|purchases|costs|went out|pay|paid)\b/.test(t)
      ? 'expense'
      : undefined;
  const period = findPeriod(turn.text, turn.req.user.today);
  const args: Record<string, unknown> = { limit: 10, ...(type ? { type } : {}), ...(period ? { from: period.from, to: period.to } : {}) };
  // a category named anywhere: every word of it typed ("the software transactions", "expenses for meals")
  const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', {});
  const typed = words(turn.text);
  const match = categories.find((c) => {
    const cw = words(c.category).filter((w) => w.length >= 3);
    return cw.length > 0 && cw.every((w) => typed.some((x) => wordSimilarity(x, w) >= 0.85));
  });
  if (match) args.category = match.category;
  // what it was: "the lunch with lukas expense", "what did I pay for the design tool"
  const about =
    /\b(?:find|search|look up|look for|pay for|paid for|spend on|spent on)\s+(?:the\s+|my\s+)?(.+?)(?:\s+(?:expense|income|purchase|payment|transaction))?\s*[?.!]*$/i.exec(
      turn.text,
    )?.[1];
  if (!match && about && !period) args.query = about;
  const { total, transactions } = await turn.read<{ total: number; transactions: TransactionOut[] }>('list_transactions', args);
  const what = `${type ?? 'transaction'}${type === 'income' ? ' entries' : 's'}`.replace('expenses', 'expenses');
  const scope = `${args.category ? ` in ${String(args.category)}` : ''}${period ? ` ${period.label}` : ''}`;
  if (total === 0) return answer(`There are no ${what}${scope}.`);
  const lines = transactions.map(
    (x) =>
      `- ${x.date}: ${x.type === 'income' ? '+' : '−'}${money(turn, x.amount)}${x.category ? ` ${x.category}` : ''}${x.description ? ` (${x.description})` : ''}`,
  );
  return answer(
    `${total} ${total === 1 ? what.replace(/s$/, '').replace(' entrie', ' entry') : what}${scope} ([Transactions](/transactions)):\n${lines.join('\n')}`,
  );
}

export function wantsCategoryList(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (/\b(transactions?|entries|expenses in|how much)\b/.test(t) && !/\b(list|show|what|which) (the |my |all )?categor/.test(t))
    return false;
  return (
    (/\b(categor(y|ies|ys))\b/.test(t) &&
      /\b(which|what|list|show|my|have|use|used|exist|are there|for)\b/.test(t) &&
      !/\b(top|biggest|largest|where|spend the most|ranking|rank|by category)\b/.test(t) &&
      !(/\bmost\b/.test(t) && !/\b(used most|most used|use most|most often)\b/.test(t))) ||
    /^(my |the )?(expense|income|spending)? ?categor(y|ies|ys)[?.!]*$/.test(t)
  );
}

export async function listCategories(turn: Turn): Promise<EngineAnswer> {
  const t = turn.w.join(' ');
  const type = /\b(income|incomes|earn|revenue|coming in|comes in|money in)\b/.test(t)
    ? 'income'
    : /\b(expense|expenses|spend|spending|costs?|going out|money out)\b/.test(t)
      ? 'expense'
      : undefined;
  const { categories } = await turn.read<{ categories: { category: string }[] }>('list_categories', type ? { type } : {});
  if (categories.length === 0) return answer(`You have no ${type ? `${type} ` : ''}categories yet.`);
  return answer(`Your ${type ? `${type} ` : ''}categories, most used first: ${categories.map((c) => c.category).join(', ')}.`);
}
