import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { type Client, signIn } from '../helpers/client';
import { awayFromMidnight } from '../helpers/window';
import { createDatabase } from '../helpers/database';

/**
 * Recurring invoices over HTTP on both backends: profiles and their next
 * dates, the scheduled run (one invoice per due period, dated to it, today
 * included in the workspace's time zone; never twice, even for two runs at
 * once; every missed period after downtime), pause and resume, ends, sending
 * automatically, and other workspaces' ids.
 */

const CRON_SECRET = 'test-cron-secret-recurring-0123456789';
const started: AppServer[] = [];
const apps: { name: string; url: string }[] = [];

beforeAll(async () => {
  const db = await createDatabase(inject('pgAdminUrl'), 'recurring');
  const [pglite, pg] = await Promise.all([startApp({ CRON_SECRET }), startApp({ CRON_SECRET, DATABASE_URL: db.appUrl })]);
  started.push(pglite, pg);
  apps.push({ name: 'pglite', url: pglite.url }, { name: 'postgres', url: pg.url });
});

afterAll(async () => {
  await Promise.all(started.map((app) => app.stop()));
});

type User = Awaited<ReturnType<typeof signIn>>;

async function ok(res: Promise<{ status: number; body: any; text: string }>, status = 200): Promise<any> {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body.data;
}

function expectError(res: { status: number; body: any; text: string }, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code).toBe(code);
}

function dayIn(timeZone: string, offsetDays = 0): string {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const items = [
  { description: 'Monthly retainer', quantity: 1, unit_price: '500.00', tax_rate: '19' },
  { description: 'Hosting', quantity: 2, unit_price: '12.50' },
];

describe.each(['pglite', 'postgres'])('recurring invoices on %s', (name) => {
  const url = () => apps.find((a) => a.name === name)!.url;
  const cron = (secret?: string) =>
    fetch(`${url()}/api/cron/recurring`, { method: 'POST', headers: secret ? { authorization: `Bearer ${secret}` } : {} });
  let alice: User;
  let bob: User;
  let client: string;

  async function made(user: Client, profileId: string): Promise<any[]> {
    const res = await ok(user.get(`/api/invoices?recurring_invoice_id=${profileId}&sort=issue_date&limit=200`));
    return res;
  }

  beforeAll(async () => {
    alice = await signIn(url());
    bob = await signIn(url());
    client = (await ok(alice.post('/api/contacts', { first_name: 'Ada', last_name: 'Client', email: 'ada@client.example' }), 201)).id;
  });

  it('creates a monthly profile on the 31st and shows its next five dates, month ends and a leap day included', async () => {
    const profile = await ok(
      alice.post('/api/recurring-invoices', {
        contact_id: client,
        items,
        frequency: 'monthly',
        start_date: '2099-12-31',
        auto_send: false,
      }),
      201,
    );
    expect(profile).toMatchObject({
      contact_id: client,
      contact_name: 'Ada Client',
      frequency: 'monthly',
      start_date: '2099-12-31',
      end_date: null,
      occurrences: null,
      auto_send: false,
      status: 'active',
      next_date: '2099-12-31',
      generated_count: 0,
      currency: 'USD',
    });
    expect(profile.items).toEqual([
      { description: 'Monthly retainer', quantity: 1, unit_price: '500.00', tax_rate: '19' },
      { description: 'Hosting', quantity: 2, unit_price: '12.50', tax_rate: '0' },
    ]);
    const got = await ok(alice.get(`/api/recurring-invoices/${profile.id}`));
    expect(got.next_dates).toEqual(['2099-12-31', '2100-01-31', '2100-02-28', '2100-03-31', '2100-04-30']);
    const leap = await ok(
      alice.post('/api/recurring-invoices', { contact_id: client, items, frequency: 'monthly', start_date: '2096-01-31' }),
      201,
    );
    expect((await ok(alice.get(`/api/recurring-invoices/${leap.id}`))).next_dates.slice(0, 3)).toEqual([
      '2096-01-31',
      '2096-02-29',
      '2096-03-31',
    ]);

    const list = await alice.get('/api/recurring-invoices?status=active');
    expect(list.status).toBe(200);
    expect(list.body.data.map((p: any) => p.id)).toEqual(expect.arrayContaining([profile.id, leap.id]));
    expect(list.body.page.total).toBeGreaterThanOrEqual(2);

    const updated = await ok(alice.put(`/api/recurring-invoices/${profile.id}`, { frequency: 'quarterly', occurrences: 2 }));
    expect(updated).toMatchObject({ frequency: 'quarterly', occurrences: 2, next_date: '2099-12-31' });
    expect((await ok(alice.get(`/api/recurring-invoices/${profile.id}`))).next_dates).toEqual(['2099-12-31', '2100-03-31']);
    await ok(alice.delete(`/api/recurring-invoices/${leap.id}`));
    expectError(await alice.get(`/api/recurring-invoices/${leap.id}`), 404, 'not_found');
  });

  it('refuses malformed profiles, read-only fields and contacts of other workspaces', async () => {
    const bad = async (body: Record<string, unknown>, field: string, status = 400) => {
      const r = await alice.post('/api/recurring-invoices', { contact_id: client, items, frequency: 'monthly', ...body });
      expect(r.status, r.text).toBe(status);
      expect(Object.keys(r.body.error.details ?? {})).toContain(field);
    };
    await bad({ frequency: 'daily' }, 'frequency');
    await bad({ start_date: '2027-02-30' }, 'start_date');
    await bad({ start_date: '2027-03-01', end_date: '2027-02-01' }, 'end_date');
    await bad({ end_date: '2027-12-01', occurrences: 3 }, 'occurrences');
    await bad({ occurrences: 0 }, 'occurrences');
    await bad({ items: [] }, 'items');
    await bad({ items: [{ description: 'X', quantity: 1, unit_price: '1.001' }] }, 'items.0.unit_price');
    await bad({ next_date: '2027-01-01' }, 'next_date');
    await bad({ colour: 'red' }, 'colour');
    await bad({ auto_send: 'yes' }, 'auto_send');
    const bobsContact = (await ok(bob.post('/api/contacts', { first_name: 'Bob' }), 201)).id;
    await bad({ contact_id: bobsContact }, 'contact_id', 422);
    expectError(await alice.get('/api/recurring-invoices?frequency=daily'), 400, 'validation_failed');
  });

  it('catches up after downtime: one invoice per period since the start, each dated to its period, and never twice for two runs at once', async () => {
    const profile = await ok(
      alice.post('/api/recurring-invoices', {
        contact_id: client,
        items,
        frequency: 'monthly',
        start_date: '2026-08-31',
        end_date: '2026-11-30',
        auto_send: false,
      }),
      201,
    );
    expect((await cron()).status).toBe(401);
    expect((await cron('not-the-secret-not-the-secret')).status).toBe(401);
    const runs = await Promise.all([cron(CRON_SECRET), cron(CRON_SECRET), cron(CRON_SECRET)]);
    for (const r of runs) expect(r.status).toBe(200);
    const created = (await Promise.all(runs.map((r) => r.json()))).reduce((n, body: any) => n + body.data.created, 0);

    const invoices = await made(alice, profile.id);
    expect(invoices.map((i) => i.issue_date)).toEqual(['2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30']);
    expect(created).toBeGreaterThanOrEqual(4);
    for (const invoice of invoices) {
      expect(invoice).toMatchObject({ recurring_invoice_id: profile.id, status: 'draft', contact_id: client, total_amount: '620.00' });
      expect(invoice.recurring_period).toBe(invoice.issue_date);
    }
    expect(await ok(alice.get(`/api/recurring-invoices/${profile.id}`))).toMatchObject({
      generated_count: 4,
      last_period: '2026-11-30',
      next_date: null,
      next_dates: [],
    });
    // a later run has nothing left to do for it
    await ok(Promise.resolve(cron(CRON_SECRET)).then(async (r) => ({ status: r.status, body: await r.json(), text: '' })));
    expect(await made(alice, profile.id)).toHaveLength(4);
  });

  it('makes today’s period in the workspace’s time zone, stops after its occurrences, and skips a paused profile', async () => {
    const carol = await signIn(url());
    const zone = 'Pacific/Kiritimati';
    // the server makes "today's" period in the zone at each cron run and update: stay inside one day
    await awayFromMidnight(zone, 30_000);
    await ok(carol.put('/api/auth/user', { time_zone: zone }));
    const them = (await ok(carol.post('/api/contacts', { first_name: 'Zed' }), 201)).id;
    const today = dayIn(zone);
    const weekly = await ok(
      carol.post('/api/recurring-invoices', {
        contact_id: them,
        items,
        frequency: 'weekly',
        start_date: addDays(today, -21),
        occurrences: 3,
      }),
      201,
    );
    const daily = await ok(carol.post('/api/recurring-invoices', { contact_id: them, items, frequency: 'weekly', start_date: today }), 201);
    const tomorrow = await ok(
      carol.post('/api/recurring-invoices', { contact_id: them, items, frequency: 'weekly', start_date: addDays(today, 1) }),
      201,
    );
    const paused = await ok(
      carol.post('/api/recurring-invoices', {
        contact_id: them,
        items,
        frequency: 'weekly',
        start_date: addDays(today, -14),
        status: 'paused',
      }),
      201,
    );
    expect((await cron(CRON_SECRET)).status).toBe(200);

    expect((await made(carol, weekly.id)).map((i) => i.issue_date)).toEqual([addDays(today, -21), addDays(today, -14), addDays(today, -7)]);
    expect((await ok(carol.get(`/api/recurring-invoices/${weekly.id}`))).next_date).toBeNull();
    expect((await made(carol, daily.id)).map((i) => i.issue_date)).toEqual([today]);
    expect(await made(carol, tomorrow.id)).toEqual([]);
    expect(await made(carol, paused.id)).toEqual([]);

    // resuming does not catch up the periods that passed while paused
    const resumed = await ok(carol.put(`/api/recurring-invoices/${paused.id}`, { status: 'active' }));
    expect(resumed.next_date).toBe(today);
    expect((await cron(CRON_SECRET)).status).toBe(200);
    expect((await made(carol, paused.id)).map((i) => i.issue_date)).toEqual([today]);
  }, 90_000);

  it('sends automatically through the invoice send path', { timeout: 90_000 }, async () => {
    await awayFromMidnight('UTC', 30_000);
    const dave = await signIn(url());
    await ok(dave.put('/api/auth/user', { business_name: 'Dave Consulting' }));
    const today = dayIn('UTC');
    const them = (await ok(dave.post('/api/contacts', { first_name: 'Eve', email: 'eve@client.example' }), 201)).id;
    const profile = await ok(
      dave.post('/api/recurring-invoices', { contact_id: them, items, frequency: 'monthly', start_date: today, auto_send: true }),
      201,
    );
    expect((await cron(CRON_SECRET)).status).toBe(200);
    const [invoice] = await made(dave, profile.id);
    expect(invoice).toMatchObject({ status: 'sent', issue_date: today });
    expect(invoice.sent_at).not.toBeNull();
  });

  it('goes with its contact when a contact without invoices is deleted', async () => {
    const them = (await ok(alice.post('/api/contacts', { first_name: 'Short', last_name: 'Lived' }), 201)).id;
    const profile = await ok(
      alice.post('/api/recurring-invoices', { contact_id: them, items, frequency: 'weekly', start_date: '2099-01-01' }),
      201,
    );
    await ok(alice.delete(`/api/contacts/${them}`));
    expectError(await alice.get(`/api/recurring-invoices/${profile.id}`), 404, 'not_found');
  });

  it('keeps other workspaces out', async () => {
    const profile = await ok(
      alice.post('/api/recurring-invoices', { contact_id: client, items, frequency: 'yearly', start_date: '2099-01-01' }),
      201,
    );
    expectError(await bob.get(`/api/recurring-invoices/${profile.id}`), 404, 'not_found');
    expectError(await bob.put(`/api/recurring-invoices/${profile.id}`, { status: 'paused' }), 404, 'not_found');
    expectError(await bob.delete(`/api/recurring-invoices/${profile.id}`), 404, 'not_found');
    expect((await ok(bob.get(`/api/invoices?recurring_invoice_id=${profile.id}`))).length).toBe(0);
    expect((await ok(bob.get('/api/recurring-invoices'))).map((p: any) => p.id)).not.toContain(profile.id);
  });
});

describe.each(inject('backends'))('the recurring run without CRON_SECRET on $name', (backend) => {
  it('does not exist (404)', async () => {
    const res = await fetch(`${backend.url}/api/cron/recurring`, { method: 'POST', headers: { authorization: 'Bearer anything' } });
    expect(res.status).toBe(404);
  });
});
