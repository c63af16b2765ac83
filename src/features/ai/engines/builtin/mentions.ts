import { fold, isEverydayWord, wordSimilarity, words } from './text';

/**
 * Deciding which of the user's contacts a request is about, from the
 * candidates the database found (trigram similarity) and the words typed.
 */

export interface Candidate {
  id: string;
  name: string;
  first_name: string;
  last_name: string | null;
  company: string | null;
  email: string | null;
  status: string;
  url: string;
}

export interface Resolved {
  contact: Candidate;
  /** A name was typed exactly (not a near miss). */
  exact: boolean;
  /** 2: first and last name; 1.x: one name; <1: company only. */
  strength: number;
}

/** Words that are never a person's name in a request, even if a contact is called that. */
const NOT_NAMES = new Set(
  (
    'a an the and or but to for of in on at by with from as is are was be my me i you your our we it its this that ' +
    'these those what whats who whom whose which when where why how many much all any some show list find search get ' +
    'give tell add create new make set change update edit mark move rename delete remove call email phone number ' +
    'company address status notes note contact contacts lead leads customer customers client clients person people ' +
    'active inactive please pls can could would will should do does did have has had now today tomorrow yesterday ' +
    'week month year next last this about info details their his her him she he they them there here work works ' +
    'working job title position role task tasks invoice invoices payment paid due overdue high low medium priority ' +
    'remind reminder meeting follow up send sent out new old hi hello hey thanks thank ok okay yes no not ' +
    'spend spent spending much money income expense expenses revenue profit net total totals cost costs ' +
    'deal deals pipeline stage stages quote quotes timer clock hours hour minutes time timesheet logged log track ' +
    'recurring retainers subscriptions categories category transactions transaction latest recent owe owes owed ' +
    'unpaid outstanding open draft drafts won lost team members member colleagues workspace overview summary ' +
    'everything anything something everyone anyone someone running going right so far there else'
  ).split(/\s+/),
);

function nameWords(value: string | null): string[] {
  return value ? words(value).filter((w) => w.length >= 2) : [];
}

/**
 * How near a typed word is to a word of a name: the same word, or a near miss — but an everyday word typed in lower
 * case is itself, not a near miss of a name ("came" is not "Acme", "brand" not "Brandt"); capitalised, it may be one.
 */
function nameSimilarity(typed: string, known: string, capitalised: ReadonlySet<string>): number {
  const similarity = wordSimilarity(typed, known);
  return similarity < 1 && !capitalised.has(typed) && isEverydayWord(typed) ? 0 : similarity;
}

function bestMatch(typed: string[], known: string[], capitalised: ReadonlySet<string>): number {
  let best = 0;
  for (const k of known) {
    for (const t of typed) {
      best = Math.max(best, nameSimilarity(t, k, capitalised));
      // "amaras email": a possessive typed without the apostrophe
      if (t.length > 4 && t.endsWith('s')) best = Math.max(best, nameSimilarity(t.slice(0, -1), k, capitalised) * 0.98);
    }
  }
  return best;
}

/** The words of a text typed with a capital letter where a sentence does not begin, folded ("it came from Acme" → acme). */
function capitalisedWords(text: string): Set<string> {
  return new Set(words((text.match(/(?<!(?:^|[.!?:;"“(])\s*)(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')));
}

/** Whether a text has any word that could be (part of) a contact's name or company. */
export function mayMention(text: string): boolean {
  return words(text).some((w) => !NOT_NAMES.has(w) && !/^\d+$/.test(w) && w.length >= 2);
}

/** The contacts of `candidates` that `text` mentions, strongest first. */
export function resolveMentions(text: string, candidates: Candidate[]): Resolved[] {
  const all = words(text);
  const typed = all.filter((w) => !NOT_NAMES.has(w));
  const capitalised = capitalisedWords(text);
  const out: Resolved[] = [];
  for (const c of candidates) {
    let first = bestMatch(typed, nameWords(c.first_name), capitalised);
    // a short form of a first name ("Dan" for Daniel, "Tom" for Tomás): a name, never an exact one
    if (first < 0.7 && nameWords(c.first_name).some((n) => n.length >= 5 && typed.some((t) => t.length >= 3 && n.startsWith(t)))) {
      first = 0.75;
    }
    const last = bestMatch(typed, nameWords(c.last_name), capitalised);
    const companyWords = nameWords(c.company).filter(
      (w) => w.length >= 3 && !['gmbh', 'ltd', 'inc', 'llc', 'co', 'and', 'the'].includes(w),
    );
    const companyHits = companyWords.filter((w) => typed.some((t) => nameSimilarity(t, w, capitalised) >= 0.85)).length;
    const company = companyWords.length ? companyHits / companyWords.length : 0;
    let strength = 0;
    if (first >= 0.7 && last >= 0.7) strength = 2 + (first + last) / 10;
    else if (first >= 0.7 || last >= 0.7) strength = 1 + Math.max(first, last) / 10;
    else if (company >= 0.5) strength = company / 2;
    // "Daniel K.": a first name followed by the initial of this contact's surname
    if (strength >= 1 && strength < 2 && first >= 0.7 && initialFollows(all, c)) strength += 0.1;
    // "priya.raman@fernhill.io": the contact's own address, typed, names it beyond doubt
    if (c.email && all.includes(fold(c.email))) {
      out.push({ contact: c, strength: 3, exact: true });
      continue;
    }
    // a whole-name typo such as "amra okafr" is still both names
    if (strength > 0) out.push({ contact: c, strength, exact: first === 1 || last === 1 });
  }
  // equal strengths in a fixed order (by name), whatever order the candidates came in
  return out.sort(
    (a, b) => b.strength - a.strength || a.contact.name.localeCompare(b.contact.name) || a.contact.id.localeCompare(b.contact.id),
  );
}

/** Whether a typed first name of `c` is followed by a single letter that is its surname's initial ("Daniel K."). */
function initialFollows(typed: string[], c: Candidate): boolean {
  const initial = nameWords(c.last_name)[0]?.[0];
  if (!initial) return false;
  const firsts = nameWords(c.first_name);
  return typed.some((t, i) => typed[i + 1] === initial && firsts.some((f) => wordSimilarity(t, f) >= 0.85));
}

/**
 * The one contact meant, or the ones it could be. Name matches beat company
 * matches; a full name beats a first name alone.
 */
export function pickContact(resolved: Resolved[]): { contact?: Candidate; ambiguous: Candidate[] } {
  if (resolved.length === 0) return { ambiguous: [] };
  const top = resolved[0]!;
  const tier = (s: number) => (s >= 2 ? 2 : s >= 1 ? 1 : 0);
  const sameTier = resolved.filter((r) => tier(r.strength) === tier(top.strength));
  if (sameTier.length === 1) return { contact: top.contact, ambiguous: [] };
  // a name typed exactly beats near misses ("amara … brand" is Amara, not Brandt)
  const exact = sameTier.filter((r) => r.exact);
  if (exact.length === 1) return { contact: exact[0]!.contact, ambiguous: [] };
  // several in the same tier: a clearly better spelling match wins
  const second = sameTier[1]!;
  if (top.strength - second.strength >= 0.1) return { contact: top.contact, ambiguous: [] };
  return { ambiguous: sameTier.filter((r) => top.strength - r.strength < 0.1).map((r) => r.contact) };
}

/** The one contact of `options` whose company the text names ("harborline called … a note on daniel"), if exactly one. */
export function byCompanyNamed(text: string, options: Candidate[]): Candidate | undefined {
  const typed = words(text);
  const capitalised = capitalisedWords(text);
  const named = options.filter((c) =>
    nameWords(c.company)
      .filter((w) => w.length >= 4 && !['gmbh', 'ltd', 'inc', 'llc', 'and', 'the', 'studio', 'company', 'group'].includes(w))
      .some((w) => typed.some((t) => nameSimilarity(t, w, capitalised) >= 0.85)),
  );
  return named.length === 1 ? named[0] : undefined;
}

export function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}'’-]*/gu, (w) => (w === w.toLowerCase() ? w[0]!.toUpperCase() + w.slice(1) : w));
}

export { fold };
