import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { Client, signIn } from '../helpers/client';
import { createDatabase } from '../helpers/database';

/**
 * docs/decisions/0083, over HTTP: production refuses to "send" into an outbox
 * nobody chose (503 saying what to configure), one contact import at a time
 * per user (409), and a statement stopped by the timeout is a 503, not a 500.
 */

const CRON_SECRET = 'test-cron-secret-reliability-0123';
const started: AppServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((app) => app.stop()));
});

/** Local accounts (production without AUTH_MODE=dev): the first sign-up is always open. */
async function signUp(baseUrl: string): Promise<Client> {
  const response = await fetch(`${baseUrl}/api/local-auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `owner-${Date.now()}@example.com`,
      password: 'a long and unguessable passphrase 42',
      first_name: 'Olive',
    }),
  });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return new Client(baseUrl, (JSON.parse(text) as { data: { token: string } }).data.token);
}

async function draftInvoice(client: Client): Promise<{ id: string; status: string }> {
  // emails go out under a business name (docs/decisions/0091)
  expect((await client.put('/api/auth/user', { business_name: 'Reliable Test Ltd' })).status).toBe(200);
  const contact = await client.post('/api/contacts', { first_name: 'Nora', last_name: 'Client', email: 'nora@client.example' });
  expect(contact.status, contact.text).toBe(201);
  const invoice = await client.post('/api/invoices', {
    contact_id: contact.body.data.id,
    items: [{ description: 'Workshop', quantity: 1, unit_price: '500.00' }],
  });
  expect(invoice.status, invoice.text).toBe(201);
  return invoice.body.data;
}

describe('email in production without SMTP_URL', () => {
  it('refuses to send (503: plain words to the user, the settings to the operator) and leaves the invoice a draft', async () => {
    const app = await startApp({ AUTH_MODE: 'local', CRON_SECRET });
    started.push(app);
    const owner = await signUp(app.url);
    const invoice = await draftInvoice(owner);
    const res = await owner.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(503);
    expect(res.body.error.code).toBe('service_unavailable');
    expect(res.body.error.message).toMatch(/Email is not set up on this server/);
    expect(res.body.error.message).not.toMatch(/SMTP_URL|EMAIL_TRANSPORT/);
    expect((await owner.get(`/api/invoices/${invoice.id}`)).body.data.status).toBe('draft');
    // the reminder job refuses the same way, before claiming anything
    const cron = await fetch(`${app.url}/api/cron/reminders`, { headers: { authorization: `Bearer ${CRON_SECRET}` } });
    expect(cron.status).toBe(503);
    expect(((await cron.json()) as any).error.message).toMatch(/SMTP_URL/);
  }, 120_000);

  it('sends to the outbox when EMAIL_TRANSPORT=outbox is chosen', { timeout: 120_000 }, async () => {
    const app = await startApp({ AUTH_MODE: 'local', EMAIL_TRANSPORT: 'outbox' });
    started.push(app);
    const owner = await signUp(app.url);
    const invoice = await draftInvoice(owner);
    const res = await owner.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'sent', email: { transport: 'outbox' } });
  });

  it('keeps the outbox as the default of the dev setup (AUTH_MODE=dev)', async () => {
    const [pglite] = inject('backends');
    const user = await signIn(pglite!.url);
    const invoice = await draftInvoice(user);
    const res = await user.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.email.transport).toBe('outbox');
  });
});

describe('contact import on PostgreSQL', () => {
  const csv = 'first_name,last_name,email\nAda,Lovelace,ada@import.example\nGrace,Hopper,grace@import.example\n';

  it('answers 409 while another import of the same user runs (on any server process), and not for another user', async () => {
    const backend = inject('backends').find((b) => b.name === 'postgres')!;
    const alice = await signIn(backend.url);
    const bob = await signIn(backend.url);
    const admin = postgres(backend.adminUrl!, { max: 1, onnotice: () => {} });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // what another server process's import of Alice's holds while it runs
      const other = admin.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(hashtext('ledgerly.contacts.import'), hashtext(${alice.user.id}::text))`;
        locked();
        await held;
      });
      await isLocked;
      const refused = await alice.post('/api/contacts/import', { csv });
      expect(refused.status, refused.text).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/Another contact import of yours is still running/),
      });
      expect((await alice.post('/api/contacts/import', { csv, dry_run: true })).status).toBe(409);
      expect((await alice.get('/api/contacts')).body.data).toEqual([]);
      expect((await bob.post('/api/contacts/import', { csv })).status).toBe(201);
      release();
      await other;
      const done = await alice.post('/api/contacts/import', { csv });
      expect(done.status, done.text).toBe(201);
      expect(done.body.data.create).toBe(2);
    } finally {
      await admin.end({ timeout: 5 });
    }
  });
});

describe('a statement stopped by DATABASE_STATEMENT_TIMEOUT_MS', () => {
  it('answers 503 in the API shape, without SQL, and the next request works', { timeout: 120_000 }, async () => {
    const db = await createDatabase(inject('pgAdminUrl'), 'timeout');
    const app = await startApp({ DATABASE_URL: db.appUrl, DATABASE_STATEMENT_TIMEOUT_MS: '500' });
    started.push(app);
    const alice = await signIn(app.url);
    expect((await alice.get('/api/contacts')).status).toBe(200);
    const admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // a migration (or a runaway query) holds the table: the request's statement waits, then is stopped
      const blocker = admin.begin(async (tx) => {
        await tx`lock table public.contacts in access exclusive mode`;
        locked();
        await held;
      });
      await isLocked;
      const t0 = Date.now();
      const res = await alice.get('/api/contacts');
      release();
      await blocker;
      expect(res.status, res.text).toBe(503);
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(res.body.error.code).toBe('service_unavailable');
      expect(res.body.error.message).toMatch(/took too long/);
      expect(res.text).not.toMatch(/select|statement timeout|contacts"/i);
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await alice.get('/api/contacts')).status).toBe(200);
    } finally {
      await admin.end({ timeout: 5 });
    }
  });
});
