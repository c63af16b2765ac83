import { describe, expect, it } from 'vitest';
import document from '@/lib/openapi/openapi.json';
import { type ApiDocument, matches, operationsByTag, resolve, typeLabel } from './schema';

const doc = document as unknown as ApiDocument;

describe('operationsByTag', () => {
  it('lists every operation of the document once, grouped by tag', () => {
    const groups = operationsByTag(doc);
    const count = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(groups.flatMap((g) => g.operations)).toHaveLength(count);
    expect(groups.map((g) => g.tag)).toEqual([...groups.map((g) => g.tag)].sort((a, b) => a.localeCompare(b)));
    const contacts = groups.find((g) => g.tag === 'Contacts')!;
    expect(contacts.operations.map((o) => `${o.method} ${o.path}`)).toContain('POST /api/contacts');
  });
});

describe('matches', () => {
  const op = { searchText: 'post /api/invoices/{id}/payments record a payment on an invoice. invoices' };
  it('needs every word, in any order, whatever the case', () => {
    expect(matches(op, 'Payments POST')).toBe(true);
    expect(matches(op, 'payments delete')).toBe(false);
    expect(matches(op, '  ')).toBe(true);
  });
});

describe('typeLabel', () => {
  it('names enums, components, dates, nullables and arrays', () => {
    expect(typeLabel({ type: 'string', enum: ['draft', 'sent'] })).toBe('one of draft | sent');
    expect(typeLabel({ $ref: '#/components/schemas/Money' })).toBe('Money');
    expect(typeLabel({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })).toBe('string (YYYY-MM-DD)');
    expect(typeLabel({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string or null');
    expect(typeLabel({ type: ['string', 'null'] })).toBe('string or null');
    expect(typeLabel({ type: 'array', items: { $ref: '#/components/schemas/Task' } })).toBe('array of Task');
    expect(typeLabel(undefined)).toBe('any');
  });

  it('resolves a component', () => {
    expect(resolve(doc, { $ref: '#/components/schemas/Money' })).toMatchObject({ type: 'string' });
  });
});
