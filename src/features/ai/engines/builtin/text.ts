import nlp from 'compromise';
import { formatUnits, toUnits } from '@/lib/money';
import { readAmount } from '@/lib/money/input';

/**
 * Text helpers of the built-in engine: normalising what people type,
 * tolerating typos, and reading amounts exactly (decimal strings, never
 * floats) in the forms people write them ("1,500", "€45.90", "1.5k", "45,90"),
 * with the same reader as every form (`@/lib/money/input`), in the user's locale.
 */

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Words of a text, folded, with possessive 's removed ("amara's" → "amara"). */
export function words(text: string): string[] {
  return fold(text)
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}@.+-]+/u)
    .map((w) => w.replace(/^[.+-]+|[.+-]+$/g, ''))
    .filter(Boolean);
}

let lexicon: Record<string, unknown> | undefined;
/** True when compromise's English lexicon knows the word: a real word is never read as a typo of another. */
export function isLexiconWord(word: string): boolean {
  lexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  return word in lexicon;
}

/** Tags of compromise's lexicon that mark a name rather than an everyday word ("lucas", "grace", "novak"). */
const NAME_TAGS = /Name|Person|Honorific|Place|City|Country|Region|Organization|Company|ProperNoun|Demonym/;

/** True for an everyday English word ("came", "brand", "some"), not a name the lexicon knows ("lucas", "sofia"). */
export function isEverydayWord(word: string): boolean {
  lexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  const tag = lexicon[word];
  return tag !== undefined && !NAME_TAGS.test(String(tag));
}

/**
 * The first word of `vocabulary` that `word` is one typo from (a letter left out, added or changed, or two
 * neighbouring letters swapped) with the same first letter, or undefined ("clcok" → "clock", "adimn" → "admin").
 */
export function oneTypoFrom(word: string, vocabulary: readonly string[]): string | undefined {
  return vocabulary.find((known) => known[0] === word[0] && editDistance(word, known, 1) === 1);
}

/** Damerau-Levenshtein distance (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let best = cap + 1;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may carry and still count as the same word. */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** 1 for the same word, less for a near miss, 0 for a different word. */
export function wordSimilarity(typed: string, known: string): number {
  if (typed === known) return 1;
  if (known.length >= 4 && typed.length >= 3 && known.startsWith(typed) && typed.length >= known.length - 2) return 0.9;
  const d = editDistance(typed, known, 2);
  if (d <= allowedTypos(Math.max(typed.length, known.length))) return d === 1 ? 0.85 : 0.7;
  return 0;
}

/**
 * The verbs that make a request a command ("create", "show", "list", "complete" …): a word of the English lexicon is
 * never read as a typo of one of them, since it means something of its own ("the creative director" creates nothing,
 * "incomplete tasks" are not complete, "the deal we lost" lists nothing, "a bakery shop" shows nothing).
 */
const COMMAND_VERBS = new Set(
  (
    'create update change delete remove show list find search mark set add make move rename edit save send give write ' +
    'reopen assign remind record draft convert cancel finish complete call follow tell'
  ).split(' '),
);

/** The word of `vocabulary` a typed word most likely is (typos allowed), or the word itself. */
export function correct(word: string, vocabulary: readonly string[]): string {
  if (vocabulary.includes(word) || word.length < 4 || /\d/.test(word)) return word;
  // an inflection of a known word ("moved", "calls") is not a typo
  if (vocabulary.some((known) => word.startsWith(known) && ['s', 'd', 'ed', 'es', 'ing', 'r', 'er'].includes(word.slice(known.length)))) {
    return word;
  }
  let best = word;
  let bestScore = 0;
  for (const known of vocabulary) {
    if (Math.abs(known.length - word.length) > 2) continue;
    // short words: a typo rarely changes the first letter ("have" is not "save")
    if (word.length <= 5 && known[0] !== word[0]) continue;
    const d = editDistance(word, known, 2);
    const score = d <= allowedTypos(Math.max(word.length, known.length)) ? 1 / (1 + d) : 0;
    if (score > bestScore) {
      best = known;
      bestScore = score;
    }
  }
  return COMMAND_VERBS.has(best) && isWordOfItsOwn(word, best) ? word : best;
}

/** Endings that build another word from a verb ("creat-ive", "assign-ee", "complet-ion", "remov-able"). */
const DERIVING = ['ive', 'ion', 'ions', 'or', 'ors', 'ee', 'ees', 'ure', 'able', 'ment', 'ments'];

/** A word of the lexicon, or one built from `verb` with an English ending, which compromise's lexicon leaves to its rules. */
function isWordOfItsOwn(word: string, verb: string): boolean {
  return isLexiconWord(word) || DERIVING.some((ending) => word === verb.replace(/e$/, '') + ending || word === verb + ending);
}

// ---------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------

export interface AmountMatch {
  /** Decimal string with two places. */
  value: string;
  index: number;
  end: number;
  text: string;
  currency?: string;
  /** "120 each", "at 80 per hour": a unit price. */
  each: boolean;
}

const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = {
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  chf: 'CHF',
};

const AMOUNT_RE =
  /(?<sym>[€$£¥])?\s?(?<num>\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{1,3}|\d+)(?<k>k)?\b\s?(?<sym2>[€$£¥])?(?:\s?(?<word>eur|euros?|usd|dollars?|bucks|gbp|pounds?|chf)\b)?/giu;

/** Turns "1,500" / "1.500,50" / "45,90" / "1500" into a canonical decimal string, read in `locale`. */
export function normaliseNumber(raw: string, thousands: boolean, locale = 'en-US'): string | undefined {
  const reading = readAmount(raw, locale);
  if (!reading.ok) return undefined;
  if (!thousands) return reading.value;
  // "1.5k": a thousand times, in integer cents
  return formatUnits(toUnits(reading.value) * 1000n);
}

/** Words a number after them counts the parts of a piece of work with ("the phase 3 discovery", "milestone 2"). */
const PART_OF_A_WHOLE = /\b(?:phase|stage|milestone|sprint|round|part|step|chapter|module|episode|season|volume|release|version)\s*$/i;

/**
 * Amounts in a text. Numbers that are clearly something else (dates, times,
 * counts followed by "days", invoice numbers) are skipped.
 */
export function findAmounts(text: string, locale = 'en-US'): AmountMatch[] {
  const found: AmountMatch[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const before = text.slice(Math.max(0, index - 12), index);
    const after = text.slice(index + m[0].length, index + m[0].length + 16);
    const hasCurrency = Boolean(g.sym || g.sym2 || g.word || g.k);
    if (!hasCurrency) {
      if (/[-/#+]$|\d:$|inv[a-z-]*\s*$|no\.?\s*$|number\s*$/i.test(before)) continue; // INV-0003, 12/05, 10:30, +91
      if (/^\d/.test(m[0]) && /\p{L}$/u.test(before)) continue; // "v2", "Q3": part of a name
      if (PART_OF_A_WHOLE.test(before)) continue; // "phase 3", "milestone 2": which part, not a price
      if (
        /^\s*(?:[:/.-]\d|st\b|nd\b|rd\b|th\b|am\b|pm\b|h\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|min|percent|%|x\b|times\b|items?\b|pcs\b|units?\b|licen[cs]es?\b|seats?\b|pieces?\b|users?\b|people\b|persons?\b|nights?\b|copies\b|boxes\b|sessions?\b|visits?\b)/i.test(
          after,
        )
      )
        continue;
      if (/\b(?:in|on|at|by|until|since|from)\s*$/i.test(before) && /^\s*(?:days?|weeks?|months?)/i.test(after)) continue;
      if (/^(19|20)\d{2}$/.test(g.num ?? '') && !/[$€£]/.test(before)) continue; // a year
    }
    const value = normaliseNumber(g.num ?? '', Boolean(g.k), locale);
    if (!value) continue;
    const currency = CURRENCY_SYMBOLS[g.sym ?? g.sym2 ?? ''] ?? CURRENCY_WORDS[(g.word ?? '').toLowerCase()];
    const each = /^\s*(?:each|apiece|a piece|per\s+\w+|\/\s?\w+|an? (?:hour|day|piece|unit|item))\b/i.test(after);
    found.push({ value, index, end: index + m[0].length, text: m[0].trim(), currency, each });
  }
  return found;
}

/**
 * A crude stem for matching titles: the common English endings off a word of five letters or more
 * ("renewal", "renewing", "renewed", "renews" → "renew"; "taxes" → "tax"), so a task is found
 * whichever form of its words is typed. Both sides of a comparison are stemmed the same way.
 */
export function stem(word: string): string {
  if (word.length < 5) return word;
  for (const ending of ['ings', 'ing', 'als', 'al', 'ed', 'es', 's', 'ly']) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      const base = word.slice(0, -ending.length);
      // "taxes" → "tax", but "houses" → "hous" matches "house" → "hous" as well
      return ending === 'es' && !/(x|s|sh|ch|z)$/.test(base) ? word.slice(0, -1).replace(/e$/, '') : base.replace(/e$/, '');
    }
  }
  return word.replace(/e$/, '');
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/**
 * A count said in digits or as a small number word ("three" → 3, "10" → 10); NaN for anything
 * else. Callers match the words they accept first, so each reads only its own.
 */
export function countIn(word: string): number {
  return SMALL_NUMBERS[word.toLowerCase()] ?? Number(word);
}
