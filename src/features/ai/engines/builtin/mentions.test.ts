import { describe, expect, it } from 'vitest';
import { type Candidate, pickContact, resolveMentions } from './mentions';

const contact = (first_name: string, last_name: string): Candidate => ({
  id: `${first_name}-${last_name}`,
  name: `${first_name} ${last_name}`,
  first_name,
  last_name,
  company: null,
  email: null,
  status: 'active',
  url: `/contacts/${first_name}`,
});

describe('a short form of a first name', () => {
  const people = [contact('Daniel', 'Kim'), contact('Daniel', 'Osei'), contact('Amara', 'Okafor')];
  it('names every contact it could be short for, so the engine asks which one', () => {
    expect(pickContact(resolveMentions('email for Dan?', people)).ambiguous.map((c) => c.name)).toEqual(['Daniel Kim', 'Daniel Osei']);
  });
  it('is settled by the last name, and never beats a name typed in full', () => {
    expect(pickContact(resolveMentions("Dan Osei's phone", people)).contact?.name).toBe('Daniel Osei');
    expect(resolveMentions('dan', [contact('Dan', 'Brown'), contact('Daniel', 'Kim')])[0]!.contact.name).toBe('Dan Brown');
  });
});
