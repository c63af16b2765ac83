import nlp from 'compromise';
import { editDistance, isLexiconWord } from './text';

/**
 * The last step before "I'm not sure" (docs/decisions/0162-assistant-routing-by-verb-and-object.md):
 * a request no rule read is put back into the order the rules read, verb first, from the verb
 * and the object compromise finds in it, whatever their tense, voice or place:
 * "the lease reminder should be removed" → "remove the lease reminder", "can the Amara invoice be
 * shown" → "show the Amara invoice", "pulling up lukas brandt" → "pull up lukas brandt".
 */

/** Verbs the intent rules know, by their infinitive (compromise's `toInfinitive`). */
const KNOWN_VERBS =
  /^(delete|remove|drop|trash|scrap|erase|bin|ditch|discard|cancel|show|list|see|view|display|pull up|look up|bring up|find|get|fetch|check|give|tell|complete|finish|tick off|check off|close|add|create|make|draft|prepare|set up|put|log|record|register|save|enter|book|schedule|jot down|note|change|update|edit|fix|correct|rename|switch|move|push|postpone|reschedule|assign|reopen|mark|invoice|bill|quote|start|stop|pause|resume|convert|credit)$/;

const PRONOUNS = /^(i|we|you|me|us|it|they|he|she|them|him|her|this|that)$/i;

interface VerbJson {
  text: string;
  verb?: { infinitive?: string };
}

export function rephrase(text: string): string | undefined {
  const doc = nlp(text);
  const verbs = doc.verbs().json() as VerbJson[];
  for (const v of verbs) {
    const infinitive = v.verb?.infinitive?.toLowerCase().trim();
    if (!infinitive || !KNOWN_VERBS.test(infinitive)) continue;
    const at = text.toLowerCase().indexOf(v.text.toLowerCase());
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text
      .slice(at + v.text.length)
      .replace(/[?!.]+$/, '')
      .trim();
    // the object named before the verb (passive, "… should be removed"), else the words after it
    const object = (nlp(before).nouns().out('array') as string[])
      .map((n) => n.replace(/[,;:]+$/, '').trim())
      .filter((n) => n && !PRONOUNS.test(n))
      .at(-1);
    const rewritten = (object ? `${infinitive} ${object} ${after}` : `${infinitive} ${after}`).replace(/\s{2,}/g, ' ').trim();
    if (rewritten.split(/\s+/).length >= 2 && rewritten.toLowerCase() !== text.toLowerCase().trim()) return rewritten;
  }
  return undefined;
}

/**
 * The verbs a request opens with, in every domain (docs/decisions/0186-assistant-verb-typos-and-contact-cards.md):
 * a first word one typo away from one of them is read as it ("crdit 60 on INV-0001", "puase the recurring
 * billing", "strat timer", "stp the timer", and "cretid 35 on …" with two letters swapped apart), unless it is a
 * word of its own (compromise's lexicon: "lost" is not "list", "last" is not "list") or a word the engine knows.
 */
const OPENING_VERBS = [
  'add',
  'create',
  'delete',
  'remove',
  'show',
  'list',
  'find',
  'search',
  'mark',
  'move',
  'change',
  'update',
  'edit',
  'rename',
  'invoice',
  'bill',
  'quote',
  'credit',
  'pause',
  'resume',
  'start',
  'stop',
  'log',
  'record',
  'draft',
  'convert',
  'assign',
  'reopen',
  'complete',
  'finish',
  'cancel',
  'save',
  'remind',
  'schedule',
  'track',
  'clock',
  'postpone',
  'reschedule',
  'register',
  'enter',
  'note',
  'make',
  'set',
  'put',
  'give',
  'tell',
  'check',
];

/** Everyday words that open requests and sit one letter from a verb above ("lost the deal", "last month", "what …"). */
const OPENING_WORDS = new Set(
  (
    'lost last made sent paid spent got rent bills notes sale sales tale mode none trace lot lots pot bell ball stow dew mate cart ' +
    'truck concert node cloak rewind reword remand'
  ).split(' '),
);

function isWord(word: string): boolean {
  return isLexiconWord(word) || OPENING_WORDS.has(word);
}

/** The known verb a typed opening word is a typo of, or undefined ("crate" → "create", "qoute" → "quote"). */
export function verbTypo(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || !/^[a-z]+$/.test(w) || OPENING_VERBS.includes(w) || isWord(w)) return undefined;
  for (const verb of OPENING_VERBS) {
    if (verb[0] !== w[0] || Math.abs(verb.length - w.length) > 1) continue;
    // an inflection is no typo ("clocks", "marked")
    if (w.startsWith(verb) && ['s', 'd', 'ed', 'es', 'r', 'er'].includes(w.slice(verb.length))) return undefined;
    // a three-letter word only as a letter left out of a four-letter verb ("stp" → "stop", "shw" → "show")
    // or two letters swapped in a three-letter one ("lgo" → "log")
    const swapped = w.length === 3 && verb.length === 3 && [...w].sort().join('') === [...verb].sort().join('');
    if (w.length === 3 && verb.length !== 4 && !swapped) continue;
    if (editDistance(w, verb, 1) === 1 || (w.length >= 5 && twoLettersSwapped(w, verb))) return verb;
  }
  return undefined;
}

/** The same word with two of its letters swapped, not next to each other ("cretid" for "credit"). */
function twoLettersSwapped(typed: string, known: string): boolean {
  if (typed.length !== known.length) return false;
  const differ = [...typed].flatMap((c, i) => (c === known[i] ? [] : [i]));
  return differ.length === 2 && typed[differ[0]!] === known[differ[1]!] && typed[differ[1]!] === known[differ[0]!];
}

/** The request with its opening verb's typo corrected; the rest as typed. */
export function fixVerbTypo(text: string): string {
  const m = /^([A-Za-z]+)\b/.exec(text);
  const verb = m ? verbTypo(m[1]!) : undefined;
  return verb ? verb + text.slice(m![1]!.length) : text;
}

/**
 * The words the intent rules read, in every domain, as people misspell them anywhere in a request
 * ("time loged for beacon", "stop the clcok", "new deel", "what have we biled lukas", "money recieved").
 */
const DOMAIN_WORDS = (
  'deal deals task tasks todo todos invoice invoices invoiced quote quotes quotation quotations estimate estimates timer clock stopwatch ' +
  'hours minutes time pipeline stage stages contact contacts customer customers expense expenses income payment payments ' +
  'transaction transactions category categories recurring monthly quarterly weekly yearly priority overdue unpaid outstanding notes ' +
  'member members ' +
  'permissions workspace whole logged billed tracked tracking received accepted declined wants started stopped paused credited ' +
  'assigned completed finished scheduled qualified forward draft first with there which ' +
  'approved rejected expired charged towards against wants needs prepare'
).split(' ');

/** Endings that make an inflection of a word, not a typo of it ("timed", "noted", "dealer"). */
const INFLECTIONS = ['s', 'd', 'ed', 'es', 'r', 'er', 'ing', 'ly', 't'];

/** The domain word a typed word is a typo of, or undefined: a letter left out or two swapped, same first letter. */
export function domainTypo(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 4 || !/^[a-z]+$/.test(w) || DOMAIN_WORDS.includes(w) || isWord(w)) return undefined;
  // a plural or an -ing form of a real word is no typo
  if ((w.endsWith('s') && isWord(w.slice(0, -1))) || (w.endsWith('ing') && isWord(w.slice(0, -3)))) return undefined;
  if (DOMAIN_WORDS.some((d) => w.startsWith(d) && INFLECTIONS.includes(w.slice(d.length)))) return undefined;
  // a letter left out ("loged", "montly") or two letters swapped ("clcok", "tiem"); never a letter more or another
  // letter, which real words the lexicon does not know often are ("contract" is not "contact")
  const swapped = (d: string) => w.length === d.length && [...w].sort().join('') === [...d].sort().join('');
  return DOMAIN_WORDS.find((d) => d[0] === w[0] && (d.length === w.length + 1 || swapped(d)) && editDistance(w, d, 1) === 1);
}

/** The request with misspelt domain words corrected; quoted text, addresses and capitalised names stay as typed. */
export function fixWordTypos(text: string): string {
  return text.replace(/["“][^"”]*["”]|\S+@\S+|\b[a-z]{4,}\b/g, (word) => (/^[a-z]+$/.test(word) ? (domainTypo(word) ?? word) : word));
}
