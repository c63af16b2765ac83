import type { EngineAnswer } from '../types';
import { findAmounts } from './text';
import { answer, askBack, link, propose, type Turn } from './turn';

/**
 * Deals in the built-in engine: "show my deals", "what's in negotiation?",
 * "move the Acme deal to negotiation", "mark the Acme deal as lost because
 * of the price", "add a deal Acme website worth 5000". Moves and new deals
 * are proposed through the write tools and wait for confirmation.
 */

interface StageRow {
  id: string;
  name: string;
  kind: 'open' | 'won' | 'lost';
}
interface DealRow {
  id: string;
  title: string;
  value: string;
  currency: string;
  stage: string | null;
  url: string;
}

const MOVE = /\b(?:move|put|drag|push|advance|mark|set)\s+(?:the\s+)?(.+?)\s+deal\b(?:\s+(?:to|into|as|in)\s+(?:the\s+)?(.+))?$/;
const NEW_DEAL = /\b(?:new|add|create|open)\s+(?:a\s+)?deal\b\s*(?:called|named|for|:)?\s*(.*)$/;

export function wantsDealMove(turn: Turn): boolean {
  return MOVE.test(turn.folded.replace(/[?.!]+$/, ''));
}

export function wantsNewDeal(turn: Turn): boolean {
  return NEW_DEAL.test(turn.folded);
}

export function wantsDealList(turn: Turn): boolean {
  return /\b(deals|pipeline)\b/.test(turn.folded) && !wantsDealMove(turn) && !wantsNewDeal(turn);
}

function stageIn(stages: StageRow[], text: string): StageRow | undefined {
  const t = text.trim();
  return (
    stages.find((s) => t === s.name.toLowerCase()) ??
    stages.find((s) => t.startsWith(s.name.toLowerCase())) ??
    stages.find((s) => s.name.toLowerCase().startsWith(t.split(/\s+/)[0] ?? '\u0000'))
  );
}

export async function listDeals(turn: Turn): Promise<EngineAnswer> {
  const { stages } = await turn.read<{ stages: StageRow[] }>('list_deal_stages', {});
  const stage = stages.find((s) => new RegExp(`\\b${s.name.toLowerCase()}\\b`).test(turn.folded));
  const { deals, total } = await turn.read<{ deals: DealRow[]; total: number }>('list_deals', {
    limit: 20,
    ...(stage ? { stage_id: stage.id } : {}),
  });
  const scope = stage ? `in ${stage.name}` : 'in your pipeline';
  if (total === 0) return answer(`There are no deals ${scope}.`);
  const lines = deals.map((d) => `${link(d.title, d.url)} (${d.value} ${d.currency}${stage ? '' : `, ${d.stage}`})`);
  return answer(`${total} ${total === 1 ? 'deal' : 'deals'} ${scope}: ${lines.join(', ')}${total > deals.length ? ', …' : ''}.`);
}

export async function moveDeal(turn: Turn): Promise<EngineAnswer | undefined> {
  const m = MOVE.exec(turn.folded.replace(/[?.!]+$/, ''));
  if (!m) return undefined;
  const name = m[1]!.trim();
  const rest = (m[2] ?? '').trim();
  const { stages } = await turn.read<{ stages: StageRow[] }>('list_deal_stages', {});
  const [target, reasonText] = rest.split(/\s+(?:because(?: of)?|reason:?|as)\s+/);
  const stage = target ? stageIn(stages, target) : undefined;
  if (!stage) {
    return askBack(`Which stage should the ${name} deal go to? The stages are ${stages.map((s) => s.name).join(', ')}.`);
  }
  const { deals } = await turn.read<{ deals: DealRow[] }>('list_deals', { q: name, limit: 5 });
  if (deals.length === 0) return askBack(`I found no deal matching “${name}”.`);
  if (deals.length > 1) {
    return askBack(`Which deal do you mean: ${deals.map((d) => link(d.title, d.url)).join(', ')}?`);
  }
  const reason = reasonText?.trim();
  if (stage.kind === 'lost' && !reason) {
    return askBack(`Why was ${deals[0]!.title} lost? Say for example “move the ${name} deal to ${stage.name} because of the price”.`);
  }
  return propose(turn, 'move_deal', {
    deal_id: deals[0]!.id,
    stage_id: stage.id,
    ...(stage.kind === 'lost' && reason ? { lost_reason: reason } : {}),
  });
}

export async function newDeal(turn: Turn): Promise<EngineAnswer | undefined> {
  const at = turn.folded.search(/\bdeal\b/);
  if (at < 0) return undefined;
  const raw = turn.text.slice(at + 'deal'.length).trim();
  const amount = findAmounts(raw, turn.req.user.locale)[0];
  const quoted = /["“']([^"”']{2,200})["”']/.exec(raw)?.[1];
  const title = (
    quoted ??
    (amount ? raw.slice(0, amount.index) : raw)
      .replace(/^(?:called|named|for|:)\s*/i, '')
      .replace(/\s+(?:worth|for|of|at|valued at)\s*$/i, '')
      .replace(/[\s,;:.-]+$/, '')
  ).trim();
  if (!title) return askBack('What is the new deal called? Say for example “add a deal Acme website worth 5000”.');
  return propose(turn, 'create_deal', {
    title,
    ...(amount ? { value: amount.value } : {}),
    ...(amount?.currency ? { currency: amount.currency } : {}),
  });
}

/** "what are my pipeline stages?", "which stages do deals go through?". */
export function wantsStageList(turn: Turn): boolean {
  const t = turn.folded;
  return (
    (/\bstages\b/.test(t) || /\bstage (comes|after|before|order)\b/.test(t) || /^(list|show)( me)? the stage\b/.test(t)) &&
    !/\bdeals? (are |is )?(in|at)\b/.test(t) &&
    !wantsDealMove(turn) &&
    !/\b(move|put|set|change)\b/.test(t)
  );
}

export async function listStages(turn: Turn): Promise<EngineAnswer> {
  const { stages } = await turn.read<{ stages: (StageRow & { probability: number })[] }>('list_deal_stages', {});
  if (stages.length === 0) return answer('Your pipeline has no stages yet.');
  const lines = stages.map((s) => `${s.name} (${s.probability} %${s.kind === 'open' ? '' : `, ${s.kind}`})`);
  return answer(`Your pipeline stages, in order: ${lines.join(', ')}. See ${link('the pipeline', '/deals')}.`);
}

/** "move Nordwerk relaunch to won": a deal moved without the word "deal", when the target is one of the stages. */
const BARE_MOVE =
  /^(?:move|put|push|advance|drag|set)\s+(?:the\s+)?(.+?)\s+(?:to|into|as)\s+(?:the\s+)?([a-z][a-z ]{1,40}?)(?:\s+stage)?[.!]*$/;

export function wantsBareDealMove(turn: Turn): boolean {
  const m = BARE_MOVE.exec(turn.folded.trim());
  return Boolean(m) && !/\b(deal|task|todo)\b/.test(turn.folded) && !/\d|day|week|month|tomorrow|tonight|noon/.test(m![2]!);
}

export async function bareDealMove(turn: Turn): Promise<EngineAnswer | undefined> {
  const m = BARE_MOVE.exec(turn.folded.trim())!;
  const { stages } = await turn.read<{ stages: StageRow[] }>('list_deal_stages', {});
  const stage = stages.find((s) => s.name.toLowerCase() === m[2]!.trim());
  if (!stage || stage.kind === 'lost') return undefined;
  const { deals } = await turn.read<{ deals: DealRow[] }>('list_deals', { q: m[1]!.trim(), limit: 5 });
  if (deals.length !== 1) return undefined;
  return propose(turn, 'move_deal', { deal_id: deals[0]!.id, stage_id: stage.id });
}
