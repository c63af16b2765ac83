import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, EXCERPT_BYTES } from './delivery';

const secret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const event = { id: 'evt-1', type: 'invoice.paid', created_at: new Date('2026-12-07T10:00:00Z'), data: { amount_paid: '1250.00' } };

describe('deliver', () => {
  let server: http.Server;
  let base: string;
  const seen: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ path: req.url!, headers: req.headers, body });
        if (req.url === '/ok') return res.end('fine');
        if (req.url === '/big') return res.end('x'.repeat(50_000));
        if (req.url === '/redirect') {
          res.writeHead(307, { location: 'http://169.254.169.254/latest' });
          return res.end();
        }
        if (req.url === '/slow') return; // never answers
        res.statusCode = 500;
        res.end('broken');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const opts = { timeoutMs: 500, allowPrivate: true };

  it('posts the body signed per Standard Webhooks, verifiable with the library', async () => {
    const result = await deliver(`${base}/ok`, secret, event, opts);
    expect(result).toMatchObject({ ok: true, status_code: 200, error: null, excerpt: 'fine' });
    const got = seen.find((s) => s.path === '/ok')!;
    expect(got.headers['webhook-id']).toBe('evt-1');
    const verified = new Webhook(secret).verify(got.body, got.headers as Record<string, string>);
    expect(verified).toEqual({ type: 'invoice.paid', timestamp: '2026-12-07T10:00:00.000Z', data: { amount_paid: '1250.00' } });
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(got.body, got.headers as never)).toThrow();
  });

  it('fails on a 500, keeps a bounded excerpt, and never follows a redirect', async () => {
    expect(await deliver(`${base}/fail`, secret, event, opts)).toMatchObject({
      ok: false,
      status_code: 500,
      excerpt: 'broken',
      error: 'HTTP 500',
    });
    const big = await deliver(`${base}/big`, secret, event, opts);
    expect(big.ok).toBe(true);
    expect(big.excerpt!.length).toBeLessThanOrEqual(EXCERPT_BYTES);
    const redirected = await deliver(`${base}/redirect`, secret, event, opts);
    expect(redirected).toMatchObject({ ok: false, status_code: 307 });
    expect(redirected.error).toMatch(/Redirect \(HTTP 307 to http:\/\/169\.254\.169\.254\/latest\) not followed/);
  });

  it('times out a receiver that does not answer', async () => {
    const result = await deliver(`${base}/slow`, secret, event, opts);
    expect(result).toMatchObject({ ok: false, status_code: null });
    expect(result.error).toMatch(/Timed out after 500 ms/);
    expect(result.response_ms).toBeGreaterThanOrEqual(450);
  });

  it('refuses a private target unless allowed: a literal address, and a name that resolves to one at connect time', async () => {
    const literal = await deliver(`${base}/ok`, secret, event, { timeoutMs: 500, allowPrivate: false });
    expect(literal).toMatchObject({ ok: false, status_code: null });
    expect(literal.error).toMatch(/Refused: .*127\.0\.0\.1/);
    const before = seen.length;
    const port = new URL(base).port;
    const rebound = await deliver(`http://hooks.example.com:${port}/ok`, secret, event, {
      timeoutMs: 500,
      allowPrivate: false,
      resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(rebound.ok).toBe(false);
    expect(rebound.error).toMatch(/Refused: .*resolves to a private, loopback or reserved address \(127\.0\.0\.1\)/);
    expect(seen.length).toBe(before);
  });
});
