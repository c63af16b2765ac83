import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../helpers/client';
import { expectErrorShape, shareWorkspace } from '../helpers/api';

/**
 * Working together over HTTP on both backends: lists filtered by who made the
 * rows (also as CSV), a contact's timeline saying who did what, a viewer's
 * assistant that proposes nothing, a role read again at confirm time, and a
 * removed member gone on their next request. Tasks' assignees: tasks.test.ts.
 */

const backends = inject('backends');

const VIEW_ONLY = 'You can view this workspace but not change it';

describe.each(backends)('working together on $name', (backend) => {
  type Person = Awaited<ReturnType<typeof signIn>>;
  let owner: Person;
  let sam: Person;
  let vera: Person;
  let workspace: string;

  beforeAll(async () => {
    const team = await shareWorkspace(await signIn(backend.url), [
      [await signIn(backend.url), 'member'],
      [await signIn(backend.url), 'viewer'],
    ]);
    workspace = team.id;
    [owner, sam, vera] = team.clients as [Person, Person, Person];
  });

  const csvColumn = (text: string, column: string) => {
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const at = header!.split(',').indexOf(column);
    return rows.map((r) => r.split(',')[at]);
  };

  it('lists contacts, invoices and transactions by creator (user_id=<uuid>|me), in JSON and CSV', async () => {
    const ownersContact = (await owner.post('/api/contacts', { first_name: 'Olivia’s', last_name: 'Client' })).body.data;
    const samsContact = (await sam.post('/api/contacts', { first_name: 'Sam’s', last_name: 'Client' })).body.data;
    expect(samsContact).toMatchObject({ workspace_id: workspace, user_id: sam.user.id });
    const ids = async (client: Person, path: string) => {
      const res = await client.get(path);
      expect(res.status, path).toBe(200);
      return res.body.data.map((row: any) => row.id);
    };
    expect(await ids(owner, '/api/contacts?user_id=me')).toEqual([ownersContact.id]);
    expect(await ids(owner, `/api/contacts?user_id=${sam.user.id}`)).toEqual([samsContact.id]);
    expect(await ids(vera, `/api/contacts?user_id=${sam.user.id.toUpperCase()}`)).toEqual([samsContact.id]);
    expect(await ids(vera, '/api/contacts?user_id=me')).toEqual([]);
    expect(csvColumn((await owner.get(`/api/contacts?user_id=${sam.user.id}&format=csv`)).text, 'id')).toEqual([samsContact.id]);

    const invoice = async (client: Person) => {
      const res = await client.post('/api/invoices', {
        contact_id: samsContact.id,
        items: [{ description: 'Work', quantity: 1, unit_price: '100.00' }],
      });
      expect(res.status, res.text).toBe(201);
      return res.body.data.id;
    };
    const ownersInvoice = await invoice(owner);
    const samsInvoice = await invoice(sam);
    expect(await ids(sam, '/api/invoices?user_id=me')).toEqual([samsInvoice]);
    expect(await ids(sam, `/api/invoices?user_id=${owner.user.id}`)).toEqual([ownersInvoice]);
    expect(csvColumn((await owner.get('/api/invoices?user_id=me&format=csv')).text, 'id')).toEqual([ownersInvoice]);

    expect((await owner.post('/api/transactions', { type: 'expense', amount: '10.00', category: 'Team' })).status).toBe(201);
    expect((await sam.post('/api/transactions', { type: 'expense', amount: '2.50', category: 'Team' })).status).toBe(201);
    const samsMoney = await owner.get(`/api/transactions?user_id=${sam.user.id}`);
    expect(samsMoney.body.data.map((t: any) => t.amount)).toEqual(['2.50']);
    // the totals are of the filtered rows, not of the whole workspace
    expect(samsMoney.body.totals).toEqual({ income: '0.00', expense: '2.50', net: '-2.50' });
    expect((await owner.get('/api/transactions?category=Team')).body.totals.expense).toBe('12.50');
    expect(csvColumn((await sam.get('/api/transactions?user_id=me&format=csv')).text, 'amount')).toEqual(['2.50']);
  });

  it('refuses a creator filter that is not a person or me (400 naming user_id)', async () => {
    for (const path of ['/api/contacts', '/api/invoices', '/api/transactions', '/api/tasks']) {
      for (const value of ['none', 'someone', '12', '']) {
        const res = await owner.get(`${path}?user_id=${value}`);
        expect(res.status, `${path} ${value}`).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(res.body.error.details, `${path} ${value}`).toEqual({ user_id: ['must be a user id (UUID) or me'] });
      }
    }
  });

  it('says who made each entry of a contact timeline: You, or the teammate', async () => {
    const contact = (await owner.post('/api/contacts', { first_name: 'Grace', last_name: 'Hopper' })).body.data.id;
    expect((await owner.post(`/api/contacts/${contact}/notes`, { body: 'Met at the fair' })).status).toBe(201);
    expect((await sam.post(`/api/contacts/${contact}/notes`, { body: 'Sent the brochure' })).status).toBe(201);
    expect((await sam.post('/api/tasks', { title: 'Call Grace', contact_id: contact })).status).toBe(201);
    const by = async (client: Person) =>
      Object.fromEntries(
        (await client.get(`/api/contacts/${contact}/timeline`)).body.data.map((e: any) => [
          e.kind === 'note' ? e.data.body : e.kind,
          [e.by, e.user_id],
        ]),
      );
    expect(await by(owner)).toEqual({
      'Met at the fair': ['You', owner.user.id],
      'Sent the brochure': ['Test User', sam.user.id],
      task: ['Test User', sam.user.id],
    });
    expect(await by(sam)).toMatchObject({ 'Met at the fair': ['Test User', owner.user.id], 'Sent the brochure': ['You', sam.user.id] });
  });

  it("gives a viewer's assistant no way to change anything, and checks the role again at confirm time", async () => {
    const asked = await vera.post('/api/ai/query', { query: 'remind me to call the printer tomorrow' });
    expect(asked.status).toBe(200);
    expect(asked.body.data.response).toContain(VIEW_ONLY);
    expect(asked.body.data.pending_action).toBeNull();
    expect((await vera.post('/api/ai/query', { query: 'what is due today?' })).status).toBe(200);

    const proposed = await sam.post('/api/ai/query', { query: 'remind me to water the plants' });
    const pending = proposed.body.data.pending_action;
    expect(pending).toMatchObject({ tool: 'create_task' });
    expect((await owner.put(`/api/workspaces/${workspace}/members/${sam.user.id}`, { role: 'viewer' })).status).toBe(200);
    const refused = await sam.post(`/api/ai/actions/${pending.id}/confirm`);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body, 'forbidden');
    expect((await owner.get('/api/tasks?q=water%20the%20plants')).body.page.total).toBe(0);
    // dropping it changes nothing in the workspace: a viewer may
    expect((await sam.post(`/api/ai/actions/${pending.id}/reject`)).status).toBe(200);
    expect((await owner.put(`/api/workspaces/${workspace}/members/${sam.user.id}`, { role: 'member' })).status).toBe(200);
  });

  it('shuts a removed member out on their next request; their entries stay, by a former member', async () => {
    const contact = (await sam.post('/api/contacts', { first_name: 'Kept' })).body.data.id;
    await sam.post(`/api/contacts/${contact}/notes`, { body: 'Written by Sam' });
    expect((await sam.get('/api/contacts?user_id=me')).status).toBe(200);
    expect((await owner.delete(`/api/workspaces/${workspace}/members/${sam.user.id}`)).status).toBe(200);
    expect((await sam.get('/api/contacts?user_id=me')).status).toBe(404);
    expect((await sam.get(`/api/contacts/${contact}`)).status).toBe(404);
    const timeline = (await owner.get(`/api/contacts/${contact}/timeline`)).body.data;
    expect(timeline.map((e: any) => [e.data.body, e.by])).toEqual([['Written by Sam', 'A former member']]);
    expect((await owner.get(`/api/contacts?user_id=${sam.user.id}`)).body.data.map((c: any) => c.first_name)).toContain('Kept');
  });
});
