/**
 * The one way Ledgerly names people to each other (the activity, the contact
 * timeline, task assignees, invitations): first and last name, else the email
 * address; and, for a reader, "You" for themselves. Pure, so pages and client
 * components use it too; the names of a workspace's people are read by
 * `selectPeople` (./user.ts).
 */

export interface NamedPerson {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
}

/** "Sam Lee", else "sam@example.com", else '' (a person with neither). */
export function personName(person: NamedPerson): string {
  return [person.first_name, person.last_name].filter(Boolean).join(' ') || person.email || '';
}

/** Said of someone no longer in the workspace (removed, or left), whose name the reader may not see. */
export const FORMER_MEMBER = 'A former member';

/**
 * Who did something, for the person reading: "You", a teammate by name, or
 * FORMER_MEMBER. `person` and `reader` are the same kind of key as `people`'s
 * (users ids, or sign-in ids).
 */
export function personLabel(person: string, reader: string, people: ReadonlyMap<string, string>): string {
  if (person === reader) return 'You';
  return people.get(person) || FORMER_MEMBER;
}

/** A personLabel inside a sentence: "by you", "by Sam Lee", "by a former member". */
export function byPerson(label: string): string {
  const inSentence = label === 'You' || label === FORMER_MEMBER ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return `by ${inSentence}`;
}
