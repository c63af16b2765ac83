import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';
import { expectErrorShape, shareWorkspace } from '../helpers/api';

/**
 * Time tracking over HTTP on both backends: entries, the timer (one per
 * member, also when two starts race), rates and rounding, billing time into an
 * invoice whose totals are the entries', locked billed entries, CSV, roles and
 * isolation (docs/decisions/0105-time-entries.md, 0106-billing-time.md).
 */

const backends = inject('backends');

function cents(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole! + fraction.padEnd(2, '0'));
}

describe.each(backends)('time entries API on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;
  let acme: string;
  let bobContact: string;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    acme = (await alice.post('/api/contacts', { first_name: 'Acme' })).body.data.id;
    bobContact = (await bob.post('/api/contacts', { first_name: 'Bob Client' })).body.data.id;
  });

  it('logs time with an end or a duration, reads, corrects and deletes it', async () => {
    const created = await alice.post('/api/time-entries', {
      contact_id: acme,
      description: 'Workshop',
      started_at: '2026-12-01T09:00:00+01:00',
      ended_at: '2026-12-01T10:30:00+01:00',
      billable: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const entry = created.body.data;
    expect(entry).toMatchObject({
      contact_id: acme,
      description: 'Workshop',
      started_at: '2026-12-01T08:00:00.000Z',
      ended_at: '2026-12-01T09:30:00.000Z',
      duration_minutes: 90,
      billable: true,
      hourly_rate: null,
      invoice_id: null,
      user_id: alice.user.id,
      workspace_id: alice.user.id,
      timer: false,
    });
    expect((await alice.get(`/api/time-entries/${entry.id}`)).body).toEqual({ data: entry });

    const byDuration = await alice.post('/api/time-entries', {
      contact_id: null,
      description: 'Admin',
      started_at: '2026-12-01T13:00:00Z',
      duration_minutes: 25,
      hourly_rate: '80',
    });
    expect(byDuration.status).toBe(201);
    expect(byDuration.body.data).toMatchObject({ ended_at: '2026-12-01T13:25:00.000Z', duration_minutes: 25, hourly_rate: '80.00' });

    const corrected = await alice.put(`/api/time-entries/${byDuration.body.data.id}`, { duration_minutes: 40, billable: false });
    expect(corrected.status).toBe(200);
    expect(corrected.body.data).toMatchObject({ ended_at: '2026-12-01T13:40:00.000Z', duration_minutes: 40, billable: false });

    const deleted = await alice.delete(`/api/time-entries/${byDuration.body.data.id}`);
    expect(deleted.body).toEqual({ data: { id: byDuration.body.data.id, deleted: true } });
    expect((await alice.get(`/api/time-entries/${byDuration.body.data.id}`)).status).toBe(404);
  });

  it('refuses bad input with a 400 naming the fields, never a 500', async () => {
    const base = { contact_id: acme, description: 'x', started_at: '2026-12-01T09:00:00Z' };
    const cases: [unknown, string][] = [
      [{ ...base }, 'ended_at'],
      [{ ...base, ended_at: '2026-12-01T10:00:00Z', duration_minutes: 5 }, 'duration_minutes'],
      [{ ...base, ended_at: '2026-12-01T08:00:00Z' }, 'ended_at'],
      [{ ...base, duration_minutes: 1.5 }, 'duration_minutes'],
      [{ ...base, duration_minutes: 0 }, 'duration_minutes'],
      [{ ...base, duration_minutes: 10, hourly_rate: '1.234' }, 'hourly_rate'],
      [{ ...base, duration_minutes: 10, hourly_rate: -5 }, 'hourly_rate'],
      [{ ...base, duration_minutes: 10, invoice_id: acme }, 'invoice_id'],
      [{ ...base, duration_minutes: 10, colour: 'red' }, 'colour'],
      [{ ...base, started_at: 'yesterday', duration_minutes: 10 }, 'started_at'],
      [{ ...base, description: '', duration_minutes: 10 }, 'description'],
    ];
    for (const [body, field] of cases) {
      const res = await alice.post('/api/time-entries', body);
      expect(res.status, JSON.stringify([body, res.body])).toBe(400);
      expectErrorShape(res.body, 'validation_failed');
      expect(Object.keys(res.body.error.details), JSON.stringify(body)).toContain(field);
    }
    expect((await alice.get('/api/time-entries?billed=maybe')).status).toBe(400);
    expect((await alice.get('/api/time-entries?from=2026-12-05&to=2026-12-01')).status).toBe(400);
    expect((await alice.get('/api/time-entries?colour=red')).status).toBe(400);
  });

  it("keeps every workspace's time to itself: 404 for its ids, 422 for its contacts", async () => {
    const mine = (
      await alice.post('/api/time-entries', {
        contact_id: acme,
        description: 'Mine',
        started_at: '2026-12-02T09:00:00Z',
        duration_minutes: 30,
      })
    ).body.data;
    expect((await bob.get(`/api/time-entries/${mine.id}`)).status).toBe(404);
    expect((await bob.put(`/api/time-entries/${mine.id}`, { description: 'Stolen' })).status).toBe(404);
    expect((await bob.delete(`/api/time-entries/${mine.id}`)).status).toBe(404);
    const foreign = await alice.post('/api/time-entries', {
      contact_id: bobContact,
      description: 'x',
      started_at: '2026-12-02T09:00:00Z',
      duration_minutes: 5,
    });
    expect(foreign.status).toBe(422);
    expect((await alice.post('/api/time-entries/timer/start', { description: 'x', contact_id: bobContact })).status).toBe(422);
    expect((await bob.post('/api/invoices/from-time', { contact_id: acme })).status).toBe(422);
    expect((await bob.get('/api/time-entries')).body.data.map((e: { id: string }) => e.id)).not.toContain(mine.id);
  });

  it('logs time against a deal of the workspace only, filters by it, and keeps billed time when the deal goes', async () => {
    const dana = await signIn(backend.url);
    const client = (await dana.post('/api/contacts', { first_name: 'Deal client', hourly_rate: '100.00' })).body.data.id;
    const deal = (await dana.post('/api/deals', { title: 'Website', value: '5000.00', contact_id: client })).body.data.id;
    const bobsDeal = (await bob.post('/api/deals', { title: 'Not yours' })).body.data.id;
    const logged = await dana.post('/api/time-entries', {
      contact_id: client,
      deal_id: deal,
      description: 'Wireframes',
      started_at: '2026-11-04T09:00:00Z',
      duration_minutes: 90,
    });
    expect(logged.status, logged.text).toBe(201);
    expect(logged.body.data.deal_id).toBe(deal);
    const other = (
      await dana.post('/api/time-entries', {
        contact_id: client,
        description: 'Other',
        started_at: '2026-11-04T12:00:00Z',
        duration_minutes: 10,
      })
    ).body.data;
    expect(other.deal_id).toBeNull();
    // another workspace's deal is unusable, by create, update and timer: 422 naming deal_id, nothing written
    const before = (await dana.get('/api/time-entries?limit=1')).body.page.total;
    const foreign = await dana.post('/api/time-entries', {
      contact_id: null,
      deal_id: bobsDeal,
      description: 'x',
      started_at: '2026-11-04T09:00:00Z',
      duration_minutes: 5,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details.deal_id).toBeDefined();
    expect((await dana.put(`/api/time-entries/${other.id}`, { deal_id: bobsDeal })).status).toBe(422);
    expect((await dana.post('/api/time-entries/timer/start', { description: 'x', deal_id: bobsDeal })).status).toBe(422);
    expect((await dana.get('/api/time-entries?limit=1')).body.page.total).toBe(before);
    expect((await dana.get(`/api/time-entries/${other.id}`)).body.data.deal_id).toBeNull();
    // the deal's time
    const onDeal = (await dana.get(`/api/time-entries?deal_id=${deal}`)).body.data.map((e: { id: string }) => e.id);
    expect(onDeal).toEqual([logged.body.data.id]);
    // billed, then the deal is deleted: the time stays on its invoice, without the deal
    const invoice = await dana.post('/api/invoices/from-time', { contact_id: client, entry_ids: [logged.body.data.id] });
    expect(invoice.status, invoice.text).toBe(201);
    expect((await dana.delete(`/api/deals/${deal}`)).status).toBe(200);
    const after = (await dana.get(`/api/time-entries/${logged.body.data.id}`)).body.data;
    expect(after).toMatchObject({ deal_id: null, invoice_id: invoice.body.data.id, duration_minutes: 90 });
  });

  it('keeps billed time locked through a partial credit, and releases it once credit notes cover the invoice', async () => {
    const cara = await signIn(backend.url);
    const client = (await cara.post('/api/contacts', { first_name: 'Credited client', hourly_rate: '100.00' })).body.data.id;
    const entry = (
      await cara.post('/api/time-entries', {
        contact_id: client,
        description: 'Audit',
        started_at: '2026-11-05T09:00:00Z',
        duration_minutes: 120,
      })
    ).body.data;
    const billed = await cara.post('/api/invoices/from-time', { contact_id: client });
    expect(billed.status, billed.text).toBe(201);
    const invoice = billed.body.data;
    expect(invoice.total_amount).toBe('200.00');
    expect((await cara.put(`/api/invoices/${invoice.id}`, { status: 'sent' })).status).toBe(200);
    // a partial credit: still on the invoice, still locked
    expect((await cara.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '50.00' })).status).toBe(201);
    expect((await cara.get(`/api/time-entries/${entry.id}`)).body.data.invoice_id).toBe(invoice.id);
    expect((await cara.put(`/api/time-entries/${entry.id}`, { description: 'Changed' })).status).toBe(409);
    // the rest: the invoice is credited in full, the time is unbilled again and can be billed anew
    expect((await cara.post(`/api/invoices/${invoice.id}/credit-notes`, { amount: '150.00' })).status).toBe(201);
    expect((await cara.get(`/api/time-entries/${entry.id}`)).body.data).toMatchObject({ invoice_id: null, duration_minutes: 120 });
    const again = await cara.post('/api/invoices/from-time', { contact_id: client });
    expect(again.status, again.text).toBe(201);
    expect(again.body.data.total_amount).toBe('200.00');
    expect((await cara.get(`/api/time-entries/${entry.id}`)).body.data.invoice_id).toBe(again.body.data.id);
  });

  it('runs one timer per member: start, read from anywhere, a second start is a 409, stop', async () => {
    const carol = await signIn(backend.url);
    expect((await carol.get('/api/time-entries/timer')).body).toEqual({ data: null });
    expect((await carol.post('/api/time-entries/timer/stop')).status).toBe(409);
    const started = await carol.post('/api/time-entries/timer/start', { description: 'Deep work' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body.data).toMatchObject({
      description: 'Deep work',
      ended_at: null,
      duration_minutes: null,
      timer: true,
      contact_id: null,
    });
    // a second tab reads the same running entry from the server
    expect((await carol.get('/api/time-entries/timer')).body.data.id).toBe(started.body.data.id);
    const again = await carol.post('/api/time-entries/timer/start', { description: 'Other' });
    expect(again.status).toBe(409);
    expectErrorShape(again.body, 'conflict');
    expect((await carol.post('/api/time-entries/timer/stop', { extra: 1 })).status).toBe(400);
    const stopped = await carol.post('/api/time-entries/timer/stop');
    expect(stopped.status).toBe(200);
    expect(stopped.body.data.id).toBe(started.body.data.id);
    expect(stopped.body.data.ended_at).not.toBeNull();
    expect(stopped.body.data.duration_minutes).toBe(0);
    expect((await carol.get('/api/time-entries/timer')).body).toEqual({ data: null });
    expect((await carol.get('/api/time-entries?running=true')).body.page.total).toBe(0);
  });

  it('lets exactly one of two simultaneous starts win', async () => {
    const dave = await signIn(backend.url);
    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.all([
        dave.post('/api/time-entries/timer/start', { description: `A${round}` }),
        dave.post('/api/time-entries/timer/start', { description: `B${round}` }),
      ]);
      expect(results.map((r) => r.status).sort(), JSON.stringify(results.map((r) => r.body))).toEqual([201, 409]);
      expect((await dave.get('/api/time-entries?running=true')).body.page.total).toBe(1);
      expect((await dave.post('/api/time-entries/timer/stop')).status).toBe(200);
    }
  });

  it('bills unbilled time as invoice lines whose total is the sum of the entries, and locks them', async () => {
    const erin = await signIn(backend.url);
    const client = (await erin.post('/api/contacts', { first_name: 'Initech', hourly_rate: '120.00' })).body.data;
    expect(client.hourly_rate).toBe('120.00');
    const other = (await erin.post('/api/contacts', { first_name: 'Other' })).body.data.id;
    expect((await erin.put('/api/time-entries/settings', { default_hourly_rate: '90', time_rounding_minutes: 15 })).body.data).toEqual({
      default_hourly_rate: '90.00',
      time_rounding_minutes: 15,
    });
    const log = async (body: Record<string, unknown>) => {
      const res = await erin.post('/api/time-entries', { contact_id: client.id, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.data;
    };
    const a = await log({ description: 'Design', started_at: '2026-11-02T09:00:00Z', duration_minutes: 50 }); // 60 billed × 120
    const b = await log({ description: 'Design', started_at: '2026-11-02T14:00:00Z', duration_minutes: 7, hourly_rate: '150.00' }); // 15 × 150
    const c = await log({ description: 'Call', started_at: '2026-11-03T09:00:00Z', duration_minutes: 20 }); // 30 × 120
    const free = await log({ description: 'Chat', started_at: '2026-11-03T10:00:00Z', duration_minutes: 30, billable: false });
    const elsewhere = (
      await erin.post('/api/time-entries', {
        contact_id: other,
        description: 'x',
        started_at: '2026-11-03T09:00:00Z',
        duration_minutes: 30,
      })
    ).body.data;
    expect(a.effective_rate).toBe('120.00');
    expect(b.effective_rate).toBe('150.00');

    // named entries of another client, non-billable ones, unknown ids: 422, nothing written
    expect((await erin.post('/api/invoices/from-time', { contact_id: client.id, entry_ids: [elsewhere.id] })).status).toBe(422);
    expect((await erin.post('/api/invoices/from-time', { contact_id: client.id, entry_ids: [free.id] })).status).toBe(422);
    expect((await erin.post('/api/invoices/from-time', { contact_id: client.id, entry_ids: [crypto.randomUUID()] })).status).toBe(422);
    expect((await erin.post('/api/invoices/from-time', { contact_id: client.id, bogus: 1 })).status).toBe(400);
    expect((await erin.get('/api/invoices')).body.page.total).toBe(0);

    const billed = await erin.post('/api/invoices/from-time', { contact_id: client.id, from: '2026-11-01', to: '2026-11-30' });
    expect(billed.status, JSON.stringify(billed.body)).toBe(201);
    const invoice = billed.body.data;
    expect(invoice).toMatchObject({ contact_id: client.id, status: 'draft' });
    expect(invoice.items.map((i: any) => [i.description, i.quantity, i.unit_price, i.total])).toEqual([
      ['2026-11-02 · Design', 1, '120.00', '120.00'],
      ['2026-11-02 · Design', 0.25, '150.00', '37.50'],
      ['2026-11-03 · Call', 0.5, '120.00', '60.00'],
    ]);
    const sum = invoice.items.reduce((s: bigint, i: any) => s + cents(i.total), 0n);
    expect(cents(invoice.subtotal)).toBe(sum);
    expect(invoice.total_amount).toBe('217.50');

    for (const e of [a, b, c]) {
      const now = (await erin.get(`/api/time-entries/${e.id}`)).body.data;
      expect(now.invoice_id).toBe(invoice.id);
      // logged time is never rounded: only the lines are
      expect(now.duration_minutes).toBe(e.duration_minutes);
      const change = await erin.put(`/api/time-entries/${e.id}`, { description: 'Changed' });
      expect(change.status).toBe(409);
      expectErrorShape(change.body, 'conflict');
      expect((await erin.delete(`/api/time-entries/${e.id}`)).status).toBe(409);
    }
    expect((await erin.get(`/api/time-entries/${free.id}`)).body.data.invoice_id).toBeNull();
    expect((await erin.get(`/api/time-entries?invoice_id=${invoice.id}`)).body.page.total).toBe(3);
    // billing again: nothing left (422); naming billed entries: 409
    expect((await erin.post('/api/invoices/from-time', { contact_id: client.id })).status).toBe(422);
    expect((await erin.post('/api/invoices/from-time', { contact_id: client.id, entry_ids: [a.id] })).status).toBe(409);

    // deleting the draft invoice releases the entries
    expect((await erin.delete(`/api/invoices/${invoice.id}`)).status).toBe(200);
    expect((await erin.get(`/api/time-entries/${a.id}`)).body.data.invoice_id).toBeNull();
    expect((await erin.put(`/api/time-entries/${a.id}`, { description: 'Design review' })).status).toBe(200);

    // grouped by day, only the entries named
    const byDay = await erin.post('/api/invoices/from-time', { contact_id: client.id, entry_ids: [a.id, c.id], group_by: 'day' });
    expect(byDay.status).toBe(201);
    expect(byDay.body.data.items.map((i: any) => [i.quantity, i.total])).toEqual([
      [1, '120.00'],
      [0.5, '60.00'],
    ]);
    expect((await erin.get(`/api/time-entries/${b.id}`)).body.data.invoice_id).toBeNull();
  });

  it('bills exact decimals without rounding: 20 minutes at 100.00 is 0.333 h and 33.30', async () => {
    const fay = await signIn(backend.url);
    const client = (await fay.post('/api/contacts', { first_name: 'Exact' })).body.data.id;
    expect((await fay.post('/api/invoices/from-time', { contact_id: client })).status).toBe(422);
    await fay.post('/api/time-entries', { contact_id: client, description: 'Q', started_at: '2026-11-02T09:00:00Z', duration_minutes: 20 });
    const noRate = await fay.post('/api/invoices/from-time', { contact_id: client });
    expect(noRate.status).toBe(422);
    expect(Object.keys(noRate.body.error.details)).toEqual(['entry_ids']);
    await fay.put('/api/time-entries/settings', { default_hourly_rate: '100.00' });
    const res = await fay.post('/api/invoices/from-time', { contact_id: client });
    expect(res.status).toBe(201);
    expect(res.body.data.items[0]).toMatchObject({ quantity: 0.333, unit_price: '100.00', total: '33.30' });
    expect(res.body.data.total_amount).toBe('33.30');
  });

  it('answers 405 for GET /api/invoices/from-time instead of treating it as an invoice id', async () => {
    const res = await alice.get('/api/invoices/from-time');
    expect(res.status).toBe(405);
    expect((await alice.put('/api/invoices/from-time', {})).status).toBe(405);
  });

  it('exports the filtered entries as CSV', async () => {
    const res = await alice.get(`/api/time-entries?format=csv&contact_id=${acme}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = res.text.trim().split(/\r?\n/);
    expect(header).toContain('duration_minutes');
    expect(header).toContain('invoice_id');
    const json = await alice.get(`/api/time-entries?contact_id=${acme}&limit=200`);
    expect(rows).toHaveLength(json.body.page.total);
  });

  it('follows the roles: viewers read, members log their own, admins log for others and change settings', async () => {
    const owner = await signIn(backend.url);
    const member = await signIn(backend.url);
    const viewer = await signIn(backend.url);
    const { clients } = await shareWorkspace(owner, [
      [member, 'member'],
      [viewer, 'viewer'],
    ]);
    const [o, m, v] = clients as unknown as [Client, Client, Client];
    const contact = (await o.post('/api/contacts', { first_name: 'Team client' })).body.data.id;
    const entry = { contact_id: contact, description: 'Work', started_at: '2026-11-05T09:00:00Z', duration_minutes: 60 };

    const own = await m.post('/api/time-entries', entry);
    expect(own.status).toBe(201);
    expect(own.body.data.user_id).toBe(member.user.id);
    expect((await m.post('/api/time-entries', { ...entry, user_id: owner.user.id })).status).toBe(403);
    const forMember = await o.post('/api/time-entries', { ...entry, user_id: member.user.id });
    expect(forMember.status).toBe(201);
    expect(forMember.body.data.user_id).toBe(member.user.id);
    expect((await o.post('/api/time-entries', { ...entry, user_id: crypto.randomUUID() })).status).toBe(422);
    const ownersEntry = (await o.post('/api/time-entries', entry)).body.data.id;
    expect((await m.put(`/api/time-entries/${ownersEntry}`, { description: 'Mine now' })).status).toBe(403);

    expect((await v.get('/api/time-entries')).body.page.total).toBe(3);
    expect((await v.post('/api/time-entries', entry)).status).toBe(403);
    expect((await v.post('/api/time-entries/timer/start', { description: 'x' })).status).toBe(403);
    expect((await v.post('/api/invoices/from-time', { contact_id: contact })).status).toBe(403);
    expect((await m.put('/api/time-entries/settings', { time_rounding_minutes: 6 })).status).toBe(403);
    expect((await o.put('/api/time-entries/settings', { time_rounding_minutes: 7 })).status).toBe(400);
    expect((await v.get('/api/time-entries/settings')).status).toBe(200);

    // each member has their own timer
    expect((await m.post('/api/time-entries/timer/start', { description: 'M' })).status).toBe(201);
    expect((await o.post('/api/time-entries/timer/start', { description: 'O' })).status).toBe(201);
    expect((await m.post('/api/time-entries/timer/stop')).status).toBe(200);
    expect((await o.get('/api/time-entries/timer')).body.data.description).toBe('O');
  });
});
