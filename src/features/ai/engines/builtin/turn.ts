import type { EngineAnswer, EngineRequest } from '../types';
import type { ToolOutcome } from '../../runner';
import { VIEW_ONLY_ANSWER } from '../../schema';
import { byCompanyNamed, type Candidate, mayMention, pickContact, resolveMentions } from './mentions';
import { correct, fold, wordSimilarity, words } from './text';
import { resolveReferences, rewriteFieldOf, stripPoliteness } from './understand';

/** One request being understood: its words, the tools, and the contacts it mentions. */

export const VOCABULARY = [
  'contact',
  'contacts',
  'customer',
  'customers',
  'client',
  'clients',
  'lead',
  'leads',
  'email',
  'phone',
  'mobile',
  'number',
  'company',
  'address',
  'position',
  'title',
  'status',
  'notes',
  'note',
  'inactive',
  'active',
  'create',
  'update',
  'change',
  'delete',
  'remove',
  'show',
  'list',
  'find',
  'search',
  'many',
  'what',
  'whats',
  'who',
  'where',
  'tell',
  'details',
  'info',
  'overdue',
  'task',
  'tasks',
  'todo',
  'todos',
  'invoice',
  'invoices',
  'quote',
  'quotes',
  'convert',
  'tomorrow',
  'today',
  'yesterday',
  'expense',
  'expenses',
  'income',
  'spent',
  'spend',
  'paid',
  'payment',
  'remind',
  'reminder',
  'call',
  'meeting',
  'total',
  'month',
  'week',
  'year',
  'revenue',
  'unpaid',
  'outstanding',
  'balance',
  'priority',
  'high',
  'medium',
  'low',
  'urgent',
  'important',
  'complete',
  'completed',
  'done',
  'finish',
  'finished',
  'cancel',
  'mark',
  'set',
  'add',
  'new',
  'record',
  'draft',
  'people',
  'person',
  'prospect',
  'prospects',
  'everyone',
  'everybody',
  'customer',
  'pending',
  'progress',
  'category',
  'categories',
  'earned',
  'owe',
  'owes',
  'owed',
  'works',
  'working',
  'rename',
  'edit',
  'make',
  'move',
  'moved',
  'became',
  'save',
  'please',
  'received',
  'receive',
  'bill',
  'bills',
  'send',
  'which',
  'show',
  'give',
  'about',
  'their',
  'there',
  'anything',
  'something',
  'help',
  'schedule',
  'follow',
  'week',
  'next',
  'last',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekend',
  'month',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'deals',
  'pipeline',
  'recurring',
  'transactions',
  'members',
  'stages',
  'remember',
  'timeline',
  'profile',
  'history',
  'write',
  'reopen',
  'assign',
  'settled',
  'snapshot',
  'rundown',
  'overview',
  'summary',
  'workspace',
  'admin',
  'viewer',
  'access',
  'level',
  // everyday words one letter away from a word above, kept as typed ("into" is not "info", "given" not "give")
  'into',
  'onto',
  'given',
  'same',
  'some',
  'then',
  'them',
  'started',
  // "only the high-priority ones" is not "owes", "more time" not "move time"
  'ones',
  'more',
  // "he owns Haddad Coffee" is not "owes", "match the names" not "march", "an owner" not "owned"
  'owns',
  'owner',
  'match',
] as const;

export class Turn {
  readonly text: string;
  readonly folded: string;
  /** Folded words with vocabulary typos corrected ("cusotmers" → "customers"). */
  readonly w: string[];
  private mentionCache?: Candidate[];
  readonly reads: string[] = [];

  constructor(
    readonly req: EngineRequest,
    /** One request of several in a sentence ("… and then …"): read instead of the whole query. */
    part?: string,
  ) {
    this.text = part !== undefined ? understood(part, req) : (followUp(req) ?? understood(req.query, req));
    this.folded = fold(this.text);
    this.w = words(this.text).map((word) => correct(word, VOCABULARY));
  }

  has(...candidates: string[]): boolean {
    return candidates.some((c) => (c.includes(' ') ? ` ${this.w.join(' ')} `.includes(` ${c} `) : this.w.includes(c)));
  }

  /** Regex on the folded text with corrected words, e.g. /\bnew (lead|contact)\b/. */
  test(re: RegExp): boolean {
    return re.test(this.w.join(' '));
  }

  async tool(name: string, args: Record<string, unknown>): Promise<ToolOutcome> {
    this.reads.push(name);
    return this.req.tools.call(name, args);
  }

  /** Reads through a tool; a failure becomes an exception the engine turns into an answer. */
  async read<T>(name: string, args: Record<string, unknown>): Promise<T> {
    const outcome = await this.tool(name, args);
    if (!outcome.ok) throw new ToolProblem(outcome.error.message);
    return outcome.data as T;
  }

  async candidates(): Promise<Candidate[]> {
    // no word that could be a name: nothing to look up (the gazetteer would find no mention either)
    if (!this.mentionCache && !mayMention(this.text)) this.mentionCache = [];
    this.mentionCache ??= (await this.read<{ contacts: Candidate[] }>('find_mentions', { text: this.text })).contacts;
    return this.mentionCache;
  }

  /** The contact a (part of the) request is about: one, several (ambiguous) or none. */
  async contactIn(fragment = this.text): Promise<{ contact?: Candidate; ambiguous: Candidate[] }> {
    const candidates = await this.candidates();
    const found = pickContact(resolveMentions(fragment, candidates));
    // "osei architects called … make a note on daniel": the rest of the request settles which Daniel
    if (found.ambiguous.length > 1 && fragment !== this.text) {
      const wider = pickContact(resolveMentions(this.text, found.ambiguous)).contact ?? byCompanyNamed(this.text, found.ambiguous);
      if (wider) return { contact: wider, ambiguous: [] };
    }
    return found;
  }

  /**
   * The contacts a request names one after the other ("deals with nordwerk or fernhill", "what have I got on for amara and
   * for grace", "quotes for both sofia and grace", "amara plus lukas", "invoices of amara, lukas and priya"): each part around
   * "and"/"or"/"plus"/"&" or a comma read on its own; two or more different contacts, else none. A part only a shared name
   * fits ("daniel", with two Daniels) names none of them.
   */
  async contactsIn(fragment = this.text): Promise<Candidate[]> {
    const parts = fragment.split(/\s*,\s*(?:(?:and|or|plus)\s+)?|\s+(?:and|or|plus|as well as)\s+|\s*&\s*/i).filter((p) => p.trim());
    if (parts.length < 2) return [];
    const found: Candidate[] = [];
    for (const part of parts) {
      const one = await this.contactIn(part);
      if (one.contact && !found.some((c) => c.id === one.contact!.id)) found.push(one.contact);
    }
    return found.length >= 2 ? found : [];
  }
}

export class ToolProblem extends Error {}

/** Normalise, then resolve references to the conversation (understand.ts). */
export function understood(query: string, req: EngineRequest): string {
  return rewriteFieldOf(stripPoliteness(resolveReferences(query.trim(), req.history)));
}

/** Questions the engine asks back; a short reply to one completes the earlier request. */
export const ASK_BACK_MARKERS = ['Which one do you mean', "What is the new contact's name", 'What should I change for'];
const FOLLOW_UP_WINDOW_MS = 15 * 60 * 1000;

/**
 * "phone of daniel" → "Which one do you mean: Daniel Kim, Daniel Osei?" →
 * "kim": the reply is read together with the request it answers.
 */
function followUp(req: EngineRequest): string | undefined {
  const last = req.history.at(-1);
  if (!last || !ASK_BACK_MARKERS.some((m) => last.response.startsWith(m))) return undefined;
  if (Date.now() - Date.parse(last.created_at) > FOLLOW_UP_WINDOW_MS) return undefined;
  // "her name is Zara Ahmed, …", "his full name's Leo Hartmann": the name itself
  const reply = req.query
    .trim()
    .replace(/^(the one (at|from)|i mean|i meant|it'?s|its|(?:(?:her|his|their|the|my) )?(?:full )?name(?: is|'s|’s|:)|named)\s+/i, '');
  const n = reply.split(/\s+/).length;
  // a new request of its own is not an answer
  const changing = last.response.startsWith('What should I change');
  const isRequest =
    /^(please |pls )?(show|list|add|create|new|what|whats|who|how|change|update|set|mark|make|delete|remove|find|tell|give)\b/i.test(
      reply,
    ) ||
    (!changing && /^(email|phone|number)\b/i.test(reply));
  // the new contact's name may come with its company, email or phone ("Leo Hartmann from Hartmann Druck")
  const naming = last.response.startsWith("What is the new contact's name");
  const limit = changing ? 8 : naming ? 14 : 4;
  if (n > limit || isRequest) return undefined;
  // read as the request said plainly ("i want to add someone new to my contacts" → "add someone new …")
  if (naming && !/^(named|called)\b/i.test(reply)) return `${stripPoliteness(last.query).replace(/[?.!]+$/, '')} named ${reply}`;
  // "Which one do you mean: Daniel Kim, Daniel Osei?" is answered by naming one of them
  if (last.response.startsWith('Which one do you mean')) {
    const offered = words(last.response.replace(/\]\([^)]*\)/g, ' ')).filter((w) => w.length >= 3);
    const said = words(reply).filter((w) => w.length >= 3 && !['the', 'one', 'from', 'with', 'who', 'that'].includes(w));
    if (said.length > 0 && !said.some((w) => offered.some((o) => wordSimilarity(w, o) >= 0.85))) return undefined;
  }
  return `${last.query.trim().replace(/[?.!]+$/, '')} ${reply}`;
}

export const link = (label: string, url: string) => `[${label.replace(/[[\]]/g, '')}](${url})`;

export function answer(response: string, extra: Partial<EngineAnswer> = {}): EngineAnswer {
  return { response, ...extra };
}

export function askBack(response: string): EngineAnswer {
  return { response, clarify: true };
}

export function listNames(items: { name: string; url: string; extra?: string | null }[], max = 10): string {
  const shown = items.slice(0, max).map((i) => `${link(i.name, i.url)}${i.extra ? ` (${i.extra})` : ''}`);
  const more = items.length > max ? `, and ${items.length - max} more` : '';
  if (shown.length <= 1) return shown.join('') + more;
  return `${shown.slice(0, -1).join(', ')}${more ? `, ${shown.at(-1)}${more}` : ` and ${shown.at(-1)}`}`;
}

export function whichOne(options: Candidate[]): EngineAnswer {
  return askBack(
    `Which one do you mean: ${options
      .slice(0, 5)
      .map((c) => `${link(c.name, c.url)}${c.company ? ` (${c.company})` : ''}`)
      .join(', ')}?`,
  );
}

/**
 * Proposes a write through its tool; the answer shows what waits for
 * confirmation. A viewer's assistant proposes nothing: it says so instead.
 */
export async function propose(turn: Turn, tool: string, args: Record<string, unknown>): Promise<EngineAnswer> {
  if (!turn.req.user.can_change) return answer(VIEW_ONLY_ANSWER);
  const outcome = await turn.tool(tool, args);
  if (!outcome.ok) {
    const details = outcome.error.details
      ? ` (${Object.entries(outcome.error.details)
          .map(([field, problems]) => `${field.split('.').at(-1)}: ${problems.join(', ')}`)
          .join('; ')})`
      : '';
    return askBack(`I couldn't prepare that: ${outcome.error.message}${details}`);
  }
  const summary = outcome.pending_action?.summary ?? '';
  return answer(`${summary} Confirm to apply it, or reject it.`);
}
