import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../types';
import type { Candidate } from './mentions';
import { Turn } from './turn';

const person = (id: string, name: string, company: string | null = null): Candidate => {
  const [first_name, last_name] = name.split(' ');
  return {
    id,
    name,
    first_name: first_name!,
    last_name: last_name ?? null,
    company,
    email: null,
    status: 'active',
    url: `/contacts/${id}`,
  };
};
const people = [
  person('sofia', 'Sofia Marquez', 'Casa Marquez'),
  person('grace', 'Grace Whitfield', 'Whitfield Bakery'),
  person('lukas', 'Lukas Brandt', 'Nordwerk GmbH'),
  person('priya', 'Priya Raman', 'Fernhill Analytics'),
  person('kim', 'Daniel Kim', 'Harborline Logistics'),
  person('osei', 'Daniel Osei', 'Osei Architects'),
  person('amara', 'Amara Okafor', 'Brightleaf Studio'),
];
const named = async (query: string) =>
  (
    await new Turn({
      query,
      history: [],
      tools: { call: async () => ({ ok: true, data: { contacts: people } }) },
    } as unknown as EngineRequest).contactsIn()
  ).map((c) => c.id);

describe('several contacts named together', () => {
  it('reads each part around "and", "or", "&" and "for … and for …"', async () => {
    expect(await named('deals with nordwerk or fernhill')).toEqual(['lukas', 'priya']);
    expect(await named('what have I got on for amara and for grace')).toEqual(['amara', 'grace']);
    expect(await named('quotes for sofia & grace')).toEqual(['sofia', 'grace']);
    expect(await named('the quotes of daniel kim and daniel osei')).toEqual(['kim', 'osei']);
  });
  it('reads "both", "plus", "as well as" and a list with commas', async () => {
    expect(await named('quotes for both sofia and grace')).toEqual(['sofia', 'grace']);
    expect(await named('invoices for amara plus lukas')).toEqual(['amara', 'lukas']);
    expect(await named('invoices of amara, lukas and priya')).toEqual(['amara', 'lukas', 'priya']);
    expect(await named('quotes for grace as well as sofia')).toEqual(['grace', 'sofia']);
  });
  it('names none when one contact is named twice, or a part fits two contacts', async () => {
    expect(await named('invoices for sofia marquez and casa marquez')).toEqual([]);
    expect(await named('quotes for sofia and daniel')).toEqual([]);
    expect(await named('invoices for lukas, due friday')).toEqual([]);
    expect(await named('show my quotes')).toEqual([]);
  });
});
