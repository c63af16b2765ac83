// Over 400 lines on purpose: the contact intents (look-up, list, new, change, notes, overview) share one set of field and name readers.
import { formatMoney } from '@/lib/money';
import type { EngineAnswer } from '../types';
import { type Candidate, resolveMentions } from './mentions';
import { companyIntroduced, entities, personIntroduced } from './entities';
import { whichInvoicePaid } from './clarify';
import { titleCase } from './mentions';
import { findAmounts, wordSimilarity, words } from './text';
import { answer, askBack, link, listNames, propose, Turn, whichOne } from './turn';

/** Contacts: who, how many, details, new contacts and changes to them. */

interface ContactOut extends Candidate {
  phone: string | null;
  position: string | null;
  address: string | null;
  notes: string | null;
}

const EMAIL_RE = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[a-z]{2,}/i;
/** A bare domain ("novak.cz", "@fernhill.io"), not an address. */
const EMAIL_DOMAIN = /(?:^|[\s@])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|de|cz|es|uk|fr|nl|at|ch|it|pt|in|tr|jp|dev|app|biz|eu))\b(?!@)/i;
const PHONE_RE = /(?:\+|\b0|\(\d)[\d\s().\/-]{6,}\d|\b\d{3}[\s.-]\d{3,4}[\s.-]\d{3,4}\b/;

const STATUS_WORDS: Record<string, 'lead' | 'active' | 'customer' | 'inactive'> = {
  lead: 'lead',
  leads: 'lead',
  prospect: 'lead',
  prospects: 'lead',
  customer: 'customer',
  customers: 'customer',
  client: 'customer',
  clients: 'customer',
  active: 'active',
  inactive: 'inactive',
};

/** Job titles, with the word that often qualifies them ("Sales Director", "Managing Director", "Senior Designer"). */
const ROLES =
  '(?:(?:senior|junior|lead|chief|sales|marketing|managing|creative|art|technical|finance|financial|operations|product|project|' +
  'account|general|executive|office|hr|it|design|brand|communications|purchasing|procurement|studio|practice|head)\\s+)?' +
  '(?:ceo|cto|cfo|coo|cmo|owner|founder|co-founder|cofounder|manager|director|designer|developer|engineer|consultant|' +
  'accountant|head of [a-z]+|vp of [a-z]+|vp [a-z]+|producer|partner|assistant|lawyer|architect|editor|buyer|chef|president|' +
  // "Operations Lead", "Team Lead": "lead" is a title only after the word it qualifies (alone it is a status)
  '(?:operations|sales|team|project|tech|technical|design|product|marketing|engineering|account|creative|studio)\\s+lead|' +
  'officer|analyst|coordinator|specialist|administrator|planner|supervisor|advisor|adviser|strategist|photographer|recruiter|' +
  'controller|secretary|treasurer|principal|copywriter)';

function statusIn(turn: Turn, words = turn.w): 'lead' | 'active' | 'customer' | 'inactive' | undefined {
  if (words.includes('inactive') || /\bnot active\b/.test(words.join(' '))) return 'inactive';
  for (const [i, w] of words.entries()) {
    // "Operations Lead" is a job title, not the status lead
    if (w === 'lead' && ROLE_QUALIFIER.test(words[i - 1] ?? '')) continue;
    // "isn't a lead anymore, make her active": the status it no longer has is not the one meant
    if (STATUS_WORDS[w] && NOT_ANY_MORE.test(words.slice(Math.max(0, i - 3), i).join(' '))) continue;
    if (STATUS_WORDS[w] && w !== 'inactive') return STATUS_WORDS[w];
  }
  return undefined;
}

/** The words before a status that deny it ("isn't a", "no longer a", "not our"). */
const NOT_ANY_MORE = /\b(?:not|isn|isnt|aren|arent|wasn|no longer|never)(?: t)?(?: (?:a|an|our|my|the|really|still))*$/;

const ROLE_QUALIFIER = /^(?:operations|sales|team|project|tech|technical|design|product|marketing|engineering|account|creative|studio)$/;

/** Text after a keyword up to the next delimiter, e.g. the company after "from". */
function after(text: string, keyword: RegExp): string | undefined {
  const m = new RegExp(
    `${keyword.source}\\s+(.+?)(?=\\s*(?:,|;|\\.(?:\\s|$)|\\s-\\s|\\bemail\\b|\\be-mail\\b|\\bphone\\b|\\bnumber\\b|\\bmobile\\b|\\bas (?:a |an )?(?:lead|customer|client|contact)\\b|\\band (?:her|his|their)\\b|\\bwho\\b|\\bshe\\b|\\bhe\\b|\\bthey\\b|$))`,
    'i',
  ).exec(text);
  const value = m?.[1]?.trim().replace(/^["“']|["”']$/g, '');
  return value ? value : undefined;
}

function contactFieldsFrom(text: string, turn: Turn) {
  const email = EMAIL_RE.exec(text)?.[0];
  const phone = phoneIn(text);
  const role = new RegExp(`\\b(?:the |a |an |our |their )?(${ROLES})\\b(?:\\s+(?:at|of)\\s+)?`, 'i').exec(text);
  // "owner of Patel & Co", "CFO at Weber": the company after the role
  const ofRole = new RegExp(
    `\\b(?:${ROLES})\\s+(?:of|at|@)\\s+([\\p{L}\\p{N}&][\\p{L}\\p{N}&'’.-]*(?:\\s+(?:&\\s+)?[\\p{L}\\p{N}&][\\p{L}\\p{N}&'’.-]*){0,3})`,
    'iu',
  ).exec(text)?.[1];
  // "Yusuf Demir - Demir Textiles - yusuf@…", "Karl Weber, CFO, Weber Logistik": a part that is neither name, role, email nor phone
  // (a card pasted in quotes: the quotes are no part of its pieces)
  const parts = text.split(/\s+[-/|]\s+|,\s*|\s*[()]\s*/).map((p) => p.trim().replace(/^["“”]+|["“”]+$/g, ''));
  const bare = parts
    .slice(1)
    .find(
      (p) =>
        /^[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{L}&][\p{L}&'’.-]*){0,3}$/u.test(p) &&
        !new RegExp(`^(?:${ROLES})$`, 'i').test(p) &&
        !EMAIL_RE.test(p) &&
        !/^(?:as|a|an|the|he|she|they|his|her|their|lead|customer|client|contact|prospect)\b/i.test(p),
    );
  // "add jane doe (Acme Ltd) as a lead": a company in brackets
  // "(Operations Lead, Alpenglow Hotels)": a role and a company in brackets, the company is the part that is no role
  const bracketed = /\(([^()@\d]{2,60})\)/
    .exec(text)?.[1]
    ?.split(/\s*,\s*/)
    .find((p) => p && !new RegExp(`^(?:${ROLES})$`, 'i').test(p))
    ?.trim();
  // "new lead from the trade fair: …": where they met, not where they work
  const from = after(text, /\bfrom(?! the (?:lead|customer))/);
  let company =
    ofRole ??
    (bracketed && !/^(?:lead|customer|client|prospect|active|inactive|mobile|work|home|cell)$/i.test(bracketed) ? bracketed : undefined) ??
    after(
      text,
      /\b(?:company(?: is| name is|:)?|works (?:at|for)|working (?:at|for)|employed at|(?:runs|owns|founded|manages|heads up|set up)(?! (?:a|an|the|my|our|his|her|their)\b))/,
    ) ??
    // "Fernhill Analytics has a new person on our account: …": the company that has someone new
    HAS_NEW_PERSON.exec(text)?.[1] ??
    (from && !PLACE_MET.test(from.split(/\s*[:"“”]/)[0]!.trim()) && !SOURCE_OF_TEXT.test(from) ? from : undefined) ??
    bare ??
    after(text.replace(EMAIL_RE, ' '), /\b(?:at|@)(?! \d)/);
  if (company && (EMAIL_RE.test(company) || /^\d/.test(company))) company = undefined;
  // "met someone at the expo: …": where they met, not where they work
  company = company?.split(/\s*[:"“”]/)[0]?.trim() || undefined;
  if (company && PLACE_MET.test(company)) company = undefined;
  if (company && role && company.toLowerCase().startsWith(role[1]!.toLowerCase())) company = undefined;
  const notes = /\bnotes?\s*[:-]\s*(.+)$/i.exec(text)?.[1]?.trim();
  return {
    email,
    phone,
    position: role ? titleCaseRole(role[1]!) : undefined,
    company: company ? cleanCompany(company) : undefined,
    notes,
    status: statusIn(turn),
  };
}

/** "Fernhill Analytics has a new person …", "Olsen Marine hired a new buyer": the company, before its new person. */
const HAS_NEW_PERSON =
  /^([\p{Lu}][\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}&][\p{L}\p{N}&'’.-]*){0,3})\s+(?:has|have|got|hired|took on)\s+(?:a\s+|an\s+)?new\s+(?:person|contact|guy|woman|man|hire|colleague|starter|employee|manager|buyer|contact person|team member|face)\b/u;

/** "from an email signature: …", "from my notes": where a text comes from, never a company (which no article opens). */
const SOURCE_OF_TEXT = /^(?:a|an|my|our|your|his|her|their|this|that|these|those)\b/i;

/** Where people meet, not a company ("at the expo", "at a conference", "from the trade fair"). */
const PLACE_MET =
  /^(?:the|a|an|this|that|our|my)\s+(?:[\p{L}-]+\s+)?(?:expo|conference|fair|trade ?show|show|event|meetup|meet-up|party|dinner|lunch|breakfast|wedding|gym|airport|station|workshop|summit|festival|networking\b.*|launch|opening|office|bar|pub|cafe|café)$/iu;

function titleCaseRole(role: string): string {
  // "head of marketing" → "Head of Marketing": the small words stay small
  return role.length <= 3 ? role.toUpperCase() : titleCase(role).replace(/(?<=\s)(Of|And|The|For)(?=\s)/g, (w) => w.toLowerCase());
}

/** A phone number introduced by its word, however short ("phone 555-0133", "mobile: 0176 1234567"). */
const PHONE_SAID = /\b(?:phone|tel|telephone|mobile|cell|number)(?:\s+number)?\s*(?:is|:|-|=)?\s*(\+?\d[\d\s().\/-]{3,}\d)/i;

function phoneIn(text: string): string | undefined {
  const bare = text.replace(EMAIL_RE, ' ');
  return (PHONE_RE.exec(bare)?.[0] ?? PHONE_SAID.exec(bare)?.[1])?.trim();
}

function cleanCompany(value: string): string {
  const trimmed = value
    .replace(/^[-–:=\s]+/, '')
    .replace(/\s+(?:as|who|and)\s.*$/i, '')
    // "Put Leila Haddad from Cedar & Co in my contacts": where the contact goes
    .replace(/\s+(?:in|into|to|onto|on)\s+(?:my|the|our)\s+(?:contacts|contact list|address book|crm|list|system)\b.*$/i, '')
    .replace(/\s+(?:today|yesterday|tomorrow|this (?:morning|afternoon|week)|last (?:week|month)|now|already|instead)\b.*$/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
  return trimmed === trimmed.toLowerCase() ? titleCase(trimmed) : trimmed;
}

// ---------------------------------------------------------------------------

/** Objects other than a contact that a request to add something may name. */
const OTHER_THINGS =
  /\b(task|tasks|todo|invoice|invoices|expense|income|payment|remind|reminder|note|notes|deal|deals|quote|quotes|timer|hours|time|transaction|category|member|members)\b/;

export function wantsNewContact(turn: Turn): boolean {
  if (turn.has('task', 'tasks', 'todo', 'invoice', 'expense', 'income', 'payment', 'remind', 'reminder', 'note')) return false;
  // "add Daniel Osei's phone number: …", "kenji's phone is …, save it on his contact": a detail of someone already there
  if (addsDetail(turn.text)) return false;
  // "put fernhill data platform back in lead": something already there, moved back (a deal's stage, a contact's status)
  if (turn.test(/\bback (in|to|into|as)\b/) || turn.has('deal', 'deals', 'pipeline', 'stage')) return false;
  // "add Jo Bloggs from Acme Ltd", "save "Mia Chen" with phone …", "add her colleague Pablo Ruiz": a name to add, nothing else
  if (turn.test(/^(add|save|register|enter|create|put in|store)\b/) && !turn.test(OTHER_THINGS)) {
    const { people, quoted } = entities(turn.text);
    if (quoted.length > 0 || people.length > 0 || /^\S+\s+[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+/u.test(turn.text)) return true;
    if (turn.test(/\b(someone|somebody)\b/)) return true;
  }
  // "met someone at the expo: "Isabel Romero", isabel@… - save her": a person described, then "save her"
  if (
    /\b(?:save|add|store|keep|put)\s+(?:her|him|them)(?:\s+(?:in|to|into|on)\s+(?:my |the |our )?(?:contacts|address book|crm|list))?[\s.!]*$/i.test(
      turn.text,
    ) &&
    (EMAIL_RE.test(turn.text) ||
      PHONE_RE.test(turn.text) ||
      /["“]|\b(?:met|meet|spoke (?:to|with)|talked (?:to|with)|name is|named|called)\b/i.test(turn.text))
  ) {
    return true;
  }
  // "I met someone at the networking breakfast": someone new, whose name the engine asks for
  if (
    /^(?:i|we)\s+(?:just\s+)?(?:met|have met|['’]ve met)\s+(?:someone|somebody|a\s+(?:new\s+)?(?:person|lead|prospect|contact))\b/i.test(
      turn.text,
    )
  )
    return true;
  // "contact: Sean O'Brien, Harbour Pubs, sean@…", "new lead - Chloe Dubois", "contact to add — name: …": a card of a new person
  if (
    /^(?:new\s+)?(?:contact|lead|customer|client|prospect)(?:\s+to\s+(?:add|save|create|enter))?(?:\s+(?:pls|please|plz))?\s*(?::|\s[-–—]\s)\s*\S/i.test(
      turn.text,
    ) &&
    !/\?\s*$/.test(turn.text)
  )
    return true;
  // "can you put Arjun Mehta in my contacts?", "stick Jo Bloggs into the address book"
  if (
    /^(add|put|save|store|enter|stick|pop|get)\b.*\b(in|to|into|on) (my |the |our )?(contacts|contact list|address book|crm)\b/.test(
      words(turn.text).join(' '),
    ) &&
    !turn.test(OTHER_THINGS)
  ) {
    return true;
  }
  return (
    turn.test(/\b(add|create|new|save|register|enter|put)\b.*\b(contact|lead|customer|client|person|prospect)\b/) ||
    turn.test(/^(new|add) (contact|lead|customer|client|prospect)\b/) ||
    turn.test(/^add [a-z]+(?: [a-z]+)? (as|to) (a |an |my )?(contact|lead|customer|client|contacts)\b/)
  );
}

export async function newContact(turn: Turn): Promise<EngineAnswer> {
  // a card typed on several lines ("New contact:⏎Name: …⏎Company: …") reads as one with commas
  const text = turn.text.replace(/\s*\n+\s*/g, ', ').replace(/:,\s*/g, ': ');
  let name = personIntroduced(text);
  // "Dr. Helena Berg": the title of address is no part of the name
  if (name)
    name = name
      .replace(/\b(?:contact|lead|customer|client)\b/gi, '')
      .replace(/^(?:dr|mr|mrs|ms|miss|mx|prof|sir|dame)\.?\s+/i, '')
      .trim();
  if (!name) return askBack('What is the new contact\'s name? For example: "add a contact Jane Doe from Acme, jane@acme.com".');
  const [first, ...rest] = titleCase(name).split(/\s+/);
  if (rest.length) {
    const existing = (await turn.candidates()).find((c) => c.name.toLowerCase() === [first, ...rest].join(' ').toLowerCase());
    if (existing && !turn.has('another', 'anyway', 'duplicate', 'second')) {
      return askBack(
        `You already have ${link(existing.name, existing.url)}. Should I add another contact with that name? Say "add another …" to confirm.`,
      );
    }
  }
  const fields = contactFieldsFrom(text.replace(name, ' '), turn);
  const introduced = companyIntroduced(text.replace(name, ' '));
  if (!fields.company && introduced && !new RegExp(`^(?:${ROLES})$`, 'i').test(introduced)) fields.company = cleanCompany(introduced);
  if (!fields.company) fields.company = companyOfAfterName(text, name);
  if (fields.company && PLACE_MET.test(fields.company.split(/\s*[:"“”]/)[0]!)) delete fields.company;
  // "add his colleague Ruth Adler from the same company": the company of the contact just talked about
  if (SAME_COMPANY.test(text)) {
    const company = await companyOfContactMeant(turn, text.slice(SAME_COMPANY.exec(text)!.index));
    if (company) fields.company = company;
    else if (fields.company && SAME_COMPANY.test(fields.company)) delete fields.company;
  }
  const args: Record<string, unknown> = { first_name: first };
  if (rest.length) args.last_name = rest.join(' ');
  for (const key of ['email', 'phone', 'company', 'position', 'notes', 'status'] as const) {
    if (fields[key]) args[key] = fields[key];
  }
  return propose(turn, 'create_contact', args);
}

/** "Samuel Ortiz of Ortiz Roofing": a capitalised company said with "of" right after the person's name. */
function companyOfAfterName(text: string, name: string): string | undefined {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  return /^\s+of\s+([\p{Lu}][\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}\p{N}&'’.-]*){0,3})/u.exec(text.slice(at + name.length))?.[1];
}

const SAME_COMPANY = /\b(?:the\s+)?same\s+(?:company|firm|business|employer|place|office|team|agency|studio)\b/i;

/**
 * The company of the contact meant by "the same company": the one named after it ("… as Daniel Kim"), else
 * the one contact the previous answer linked to.
 */
async function companyOfContactMeant(turn: Turn, said: string): Promise<string | undefined> {
  const named = /\bas\s+(.+)$/i.exec(said)?.[1];
  let id = named ? (await turn.contactIn(named)).contact?.id : undefined;
  if (!id) {
    const last = turn.req.history.at(-1);
    const ids = [...new Set([...(last?.response ?? '').matchAll(/\]\(\/contacts\/([0-9a-f-]+)\)/g)].map((m) => m[1]!))];
    if (ids.length === 1) id = ids[0];
  }
  if (!id) return undefined;
  const contact = await turn.read<ContactOut>('get_contact', { contact_id: id });
  return contact.company ?? undefined;
}

// ---------------------------------------------------------------------------

/** A contact detail added or given to someone already there: "add Daniel's phone: …", "save it on his contact", "the right email for Beacon is …". */
const DETAIL =
  '(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|number|address|company|job title|title|position|role|surname|last name)';
function addsDetail(text: string): boolean {
  if (/\?\s*$/.test(text) || /^(?:what|whats|what's|who|where|when|how|which|is|are|do|does|did|can|could)\b/i.test(text)) return false;
  return (
    new RegExp(`^(?:add|save|put|store|enter|record)\\s+(?:the\\s+)?[\\p{L}'’. -]+?['’]s\\s+(?:new\\s+)?${DETAIL}\\b`, 'iu').test(text) ||
    /\b(?:save|put|store|add|keep|update|record)\s+(?:it|that|this|them)\s+(?:on|to|in|into|under)\s+(?:his|her|their|the|its)\s+(?:contact|record|card|file|profile|details)\b/i.test(
      text,
    ) ||
    // "the right email for Beacon is …", "kenji's phone is +81 …": a statement of a value that is an email or a phone number
    (new RegExp(`\\b${DETAIL}\\s+(?:(?:for|of|on)\\s+\\S+(?:\\s+\\S+)?\\s+)?(?:is|=|should be|will be)\\s+(?:now\\s+)?${VALUE}`, 'i').test(
      text,
    ) &&
      !NEW_PERSON.test(text)) ||
    // "grace's phone number is wrong, it's +1 …", "priya's email changed, it's priya@… now", "the email on kenji is outdated, use …":
    // the old value is gone, the new one follows
    (new RegExp(
      `\\b${DETAIL}\\s+(?:(?:for|of|on)\\s+\\S+(?:\\s+\\S+)?\\s+)?(?:(?:is|was)\\s+(?:wrong|outdated|out of date|old|incorrect|not right)|(?:has\\s+|just\\s+)?(?:changed|been changed|been updated|is different|moved))\\b.*?${VALUE}`,
      'i',
    ).test(text) &&
      !NEW_PERSON.test(text)) ||
    // "use kenji@kaze.co.jp for Kenji from now on"
    new RegExp(`^use\\s+${VALUE}\\S*\\s+(?:for|as)\\s+\\S`, 'i').test(text)
  );
}

/** An email address or a phone number (a plus or seven digits and more). */
const VALUE = '(?:\\+\\d|\\(?\\d[\\d\\s().-]{6,}|[^\\s@]+@)';
const NEW_PERSON = /^(?:new|add|create)\b|\b(?:add|save|create)\s+(?:her|him|them)\b|\bnew (?:contact|lead|customer|client)\b/i;

/** A detail given to a contact already there, read before the features' rules ("use … for Kenji from now on" is no timer). */
export function wantsContactDetail(turn: Turn): boolean {
  return addsDetail(turn.text) && !turn.has('task', 'tasks', 'invoice', 'invoices', 'expense', 'payment', 'quote', 'deal');
}

/** "Beacon: set status to customer", "Amara Okafor - change her email …": the request after the contact named first, as words. */
function afterNameLabel(turn: Turn): string {
  const label = /^[^:"“?]{2,40}?(?::|\s[-–—])\s*(?=\S)/.exec(turn.text);
  return label ? words(turn.text.slice(label[0].length)).join(' ') : turn.w.join(' ');
}

/** "give him the position Principal Architect", "give her the title …": a field given a value, read as "set his position to …". */
const FIELD_GIVEN =
  /\bgive\s+(him|her|them|it)\s+(?:the\s+|a\s+)?(?:new\s+)?(position|job title|title|role|status|company|e-?mail(?: address)?|phone(?: number)?)\s+(?:of\s+)?(?=\S)/i;
const POSSESSIVE: Record<string, string> = { him: 'his', her: 'her', them: 'their', it: 'its' };

export function wantsContactChange(turn: Turn): boolean {
  if (turn.has('task', 'tasks', 'invoice', 'invoices', 'expense', 'payment')) return false;
  if (addsDetail(turn.text)) return true;
  return (
    [turn.w.join(' '), afterNameLabel(turn)].some((t) =>
      /^(please )?(change|update|set|edit|mark|make|move|switch|correct|fix|rename|put)\b/.test(t),
    ) ||
    FIELD_GIVEN.test(turn.text) ||
    turn.test(
      /\b(is now|became|becomes|has become|now works|moved to|moved from|joined|switched to|should be|should read|should say|needs to be|must be|goes by|new (email|phone|number|mobile|address|company|title|job title|position|role|surname|last name)|(switched|changed|moved) (companies|company|jobs|job|employers?)|(got |was |has been |been )?(promoted|appointed|hired as|took over as|stepped up as|made head))\b/,
    ) ||
    // "tomas novak is back, mark him as active"
    turn.test(/\b(mark|make|set)\b.*\bas (a |an )?(customer|client|lead|prospect|active|inactive)\b/) ||
    // "Grace Whitfield is a customer now", "Daniel is our customer as of this week" (a statement, not "is Grace a customer?")
    (turn.test(/\b(is|s) (now |our |my |a |an |officially )*(customer|client|lead|prospect|active|inactive)\b/) &&
      !turn.test(/^(is|are|was|who|which|what|how|any|does|do|give|show|list|find|search|tell)\b/) &&
      !turn.test(/\b(everyone|everybody|anyone|anybody|all|those|people|contacts|ones) (who|that)\b/) &&
      !/\?\s*$/.test(turn.text)) ||
    // "Beacon's a customer now, they signed": the status after a possessive-looking "'s"
    (/^[^?]*?['’]s\s+(?:now\s+|our\s+|my\s+|a\s+|an\s+|officially\s+)+(?:customer|client|lead|prospect)\b(?!\s*(?:'s|’s|email|phone|number|name))/i.test(
      turn.text,
    ) &&
      !turn.test(/^(is|are|was|who|which|what|how|any|does|do|give|show|list|find|search|tell)\b/) &&
      !/\?\s*$/.test(turn.text)) ||
    // "kenji isn't active any more, set him to inactive", "priya's contract ended - set her status to inactive": the change in a later clause
    // "sofia signed with us! set her status to customer": or in a sentence of its own
    /(?:[,;:!]|\.(?=\s)|\s-|\bso|\band)\s+(?:please\s+)?(?:change|update|set|edit|mark|make|switch|correct|fix|put|move)\s+(?:him|her|them|his|their|the|it|its)\b/i.test(
      turn.text,
    ) ||
    // "Lukas's title is Managing Director now": a field stated with a value that is new
    (new RegExp(
      `\\b(?:${FIELD_NAMES})\\s+is\\s+\\S.*\\s(?:now|these days|nowadays|from now on|as of (?:today|this week|this month))[\\s.!]*$`,
      'i',
    ).test(turn.text) &&
      !/\?\s*$/.test(turn.text)) ||
    // "Priya Raman has left Fernhill, she is at Larch Analytics now", "Lukas is with Acme now"
    (/\b(?:has left|left|quit|is no longer (?:at|with))\b.*\b(?:is|s|'s|works|now)\b\s+(?:now\s+)?(?:at|with|for)\s+\S/i.test(turn.text) &&
      !/\?\s*$/.test(turn.text)) ||
    // "Lukas changed his number to …", "Amara updated her email: …"
    turn.test(
      /\b(changed|updated|switched|got) (his|her|their) (email|phone|number|mobile|address|company|job|title|position|name|surname|last name|first name)\b/,
    ) ||
    // "Sofia Marquez phone: +34 600 123 456", "Lukas email = l.brandt@…": a field and its new value
    ((/\b(?:e-?mail|phone|mobile|number)\s*(?::|=)\s*(?:\+|\d|[^\s@]+@)/i.test(turn.text) ||
      /\b(?:company|job title|title|position|address|employer)\s*(?::|=)\s*\S/i.test(turn.text)) &&
      !/\?\s*$/.test(turn.text)) ||
    // "Amara's phone number changed to …", "Kenji's company has changed to …"
    turn.test(/\b(changed|switched|moved) (to|into)\b/)
  );
}

/**
 * "make grace whitfield a customer, she signed today", "set tomas to inactive": a contact given a status, read before
 * the deal rules (a customer who "signed" is not a deal moved, unless a deal is named).
 */
export function wantsContactStatus(turn: Turn): boolean {
  const t = turn.w.join(' ');
  return (
    [t, afterNameLabel(turn)].some((said) =>
      /^(make|mark|set|switch|change|turn|flag)\s+(?!(?:it|that|this|the|all|every|everyone)\b)\S+(?:\s+\S+)?\s+(?:to |as |into |back to )?(?:a |an |our |my )?(customer|client|lead|prospect|active|inactive)\b/.test(
        said,
      ),
    ) && !/\b(deals?|pipeline|stage|invoices?|quotes?|tasks?|todo|priority)\b/.test(t)
  );
}

const FIELD_NAMES =
  'company|employer|organi[sz]ation|firm|workplace|position|job title|title|role|job|address|notes?|first name|last name|surname|name|e-?mail|phone|mobile|hourly rate|billing rate|rate';
const FIELD_NAMED = new RegExp(`\\b(${FIELD_NAMES})\\b`, 'i');
/** "…, update his title", "- change her company": the field a request after the news names. */
const FIELD_REQUESTED = new RegExp(
  `(?:[,;.]|\\s[-–])\\s*(?:so\\s+|please\\s+|pls\\s+|can you\\s+)?(?:change|update|set|edit|fix|correct|put)\\s+(?:his|her|their|its|the)\\s+(${FIELD_NAMES})\\b.*$`,
  'i',
);

/**
 * The value news states: the words after its last "is"/"it's"/"goes by", without a closing "now", a word that only
 * insists ("is actually Márquez") or a comment after a comma or dash ("Márquez, with the accent - fix it").
 */
function statedValue(news: string): string | undefined {
  const m =
    /^.*\b(?:is|its|it['’]s|goes by|is called|are)\s+(?:now\s+|actually\s+|really\s+|in fact\s+)*(?:at\s+|with\s+)?(.+?)[\s.!]*$/i.exec(
      news.trim(),
    );
  const value = m?.[1]?.split(/\s*(?:[,;]|\s[-–—])\s/)[0]?.trim();
  return value && !/^(?:a|an|the|not|no|he|she|they|it)$/i.test(value) ? withoutWhen(value) : undefined;
}

/** A value without the words that only say when ("Dan now", "Managing Partner these days"). */
function withoutWhen(value: string): string {
  return value.replace(/\s+(?:now|these days|nowadays|at the moment|currently|from now on|as of today|going forward)$/i, '').trim();
}

export async function changeContact(turn: Turn): Promise<EngineAnswer> {
  const text = turn.text.replace(FIELD_GIVEN, (_, who: string, field: string) => `set ${POSSESSIVE[who.toLowerCase()]} ${field} to `);
  // the person is named before the new value ("set X's email to Y"): look there first
  const split =
    /\s(?:(?:got |was |has been )?(?:promoted|appointed)(?: to| as)|to|as(?! of\b)|into|=|is now|became|becomes|has become|now works|moved to|joined|switched to|should be|should read|should say|needs to be|must be|goes by)\s/i.exec(
      text,
    ) ??
    // "… has left Fernhill, she is at Larch Analytics now"
    /\s(?:is|’s|'s)\s+(?:now\s+)?(?:at|with)\s/i.exec(text) ??
    // "Kenji's title: Senior Producer": the field before the colon, its value after
    // "Amara Okafor: new title - Managing Partner": or after a dash
    /(?<=\b(?:company|employer|job title|title|position|role|address)\s*)(?:[:=]|-(?=\s))\s*/i.exec(text);
  const subject = split ? text.slice(0, split.index) : text;
  let found = await turn.contactIn(subject);
  if (!found.contact && found.ambiguous.length === 0) found = await turn.contactIn(text);
  if (found.ambiguous.length) return whichOne(found.ambiguous);
  // "set the owner's status to customer": the one contact with that job title, or which one
  const role = found.contact ? undefined : THE_ROLE.exec(subject)?.[1];
  const withRole = role ? (await contactsWithRole(turn, role)).contacts : [];
  if (withRole.length > 1) return whichOne(withRole);
  const contact = found.contact ?? withRole[0];
  if (!contact) return askBack('Which contact should I change? I could not find that name among your contacts.');
  let value = split
    ? text
        .slice(split.index + split[0].length)
        .trim()
        // "… moved to Nordwerk Digital GmbH, change his company": the request after the value is no part of it
        .replace(
          /\s*(?:[,;]|\s[-–])\s*(?:so\s+|please\s+|pls\s+|can you\s+)?(?:change|update|set|edit|fix|save|put|mark|make|switch|correct)\b.*$/i,
          '',
        )
        .replace(/[.!]+$/, '')
    : '';
  // 'the company … should read "Casa Marquez SL"': the value without its quotes
  value = withoutWhen(value).replace(/^["“]+|["”]+$/g, '');
  // "Priya is now Head of Product at Fernhill": a new title, at a company named only if it is another one
  const roleAt = new RegExp(`^(?:the |a |an |our )?(${ROLES})\\s+(?:at|of|for|with)\\s+(.+)$`, 'i').exec(value);
  const changes: Record<string, unknown> = {};
  const email = EMAIL_RE.exec(text)?.[0];
  if (email) changes.email = email;
  const phone = phoneIn(text);
  if (phone && !email) changes.phone = phone;
  // the field named before the value, else in the request that follows the news ("…, update his title"),
  // else a change of employer said as news ("switched companies")
  const requested = FIELD_REQUESTED.exec(text);
  let field = (
    FIELD_NAMED.exec(subject)?.[1] ??
    requested?.[1] ??
    (/\b(?:switched|changed|moved)\s+(?:companies|company|jobs|job|employers?)\b/i.test(text) ? 'company' : undefined)
  )?.toLowerCase();
  if (field && /^(?:organi[sz]ation|firm|business|workplace)$/.test(field)) field = 'company';
  // "kenji is Executive Producer now, update his title", "daniel kim goes by Dan - change his first name": the value stated in the news
  if (field && !value) value = statedValue(requested ? text.slice(0, requested.index) : text) ?? '';
  const valueWords = value.toLowerCase().split(/\s+/);
  const status = statusIn(
    turn,
    valueWords.map((w) => w.replace(/[^a-z]/g, '')),
  );
  if (field && value && !email && !phone) {
    if (field === 'company' || field === 'employer') changes.company = cleanCompany(value);
    else if (['position', 'title', 'role', 'job', 'job title'].includes(field)) changes.position = value;
    else if (field === 'address') changes.address = value;
    // "set her hourly rate to 120": the rate for her tracked time, an exact amount
    else if (field.endsWith('rate')) {
      const rate = findAmounts(value, turn.req.user.locale)[0]?.value;
      if (rate) changes.hourly_rate = rate;
    } else if (field.startsWith('note')) changes.notes = value;
    else if (field === 'first name') changes.first_name = titleCase(value);
    else if (field === 'last name' || field === 'surname') changes.last_name = titleCase(value);
    else if (field === 'name') {
      const [first, ...rest] = titleCase(value).split(/\s+/);
      changes.first_name = first;
      changes.last_name = rest.length ? rest.join(' ') : null;
    }
  } else if (roleAt && !email && !phone) {
    changes.position = titleCaseRole(roleAt[1]!);
    const said = words(roleAt[2]!).filter((w) => !['the', 'a', 'an'].includes(w));
    const current = words(contact.company ?? '');
    if (said.length > 0 && !said.every((w) => current.includes(w))) changes.company = cleanCompany(roleAt[2]!);
  } else if (value && !email && !phone && !status && new RegExp(`^(?:the |a |an |our )?(?:${ROLES})$`, 'i').test(value)) {
    // "update Grace: she is now Managing Director"
    changes.position = titleCaseRole(value.replace(/^(?:the|a|an|our)\s+/i, ''));
  } else if (
    (/\b(now works|moved to|moved from|joined|switched to|works at|works for|is at|is with|has left|left)\b/i.test(text) ||
      /^(?:at|with|working (?:at|for))\s/i.test(value)) &&
    value &&
    !status
  ) {
    changes.company = cleanCompany(value.replace(/^(?:at|for|with|working (?:at|for))\s+/i, ''));
  } else if (/^rename\b/i.test(text) && value) {
    const [first, ...rest] = titleCase(value).split(/\s+/);
    changes.first_name = first;
    changes.last_name = rest.length ? rest.join(' ') : null;
  } else if (status && !email && !phone) {
    changes.status = status;
  } else if (!split && !email && !phone) {
    const anywhere = statusIn(turn);
    if (anywhere) changes.status = anywhere;
  }
  if (Object.keys(changes).length === 0) {
    return askBack(`What should I change for ${link(contact.name, contact.url)}? For example its status, email, phone or company.`);
  }
  return propose(turn, 'update_contact', { contact_id: contact.id, changes });
}

// ---------------------------------------------------------------------------

export function wantsContactList(turn: Turn): boolean {
  const noun = turn.has(
    'contacts',
    'contact',
    'leads',
    'lead',
    'customers',
    'customer',
    'clients',
    'client',
    'people',
    'prospects',
    'everyone',
    'everybody',
    'inactive',
    'active',
  );
  const verb = turn.has(
    'show',
    'list',
    'who',
    'how many',
    'many',
    'all',
    'find',
    'search',
    'my',
    'which',
    'give',
    'count',
    'number of',
    'look for',
    'any',
  );
  // "Tomás Novák: which company is he from, and is he still active?": a question about one person
  if (
    turn.has('he', 'she', 'him', 'his', 'her') &&
    !turn.has('contacts', 'leads', 'customers', 'clients', 'people', 'prospects', 'everyone', 'everybody')
  )
    return false;
  // "the contact card of the CTO at Harborline", "contact details for …": one contact, not a list
  // "show me the contact for daniel osei": one contact too
  if (turn.test(/\bcontact (card|details|info|page|record)\b|\bthe contact (for|of) \S/) && !turn.has('contacts')) return false;
  // "what is the email of my contact at the studio": a detail of one contact, known by where they work
  if (
    turn.test(
      /\b(e ?mail|email address|phone|number|mobile|address|title|job title|position|role|status) (of|for|on) (my|our|the) (contact|person|guy|man|woman|lady|client|customer) (at|from|in)\b/,
    )
  )
    return false;
  // "who in my crm is a Creative Director", "any producers in my contacts?": contacts by their job title
  if (ROLE_ASKED.test(turn.text)) return true;
  // "anyone with an email at novak.cz?": people by the domain of their address
  if (EMAIL_DOMAIN.test(turn.text) && turn.test(/\b(anyone|anybody|someone|who|contacts?|people|email|emails)\b/)) return true;
  return (
    (noun && verb) ||
    // "contacts whose status is inactive or customer", "customers and leads - who are they?"
    (turn.has('contacts', 'leads', 'customers', 'clients', 'people', 'prospects') &&
      /\b(whose|with status|status is|who are they|who are those)\b/.test(turn.w.join(' '))) ||
    // "who have I got at Nordwerk, Studio Kaze and Fernhill?", "who do we know at Brightleaf"
    turn.test(/\bwho (have i got|have we got|do i have|do we have|do i know|do we know)\b.*\b(at|from)\b/) ||
    turn.test(/\bwho (works|is working) (at|for)\b/) ||
    // "is there a contact called Sam?", "anyone named Kim?"
    turn.test(
      /^(is there|are there|do i have|do we have|have i got|have we got|any|find|search|list|show)\b.*\b(contacts?|anyone|anybody|people|leads?|customers?|clients?)\b.*\b(called|named)\b/,
    ) ||
    // "contacts at nordwerk or studio kaze?", "any clients from Fernhill"
    turn.test(
      /^(my |any |all |all my )?(contacts|people|leads|customers|clients|prospects|everyone|everybody|anyone|anybody) (at|from|with|in) \S/,
    ) ||
    // "customers only", "just the leads": a status alone, narrowed
    turn.test(
      /^(only |just )?(the )?(my |all |all my )?(active |inactive )?(contacts|leads|customers|clients|people|prospects)( only)?[?.!]*$/,
    )
  );
}

/**
 * "list the active ones in my contacts", "contacts whose status is inactive or customer": the contacts by status,
 * said with the word contacts itself (read before the invoice questions, which also know "active" and "open").
 */
export function wantsContactsByStatus(turn: Turn): boolean {
  // "who is set as inactive?" asks who has a status ("set" here changes nothing)
  const t = turn.w.join(' ').replace(/\b(is|are|was|were) (set|marked|flagged|listed|tagged) (as|to)\b/g, '$1');
  // "what status is Daniel Osei on in the crm": the status of one contact
  if (/\bwhat (status|stage) (is|s|does|has)\b/.test(t)) return false;
  return (
    /\b(contacts|contact list|address book|crm)\b/.test(t) &&
    /\b(leads?|customers?|clients?|prospects?|active|inactive|status)\b/.test(t) &&
    !/\b(invoices?|quotes?|deals?|tasks?|todos?|notes?|add|create|new|save|mark|set|make|change|update|put|store|enter|register|stick|pop)\b/.test(
      t,
    )
  );
}

/** The statuses a list asks for, in the order said ("customers and leads", "inactive or customer"). */
function statusesIn(turn: Turn, said = turn.w): ('lead' | 'active' | 'customer' | 'inactive')[] {
  const t = said.join(' ');
  const found: ('lead' | 'active' | 'customer' | 'inactive')[] = [];
  for (const [i, w] of said.entries()) {
    // "which are active? not the customers": a status said only to be left out
    if (STATUS_WORDS[w] && w !== 'active' && w !== 'inactive' && NOT_ANY_MORE.test(said.slice(Math.max(0, i - 3), i).join(' '))) continue;
    const status = w === 'inactive' || w === 'active' ? (/\bnot active\b/.test(t) ? 'inactive' : w) : STATUS_WORDS[w];
    if (status && !found.includes(status)) found.push(status);
  }
  return found;
}

/** The companies a list asks about: "who have I got at Nordwerk GmbH, Studio Kaze and Fernhill?" → three. */
function companiesIn(text: string): string[] {
  const phrase =
    /\b(?:works?|working)\s+(?:at|for)\s+(.+?)[?.!]*$/i.exec(text)?.[1] ??
    /\b(?:contacts|people|anyone|anybody|someone|somebody|who|everyone|everybody)\b(?:.*?\b(?:got|have|know))?\s+(?:at|from)\s+(.+?)[?.!]*$/i.exec(
      text,
    )?.[1];
  if (!phrase) return [];
  return phrase
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** "… leave out the leads", "customers besides priya", "everyone except Acme": what a list is asked without. */
const EXCEPT =
  /\s*(?:[,;?.]\s*)?\b(?:leave out|leaving out|except(?: for)?|excluding|besides|other than|apart from|but not|not counting|without|skip|minus)\b\s*/i;

export async function listContacts(turn: Turn): Promise<EngineAnswer> {
  const except = EXCEPT.exec(turn.text);
  if (except) {
    // the list asked for, then the contacts it is asked without (by status or by name)
    const kept = new Turn(turn.req, turn.text.slice(0, except.index));
    const left = words(turn.text.slice(except.index + except[0].length));
    const leftStatuses = statusesIn(turn, left);
    const listed = await listContactsOf(kept);
    const leftOut = (c: ContactOut) =>
      leftStatuses.includes(c.status as 'lead') ||
      words(`${c.name} ${c.company ?? ''}`).some((w) => w.length >= 3 && left.some((l) => l.length >= 3 && wordSimilarity(l, w) >= 0.85));
    return listed.contacts ? { ...listWithout(kept, listed, leftOut) } : listed.answer;
  }
  return (await listContactsOf(turn)).answer;
}

function listWithout(
  turn: Turn,
  listed: { answer: EngineAnswer; contacts?: ContactOut[]; what?: string },
  leftOut: (c: ContactOut) => boolean,
): EngineAnswer {
  const contacts = listed.contacts!.filter((c) => !leftOut(c));
  const removed = listed.contacts!.length - contacts.length;
  if (contacts.length === 0) return answer(`You have no other ${listed.what} (${removed} left out).`);
  const items = contacts.map((c) => ({ name: c.name, url: c.url, extra: c.company ? `${c.company}, ${c.status}` : c.status }));
  const what = contacts.length === 1 ? listed.what!.replace(/s$/, '') : listed.what;
  return answer(`You have ${contacts.length} ${what} (${removed} left out): ${listNames(items, 15)}.`);
}

/** "who in my crm is a Creative Director", "which contacts are producers", "any CTOs in my contacts?": a job title asked about. */
const ROLE_ASKED = new RegExp(
  String.raw`\b(?:who|which (?:of (?:my |our |the )?)?(?:contacts?|people|clients|customers))\b[^?]*?\b(?:is|are|works? as)\s+(?:an?\s+)?(${ROLES})s?\b|^(?:any|all(?: my| the)?)\s+(${ROLES})s\b(?=.*\b(?:contacts|crm|address book)\b)`,
  'i',
);
/** "the owner's email", "call the CTO": one contact meant by their job title. */
const THE_ROLE = new RegExp(String.raw`\bthe (${ROLES})\b`, 'i');

/**
 * The contacts whose position holds `role` ("director" finds "Creative Director"), asked of the whole account through
 * search_contacts' `position` filter (docs/decisions/0229-contacts-position-filter.md); `total` is how many hold it when
 * more than the 50 read do.
 */
async function contactsWithRole(turn: Turn, role: string): Promise<{ contacts: ContactOut[]; total?: number }> {
  const page = await turn.read<{ total: number; contacts: ContactOut[] }>('search_contacts', { position: role, limit: 50 });
  const said = words(role);
  const contacts = page.contacts.filter((c) => said.every((w) => words(c.position ?? '').some((p) => wordSimilarity(w, p) >= 0.85)));
  return { contacts, total: page.total > page.contacts.length ? page.total : undefined };
}

async function listContactsOf(turn: Turn): Promise<{ answer: EngineAnswer; contacts?: ContactOut[]; what?: string }> {
  const role = ROLE_ASKED.exec(turn.text);
  if (role) {
    const title = titleCaseRole(role[1] ?? role[2]!);
    const { contacts, total } = await contactsWithRole(turn, title);
    const items = contacts.map((c) => ({ name: c.name, url: c.url, extra: [c.position, c.company].filter(Boolean).join(', ') }));
    const what = `${contacts.length === 1 ? 'contact' : 'contacts'} with “${title}” in their position`;
    if (contacts.length === 0) return { answer: answer(`No contact has “${title}” in their position.`), contacts, what };
    // more than one read holds it: the newest, and how many there are
    const of = total ? ` (the newest ${contacts.length} of ${total})` : '';
    return { answer: answer(`${contacts.length} ${what}${of}: ${listNames(items, 15)}.`), contacts, what };
  }
  const companies = companiesIn(turn.text);
  const company = companies.length ? companies.join(', ') : undefined;
  // "find contacts named Kim", "anyone called Daniel?"
  const named =
    /\b(?:named|called)\s+["“]?(.+?)["”]?[?.!]*$/i.exec(turn.text)?.[1] ??
    // "search contacts for nordwerk", "look for "studio kaze"": the words searched for
    (companies.length === 0
      ? /\b(?:search|look)(?:\s+(?:in\s+)?(?:my\s+|the\s+)?contacts)?\s+for\s+["“]?(.+?)["”]?[?.!]*$/i.exec(turn.text)?.[1]
      : undefined);
  const statuses = company ? [] : statusesIn(turn);
  const status = statuses.length === 1 ? statuses[0] : undefined;
  const domain = EMAIL_DOMAIN.exec(turn.text)?.[1];
  const queries: Record<string, unknown>[] = domain
    ? [{ query: domain }]
    : named
      ? [{ query: named.trim() }]
      : companies.length
        ? companies.map((c) => ({ query: c }))
        : statuses.length
          ? statuses.map((st) => ({ status: st }))
          : [{}];
  const seen = new Map<string, ContactOut>();
  let total = 0;
  for (const q of queries) {
    const page = await turn.read<{ total: number; contacts: ContactOut[] }>('search_contacts', { limit: 50, ...q });
    if (queries.length === 1) total = page.total;
    for (const c of page.contacts) seen.set(c.id, c);
  }
  const contacts = [...seen.values()];
  if (queries.length > 1) total = contacts.length;
  const what =
    statuses.length > 1
      ? statuses.map((st) => `${st}s`).join(' and ')
      : status && !company
        ? total === 1
          ? status
          : `${status}s`
        : total === 1
          ? 'contact'
          : 'contacts';
  const where = company ? ` at ${company}` : named ? ` named ${named.trim()}` : '';
  if (total === 0) return { answer: answer(`You have no ${what}${where}.`), contacts, what };
  const items = contacts.map((c) => ({
    name: c.name,
    url: c.url,
    extra: statuses.length > 1 ? `${c.company ? `${c.company}, ` : ''}${c.status}` : c.company,
  }));
  if (turn.has('many', 'count', 'number of')) {
    return { answer: answer(`You have ${total} ${what}${where}${total <= 10 ? `: ${listNames(items)}` : ''}.`), contacts, what };
  }
  return { answer: answer(`You have ${total} ${what}${where}: ${listNames(items, 15)}.`), contacts, what };
}

// ---------------------------------------------------------------------------

/**
 * "I need to ring Daniel Kim at Harborline, what number have we got?", "emailing Priya later - what's her address?":
 * a plan, then a question about a contact's detail; the question is the request (read before the plan reads as a task).
 */
const DETAIL_ASKED_AFTER =
  /(?:[,;:]|\s[-–])\s*(?:so\s+|and\s+|but\s+)?(?:what|what['’]s|whats|which|where|do (?:we|i) have|have (?:we|i) got)\b[^,;?]*\b(?:number|phone|mobile|e-?mail(?: address)?|address)\b[^,;?]*\?\s*$/i;

/**
 * "what do I have on Tomas Novak: email and status", "what have we got on Kenji - phone, company?": what is on record
 * for someone, the fields listed after it (not the tasks "what do I have on tomorrow" asks for).
 */
const FIELD_LISTED =
  '(?:e-?mail(?: address)?|phone(?: number)?|number|mobile|company|employer|job title|title|position|role|status|address|notes?)';
const DETAILS_LISTED = new RegExp(
  `^(?:so\\s+)?(?:what|what['’]s|whats)\\s+(?:do|have|did)\\s+(?:i|we|you)\\s+(?:got\\s+|have\\s+|know\\s+|saved\\s+)?(?:on|about|for)\\s+[^:?,;]+?\\s*(?::|[-–—]|,)\\s*${FIELD_LISTED}(?:\\s*(?:,|and|&|\\+|\\/)\\s*${FIELD_LISTED})*[\\s?.!]*$`,
  'i',
);

export function asksContactDetail(turn: Turn): boolean {
  return DETAIL_ASKED_AFTER.test(turn.text) || DETAILS_LISTED.test(turn.text);
}

const FIELD_QUESTIONS: [RegExp, keyof ContactOut | 'card', string][] = [
  [/\b(e-?mail|mail address|email address)\b/, 'email', 'email'],
  [/\b(phone|number|call|mobile|cell|tel)\b/, 'phone', 'phone number'],
  [/\b(company|work|works|working|employer)\b/, 'company', 'company'],
  [
    /\b(position|title|role|job|do for a living)\b|\bwhat\b.*\bdoes\b(?!.*\b(owe|owes|have|has|want|need|live|say|cost)\b)/,
    'position',
    'position',
  ],
  [/\b(address|located|live|lives|where is)\b/, 'address', 'address'],
  [/\b(notes?|remarks?)\b/, 'notes', 'notes'],
  [
    /\b(status|stage)\b|\b(still|currently|now) (an? )?(active|inactive|customer|client|lead)\b|\b(is|are) (he|she|they) (still |currently |now )?(an? )?(active|inactive|customer|client|lead|prospect)\b/,
    'status',
    'status',
  ],
];

export async function contactInfo(turn: Turn): Promise<EngineAnswer | undefined> {
  const found = await turn.contactIn();
  if (found.ambiguous.length) return whichOne(found.ambiguous);
  // "what's the customer's email": the one customer, or which one
  const meant = found.contact ? [found.contact] : namesTheStatus(turn) ? await contactsOfStatusMeant(turn) : [];
  // "what's the owner's email": the one contact with that job title, or which one
  const role = meant.length === 0 ? THE_ROLE.exec(turn.text)?.[1] : undefined;
  if (role) meant.push(...(await contactsWithRole(turn, role)).contacts);
  if (meant.length > 1) return whichOne(meant);
  if (!meant[0]) return undefined;
  const contact = await turn.read<ContactOut>('get_contact', { contact_id: meant[0].id });
  const name = link(contact.name, contact.url);
  // "I need to email Priya, what's her number?": the fields the question asks, not those the plan before it names
  const question = DETAIL_ASKED_AFTER.exec(turn.text)?.[0];
  const joined = question ? words(question).join(' ') : turn.w.join(' ');
  // "… - who is that?": the whole card, whatever else the text says ("email from tomas …")
  const whoIs = /\bwho (is|s) (that|this|he|she|it|they)\b|\bwho are they\b/.test(joined);
  const fieldAnswer = (field: keyof ContactOut | 'card', label: string): string => {
    if (field === 'position' && contact.position)
      return `${name} is ${contact.position}${contact.company ? ` at ${contact.company}` : ''}.`;
    if (field === 'company') {
      return contact.company
        ? `${name} ${contact.position ? `is ${contact.position} at` : 'works at'} ${contact.company}.`
        : `I have no company for ${name}.`;
    }
    const value = contact[field as keyof ContactOut];
    if (field === 'notes') return value ? `The notes on ${name} say: “${String(value)}”` : `There are no notes on ${name}.`;
    return value ? `${name}'s ${label} is ${String(value)}.` : `I have no ${label} for ${name}.`;
  };
  const asked = (whoIs ? [] : FIELD_QUESTIONS).filter(([re]) => re.test(joined));
  // "Daniel Kim: phone and company", "her email, phone and address": every field asked for, in one answer
  // "when is it ok to call kenji? check what's in his notes": two questions, both answered
  if (asked.length >= 2 && /\b(and|plus|&)\b|,|[?.]\s+\S/.test(turn.text))
    return answer(asked.map(([, field, label]) => fieldAnswer(field, label)).join(' '));
  if (asked[0]) return answer(fieldAnswer(asked[0][1], asked[0][2]));
  const lines = [
    `${name}${contact.position || contact.company ? ` — ${[contact.position, contact.company].filter(Boolean).join(' at ')}` : ''} (${contact.status})`,
    contact.email ? `Email: ${contact.email}` : null,
    contact.phone ? `Phone: ${contact.phone}` : null,
    contact.address ? `Address: ${contact.address}` : null,
    contact.notes ? `Notes: “${contact.notes}”` : null,
  ].filter(Boolean);
  return answer(lines.join('\n'));
}

// ---------------------------------------------------------------------------

/** "the customer", "the client", "the lead": a contact meant by its status alone. */
const STATUS_NAMED = String.raw`\bthe (customer|client|lead|prospect)(?!\s*(?:stage|status|list|column|deals?|pipeline|time|office|site|place|premises|building|home|house|side|work\b(?!\s+(?:out|on|with|for|at|in|as)\b)|s\b|(?:on|of|from|at|who|that)\b))\b`;
/** Said after "from", "to", "at", "by", "of" it is a client in general ("an answer from the client", "a taxi to the client's office"). */
const THE_STATUS = new RegExp(String.raw`(?<!\b(?:from|to|at|by|of)\s)${STATUS_NAMED}`);
/** Where a note goes ("add a note to the lead: …"), "to the lead" is the contact itself. */
const THE_STATUS_NOTED = new RegExp(STATUS_NAMED);

/** Whether a request names a contact by its status alone ("what's the customer's email", "open a deal with the customer"). */
export function namesTheStatus(turn: Turn): boolean {
  // the words as typed: "the project" is no typo of "the prospect"
  const t = words(turn.text).join(' ');
  return THE_STATUS.test(t) && !/\b(inv|quo)-?\d+\b/.test(t);
}

/**
 * The contacts "the customer" can mean when the request names nobody: the contacts of that status.
 * One is the contact meant; several make the engine ask which (docs/decisions/0192-assistant-contacts-said-as-news.md).
 */
export async function contactsOfStatusMeant(turn: Turn, said = THE_STATUS.exec(words(turn.text).join(' '))?.[1]): Promise<Candidate[]> {
  if (!said) return [];
  const found = await turn.contactIn();
  if (found.contact || found.ambiguous.length) return [];
  const page = await turn.read<{ contacts: ContactOut[] }>('search_contacts', { limit: 6, status: STATUS_WORDS[said] });
  return page.contacts;
}

/** A request naming "the customer" when there are several: which one (before the feature's own rules). */
export async function whichOfStatus(turn: Turn): Promise<EngineAnswer | undefined> {
  const meant = await contactsOfStatusMeant(turn);
  // "the client paid in full today": one who owes, so which of the unpaid invoices
  if (meant.length > 1) {
    const paid = await whichInvoicePaid(turn);
    if (paid) return paid;
  }
  return meant.length > 1 ? whichOne(meant) : undefined;
}

const OVERVIEW_WORDS = /\b(status|update|overview|summary|rundown|picture|snapshot|state|health|round ?up|report|recap)\b/;
const DOMAIN_WORDS = /\b(contacts|clients|customers|tasks|todos|invoices|cash|money|finances|deals|pipeline|quotes|hours|bank)\b/g;

/**
 * "a quick status of contacts, tasks and cash": a summary of several features at once is the overview,
 * read before the rules of each feature (which would answer about the first one named).
 */
export function wantsBroadOverview(turn: Turn): boolean {
  const t = turn.w.join(' ');
  if (/^(add|create|new|make|remind|log|record|draft|put|save|set|change|update|move|mark)\b/.test(t)) return false;
  const domains = new Set(t.match(DOMAIN_WORDS) ?? []);
  return (OVERVIEW_WORDS.test(t) && domains.size >= 2) || figuresOfSeveral(turn);
}

/** Clauses joined as two questions in one ("…, plus how many …", "…; …"). */
const CLAUSES = /\s*(?:,?\s+(?:plus|as well as|along with|and also)\s+|,\s+and\s+|;\s*)/;
/** A figure the overview holds: a count, a sum, what is open, unpaid or overdue. */
const FIGURE = /\b(how many|how much|outstanding|overdue|unpaid|open|due)\b/;

/** "what is outstanding and overdue on invoices, plus how many open tasks?": a figure of one feature in each clause. */
function figuresOfSeveral(turn: Turn): boolean {
  const clauses = turn.folded.split(CLAUSES).map((c) => ({ domains: c.match(DOMAIN_WORDS) ?? [], figure: FIGURE.test(c) }));
  const asked = clauses.filter((c) => c.figure && c.domains.length > 0);
  return asked.length >= 2 && new Set(asked.map((c) => c.domains.join(' '))).size >= 2;
}

export function wantsOverview(turn: Turn): boolean {
  // an address is no word of the request ("anna@numbers.co" says nothing about numbers)
  const t = turn.w.filter((w) => !w.includes('@')).join(' ');
  if (/\bhow (is|s) (the|this) (month|week|year|quarter) (going|looking|shaping up)\b/.test(t)) return true;
  // "where are we at with everything", "overall health of my business", "hows my business doing overall"
  if (
    /^(?:so )?where (?:are we|am i|do we stand|do i stand)(?: at)?(?: with (?:everything|things|it all|the business|my business|our business))?(?: overall| today| right now| now)?$/.test(
      t,
    ) ||
    /\b(?:overall )?health of (?:my|the|our) (?:business|company|account|books|workspace|finances)\b|\b(?:business|company|things|everything) (?:doing |going |looking )?overall\b/.test(
      t,
    ) ||
    /\bhows (?:my |the |our )?(?:business|things|company|everything)\b(?! (?:with|about|at|for) )/.test(t) ||
    // "what needs my attention today", "what does my business (or my month) look like right now": everything at once, no domain named
    /^what (?:needs|requires|deserves|wants) (?:my|our) (?:attention|focus)\b|\bfires?\b.*\b(?:put out|fight)\b|\b(?:anything|what s|whats|what is) on fire\b|\bany (?:emergencies|burning issues)\b|\bwhat (?:does|do) (?:my|the|our|this) (?:business|company|books|finances|account|numbers|day|week|month|quarter|year) look like\b/.test(
      t,
    )
  )
    return true;
  return /\b(overview|summary|summarize|summarise|sum up|dashboard|at a glance|how is business|hows business|how are things|status report|stats|numbers|state of play|snapshot|big picture|overall picture|whole picture|key figures|kpis?|rundown|run down|bird s eye|birds eye|where do i stand|where do we stand|catch me up|health check|headlines|general state|state of (my|the|our) (account|business|workspace|books|company)|(anything i should know|what should i (know|worry)|what do i need to know)(?! about (?!today|the business|my business|things|anything)\w)|what s new|whats new|what is new|the situation|how things stand|lay of the land|brief me|briefing|status update|state of affairs|state of things|recap|digest|how do things look|how are we looking|how s it looking)\b|\bhow (is |s |are )?(my |the |our )?(business|things|company|everything)\b(?! (with|about|at|for) )|\bhow (am i|are we|is it) (doing|going)\b/.test(
    t,
  );
}

interface Overview {
  contacts: { total: number; by_status: Record<string, number> };
  tasks?: { open: number; overdue: number; due_today: number };
  invoices?: { outstanding: { count: number; amount: Record<string, string> }; overdue: { count: number; amount: Record<string, string> } };
  month?: { currency: string; income: string; expense: string; net: string };
}

export async function overview(turn: Turn): Promise<EngineAnswer> {
  const o = await turn.read<Overview>('get_overview', {});
  const fmt = (v: string, c: string) => formatMoney(v, c, turn.req.user.locale);
  const sums = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([c, v]) => fmt(v, c))
      .join(' + ') || fmt('0.00', turn.req.user.currency);
  const parts = Object.entries(o.contacts.by_status).map(([status, n]) => `${n} ${n === 1 ? status : `${status}s`}`);
  const lines = [`Contacts: ${o.contacts.total} (${parts.join(', ')}).`];
  if (o.tasks) lines.push(`Tasks: ${o.tasks.open} open, ${o.tasks.due_today} due today, ${o.tasks.overdue} overdue ([Tasks](/tasks)).`);
  if (o.invoices) {
    lines.push(
      `Invoices: ${o.invoices.outstanding.count} unpaid (${sums(o.invoices.outstanding.amount)}), ${o.invoices.overdue.count} overdue (${sums(o.invoices.overdue.amount)}) ([Invoices](/invoices)).`,
    );
  }
  if (o.month)
    lines.push(
      `This month: income ${fmt(o.month.income, o.month.currency)}, expenses ${fmt(o.month.expense, o.month.currency)}, net ${fmt(o.month.net, o.month.currency)}.`,
    );
  return answer(lines.join('\n'));
}

// ---------------------------------------------------------------------------

export function wantsContactDeletion(turn: Turn): boolean {
  return turn.has('delete', 'remove', 'erase', 'wipe', 'purge') && !turn.has('task', 'tasks', 'todo', 'invoice', 'expense', 'transaction');
}

/** The assistant has no tool that deletes contacts: it says so and points to the page. */
export async function contactDeletion(turn: Turn): Promise<EngineAnswer> {
  const found = /\b(all|every|everything|everyone)\b/.test(turn.w.join(' ')) ? { ambiguous: [] } : await turn.contactIn();
  const where = found.contact
    ? `open ${link(found.contact.name, found.contact.url)} and use Delete there`
    : 'delete contacts on the Contacts page';
  return answer(`I can't delete contacts for you; ${where}. Setting a contact to inactive keeps its history.`);
}

// ---------------------------------------------------------------------------

/** Where a note goes: "on kenji's file", "to priya's notes", "on daniel's timeline", "against amara". */
const NOTE_PLACE = /\b(file|notes?|timeline|record|card|history|profile)\b/;

/** "on Daniel's contact, note that …", "for kenji - jot down: …": the contact (or where its note goes), then the note after a comma or dash. */
const NOTE_CLAUSE =
  /^(?:(?:on|for|to|about|under|against|re|regarding)\s+[^,;]{2,60}?|[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2})(?:[,;]|\s[-–])\s*(?:please\s+|pls\s+)?(?:note|jot|write|put)(?:\s+(?:it|this))?\s+(?:that|down)\b/iu;

/**
 * "Amara will pay next week - note that", "…, add it as a note on her", "…. Put it on his contact as a note": what to note
 * comes first ("add it to her contact" alone is a detail given to the contact, not a note).
 */
const TRAILING_NOTE =
  /\s*(?:[-–,;:]|\.(?=\s))\s*(?:please\s+|pls\s+|can you\s+)?(?:(?:add|make|save|put|log|keep|leave)\s+(?:(?:it|that|this)\s+)?(?:as\s+)?(?:a\s+)?note|note\s+(?:that|it|this)(?:\s+down)?|jot\s+(?:that|it|this)\s+down|(?:put|add|save|log|pin|stick|write|record|keep)\s+(?:it|that|this)(?:\s+down)?(?=\s+(?:on|to|in|into|under)\s+(?:his|her|their|the|[\p{L}'’]+['’]s)\s+(?:(?:timeline|file|record|card|notes|profile|history)\b|contact\s+as\s+(?:an?\s+)?note\b)))(?:\s+(?:on|to|for|against|in|into|under)\s+(?:(?:her|his|their|the)\s+(?:file|record|card|notes|timeline|profile|history|contact)|her|him|them|[\p{L}'’]+(?:\s+[\p{L}'’]+)?))?(?:\s+as\s+(?:an?\s+)?note)?(?:\s+(?:please|pls))?[\s.!]*$/iu;

export function wantsNote(turn: Turn): boolean {
  // "Beacon: make a note that …", "amara okafor: add note - …": the person first, then the request
  const named = /^[^:"“?]{2,40}:\s*(?=\S)/.exec(turn.text);
  if (named && readsAsNote(turn, words(turn.text.slice(named[0].length)).join(' '))) return true;
  // "I just spoke with Daniel Kim. Note on him: …": the news first, then the request in a sentence of its own
  const later = /^[^.!?"“]{3,}?[.!]\s+(?=\p{L})/u.exec(turn.text);
  if (later && readsAsNote(turn, words(turn.text.slice(later[0].length)).join(' '))) return true;
  return readsAsNote(turn, turn.w.join(' '));
}

/** Whether `t` (the request's words, or those after a leading "<name>:") asks to add a note. */
function readsAsNote(turn: Turn, t: string): boolean {
  // what is quoted is someone's wording, never the request: 'worked 45 minutes for Beacon, "Call notes"' notes nothing
  const text = turn.text.replace(/(["“])[^"”]*(["”])/g, '$1…$2');
  if (TRAILING_NOTE.test(text) && text.replace(TRAILING_NOTE, '').trim().split(/\s+/).length >= 2) return true;
  // "any notes about amara?", "what do the notes on Kenji say" ask
  const asks = /^(any|are|is|what|whats|show|do|does|did|which|who|read|list|give|tell)\b/.test(t) || /\?\s*$/.test(text);
  // "note to self: …" is a task, "note to self on Grace Whitfield - …" a note on her
  if (asks || /^note to (self|myself)\b(?! (on|about|for|against|under) )/.test(t)) return false;
  return (
    /^(please |pls )?(add|make|write|save|put|jot|log|leave|drop|record|attach|pin|stick|post|append|take)( down)?( a| an| this| the following| another| one more| quick| short)*( (?!credit\b|delivery\b)[a-z]+)? note\b/.test(
      t,
    ) ||
    // "note on kenji: …", "new note on Priya's contact: …", "another note for amara - …"
    /^((a )?new|another|quick) note (for|on|to|about|against|under)\b/.test(t) ||
    /^note (for|on|to|about|against|under)\b/.test(t) ||
    /^note to (self|myself) (on|about|for|against|under)\b/.test(t) ||
    // "note down for Sofia: …", "jot down about kenji - …": the person, then what to note
    // ("jot this donw" reaches here as "done", the nearest word the engine knows)
    (/^(note|jot|write|put)( this| that| it)? (down|done) (for|on|about|against|under|to)\b/.test(t) &&
      /[:"“]|\s-\s|\bthat\b|\bsaying\b/.test(text)) ||
    // "jot down on kenji's file: …", "write on daniel's timeline that …", "add to priya's notes: …"
    (/^(jot|write|put|log|record|add|save|note)( down| this| that| it)? (on|to|in|for|against|under|into)\b/.test(t) &&
      NOTE_PLACE.test(t)) ||
    // "remember for lukas that …", "remember about amara: …"
    /^(remember|keep in mind) (for|about|on) .+ (that|:)/.test(t) ||
    (/^(remember|keep in mind) (for|about|on) /.test(t) && text.includes(':')) ||
    // "Sofia Marquez - note: budget approved", "Tomás Novák note "…"", "grace whitfield note - the bakery is expanding"
    /(?:^|\s)(?<!credit\s)(?:-\s*)?(?:notes?\s*(?::|["“]|[-–]\s*["“])|note\s+[-–]\s+(?=\S))/i.test(text) ||
    // "on the osei architects contact, note that …", "daniel kim - note down …": where, then the note in a clause of its own
    NOTE_CLAUSE.test(text) ||
    // "Sofia Marquez - jot down "Wants the site live …"": a noting verb right before what to note
    /\b(?:jot|write|note|put|take)\s+(?:(?:this|that|it)\s+)?down\s*(?::|["“]|[-–]\s)/i.test(text)
  );
}

export async function addNote(turn: Turn): Promise<EngineAnswer> {
  const trailing = TRAILING_NOTE.exec(turn.text);
  if (trailing && trailing.index > 0) {
    // the note is what comes before the request; the contact is named in it or after "on"
    const said = turn.text.slice(0, trailing.index).trim();
    let found = await turn.contactIn(trailing[0]);
    if (!found.contact && found.ambiguous.length === 0) found = await turn.contactIn(said);
    found = await orByStatus(turn, found);
    if (found.ambiguous.length) return whichOne(found.ambiguous);
    if (!found.contact) return askBack('Which contact is the note for? For example: "add a note to Amara: prefers calls on Tuesdays".');
    // 'Lukas Brandt - "Budget approved" - put that on his timeline': the quoted words are the note
    const quotedNote = /["“]([^"”]{2,})["”]/.exec(said)?.[1];
    const body = quotedNote?.trim() ?? noteAsSaid(said.replace(/^["“]|["”]$/g, '').trim());
    return propose(turn, 'add_note', { contact_id: found.contact.id, body });
  }
  // the note itself: what is quoted, else what follows a colon, "that" or a dash
  // a quote that ends the request is the note ("Tomás Novák note "…""); one before a colon is the name
  const quoted = /["“]([^"”]{2,})["”][\s.!]*$/.exec(turn.text);
  // "Acme - add a note: …": the words that open the note mark where it begins, before any earlier dash
  const m = quoted
    ? null
    : (/^(.*?\bnotes?\b[^:]*?)(?::|\s-\s|\bsaying\b|\bthat says\b|\bto say\b|\bthat\b)\s*(.+)$/is.exec(turn.text) ??
      /^(.*?)(?::|\bthat\b|\s-\s|\bsaying\b)\s*(.+)$/is.exec(turn.text));
  const head = quoted ? turn.text.slice(0, quoted.index) : m ? m[1]! : turn.text;
  // a note in quotation marks is someone's exact wording, kept as typed; one said in the request's words is capitalised
  const said = m?.[2]?.trim().replace(/^notes?\s*[:-]\s*/i, '');
  const quotedSaid = said ? /^["“]([^"”]+)["”][\s.!]*$/.exec(said)?.[1] : undefined;
  const body = (quoted?.[1] ?? quotedSaid)?.trim() ?? noteAsSaid(said);
  let found = await turn.contactIn(head);
  // "make a note that Amara prefers calls": the person is named in the note itself
  if (!found.contact && found.ambiguous.length === 0 && body) found = await turn.contactIn(body);
  found = await orByStatus(turn, found);
  if (found.ambiguous.length) return whichOne(found.ambiguous);
  if (!found.contact) return askBack('Which contact is the note for? For example: "add a note to Amara: prefers calls on Tuesdays".');
  if (!body) return askBack(`What should the note on ${link(found.contact.name, found.contact.url)} say?`);
  return propose(turn, 'add_note', { contact_id: found.contact.id, body });
}

/** A note said in the request's own words starts with a capital, as a note on the timeline does ("saying he is away" → "He is away"). */
function noteAsSaid(said: string | undefined): string | undefined {
  const body = said?.replace(/^["“]|["”]$/g, '').trim();
  return body ? body[0]!.toUpperCase() + body.slice(1) : body;
}

/** No contact named: "the lead", "the customer" is the one contact of that status, or the ones it could be. */
async function orByStatus(
  turn: Turn,
  found: { contact?: Candidate; ambiguous: Candidate[] },
): Promise<{ contact?: Candidate; ambiguous: Candidate[] }> {
  // the words outside the note's quotes ("add a note to the lead: "…"")
  const said = THE_STATUS_NOTED.exec(words(turn.text.replace(/["“][^"”]*["”]/g, ' ')).join(' '))?.[1];
  if (found.contact || found.ambiguous.length || !said) return found;
  const meant = await contactsOfStatusMeant(turn, said);
  return meant.length === 1 ? { contact: meant[0], ambiguous: [] } : { ambiguous: meant };
}

// ---------------------------------------------------------------------------

/**
 * "the meeting notes say: "Priya and Daniel from Osei Architects joined". which contacts are those?",
 * "my calendar says "demo w/ harborline + casa marquez" - who am I meeting?": the contacts a pasted text names.
 */
const PASTED_ALONE =
  /^(?:(?:pasted|copied|forwarded|quoted|got this|saw this|this is|this came|a line|a message|a note|an email|a text)\b[^:"“]{0,40}|(?:from|in|on)\s+(?:my\s+|the\s+|our\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*:\s*["“][^"”]{3,}["”][\s.!]*$/iu;

/**
 * 'text from an unknown number: "hi it's brandt, running late" — which contact?': a quoted text, then which contact
 * (or who) it is from or names; one contact is an answer too.
 */
const WHO_WROTE =
  /["“][^"”]{3,}["”][\s.!,;:]*(?:[-–—]\s*)?(?:so\s+)?(?:(?:which|what)\s+(?:contact|client|customer|person|lead)(?:\s+(?:is|s|was)\s+(?:that|this|it))?|who\s+(?:is|s|was)\s+(?:that|this|it)|who\s+(?:sent|wrote)\s+(?:that|this|it))(?:\s+(?:from|in\s+(?:my|our|the)\s+(?:crm|contacts)))?\s*\?+\s*$/i;

/** "meeting invite from priya.raman@fernhill.io - who is that in my crm": an address asked about. */
const ADDRESS_ASKED =
  /\bwho (?:is|s|are) (?:that|this|it|they|he|she)\b|\bwho\b.*\bin (?:my|our|the) (?:crm|contacts|address book)\b|\bdo (?:i|we) know\b/;

function asksAboutAddress(turn: Turn): boolean {
  return EMAIL_RE.test(turn.text) && ADDRESS_ASKED.test(words(turn.text.replace(EMAIL_RE, ' ')).join(' '));
}

export function wantsMentions(turn: Turn): boolean {
  if (asksAboutAddress(turn)) return true;
  // "who are "Priya, Grace and Tomás" in my contacts?": a quoted text asked about (steps aside unless it names two or more)
  if (/["“][^"”]*[\s,][^"”]*["”]/.test(turn.text) && /^(?:who|which|whose)\b/i.test(turn.text) && /\bcontacts?\b/i.test(turn.text))
    return true;
  // 'pasted from teams: "@Priya can you loop in …"': a pasted text alone, labelled with where it came from
  if (PASTED_ALONE.test(turn.text.trim())) return true;
  if (WHO_WROTE.test(turn.text)) return true;
  // the words as typed: "match" is no typo of "march"
  const t = words(turn.text).join(' ');
  return (
    /\bwhich (?:of (?:my|our|the) )?contacts? (?:are|is|were|was|does|do) (?:those|these|they|that|this|it|mentioned|named|in|listed)\b|\bwhich contacts? (?:does|do) (?:this|that|it) (?:mention|name)\b/.test(
      t,
    ) ||
    /\bwho (?:am i|are we|will i be|will we be|am i going to be) (?:meeting|seeing|talking to)\b|\bwho (?:are|were) (?:those|these|they)\b/.test(
      t,
    ) ||
    /\b(?:contacts?|names?|people) (?:mentioned|named) in\b|\bwhich contacts? are mentioned\b|\bmatch (?:the |these |those )?names\b/.test(
      t,
    ) ||
    /\b(?:contacts?|names?|people) in (?:this|that|the|my) (?:note|notes|text|message|email|mail|list|line|thread|calendar|diary|subject|invite)\b/.test(
      t,
    )
  );
}

export async function mentionedContacts(turn: Turn): Promise<EngineAnswer | undefined> {
  // the text to read: what is quoted, else what follows the colon
  const quoted = [...turn.text.matchAll(/["“]([^"”]{2,})["”]/g)].map((m) => m[1]!);
  const pasted = quoted.length ? quoted.join(' ; ') : (/:\s*(.+)$/s.exec(turn.text)?.[1] ?? turn.text);
  const resolved = resolveMentions(pasted, await turn.candidates());
  // strongest first; each typed word names one contact ("Daniel from Osei Architects" is Daniel Osei, not Daniel Kim too)
  const claimed = new Set<string>();
  const typed = words(pasted);
  const found: Candidate[] = [];
  for (const r of resolved) {
    const own = typed.filter((t) =>
      words(`${r.contact.name} ${r.contact.company ?? ''}`).some((w) => w.length >= 3 && t.length >= 3 && wordSimilarity(t, w) >= 0.85),
    );
    if (own.length === 0 || own.every((t) => claimed.has(t))) continue;
    own.forEach((t) => claimed.add(t));
    found.push(r.contact);
  }
  // '"hi it's brandt, running late" — which contact?': the one contact the text names
  if (found.length < 2 && WHO_WROTE.test(turn.text)) {
    const [one] = found;
    if (!one) return answer('None of your contacts is named in that text.');
    return answer(`That is most likely ${link(one.name, one.url)}${one.company ? ` (${one.company})` : ''}.`);
  }
  if (found.length < 2) {
    // "who is priya.raman@fernhill.io?": the contact with that address, or none
    if (!asksAboutAddress(turn)) return undefined;
    return (await contactInfo(turn)) ?? answer(`None of your contacts has the address ${EMAIL_RE.exec(turn.text)![0]}.`);
  }
  return answer(
    `That names ${found.length} of your contacts: ${listNames(found.map((c) => ({ name: c.name, url: c.url, extra: c.company })))}.`,
  );
}
