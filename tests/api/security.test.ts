import { describe, expect, inject, it } from 'vitest';
import { signIn } from '../helpers/client';

/** Web security of the API: headers on every answer, cross-site cookie writes refused. */
const [backend] = inject('backends');

async function cookieSession(email: string): Promise<string> {
  const res = await fetch(`${backend!.url}/api/local-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

describe('web security', () => {
  it('sends security headers and no X-Powered-By', async () => {
    const client = await signIn(backend!.url);
    for (const res of [await fetch(`${backend!.url}/api/health`), await fetch(`${backend!.url}/api/contacts`, { headers: { authorization: `Bearer ${client.token}` } })]) {
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
