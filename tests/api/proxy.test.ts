import { describe, expect, inject, it } from 'vitest';
import { signIn } from '../helpers/client';

/**
 * Proves the request hook runs where Next.js 16 loads it (src/proxy.ts): only
 * it redirects a signed-out page load to /sign-in, and only its Clerk
 * middleware makes `auth()` work in route handlers.
 */
const [backend] = inject('backends');

describe('the request hook (src/proxy.ts)', () => {
  it('sends a signed-out page load to /sign-in with the way back', async () => {
    const res = await fetch(`${backend!.url}/contacts?status=lead`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get('location')!, backend!.url);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('redirect_url')).toBe('/contacts?status=lead');
  });

  it('never redirects an anonymous page load to Clerk (no handshake in local mode)', async () => {
    for (const path of ['/', '/sign-in']) {
      const res = await fetch(`${backend!.url}${path}`, {
        redirect: 'manual',
        headers: { accept: 'text/html', 'sec-fetch-dest': 'document' },
      });
      expect(res.status, path).toBe(200);
    }
    // an expired session cookie is dropped, not sent to a handshake
    const expired = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyX3giLCJleHAiOjEsImlhdCI6MX0.c2ln';
    const res = await fetch(`${backend!.url}/contacts`, {
      redirect: 'manual',
      headers: { accept: 'text/html', 'sec-fetch-dest': 'document', cookie: `__session=${expired}; __client_uat=1` },
    });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toMatch(/^\/sign-in|\/sign-in\?/);
  });

  it('answers /sign-up with a redirect to sign-in before any page renders (development sign-in has no sign-up)', async () => {
    for (const [path, back] of [
      ['/sign-up', null],
      ['/sign-up/continue?redirect_url=%2Finvoices%3Fstatus%3Doverdue', '/invoices?status=overdue'],
      ['/sign-up?redirect_url=https%3A%2F%2Fevil.example%2F', null],
    ] as const) {
      const res = await fetch(`${backend!.url}${path}`, {
        redirect: 'manual',
        headers: { accept: 'text/html', 'sec-fetch-dest': 'document' },
      });
      expect(res.status, path).toBe(307);
      const location = new URL(res.headers.get('location')!, backend!.url);
      expect(location.origin, path).toBe(new URL(backend!.url).origin);
      expect(location.pathname, path).toBe('/sign-in');
      expect(location.searchParams.get('redirect_url'), path).toBe(back);
    }
  });

  it('lets client links through without a session, and nothing else under /p', async () => {
    const token = 'A'.repeat(43);
    for (const path of [`/p/${token}`, `/p/${token}/pdf`]) {
      const res = await fetch(`${backend!.url}${path}`, { redirect: 'manual', headers: { accept: 'text/html' } });
      // an unknown link: the plain 404 page, not a sign-in redirect, and never indexed
      expect(res.status, path).toBe(404);
      expect(res.headers.get('x-robots-tag'), path).toMatch(/noindex/);
    }
    const answer = await fetch(`${backend!.url}/p/${token}/accept`, { method: 'POST', redirect: 'manual' });
    expect(answer.status).toBe(404);
    const deeper = await fetch(`${backend!.url}/p/${token}/pdf/more`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(deeper.status).toBe(307);
    expect(new URL(deeper.headers.get('location')!, backend!.url).pathname).toBe('/sign-in');
  });

  it('sends a signed-in visitor from the landing page into the app', async () => {
    const client = await signIn(backend!.url);
    const res = await fetch(`${backend!.url}/`, {
      redirect: 'manual',
      headers: { cookie: `__session=${client.token}; __client_uat=1; __clerk_db_jwt=local`, accept: 'text/html' },
    });
    expect(res.status).toBe(307);
    expect(new URL(res.headers.get('location')!, backend!.url).pathname).toBe('/dashboard');
  });
});
