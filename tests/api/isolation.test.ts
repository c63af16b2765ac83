import { samplePng } from '../../src/lib/pdf/sample-images';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, signIn } from '../helpers/client';
import { recordFigure } from '../helpers/figures';
import { downloadZip } from '../helpers/zip';

/**
 * The tenant isolation matrix over HTTP. User A owns one of everything; user B
 * tries A's ids in every path, every foreign-key field of B's own new and
 * existing rows, every filter and export. Each attempt must be a 404 or 422
 * (filters: an empty answer), show nothing of A's, and leave A's data exactly
 * as it was. Runs on PGlite and on a real PostgreSQL server.
 */

const backends = inject('backends');

type Expect = 404 | 422 | 'empty' | 'absent';
interface Attempt {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  expect: Expect;
}

const dueIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const items = [{ description: 'Design work', quantity: 2, unit_price: '150.00' }];
const newId = () => crypto.randomUUID();
const importFile = (tables: Record<string, unknown[]>) => ({
  format: 'ledgerly-export',
  version: 1,
  exported_at: '2026-12-01T09:00:00.000Z',
  tables,
});

describe.each(backends)('tenant isolation matrix on $name', (backend) => {
  let a: Client;
  let b: Client;
  const A: Record<string, string> = {};
  const B: Record<string, string> = {};
  const marker = `Secret-${Math.random().toString(36).slice(2, 10)}`;

  const must = async (res: Promise<{ status: number; body: any }>, status: number) => {
    const r = await res;
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(status);
    return r.body;
  };

  /** What A can see of their own data: compared before and after B's attempts. */
  async function snapshotOfA() {
    const paths = [
      `/api/contacts/${A.contact}`,
      `/api/contacts/${A.contact}/notes`,
      `/api/contacts/${A.contact}/summary`,
      `/api/tasks/${A.task}`,
      `/api/time-entries/${A.time}`,
      `/api/transactions/${A.transaction}`,
      `/api/invoices/${A.invoice}`,
      `/api/invoices/${A.invoice}/payments`,
      '/api/invoices/settings',
      '/api/auth/user',
      '/api/contacts?limit=200',
      '/api/tasks?limit=200',
      '/api/time-entries?limit=200',
      '/api/transactions?limit=200',
      '/api/invoices?limit=200',
      `/api/deals/${A.deal}`,
      `/api/deals/${A.deal}/events`,
      '/api/deals?limit=200',
      '/api/deal-stages',
      `/api/bank-accounts/${A.bankAccount}`,
      `/api/bank-lines/${A.bankLine}`,
      '/api/bank-lines?limit=200',
      '/api/bank-rules',
      '/api/outbox',
      '/api/ai/logs?limit=100',
      '/api/api-keys',
    ];
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      const res = await a.get(path);
      expect(res.status, path).toBe(200);
      out[path] = res.body;
    }
    // A's webhook endpoint as A set it (the delivery worker may record an attempt meanwhile)
    const hook = await a.get(`/api/webhooks/${A.webhook}`);
    expect(hook.status).toBe(200);
    out.webhook = [hook.body.data.url, hook.body.data.events, hook.body.data.enabled];
    return out;
  }

  beforeAll(async () => {
    const signedA = await signIn(backend.url);
    a = signedA;
    A.user = signedA.user.id;
    b = await signIn(backend.url);
    A.contact = (await must(a.post('/api/contacts', { first_name: marker, email: 'client-of-a@example.com' }), 201)).data.id;
    A.note = (await must(a.post(`/api/contacts/${A.contact}/notes`, { body: `${marker} note` }), 201)).data.id;
    A.task = (await must(a.post('/api/tasks', { title: `${marker} task`, contact_id: A.contact }), 201)).data.id;
    A.time = (
      await must(
        a.post('/api/time-entries', {
          contact_id: A.contact,
          description: `${marker} time`,
          started_at: '2026-11-02T09:00:00Z',
          duration_minutes: 30,
        }),
        201,
      )
    ).data.id;
    A.transaction = (
      await must(a.post('/api/transactions', { type: 'expense', amount: '12.34', description: `${marker} expense` }), 201)
    ).data.id;
    A.invoice = (await must(a.post('/api/invoices', { contact_id: A.contact, due_date: dueIn(14), items, notes: marker }), 201)).data.id;
    await must(a.put('/api/auth/user', { business_name: `${marker} Ltd`, payment_instructions: `${marker} IBAN` }), 200);
    await must(a.put('/api/invoices/settings/logo', { image: samplePng({ width: 40, height: 20 }).toString('base64') }), 200);
    await must(a.post(`/api/invoices/${A.invoice}/send`, {}), 200);
    A.payment = (await must(a.post(`/api/invoices/${A.invoice}/payments`, { amount: '100.00' }), 201)).data.id;
    const outbox = await must(a.get('/api/outbox'), 200);
    A.message = outbox.data[0].id;
    A.stage = (await must(a.post('/api/deal-stages', { name: `${marker} stage` }), 201)).data.id;
    A.deal = (
      await must(a.post('/api/deals', { title: `${marker} deal`, value: '250.00', contact_id: A.contact, stage_id: A.stage }), 201)
    ).data.id;
    A.bankAccount = (await must(a.post('/api/bank-accounts', { name: `${marker} bank`, currency: 'USD' }), 201)).data.id;
    await must(
      a.request('POST', `/api/bank-accounts/${A.bankAccount}/statements`, `Date,Amount,Description\r\n2026-11-10,50.00,${marker} in\r\n`, {
        'content-type': 'text/csv',
      }),
      200,
    );
    A.bankLine = (await must(a.get(`/api/bank-lines?bank_account_id=${A.bankAccount}`), 200)).data[0].id;
    A.bankRule = (await must(a.post('/api/bank-rules', { pattern: `${marker} rule`, category: 'Office' }), 201)).data.id;
    const proposal = await must(a.post('/api/ai/query', { query: `add a task: call ${marker} tomorrow` }), 200);
    A.action = proposal.data.pending_action.id;
    A.apiKey = (await must(a.post('/api/api-keys', { name: `${marker} key`, scopes: ['read'] }), 201)).data.id;
    A.webhook = (await must(a.post('/api/webhooks', { url: `https://hooks.invalid/${marker}`, events: ['contact.updated'] }), 201)).data.id;
    await must(a.put(`/api/contacts/${A.contact}`, { last_name: marker }), 200);
    await must(a.put(`/api/webhooks/${A.webhook}`, { enabled: false }), 200);
    A.delivery = (await must(a.get(`/api/webhooks/${A.webhook}/deliveries`), 200)).data[0].id;

    B.contact = (await must(b.post('/api/contacts', { first_name: 'Own' }), 201)).data.id;
    B.task = (await must(b.post('/api/tasks', { title: 'Own task' }), 201)).data.id;
    B.time = (
      await must(
        b.post('/api/time-entries', { contact_id: null, description: 'Own time', started_at: '2026-11-02T09:00:00Z', duration_minutes: 5 }),
        201,
      )
    ).data.id;
    B.transaction = (await must(b.post('/api/transactions', { type: 'income', amount: '5.00' }), 201)).data.id;
    B.invoice = (await must(b.post('/api/invoices', { contact_id: B.contact, due_date: dueIn(14), items }), 201)).data.id;
    B.deal = (await must(b.post('/api/deals', { title: 'Own deal' }), 201)).data.id;
    B.bankAccount = (await must(b.post('/api/bank-accounts', { name: 'Own bank', currency: 'USD' }), 201)).data.id;
    await must(
      b.request('POST', `/api/bank-accounts/${B.bankAccount}/statements`, 'Date,Amount,Description\r\n2026-11-10,50.00,Own money\r\n', {
        'content-type': 'text/csv',
      }),
      200,
    );
    B.bankLine = (await must(b.get(`/api/bank-lines?bank_account_id=${B.bankAccount}`), 200)).data[0].id;
  });

  it("refuses every use of A's ids by B, and A's data stays as it was", async () => {
    const before = await snapshotOfA();
    const attempts: Attempt[] = [
      // ids in the path
      { method: 'GET', path: `/api/contacts/${A.contact}`, expect: 404 },
      { method: 'PUT', path: `/api/contacts/${A.contact}`, body: { first_name: 'Taken' }, expect: 404 },
      { method: 'DELETE', path: `/api/contacts/${A.contact}`, expect: 404 },
      { method: 'GET', path: `/api/contacts/${A.contact}/notes`, expect: 404 },
      { method: 'POST', path: `/api/contacts/${A.contact}/notes`, body: { body: 'planted' }, expect: 404 },
      { method: 'DELETE', path: `/api/contacts/${A.contact}/notes/${A.note}`, expect: 404 },
      { method: 'DELETE', path: `/api/contacts/${B.contact}/notes/${A.note}`, expect: 404 },
      { method: 'GET', path: `/api/contacts/${A.contact}/timeline`, expect: 404 },
      { method: 'GET', path: `/api/contacts/${A.contact}/summary`, expect: 404 },
      { method: 'GET', path: `/api/tasks/${A.task}`, expect: 404 },
      { method: 'PUT', path: `/api/tasks/${A.task}`, body: { status: 'completed' }, expect: 404 },
      { method: 'DELETE', path: `/api/tasks/${A.task}`, expect: 404 },
      { method: 'GET', path: `/api/transactions/${A.transaction}`, expect: 404 },
      { method: 'PUT', path: `/api/transactions/${A.transaction}`, body: { amount: '1.00' }, expect: 404 },
      { method: 'DELETE', path: `/api/transactions/${A.transaction}`, expect: 404 },
      { method: 'GET', path: `/api/transactions/${A.payment}`, expect: 404 },
      { method: 'DELETE', path: `/api/transactions/${A.payment}`, expect: 404 },
      { method: 'GET', path: `/api/invoices/${A.invoice}`, expect: 404 },
      { method: 'PUT', path: `/api/invoices/${A.invoice}`, body: { notes: 'changed' }, expect: 404 },
      { method: 'DELETE', path: `/api/invoices/${A.invoice}`, expect: 404 },
      { method: 'GET', path: `/api/invoices/${A.invoice}/pdf`, expect: 404 },
      { method: 'POST', path: `/api/invoices/${A.invoice}/send`, body: {}, expect: 404 },
      { method: 'GET', path: `/api/invoices/${A.invoice}/payments`, expect: 404 },
      { method: 'POST', path: `/api/invoices/${A.invoice}/payments`, body: { amount: '1.00' }, expect: 404 },
      { method: 'DELETE', path: `/api/invoices/${A.invoice}/payments/${A.payment}`, expect: 404 },
      { method: 'DELETE', path: `/api/invoices/${B.invoice}/payments/${A.payment}`, expect: 404 },
      { method: 'POST', path: `/api/invoices/${A.invoice}/duplicate`, expect: 404 },
      { method: 'POST', path: `/api/invoices/${A.invoice}/receipt`, body: {}, expect: 404 },
      // B has no logo of its own: A's is not served, replaced or removed through B
      { method: 'GET', path: '/api/invoices/settings/logo', expect: 404 },
      { method: 'DELETE', path: '/api/invoices/settings/logo', expect: 404 },
      { method: 'GET', path: `/api/outbox/${A.message}`, expect: 404 },
      { method: 'GET', path: `/api/outbox/${A.message}?attachment=0`, expect: 404 },
      { method: 'POST', path: `/api/ai/actions/${A.action}/confirm`, expect: 404 },
      { method: 'POST', path: `/api/ai/actions/${A.action}/reject`, expect: 404 },
      { method: 'POST', path: `/api/ai/actions/${A.action}/undo`, expect: 404 },
      { method: 'DELETE', path: `/api/api-keys/${A.apiKey}`, expect: 404 },
      { method: 'GET', path: `/api/deals/${A.deal}`, expect: 404 },
      { method: 'PUT', path: `/api/deals/${A.deal}`, body: { position: 0 }, expect: 404 },
      { method: 'DELETE', path: `/api/deals/${A.deal}`, expect: 404 },
      { method: 'GET', path: `/api/deals/${A.deal}/events`, expect: 404 },
      { method: 'POST', path: `/api/deals/${A.deal}/invoice`, expect: 404 },
      { method: 'POST', path: `/api/deals/${A.deal}/quote`, expect: 404 },
      { method: 'GET', path: `/api/deal-stages/${A.stage}`, expect: 404 },
      { method: 'PUT', path: `/api/deal-stages/${A.stage}`, body: { name: 'Taken' }, expect: 404 },
      { method: 'DELETE', path: `/api/deal-stages/${A.stage}`, expect: 404 },
      { method: 'PUT', path: '/api/deal-stages', body: { stages: [{ id: A.stage, name: 'Taken' }] }, expect: 422 },
      { method: 'GET', path: `/api/time-entries/${A.time}`, expect: 404 },
      { method: 'GET', path: `/api/webhooks/${A.webhook}`, expect: 404 },
      { method: 'PUT', path: `/api/webhooks/${A.webhook}`, body: { url: 'https://hooks.invalid/taken' }, expect: 404 },
      { method: 'DELETE', path: `/api/webhooks/${A.webhook}`, expect: 404 },
      { method: 'GET', path: `/api/webhooks/${A.webhook}/deliveries`, expect: 404 },
      { method: 'POST', path: `/api/webhooks/${A.webhook}/deliveries/${A.delivery}/redeliver`, expect: 404 },
      { method: 'GET', path: '/api/webhooks', expect: 'absent' },
      { method: 'PUT', path: `/api/time-entries/${A.time}`, body: { description: 'Mine' }, expect: 404 },
      { method: 'DELETE', path: `/api/time-entries/${A.time}`, expect: 404 },
      { method: 'GET', path: `/api/bank-accounts/${A.bankAccount}`, expect: 404 },
      { method: 'PUT', path: `/api/bank-accounts/${A.bankAccount}`, body: { name: 'Mine' }, expect: 404 },
      { method: 'DELETE', path: `/api/bank-accounts/${A.bankAccount}`, expect: 404 },
      {
        method: 'POST',
        path: `/api/bank-accounts/${A.bankAccount}/statements`,
        body: 'Date,Amount,Description\r\n2026-11-11,1.00,x\r\n',
        headers: { 'content-type': 'text/csv' },
        expect: 404,
      },
      { method: 'GET', path: `/api/bank-lines/${A.bankLine}`, expect: 404 },
      { method: 'POST', path: `/api/bank-lines/${A.bankLine}/match`, body: { invoice_id: B.invoice }, expect: 404 },
      { method: 'POST', path: `/api/bank-lines/${A.bankLine}/unmatch`, expect: 404 },
      { method: 'POST', path: `/api/bank-lines/${A.bankLine}/book`, body: { category: 'Mine' }, expect: 404 },
      { method: 'POST', path: `/api/bank-lines/${A.bankLine}/unbook`, expect: 404 },
      { method: 'POST', path: '/api/bank-lines/bulk', body: { action: 'ignore', ids: [A.bankLine] }, expect: 404 },
      { method: 'GET', path: `/api/bank-rules/${A.bankRule}`, expect: 404 },
      { method: 'PUT', path: `/api/bank-rules/${A.bankRule}`, body: { category: 'Mine' }, expect: 404 },
      { method: 'DELETE', path: `/api/bank-rules/${A.bankRule}`, expect: 404 },
      // A's ids as foreign keys of B's new and existing rows
      { method: 'POST', path: `/api/bank-lines/${B.bankLine}/match`, body: { invoice_id: A.invoice }, expect: 422 },
      {
        method: 'POST',
        path: '/api/time-entries',
        body: { contact_id: A.contact, description: 'x', started_at: '2026-11-02T09:00:00Z', duration_minutes: 5 },
        expect: 422,
      },
      { method: 'PUT', path: `/api/time-entries/${B.time}`, body: { contact_id: A.contact }, expect: 422 },
      { method: 'POST', path: '/api/time-entries/timer/start', body: { description: 'x', contact_id: A.contact }, expect: 422 },
      { method: 'POST', path: '/api/invoices/from-time', body: { contact_id: A.contact }, expect: 422 },
      { method: 'POST', path: '/api/invoices/from-time', body: { contact_id: B.contact, entry_ids: [A.time] }, expect: 422 },
      { method: 'POST', path: '/api/tasks', body: { title: 'x', contact_id: A.contact }, expect: 422 },
      { method: 'PUT', path: `/api/tasks/${B.task}`, body: { contact_id: A.contact }, expect: 422 },
      { method: 'POST', path: '/api/transactions', body: { type: 'income', amount: '1.00', invoice_id: A.invoice }, expect: 422 },
      { method: 'PUT', path: `/api/transactions/${B.transaction}`, body: { invoice_id: A.invoice }, expect: 422 },
      { method: 'POST', path: '/api/invoices', body: { contact_id: A.contact, due_date: dueIn(7), items }, expect: 422 },
      { method: 'PUT', path: `/api/invoices/${B.invoice}`, body: { contact_id: A.contact }, expect: 422 },
      { method: 'POST', path: '/api/deals', body: { title: 'x', contact_id: A.contact }, expect: 422 },
      { method: 'POST', path: '/api/deals', body: { title: 'x', stage_id: A.stage }, expect: 422 },
      { method: 'PUT', path: `/api/deals/${B.deal}`, body: { stage_id: A.stage }, expect: 422 },
      { method: 'PUT', path: `/api/deals/${B.deal}`, body: { owner_id: A.user }, expect: 422 },
      // A's ids inside an import file of B's
      {
        method: 'POST',
        path: '/api/import',
        body: importFile({ tasks: [{ id: newId(), title: 'x', status: 'pending', priority: 'low', contact_id: A.contact }] }),
        expect: 422,
      },
      {
        method: 'POST',
        path: '/api/import',
        body: importFile({ transactions: [{ id: newId(), type: 'income', amount: '1.00', date: '2026-11-30', invoice_id: A.invoice }] }),
        expect: 422,
      },
      // A's ids and data as filters, searches and exports
      { method: 'GET', path: `/api/tasks?contact_id=${A.contact}`, expect: 'empty' },
      { method: 'GET', path: `/api/transactions?invoice_id=${A.invoice}`, expect: 'empty' },
      { method: 'GET', path: `/api/invoices?contact_id=${A.contact}`, expect: 'empty' },
      { method: 'GET', path: `/api/audit?entity_id=${A.contact}`, expect: 'empty' },
      { method: 'GET', path: `/api/contacts?q=${marker}`, expect: 'empty' },
      { method: 'GET', path: `/api/tasks?q=${marker}`, expect: 'empty' },
      { method: 'GET', path: `/api/transactions?q=${marker}`, expect: 'empty' },
      { method: 'GET', path: `/api/transactions/totals?q=${marker}`, expect: 'absent' },
      { method: 'GET', path: `/api/transactions/totals?invoice_id=${A.invoice}`, expect: 'absent' },
      { method: 'GET', path: `/api/invoices?q=${marker}`, expect: 'empty' },
      { method: 'GET', path: `/api/deals?q=${marker}`, expect: 'empty' },
      { method: 'GET', path: `/api/deals?contact_id=${A.contact}`, expect: 'empty' },
      { method: 'GET', path: `/api/deals?stage_id=${A.stage}`, expect: 'empty' },
      { method: 'GET', path: `/api/deals?format=csv`, expect: 'absent' },
      { method: 'GET', path: '/api/deals/totals', expect: 'absent' },
      { method: 'GET', path: '/api/deal-stages', expect: 'absent' },
      { method: 'GET', path: `/api/bank-lines?bank_account_id=${A.bankAccount}`, expect: 'empty' },
      { method: 'GET', path: `/api/bank-lines?q=${marker}`, expect: 'empty' },
      { method: 'GET', path: '/api/bank-lines?format=csv', expect: 'absent' },
      { method: 'GET', path: '/api/bank-accounts', expect: 'absent' },
      { method: 'GET', path: '/api/bank-rules', expect: 'absent' },
      { method: 'GET', path: '/api/dashboard/pipeline', expect: 'absent' },
      { method: 'GET', path: `/api/contacts?format=csv&q=${marker}`, expect: 'absent' },
      { method: 'GET', path: `/api/tasks?format=csv&contact_id=${A.contact}`, expect: 'absent' },
      { method: 'GET', path: `/api/transactions?format=csv`, expect: 'absent' },
      { method: 'GET', path: `/api/invoices?format=csv`, expect: 'absent' },
      { method: 'GET', path: '/api/export', expect: 'absent' },
      { method: 'GET', path: '/api/outbox', expect: 'absent' },
      { method: 'GET', path: '/api/transactions/categories', expect: 'absent' },
      // B's dashboard counts B's rows only (A's paying client would be among the top clients)
      { method: 'GET', path: '/api/dashboard/stats', expect: 'absent' },
      { method: 'GET', path: '/api/dashboard/financial', expect: 'absent' },
      // B's assistant sees B's rows only
      { method: 'GET', path: '/api/ai/logs?limit=100', expect: 'absent' },
      { method: 'GET', path: '/api/api-keys', expect: 'absent' },
      { method: 'POST', path: '/api/ai/query', body: { query: 'give me an overview' }, expect: 'absent' },
      { method: 'POST', path: '/api/ai/query', body: { query: 'show my contacts' }, expect: 'absent' },
      { method: 'POST', path: '/api/ai/query', body: { query: 'which tasks are due tomorrow?' }, expect: 'absent' },
      { method: 'POST', path: '/api/ai/query', body: { query: 'which invoices are unpaid?' }, expect: 'absent' },
    ];

    for (const attempt of attempts) {
      const res = await b.request(attempt.method, attempt.path, attempt.body, attempt.headers);
      const what = `${attempt.method} ${attempt.path}`;
      if (attempt.expect === 'empty') {
        // a filter by someone else's id finds nothing (a 4xx is as good)
        if (res.status === 200) expect(res.body.page.total, what).toBe(0);
        else expect([404, 422], what).toContain(res.status);
      } else if (attempt.expect === 'absent') {
        expect(res.status, what).toBe(200);
      } else {
        expect(res.status, `${what} → ${res.text.slice(0, 200)}`).toBe(attempt.expect);
      }
      expect(res.text, what).not.toContain(marker);
      for (const id of Object.values(A)) expect(res.text, `${what} leaks ${id}`).not.toContain(id);
    }
    // B's whole export, unpacked: nothing of A's in any of its files
    const exported = await downloadZip(backend.url, b.token!);
    for (const [name, content] of exported.files) {
      expect(content.toString('utf8'), name).not.toContain(marker);
      for (const id of Object.values(A)) expect(content.toString('utf8'), `${name} leaks ${id}`).not.toContain(id);
    }
    expect(await snapshotOfA()).toEqual(before);
    expect((await a.get('/api/invoices/settings/logo')).status).toBe(200);
    // B's figures are B's alone: one contact, one invoice, A's payment not among B's income
    const stats = (await b.get('/api/dashboard/stats')).body.data;
    expect(stats.contacts.total).toBe(1);
    expect(stats.invoices.by_status.sent?.count ?? 0).toBe(0);
    const money = (await b.get('/api/dashboard/financial')).body.data;
    expect(money.totals.income).toBe('5.00');
    recordFigure(
      `isolation.http.${backend.name}`,
      attempts.length,
      `cross-tenant HTTP requests refused (${backend.name === 'postgres' ? 'PostgreSQL' : 'PGlite'})`,
    );
  }, 120_000);
});
