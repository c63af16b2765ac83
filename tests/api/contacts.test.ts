import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';

/**
 * Contacts over HTTP, exactly as the README's "The HTTP API" describes them, on both backends
 * (PGlite and a real PostgreSQL server).
 */

const backends = inject('backends');

function expectErrorShape(body: any, code: string) {
  expect(body).toEqual({
    error: expect.objectContaining({ code, message: expect.any(String) }),
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+|stack|select |insert |update .* set/i);
}

describe.each(backends)('contacts API on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
  });

  async function count(client: Client): Promise<number> {
    const res = await client.get('/api/contacts?limit=1');
    expect(res.status).toBe(200);
    return res.body.page.total;
  }

  it('creates, reads, updates and deletes a contact', async () => {
    const created = await alice.post('/api/contacts', {
      first_name: '  Ada ',
      last_name: 'Lovelace',
      email: 'ada@analytical.engine',
      phone: '+44 20 7946 0000',
      company: 'Analytical Engines Ltd',
      position: 'Mathematician',
      status: 'customer',
      notes: 'Prefers letters.',
    });
    expect(created.status).toBe(201);
    const contact = created.body.data;
    expect(contact).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@analytical.engine',
      status: 'customer',
      user_id: alice.user.id,
      address: null,
    });
    expect(contact.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(contact.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(contact).not.toHaveProperty('search');

    const got = await alice.get(`/api/contacts/${contact.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ data: contact });

    const updated = await alice.put(`/api/contacts/${contact.id}`, { status: 'inactive', phone: null });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ status: 'inactive', phone: null, first_name: 'Ada', company: 'Analytical Engines Ltd' });
    expect(new Date(updated.body.data.updated_at).getTime()).toBeGreaterThanOrEqual(new Date(contact.updated_at).getTime());

    const deleted = await alice.delete(`/api/contacts/${contact.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ data: { id: contact.id, deleted: true } });
    const gone = await alice.get(`/api/contacts/${contact.id}`);
    expect(gone.status).toBe(404);
    expectErrorShape(gone.body, 'not_found');
  });

  it('defaults the status to lead and requires a first name', async () => {
    const created = await alice.post('/api/contacts', { first_name: 'Grace' });
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('lead');
    const missing = await alice.post('/api/contacts', { last_name: 'Hopper' });
    expect(missing.status).toBe(400);
    expectErrorShape(missing.body, 'validation_failed');
    expect(missing.body.error.details.first_name).toBeDefined();
    const blank = await alice.post('/api/contacts', { first_name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.first_name).toEqual(['must not be empty']);
  });

  describe('lists', () => {
    let owner: Awaited<ReturnType<typeof signIn>>;
    const names = ['Zoe', 'anna', 'Mia', 'Ben', 'carl', 'Dora', 'Eve'];

    beforeAll(async () => {
      owner = await signIn(backend.url);
      for (const [i, name] of names.entries()) {
        const res = await owner.post('/api/contacts', {
          first_name: name,
          last_name: `Family${i}`,
          company: i % 2 === 0 ? 'Acme Corp' : 'Globex',
          email: `${name.toLowerCase()}@example.org`,
          status: i < 3 ? 'lead' : 'active',
        });
        expect(res.status).toBe(201);
      }
    });

    it('returns a page with limit, next_cursor and total, newest first by default', async () => {
      const res = await owner.get('/api/contacts');
      expect(res.status).toBe(200);
      expect(res.body.page).toEqual({ limit: 50, next_cursor: null, total: 7, total_exact: true });
      expect(res.body.data.map((c: any) => c.first_name)).toEqual([...names].reverse());
    });

    it('walks every row exactly once with the cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: any = await owner.get(`/api/contacts?limit=3&sort=first_name${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.page.total).toBe(7);
        expect(res.body.data.length).toBeLessThanOrEqual(3);
        seen.push(...res.body.data.map((c: any) => c.first_name));
        cursor = res.body.page.next_cursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    });

    it('sorts descending with a leading minus', async () => {
      const res = await owner.get('/api/contacts?sort=-first_name&limit=2');
      expect(res.body.data.map((c: any) => c.first_name)).toEqual(['Zoe', 'Mia']);
    });

    it('searches name, email and company case-insensitively', async () => {
      const byName = await owner.get('/api/contacts?q=ANNA');
      expect(byName.body.data.map((c: any) => c.first_name)).toEqual(['anna']);
      const byCompany = await owner.get('/api/contacts?q=globex');
      expect(byCompany.body.page.total).toBe(3);
      const byEmail = await owner.get('/api/contacts?q=carl%40example');
      expect(byEmail.body.data.map((c: any) => c.first_name)).toEqual(['carl']);
      const full = await owner.get(`/api/contacts?q=${encodeURIComponent('mia family2')}`);
      expect(full.body.data.map((c: any) => c.first_name)).toEqual(['Mia']);
      const wildcard = await owner.get('/api/contacts?q=%25');
      expect(wildcard.body.page.total).toBe(0);
    });

    it('finds a contact by phone number, however the number is written', async () => {
      const caller = await signIn(backend.url);
      for (const [first_name, phone] of [
        ['Grace', '+44 20 7946 0123'],
        ['Alan', '(555) 010-4477'],
        ['Nobody', null],
      ] as const) {
        expect((await caller.post('/api/contacts', { first_name, phone })).status).toBe(201);
      }
      const found = async (q: string) => {
        const res = await caller.get(`/api/contacts?q=${encodeURIComponent(q)}`);
        expect(res.status, q).toBe(200);
        expect(res.body.page.total, q).toBe(res.body.data.length);
        return res.body.data.map((c: any) => c.first_name);
      };
      expect(await found('7946 0123')).toEqual(['Grace']);
      expect(await found('79460123')).toEqual(['Grace']);
      expect(await found('+44 20 7946')).toEqual(['Grace']);
      expect(await found('555-010')).toEqual(['Alan']);
      expect(await found('0104477')).toEqual(['Alan']);
      // fewer than three digits, or digits among words, are not read as a phone number
      expect(await found('44')).toEqual([]);
      expect(await found('grace 7946')).toEqual([]);
      // the CSV export searches the same way
      const csv = await caller.get('/api/contacts?format=csv&q=4477');
      expect(csv.status).toBe(200);
      expect(csv.text).toContain('Alan');
      expect(csv.text).not.toContain('Grace');
    });

    it('filters by status', async () => {
      const res = await owner.get('/api/contacts?status=lead');
      expect(res.body.page.total).toBe(3);
      expect(res.body.data.every((c: any) => c.status === 'lead')).toBe(true);
    });

    it('filters by job title (position), case-insensitively, with the other filters and the CSV export', async () => {
      const caller = await signIn(backend.url);
      const stranger = await signIn(backend.url);
      expect((await stranger.post('/api/contacts', { first_name: 'Other', position: 'Designer' })).status).toBe(201);
      for (const [first_name, position, status] of [
        ['Ada', 'Senior Designer', 'lead'],
        ['Bo', 'Lead designer', 'customer'],
        ['Cy', 'CTO', 'lead'],
        ['Di', null, 'lead'],
        ['Ed', '100% designer_', 'lead'],
      ] as const) {
        expect((await caller.post('/api/contacts', { first_name, position, status })).status).toBe(201);
      }
      const found = async (query: string) => {
        const res = await caller.get(`/api/contacts?${query}`);
        expect(res.status, query).toBe(200);
        expect(res.body.page.total, query).toBe(res.body.data.length);
        return res.body.data.map((c: any) => c.first_name).sort();
      };
      expect(await found('position=DESIGNER')).toEqual(['Ada', 'Bo', 'Ed']);
      expect(await found('position=designer&status=lead')).toEqual(['Ada', 'Ed']);
      expect(await found('position=designer&q=bo')).toEqual(['Bo']);
      expect(await found(`position=${encodeURIComponent('senior designer')}`)).toEqual(['Ada']);
      // `%` and `_` are matched as typed
      expect(await found('position=%25')).toEqual(['Ed']);
      expect(await found('position=r_')).toEqual(['Ed']);
      expect(await found('position=nobody')).toEqual([]);
      // without it, the list is the one it always was
      expect(await found('')).toEqual(['Ada', 'Bo', 'Cy', 'Di', 'Ed']);
      expect(await found('position=')).toEqual(['Ada', 'Bo', 'Cy', 'Di', 'Ed']);
      const csv = await caller.get('/api/contacts?format=csv&position=cto');
      expect(csv.status).toBe(200);
      expect(csv.text).toContain('Cy');
      expect(csv.text).not.toContain('Ada');
      const long = await caller.get(`/api/contacts?position=${'a'.repeat(201)}`);
      expect(long.status).toBe(400);
      expect(long.body.error.details.position).toBeDefined();
    });

    it('exports the filtered rows as CSV, all pages, with formulas neutralised', async () => {
      await owner.post('/api/contacts', { first_name: '=HYPERLINK("http://evil.example")', company: '+cmd', status: 'lead' });
      const res = await owner.get('/api/contacts?format=csv&status=lead&limit=1&sort=first_name');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="contacts.csv"/);
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('id,first_name,last_name,email,phone,company,position,address,status,notes,created_at,updated_at');
      expect(lines).toHaveLength(1 + 4);
      const evil = lines.find((l) => l.includes('HYPERLINK'))!;
      expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(evil).toContain(`'+cmd`);
    });
  });

  describe('bad input gets a clear 4xx and changes nothing', () => {
    it('rejects malformed JSON, wrong types, unknown and read-only fields', async () => {
      const before = await count(alice);
      const cases: [unknown, number, string][] = [
        ['{"first_name": "x"', 400, 'invalid_json'],
        ['', 400, 'invalid_json'],
        ['[1,2]', 400, 'validation_failed'],
        ['"just a string"', 400, 'validation_failed'],
        [{ first_name: 42 }, 400, 'validation_failed'],
        [{ first_name: 'Ok', status: 'vip' }, 400, 'validation_failed'],
        [{ first_name: 'Ok', email: 'not-an-email' }, 400, 'validation_failed'],
        [{ first_name: 'Ok', favourite_color: 'blue' }, 400, 'validation_failed'],
        [{ first_name: 'Ok', id: '00000000-0000-0000-0000-000000000000' }, 400, 'validation_failed'],
        [{ first_name: 'Ok', user_id: bob.user.id }, 400, 'validation_failed'],
        [{ first_name: 'Ok', created_at: '2020-01-01T00:00:00Z' }, 400, 'validation_failed'],
        [{ first_name: 'x'.repeat(201) }, 400, 'validation_failed'],
        [{ first_name: 'nul\u0000byte' }, 400, 'validation_failed'],
        [{ first_name: 'lone \ud800 surrogate' }, 400, 'validation_failed'],
        [{ first_name: null }, 400, 'validation_failed'],
        [{ first_name: { nested: true } }, 400, 'validation_failed'],
        ['{"__proto__": {"admin": true}, "first_name": "Proto"}', 400, 'validation_failed'],
        ['{"first_name": "a", "first_name": "b"}', 400, 'invalid_json'],
      ];
      for (const [body, status, code] of cases) {
        const res = await alice.post('/api/contacts', body);
        expect(res.status, JSON.stringify(body)).toBe(status);
        expectErrorShape(res.body, code);
      }
      const readOnly = await alice.post('/api/contacts', { first_name: 'Ok', id: 'x', updated_at: 'y' });
      expect(readOnly.body.error.details).toMatchObject({ id: ['is read-only'], updated_at: ['is read-only'] });
      const unknown = await alice.post('/api/contacts', { first_name: 'Ok', nickname: 'x' });
      expect(unknown.body.error.details).toEqual({ nickname: ['is not a recognised field'] });
      expect(await count(alice)).toBe(before);
    });

    it('rejects an update with nothing in it, or with read-only fields', async () => {
      const created = await alice.post('/api/contacts', { first_name: 'Unchanged' });
      const id = created.body.data.id;
      const empty = await alice.put(`/api/contacts/${id}`, {});
      expect(empty.status).toBe(400);
      const readOnly = await alice.put(`/api/contacts/${id}`, { first_name: 'Changed', user_id: bob.user.id });
      expect(readOnly.status).toBe(400);
      expect(readOnly.body.error.details).toEqual({ user_id: ['is read-only'] });
      const after = await alice.get(`/api/contacts/${id}`);
      expect(after.body.data.first_name).toBe('Unchanged');
    });

    it('answers 415 for a body that is not JSON and 413 for a body over 100 KB', async () => {
      const before = await count(alice);
      const text = await alice.post('/api/contacts', 'first_name=Eve', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(text.status).toBe(415);
      expectErrorShape(text.body, 'unsupported_media_type');
      const big = await alice.post('/api/contacts', { first_name: 'Big', notes: 'x'.repeat(101 * 1024) });
      expect(big.status).toBe(413);
      expectErrorShape(big.body, 'payload_too_large');
      expect(await count(alice)).toBe(before);
    });

    it('rejects bad query parameters with a 400 naming each', async () => {
      const cases: [string, string[]][] = [
        ['limit=0', ['limit']],
        ['limit=201', ['limit']],
        ['limit=100000', ['limit']],
        ['limit=abc', ['limit']],
        ['limit=1.5', ['limit']],
        ['sort=password', ['sort']],
        ['status=vip', ['status']],
        ['cursor=not-a-cursor', ['cursor']],
        ['format=xml', ['format']],
        ['colour=red', ['colour']],
        ['limit=5&limit=6', ['limit']],
        ['limit=0&status=x&foo=1', ['limit', 'status', 'foo']],
      ];
      for (const [query, fields] of cases) {
        const res = await alice.get(`/api/contacts?${query}`);
        expect(res.status, query).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(Object.keys(res.body.error.details).sort(), query).toEqual([...fields].sort());
      }
    });

    it('answers 405 for methods a route does not have', async () => {
      const patch = await alice.request('PATCH', '/api/contacts', { first_name: 'x' });
      expect(patch.status).toBe(405);
      expectErrorShape(patch.body, 'method_not_allowed');
      expect(patch.headers.get('allow')).toContain('GET');
      const del = await alice.delete('/api/contacts');
      expect(del.status).toBe(405);
      const post = await alice.post('/api/contacts/00000000-0000-4000-8000-000000000000', { first_name: 'x' });
      expect(post.status).toBe(405);
    });

    it('answers 404 in JSON for an unknown API path', async () => {
      const res = await alice.get('/api/nothing-here?x=1');
      expect(res.status).toBe(404);
      expectErrorShape(res.body, 'not_found');
    });
  });

  describe('tenants are sealed', () => {
    it("answers 404 for another user's contact on every method and leaves it unchanged", async () => {
      const mine = await alice.post('/api/contacts', { first_name: 'Private', email: 'private@alice.test' });
      const id = mine.body.data.id;
      const read = await bob.get(`/api/contacts/${id}`);
      expect(read.status).toBe(404);
      expectErrorShape(read.body, 'not_found');
      expect(read.text).not.toContain('Private');
      const update = await bob.put(`/api/contacts/${id}`, { first_name: 'Hacked' });
      expect(update.status).toBe(404);
      const remove = await bob.delete(`/api/contacts/${id}`);
      expect(remove.status).toBe(404);
      const after = await alice.get(`/api/contacts/${id}`);
      expect(after.body.data.first_name).toBe('Private');
      const list = await bob.get('/api/contacts?q=private');
      expect(list.body.page.total).toBe(0);
      const csv = await bob.get('/api/contacts?format=csv');
      expect(csv.text).not.toContain('Private');
    });

    it('treats a malformed id as not found', async () => {
      for (const id of ['123', 'not-a-uuid', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g']) {
        const res = await alice.get(`/api/contacts/${encodeURIComponent(id)}`);
        expect(res.status, id).toBe(404);
      }
    });
  });

  describe('authentication', () => {
    it('answers 401 without a valid session on every contacts route', async () => {
      const anon = new Client(backend.url);
      const forged = new Client(backend.url, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyX3gifQ.c2lnbmF0dXJl');
      const tampered = new Client(backend.url, `${alice.token!.slice(0, -4)}AAAA`);
      for (const client of [anon, forged, tampered]) {
        for (const [method, path] of [
          ['GET', '/api/contacts'],
          ['POST', '/api/contacts'],
          ['GET', '/api/contacts/00000000-0000-4000-8000-000000000000'],
          ['PUT', '/api/contacts/00000000-0000-4000-8000-000000000000'],
          ['DELETE', '/api/contacts/00000000-0000-4000-8000-000000000000'],
          ['GET', '/api/auth/user'],
        ] as const) {
          const res = await client.request(method, path, method === 'POST' || method === 'PUT' ? { first_name: 'x' } : undefined);
          expect(res.status, `${method} ${path}`).toBe(401);
          expectErrorShape(res.body, 'unauthorized');
        }
      }
    });

    it('accepts the session cookies the sign-in route sets', async () => {
      const res = await fetch(`${backend.url}/api/local-auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: alice.user.email }),
      });
      const cookies = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      expect(cookies).toMatch(/__session=/);
      expect(cookies).toMatch(/__client_uat=\d+/);
      const me = await fetch(`${backend.url}/api/auth/user`, { headers: { cookie: cookies } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as any).data.id).toBe(alice.user.id);
    });

    it('returns the signed-in user', async () => {
      const me = await alice.get('/api/auth/user');
      expect(me.status).toBe(200);
      expect(me.body.data).toMatchObject({ id: alice.user.id, email: alice.user.email, currency: 'USD', time_zone: 'UTC' });
      expect(me.body.data).not.toHaveProperty('clerk_updated_at');
    });

    it('validates the local sign-in body', async () => {
      const anon = new Client(backend.url);
      const bad = await anon.post('/api/local-auth/sign-in', { email: 'nope' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.email).toBeDefined();
      const extra = await anon.post('/api/local-auth/sign-in', { email: 'a@b.co', role: 'admin' });
      expect(extra.status).toBe(400);
    });
  });

  it('counts an unfiltered list exactly, and a filtered one up to 1000 ("total_exact": false beyond), deeper pages from the cursor', async () => {
    const carol = await signIn(backend.url);
    const csv = [
      'first_name,last_name,status',
      ...Array.from({ length: 1205 }, (_, i) => `Bulk${i},Counted,${i < 3 ? 'customer' : 'lead'}`),
    ];
    const imported = await carol.post('/api/contacts/import', { csv: csv.join('\n') });
    expect(imported.status).toBe(201);
    // unfiltered: the count the database keeps, exact past the bound
    const all = await carol.get('/api/contacts?limit=2');
    expect(all.body.page).toMatchObject({ limit: 2, total: 1205, total_exact: true });
    // filtered past the bound: the bound, said so, on every page (the cursor carries it)
    const leads = await carol.get('/api/contacts?status=lead&limit=200');
    expect(leads.body.page).toMatchObject({ total: 1000, total_exact: false });
    const next = await carol.get(`/api/contacts?status=lead&limit=200&cursor=${encodeURIComponent(leads.body.page.next_cursor)}`);
    expect(next.body.page).toMatchObject({ total: 1000, total_exact: false });
    expect(next.body.data).toHaveLength(200);
    const searched = await carol.get('/api/contacts?q=counted&limit=1');
    expect(searched.body.page).toMatchObject({ total: 1000, total_exact: false });
    // under the bound: exact
    const customers = await carol.get('/api/contacts?status=customer');
    expect(customers.body.page).toEqual({ limit: 50, next_cursor: null, total: 3, total_exact: true });
    // a deletion shows at once in the kept count
    expect((await carol.delete(`/api/contacts/${customers.body.data[0].id}`)).status).toBe(200);
    expect((await carol.get('/api/contacts?limit=1')).body.page).toMatchObject({ total: 1204, total_exact: true });
  });

  it('reports health', async () => {
    const res = await new Client(backend.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { status: 'ok', database: 'ok' } });
  });
});
