import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';
import { adminSql, allRows, expectErrorShape, insertInvoice, total } from '../helpers/api';

/**
 * The contact's page as an API: dated notes, one timeline of tasks, notes,
 * invoices and payments (newest first), the summary (next open task, money
 * picture) and the deletion rule, on both backends.
 */

const backends = inject('backends');

describe.each(backends)('contact hub API on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;
  let contact: string;
  let bobContact: string;
  const sql = adminSql(backend);

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    contact = (await alice.post('/api/contacts', { first_name: 'Hub', last_name: 'Person' })).body.data.id;
    bobContact = (await bob.post('/api/contacts', { first_name: 'Not yours' })).body.data.id;
  });

  afterAll(async () => {
    await sql?.end({ timeout: 5 });
  });

  describe('notes', () => {
    it('adds, lists newest first with paging, and deletes notes', async () => {
      const first = await alice.post(`/api/contacts/${contact}/notes`, { body: '  Called about the quote.  ' });
      expect(first.status).toBe(201);
      expect(first.body.data).toMatchObject({ body: 'Called about the quote.', contact_id: contact, user_id: alice.user.id });
      const second = (await alice.post(`/api/contacts/${contact}/notes`, { body: 'Sent the contract.' })).body.data;
      const third = (await alice.post(`/api/contacts/${contact}/notes`, { body: 'Signed!' })).body.data;
      const list = await alice.get(`/api/contacts/${contact}/notes`);
      expect(list.status).toBe(200);
      expect(list.body.data.map((n: any) => n.body)).toEqual(['Signed!', 'Sent the contract.', 'Called about the quote.']);
      expect(list.body.page).toEqual({ limit: 50, next_cursor: null, total: 3, total_exact: true });
      const walked = await allRows(alice, `/api/contacts/${contact}/notes`, 1);
      expect(walked.map((n) => n.id)).toEqual(list.body.data.map((n: any) => n.id));

      expect((await alice.delete(`/api/contacts/${contact}/notes/${second.id}`)).body).toEqual({ data: { id: second.id, deleted: true } });
      expect((await alice.delete(`/api/contacts/${contact}/notes/${second.id}`)).status).toBe(404);
      expect(await total(alice, `/api/contacts/${contact}/notes`)).toBe(2);
      // a note is addressed through its own contact only
      const other = (await alice.post('/api/contacts', { first_name: 'Other' })).body.data.id;
      expect((await alice.delete(`/api/contacts/${other}/notes/${third.id}`)).status).toBe(404);
      expect(await total(alice, `/api/contacts/${contact}/notes`)).toBe(2);
    });

    it('validates notes and writes nothing on bad input', async () => {
      const before = await total(alice, `/api/contacts/${contact}/notes`);
      for (const [body, field] of [
        [{}, 'body'],
        [{ body: '   ' }, 'body'],
        [{ body: 12 }, 'body'],
        [{ body: 'x'.repeat(10001) }, 'body'],
        [{ body: 'ok', created_at: '2020-01-01T00:00:00Z' }, 'created_at'],
        [{ body: 'ok', contact_id: bobContact }, 'contact_id'],
        [{ body: 'ok', pinned: true }, 'pinned'],
      ] as const) {
        const res = await alice.post(`/api/contacts/${contact}/notes`, body);
        expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
        expect(Object.keys(res.body.error.details)).toContain(field);
      }
      expect((await alice.get(`/api/contacts/${contact}/notes?limit=100000`)).status).toBe(400);
      expect((await alice.get(`/api/contacts/${contact}/notes?sort=body`)).status).toBe(400);
      expect(await total(alice, `/api/contacts/${contact}/notes`)).toBe(before);
    });

    it("answers 404 for another user's contact and notes, and writes nothing there", async () => {
      const note = (await bob.post(`/api/contacts/${bobContact}/notes`, { body: 'Bob only' })).body.data;
      const list = await alice.get(`/api/contacts/${bobContact}/notes`);
      expect(list.status).toBe(404);
      expectErrorShape(list.body, 'not_found');
      expect((await alice.post(`/api/contacts/${bobContact}/notes`, { body: 'Intrusion' })).status).toBe(404);
      expect((await alice.delete(`/api/contacts/${bobContact}/notes/${note.id}`)).status).toBe(404);
      expect((await alice.delete(`/api/contacts/${contact}/notes/${note.id}`)).status).toBe(404);
      const bobs = await bob.get(`/api/contacts/${bobContact}/notes`);
      expect(bobs.body.data.map((n: any) => n.body)).toEqual(['Bob only']);
      expect((await alice.get('/api/contacts/not-a-uuid/notes')).status).toBe(404);
      expect((await alice.delete(`/api/contacts/${contact}/notes/nope`)).status).toBe(404);
      expect((await new Client(backend.url).get(`/api/contacts/${contact}/notes`)).status).toBe(401);
    });

    it('removes the notes with their contact', async () => {
      const short = (await alice.post('/api/contacts', { first_name: 'Temporary' })).body.data.id;
      await alice.post(`/api/contacts/${short}/notes`, { body: 'Goes with them' });
      expect((await alice.delete(`/api/contacts/${short}`)).status).toBe(200);
      expect((await alice.get(`/api/contacts/${short}/notes`)).status).toBe(404);
    });
  });

  describe('timeline and summary', () => {
    it('shows tasks and notes newest first, and follows changes', async () => {
      const person = (await alice.post('/api/contacts', { first_name: 'Timeline' })).body.data.id;
      const empty = await alice.get(`/api/contacts/${person}/timeline`);
      expect(empty.body).toEqual({ data: [], page: { limit: 50, next_cursor: null, total: 0, total_exact: true } });

      const task = (
        await alice.post('/api/tasks', { title: 'Send proposal', contact_id: person, priority: 'high', due_date: '2030-01-01T10:00:00Z' })
      ).body.data;
      await new Promise((r) => setTimeout(r, 15));
      const note = (await alice.post(`/api/contacts/${person}/notes`, { body: 'Liked the first draft' })).body.data;
      await alice.post('/api/tasks', { title: 'Unrelated task' });

      const timeline = await alice.get(`/api/contacts/${person}/timeline`);
      expect(timeline.status).toBe(200);
      expect(timeline.body.data.map((e: any) => [e.kind, e.id])).toEqual([
        ['note', note.id],
        ['task', task.id],
      ]);
      expect(timeline.body.data[1]).toEqual({
        kind: 'task',
        id: task.id,
        at: task.created_at,
        user_id: alice.user.id,
        by: 'You',
        data: {
          title: 'Send proposal',
          status: 'pending',
          priority: 'high',
          due_date: '2030-01-01T10:00:00.000Z',
          completed_at: null,
          created_at: task.created_at,
        },
      });
      expect(timeline.body.data[0].data).toEqual({ body: 'Liked the first draft', created_at: note.created_at });

      // completing the task moves it to the top, at the moment it was done
      await new Promise((r) => setTimeout(r, 15));
      const done = (await alice.put(`/api/tasks/${task.id}`, { status: 'completed' })).body.data;
      const after = await alice.get(`/api/contacts/${person}/timeline`);
      expect(after.body.data[0]).toMatchObject({ kind: 'task', id: task.id, at: done.completed_at, data: { status: 'completed' } });

      const summary = await alice.get(`/api/contacts/${person}/summary`);
      expect(summary.body.data).toEqual({
        next_task: null,
        money: [],
        counts: { open_tasks: 0, overdue_tasks: 0, notes: 1, invoices: 0, payments: 0 },
      });
    });

    it('names the next open task: due first, undated last, most important first on a tie', async () => {
      const person = (await alice.post('/api/contacts', { first_name: 'Next' })).body.data.id;
      const mk = (body: object) => alice.post('/api/tasks', { contact_id: person, ...body }).then((r) => r.body.data);
      await mk({ title: 'Undated, high', priority: 'high' });
      await mk({ title: 'Done early', status: 'completed', due_date: '2020-01-01T00:00:00Z' });
      const later = await mk({ title: 'Later', due_date: '2031-05-01T00:00:00Z' });
      const soon = await mk({ title: 'Soon', due_date: '2031-01-01T00:00:00Z', priority: 'low' });
      await mk({ title: 'Soon too, high', due_date: '2031-01-01T00:00:00Z', priority: 'high' });
      await mk({ title: 'Overdue', due_date: '2021-01-01T00:00:00Z', status: 'cancelled' });
      let summary = (await alice.get(`/api/contacts/${person}/summary`)).body.data;
      expect(summary.next_task.title).toBe('Soon too, high');
      expect(summary.counts).toMatchObject({ open_tasks: 4, overdue_tasks: 0 });
      await alice.put(`/api/tasks/${summary.next_task.id}`, { status: 'completed' });
      summary = (await alice.get(`/api/contacts/${person}/summary`)).body.data;
      expect(summary.next_task.id).toBe(soon.id);
      await alice.put(`/api/tasks/${soon.id}`, { status: 'cancelled' });
      expect((await alice.get(`/api/contacts/${person}/summary`)).body.data.next_task.id).toBe(later.id);
      await alice.put(`/api/tasks/${later.id}`, { due_date: '2001-01-01T00:00:00Z' });
      expect((await alice.get(`/api/contacts/${person}/summary`)).body.data.counts.overdue_tasks).toBe(1);
    });

    it('pages through a long timeline exactly once', async () => {
      const person = (await alice.post('/api/contacts', { first_name: 'Busy' })).body.data.id;
      const ids = new Set<string>();
      for (let i = 0; i < 7; i += 1) {
        ids.add((await alice.post(`/api/contacts/${person}/notes`, { body: `Note ${i}` })).body.data.id);
        ids.add((await alice.post('/api/tasks', { title: `Task ${i}`, contact_id: person })).body.data.id);
      }
      const walked = await allRows(alice, `/api/contacts/${person}/timeline`, 4);
      expect(walked).toHaveLength(14);
      expect(new Set(walked.map((e) => e.id))).toEqual(ids);
      const times = walked.map((e) => new Date(e.at).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect((await alice.get(`/api/contacts/${person}/timeline?limit=4`)).body.page.total).toBe(14);
      expect((await alice.get(`/api/contacts/${person}/timeline?limit=0`)).status).toBe(400);
      expect((await alice.get(`/api/contacts/${person}/timeline?kind=note`)).status).toBe(400);
    });

    it("answers 404 for another user's contact", async () => {
      for (const path of [`/api/contacts/${bobContact}/timeline`, `/api/contacts/${bobContact}/summary`]) {
        const res = await alice.get(path);
        expect(res.status, path).toBe(404);
        expect(res.text).not.toContain('Not yours');
      }
      expect((await alice.get('/api/contacts/00000000-0000-4000-8000-000000000000/summary')).status).toBe(404);
    });

    it.runIf(backend.adminUrl)('adds invoices and their payments, and the money picture is exact', async () => {
      const person = (await alice.post('/api/contacts', { first_name: 'Paying', last_name: 'Client' })).body.data.id;
      const elsewhere = (await alice.post('/api/contacts', { first_name: 'Elsewhere' })).body.data.id;
      const a = await insertInvoice(sql!, { user_id: alice.user.id, contact_id: person, total_amount: '0.10', issue_date: '2026-01-05' });
      const b = await insertInvoice(sql!, {
        user_id: alice.user.id,
        contact_id: person,
        total_amount: '0.20',
        issue_date: '2026-02-05',
        due_date: '2026-02-19',
      });
      const c = await insertInvoice(sql!, {
        user_id: alice.user.id,
        contact_id: person,
        status: 'paid',
        total_amount: '1234567.89',
        amount_paid: '1234567.89',
        issue_date: '2026-03-05',
      });
      await insertInvoice(sql!, {
        user_id: alice.user.id,
        contact_id: person,
        status: 'draft',
        total_amount: '500.00',
        issue_date: '2026-04-01',
      });
      await insertInvoice(sql!, {
        user_id: alice.user.id,
        contact_id: person,
        status: 'cancelled',
        total_amount: '70.00',
        issue_date: '2026-04-02',
      });
      await insertInvoice(sql!, { user_id: alice.user.id, contact_id: elsewhere, total_amount: '999.00' });
      await insertInvoice(sql!, {
        user_id: alice.user.id,
        contact_id: person,
        total_amount: '100.00',
        currency: 'EUR',
        issue_date: '2026-01-01',
      });

      const summary = (await alice.get(`/api/contacts/${person}/summary`)).body.data;
      expect(summary.money).toEqual([
        // drafts, cancelled invoices and other contacts' invoices are not owed; b is past due
        { currency: 'USD', invoiced: '1234568.19', paid: '1234567.89', outstanding: '0.30', overdue: '0.20' },
        { currency: 'EUR', invoiced: '100.00', paid: '0.00', outstanding: '100.00', overdue: '0.00' },
      ]);
      expect(summary.counts).toMatchObject({ invoices: 6, payments: 0 });

      const payment = await alice.post('/api/transactions', {
        type: 'income',
        amount: '0.05',
        invoice_id: a.id,
        date: '2026-01-20',
        description: 'First half',
      });
      expect(payment.status).toBe(201);
      await alice.post('/api/transactions', { type: 'income', amount: '5.00', description: 'Not a payment' });
      expect((await alice.get(`/api/contacts/${person}/summary`)).body.data.counts.payments).toBe(1);

      const timeline = (await alice.get(`/api/contacts/${person}/timeline`)).body.data;
      const kinds = timeline.map(
        (e: any) => `${e.kind}:${e.kind === 'invoice' ? e.data.invoice_number : e.kind === 'payment' ? e.data.amount : ''}`,
      );
      expect(kinds.filter((k: string) => k.startsWith('invoice')).length).toBe(6);
      const pay = timeline.find((e: any) => e.kind === 'payment');
      expect(pay).toMatchObject({
        id: payment.body.data.id,
        data: {
          amount: '0.05',
          date: '2026-01-20',
          invoice_id: a.id,
          invoice_number: a.invoice_number,
          currency: 'USD',
          description: 'First half',
        },
      });
      const invoiceC = timeline.find((e: any) => e.id === c.id);
      expect(invoiceC.data).toMatchObject({
        status: 'paid',
        total_amount: '1234567.89',
        amount_paid: '1234567.89',
        issue_date: '2026-03-05',
      });
      // ordered by when things happened: the paid invoice of March before the payment of 20 January
      const order = timeline.map((e: any) => e.id);
      expect(order.indexOf(c.id)).toBeLessThan(order.indexOf(b.id));
      expect(order.indexOf(b.id)).toBeLessThan(order.indexOf(payment.body.data.id));
      expect(order.indexOf(payment.body.data.id)).toBeLessThan(order.indexOf(a.id));
      expect(JSON.stringify(timeline)).not.toContain('Not a payment');

      // the deletion rule (docs/decisions/0007): invoices keep their client
      const refused = await alice.delete(`/api/contacts/${person}`);
      expect(refused.status).toBe(409);
      expectErrorShape(refused.body, 'conflict');
      expect(refused.body.error.message).toMatch(/6 invoices/);
      expect(refused.body.error.message).toMatch(/inactive/);
      expect((await alice.get(`/api/contacts/${person}`)).status).toBe(200);
      expect((await bob.get(`/api/contacts/${person}/timeline`)).status).toBe(404);
    });
  });
});
