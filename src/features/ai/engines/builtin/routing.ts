import nlp from 'compromise';

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
