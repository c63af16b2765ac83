import type { EngineAnswer } from '../types';
import { words } from './text';
import { askBack, link, type Turn } from './turn';

/**
 * One document meant by its status alone ("what's on the unpaid invoice?", "convert the sent quote")
 * when several have that status: the engine asks which, naming them, before a feature's rule answers
 * about all of them or picks one (docs/decisions/0192-assistant-contacts-said-as-news.md).
 */

const INVOICE_STATUSES: Record<string, string> = {
  unpaid: 'unpaid',
  outstanding: 'unpaid',
  open: 'unpaid',
  overdue: 'overdue',
  late: 'overdue',
  sent: 'sent',
  draft: 'draft',
  paid: 'paid',
};
const QUOTE_STATUSES: Record<string, string> = { open: 'open', sent: 'sent', draft: 'draft', accepted: 'accepted', declined: 'declined' };

/** "the unpaid invoice", "that overdue invoice": one document, singular, by its status. */
const ONE_BY_STATUS =
  /\b(?:the|that|this|my|our)\s+(unpaid|outstanding|open|overdue|late|sent|draft|paid|accepted|declined)\s+(invoice|quote)\b(?!s)/;

function said(turn: Turn): { status: string; kind: 'invoice' | 'quote' } | undefined {
  // the words as typed: the vocabulary reads "sent" as "send"
  const t = words(turn.text).join(' ');
  // a number, a contact's document or a list question names no single one by status
  if (/\b(inv|quo)-?\d+\b|\b(invoice|quote) (number |no |#)?\d+\b/.test(t)) return undefined;
  const m = ONE_BY_STATUS.exec(t);
  if (!m) return undefined;
  const kind = m[2] as 'invoice' | 'quote';
  const status = (kind === 'invoice' ? INVOICE_STATUSES : QUOTE_STATUSES)[m[1]!];
  return status ? { status, kind } : undefined;
}

export function wantsDocumentByStatus(turn: Turn): boolean {
  return said(turn) !== undefined;
}

interface Document {
  invoice_number?: string;
  quote_number?: string;
  contact_name: string | null;
  url: string;
}

export async function whichDocument(turn: Turn): Promise<EngineAnswer | undefined> {
  const meant = said(turn);
  if (!meant) return undefined;
  // "the unpaid invoice for Amara": a contact named settles it, the feature reads it
  const who = await turn.contactIn();
  if (who.contact || who.ambiguous.length) return undefined;
  const tool = meant.kind === 'invoice' ? 'list_invoices' : 'list_quotes';
  const out = await turn.read<{ invoices?: Document[]; quotes?: Document[] }>(tool, { status: meant.status, limit: 6 });
  const documents = out.invoices ?? out.quotes ?? [];
  if (documents.length < 2) return undefined;
  const names = documents.map(
    (d) => `${link(d.invoice_number ?? d.quote_number ?? '', d.url)}${d.contact_name ? ` (${d.contact_name})` : ''}`,
  );
  return askBack(`Which one do you mean: ${names.join(', ')}?`);
}

/** "paid", "settled", "payment came in": a payment told of. */
const PAYMENT_TOLD = /\b(paid|pays|payed|settled|payment|transferred|wired)\b/;

/**
 * "the client paid in full today": the client meant by their status alone is one who owes, so the question is which
 * invoice was paid; with several unpaid, the engine asks, naming them (one alone is left to the payment rules).
 */
export async function whichInvoicePaid(turn: Turn): Promise<EngineAnswer | undefined> {
  if (!PAYMENT_TOLD.test(words(turn.text).join(' '))) return undefined;
  const { invoices } = await turn.read<{ invoices: Document[] }>('list_invoices', { status: 'unpaid', limit: 6 });
  if (invoices.length < 2) return undefined;
  const names = invoices.map((d) => `${link(d.invoice_number ?? '', d.url)}${d.contact_name ? ` (${d.contact_name})` : ''}`);
  return askBack(`Which invoice was paid: ${names.join(', ')}?`);
}

/** "the 25% deal", "the deal at 50 %": a deal meant by its stage's probability. */
const DEAL_BY_PROBABILITY = /\bthe\s+(\d{1,3})\s?%\s+(?:probability\s+|chance\s+)?deal\b|\bthe\s+deal\s+(?:at|on|with)\s+(\d{1,3})\s?%/i;

export function wantsDealByProbability(turn: Turn): boolean {
  return DEAL_BY_PROBABILITY.test(turn.text);
}

/** The deals in the stages of that probability: several make the engine ask which, naming them. */
export async function whichDeal(turn: Turn): Promise<EngineAnswer | undefined> {
  const m = DEAL_BY_PROBABILITY.exec(turn.text);
  if (!m) return undefined;
  const probability = Number(m[1] ?? m[2]);
  const { stages } = await turn.read<{ stages: { id: string; name: string; probability: number; kind: string }[] }>('list_deal_stages', {});
  const deals: { title: string; url: string; stage: string }[] = [];
  for (const stage of stages.filter((s) => s.kind === 'open' && Number(s.probability) === probability)) {
    const out = await turn.read<{ deals: { title: string; url: string }[] }>('list_deals', { stage_id: stage.id, limit: 6 });
    deals.push(...out.deals.map((d) => ({ ...d, stage: stage.name })));
  }
  if (deals.length < 2) return undefined;
  return askBack(`Which one do you mean: ${deals.map((d) => `${link(d.title, d.url)} (${d.stage})`).join(', ')}?`);
}
