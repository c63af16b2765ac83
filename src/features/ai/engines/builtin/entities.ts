import nlp from 'compromise';

/**
 * Entity recognition with compromise (docs/decisions/0145-assistant-language.md):
 * people, organisations and quoted names in a request, offline, in a few
 * milliseconds. compromise reads capitalisation and its lexicon of names; what
 * it cannot know (a lower-case "kwame mensah", a company introduced with
 * "from/at/with") is covered by the phrasing rules below it, and the account's
 * own records are matched by the gazetteer (mentions.ts, work.ts) afterwards.
 */

export interface Entities {
  people: string[];
  organisations: string[];
  quoted: string[];
}

const clean = (value: string) =>
  value
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/[\s,;:.!?]+$/g, '')
    .trim();

let last: { text: string; entities: Entities } | undefined;

export function entities(text: string): Entities {
  if (last?.text === text) return last.entities;
  const doc = nlp(text);
  const found: Entities = {
    people: (doc.people().out('array') as string[]).map(clean).filter(Boolean),
    organisations: (doc.organizations().out('array') as string[]).map(clean).filter(Boolean),
    quoted: [...text.matchAll(/["“]([^"”]{1,200})["”]/g)].map((m) => m[1]!.trim()).filter(Boolean),
  };
  last = { text, entities: found };
  return found;
}

/** Where a company is introduced after a person's name: "Jane Doe from Acme", "at Acme", "with Acme". */
export const COMPANY_INTRO = /\s+(?:from|at|of|with|@)\s+/i;

/** Words after which a person's name has ended ("Anna Berg from Berg Consulting as a lead"). */
const NAME_END =
  /\s+(?:from|at|with|of|who|as|and|to|in|into|on|onto|is|works?|working|email|e-mail|phone|mobile|tel|today|yesterday|tomorrow|she|he|they|her|his|their)\b.*$|[,;:(].*$/i;

/** A person's name as typed, without what follows it ("anna berg from berg consulting" → "anna berg"). */
export function nameOnly(phrase: string): string {
  // a name ends with its line ("Name: Diego Ramos⏎Company: …")
  return clean(phrase.split(/\s*\n/)[0]!.replace(NAME_END, ''));
}

/**
 * The name of the person a request introduces: a quoted name, a name compromise
 * recognises, or the words after "named/called/contact/lead/met".
 */
export function personIntroduced(typed: string): string | undefined {
  // an email address or a phone number is never part of a name
  const text = typed.replace(/[^\s@<>(),;:"']+@[^\s@<>(),;:"']+/g, ',').replace(/\+?\d[\d\s().-]{5,}\d/g, ',');
  const { quoted, people } = entities(text);
  if (quoted[0] && quoted[0].split(/\s+/).length <= 4) return quoted[0];
  // "first name Aisha, last name Bello", "surname: Bello, first name: Aisha": a name given in its two labelled parts
  const first = /\b(?:first|given)[ -]?name\s*(?:is\s+|[:=-]\s*)?([\p{L}][\p{L}'’.-]*)/iu.exec(text)?.[1];
  const last = /\b(?:last[ -]?name|surname|family[ -]?name)\s*(?:is\s+|[:=-]\s*)?([\p{L}][\p{L}'’.-]*)/iu.exec(text)?.[1];
  if (first && last) return `${first} ${last}`;
  const patterns = [
    /\b(?:named|called|name is|name:|name\s*-|name(?=\s+[\p{Lu}]))\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3})/iu,
    // "create contact for Hannah Fischer (…)", "a lead for Mei Lin at …": the person the record is for
    /\b(?:contact|lead|customer|client|prospect|entry|card)\s+for\s+(?!(?:a|an|the|my|our|him|her|them|his|their|me|us)\b)([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3})/iu,
    /\b(?:met|meet|spoke to|spoke with|talked to|talked with)\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3})/iu,
    // "add Priya's colleague Ahmed Nasser": someone's colleague is named after the relation (the pattern below)
    /^(?:add|save|create|put|enter|register|stick|pop|store)\s+(?!(?:a|an|the|new|my|him|her|them|his|their|another|one|this|contact|lead|customer|client|someone|somebody|in|into|on|down|up)\b|[\p{L}]+['’]s\s)([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3})/iu,
    /\b(?:contact|lead|customer|client|person|prospect|someone|somebody|colleague|coworker|partner|assistant)\s*[:,-]?\s+(?!(?:named|called|for|from|at|with|who|to|as|he|she|they|his|her|their|it|which|that|and|but|on|in|of|our|my|the|person|people|details|info|card)\b)([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3})/iu,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    const name = m?.[1] ? nameOnly(m[1]) : '';
    // "i met someone at the expo": someone not named yet
    if (name && !/^(?:a|an|the|new|my|him|her|them|a person)$|^(?:someone|somebody)\b/i.test(name)) return name;
  }
  return people[0] ? nameOnly(people[0]) : undefined;
}

/** The company a request introduces for a person: "from/at/with <company>", "works at/for <company>", or an organisation compromise finds. */
export function companyIntroduced(text: string): string | undefined {
  const m =
    /\b(?:works? (?:at|for)|working (?:at|for)|employed (?:at|by)|company(?: is| name is|:)?)\s+(.+?)(?=\s*(?:[,;]|\.(?:\s|$)|\s-\s|\b(?:as|who|and|email|e-mail|phone|today|yesterday|tomorrow)\b|$))/i.exec(
      text,
    ) ??
    /\b(?:from|at|with|@)\s+(?!(?:the (?:lead|customer)|email|e-mail|phone|number|a|an|\d)\b)([\p{L}&][\p{L}\p{N}&'’.-]*(?:\s+(?!(?:as|who|and|email|e-mail|phone|today|yesterday|tomorrow|add|she|he|they|her|his)\b)[\p{L}\p{N}&][\p{L}\p{N}&'’.-]*){0,4})/iu.exec(
      text,
    );
  const company = m?.[1] ? clean(m[1]) : entities(text).organisations[0];
  if (!company || /@/.test(company)) return undefined;
  return company;
}
