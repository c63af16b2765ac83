import { describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';

const backends = inject('backends');

describe.each(backends)('audit trail API on $name', (backend) => {
  it("lists the account's changes and events, newest first, and only its own", async () => {
    const alice = await signIn(backend.url);
    const created = await alice.post('/api/contacts', { first_name: 'Audited', email: 'a@audit.test' });
    await alice.put(`/api/contacts/${created.body.data.id}`, { status: 'customer' });
    await alice.delete(`/api/contacts/${created.body.data.id}`);

    const res = await alice.get('/api/audit?limit=10');
    expect(res.status).toBe(200);
    const actions = res.body.data.map((e: any) => `${e.action} ${e.entity}`);
    expect(actions.slice(0, 3)).toEqual(['delete contacts', 'update contacts', 'insert contacts']);
    expect(actions).toContain('auth.signed_in users');
    expect(actions).toContain('insert users');
    expect(res.body.data[1].changes).toEqual({ status: ['lead', 'customer'] });
    expect(res.body.data[0].actor).toMatch(/^user_local_/);
    expect(res.body.page.total).toBeGreaterThanOrEqual(5);

    const filtered = await alice.get(`/api/audit?entity=contacts&entity_id=${created.body.data.id}`);
    expect(filtered.body.page.total).toBe(3);

    const bob = await signIn(backend.url);
    const theirs = await bob.get(`/api/audit?entity_id=${created.body.data.id}`);
    expect(theirs.body.page.total).toBe(0);
    expect((await new Client(backend.url).get('/api/audit')).status).toBe(401);
    expect((await alice.post('/api/audit', { action: 'x' })).status).toBe(405);
    expect((await alice.get('/api/audit?entity=DROP TABLE')).status).toBe(400);
  });
});
