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

describe('a first name with the initial of a surname', () => {
  const people = [contact('Daniel', 'Osei'), contact('Daniel', 'Kim'), contact('Grace', 'Whitfield')];
  it('prefers the contact whose surname starts with the typed initial', () => {
    expect(
      pickContact(
        resolveMentions(
          'Lunch - Grace & Daniel K.',
          people.filter((p) => p.first_name === 'Daniel'),
        ),
      ).contact?.name,
    ).toBe('Daniel Kim');
    expect(pickContact(resolveMentions('call daniel o tomorrow', people)).contact?.name).toBe('Daniel Osei');
  });
  it('orders equal matches by name, whatever order the contacts were read in', () => {
    const forward = resolveMentions('daniel', people).map((r) => r.contact.name);
    const backward = resolveMentions('daniel', [...people].reverse()).map((r) => r.contact.name);
    expect(forward).toEqual(['Daniel Kim', 'Daniel Osei']);
    expect(backward).toEqual(forward);
  });
});

describe('a contact named by its email address', () => {
  it('is the contact with that address, beyond any name', () => {
    const priya = { ...contact('Priya', 'Raman'), email: 'priya.raman@fernhill.io' };
    const other = contact('Priya', 'Shah');
    expect(pickContact(resolveMentions('invite from priya.raman@fernhill.io', [other, priya])).contact?.name).toBe('Priya Raman');
    expect(resolveMentions('invite from priya.raman@fernhill.io', [other, priya])[0]!.strength).toBeGreaterThan(2.5);
  });
});

describe('an everyday word one letter from a name', () => {
  const acme = { ...contact('Acme', ''), last_name: null, name: 'Acme', company: 'Acme Ltd' };
  const people = [acme, contact('Lukas', 'Brandt'), contact('Amara', 'Okafor')];
  it('is the word itself in lower case, not the contact', () => {
    expect(resolveMentions('the money came in yesterday', people)).toEqual([]);
    expect(resolveMentions('a brand new lead', people)).toEqual([]);
    expect(resolveMentions('Came in this morning, 500', people)).toEqual([]);
  });
  it('still names the contact typed exactly, capitalised, or as a typo that is no word', () => {
    expect(pickContact(resolveMentions('invoice for acme', people)).contact?.name).toBe('Acme');
    expect(pickContact(resolveMentions('the invoice for Acne, capitalised', people)).contact?.name).toBe('Acme');
    expect(pickContact(resolveMentions('what does lukas brand owe', people)).contact?.name).toBe('Lukas Brandt');
    expect(pickContact(resolveMentions('email amra okafr', people)).contact?.name).toBe('Amara Okafor');
  });
});
