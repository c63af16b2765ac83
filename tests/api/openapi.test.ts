import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';

/**
 * GET /api/openapi.json from the built app: public, valid OpenAPI 3.1, the
 * committed document; and the documented answers are the real ones (the keys
 * of a contact, task, transaction and invoice, money as decimal strings).
 */

const backends = inject('backends');

type Schema = { $ref?: string; type?: string | string[]; pattern?: string; properties?: Record<string, Schema>; required?: string[] };
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[] }>>;
  components: { schemas: Record<string, Schema> };
};

const committed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../src/lib/openapi/openapi.json'), 'utf8')) as Doc;

describe.each(backends)('API description on $name', (backend) => {
  let served: Doc;
  let alice: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    alice = await signIn(backend.url);
  });

  it('is served without a session, valid OpenAPI 3.1, and is the committed document', async () => {
    const anonymous = new Client(backend.url);
    const res = await anonymous.get<Doc>('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    served = res.body;
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths)).toContain('/api/contacts');
    expect(served.paths['/api/contacts']!.post!.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(served).toEqual(committed);
    const result = await validate(structuredClone(served) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('answers other methods with a 405 in the error shape', async () => {
    const res = await new Client(backend.url).post('/api/openapi.json', {});
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('method_not_allowed');
  });

  function expectDocumented(component: string, value: Record<string, unknown>) {
    const schema = committed.components.schemas[component]!;
    expect(Object.keys(value).sort(), `${component}: the answer's fields are the documented ones`).toEqual(
      Object.keys(schema.properties!).sort(),
    );
    for (const [key, property] of Object.entries(schema.properties!)) {
      const ref = property.$ref ?? '';
      if (ref.endsWith('/Money')) expect(value[key], `${component}.${key}`).toMatch(/^-?\d+\.\d{2}$/);
      if (ref.endsWith('/Date')) expect(value[key], `${component}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  }

  it('documents the fields of real answers', async () => {
    const contact = await alice.post('/api/contacts', { first_name: 'Open', last_name: 'Api', hourly_rate: '80' });
    expect(contact.status, contact.text).toBe(201);
    expectDocumented('Contact', contact.body.data);
    const task = await alice.post('/api/tasks', { title: 'Read the API docs', due_on: '2026-12-24' });
    expect(task.status, task.text).toBe(201);
    expectDocumented('Task', task.body.data);
    const transaction = await alice.post('/api/transactions', { type: 'expense', amount: '12.5', date: '2026-12-01' });
    expect(transaction.status, transaction.text).toBe(201);
    expectDocumented('Transaction', transaction.body.data);
    const invoice = await alice.post('/api/invoices', {
      contact_id: contact.body.data.id,
      items: [{ description: 'Consulting', quantity: 2, unit_price: '100.00', tax_rate: '19' }],
    });
    expect(invoice.status, invoice.text).toBe(201);
    expectDocumented('InvoiceDetail', invoice.body.data);
    const list = await alice.get('/api/invoices');
    expect(Object.keys(list.body).sort()).toEqual(['data', 'page']);
    expectDocumented('Invoice', list.body.data[0]);
    expect(Object.keys(list.body.page).sort()).toEqual(Object.keys(committed.components.schemas.Page!.properties!).sort());
  });
});
