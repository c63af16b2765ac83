import { describe, expect, it } from 'vitest';
import { byPerson, FORMER_MEMBER, personLabel, personName } from './people';

describe('personName', () => {
  it('says first and last name, else the email, else nothing', () => {
    expect(personName({ first_name: 'Sam', last_name: 'Lee', email: 'sam@example.com' })).toBe('Sam Lee');
    expect(personName({ first_name: 'Sam', last_name: null, email: 'sam@example.com' })).toBe('Sam');
    expect(personName({ first_name: null, last_name: null, email: 'sam@example.com' })).toBe('sam@example.com');
    expect(personName({ first_name: '', last_name: null, email: null })).toBe('');
  });
});

describe('personLabel', () => {
  const people = new Map([
    ['u2', 'Sam Lee'],
    ['u4', ''],
  ]);
  it('says You to the reader, a teammate by name, and someone gone as a former member', () => {
    expect(personLabel('u1', 'u1', people)).toBe('You');
    expect(personLabel('u2', 'u1', people)).toBe('Sam Lee');
    expect(personLabel('u3', 'u1', people)).toBe(FORMER_MEMBER);
    expect(personLabel('u4', 'u1', people)).toBe(FORMER_MEMBER);
  });

  it('reads inside a sentence', () => {
    expect(byPerson('You')).toBe('by you');
    expect(byPerson('Sam Lee')).toBe('by Sam Lee');
    expect(byPerson(FORMER_MEMBER)).toBe('by a former member');
  });
});
