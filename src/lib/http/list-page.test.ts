import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearHref, exportHref, listHref, parseListQuery, pickParams, readListParams } from './list-page';

const schema = z.strictObject({
  q: z.string().optional(),
  status: z.enum(['open', 'done']).optional(),
  sort: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.string().transform(Number),
});

describe('list pages', () => {
  it('reads only the wanted, non-empty, single parameters', async () => {
    const raw = { q: 'acme', status: '', sort: ['a', 'b'], other: 'x', cursor: 'c1' };
    expect(pickParams(raw, ['q', 'status', 'sort', 'cursor'])).toEqual({ q: 'acme', cursor: 'c1' });
    const { wanted, query } = await readListParams(Promise.resolve(raw), ['q', 'status', 'sort', 'cursor'], schema, { limit: '25' });
    expect(wanted).toEqual({ q: 'acme', cursor: 'c1' });
    expect(query).toEqual({ q: 'acme', cursor: 'c1', limit: 25 });
  });

  it('falls back to the defaults when the schema refuses the address', () => {
    expect(parseListQuery(schema, { status: 'nonsense', q: 'x' }, { limit: '10' })).toEqual({ limit: 10 });
  });

  it('builds the export, clear and page links', () => {
    expect(exportHref('/api/contacts', { q: 'acme', cursor: 'c1', status: undefined })).toBe('/api/contacts?q=acme&format=csv');
    expect(clearHref('/tasks', { q: 'x', sort: '-due_date' }, { view: 'today' })).toBe('/tasks?view=today&sort=-due_date');
    expect(clearHref('/contacts', { q: 'x' })).toBe('/contacts');
    expect(listHref('/invoices', { q: 'a b', cursor: 'c' }, ['cursor'])).toBe('/invoices?q=a+b');
  });
});
