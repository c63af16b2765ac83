import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { type Client, signIn } from '../helpers/client';
import { createDatabase } from '../helpers/database';
import { createWorkspace, join } from '../helpers/workspaces';

/**
 * Outbound webhooks over HTTP (docs/decisions/0135-webhook-outbox-triggers.md,
 * 0136-webhook-delivery-and-ssrf.md), against a real receiver on 127.0.0.1
 * that checks every signature with the `standardwebhooks` library:
 *  - on PGlite, with WEBHOOK_ALLOW_PRIVATE=true (the receiver is on loopback):
 *    every event type from the route that causes it, retries through a 500
 *    and a timeout, a redirect not followed, abandonment, automatic disabling
 *    with an email to the admins, redelivery, no event for a refused write;
 *  - on PostgreSQL, with private targets refused: SSRF attempts at save time,
 *    validation, roles, and a delivery to a name that does not resolve.
 */

const CRON_SECRET = 'test-cron-secret-webhooks-0123456789';
const started: AppServer[] = [];
let pglite: AppServer;
let postgres: AppServer;

interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** The receiver: behaviour per path, every request kept (at most 2000, bodies at most 1 MB). */
const received: Received[] = [];
const flaky = new Map<string, number>();
let deadRecovers = false;
let receiver: http.Server;
let receiverUrl: string;

function startReceiver(): Promise<void> {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 1_000_000) chunks.push(c);
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      if (received.length < 2000) {
        received.push({
          path,
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        });
      }
      if (path.startsWith('/ok')) return res.end('thanks');
      if (path.startsWith('/flaky')) {
        const n = (flaky.get(path) ?? 0) + 1;
        flaky.set(path, n);
        if (n === 1) {
          res.statusCode = 500;
          return res.end('first: broken');
        }
        if (n === 2) return; // second: never answers (the app's timeout ends it)
        return res.end('third: fine');
      }
      if (path.startsWith('/dead')) {
        // once recovered it answers after a second, so a redelivery stays pending (claimed) for that long
        if (deadRecovers) return void setTimeout(() => res.end('back'), 1000);
        res.statusCode = 503;
        return res.end('down');
      }
      if (path.startsWith('/redirect')) {
        res.writeHead(302, { location: `${receiverUrl}/redirected` });
        return res.end();
      }
      res.statusCode = 404;
      res.end();
    });
  });
  return new Promise((resolve) =>
    receiver.listen(0, '127.0.0.1', () => {
      receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  await startReceiver();
  const db = await createDatabase(inject('pgAdminUrl'), 'webhooks');
  const common = {
    CRON_SECRET,
    WEBHOOK_RETRY_BASE_MS: '300',
    WEBHOOK_MAX_ATTEMPTS: '4',
    WEBHOOK_TIMEOUT_MS: '1500',
    WEBHOOK_POLL_MS: '100',
  };
  [pglite, postgres] = await Promise.all([
    startApp({ ...common, WEBHOOK_ALLOW_PRIVATE: 'true' }),
    startApp({ ...common, DATABASE_URL: db.appUrl }),
  ]);
  started.push(pglite, postgres);
});

afterAll(async () => {
  await Promise.all(started.map((app) => app.stop()));
  receiver.closeAllConnections();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

async function ok(res: Promise<{ status: number; body: any; text: string }>, status = 200): Promise<any> {
  const r = await res;
  expect(r.status, r.text.slice(0, 500)).toBe(status);
  return r.body.data;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const items = [{ description: 'Consulting', quantity: 2, unit_price: '625.00' }];
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The verified events that reached `path`, in arrival order. */
function eventsAt(path: string, secret: string) {
  const wh = new Webhook(secret);
  return received
    .filter((r) => r.path === path)
    .map((r) => ({ ...(wh.verify(r.body, r.headers) as { type: string; timestamp: string; data: any }), id: r.headers['webhook-id']! }));
}

describe('webhooks on pglite (private targets allowed for the local receiver)', () => {
  let owner: Client;
  const url = () => pglite.url;

  beforeAll(async () => {
    owner = await signIn(url());
    await ok(owner.put('/api/auth/user', { business_name: 'Hook Works Ltd', payment_instructions: 'IBAN DE02 1203 0000 0000 2020 51' }));
  }, 120_000);

  it('signs every event per Standard Webhooks, each fired by the route that causes it, money as decimal strings', async () => {
    const created = await ok(owner.post('/api/webhooks', { url: `${receiverUrl}/ok/all`, events: ['contact.created'] }), 201);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created).toMatchObject({ url: `${receiverUrl}/ok/all`, events: ['contact.created'], enabled: true, disabled_reason: null });
    const shown = await ok(owner.get(`/api/webhooks/${created.id}`));
    expect(shown).not.toHaveProperty('secret');
    const all = [
      'contact.created',
      'contact.updated',
      'contact.deleted',
      'invoice.created',
      'invoice.sent',
      'invoice.paid',
      'invoice.overdue',
      'payment.recorded',
      'quote.accepted',
      'task.completed',
      'deal.stage_changed',
    ];
    await ok(owner.put(`/api/webhooks/${created.id}`, { events: all }));
    const secret = created.secret as string;

    const contact = await ok(owner.post('/api/contacts', { first_name: 'Ada', email: 'ada@client.example' }), 201);
    await ok(owner.put(`/api/contacts/${contact.id}`, { last_name: 'Lovelace' }));
    // dates are computed once: computed again at the assertions they would change at midnight
    const [dueLater, dueEarlier, issuedEarlier] = [dayOffset(14), dayOffset(-2), dayOffset(-30)];
    const invoice = await ok(owner.post('/api/invoices', { contact_id: contact.id, due_date: dueLater, items }), 201);
    await ok(owner.post(`/api/invoices/${invoice.id}/send`, {}));
    await ok(owner.post(`/api/invoices/${invoice.id}/payments`, { amount: '1250.00' }), 201);
    const late = await ok(
      owner.post('/api/invoices', { contact_id: contact.id, issue_date: issuedEarlier, due_date: dueEarlier, items, status: 'sent' }),
      201,
    );
    const quote = await ok(owner.post('/api/quotes', { contact_id: contact.id, items }), 201);
    await ok(owner.put(`/api/quotes/${quote.id}`, { status: 'sent' }));
    const link = await ok(owner.post(`/api/quotes/${quote.id}/share`));
    expect((await fetch(`${link.url}/accept`, { method: 'POST' })).status).toBe(200);
    const task = await ok(owner.post('/api/tasks', { title: 'Call Ada' }), 201);
    await ok(owner.put(`/api/tasks/${task.id}`, { status: 'completed' }));
    const stages = (await ok(owner.get('/api/deal-stages'))) as { id: string; name: string }[];
    const deal = await ok(owner.post('/api/deals', { title: 'Big one', value: '900.50', stage_id: stages[0]!.id }), 201);
    await ok(owner.put(`/api/deals/${deal.id}`, { stage_id: stages[1]!.id }));
    const gone = await ok(owner.post('/api/contacts', { first_name: 'Temp' }), 201);
    await ok(owner.delete(`/api/contacts/${gone.id}`));

    const events = await waitFor('every event type', async () => {
      const got = eventsAt('/ok/all', secret);
      return all.every((type) => got.some((e) => e.type === type)) && got;
    });
    const one = (type: string, match: (e: any) => boolean = () => true) => events.find((e) => e.type === type && match(e))!;
    expect(one('contact.created', (e) => e.data.id === contact.id).data).toMatchObject({ first_name: 'Ada', email: 'ada@client.example' });
    expect(one('contact.updated').data).toMatchObject({ id: contact.id, last_name: 'Lovelace' });
    expect(one('contact.deleted').data).toMatchObject({ id: gone.id, first_name: 'Temp' });
    expect(one('invoice.created', (e) => e.data.id === invoice.id).data).toMatchObject({ total_amount: '1250.00', subtotal: '1250.00' });
    expect(one('invoice.sent', (e) => e.data.id === invoice.id).data).toMatchObject({ status: 'sent', due_date: dueLater });
    expect(one('payment.recorded').data).toMatchObject({ invoice_id: invoice.id, amount: '1250.00', type: 'income' });
    expect(one('invoice.paid').data).toMatchObject({ id: invoice.id, status: 'paid', amount_paid: '1250.00' });
    expect(one('invoice.overdue').data).toMatchObject({ id: late.id, status: 'overdue', due_date: dueEarlier });
    expect(one('quote.accepted').data).toMatchObject({ id: quote.id, status: 'accepted' });
    expect(one('task.completed').data).toMatchObject({ id: task.id, status: 'completed' });
    expect(one('deal.stage_changed').data).toMatchObject({
      deal: { id: deal.id, value: '900.50' },
      from_stage: { id: stages[0]!.id, name: stages[0]!.name },
      to_stage: { id: stages[1]!.id, name: stages[1]!.name },
    });
    for (const e of events) {
      expect(e.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(JSON.stringify(e.data)).not.toMatch(/"(amount|total_amount|value|subtotal)":\d/);
    }
    // a tampered body fails verification (the check above is real)
    const sample = received.find((r) => r.path === '/ok/all')!;
    expect(() => new Webhook(secret).verify(`${sample.body} `, sample.headers)).toThrow();
    // overdue is emitted once per invoice
    await ok(fetch(`${url()}/api/cron/webhooks`, { method: 'POST', headers: { authorization: `Bearer ${CRON_SECRET}` } }).then(asResponse));
    expect(eventsAt('/ok/all', secret).filter((e) => e.type === 'invoice.overdue')).toHaveLength(1);
    const log = await ok(owner.get(`/api/webhooks/${created.id}/deliveries?limit=200`));
    expect(log.length).toBe(events.length);
    expect(log.every((d: any) => d.status === 'succeeded' && d.last_status_code === 200 && d.attempts === 1)).toBe(true);
  }, 120_000);

  it('sends no event for a write that was refused and rolled back', async () => {
    const hook = await ok(owner.post('/api/webhooks', { url: `${receiverUrl}/ok/payments`, events: ['payment.recorded'] }), 201);
    const invoice = await ok(owner.post('/api/invoices', { due_date: dayOffset(14), items, status: 'sent' }), 201);
    // more than the balance: the payment row is written, then the database refuses it
    expect((await owner.post(`/api/invoices/${invoice.id}/payments`, { amount: '5000.00' })).status).toBe(422);
    await ok(owner.post(`/api/invoices/${invoice.id}/payments`, { amount: '10.00' }), 201);
    const got = await waitFor('the one payment', async () => {
      const e = eventsAt('/ok/payments', hook.secret);
      return e.length > 0 && e;
    });
    await ok(fetch(`${url()}/api/cron/webhooks`, { method: 'POST', headers: { authorization: `Bearer ${CRON_SECRET}` } }).then(asResponse));
    expect(eventsAt('/ok/payments', hook.secret).map((e) => e.data.amount)).toEqual(['10.00']);
    expect(got[0]!.data.amount).toBe('10.00');
  }, 120_000);

  it('retries through a 500 and a timeout with growing delays, the same webhook-id each time, and logs every attempt', async () => {
    const hook = await ok(owner.post('/api/webhooks', { url: `${receiverUrl}/flaky/1`, events: ['task.completed'] }), 201);
    const task = await ok(owner.post('/api/tasks', { title: 'Retry me' }), 201);
    await ok(owner.put(`/api/tasks/${task.id}`, { status: 'completed' }));
    const [delivery] = await waitFor(
      'the third attempt',
      async () => {
        const log = await ok(owner.get(`/api/webhooks/${hook.id}/deliveries`));
        return log[0]?.status === 'succeeded' && log;
      },
      60_000,
    );
    expect(delivery).toMatchObject({ event_type: 'task.completed', attempts: 3, last_status_code: 200, response_excerpt: 'third: fine' });
    expect(delivery.attempt_log.map((a: any) => [a.attempt, a.ok, a.status_code])).toEqual([
      [1, false, 500],
      [2, false, null],
      [3, true, 200],
    ]);
    expect(delivery.attempt_log[1].error).toMatch(/Timed out/);
    const hits = received.filter((r) => r.path === '/flaky/1');
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((h) => h.headers['webhook-id'])).size).toBe(1);
    // base 300 ms, then ×4 (jittered ±10%), the second gap after a 1.5 s timeout
    const gap1 = hits[1]!.at - hits[0]!.at;
    const gap2 = hits[2]!.at - hits[1]!.at;
    expect(gap1).toBeGreaterThanOrEqual(250);
    expect(gap2).toBeGreaterThan(gap1);
    for (const h of hits) new Webhook(hook.secret).verify(h.body, h.headers);
  }, 120_000);

  it('does not follow a redirect: the attempt fails and the target is never reached', async () => {
    const hook = await ok(owner.post('/api/webhooks', { url: `${receiverUrl}/redirect`, events: ['contact.created'] }), 201);
    await ok(owner.post('/api/contacts', { first_name: 'Redirected' }), 201);
    const [delivery] = await waitFor('a failed attempt', async () => {
      const log = await ok(owner.get(`/api/webhooks/${hook.id}/deliveries`));
      return log[0]?.attempts >= 1 && log[0].last_status_code === 302 && log;
    });
    expect(delivery.last_error).toMatch(/Redirect \(HTTP 302 to .*\/redirected\) not followed/);
    expect(delivery.status).not.toBe('succeeded');
    expect(received.some((r) => r.path === '/redirected')).toBe(false);
    await ok(owner.delete(`/api/webhooks/${hook.id}`));
  }, 120_000);

  it('abandons a delivery that keeps failing, disables the endpoint, emails the admins, and redelivers once re-enabled', async () => {
    const team = await createWorkspace(owner, 'Hook team');
    const admin = await join(url(), owner, team, 'admin');
    const boss = owner.in(team);
    const hook = await ok(boss.post('/api/webhooks', { url: `${receiverUrl}/dead`, events: ['contact.created'] }), 201);
    await ok(boss.post('/api/contacts', { first_name: 'Nobody home' }), 201);
    const endpoint = await waitFor(
      'the endpoint disabled',
      async () => {
        const e = await ok(boss.get(`/api/webhooks/${hook.id}`));
        return !e.enabled && e;
      },
      60_000,
    );
    expect(endpoint.disabled_reason).toMatch(/Disabled automatically.*HTTP 503/);
    const [delivery] = await ok(boss.get(`/api/webhooks/${hook.id}/deliveries`));
    expect(delivery).toMatchObject({
      status: 'abandoned',
      attempts: 4,
      last_status_code: 503,
      response_excerpt: 'down',
      next_attempt_at: null,
    });
    expect(delivery.attempt_log).toHaveLength(4);
    const mail = await waitFor('the email to the admins', async () => {
      const outbox = await ok(boss.get('/api/outbox'));
      const found = outbox.filter((m: any) => m.subject === 'A webhook endpoint was disabled');
      return found.length >= 2 && found;
    });
    expect(mail.map((m: any) => m.to).join(' ')).toContain(admin.user.email);
    expect(mail.map((m: any) => m.to).join(' ')).toContain((owner as any).user.email);

    // disabled: a redelivery waits for it to be enabled
    expect((await boss.post(`/api/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`)).status).toBe(409);
    deadRecovers = true;
    expect(await ok(boss.put(`/api/webhooks/${hook.id}`, { enabled: true }))).toMatchObject({
      enabled: true,
      disabled_reason: null,
      failure_streak: 0,
    });
    const again = await ok(boss.post(`/api/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`));
    expect(again).toMatchObject({ id: delivery.id, status: 'pending' });
    expect((await boss.post(`/api/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`)).status).toBe(409);
    const [done] = await waitFor('the redelivery', async () => {
      const log = await ok(boss.get(`/api/webhooks/${hook.id}/deliveries`));
      return log[0]?.status === 'succeeded' && log;
    });
    expect(done).toMatchObject({ attempts: 5, last_status_code: 200 });
    const hits = received.filter((r) => r.path === '/dead');
    expect(new Set(hits.map((h) => h.headers['webhook-id'])).size).toBe(1);
  }, 120_000);

  it('lets only admins manage endpoints or read deliveries; another workspace’s endpoint is a 404', async () => {
    const team = await createWorkspace(owner, 'Hook roles');
    const boss = owner.in(team);
    const hook = await ok(boss.post('/api/webhooks', { url: `${receiverUrl}/ok/roles`, events: ['task.completed'] }), 201);
    const member = await join(url(), owner, team, 'member');
    const viewer = await join(url(), owner, team, 'viewer');
    const admin = await join(url(), owner, team, 'admin');
    for (const who of [member, viewer]) {
      expect((await who.get('/api/webhooks')).status).toBe(403);
      expect((await who.post('/api/webhooks', { url: `${receiverUrl}/ok/x`, events: ['task.completed'] })).status).toBe(403);
      expect((await who.get(`/api/webhooks/${hook.id}/deliveries`)).status).toBe(403);
      expect((await who.put(`/api/webhooks/${hook.id}`, { enabled: false })).status).toBe(403);
      expect((await who.delete(`/api/webhooks/${hook.id}`)).status).toBe(403);
    }
    expect((await ok(admin.get('/api/webhooks'))).map((h: any) => h.id)).toEqual([hook.id]);
    const stranger = await signIn(url());
    expect((await stranger.get(`/api/webhooks/${hook.id}`)).status).toBe(404);
    expect((await stranger.delete(`/api/webhooks/${hook.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/webhooks/${hook.id}/deliveries`)).status).toBe(404);
    expect((await ok(admin.delete(`/api/webhooks/${hook.id}`))).deleted).toBe(true);
  }, 120_000);
});

async function asResponse(res: Response) {
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text || 'null'), text };
}

describe('webhooks on postgres (private targets refused)', () => {
  let owner: Client;
  const url = () => postgres.url;
  beforeAll(async () => {
    owner = await signIn(url());
  }, 120_000);

  it('refuses private, loopback and link-local targets in every spelling at save time, with details.url', async () => {
    for (const target of [
      'http://127.0.0.1:8080/hook',
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'http://0177.0.0.1/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/',
      'http://192.168.1.1/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
      'http://localhost:3000/',
      'http://hooks.localhost/',
    ]) {
      const res = await owner.post('/api/webhooks', { url: target, events: ['contact.created'] });
      expect(res.status, target).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.url, target).toBeDefined();
    }
    const hook = await ok(owner.post('/api/webhooks', { url: 'https://hooks.invalid/in', events: ['contact.created'] }), 201);
    const moved = await owner.put(`/api/webhooks/${hook.id}`, { url: 'http://[::ffff:a9fe:a9fe]/' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.url).toBeDefined();
    expect((await ok(owner.get(`/api/webhooks/${hook.id}`))).url).toBe('https://hooks.invalid/in');
  }, 120_000);

  it('validates bodies: unknown and read-only fields, unknown events, bad URLs', async () => {
    const bad = async (body: unknown, field: string) => {
      const res = await owner.post('/api/webhooks', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.details), JSON.stringify(body)).toContain(field);
    };
    await bad({ url: 'https://hooks.invalid/', events: ['contact.created'], colour: 'red' }, 'colour');
    await bad({ url: 'https://hooks.invalid/', events: ['contact.created'], secret: 'whsec_x' }, 'secret');
    await bad({ url: 'https://hooks.invalid/', events: ['invoice.eaten'] }, 'events.0');
    await bad({ url: 'https://hooks.invalid/', events: [] }, 'events');
    await bad({ url: 'ftp://hooks.invalid/', events: ['contact.created'] }, 'url');
    await bad({ url: 'https://user:pw@hooks.invalid/', events: ['contact.created'] }, 'url');
    await bad({ events: ['contact.created'] }, 'url');
    expect((await owner.get('/api/webhooks/not-an-id')).status).toBe(404);
    expect((await owner.get(`/api/webhooks/${crypto.randomUUID()}`)).status).toBe(404);
  }, 120_000);

  it('writes the delivery in the same transaction as the change, and logs a target that does not resolve as a failed attempt', async () => {
    const hook = await ok(owner.post('/api/webhooks', { url: 'https://hooks.invalid/contacts', events: ['contact.created'] }), 201);
    await ok(owner.post('/api/contacts', { first_name: 'Grace' }), 201);
    const [delivery] = await waitFor('a logged attempt', async () => {
      const log = await ok(owner.get(`/api/webhooks/${hook.id}/deliveries`));
      return log[0]?.attempt_log.length > 0 && log;
    });
    expect(delivery).toMatchObject({ event_type: 'contact.created', data: { first_name: 'Grace' }, last_status_code: null });
    expect(delivery.attempt_log[0]).toMatchObject({ attempt: 1, ok: false, status_code: null });
    expect(delivery.last_error).toMatch(/Connection failed|Refused/);
    const cron = await fetch(`${url()}/api/cron/webhooks`, { method: 'POST' });
    expect(cron.status).toBe(401);
  }, 120_000);
});
