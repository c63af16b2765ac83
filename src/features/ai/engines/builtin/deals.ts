// Over 400 lines on purpose: moving, creating and listing deals share the title gazetteer and the stage reader.
import { compareMoney, formatMoney, formatUnits, toUnits } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { findDate, findPeriod } from './dates';
import { type AmountMatch, editDistance, findAmounts, fold, isLexiconWord, words, wordSimilarity } from './text';
import { answer, askBack, link, propose, type Turn, whichOne } from './turn';
// values said in words are read by the one reader of spelled amounts
import { spelledAmounts } from './money';

/**
 * Deals in the built-in engine: "show my deals", "what's in negotiation?",
 * "where is the Casa Marquez deal at?", "move the Acme deal to negotiation",
 * "we lost the Fernhill deal, they went with another vendor", "Whitfield
 * online shop -> qualified", "add a deal: Brightleaf campaign, 6k, with Amara".
 *
 * Deals are found by their title through a small gazetteer (the workspace's
 * deals, at most 50, words matched with typos allowed), so a deal is named the
 * way people name it ("the Osei office drawings", "the Whitfield shop deal",
 * "phase two"). The target stage is read from its name or from what people say
 * ("we won", "signed", "said yes", "went with someone else"). Moves and new
 * deals are proposed through the write tools and wait for confirmation.
 */

interface StageRow {
  id: string;
  name: string;
  kind: 'open' | 'won' | 'lost';
  probability?: number;
}
interface DealRow {
  id: string;
  title: string;
  value: string;
  currency: string;
  stage: string | null;
  stage_id: string;
  contact_id: string | null;
  expected_close_date?: string | null;
  url: string;
}

/**
 * The pipeline's own words typed with a typo the shared reader leaves alone (`fixWordTypos`, routing.ts, reads a letter
 * left out or two swapped in every domain's words, "stges", "wiht", "frist", "tehre"): a vowel typed for another in
 * "deal" ("deel"), and one letter off, added or changed in a long word, two in a word of seven letters or more
 * ("stagse", "fowrad"); same first letter, and no word of its own.
 */
const PIPELINE_WORDS = ['deals', 'stage', 'stages', 'first', 'forward', 'there'];
export function fixPipelineTypos(folded: string): string {
  return folded.replace(/\b\p{L}{4,8}\b/gu, (w) => {
    if (PIPELINE_WORDS.includes(w) || isWord(w)) return w;
    if (/^de[eiou]ls?$/.test(w)) return w.endsWith('s') ? 'deals' : 'deal';
    return (
      PIPELINE_WORDS.find((k) => k[0] === w[0] && Math.abs(k.length - w.length) <= 1 && editDistance(w, k, 2) <= (k.length >= 7 ? 2 : 1)) ??
      w
    );
  });
}

const isWord = isLexiconWord;

/** The default stage names; a workspace's own names are read from the tool when it runs. */
const STAGE_NAMES = /\b(lead|qualified|proposal|negotiation|negotiating|won|lost)\b/;
/** What people say for a won or a lost deal. */
const WON_WORDS =
  /\b(won(?!['’]t)|signed|closed it|closed the deal|closed(?! lost)|closed won|said yes|agreed|landed|bagged|got the (?:job|contract|deal|project|work)|is a go|went ahead|confirmed|accepted|approved|gave us the go ?ahead|green ?light|greenlit|we got it|it.?s ours|booked it)\b/;
const LOST_WORDS =
  /\b(lost|lose|closed lost|fell through|is dead|died|said no|turned (?:us |it |me )?down|went with|chose (?:another|someone)|picked (?:another|someone)|passed on it|pulled out|backed out|dropped out|walked away|cancell?ed|declined|rejected|not going ahead|(?:didn.?t|did not|won.?t|will not) go ahead|no longer interested|lost interest|went (?:cold|quiet|silent|dark)|ghosted us)\b/;
/** What people say for the open stages they name by what happened: "sent them the proposal", "we're haggling over the price". */
const PROPOSAL_WORDS = /\b(sent (?:[a-z]+ )?(?:the |a |our )?(?:proposal|offer|pitch)|proposal (?:is )?(?:out|sent))\b/;
const NEGOTIATION_WORDS =
  /\b(haggling|discussing (?:the )?(?:price|terms|contract)|talking (?:price|terms|money)|in talks|working out (?:the )?terms)\b/;
const DEAL_WORDS = /\b(deals?|opportunit(?:y|ies)|pipeline|sales?)\b/;
const OTHER_RECORDS =
  /\b(tasks?|todos?|invoices?|inv|quotes?|quo|quotations?|estimates?|timer|contacts?|notes?|payments?|expenses?|transactions?)\b/;
const DOCUMENTS = /\b(tasks?|todos?|invoices?|inv|quotes?|quo|quotations?|estimates?|timer|payments?|expenses?|transactions?)\b/;
const QUESTION =
  /^(what|whats|which|where|wheres|how|hows|is|are|was|were|did|do|does|any|show|list|who|whos|when|tell me|give me)\b|\?\s*$/;
/** Words between the verb and "deal" that say something about it ("add a 3k deal", "log a new $5,000 opportunity"). */
const DEAL_NOUN = String.raw`(?:deal|opportunity|sale)`;
const CREATING = new RegExp(
  [
    String.raw`\b(?:add|create|open|log|track|register|start|enter|put|record|make)\s+(?:me\s+)?(?:a|an|one|another)?\s*(?:new\s+)?(?:(?!(?:to|on|for|the|about|with|in|into|from|of)\b)[\w$€£.,-]+\s+){0,2}?${DEAL_NOUN}\b`,
    String.raw`\bnew ${DEAL_NOUN}\b`,
    // "Priya is keen on a second data project, log it as a deal worth 8k"
    String.raw`\b(?:log|add|put|enter|track|record|save|create|open)\s+(?:it|that|this)\s+(?:in\s+)?(?:as|for)\s+(?:a|an)\s+(?:new\s+)?${DEAL_NOUN}\b`,
    String.raw`\bto the (?:deals? board|pipeline|sales board)\b`,
    String.raw`\bhave a new ${DEAL_NOUN}\b`,
    // "there's a 12k deal coming with Harborline", "we've got a new opportunity with Kenji"
    String.raw`\b(?:got|there.?s|there is)\s+(?:a|an)\s+(?:new\s+)?(?:(?!(?:to|on|for|the|about|with|in|into|from|of)\b)[\w$€£.,]+\s+){0,2}?${DEAL_NOUN}\b`,
    // "put "Kaze music video" in the pipeline", "stick the Beacon audit on the board"
    String.raw`\b(?:add|put|stick|enter|log|track|drop|pop)\b(?=.*\b(?:in|into|on|onto|to) the (?:deals? board|pipeline|sales board)\b)`,
    // "a potential project for Kenji", "new job from Beacon worth 2k", "a lead worth 5k"
    String.raw`(?<!\b(?:invoices?|quotes?|estimates?|bill|tasks?|reminder|remind|notes?)\b.*)\b(?:(?:potential|possible|prospective|likely)\s+(?:client\s+)?(?:project|job|gig|contract|piece of work)|new\s+(?:client\s+)?(?:project|gig))\b(?!.*\b(?:invoices?|quotes?|estimates?|tasks?|reminder|notes?)\b)`,
    String.raw`\blead (?:worth|valued at)\b`,
    // "Sofia wants a booking system, probably worth 4k": something wanted, with a value
    String.raw`(?<!\b(?:invoices?|quotes?|estimates?|bill|credit|payments?|refund|tasks?|reminder)\b.*)\b(?:wants?|needs?|might want|asked (?:for|about)|interested in)\b(?!.*\b(?:invoices?|quotes?|estimates?|bill|credit|payments?|refund|tasks?|reminder)\b)(?=.*\b(?:worth|valued at|budget of|budget is)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+)?[$€£]?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|a hundred))`,
    // "deal: Whitfield wholesale, 10k", "pipeline: Novák website, 1,900", "new opportunity - …"
    String.raw`^(?:new\s+)?(?:deal|opportunity|pipeline|sale)\s*(?::|\s[-–—]\s)`,
    // "deal "Kaze web series" 22,000 in proposal": the word, then the new deal's quoted title
    String.raw`^(?:new\s+)?(?:deal|opportunity)\s+(?=["“])`,
    // "deal for Acme - "Acme intranet" - 4,400", "deal with daniel kim, "API support", 2,400", "deal for daniel kim "Dashboards" 10k":
    // the client, then the quoted title
    String.raw`^(?:new\s+)?(?:deal|opportunity)\s+(?=(?:for|with)\s+[^"“,;:]{2,40}?(?:[,;:]|\s[-–—]\s|\s)\s*["“])`,
  ].join('|'),
);
/** Where a new deal goes, said with it: "in the pipeline", "on the deals board". */
const ON_THE_BOARD = /\b(?:in|into|on|onto|to) the (?:deals? board|pipeline|sales board)\b/gi;
const MOVE_VERB = /\b(move|moved|put|drag|push|pushed|advance|mark|set|change|bump|shift|send|sent)\b/;

/** Words that name no deal: verbs of moving, stage words, articles. */
const NOT_TITLE = new Set(
  (
    'the a an our my your this that it its to into in at as is was be been now back from for of on with and or but so then ' +
    'deal deals opportunity opportunities sale sales pipeline stage stages column board move moved put drag push pushed advance ' +
    'mark set change bump shift send we i they he she us them you please can could would just finally officially ' +
    'won win signed lost lose said yes no agreed landed closed went ahead dead fell through chose picked another vendor ' +
    'lead qualified proposal negotiation negotiating status value worth where which what how much many is are ' +
    'show list give tell find me any all have has do did does with good news great'
  ).split(/\s+/),
);

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** The words of a text that could name a deal ("phase two" reads as "phase 2"). */
function titleWords(text: string): string[] {
  return words(text)
    .map((w) => NUMBER_WORDS[w] ?? w)
    .filter((w) => !NOT_TITLE.has(w));
}

/** A typed word is a title's word: exactly, or with a typo when both are long enough to tell ("shop" is not "show"). */
function same(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (/\d/.test(known) || typed.length < 5 || known.length < 5) return false;
  return wordSimilarity(typed, known) >= 0.85;
}

/** How well `typed` names `title`: the title's words typed (typos allowed), and how much of the title that covers. */
export function titleScore(typed: string[], title: string): { hits: number; coverage: number } {
  const known = words(title).filter((w) => w.length >= 2 || /\d/.test(w));
  const hits = known.filter((k) => typed.some((t) => same(t, k))).length;
  return { hits, coverage: known.length ? hits / known.length : 0 };
}

/** The deal a text names by its title: one, several equally good, or none. */
export function pickDeal<T extends { title: string }>(deals: T[], text: string): { deal?: T; ambiguous: T[] } {
  const typed = titleWords(text);
  if (typed.length === 0) return { ambiguous: [] };
  const scored = deals
    .map((deal) => ({ deal, ...titleScore(typed, deal.title) }))
    // one distinctive word is enough ("the osei deal"); a number alone is not
    .filter((s) => s.hits > 0 && words(s.deal.title).some((w) => !/^\d+$/.test(w) && typed.some((t) => same(t, w))));
  if (scored.length === 0) return { ambiguous: [] };
  scored.sort((a, b) => b.hits - a.hits || b.coverage - a.coverage);
  const best = scored[0]!;
  const tied = scored.filter((s) => s.hits === best.hits);
  if (tied.length === 1) return { deal: best.deal, ambiguous: [] };
  // "nordwerk relaunch" names "Nordwerk relaunch" rather than "Nordwerk relaunch phase 2"; one shared word names neither
  const closest = tied.filter((s) => s.coverage === best.coverage);
  if (best.hits >= 2 && closest.length === 1) return { deal: best.deal, ambiguous: [] };
  return { ambiguous: tied.map((s) => s.deal) };
}

async function allDeals(turn: Turn): Promise<DealRow[]> {
  return (await turn.read<{ deals: DealRow[] }>('list_deals', { limit: 50 })).deals;
}

async function allStages(turn: Turn): Promise<StageRow[]> {
  return (await turn.read<{ stages: StageRow[] }>('list_deal_stages', {})).stages;
}

interface StageMention {
  stage: StageRow;
  index: number;
  end: number;
  /** Named after "to", "into", "as", "->", ":" or "is": the stage a deal goes to. */
  target: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stage's name typed with a typo ("negotiaton", "qualifed"): one word of five letters or more, one or two letters off. */
function typedStage(stages: StageRow[], folded: string): { stage: StageRow; index: number; end: number }[] {
  const found: { stage: StageRow; index: number; end: number }[] = [];
  for (const m of folded.matchAll(/\p{L}{5,}/gu)) {
    const stage = stages.find(
      (s) => !/\s/.test(s.name) && fold(s.name) !== m[0] && fold(s.name).length >= 5 && wordSimilarity(m[0], fold(s.name)) >= 0.85,
    );
    if (stage) found.push({ stage, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return found;
}

/** The default stages' names with a typo, for the routing (the workspace's own names are read when it runs). */
const typedDefaultStage = (folded: string) =>
  typedStage(
    ['lead', 'qualified', 'proposal', 'negotiation'].map((name) => ({ id: name, name, kind: 'open' as const })),
    folded,
  ).length > 0;

/** "the next stage", "one stage back", "forward a step": a move relative to where the deal is. */
const NEXT_STAGE =
  /\b(?:next|following) (?:stage|step|column)\b|\b(?:one|a) (?:stage|step|column) (?:forward|further|ahead|on|up)\b|\b(?:forward|ahead|along|on|up|further) (?:one|a) (?:stage|step|column)\b|(?<!\b(?:back|backwards?|down)\b.*)\bby (?:one|a|1) (?:stage|step|column)\b/;
const PREVIOUS_STAGE =
  /\b(?:previous|prior|last|earlier) (?:stage|step|column)\b|\b(?:one|a) (?:stage|step|column) (?:back|backwards?|down|earlier)\b|\b(?:back|backwards?|down) (?:by )?(?:one|a|1) (?:stage|step|column)\b/;

/** The stage before or after the deal's own, in the pipeline's order (the lost stage is never "next"). */
export function relativeStage(stages: StageRow[], current: string, folded: string): StageRow | undefined {
  const step = NEXT_STAGE.test(folded) ? 1 : PREVIOUS_STAGE.test(folded) ? -1 : 0;
  if (step === 0) return undefined;
  const at = stages.findIndex((s) => s.id === current);
  if (at < 0) return undefined;
  const to = stages[at + step];
  return to && !(step > 0 && to.kind === 'lost') ? to : undefined;
}

/** The words right before a stage that make it the one a deal goes to: "to", "into", "is", "->", "has reached". */
const TARGET_BEFORE = /(?:\bto|\binto|\bas|\bis|\bnow|->|=>|→|:|\s-|\bstage|\bin|\breached|\bhit|\bentered)\s*(?:the\s+)?(?:stage\s+)?$/;

/** The stages a (folded) text names, by name or by what people say for won and lost. */
export function stageMentions(stages: StageRow[], folded: string): StageMention[] {
  const found: StageMention[] = [];
  const add = (stage: StageRow | undefined, re: RegExp, happened = false) => {
    if (!stage) return;
    for (const m of folded.matchAll(new RegExp(re.source, 'g'))) {
      const index = m.index ?? 0;
      const before = folded.slice(Math.max(0, index - 14), index);
      // what happened ("sent them the proposal") names the stage a deal goes to
      const target = happened || TARGET_BEFORE.test(before);
      found.push({ stage, index, end: index + m[0].length, target });
    }
  };
  for (const s of stages) add(s, new RegExp(`\\b${escape(fold(s.name))}\\b(?!['’]t)`));
  add(
    stages.find((s) => s.kind === 'won'),
    WON_WORDS,
  );
  add(
    stages.find((s) => s.kind === 'lost'),
    LOST_WORDS,
  );
  add(
    stages.find((s) => /^negotiat/i.test(s.name)),
    /\bnegotiating\b/,
  );
  add(
    stages.find((s) => /^proposal/i.test(s.name)),
    PROPOSAL_WORDS,
    true,
  );
  // "qualify the deal": the stage named by its verb
  add(
    stages.find((s) => /^qualif/i.test(s.name)),
    /\bqualify\b/,
    true,
  );
  add(
    stages.find((s) => /^negotiat/i.test(s.name)),
    NEGOTIATION_WORDS,
    true,
  );
  for (const typo of typedStage(stages, folded)) {
    const before = folded.slice(Math.max(0, typo.index - 14), typo.index);
    const target = TARGET_BEFORE.test(before);
    found.push({ ...typo, target });
  }
  // one place, one stage ("won" is the stage's name and a word for winning)
  const kept: StageMention[] = [];
  for (const m of found.sort((a, b) => a.index - b.index)) if (!kept.some((k) => m.index >= k.index && m.index < k.end)) kept.push(m);
  return kept;
}

/** The stage a deal goes to: the one named after "to/into/as/is", else the last one named. */
function targetStage(mentions: StageMention[]): StageMention | undefined {
  return mentions.filter((m) => m.target).at(-1) ?? mentions.at(-1);
}

/** Why a deal was lost, when the request says it: after the stage ("lost, budget cut", "lost because of the price") or around it. */
export function lostReason(text: string, at: { index: number; end: number }): string | undefined {
  const clean = (s: string) =>
    s
      .replace(/^[\s,;:.!—–-]+/, '')
      .replace(/^(?:(?:because(?: of)?|due to|since|as|reason(?: was| is)?|for|cause|bc)\s+|reason\s*:\s*)/i, '')
      .replace(/[\s.!]+$/, '')
      .replace(/^["“‘']+|["”’']+$/g, '')
      .trim();
  const after = text.slice(at.end);
  // "we lost the Fernhill deal, they went with …": the reason follows the first separator after the stage
  const separator = /(?:[,;:—–]|\s-\s|\bbecause\b|\bdue to\b|\bsince\b|\bas they\b|\breason\b)/i.exec(after);
  const reason = separator ? clean(after.slice(separator.index)) : '';
  if (reason && words(reason).length >= 1 && !STAGE_NAMES.test(fold(reason))) return reason;
  // "they went with a cheaper studio, so the osei deal is lost": a clause of its own that says why
  const clause = text
    .split(/[,;.!—–]|\s-\s|\bso\b/)
    .map((c) => c.trim())
    .find(
      (c) =>
        /\b(because|went with|chose|picked|budget|price|cheaper|expensive|too (?:high|much|late)|no longer|cancel|said no|turned (?:us |it |me )?down|declined|not interested|backed out|pulled out|walked away|went (?:quiet|silent|cold|dark)|ghosted|stopped (?:replying|responding|answering)|never (?:replied|got back|answered))/i.test(
          c,
        ) && !STAGE_NAMES.test(fold(c).replace(/\bwent with\b/, '')),
    );
  return clause ? clean(clause) : undefined;
}

// ---------------------------------------------------------------------------
// Moving a deal

/**
 * A move: a stage named (or "won", "lost", "signed", "said yes") with a verb of moving,
 * the word deal, an arrow or a colon, in a statement rather than a question. Whether
 * a deal is really named is checked when it runs (it falls through when none is).
 */
export function wantsDealMove(turn: Turn): boolean {
  const t = fixPipelineTypos(turn.folded.replace(/[.!]+$/, '').trim());
  if (asksQuestion(turn) || CREATING.test(t) || OTHER_RECORDS.test(t)) return false;
  // "deals in qualified - total value": the deals of a stage, asked about, never moved
  if (/^(?:the |my |our |all )?(?:open )?deals (?:in|at)\b/.test(t)) return false;
  // "delete the relaunch proposal follow-up, lukas already signed": a deletion, whatever the reason says (deals are never deleted)
  if (/^(?:delete|remove|erase|trash|bin|get rid of|scrap|ditch)\b/.test(t)) return false;
  // "make grace whitfield a customer, she signed today": a contact's status, whatever happened
  if (/\b(?:make|mark|set|change|turn)\b.*\b(?:as(?: an?)?|an?|to|into)\s+(?:customer|client|active|inactive|prospect)\b/.test(t))
    return false;
  const relative = NEXT_STAGE.test(t) || PREVIOUS_STAGE.test(t);
  // "fernhill deal - value and stage": the word "stage" alone, with no verb of moving, asks where a deal is
  if (/\bstage\b/.test(t) && !relative && !MOVE_VERB.test(t) && !hasStageName(t)) return false;
  const hasStage = hasStageName(t) || /\bstage\b/.test(t) || relative;
  // "move the Casa Marquez deal": a move with no stage said asks which stage (not a question about the deal)
  if (!hasStage)
    return /^(?:move|drag|push|shift|advance|bump)\b/.test(t) && /\bdeal\b/.test(t) && !/\b(?:to|until|till|into|on|by)\b/.test(t);
  // "mark jane as lead" is a contact's status: "lead" is a stage only when the pipeline is meant
  const onlyLead = /\blead\b/.test(t) && !/\b(qualified|proposal|negotiation|negotiating|won|lost)\b/.test(t);
  // "put fernhill data platform back in lead" goes back along the pipeline (a deal is checked when it runs)
  const backTo = /\bback (?:in|into|to)\s+(?:the\s+)?lead\b/.test(t);
  if (onlyLead && !DEAL_WORDS.test(t) && !/\bstage\b/.test(t) && !backTo) return false;
  // "deals in qualified" lists; a move needs a verb of moving, an arrow or colon, or what happened ("we won", "is lost")
  return (
    MOVE_VERB.test(t) ||
    // "drop the nordwerk relaunch back to lead", "bring it back into qualified"
    (/\bback (?:in|into|to)\b/.test(t) && /^(?:drop|bring|take|knock|send|return)\b/.test(t)) ||
    /->|=>|→|:|\s-\s/.test(t) ||
    // "should be in negotiation now", "moves on to the next stage", "goes back to qualified", "should sit in proposal"
    /\b(?:be|go|goes|went|gone|moves?|moving|progress\w*|advance\w*|heads?|headed|sit|sits|belongs?)\s+(?:now\s+)?(?:on\s+|back\s+|forward\s+)?(?:in|into|to|at|on)\b/.test(
      t,
    ) ||
    // "Fernhill data platform has reached negotiation", "the osei deal hit proposal": the stage it got to
    /\b(?:reached|reaches|hit|hits|entered|enters|got to|made it to)\s+(?:the\s+)?(?:stage\s+)?(?:lead|qualified|proposal|negotiation)\b/.test(
      t,
    ) ||
    // "Osei office drawings back to proposal please": the deal, then back to a stage
    /\bback (?:in|into|to)\s+(?:the\s+)?(?:lead|qualified|proposal|negotiation)\b/.test(t) ||
    (relative && DEAL_WORDS.test(t)) ||
    // "we've won the casa marquez website", "Priya has signed"
    /^(?:we|i|they|she|he|[a-z]+)(?:\s*'ve|\s*'s| have| has)\s+(?:just\s+|finally\s+)?(won|lost|signed)\b/.test(t) ||
    /\b(is|are|was|got|has been|now)\s+(?:now\s+)?(won|lost|in|at)\b/.test(t) ||
    // "the whitfield online shop is qualified now" (a deal is checked when it runs)
    /\b(is|are|was|has been|got)\s+(?:now\s+)?(?:officially\s+)?(qualified|negotiating)\b/.test(t) ||
    /^(we|i|they|she|he|[a-z]+)\s+(?:just\s+|finally\s+)?(won|lost|signed)\b/.test(t) ||
    PROPOSAL_WORDS.test(t) ||
    NEGOTIATION_WORDS.test(t) ||
    WON_WORDS.test(t.replace(/\bwon\b/g, '')) ||
    LOST_WORDS.test(t.replace(/\blost\b/g, ''))
  );
}

/** Whether a stage is named (by name, by what happened, or with a typo), not only the word "stage". */
function hasStageName(t: string): boolean {
  return (
    STAGE_NAMES.test(t) ||
    WON_WORDS.test(t) ||
    LOST_WORDS.test(t) ||
    PROPOSAL_WORDS.test(t) ||
    NEGOTIATION_WORDS.test(t) ||
    /\bqualify\b/.test(t) ||
    typedDefaultStage(t)
  );
}

/**
 * A question, as typed: "which stage means a deal is lost" stays a question even when the
 * normalising step reads "<x> deal is <stage>" as a move.
 */
function asksQuestion(turn: Turn): boolean {
  return QUESTION.test(turn.folded.trim()) || QUESTION.test(fold(turn.req.query ?? '').trim());
}

/** Kept for the router: a bare move ("move Nordwerk relaunch to won") is a move like any other. */
export function wantsBareDealMove(): boolean {
  return false;
}

export async function bareDealMove(turn: Turn): Promise<EngineAnswer | undefined> {
  return moveDeal(turn);
}

export async function moveDeal(turn: Turn): Promise<EngineAnswer | undefined> {
  const text = fixPipelineTypos(turn.folded.replace(/[?.!]+$/, ''));
  const stages = await allStages(turn);
  const mentions = stageMentions(stages, text);
  const target = targetStage(mentions);
  // the deal's name is what is left once the stage words are out
  let named = text;
  for (const m of [...mentions].reverse()) named = `${named.slice(0, m.index)} ${named.slice(m.end)}`;
  // the reason is read from the first way the loss was said ("we lost …, they went with …")
  const firstLost = target?.stage.kind === 'lost' ? mentions.find((m) => m.stage.id === target.stage.id) : undefined;
  const reasonStart = firstLost ? lostReason(turn.text, firstLost) : undefined;
  if (reasonStart) named = named.replace(fold(reasonStart), ' ');
  const deals = await allDeals(turn);
  const picked = pickDeal(deals, named);
  const hasDealWord = DEAL_WORDS.test(text);
  if (picked.ambiguous.length > 1)
    return askBack(`Which deal do you mean: ${picked.ambiguous.map((d) => link(d.title, d.url)).join(', ')}?`);
  let deal = picked.deal;
  if (!deal && hasDealWord) {
    // "the Sofia deal": the one open deal of that contact
    const who = await turn.contactIn(named);
    if (who.ambiguous.length) return whichOne(who.ambiguous);
    const theirs = who.contact ? deals.filter((d) => d.contact_id === who.contact!.id) : [];
    if (theirs.length > 1) return askBack(`Which deal do you mean: ${theirs.map((d) => link(d.title, d.url)).join(', ')}?`);
    deal = theirs[0];
  }
  // "move the qualified deal to proposal": the deal named by the stage it is in
  const from = mentions.find((m) => m !== target && m.stage.id !== target?.stage.id);
  if (!deal && from && hasDealWord) {
    const there = deals.filter((d) => d.stage_id === from.stage.id);
    if (there.length > 1) return askBack(`Which deal do you mean: ${there.map((d) => link(d.title, d.url)).join(', ')}?`);
    deal = there[0];
  }
  if (!deal) {
    if (!hasDealWord) return undefined;
    const name = /(?:the\s+)?(.+?)\s+deal\b/
      .exec(named.trim())?.[1]
      ?.replace(/^(?:\w+\s+)*?(?:move|put|push|mark|set|change|advance|drag)\s+(?:the\s+)?/, '');
    return askBack(`I found no deal matching “${(name ?? named).trim()}”. Say “show my deals” to see them.`);
  }
  // without the word "deal", a stage said inside a name ("mark follow up on the relaunch proposal as in progress") is no target
  if (!hasDealWord && target && !target.target && target.stage.kind === 'open') return undefined;
  const relative = target ? undefined : relativeStage(stages, deal.stage_id, text);
  if (!target && !relative) {
    return askBack(`Which stage should ${deal.title} go to? The stages are ${stages.map((s) => s.name).join(', ')}.`);
  }
  const stage = relative ?? target!.stage;
  if (stage.kind === 'lost' && !reasonStart) {
    return askBack(`Why was ${deal.title} lost? Say for example “move the ${deal.title} deal to ${stage.name} because of the price”.`);
  }
  return propose(turn, 'move_deal', {
    deal_id: deal.id,
    stage_id: stage.id,
    ...(stage.kind === 'lost' && reasonStart ? { lost_reason: reasonStart } : {}),
  });
}

// ---------------------------------------------------------------------------
// A new deal

export function wantsNewDeal(turn: Turn): boolean {
  const t = fixPipelineTypos(turn.folded);
  if (CREATING.test(t) && !/^(what|which|how|show|list|any|do|does|did|is|are|was|were|can i|should i)\b/.test(t)) return true;
  // "add another: Nordwerk training programme, 5,400" right after a list of deals, "does kenji have any deals? add one for him"
  const last = turn.req.history?.at(-1);
  return (
    /^(?:add|create|log|open|put)\s+(?:(?:one\s+)?(?:more|another)|a\s+new\s+one|one)\b/.test(t) &&
    Boolean(last && (/\(\/deals\/[0-9a-f-]+\)/.test(last.response) || /\bdeals?\b/.test(fold(last.query))))
  );
}

/** "for Sam to own", "owned by Olivia", "owner: Sam", "Sam owns it": the member who owns a new deal (checked against the team). */
const OWNER =
  /\s*,?\s*(?:\bfor\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s+to\s+(?:own|run|handle|lead|manage|look after)\b|\bowned\s+by\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)|\bowner\s*(?::|=|is)?\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)|\b([\p{L}][\p{L}'’.-]*)\s+(?:owns|will own|should own|is the owner)\b(?:\s+(?:it|this|that))?)/iu;

interface MemberRow {
  user_id: string;
  name: string;
  you: boolean;
}

/** The member a new deal's words name as its owner, and the words that said it. */
async function ownerIn(turn: Turn, text: string): Promise<{ id: string; said: string } | undefined> {
  const m = OWNER.exec(text);
  const name = m ? (m[1] ?? m[2] ?? m[3] ?? m[4])! : undefined;
  if (!m || !name) return undefined;
  const { members } = await turn.read<{ members: MemberRow[] }>('list_members', {});
  const typed = words(name).filter((w) => !['the', 'a', 'it'].includes(w));
  if (/^(?:me|myself|i)$/i.test(name.trim())) {
    const me = members.find((x) => x.you);
    return me ? { id: me.user_id, said: m[0] } : undefined;
  }
  const found = members.filter((x) => typed.length > 0 && typed.every((w) => words(x.name).some((n) => wordSimilarity(w, n) >= 0.85)));
  return found.length === 1 ? { id: found[0]!.user_id, said: m[0] } : undefined;
}

const AMOUNT_CONTEXT = /(?:phase|part|round|step|version|v|no\.?|number|#)\s*$/i;

/** The deal's value: an amount with a currency or "k" first, then one not part of a name ("phase 2"). */
function dealAmount(text: string, locale: string): AmountMatch | undefined {
  const all = findAmounts(text, locale).filter((a) => !AMOUNT_CONTEXT.test(text.slice(0, a.index)));
  return (
    all.find((a) => a.currency || /k$/i.test(a.text) || /[$€£¥]/.test(a.text)) ?? all.find((a) => /\d{3,}|\d[.,]\d/.test(a.text)) ?? all[0]
  );
}

const SEGMENT = /\s*(?:[,;:]|\s[-–—]\s|\s\+\s)\s*/;

export async function newDeal(turn: Turn): Promise<EngineAnswer | undefined> {
  const raw = spelledAmounts(turn.text.replace(/[.!]+$/, ''));
  const at =
    CREATING.exec(fixPipelineTypos(fold(raw))) ??
    /^(?:add|create|log|open|put)\s+(?:(?:one\s+)?(?:more|another)|a\s+new\s+one|one)\b(?:\s+(?:one|deal|opportunity))?/.exec(fold(raw));
  const stages = await allStages(turn);
  let rest = (at ? raw.slice(at.index + at[0].length) : raw).replace(ON_THE_BOARD, ' ');
  const before = at ? raw.slice(0, at.index) : '';
  const args: Record<string, unknown> = {};
  // "new deal for Sam to own": a member of the team owns it
  const owner = await ownerIn(turn, rest);
  if (owner) {
    args.owner_id = owner.id;
    rest = rest.replace(owner.said, ' ');
  }
  // "add a new one there" right after the deals of one stage: that stage
  const previous = turn.req.history?.at(-1);
  const thereSaid = /\bthere\b/.exec(fixPipelineTypos(fold(raw)));
  const listedStage = previous && thereSaid ? /\bdeals? in ([^:]+):/.exec(previous.response)?.[1] : undefined;
  const there = listedStage ? stages.find((st) => fold(st.name) === fold(listedStage.trim())) : undefined;
  if (there) {
    args.stage_id = there.id;
    rest = rest.replace(/\b(?:there|tehre|thre|ther|theer)\b/i, ' ');
  }
  // "title: Fernhill workshop series - value: 4,800 - stage: lead": the title said by its label
  const labelled =
    /\b(?:title|name|called)\s*[:=]\s*(.+?)(?=\s*(?:[,;]|\s[-–—]\s|\b(?:value|amount|worth|stage|client|contact|close|owner)\s*[:=])|\s*$)/i.exec(
      rest,
    );
  if (labelled) rest = rest.replace(labelled[0], ' ');

  // the value: "6k", "worth 3,200", "for $15,000", "with a value of 3000", or said with the verb ("add a 3k deal")
  // "- 4,000 -": a dash between segments is no minus sign (same length, so the places stay)
  const amount = dealAmount(rest.replace(/\s[-–—]\s/g, ' , '), turn.req.user.locale);
  const withVerb = amount || !at ? undefined : dealAmount(raw.slice(at.index, at.index + at[0].length), turn.req.user.locale);
  if (amount) {
    args.value = amount.value;
    if (amount.currency) args.currency = amount.currency;
    rest = `${rest.slice(0, amount.index).replace(/\s*(?:with a value of|a value of|value of|worth|valued at|for|of|at|@)\s*$/i, '')} ${rest.slice(amount.end)}`;
  } else if (withVerb) {
    args.value = withVerb.value;
    if (withVerb.currency) args.currency = withVerb.currency;
  }
  // "add a lead-stage deal …", "a new proposal stage opportunity": the stage said with the verb
  const stagedVerb = at ? stages.find((st) => new RegExp(`\\b${escape(fold(st.name))}[- ]stage\\b`).test(at[0])) : undefined;
  if (stagedVerb && !args.stage_id) args.stage_id = stagedVerb.id;
  // the stage: "in Qualified", "stage proposal", or a stage's name on its own at the end
  for (const s of args.stage_id ? [] : stages) {
    const name = escape(s.name);
    const re = new RegExp(
      `(?:\\b(?:in|into|at|to|under)\\s+(?:the\\s+)?${name}(?:\\s+(?:stage|column))?\\b|\\bstage\\s*:?\\s*${name}\\b|(?:^|[,;:]|\\s[-–—]\\s)\\s*${name}\\s*(?:stage|column)?\\s*(?=[,;:]|\\s[-–—]\\s|$)|(?:^|\\s)\\s*${name}\\s*(?:stage)?\\s*$)`,
      'i',
    );
    const m = re.exec(rest);
    if (m) {
      args.stage_id = s.id;
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
      break;
    }
  }
  // "in negotation", "at the qualifed stage": a stage's name typed with a typo, said where the deal goes
  if (!args.stage_id && fold(rest).length === rest.length) {
    const folded = fold(rest);
    for (const typo of typedStage(stages, folded)) {
      const said = /\b(?:in|into|at|to|under|stage)\s+(?:the\s+)?$/.exec(folded.slice(0, typo.index));
      if (!said) continue;
      args.stage_id = typo.stage.id;
      const end = typo.end + (/^\s+(?:stage|column)\b/.exec(folded.slice(typo.end))?.[0].length ?? 0);
      rest = `${rest.slice(0, said.index)} ${rest.slice(end)}`;
      break;
    }
  }
  // when it should close: "expected to close next friday", "closing in 30 days", "close by March 3"
  const closing =
    /\b(?:expected to close|expect(?:ed)? to close|closing|closes|close date|to close|close)\b\s*(?:on|by|in|:)?\s*(.+?)(?=[,;]|$)/i.exec(
      rest,
    );
  if (closing) {
    const date = findDate(closing[0], new Date(), turn.req.user.time_zone);
    if (date) {
      args.expected_close_date = date.date;
      rest = `${rest.slice(0, closing.index)} ${rest.slice(closing.index + closing[0].length)}`;
    }
  }
  // the title: quoted, else after "called/named", else the segment that is not the client
  const quoted = /["“]([^"”]{2,200})["”]/.exec(raw)?.[1] ?? labelled?.[1]?.trim();
  if (quoted) rest = rest.replace(/["“][^"”]{2,200}["”]/, ' ');
  const segments = rest
    .split(SEGMENT)
    .flatMap((s) => s.split(/\s+(?=\b(?:with|for|called|named|titled)\s)/i))
    .map((s) =>
      s
        .trim()
        .replace(/^(?:in the pipeline|on the board)\s*/i, '')
        // "put Osei Architects in the pipeline for "…"": the word left before the quoted title is no part of the client
        .replace(/\s+(?:for|with|called|named|titled)$/i, '')
        // "maybe 3k", "probably worth …": hedges around the value are no title
        .replace(
          /^(?:maybe|probably|perhaps|possibly|roughly|about|around|approximately|approx\.?|ish|coming(?: up)?|in the works|on the (?:way|horizon))$/i,
          '',
        ),
    )
    .filter((s) => /\p{L}/u.test(s));
  let contactId: string | undefined;
  let client: { name: string; company?: string | null } | undefined;
  const titleParts: string[] = [];
  for (const segment of segments) {
    const intro = /^(?:with|for|from|at|client|customer|contact)\s+(?:the\s+)?/i.exec(segment);
    const body = segment.slice(intro?.[0].length ?? 0).replace(/^(?:called|named|titled)\s+/i, '');
    // "with her", "for them": the person is the one named before (or in the conversation), never the title
    if (/^(?:her|him|them|me|us|it|this|that|the client|the same client)$/i.test(body.trim())) continue;
    if (!contactId) {
      const who = await turn.contactIn(body);
      if (who.ambiguous.length && intro) return whichOne(who.ambiguous);
      const c = who.contact;
      // a segment that is only a client's name or company ("with Amara", "Beacon plc", "for Kenji Watanabe")
      if (c) {
        const nameWords = words(`${c.name} ${c.company ?? ''}`);
        const rest = words(body).filter((w) => !['the', 'a', 'an', 'plc', 'ltd', 'gmbh', 'inc', 'llc'].includes(w));
        const all = rest.length > 0 && rest.every((w) => nameWords.some((n) => wordSimilarity(w, n) >= 0.85));
        // "for him either way" read as "for Kenji Watanabe either way": with a quoted title, the client said with "for"/"with"
        if (all || (intro && quoted && !who.ambiguous.length)) {
          contactId = c.id;
          client = c;
          continue;
        }
      }
    }
    titleParts.push(body.replace(/^(?:a|an|the)\s+/i, ''));
  }
  // "Sofia might want a booking system too, add a deal for 4,000": the client before the verb
  if (!contactId && before.trim()) {
    const who = await turn.contactIn(before);
    if (who.contact) {
      contactId = who.contact.id;
      client = who.contact;
    }
  }
  // "add another: …" right after the deals of one client: that client
  const last = turn.req.history?.at(-1);
  if (!contactId && last && /\banother\b/i.test(raw) && /\(\/deals\/[0-9a-f-]+\)/.test(last.response)) {
    const clients = new Set([...last.response.matchAll(/\(\/contacts\/([0-9a-f-]+)\)/g)].map((m) => m[1]!));
    if (clients.size === 1) contactId = [...clients][0];
  }
  const title = (quoted ?? titleParts.find((p) => words(p).length > 0) ?? titleFrom(before))?.replace(/[\s,;:.-]+$/, '').trim();
  // "a potential project for Kenji, worth 2k": no title said, so the client's and the kind of work
  const kind = /\b(project|job|gig|contract|retainer)\b/i.exec(at?.[0] ?? '')?.[1];
  if (!title && client && (kind || args.value)) {
    const named = `${client.company ?? client.name} ${kind ?? 'deal'}`;
    return propose(turn, 'create_deal', { title: named, ...args, contact_id: contactId });
  }
  if (!title) return askBack('What is the new deal called? Say for example “add a deal Acme website worth 5000”.');
  return propose(turn, 'create_deal', {
    // a title starts with a capital, as on the board
    title: title[0]!.toUpperCase() + title.slice(1),
    ...args,
    ...(contactId ? { contact_id: contactId } : {}),
  });
}

/** "Sofia might want a booking system too": the thing wanted, as a title. */
function titleFrom(text: string): string | undefined {
  return /\b(?:wants?|needs?|might want|asked for|interested in|keen on|thinking about|considering|looking at)\s+(?:a\s+|an\s+|the\s+)?(.+?)(?:\s+too|\s+as well)?\s*[,;.]?\s*$/i.exec(
    text,
  )?.[1];
}

// ---------------------------------------------------------------------------
// Questions about the pipeline

const SUPERLATIVE =
  /\b(biggest|largest|most valuable|highest|smallest|lowest|least valuable|cheapest|worth (?:the )?(?:most|more|less|least)|bigger|larger|more valuable|less valuable|smaller|cheaper)\b/;
const SMALL = /\b(smallest|lowest|least valuable|cheapest|worth (?:the )?(?:less|least)|less valuable|smaller|cheaper)\b/;
/** "weighted pipeline", "probability-weighted value", "expected value of the pipeline": each open deal's value times its stage's probability. */
const WEIGHTED = /\b(weighted|probability[- ]weighted|risk[- ]adjusted|expected value|forecast(?:ed)? value)\b/;
const FURTHEST =
  /\b(furthest|farthest|most advanced|closest to (?:closing|close|winning|signing)|nearest to (?:closing|close)|furthest along)\b/;

/** "over 5k", "above $10,000", "under 3,000", "more than 2k": a bound on a deal's value. */
export function valueBound(folded: string, locale: string): { value: string; above: boolean } | undefined {
  const m =
    /\b(over|above|more than|greater than|bigger than|larger than|at least|exceeding|under|below|less than|smaller than|at most)\s+(?=[$€£\d])/.exec(
      folded,
    );
  if (!m) return undefined;
  const amount = findAmounts(folded.slice(m.index + m[0].length), locale)[0];
  if (!amount || amount.index > 2) return undefined;
  return { value: amount.value, above: !/^(under|below|less than|smaller than|at most)$/.test(m[1]!) };
}

export function wantsDealList(turn: Turn): boolean {
  const t = turn.folded;
  if (wantsDealMove(turn) || wantsNewDeal(turn)) return false;
  if (/\b(deals?|pipeline|opportunit(?:y|ies))\b/.test(t) && !/\bstages\b/.test(t)) return true;
  // "how much is casa marquez website worth?", "Osei office drawings: which column is it in?": a deal named by its title (checked when it runs)
  if (asksQuestion(turn) && /\b(worth|stage|value|column)\b/.test(t) && !OTHER_RECORDS.test(t)) return true;
  // "what's in negotiation?", "anything in proposal?"
  if (/\b(in|at)\s+(?:the\s+)?(qualified|proposal|negotiation)\b/.test(t) && QUESTION.test(t) && !OTHER_RECORDS.test(t)) return true;
  // "which of them is the biggest?" right after a list of deals
  const last = turn.req.history?.at(-1);
  return Boolean(last && /\(\/deals\/[0-9a-f-]+\)/.test(last.response) && SUPERLATIVE.test(t));
}

export async function listDeals(turn: Turn): Promise<EngineAnswer | undefined> {
  const t = turn.folded;
  // deals are not deleted: a deal that will not happen is moved to the lost stage
  if (/^(delete|remove|get rid of|drop|erase|trash)\b/.test(t) && /\bdeals?\b/.test(t)) {
    const lost = (await allStages(turn)).find((s) => s.kind === 'lost');
    return answer(
      `I can't delete a deal. If it will not happen, I can move it to ${lost?.name ?? 'Lost'}: say for example “move the … deal to ${lost?.name ?? 'Lost'} because …”. See ${link('the pipeline', '/deals')}.`,
    );
  }
  const aboutDeals = /\b(deals?|pipeline|opportunit(?:y|ies))\b/.test(t);
  const stages = await allStages(turn);
  const deals = await allDeals(turn);
  const value = (d: DealRow) => formatMoney(d.value, d.currency, turn.req.user.locale);
  const row = (d: DealRow, withStage = true) => `${link(d.title, d.url)} (${value(d)}${withStage ? `, ${d.stage}` : ''})`;
  const exactStages = stages.filter((s) => new RegExp(`\\b${escape(fold(s.name))}\\b`).test(t));
  // "deals at the qualifed stage": a stage's name typed with a typo
  const stagesNamed = exactStages.length ? exactStages : typedStage(stages, t).map((m) => m.stage);
  const stageNamed = stagesNamed[0];
  const stage = stageNamed;
  // "any deals with Priya?", "what deals do I have with grace", "show me the deal with grace", "does kenji have any deals?":
  // the deals of a client
  const ofClient =
    /\bdeals?\b/.test(t) && (/\b(with|for|from)\b/.test(fixPipelineTypos(t)) || /^(?:does|do|has|have|did)\s+(?!(?:i|we|you)\b)\w+/.test(t))
      ? await turn.contactIn()
      : undefined;
  // "deals with priya or lukas", "deals with nordwerk or fernhill": the deals of each client named
  const each = ofClient && /\b(or|and|&)\b/.test(t) ? await turn.contactsIn() : [];
  if (ofClient && (ofClient.ambiguous.length || each.length) && /\b(or|and|&)\b/.test(t)) {
    const named = (each.length ? each : ofClient.ambiguous).filter((c) => deals.some((d) => d.contact_id === c.id));
    if (named.length > 1) {
      const theirs = deals.filter((d) => named.some((c) => c.id === d.contact_id));
      return answer(
        `${theirs.length} ${theirs.length === 1 ? 'deal' : 'deals'} with ${named.map((c) => link(c.name, c.url)).join(' or ')}: ${theirs.map((d) => row(d)).join(', ')}.`,
      );
    }
  }
  if (ofClient?.ambiguous.length) return whichOne(ofClient.ambiguous);
  // one deal by its name: "where is the Casa Marquez deal at?", "what's the value of the osei deal"
  const named = ofClient?.contact ? { ambiguous: [] } : pickDeal(deals, t.replace(/\b(deals?|pipeline)\b/g, ' '));
  if (named.deal && !(stageNamed && !/\b(stage|where|which|value|worth|status|column)\b/.test(t))) {
    const d = named.deal;
    return answer(`${link(d.title, d.url)} is in ${d.stage ?? 'its stage'}, worth ${value(d)}.`);
  }
  const previous = turn.req.history?.at(-1);
  // "what value does that one have?", "and which stage is it in?": the one deal the previous answer named
  const pointedAt =
    !named.deal && !ofClient?.contact && previous && /\b(?:it|its|that one|this one|that|this)\b/.test(t)
      ? deals.filter((d) => previous.response.includes(`(${d.url})`))
      : [];
  if (pointedAt.length === 1) {
    const d = pointedAt[0]!;
    return answer(`${link(d.title, d.url)} is in ${d.stage ?? 'its stage'}, worth ${value(d)}.`);
  }
  // a question about a value that named no deal is about something else
  if (!aboutDeals && !SUPERLATIVE.test(t) && !stageNamed) return undefined;
  // "which of those is worth more?": the deals the previous answer listed
  const listed =
    previous && /\b(those|these|them|both|the two|of the)\b/.test(t) ? deals.filter((d) => previous.response.includes(`(${d.url})`)) : [];
  const pool = listed.length > 0 ? listed : deals;
  // "weighted pipeline value?": each open deal's value times its stage's probability, in exact cents
  if (WEIGHTED.test(t)) return weighted(turn, stages, stage ? pool.filter((d) => stagesNamed.some((s) => s.id === d.stage_id)) : pool);
  // "which deal is furthest along?", "what's closest to closing?": the open deals in the latest open stage
  if (FURTHEST.test(t) && deals.length > 0) {
    const open = stages.filter((s) => s.kind === 'open');
    const latest = [...open].reverse().find((s) => deals.some((d) => d.stage_id === s.id));
    if (latest) {
      const there = deals.filter((d) => d.stage_id === latest.id);
      return answer(
        `Furthest along: ${there.map((d) => row(d)).join(', ')} — the ${latest.name} stage is the last open one with deals in it.`,
      );
    }
  }
  // "list deals sorted by value, biggest first": the whole list in that order, not only the first of it
  const sorting = /\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?|arrange[ds]?)\b/.test(t) || /\b(?:biggest|largest|smallest) first\b/.test(t);
  if (SUPERLATIVE.test(t) && pool.length > 0 && !sorting) {
    const small = SMALL.test(t);
    const open = pool.filter((d) => stages.find((s) => s.id === d.stage_id)?.kind !== 'lost');
    const sorted = [...(open.length ? open : pool)].sort((a, b) => compareMoney(b.value, a.value));
    const pick = small ? sorted.at(-1)! : sorted[0]!;
    return answer(`The ${small ? 'smallest' : 'biggest'} deal is ${row(pick)}.`);
  }
  // "sum of the deals in Qualified and Proposal": every stage named
  let list = stage ? deals.filter((d) => stagesNamed.some((s) => s.id === d.stage_id)) : deals;
  let scope = stage ? `in ${stagesNamed.map((s) => s.name).join(' and ')}` : 'in your pipeline';
  if (!stage && ofClient?.contact) {
    const client = ofClient.contact;
    list = deals.filter((d) => d.contact_id === client.id);
    scope = `with ${link(client.name, client.url)}`;
  }
  // "opportunities over 5k", "deals under 3,000": by value
  const bound = valueBound(t, turn.req.user.locale);
  if (bound) {
    list = list.filter((d) => (bound.above ? compareMoney(d.value, bound.value) > 0 : compareMoney(d.value, bound.value) < 0));
    scope = `${scope} ${bound.above ? 'over' : 'under'} ${formatMoney(bound.value, list[0]?.currency ?? deals[0]?.currency ?? 'USD', turn.req.user.locale)}`;
  }
  // "deals closing this month", "what should close in the next 30 days?": by expected close date
  if (/\b(clos(?:e|es|ing)|land(?:s|ing)?|due to (?:close|sign))\b/.test(t)) {
    const period = closingPeriod(turn.text, turn.req.user.today);
    if (period) {
      list = list.filter((d) => d.expected_close_date && d.expected_close_date >= period.from && d.expected_close_date <= period.to);
      scope = `${scope} expected to close ${period.label}`;
    }
  }
  if (list.length === 0) return answer(`There are no deals ${scope}.`);
  if (sorting) {
    const ascending = SMALL.test(t) || /\b(?:ascending|lowest first|smallest first)\b/.test(t);
    list = [...list].sort((a, b) => (ascending ? compareMoney(a.value, b.value) : compareMoney(b.value, a.value)));
    scope = `${scope}, ${ascending ? 'smallest' : 'biggest'} first`;
  }
  const shown = list.slice(0, 20).map((d) => row(d, stagesNamed.length !== 1));
  // the total of what is listed, in the deals' currency when they share one ("what are the qualified deals worth together?")
  const currencies = new Set(list.map((d) => d.currency));
  const total =
    list.length > 1 && currencies.size === 1
      ? ` Together worth ${formatMoney(
          formatUnits(list.reduce((sum, d) => sum + toUnits(d.value), 0n)),
          list[0]!.currency,
          turn.req.user.locale,
        )}.`
      : '';
  return answer(
    `${list.length} ${list.length === 1 ? 'deal' : 'deals'} ${scope}: ${shown.join(', ')}${list.length > 20 ? ', …' : ''}.${total}`,
  );
}

/** The weighted value of a set of deals: value × the stage's probability, summed in cents (half a cent and up rounds up). */
function weighted(turn: Turn, stages: StageRow[], deals: DealRow[]): EngineAnswer {
  const open = deals.filter((d) => stages.find((s) => s.id === d.stage_id)?.kind === 'open');
  if (open.length === 0) return answer('There are no open deals to weigh.');
  const currencies = new Set(open.map((d) => d.currency));
  if (currencies.size > 1) return answer('Your open deals are in several currencies, so I cannot add them up into one weighted value.');
  // cents × percent: whole hundredths of a cent, rounded once at the end
  const hundredths = open.reduce(
    (sum, d) => sum + toUnits(d.value) * BigInt(stages.find((s) => s.id === d.stage_id)?.probability ?? 0),
    0n,
  );
  const cents = (hundredths + 50n) / 100n;
  const currency = open[0]!.currency;
  const total = formatMoney(formatUnits(open.reduce((sum, d) => sum + toUnits(d.value), 0n)), currency, turn.req.user.locale);
  const value = formatMoney(formatUnits(cents), currency, turn.req.user.locale);
  return answer(
    `The weighted value of your ${open.length} open ${open.length === 1 ? 'deal' : 'deals'} is ${value} (each value times its stage's probability; ${total} unweighted). See ${link('the pipeline', '/deals')}.`,
  );
}

/** When deals are expected to close: a period ("this month", "next week"), "in the next N days", "soon" (30 days). */
export function closingPeriod(text: string, today: string): { from: string; to: string; label: string } | undefined {
  const plus = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const t = text.toLowerCase();
  const ahead = /\b(?:next|coming|within(?: the next)?|in the next)\s+(\d{1,3})\s+days\b/.exec(t);
  if (ahead) return { from: today, to: plus(Number(ahead[1])), label: `in the next ${ahead[1]} days` };
  if (/\bnext week\b/.test(t)) {
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    return { from: plus(7 - weekday), to: plus(13 - weekday), label: 'next week' };
  }
  if (/\bnext month\b/.test(t)) {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(y, m, 1));
    const last = new Date(Date.UTC(y, m + 1, 0));
    return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10), label: 'next month' };
  }
  const period = findPeriod(text, today);
  if (period) return period;
  if (/\b(soon|shortly|upcoming)\b/.test(t)) return { from: today, to: plus(30), label: 'in the next 30 days' };
  return undefined;
}

/** "what are my pipeline stages?", "which stages do deals go through?", "what's the probability for negotiation?". */
export function wantsStageList(turn: Turn): boolean {
  const typed = fixPipelineTypos(fold(turn.req.query ?? ''));
  const t = QUESTION.test(typed.trim()) && !/\b(and then|;)\b/.test(typed) ? typed : fixPipelineTypos(turn.folded);
  return (
    (/\bstages\b/.test(t) ||
      // "first and last open stage?", "what's the final stage"
      /\b(?:first|last|final|earliest|latest|opening) (?:and (?:the )?(?:last|final|first) )?(?:open )?stage\b/.test(t) ||
      /\bstage (comes|after|before|order|means|do|does|count|names?|between|list)\b/.test(t) ||
      // "which stage is for deals we won", "is there a stage for lost deals"
      /\bstage (?:is |are )?for\b/.test(t) ||
      /\bstage (?:\w+ )?(?:between|after|before)\b/.test(t) ||
      (/%|\bpercent(age)?s?\b/.test(t) && (STAGE_NAMES.test(t) || /\b(stages?|deals?|pipeline)\b/.test(t))) ||
      /\b(comes|come|is|stage) (after|before)\b/.test(t) ||
      /\b(probabilit(y|ies)|likely|chance|odds|win rate)\b/.test(t) ||
      /\b(columns|steps|phases) (of|in|on)\b/.test(t) ||
      // "list the pipeline columns", "what are the board's columns"
      (/\b(columns|phases)\b/.test(t) && /\b(pipeline|board|deals?|sales)\b/.test(t)) ||
      /^(list|show|what are)( me)? (the |my )?(columns|phases)\b/.test(t) ||
      // "how is my pipeline set up?", "how is the deals board organised"
      /\b(pipeline|deals? board|sales board)\b.*\b(set ?up|structured|organi[sz]ed|configured|laid out)\b/.test(t) ||
      /\bwhich stage means\b/.test(t) ||
      // "after negotiation, where does a deal go if we win it?", "where do deals go next"
      /\bwhere (?:does|do|will|would|should) (?:a |the |my |our )?deals? go\b/.test(t) ||
      /^(list|show)( me)? the stage\b/.test(t)) &&
    (!/\bdeals? (are |is )?(in|at)\b/.test(t) || /\b(probabilit(y|ies)|likely|chance|odds|percent(age)?s?)\b|%/.test(t)) &&
    !wantsDealMove(turn) &&
    !WEIGHTED.test(t) &&
    !/\b(move|put|set(?! ?up)|change)\b/.test(t) &&
    !DOCUMENTS.test(t)
  );
}

export async function listStages(turn: Turn): Promise<EngineAnswer> {
  const stages = await allStages(turn);
  if (stages.length === 0) return answer('Your pipeline has no stages yet.');
  const lines = stages.map((s) => `${s.name} (${s.probability ?? 0} %${s.kind === 'open' ? '' : `, ${s.kind}`})`);
  // "how many stages does the pipeline have": the count first, then the stages
  return answer(`Your pipeline has ${stages.length} stages, in order: ${lines.join(', ')}. See ${link('the pipeline', '/deals')}.`);
}
