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
    expect(actions).toContain('insert workspaces');
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

  it('shows one edit of an invoice as one entry, in plain words, on the profile and the invoice', async () => {
    const alice = await signIn(backend.url);
    const contact = await alice.post('/api/contacts', { first_name: 'Priced', last_name: 'Client' });
    const line = (unit_price: string) => ({ description: 'Design work', quantity: 1, unit_price, tax_rate: '19' });
    const created = await alice.post('/api/invoices', { contact_id: contact.body.data.id, currency: 'EUR', items: [line('1200.00')] });
    expect(created.status, created.text).toBe(201);
    const id = created.body.data.id;
    const edited = await alice.put(`/api/invoices/${id}`, { items: [line('2400.00')] });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.data.total_amount).toBe('2856.00');

    // the API keeps every row the database recorded (the lines replaced, the totals recomputed)
    const raw = await alice.get('/api/audit?limit=20');
    const itemRows = raw.body.data.filter((e: any) => e.entity === 'invoice_items');
    expect(itemRows.length).toBeGreaterThanOrEqual(3);

    // a person reads one entry for the one save
    const page = async (path: string) => {
      const res = await fetch(`${backend.url}${path}`, {
        headers: { cookie: `__session=${alice.token}; __client_uat=1; __clerk_db_jwt=local`, accept: 'text/html' },
      });
      expect(res.status, path).toBe(200);
      return res.text();
    };
    const sentence = 'Changed the price of “Design work” from €1,200.00 to €2,400.00; total now €2,856.00';
    const profile = await page('/profile');
    expect(profile).toContain('Changed invoice INV-');
    expect(profile).toContain(sentence);
    // not the recomputed totals field by field, nor their JSON
    expect(profile).not.toMatch(/total amount|subtotal:|taxes:|&quot;base&quot;/);
    const invoice = await page(`/invoices/${id}`);
    expect(invoice).toContain(sentence);
  });
});
