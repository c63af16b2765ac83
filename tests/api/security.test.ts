import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { startApp } from '../helpers/app';
import { signIn } from '../helpers/client';
import { awayFromWindowEdge } from '../helpers/window';

/** Web security of the API: headers on every answer, cross-site cookie writes refused. */
const [backend] = inject('backends');

async function cookieSession(email: string): Promise<string> {
  const res = await fetch(`${backend!.url}/api/local-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe('web security', () => {
  it('sends security headers and no X-Powered-By', async () => {
    const client = await signIn(backend!.url);
    for (const res of [
      await fetch(`${backend!.url}/api/health`),
      await fetch(`${backend!.url}/api/contacts`, { headers: { authorization: `Bearer ${client.token}` } }),
    ]) {
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('cache-control')).toContain('no-store');
    }
  });

  it('sends the same policy on pages', async () => {
    for (const path of ['/', '/sign-in']) {
      const res = await fetch(`${backend!.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('refuses a cookie-authenticated write from another site, and allows it from the app', async () => {
    const cookie = await cookieSession(`csrf-${Date.now()}@example.com`);
    const post = (origin?: string) =>
      fetch(`${backend!.url}/api/contacts`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: JSON.stringify({ first_name: 'Csrf' }),
      });
    const evil = await post('https://evil.example');
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as any).error.code).toBe('forbidden');
    const own = await post(backend!.url);
    expect(own.status).toBe(201);
    const list = await fetch(`${backend!.url}/api/contacts`, { headers: { cookie } });
    expect(((await list.json()) as any).page.total).toBe(1);
  });

  it('lets bearer-token clients call from anywhere (a page cannot set their header)', async () => {
    const client = await signIn(backend!.url);
    const res = await client.post('/api/contacts', { first_name: 'Api' }, { origin: 'https://elsewhere.example' });
    expect(res.status).toBe(201);
  });
});

/**
 * docs/decisions/0082-trusted-proxies-redirects-and-send-limits.md, over HTTP:
 * forwarded headers do not pick the rate-limit bucket, the sign-in redirect
 * stays on the site, and invoice email is limited per account and per invoice
 * (counted from the database: a restart does not reset it).
 */
describe('forwarded headers, redirects and send limits', () => {
  const devApp = (env: Record<string, string>, options: { dataDir?: string } = {}) =>
    startApp({ AUTH_MODE: 'dev', EMAIL_TRANSPORT: 'outbox', ...env }, options);

  it('does not let X-Forwarded-For or X-Real-IP rotate the per-address rate limit (no trusted proxy)', { timeout: 120_000 }, async () => {
    const app = await devApp({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      // requests are counted in windows of a minute: an edge after a refusal would let one through
      await awayFromWindowEdge(60_000);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${app.url}/api/health`, {
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}`, 'x-real-ip': `198.51.100.${i + 1}` },
        });
        statuses.push(res.status);
        if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // every request is counted against the one bucket of 127.0.0.1 (startApp's health check spent some of it)
      const firstRefusal = statuses.indexOf(429);
      expect(firstRefusal, statuses.join()).toBeGreaterThanOrEqual(0);
      expect(firstRefusal, statuses.join()).toBeLessThanOrEqual(5);
      expect(
        statuses.slice(firstRefusal).every((s) => s === 429),
        statuses.join(),
      ).toBe(true);
    } finally {
      await app.stop();
    }
  });

  it('believes X-Forwarded-For from a trusted proxy (TRUSTED_PROXIES), read from the right', { timeout: 120_000 }, async () => {
    const app = await devApp({ RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1,::1' });
    try {
      await awayFromWindowEdge(60_000);
      const hit = (xff: string) => fetch(`${app.url}/api/health`, { headers: { 'x-forwarded-for': xff } }).then((r) => r.status);
      // each client the proxy saw has its own bucket; what a client wrote to the left is ignored
      for (let i = 0; i < 3; i++) expect(await hit(`6.6.6.${i}, 198.51.100.10`)).not.toBe(429);
      expect(await hit('6.6.6.99, 198.51.100.10')).toBe(429);
      expect(await hit('198.51.100.11')).not.toBe(429);
    } finally {
      await app.stop();
    }
  });

  it('never redirects a signed-in visitor of /sign-in off the site', async () => {
    const cookie = await cookieSession(`redirect-${Date.now()}@example.com`);
    expect(cookie).toContain('__session=');
    // as an attacker writes them into a link (the query string decodes them once)
    const targets = [
      '/%5Cevil.com',
      '/%5C%5Cevil.com',
      '%2F%2Fevil.com',
      '//evil.com',
      'https://evil.com',
      '/%09/evil.com',
      '/%0A/evil.com',
      '/.//evil.com',
      'javascript:alert(1)',
    ];
    for (const target of targets) {
      const res = await fetch(`${backend!.url}/sign-in?redirect_url=${target}`, {
        headers: { cookie, accept: 'text/html' },
        redirect: 'manual',
      });
      expect(res.status, target).toBeGreaterThanOrEqual(300);
      expect(res.status, target).toBeLessThan(400);
      const location = new URL(res.headers.get('location')!, backend!.url);
      expect(location.origin, target).toBe(new URL(backend!.url).origin);
      expect(location.pathname, target).toBe('/dashboard');
    }
    const res = await fetch(`${backend!.url}/sign-in?redirect_url=${encodeURIComponent('/invoices?status=sent')}`, {
      headers: { cookie, accept: 'text/html' },
      redirect: 'manual',
    });
    expect(new URL(res.headers.get('location')!, backend!.url).pathname).toBe('/invoices');
  });

  it('limits invoice email per account (429 + Retry-After) and manual sends per invoice (409), across a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-sends-'));
    let app = await devApp({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: '3', INVOICE_MAX_SENDS: '2' }, { dataDir });
    try {
      const email = `sender-${Date.now()}@example.com`;
      let client = await signIn(app.url, email);
      await client.put('/api/auth/user', { business_name: 'Sender Ltd' });
      const contact = (await client.post('/api/contacts', { first_name: 'Victim', email: 'someone@example.net' })).body.data.id;
      const invoice = async () =>
        (await client.post('/api/invoices', { contact_id: contact, items: [{ description: 'Spam', quantity: 1, unit_price: '1.00' }] }))
          .body.data.id as string;
      const first = await invoice();
      expect((await client.post(`/api/invoices/${first}/send`, {})).status).toBe(200);
      expect((await client.post(`/api/invoices/${first}/send`, {})).status).toBe(200);
      const third = await client.post(`/api/invoices/${first}/send`, {});
      expect(third.status).toBe(409);
      expect(third.body.error.code).toBe('conflict');
      expect(third.body.error.message).toMatch(/already been emailed 2 times in the last 24 hours/);

      const second = await invoice();
      expect((await client.post(`/api/invoices/${second}/send`, {})).status).toBe(200);
      const over = await client.post(`/api/invoices/${await invoice()}/send`, {});
      expect(over.status).toBe(429);
      expect(over.body.error.code).toBe('rate_limited');
      expect(over.body.error.message).toMatch(/sent its 3 invoice emails for the last 24 hours/);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);

      // durable: a new server process on the same data counts the same sends
      await app.stop();
      app = await devApp({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: '3', INVOICE_MAX_SENDS: '2' }, { dataDir });
      client = await signIn(app.url, email);
      expect((await client.post(`/api/invoices/${await invoice()}/send`, {})).status).toBe(429);
      // the outbox holds exactly the three emails that were allowed
      expect((await client.get('/api/outbox')).body.data).toHaveLength(3);
    } finally {
      await app.stop();
    }
  }, 180_000);

  it('lets no burst of concurrent sends past the daily limit', { timeout: 120_000 }, async () => {
    const app = await devApp({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: '4' });
    try {
      const client = await signIn(app.url);
      await client.put('/api/auth/user', { business_name: 'Sender Ltd' });
      const contact = (await client.post('/api/contacts', { first_name: 'Victim', email: 'someone@example.net' })).body.data.id;
      const invoices: string[] = [];
      for (let i = 0; i < 10; i++) {
        invoices.push(
          (await client.post('/api/invoices', { contact_id: contact, items: [{ description: 'x', quantity: 1, unit_price: '1.00' }] })).body
            .data.id,
        );
      }
      const statuses = await Promise.all(invoices.map(async (id) => (await client.post(`/api/invoices/${id}/send`, {})).status));
      expect(statuses.filter((s) => s === 200)).toHaveLength(4);
      expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    } finally {
      await app.stop();
    }
  });
});
