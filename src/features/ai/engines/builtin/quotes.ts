import type { EngineAnswer } from '../types';
import { formatMoney } from '@/lib/money';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';

/** Quotes: which are open, drafting one (billing.ts reads its lines), converting one into an invoice. */

interface QuoteOut {
  id: string;
  quote_number: string;
  status: string;
  contact_name: string | null;
  valid_until: string;
  currency: string;
  total_amount: string;
  url: string;
}

const QUOTE_NUMBER_RE = /\b(?:quote|quo)[\s#-]*(?:no\.?|number)?\s*#?\s*([a-z]*-?\d{1,10})\b/i;

function quoteNumberIn(turn: Turn): string | undefined {
  const full = /\b(quo-\d{1,10})\b/i.exec(turn.text);
  if (full) return full[1]!.toUpperCase();
  const m = QUOTE_NUMBER_RE.exec(turn.text);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]!) ? m[1] : m[1]!.toUpperCase();
}

export function wantsConvertQuote(turn: Turn): boolean {
  const quote = turn.has('quote', 'quotes') || QUOTE_NUMBER_RE.test(turn.text);
  return (
    quote &&
    (turn.test(/\bconvert\b/) ||
      turn.test(/\b(turn|make|change)\b.*\b(into|to)?\s*(an )?invoice\b/) ||
      turn.test(/^(invoice|bill) (the |this |that )?quote\b/) ||
      /\bquo-?\d+\s+(an|into an|to an) invoice\b/i.test(turn.text))
  );
}

export async function convertQuote(turn: Turn): Promise<EngineAnswer> {
  const number = quoteNumberIn(turn);
  if (number) return propose(turn, 'convert_quote', { quote_number: number });
  // "convert the quote for sofia": the client's one open quote
  const who = await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    const { quotes } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { status: 'open', contact_id: who.contact.id, limit: 5 });
    if (quotes.length === 1) return propose(turn, 'convert_quote', { quote_number: quotes[0]!.quote_number });
    if (quotes.length > 1) return askBack(`Which quote do you mean: ${quotes.map((q) => link(q.quote_number, q.url)).join(', ')}?`);
    return askBack(`${link(who.contact.name, who.contact.url)} has no open quote to convert.`);
  }
  return askBack('Which quote should become an invoice? Name its number, for example "convert QUO-0002".');
}

export function wantsDraftQuote(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return /^(please |pls )?(draft|create|make|prepare|new|write)( an?| new)? quote\b/.test(t) || /^quote [a-z]+ /.test(t);
}

export function wantsQuoteList(turn: Turn): boolean {
  return turn.has('quote', 'quotes') || QUOTE_NUMBER_RE.test(turn.text);
}

export async function listQuotes(turn: Turn): Promise<EngineAnswer> {
  const args: Record<string, unknown> = { limit: 50 };
  let scope = 'open quotes';
  const statuses = ['draft', 'accepted', 'declined', 'expired', 'converted'] as const;
  const named = statuses.find((s) => turn.test(new RegExp(`\\b${s}\\b`)));
  if (named) {
    args.status = named;
    scope = `${named} quotes`;
  } else if (turn.test(/\b(all|every)\b/)) {
    scope = 'quotes';
  } else {
    args.status = 'open';
  }
  const number = quoteNumberIn(turn);
  if (number) {
    // one quote by its number
    const { quotes: all } = await turn.read<{ quotes: QuoteOut[] }>('list_quotes', { limit: 50 });
    const q = all.find((x) => x.quote_number === number || x.quote_number.endsWith(`-${number.padStart(4, '0')}`));
    if (!q) return askBack(`I can't find quote ${number}.`);
    return answer(
      `${link(q.quote_number, q.url)}${q.contact_name ? ` for ${q.contact_name}` : ''} is ${q.status}: total ${formatMoney(q.total_amount, q.currency, turn.req.user.locale)}, valid until ${q.valid_until}.`,
    );
  }
  const who = await turn.contactIn();
  if (who.ambiguous.length) return whichOne(who.ambiguous);
  if (who.contact) {
    args.contact_id = who.contact.id;
    scope += ` for ${link(who.contact.name, who.contact.url)}`;
  }
  const { total, quotes } = await turn.read<{ total: number; quotes: QuoteOut[] }>('list_quotes', args);
  if (total === 0) return answer(`You have no ${scope}.`);
  const lines = quotes
    .slice(0, 10)
    .map(
      (q) =>
        `- ${link(q.quote_number, q.url)}${q.contact_name ? ` (${q.contact_name})` : ''}: ${formatMoney(q.total_amount, q.currency, turn.req.user.locale)}, ${q.status}, valid until ${q.valid_until}`,
    );
  return answer(`You have ${total} ${total === 1 ? scope.replace('quotes', 'quote') : scope}:\n${lines.join('\n')}`);
}
