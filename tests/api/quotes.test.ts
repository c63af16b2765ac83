import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp } from '../helpers/app';
import { type Client, signIn } from '../helpers/client';
import { newestOutboxMessage } from '../helpers/outbox';
import { awayFromWindowEdge } from '../helpers/window';

/**
 * Quotes and client links over HTTP on both backends: totals identical to an
 * invoice's, numbering under concurrency, every status transition (allowed
 * and refused), conversion into an invoice (once), sending with a link, and
 * the links themselves: no sign-in, views counted, accept and decline,
 * guessing, revocation, re-issue, expiry, and other workspaces.
 */

const backends = inject('backends');
type User = Awaited<ReturnType<typeof signIn>>;

function expectError(res: { status: number; body: any; text: string }, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.body.error.code).toBe(code);
  expect(res.text).not.toMatch(/at .*\.js:\d+|stack|select |insert |update .* set|LD4\d\d/i);
}

const item = (description: string, quantity: number | string, unit_price: string | number, tax_rate?: string | number) => ({
  description,
  quantity,
  unit_price,
  ...(tax_rate !== undefined ? { tax_rate } : {}),
});

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function createQuote(client: Client, body: Record<string, unknown>) {
  const res = await client.post('/api/quotes', body);
  expect(res.status, res.text).toBe(201);
  return res.body.data;
}

/** A page or file of a client link, fetched with no session at all. */
async function open(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, text: body.toString('utf8') };
}

describe.each(backends)('quotes and client links on $name', (backend) => {
  let alice: User;
  let bob: User;
  let contact: string;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    expect((await alice.put('/api/auth/user', { business_name: 'Alice Studio' })).status).toBe(200);
    const res = await alice.post('/api/contacts', {
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace@navy.example',
      company: 'US Navy',
    });
    contact = res.body.data.id;
  });

  it('totals a quote exactly as the same invoice, rounding cases included', async () => {
    const cases: Record<string, unknown>[] = [
      { items: [item('Consulting', 3, '0.10'), item('Design', 2, 125.5, '19'), item('Hosting', 1, '20.00', 7.7)] },
      { items: [item('a', 3, '0.10', 19), item('b', 1, '100.00', 7), item('c', 2, '33.33')], discount_type: 'percent', discount_value: 10 },
      { items: [item('a', 1, '100.00', 20)], discount_type: 'amount', discount_value: '25.00' },
      { items: [item('Consulting', 7.5, '95.00'), item('Materials', '0.125', '10.00'), item('Rounding', '1.005', '1.00', 19)] },
      { items: [item('Pennies', 3, 0.1)] },
    ];
    const fields = ['subtotal', 'discount_amount', 'taxes', 'tax_amount', 'total_amount'];
    for (const body of cases) {
      const quote = await createQuote(alice, body);
      const invoice = (await alice.post('/api/invoices', body)).body.data;
      for (const field of fields) expect(quote[field], field).toEqual(invoice[field]);
      expect(quote.items.map((i: any) => [i.quantity, i.total])).toEqual(invoice.items.map((i: any) => [i.quantity, i.total]));
    }
    const first = await createQuote(alice, cases[0]!);
    expect(first).toMatchObject({ subtotal: '271.30', tax_amount: '49.23', total_amount: '320.53', status: 'draft' });
    const tooMuch = await alice.post('/api/quotes', { items: [item('a', 1, '10.00')], discount_type: 'amount', discount_value: '10.01' });
    expectError(tooMuch, 400, 'validation_failed');
  });

  it('numbers quotes in their own series, unique under 20 concurrent creates, with the prefix of the settings', async () => {
    const carol = await signIn(backend.url);
    const first = await createQuote(carol, { items: [item('x', 1, '1.00')] });
    expect(first.quote_number).toBe('QUO-0001');
    const invoice = (await carol.post('/api/invoices', { items: [item('x', 1, '1.00')] })).body.data;
    expect(invoice.invoice_number).toBe('INV-0001');
    const created = await Promise.all(Array.from({ length: 20 }, () => carol.post('/api/quotes', { items: [item('y', 1, '2.00')] })));
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = created.map((r) => r.body.data.quote_number);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `QUO-${String(i + 2).padStart(4, '0')}`));
    const dup = await carol.post('/api/quotes', { quote_number: 'QUO-0003', items: [item('x', 1, '1.00')] });
    expectError(dup, 409, 'conflict');
    const settings = await carol.put('/api/quotes/settings', { quote_prefix: 'Q-' });
    expect(settings.status, settings.text).toBe(200);
    expect(settings.body.data).toEqual({ quote_prefix: 'Q-', share_link_days: 90 });
    expect((await createQuote(carol, { items: [item('x', 1, '1.00')] })).quote_number).toBe('Q-0022');
    expectError(await carol.put('/api/quotes/settings', { share_link_days: 0 }), 400, 'validation_failed');
  });

  it('validates input: unknown and read-only fields, bad dates, another workspace’s contact', async () => {
    const bad = await alice.post('/api/quotes', { items: [item('x', 1, '1.00')], total_amount: '5.00', colour: 'red' });
    expectError(bad, 400, 'validation_failed');
    expect(bad.body.error.details.total_amount).toEqual(['is read-only']);
    expect(bad.body.error.details.colour).toBeDefined();
    const dates = await alice.post('/api/quotes', { items: [item('x', 1, '1.00')], issue_date: '2026-05-10', valid_until: '2026-05-01' });
    expectError(dates, 400, 'validation_failed');
    expect(dates.body.error.details.valid_until).toBeDefined();
    const theirs = await bob.post('/api/contacts', { first_name: 'Bobs', email: 'b@example.org' });
    expectError(await alice.post('/api/quotes', { contact_id: theirs.body.data.id, items: [item('x', 1, '1.00')] }), 422, 'unprocessable');
    const defaults = await createQuote(alice, { items: [item('x', 1, '1.00')], issue_date: '2026-05-01' });
    expect(defaults.valid_until).toBe('2026-05-31');
  });

  it('follows draft → sent → accepted | declined → converted, refusing every other transition with a 409', async () => {
    const make = () => createQuote(alice, { contact_id: contact, valid_until: isoDay(30), items: [item('Work', 2, '50.00', 19)] });
    const put = (id: string, body: Record<string, unknown>) => alice.put(`/api/quotes/${id}`, body);

    const draft = await make();
    for (const to of ['accepted', 'declined', 'converted']) expectError(await put(draft.id, { status: to }), 409, 'conflict');
    expectError(await alice.post(`/api/quotes/${draft.id}/convert`), 409, 'conflict');

    const sent = (await put(draft.id, { status: 'sent' })).body.data;
    expect(sent).toMatchObject({ status: 'sent' });
    expect(sent.sent_at).not.toBeNull();
    for (const to of ['draft', 'converted']) expectError(await put(sent.id, { status: to }), 409, 'conflict');
    expectError(await put(sent.id, { items: [item('Other', 1, '1.00')] }), 409, 'conflict');
    expectError(await alice.delete(`/api/quotes/${sent.id}`), 409, 'conflict');
    expect((await put(sent.id, { notes: 'still open to change' })).status).toBe(200);

    const accepted = (await put(sent.id, { status: 'accepted' })).body.data;
    expect(accepted.status).toBe('accepted');
    for (const to of ['draft', 'sent', 'declined', 'converted']) expectError(await put(accepted.id, { status: to }), 409, 'conflict');

    const declined = await make();
    await put(declined.id, { status: 'sent' });
    expect((await put(declined.id, { status: 'declined' })).body.data.status).toBe('declined');
    for (const to of ['draft', 'sent', 'accepted', 'converted']) expectError(await put(declined.id, { status: to }), 409, 'conflict');
    expectError(await alice.post(`/api/quotes/${declined.id}/convert`), 409, 'conflict');

    // accepted → converted
    const converted = await alice.post(`/api/quotes/${accepted.id}/convert`);
    expect(converted.status, converted.text).toBe(201);
    const invoice = converted.body.data;
    expect(invoice).toMatchObject({
      quote_id: accepted.id,
      status: 'draft',
      contact_id: contact,
      total_amount: '119.00',
      tax_amount: '19.00',
    });
    expect(invoice.items.map((i: any) => [i.description, i.quantity, i.unit_price, i.tax_rate])).toEqual([['Work', 2, '50.00', '19']]);
    expect((await alice.get(`/api/invoices/${invoice.id}`)).body.data.quote_id).toBe(accepted.id);
    const after = (await alice.get(`/api/quotes/${accepted.id}`)).body.data;
    expect(after).toMatchObject({ status: 'converted', invoice_id: invoice.id });
    expectError(await alice.post(`/api/quotes/${accepted.id}/convert`), 409, 'conflict');
    for (const to of ['draft', 'sent', 'accepted', 'declined']) expectError(await put(accepted.id, { status: to }), 409, 'conflict');

    // sent → converted directly; two converts at once make one invoice
    const direct = await make();
    await put(direct.id, { status: 'sent' });
    const both = await Promise.all([alice.post(`/api/quotes/${direct.id}/convert`), alice.post(`/api/quotes/${direct.id}/convert`)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const invoices = await alice.get(`/api/invoices?limit=200`);
    expect(invoices.body.data.filter((i: any) => i.quote_id === direct.id)).toHaveLength(1);

    // drafts can be deleted
    const scrap = await make();
    expect((await alice.delete(`/api/quotes/${scrap.id}`)).status).toBe(200);
    expect((await alice.get(`/api/quotes/${scrap.id}`)).status).toBe(404);
  });

  it('reads a sent quote past valid_until as expired, in lists and filters, and refuses to accept or convert it', async () => {
    const dave = await signIn(backend.url);
    const quote = await createQuote(dave, { issue_date: isoDay(-20), valid_until: isoDay(-2), items: [item('Old', 1, '10.00')] });
    const fresh = await createQuote(dave, { valid_until: isoDay(10), items: [item('New', 1, '20.00')] });
    expect((await dave.put(`/api/quotes/${quote.id}`, { status: 'sent' })).body.data.status).toBe('expired');
    await dave.put(`/api/quotes/${fresh.id}`, { status: 'sent' });
    const expired = await dave.get('/api/quotes?status=expired');
    expect(expired.body.data.map((q: any) => q.id)).toEqual([quote.id]);
    const sent = await dave.get('/api/quotes?status=sent');
    expect(sent.body.data.map((q: any) => q.id)).toEqual([fresh.id]);
    expectError(await dave.put(`/api/quotes/${quote.id}`, { status: 'accepted' }), 409, 'conflict');
    expectError(await dave.post(`/api/quotes/${quote.id}/convert`), 409, 'conflict');
    const stats = await dave.get('/api/dashboard/stats');
    expect(stats.body.data.quotes.open).toEqual({ count: 1, amount: '20.00' });
    // a new validity revives it
    const revived = await dave.put(`/api/quotes/${quote.id}`, { valid_until: isoDay(5), status: 'accepted' });
    expect(revived.status, revived.text).toBe(200);
    expect(revived.body.data.status).toBe('accepted');
    expect((await dave.get('/api/dashboard/stats')).body.data.quotes.open).toEqual({ count: 2, amount: '30.00' });
    expectError(await dave.get('/api/quotes?status=lost'), 400, 'validation_failed');
  });

  it("answers 404 for another workspace's quote on every route, and for sharing its documents", async () => {
    const quote = await createQuote(alice, { items: [item('Mine', 1, '5.00')] });
    const invoice = (await alice.post('/api/invoices', { items: [item('Mine', 1, '5.00')] })).body.data;
    for (const res of [
      await bob.get(`/api/quotes/${quote.id}`),
      await bob.put(`/api/quotes/${quote.id}`, { notes: 'x' }),
      await bob.delete(`/api/quotes/${quote.id}`),
      await bob.post(`/api/quotes/${quote.id}/send`, {}),
      await bob.post(`/api/quotes/${quote.id}/convert`),
      await bob.get(`/api/quotes/${quote.id}/pdf`),
      await bob.post(`/api/quotes/${quote.id}/share`),
      await bob.delete(`/api/quotes/${quote.id}/share`),
      await bob.post(`/api/invoices/${invoice.id}/share`),
      await bob.delete(`/api/invoices/${invoice.id}/share`),
    ]) {
      expectError(res, 404, 'not_found');
    }
    expect((await alice.get(`/api/quotes/${quote.id}`)).body.data.notes).toBeNull();
  });

  it('emails a quote with its PDF and a client link, and the client accepts it without an account', async () => {
    const quote = await createQuote(alice, { contact_id: contact, valid_until: isoDay(20), items: [item('Roof', 1, '800.00', 19)] });
    const pdf = await alice.get(`/api/quotes/${quote.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const sent = await alice.post(`/api/quotes/${quote.id}/send`, {});
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body.data.status).toBe('sent');
    const mail = await newestOutboxMessage(backend.dataDir);
    expect(mail.subject).toBe(`Quote ${quote.quote_number} from Alice Studio`);
    const url = /View, accept or decline it online: (\S+)/.exec(mail.text)?.[1];
    expect(url).toMatch(new RegExp(`^${backend.url}/p/[A-Za-z0-9_-]{43}$`));
    const page = await open(url!);
    expect(page.status).toBe(200);
    expect(page.text).toContain(quote.quote_number);
    expect(page.text).toContain('Accept quote');
    const accepted = await open(`${url}/accept`, { method: 'POST' });
    expect(accepted.status, accepted.text).toBe(200);
    expect(JSON.parse(accepted.text)).toEqual({ data: { status: 'accepted' } });
    expect((await alice.get(`/api/quotes/${quote.id}`)).body.data.status).toBe('accepted');
    // the same answer twice stands; the other one is refused
    expect((await open(`${url}/accept`, { method: 'POST' })).status).toBe(200);
    expect((await open(`${url}/decline`, { method: 'POST' })).status).toBe(409);
    // a form posted by the page goes back to the page
    const form = await open(`${url}/accept`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(url);
    const invoice = await alice.post(`/api/quotes/${quote.id}/convert`);
    expect(invoice.status).toBe(201);
    expect((await open(`${url}/accept`, { method: 'POST' })).status).toBe(409);
  });

  it('shares an invoice or quote: an unguessable link, not indexed, views counted, revoked and re-issued', async () => {
    const invoice = (await alice.post('/api/invoices', { contact_id: contact, items: [item('Audit', 1, '1250.00')], status: 'sent' })).body
      .data;
    const shared = await alice.post(`/api/invoices/${invoice.id}/share`);
    expect(shared.status, shared.text).toBe(200);
    expect(Object.keys(shared.body.data).sort()).toEqual(['expires_at', 'url']);
    const { url, expires_at } = shared.body.data;
    const token = new URL(url).pathname.split('/').pop()!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const days = (Date.parse(expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);

    const before = (await alice.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(before).toMatchObject({ viewed_at: null, view_count: 0 });
    const page = await open(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(page.text).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(page.text).toContain(invoice.invoice_number);
    expect(page.text).toContain('1,250.00');
    expect(page.text).not.toContain(invoice.id);
    expect(page.text).not.toContain(alice.user.id);
    await open(url);
    const after = (await alice.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(after.view_count).toBe(2);
    expect(after.viewed_at).not.toBeNull();
    // the contact's timeline says so: "Viewed by the client", at the first view
    const timeline = (await alice.get(`/api/contacts/${contact}/timeline`)).body.data;
    const viewed = timeline.find((e: any) => e.kind === 'client_view' && e.id === invoice.id);
    expect(viewed).toMatchObject({ data: { document: 'invoice', number: invoice.invoice_number, view_count: 2 } });
    expect(Date.parse(viewed.at)).toBe(Date.parse(after.viewed_at));
    const pdf = await open(`${url}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers.get('x-robots-tag')).toMatch(/noindex/);
    // an invoice has nothing to accept
    expect((await open(`${url}/accept`, { method: 'POST' })).status).toBe(404);

    // guessing: random and malformed tokens are a plain 404
    for (const guess of [randomBytes(32).toString('base64url'), 'short', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')]) {
      const res = await open(`${backend.url}/p/${guess}`);
      expect(res.status, guess).toBe(404);
      expect((await open(`${backend.url}/p/${guess}/pdf`)).status).toBe(404);
    }

    // re-issue: the old link stops working, the new one works
    const again = (await alice.post(`/api/invoices/${invoice.id}/share`)).body.data;
    expect(again.url).not.toBe(url);
    expect((await open(url)).status).toBe(404);
    expect((await open(again.url)).status).toBe(200);
    // revoke
    const revoked = await alice.delete(`/api/invoices/${invoice.id}/share`);
    expect(revoked.status).toBe(200);
    expect((await open(again.url)).status).toBe(404);
    expect((await open(`${again.url}/pdf`)).status).toBe(404);
    expect((await alice.get(`/api/invoices/${invoice.id}`)).body.data.view_count).toBe(3);

    // a viewer may look but not share
    const quote = await createQuote(alice, { items: [item('x', 1, '1.00')] });
    const link = (await alice.post(`/api/quotes/${quote.id}/share`)).body.data;
    expect((await open(link.url)).text).not.toContain('Accept quote');
    expect((await open(`${link.url}/accept`, { method: 'POST' })).status).toBe(409);
  });

  it('never opens a document through a link of another workspace, and honours the link lifetime setting', async () => {
    const bobInvoice = (await bob.post('/api/invoices', { items: [item('Bob work', 1, '77.00')] })).body.data;
    const bobLink = (await bob.post(`/api/invoices/${bobInvoice.id}/share`)).body.data;
    const page = await open(bobLink.url);
    expect(page.text).toContain(bobInvoice.invoice_number);
    expect(page.text).not.toContain('Alice Studio');
    // the short-lived link of a workspace that chose 1 day
    expect((await bob.put('/api/quotes/settings', { share_link_days: 1 })).status).toBe(200);
    const short = (await bob.post(`/api/invoices/${bobInvoice.id}/share`)).body.data;
    const days = (Date.parse(short.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0.9);
    expect(days).toBeLessThan(1.1);
  });

  it('lets the assistant draft, list and convert quotes, each write waiting for confirmation', async () => {
    const erin = await signIn(backend.url);
    await erin.post('/api/contacts', { first_name: 'Amara', last_name: 'Okafor', email: 'amara@brightleaf.studio' });
    const asked = await erin.post('/api/ai/query', { query: 'quote amara 3 days of design at 600 each' });
    expect(asked.status, asked.text).toBe(200);
    const pending = asked.body.data.pending_action;
    expect(pending).toMatchObject({
      tool: 'create_quote',
      args: { items: [{ description: 'Design', quantity: '3', unit_price: '600.00' }] },
    });
    expect((await erin.get('/api/quotes?limit=1')).body.page.total).toBe(0);
    const confirmed = await erin.post(`/api/ai/actions/${pending.id}/confirm`);
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body.data).toMatchObject({ quote_number: 'QUO-0001', total_amount: '1800.00', status: 'draft' });
    await erin.put(`/api/quotes/${confirmed.body.data.id}`, { status: 'sent' });

    const open = await erin.post('/api/ai/query', { query: 'which quotes are open?' });
    expect(open.body.data.response).toContain('QUO-0001');
    expect(open.body.data.response).toContain('1,800.00');

    const convert = await erin.post('/api/ai/query', { query: 'convert quote QUO-0001 into an invoice' });
    const proposal = convert.body.data.pending_action;
    expect(proposal).toMatchObject({ tool: 'convert_quote', args: { quote_number: 'QUO-0001' } });
    expect(proposal.summary).toContain('QUO-0001');
    expect((await erin.get('/api/invoices?limit=1')).body.page.total).toBe(0);
    const done = await erin.post(`/api/ai/actions/${proposal.id}/confirm`);
    expect(done.status, done.text).toBe(200);
    expect(done.body.data).toMatchObject({ quote_id: confirmed.body.data.id, total_amount: '1800.00' });
    expect((await erin.get(`/api/quotes/${confirmed.body.data.id}`)).body.data.status).toBe('converted');
  });

  it.runIf(backend.name === 'postgres')('answers 404 once a link has expired', async () => {
    const quote = await createQuote(alice, { items: [item('x', 1, '1.00')] });
    await alice.put(`/api/quotes/${quote.id}`, { status: 'sent' });
    const link = (await alice.post(`/api/quotes/${quote.id}/share`)).body.data;
    expect((await open(link.url)).status).toBe(200);
    const sql = postgres(backend.adminUrl!, { max: 1 });
    try {
      await sql`update public.document_links set expires_at = now() - interval '1 second' where quote_id = ${quote.id}`;
    } finally {
      await sql.end();
    }
    expect((await open(link.url)).status).toBe(404);
    expect((await open(`${link.url}/pdf`)).status).toBe(404);
    expect((await open(`${link.url}/accept`, { method: 'POST' })).status).toBe(404);
    expect((await alice.get(`/api/quotes/${quote.id}`)).body.data.status).toBe('sent');
  });
});

describe('client links under a low rate limit', () => {
  it('limits the client page, its PDF and the answers per address, with Retry-After', async () => {
    const app = await startApp({ RATE_LIMIT_PER_MINUTE: '6' });
    try {
      const token = randomBytes(32).toString('base64url');
      await awayFromWindowEdge(60_000);
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 12; i++) {
        const path = [`/p/${token}`, `/p/${token}/pdf`][i % 2]!;
        const res = await fetch(`${app.url}${path}`, { redirect: 'manual' });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
      }
      const first = statuses.indexOf(429);
      expect(first, statuses.join()).toBeGreaterThan(0);
      // the burst runs inside one window (awayFromWindowEdge): the limit's requests answer, every
      // later one is refused (startApp's health check may have spent one of the address's six)
      expect(first, statuses.join()).toBeLessThanOrEqual(6);
      expect(
        statuses.slice(0, first).every((s) => s === 404),
        statuses.join(),
      ).toBe(true);
      expect(
        statuses.slice(first).every((s) => s === 429),
        statuses.join(),
      ).toBe(true);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect((await fetch(`${app.url}/p/${token}/accept`, { method: 'POST' })).status).toBe(429);
    } finally {
      await app.stop();
    }
  }, 120_000);
});
