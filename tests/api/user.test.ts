import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';

/**
 * The signed-in user's row and business settings (GET/PUT /api/auth/user),
 * in local mode, on both backends. The webhook is not configured here.
 */

const backends = inject('backends');

describe.each(backends)('the user endpoint on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
  });

  it('starts a new account in the browser’s locale (Accept-Language), which the profile then changes', async () => {
    const email = `locale-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const response = await fetch(`${backend.url}/api/local-auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de;q=0.9, fr-CH;q=0.95, en;q=0.5' },
      body: JSON.stringify({ email }),
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { token: string } };
    const client = new Client(backend.url, data.token);
    expect((await client.get('/api/auth/user')).body.data.locale).toBe('fr-CH');
    // a second sign-in does not change what the account has chosen since
    expect((await client.put('/api/auth/user', { locale: 'en-GB' })).status).toBe(200);
    await fetch(`${backend.url}/api/local-auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ja-JP' },
      body: JSON.stringify({ email }),
    });
    expect((await client.get('/api/auth/user')).body.data.locale).toBe('en-GB');
  });

  it('returns the signed-in user with the default settings, and nothing internal', async () => {
    const res = await alice.get('/api/auth/user');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: alice.user.id,
      email: alice.user.email,
      first_name: 'Test',
      last_name: 'User',
      business_name: null,
      business_address: null,
      tax_id: null,
      currency: 'USD',
      invoice_prefix: 'INV-',
      payment_terms_days: 14,
      time_zone: 'UTC',
      locale: 'en-US',
    });
    expect(res.body.data).not.toHaveProperty('clerk_updated_at');
    expect((await new Client(backend.url).get('/api/auth/user')).status).toBe(401);
    expect((await new Client(backend.url).put('/api/auth/user', { currency: 'EUR' })).status).toBe(401);
  });

  it('updates the business settings, normalising codes, and keeps what is not sent', async () => {
    const carol = await signIn(backend.url);
    const res = await carol.put('/api/auth/user', {
      business_name: '  Carol Consulting  ',
      business_address: 'Hauptstraße 1\n10115 Berlin',
      tax_id: 'DE123456789',
      currency: 'eur',
      invoice_prefix: 'CC-2026/',
      payment_terms_days: 30,
      time_zone: 'europe/berlin',
      locale: 'de-de',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      business_name: 'Carol Consulting',
      business_address: 'Hauptstraße 1\n10115 Berlin',
      tax_id: 'DE123456789',
      currency: 'EUR',
      invoice_prefix: 'CC-2026/',
      payment_terms_days: 30,
      time_zone: 'Europe/Berlin',
      locale: 'de-DE',
      email: carol.user.email,
    });
    const partial = await carol.put('/api/auth/user', { payment_terms_days: 0, tax_id: null });
    expect(partial.status).toBe(200);
    expect(partial.body.data).toMatchObject({ payment_terms_days: 0, tax_id: null, currency: 'EUR', business_name: 'Carol Consulting' });
    expect((await carol.get('/api/auth/user')).body.data).toEqual(partial.body.data);
    const utc = await carol.put('/api/auth/user', { time_zone: 'UTC', invoice_prefix: '' });
    expect(utc.body.data).toMatchObject({ time_zone: 'UTC', invoice_prefix: '' });
  });

  it('refuses bad currencies, time zones, locales and numbers, naming each field', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ currency: 'XYZ' }, 'currency'],
      [{ currency: 'EURO' }, 'currency'],
      [{ currency: 'EU' }, 'currency'],
      [{ currency: 978 }, 'currency'],
      [{ currency: null }, 'currency'],
      [{ time_zone: 'Mars/Olympus_Mons' }, 'time_zone'],
      [{ time_zone: '+01:00' }, 'time_zone'],
      [{ time_zone: 'Europe/Berlin; drop table users' }, 'time_zone'],
      [{ time_zone: '' }, 'time_zone'],
      [{ locale: 'not a locale' }, 'locale'],
      [{ locale: 'en_US' }, 'locale'],
      [{ locale: 'xx-QQ' }, 'locale'],
      [{ locale: 'x'.repeat(40) }, 'locale'],
      [{ payment_terms_days: -1 }, 'payment_terms_days'],
      [{ payment_terms_days: 366 }, 'payment_terms_days'],
      [{ payment_terms_days: 1.5 }, 'payment_terms_days'],
      [{ payment_terms_days: '14' }, 'payment_terms_days'],
      [{ invoice_prefix: 'INV 2026' }, 'invoice_prefix'],
      [{ invoice_prefix: 'A'.repeat(21) }, 'invoice_prefix'],
      [{ business_name: 'x'.repeat(201) }, 'business_name'],
      [{ business_address: 42 }, 'business_address'],
      [{ tax_id: 'a\u0000b' }, 'tax_id'],
    ];
    for (const [body, field] of bad) {
      const res = await alice.put('/api/auth/user', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.details), JSON.stringify(body)).toEqual([field]);
    }
  });

  it('refuses unknown and read-only fields, and an empty change', async () => {
    const unknown = await alice.put('/api/auth/user', { currency: 'EUR', colour: 'blue', clerk_updated_at: '2026-01-01T00:00:00Z' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual({ colour: ['is not a recognised field'], clerk_updated_at: ['is not a recognised field'] });
    for (const field of ['id', 'clerk_id', 'email', 'first_name', 'last_name', 'image_url', 'created_at', 'updated_at']) {
      const res = await alice.put('/api/auth/user', { [field]: 'x', currency: 'EUR' });
      expect(res.status, field).toBe(400);
      expect(res.body.error.details[field], field).toEqual(['is read-only']);
    }
    const empty = await alice.put('/api/auth/user', {});
    expect(empty.status).toBe(400);
    expect((await alice.put('/api/auth/user', 'not json')).status).toBe(400);
    expect((await alice.put('/api/auth/user', '{"currency":"EUR"}', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('writes nothing when any field is refused, and never touches another user', async () => {
    const before = (await alice.get('/api/auth/user')).body.data;
    const res = await alice.put('/api/auth/user', { business_name: 'Half Applied', currency: 'NOPE' });
    expect(res.status).toBe(400);
    expect((await alice.get('/api/auth/user')).body.data).toEqual(before);
    const bobBefore = (await bob.get('/api/auth/user')).body.data;
    expect((await alice.put('/api/auth/user', { business_name: 'Alice Ltd', currency: 'GBP' })).status).toBe(200);
    expect((await bob.get('/api/auth/user')).body.data).toEqual(bobBefore);
  });

  it('answers 503 on the Clerk webhook when it is not configured, whatever is sent', async () => {
    const res = await new Client(backend.url).post(
      '/api/webhook/clerk',
      { type: 'user.created', data: {} },
      { 'svix-id': 'msg_1', 'svix-timestamp': '1', 'svix-signature': 'v1,x' },
    );
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('service_unavailable');
  });
});
