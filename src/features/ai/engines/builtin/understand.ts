import type { HistoryEntry } from '../../schema';
import { fixVerbTypo, fixWordTypos } from './routing';
import { correct, fold } from './text';

/**
 * The first steps of the built-in engine's pipeline (docs/decisions/0145-assistant-language.md):
 * normalise what was typed (polite wrappers, "set the <field> of <thing> to <value>"),
 * then resolve references to the conversation ("it", "her", "that invoice", "and Sofia?")
 * into the record the previous answer was about. What comes out is a plain request the
 * intent rules read; the entities in it are found afterwards (entities.ts, mentions.ts).
 */

const POLITE_START =
  /^(?:(?:hey|hi|hello|ok|okay|so|right|yo|actually|also|oh|and|now)\b[,!.]?\s+)?(?:would you mind\s+|(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?|(?:please|pls|plz|kindly)\s+|i(?:'|’)?d like (?:you )?to\s+|i would like (?:you )?to\s+|i want you to\s+|i need you to\s+|would you mind\s+|do me a favou?r and\s+|quick(?:ly)?[,:]?\s+)*/i;
const POLITE_END = /[,\s]+(?:please|pls|plz|thanks|thank you|thx|ty|cheers)\s*[.!?]*$/i;

/** Strips the politeness around a request: "could you please show my leads, thanks" → "show my leads". */
export function stripPoliteness(text: string): string {
  let t = text.trim();
  const start = POLITE_START.exec(t);
  if (start && start[0].length > 0 && start[0].length < t.length) t = t.slice(start[0].length);
  // "crdit 60 on INV-0001", "puase …", "stp the timer": the opening verb read through its typo (routing.ts)
  t = fixVerbTypo(t);
  // words people use for the same thing
  t = t
    .replace(/^get rid of\b/i, 'delete')
    .replace(/\bestimates\b/gi, 'quotes')
    .replace(/\bestimate\b/gi, 'quote')
    .replace(/\boffers\b(?=.*\b(open|sent|accepted|declined|still)\b)/gi, 'quotes');
  t = t.replace(POLITE_END, '').trim();
  // "a task 'Prepare the invoice'": a phrase in single quotation marks is quoted as in double ones (an apostrophe in a word is none)
  t = t.replace(/(^|[\s(:,])['‘]((?:[^'‘’"“”\n]|(?<=\p{L})['’](?=\p{L})){2,200}?)['’](?=[\s,.;:!?)]|$)/gu, '$1"$2"');
  // "contact pls: ravi patel …", "new task please: …", "timer please - acme": a polite word before the colon or dash of a card
  t = t.replace(/\s+(?:please|pls|plz)(?=\s*(?::|[-–—]\s))/gi, '');
  // "i need to bill lukas …", "I need to add someone: …": a command wrapped in a need (but "I need to call Amara" is a task)
  t = t.replace(NEED_TO_COMMAND, '');
  // "remind me what amara does" asks; "remind me to call her" is a task
  t = t.replace(/^remind me(?: again)?(?: of)?\s+(?=(?:what|who|whom|whose|where|when|how|which)\b)/i, '');
  t = fixDateTypos(t);
  // "time loged for beacon", "stop the clcok": the words of every domain read through their typos (routing.ts)
  t = fixWordTypos(t);
  // "would you mind marking …" is read as "mark …"
  if (/would you mind/i.test(start?.[0] ?? '')) t = t.replace(/^(\w+?)(?:ing)\b/i, (_, stem: string) => stem);
  return t || text.trim();
}

const NEED_TO_COMMAND =
  /^(?:i|we)\s+(?:need|have|want|would like|'d like|’d like|must|got)\s+(?:to\s+)?(?=(?:bill|invoice|add|create|record|log|quote|draft|start|stop|move|mark|register|save|enter|new|book)\b)/i;

/** Words of days and times typed with a typo ("tomorow", "wendesday") corrected, so the date reader finds them. */
const DATE_WORDS = [
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'morning',
  'afternoon',
  'evening',
  'weekend',
];

export function fixDateTypos(text: string): string {
  return text.replace(/\p{L}{5,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (DATE_WORDS.includes(lower)) return word;
    const fixed = correct(lower, DATE_WORDS);
    return fixed !== lower ? fixed : word;
  });
}

const TASK_FIELDS = /^(?:priority|due date|due day|deadline|due|date)$/i;
const STATUS_DONE = /^(?:done|complete|completed|finished|closed)$/i;

/**
 * "set/change/make/update the <field> of <thing> to <value>" and "change <thing>'s <field> to <value>"
 * rewritten into the phrasing the intent rules read ("make <thing> low priority", "move <thing> to friday",
 * "move the <thing> deal to <stage>", "change <thing>'s email to …").
 */
export function rewriteFieldOf(text: string): string {
  const t = text.trim().replace(/[.!]+$/, '');
  // "the Nordwerk deal is won", "we lost the Acme deal because of the price"
  const dealIs = /^(?:the\s+)?(.+?)\s+deal\s+(?:is|was|got|has been)\s+(?:now\s+)?(.+)$/i.exec(t);
  if (dealIs) {
    const stage = dealIs[2]!.replace(/^(?:in|at|into)\s+(?:the\s+)?/i, '').replace(/\s+(?:now|already|stage)$/i, '');
    return `move the ${dealIs[1]} deal to ${stage}`;
  }
  const weDid = /^(?:we\s+)?(won|lost)\s+the\s+(.+?)\s+deal\b(.*)$/i.exec(t);
  if (weDid) return `mark the ${weDid[2]} deal as ${weDid[1]!.toLowerCase()}${weDid[3]}`;
  const byField =
    /^(?:set|change|make|update|switch|put|move|edit)\s+(?:the\s+|its\s+)?(priority|due date|due day|deadline|due|date|status|stage|email(?: address)?|e-mail|phone(?: number)?|mobile|number|company|employer|title|job title|position|role|address|name|first name|last name|surname|notes?)\s+(?:of|for|on)\s+(.+?)\s+(?:to|as|into|=)\s+(.+)$/i.exec(
      t,
    );
  const byThing =
    /^(?:set|change|make|update|switch|move|edit)\s+(?:the\s+)?(.+?)(?:['’]s)?\s+(priority|due date|deadline|stage)\s+(?:to|as|into|=)\s+(.+)$/i.exec(
      t,
    );
  // "update Grace Whitfield: position Managing Director", "edit kenji - new email kenji@kaze.jp": the thing, then the field and its value
  const card =
    /^(?:update|change|edit|fix|correct|set)\s+(.+?)\s*(?::|\s-\s|,)\s*(?:(?:her|his|their|its|the)\s+)?(?:new\s+)?(email(?: address)?|e-mail|phone(?: number)?|mobile|company|employer|job title|title|position|role|address|first name|last name|surname)\s*(?:[:=]|\bto\b|\bis(?: now)?\b|\bshould be\b|\bnow\b)?\s*(\S.*)$/i.exec(
      t,
    );
  const of =
    byField ?? (byThing ? [byThing[0], byThing[2]!, byThing[1]!, byThing[3]!] : card ? [card[0], card[2]!, card[1]!, card[3]!] : undefined);
  if (!of) return text;
  const field = of[1]!.toLowerCase();
  const thing = of[2]!.trim();
  const value = of[3]!.trim();
  if (TASK_FIELDS.test(field)) {
    if (field === 'priority') return `make ${thing} ${value.replace(/\s*priority$/i, '')} priority`;
    return `move ${thing} to ${value}`;
  }
  if (field === 'stage') return `move the ${thing.replace(/^the\s+/i, '').replace(/\s+deal$/i, '')} deal to ${value}`;
  if (field === 'status') {
    if (STATUS_DONE.test(value)) return `mark ${thing} as done`;
    if (/deal\b/i.test(thing)) return `move the ${thing.replace(/^the\s+/i, '').replace(/\s+deal$/i, '')} deal to ${value}`;
    return `mark ${thing} as ${value}`;
  }
  return `change ${thing}'s ${field} to ${value}`;
}

// ---------------------------------------------------------------------------
// References to the conversation

export interface Mentioned {
  contacts: string[];
  invoices: string[];
  quotes: string[];
  tasks: string[];
  deals: string[];
}

/** The records an answer named: linked contacts, invoice and quote numbers, task titles, deals. */
export function recordsIn(response: string): Mentioned {
  const unique = (values: Iterable<string>) => [...new Set(values)];
  const tasks = [
    ...[...response.matchAll(/\btask ["“]([^"”]+)["”]/g)].map((m) => m[1]!),
    ...[...response.matchAll(/\[([^\]]+)\]\(\/tasks\)/g)].map((m) => m[1]!),
  ];
  return {
    contacts: unique([...response.matchAll(/\[([^\]]+)\]\(\/contacts\/[0-9a-f-]+\)/g)].map((m) => m[1]!)),
    invoices: unique([...response.matchAll(/\b(INV-\d+)\b/g)].map((m) => m[1]!)),
    quotes: unique([...response.matchAll(/\b(QUO-\d+)\b/g)].map((m) => m[1]!)),
    tasks: unique(tasks),
    deals: unique([...response.matchAll(/\[([^\]]+)\]\(\/deals\/[0-9a-f-]+\)/g)].map((m) => m[1]!)),
  };
}

const FOLLOW_UP_WINDOW_MS = 15 * 60 * 1000;
/** A day or a period as people name it in a question ("tomorrow", "next week", "on friday", "last month"). */
const DAY_PHRASE =
  /\b(?:today|tonight|tomorrow|yesterday|(?:this|next|last|previous|coming) (?:week|month|year|quarter|fortnight)|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:this|tomorrow) (?:morning|afternoon|evening))\b/i;
const DAY_PHRASE_ALONE = new RegExp(`^(?:for |on |in )?${DAY_PHRASE.source.replace(/^\\b|\\b$/g, '')}$`, 'i');
const FIELD_NOUNS =
  /^(?:e-?mail|email address|phone|number|mobile|company|address|notes?|status|title|position|role|details|info|invoices?|tasks?|quotes?|deals?|balance|job|(?:hourly |billing )?rate)\b/i;

/** The last exchange, if recent enough to be what "it" or "her" points at. */
function lastExchange(history: HistoryEntry[]): HistoryEntry | undefined {
  const last = history.at(-1);
  if (!last) return undefined;
  if (Date.now() - Date.parse(last.created_at) > FOLLOW_UP_WINDOW_MS) return undefined;
  return last;
}

/**
 * Replaces what points back at the conversation with the record it points at:
 * "what's her email" → "what's Amara Okafor's email", "mark that invoice as paid" → "mark INV-0002 as paid",
 * "assign it to Sam" → "assign Call the printer to Sam", "and sofia?" → the previous question about Sofia.
 * Only when the previous answer named exactly one record of the kind meant; otherwise the text is left as is
 * (and the engine asks which one).
 */
export function resolveReferences(text: string, history: HistoryEntry[]): string {
  const last = lastExchange(history);
  if (!last) return text;
  const seen = recordsIn(last.response);
  let t = text;

  // "and sofia?", "what about lukas", "same for priya": the previous question, about someone else
  const about = /^(?:and|what about|how about|same for|and for|and what about)\s+(.{2,60}?)\s*[?.!]*$/i.exec(t.trim());
  // "what's due today?" → "and tomorrow?": the previous question, for another day or period
  if (about && DAY_PHRASE_ALONE.test(about[1]!.trim())) {
    const previous = last.query.trim().replace(/[?.!]+$/, '');
    const day = DAY_PHRASE.exec(previous);
    return day ? previous.replace(day[0], about[1]!.trim()) : `${previous} ${about[1]!.trim()}`;
  }
  const theirs = about ? /^(?:her|his|their|the)\s+(.+)$/i.exec(about[1]!) : null;
  if (theirs && seen.contacts.length === 1) return `what is ${seen.contacts[0]!}'s ${theirs[1]!}`;
  if (about && seen.contacts.length === 1 && !/\b(it|that|this|them)\b/i.test(about[1]!)) {
    const previous = last.query.trim();
    const nameWords = seen.contacts[0]!.split(/\s+/).map((w) => fold(w));
    let replaced = false;
    const rewritten = previous
      .split(/\s+/)
      .map((word) => {
        const bare = fold(word).replace(/['’]s\b|[^\p{L}\p{N}]/gu, '');
        const possessive = /['’]s\b|s$/.test(word) && !nameWords.includes(bare) && nameWords.includes(bare.replace(/s$/, ''));
        if (nameWords.includes(bare) || possessive) {
          if (replaced) return '';
          replaced = true;
          return /['’]s\b/.test(word) || possessive ? `${about[1]}'s` : about[1]!;
        }
        return word;
      })
      .filter(Boolean)
      .join(' ');
    if (replaced) return rewritten;
  }

  const one = (list: string[]) => (list.length === 1 ? list[0] : undefined);
  const invoice = one(seen.invoices);
  const quote = one(seen.quotes);
  const task = one(seen.tasks);
  const deal = one(seen.deals);
  const contact = one(seen.contacts);

  if (invoice) t = t.replace(/\b(?:that|this|the same|the|its)\s+(?:invoice|bill)\b(?!\s*(?:INV|#|\d))/gi, invoice);
  if (quote) t = t.replace(/\b(?:that|this|the same|the)\s+(?:quote|estimate|offer)\b(?!\s*(?:QUO|#|\d))/gi, quote);
  if (task) t = t.replace(/\b(?:that|this|the same)\s+(?:task|todo|to-do|one)\b/gi, `the task "${task}"`);
  if (deal) t = t.replace(/\b(?:that|this|the same)\s+deal\b/gi, `the ${deal} deal`);
  if (contact) {
    t = t
      .replace(/\b(?:that|this|the same)\s+(?:contact|person|client|customer|lead|guy|woman|man)\b/gi, contact)
      .replace(/\b(her|his|their)\s+(?=\S)/gi, (m, _w: string, offset: number, all: string) =>
        FIELD_NOUNS.test(all.slice(offset + m.length)) ? `${contact}'s ` : m,
      )
      // "her colleague Pablo", "his assistant": someone else, not the contact
      .replace(
        /\b(him|her|them)\b(?!\s*(?:self|selves))(?!\s+(?:colleagues?|boss|assistant|partner|co-?workers?|manager|team|husband|wife|friend|sister|brother)\b)/gi,
        contact,
      )
      .replace(/\b(she|he)\b/gi, contact)
      .replace(/^they\b(?='s|\s+(?:is|are|was|were|has|have|now|moved|became|work|works|paid|owe|owes))/i, contact);
  }
  // "it": the one record the previous answer was about (a document or task before a person)
  const thing = invoice ?? quote ?? (deal ? `the ${deal} deal` : undefined) ?? (task ? `the task "${task}"` : undefined);
  const kinds = [seen.invoices, seen.quotes, seen.deals, seen.tasks].filter((l) => l.length > 0).length;
  if (thing && kinds === 1) {
    t = t.replace(
      /\b(?:it|that one|this one)\b(?!\s*(?:'s|’s|is|was|say|says|said|does|do|did|will|would|should|has|have|had|costs?|takes?)\b)/gi,
      thing,
    );
    // "show me its line items", "what is its due date": the record's own
    t = t.replace(/\bits\s+(?=\p{L})/giu, `${thing}'s `);
    // "mark that as done", "delete this", "move that to friday": a bare "that" as the object of the verb
    t = t.replace(
      /^(\w+(?:\s+(?:off|out|up))?)\s+(?:that|this)\b(?=\s+(?:as|to|off|for|from|done|complete|completed|high|low|medium|back|until|till)\b|\s*[.!?]*$)/i,
      `$1 ${thing}`,
    );
  }
  return t;
}
