import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, signIn } from '../helpers/client';
import { awayFromMidnight } from '../helpers/window';
import { adminSql, allRows, expectErrorShape, shareWorkspace, total } from '../helpers/api';

/** Tasks over HTTP on both backends: CRUD, rules, every filter and sort, assignees in a team, bad input, isolation. */

const backends = inject('backends');

describe.each(backends)('tasks API on $name', (backend) => {
  let alice: Awaited<ReturnType<typeof signIn>>;
  let bob: Awaited<ReturnType<typeof signIn>>;
  let aliceContact: string;
  let bobContact: string;

  beforeAll(async () => {
    alice = await signIn(backend.url);
    bob = await signIn(backend.url);
    aliceContact = (await alice.post('/api/contacts', { first_name: 'Alice Client' })).body.data.id;
    bobContact = (await bob.post('/api/contacts', { first_name: 'Bob Client' })).body.data.id;
  });

  it('creates with defaults, reads, updates partially and deletes', async () => {
    const created = await alice.post('/api/tasks', { title: '  Call the printer ' });
    expect(created.status).toBe(201);
    const task = created.body.data;
    expect(task).toMatchObject({
      title: 'Call the printer',
      status: 'pending',
      priority: 'medium',
      description: null,
      due_date: null,
      due_on: null,
      contact_id: null,
      completed_at: null,
      user_id: alice.user.id,
      workspace_id: alice.user.id,
      // nobody is given a task they did not ask for: unassigned unless a request names someone
      assignee_id: null,
    });
    // `due_on` (a whole due day) was added beside the fields every client already reads; then the workspace and the assignee
    expect(Object.keys(task).sort()).toEqual(
      [
        'id',
        'workspace_id',
        'user_id',
        'assignee_id',
        'contact_id',
        'title',
        'description',
        'due_date',
        'due_on',
        'status',
        'priority',
        'completed_at',
        'created_at',
        'updated_at',
      ].sort(),
    );
    expect((await alice.get(`/api/tasks/${task.id}`)).body).toEqual({ data: task });

    const updated = await alice.put(`/api/tasks/${task.id}`, {
      priority: 'high',
      due_date: '2026-12-01T09:30:00+01:00',
      contact_id: aliceContact,
      description: 'Ask for the proofs',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      title: 'Call the printer',
      priority: 'high',
      due_date: '2026-12-01T08:30:00.000Z',
      due_on: null,
      contact_id: aliceContact,
      description: 'Ask for the proofs',
    });

    const cleared = await alice.put(`/api/tasks/${task.id}`, { due_date: null, contact_id: null, description: '' });
    expect(cleared.body.data).toMatchObject({ due_date: null, due_on: null, contact_id: null, description: null });

    const deleted = await alice.delete(`/api/tasks/${task.id}`);
    expect(deleted.body).toEqual({ data: { id: task.id, deleted: true } });
    expect((await alice.get(`/api/tasks/${task.id}`)).status).toBe(404);
    expect((await alice.delete(`/api/tasks/${task.id}`)).status).toBe(404);
  });

  it('keeps completed_at: set when a task becomes completed, kept while it stays, cleared when reopened', async () => {
    const { body } = await alice.post('/api/tasks', { title: 'Finish it', status: 'completed' });
    const completedAt = body.data.completed_at;
    expect(completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const renamed = await alice.put(`/api/tasks/${body.data.id}`, { title: 'Finished it' });
    expect(renamed.body.data.completed_at).toBe(completedAt);
    const again = await alice.put(`/api/tasks/${body.data.id}`, { status: 'completed' });
    expect(again.body.data.completed_at).toBe(completedAt);
    const reopened = await alice.put(`/api/tasks/${body.data.id}`, { status: 'in_progress' });
    expect(reopened.body.data.completed_at).toBeNull();
    const before = Date.now();
    const done = await alice.put(`/api/tasks/${body.data.id}`, { status: 'completed' });
    expect(new Date(done.body.data.completed_at).getTime()).toBeGreaterThanOrEqual(before - 5000);
    const cancelled = await alice.put(`/api/tasks/${body.data.id}`, { status: 'cancelled' });
    expect(cancelled.body.data.completed_at).toBeNull();
    const readOnly = await alice.put(`/api/tasks/${body.data.id}`, { title: 'x', completed_at: '2020-01-01T00:00:00Z' });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.error.details).toEqual({ completed_at: ['is read-only'] });
  });

  describe('contact_id', () => {
    it("refuses another user's contact (422 naming the field) and writes nothing", async () => {
      const before = await total(alice, '/api/tasks');
      for (const contact_id of [bobContact, '00000000-0000-4000-8000-000000000000']) {
        const res = await alice.post('/api/tasks', { title: 'Sneaky', contact_id });
        expect(res.status).toBe(422);
        expectErrorShape(res.body, 'unprocessable');
        expect(res.body.error.details).toEqual({ contact_id: ['is not one of your contacts'] });
      }
      const mine = (await alice.post('/api/tasks', { title: 'Mine', contact_id: aliceContact })).body.data;
      const update = await alice.put(`/api/tasks/${mine.id}`, { contact_id: bobContact, title: 'Changed' });
      expect(update.status).toBe(422);
      expect((await alice.get(`/api/tasks/${mine.id}`)).body.data).toMatchObject({ contact_id: aliceContact, title: 'Mine' });
      expect(await total(alice, '/api/tasks')).toBe(before + 1);
      const malformed = await alice.post('/api/tasks', { title: 'x', contact_id: 'not-an-id' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.details.contact_id).toBeDefined();
    });

    it('keeps the task without the link when its contact is deleted', async () => {
      const contact = (await alice.post('/api/contacts', { first_name: 'Short-lived' })).body.data.id;
      const task = (await alice.post('/api/tasks', { title: 'About them', contact_id: contact })).body.data;
      expect((await alice.delete(`/api/contacts/${contact}`)).status).toBe(200);
      const after = await alice.get(`/api/tasks/${task.id}`);
      expect(after.body.data).toMatchObject({ title: 'About them', contact_id: null });
    });
  });

  describe('lists', () => {
    let owner: Awaited<ReturnType<typeof signIn>>;
    let contact: string;
    const now = Date.now();
    const iso = (hoursFromNow: number) => new Date(now + hoursFromNow * 3600_000).toISOString();

    beforeAll(async () => {
      owner = await signIn(backend.url);
      contact = (await owner.post('/api/contacts', { first_name: 'Filter Target' })).body.data.id;
      const tasks = [
        { title: 'Overdue high', priority: 'high', due_date: iso(-48) },
        { title: 'Overdue but done', priority: 'high', due_date: iso(-24), status: 'completed' },
        { title: 'Overdue in progress', priority: 'low', due_date: iso(-1), status: 'in_progress', contact_id: contact },
        { title: 'Due soon', priority: 'medium', due_date: iso(5), description: 'Bring the invoice folder' },
        { title: 'Due later', priority: 'low', due_date: iso(24 * 30), contact_id: contact },
        { title: 'No date', priority: 'high' },
        { title: 'Cancelled one', priority: 'medium', due_date: iso(-72), status: 'cancelled' },
        { title: '100% sure_thing', priority: 'low' },
      ];
      for (const t of tasks) expect((await owner.post('/api/tasks', t)).status).toBe(201);
    });

    const titles = async (query: string) => {
      const res = await owner.get(`/api/tasks?${query}`);
      expect(res.status, query).toBe(200);
      expect(res.body.page.total, query).toBe(res.body.data.length);
      return res.body.data.map((t: any) => t.title);
    };

    it('sorts by due date by default, undated last; descending puts undated first', async () => {
      const dated = ['Cancelled one', 'Overdue high', 'Overdue but done', 'Overdue in progress', 'Due soon', 'Due later'];
      const byDefault = await titles('');
      expect(byDefault.slice(0, 6)).toEqual(dated);
      expect(byDefault.slice(6).sort()).toEqual(['100% sure_thing', 'No date']);
      expect(await titles('sort=due_date')).toEqual(byDefault);
      const desc = await titles('sort=-due_date');
      expect(desc.slice(0, 2).sort()).toEqual(['100% sure_thing', 'No date']);
      expect(desc.slice(2)).toEqual([...dated].reverse());
    });

    it('sorts by priority by importance (high > medium > low), not alphabetically', async () => {
      const res = await owner.get('/api/tasks?sort=-priority');
      const priorities = res.body.data.map((t: any) => t.priority);
      expect(priorities).toEqual(['high', 'high', 'high', 'medium', 'medium', 'low', 'low', 'low']);
      const asc = (await owner.get('/api/tasks?sort=priority')).body.data.map((t: any) => t.priority);
      expect(asc).toEqual([...priorities].reverse());
    });

    it('sorts by creation and walks every page once with the cursor', async () => {
      const newest = await titles('sort=-created_at');
      expect(newest[0]).toBe('100% sure_thing');
      expect(newest[newest.length - 1]).toBe('Overdue high');
      for (const sort of ['due_date', '-due_date', 'priority', '-priority', 'created_at', 'title']) {
        const all = await allRows(owner, `/api/tasks?sort=${sort}`, 3);
        expect(
          all.map((t) => t.title),
          sort,
        ).toEqual(await titles(`sort=${sort}`));
      }
    });

    it('filters by status (one or several), priority and contact', async () => {
      expect(await titles('status=completed')).toEqual(['Overdue but done']);
      expect((await titles('status=pending,in_progress')).sort()).toEqual(
        ['Overdue high', 'Overdue in progress', 'Due soon', 'Due later', 'No date', '100% sure_thing'].sort(),
      );
      expect((await titles('priority=high')).sort()).toEqual(['No date', 'Overdue but done', 'Overdue high']);
      expect((await titles(`contact_id=${contact}`)).sort()).toEqual(['Due later', 'Overdue in progress']);
      expect(await titles(`contact_id=${bobContact}`)).toEqual([]);
      expect(await titles(`contact_id=${contact}&status=in_progress`)).toEqual(['Overdue in progress']);
    });

    it('filters overdue: due in the past and still pending or in progress', async () => {
      expect(await titles('overdue=true')).toEqual(['Overdue high', 'Overdue in progress']);
      expect((await titles('overdue=false')).sort()).toEqual(
        ['Overdue but done', 'Due soon', 'Due later', 'No date', 'Cancelled one', '100% sure_thing'].sort(),
      );
      expect(await titles('overdue=true&priority=low')).toEqual(['Overdue in progress']);
    });

    it('filters the due date by range (timestamps, or whole days)', async () => {
      expect(await titles(`from=${encodeURIComponent(iso(0))}`)).toEqual(['Due soon', 'Due later']);
      expect(await titles(`to=${encodeURIComponent(iso(0))}&from=${encodeURIComponent(iso(-30))}`)).toEqual([
        'Overdue but done',
        'Overdue in progress',
      ]);
      const later = new Date(now + 24 * 30 * 3600_000).toISOString().slice(0, 10);
      expect(await titles(`from=${later}&to=${later}`)).toEqual(['Due later']);
    });

    it('searches title and description, case-insensitively, with wildcards taken literally', async () => {
      expect(await titles('q=OVERDUE%20H')).toEqual(['Overdue high']);
      expect(await titles('q=invoice%20folder')).toEqual(['Due soon']);
      expect(await titles('q=%25')).toEqual(['100% sure_thing']);
      expect(await titles('q=e_t')).toEqual(['100% sure_thing']);
      expect(await titles('q=nothing-like-this')).toEqual([]);
    });

    it('exports the same filtered rows as CSV', async () => {
      const res = await owner.get('/api/tasks?format=csv&status=pending,in_progress&sort=-priority&limit=1');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toContain('filename="tasks.csv"');
      const lines = res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'id,title,description,status,priority,due_date,completed_at,contact_id,created_at,updated_at,due_on,assignee_id',
      );
      const json = await owner.get('/api/tasks?status=pending,in_progress&sort=-priority');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(json.body.data.map((t: any) => t.id));
    });
  });

  it.runIf(backend.adminUrl)("reads whole-day ranges in the user's time zone", async () => {
    const user = await signIn(backend.url);
    const sql = adminSql(backend)!;
    try {
      await sql`update workspaces set time_zone = 'America/New_York' where id = ${user.user.id}`;
    } finally {
      await sql.end({ timeout: 5 });
    }
    // 2026-03-10T03:00Z is still 9 March in New York (22:00); 2026-03-10T05:00Z is the 10th there
    await user.post('/api/tasks', { title: 'Late on the 9th', due_date: '2026-03-10T03:00:00Z' });
    await user.post('/api/tasks', { title: 'Early on the 10th', due_date: '2026-03-10T05:00:00Z' });
    const ninth = await user.get('/api/tasks?from=2026-03-09&to=2026-03-09');
    expect(ninth.body.data.map((t: any) => t.title)).toEqual(['Late on the 9th']);
    const tenth = await user.get('/api/tasks?from=2026-03-10&to=2026-03-10');
    expect(tenth.body.data.map((t: any) => t.title)).toEqual(['Early on the 10th']);
  });

  describe('a task due on a day keeps its day (docs/decisions/0090)', () => {
    let user: Awaited<ReturnType<typeof signIn>>;
    const setZone = async (time_zone: string) => {
      const res = await user.put('/api/auth/user', { time_zone });
      expect(res.status, time_zone).toBe(200);
    };
    const todayIn = (timeZone: string, at = new Date()) =>
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
    const shift = (date: string, days: number) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
    };

    beforeAll(async () => {
      user = await signIn(backend.url);
    });

    it('keeps due_on through changes of time zone; due_date follows it, a timed task keeps its moment', async () => {
      await setZone('Europe/Berlin');
      const day = (await user.post('/api/tasks', { title: 'Whole day', due_on: '2026-12-01' })).body.data;
      const timed = (await user.post('/api/tasks', { title: 'At 9:30 Berlin', due_date: '2026-12-01T09:30:00+01:00' })).body.data;
      expect(day).toMatchObject({ due_on: '2026-12-01', due_date: '2026-12-01T22:59:59.999Z' });
      expect(timed).toMatchObject({ due_on: null, due_date: '2026-12-01T08:30:00.000Z' });
      for (const [zone, end] of [
        ['America/Los_Angeles', '2026-12-02T07:59:59.999Z'],
        ['Pacific/Auckland', '2026-12-01T10:59:59.999Z'],
        ['Asia/Kolkata', '2026-12-01T18:29:59.999Z'],
      ] as const) {
        await setZone(zone);
        const again = (await user.get(`/api/tasks/${day.id}`)).body.data;
        expect(again, zone).toMatchObject({ due_on: '2026-12-01', due_date: end, updated_at: day.updated_at });
        expect((await user.get(`/api/tasks/${timed.id}`)).body.data.due_date, zone).toBe('2026-12-01T08:30:00.000Z');
        const listed = await user.get('/api/tasks?from=2026-12-01&to=2026-12-01');
        expect(
          listed.body.data.map((t: any) => t.title),
          zone,
        ).toContain('Whole day');
      }
    });

    it('ends a whole day at midnight there, across daylight saving changes', async () => {
      for (const [zone, day, end] of [
        ['Europe/Berlin', '2026-03-29', '2026-03-29T21:59:59.999Z'],
        ['Europe/Berlin', '2026-10-25', '2026-10-25T22:59:59.999Z'],
        ['America/New_York', '2026-03-08', '2026-03-09T03:59:59.999Z'],
        ['America/New_York', '2026-11-01', '2026-11-02T04:59:59.999Z'],
      ] as const) {
        await setZone(zone);
        const task = (await user.post('/api/tasks', { title: `DST ${day}`, due_on: day })).body.data;
        expect(task.due_date, `${zone} ${day}`).toBe(end);
      }
    });

    it('switches between a day and a moment with PUT, and clears either way', async () => {
      await setZone('UTC');
      const task = (await user.post('/api/tasks', { title: 'Switching', due_on: '2026-06-01' })).body.data;
      const timed = await user.put(`/api/tasks/${task.id}`, { due_date: '2026-06-01T15:00:00Z' });
      expect(timed.body.data).toMatchObject({ due_on: null, due_date: '2026-06-01T15:00:00.000Z' });
      const back = await user.put(`/api/tasks/${task.id}`, { due_on: '2026-06-02', due_date: null });
      expect(back.body.data).toMatchObject({ due_on: '2026-06-02', due_date: '2026-06-02T23:59:59.999Z' });
      const cleared = await user.put(`/api/tasks/${task.id}`, { due_on: null });
      expect(cleared.body.data).toMatchObject({ due_on: null, due_date: null });
    });

    it("counts a whole-day task overdue once that day is over in the user's zone, in zones on both sides of UTC", async () => {
      for (const zone of ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata']) {
        const someone = await signIn(backend.url);
        expect((await someone.put('/api/auth/user', { time_zone: zone })).status).toBe(200);
        // the server reads "today" in the zone at each request: not across its midnight
        await awayFromMidnight(zone, 20_000);
        const today = todayIn(zone);
        for (const [title, due_on] of [
          ['yesterday', shift(today, -1)],
          ['today', today],
          ['tomorrow', shift(today, 1)],
        ]) {
          expect((await someone.post('/api/tasks', { title, due_on })).status).toBe(201);
        }
        const titles = async (query: string) => (await someone.get(`/api/tasks?sort=due_date&${query}`)).body.data.map((t: any) => t.title);
        expect(await titles('overdue=true'), zone).toEqual(['yesterday']);
        expect(await titles(`status=pending,in_progress&from=${today}&to=${today}`), zone).toEqual(['today']);
        const stats = (await someone.get('/api/dashboard/stats')).body.data;
        expect(stats.tasks, zone).toMatchObject({ open: 3, overdue: 1, due_today: 1 });
      }
    }, 90_000);

    it('tells a client that sends a bare day in due_date to use due_on', async () => {
      const res = await user.post('/api/tasks', { title: 'Bare day', due_date: '2026-12-01' });
      expect(res.status).toBe(400);
      expect(res.body.error.details.due_date[0]).toMatch(/due_on/);
    });
  });

  describe('bad input gets a 4xx naming the field and writes nothing', () => {
    it('rejects bad bodies', async () => {
      const before = await total(alice, '/api/tasks');
      const cases: [unknown, string][] = [
        [{}, 'title'],
        [{ title: '' }, 'title'],
        [{ title: 42 }, 'title'],
        [{ title: 'x'.repeat(501) }, 'title'],
        [{ title: 'ok', description: 'x'.repeat(10001) }, 'description'],
        [{ title: 'ok', status: 'done' }, 'status'],
        [{ title: 'ok', priority: 'urgent' }, 'priority'],
        [{ title: 'ok', priority: 3 }, 'priority'],
        [{ title: 'ok', due_date: '2025-02-30T10:00:00Z' }, 'due_date'],
        [{ title: 'ok', due_date: '2026-12-01' }, 'due_date'],
        [{ title: 'ok', due_date: '2026-12-01T10:00:00' }, 'due_date'],
        [{ title: 'ok', due_date: 1764583200000 }, 'due_date'],
        [{ title: 'ok', due_date: '9999-01-01T00:00:00Z' }, 'due_date'],
        [{ title: 'ok', due_on: '2026-02-29' }, 'due_on'],
        [{ title: 'ok', due_on: '2026-12-01T10:00:00Z' }, 'due_on'],
        [{ title: 'ok', due_on: 20261201 }, 'due_on'],
        [{ title: 'ok', due_on: '2026-12-01', due_date: '2026-12-01T10:00:00Z' }, 'due_on'],
        [{ title: 'ok', contact_id: 12 }, 'contact_id'],
        [{ title: 'ok', assignee: 'me' }, 'assignee'],
        [{ title: 'ok', id: '00000000-0000-4000-8000-000000000000' }, 'id'],
        [{ title: 'ok', user_id: bob.user.id }, 'user_id'],
        [{ title: 'ok', completed_at: null }, 'completed_at'],
      ];
      for (const [body, field] of cases) {
        const res = await alice.post('/api/tasks', body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(Object.keys(res.body.error.details), JSON.stringify(body).slice(0, 80)).toContain(field);
      }
      const huge = await alice.post('/api/tasks', { title: 'x'.repeat(200 * 1024) });
      expect(huge.status).toBe(413);
      const notJson = await alice.post('/api/tasks', 'title=x', { 'content-type': 'text/plain' });
      expect(notJson.status).toBe(415);
      const broken = await alice.post('/api/tasks', '{"title": ');
      expect(broken.status).toBe(400);
      expect(await total(alice, '/api/tasks')).toBe(before);
    });

    it('rejects bad updates and leaves the task unchanged', async () => {
      const task = (await alice.post('/api/tasks', { title: 'Stable', priority: 'low' })).body.data;
      for (const body of [
        {},
        { priority: 'urgent' },
        { title: null },
        { due_date: '2026-13-01T00:00:00Z' },
        { due_on: '2026-13-01' },
        { due_on: '2026-12-01', due_date: '2026-12-01T10:00:00Z' },
        { status: 'completed', extra: 1 },
      ]) {
        const res = await alice.put(`/api/tasks/${task.id}`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
      expect((await alice.get(`/api/tasks/${task.id}`)).body.data).toEqual(task);
    });

    it('rejects bad query parameters, naming each', async () => {
      const cases: [string, string[]][] = [
        ['limit=100000', ['limit']],
        ['limit=0', ['limit']],
        ['sort=priority_rank', ['sort']],
        ['status=done', ['status']],
        ['status=pending,', ['status']],
        ['priority=urgent', ['priority']],
        ['contact_id=nope', ['contact_id']],
        ['from=2025-02-30', ['from']],
        ['to=yesterday', ['to']],
        ['from=2026-02-01&to=2026-01-01', ['from']],
        ['overdue=yes', ['overdue']],
        ['format=xlsx', ['format']],
        ['q=' + 'x'.repeat(201), ['q']],
        ['cursor=abc', ['cursor']],
        ['owner=me', ['owner']],
        ['assignee_id=someone', ['assignee_id']],
        ['assignee_id=', ['assignee_id']],
        ['mine=yes', ['mine']],
        [`mine=true&assignee_id=${bob.user.id}`, ['mine']],
        ['user_id=none', ['user_id']],
        ['user_id=12', ['user_id']],
      ];
      for (const [query, fields] of cases) {
        const res = await alice.get(`/api/tasks?${query}`);
        expect(res.status, query).toBe(400);
        expectErrorShape(res.body, 'validation_failed');
        expect(Object.keys(res.body.error.details).sort(), query).toEqual(fields);
      }
      const otherSortCursor = (await alice.get('/api/tasks?limit=1&sort=-priority')).body.page.next_cursor;
      if (otherSortCursor) {
        const mismatched = await alice.get(`/api/tasks?limit=1&sort=due_date&cursor=${otherSortCursor}`);
        expect(mismatched.status).toBeLessThan(500);
      }
    });
  });

  describe('assignees, in a workspace shared by a team', () => {
    let owner: Awaited<ReturnType<typeof signIn>>;
    let sam: Awaited<ReturnType<typeof signIn>>;
    let vera: Awaited<ReturnType<typeof signIn>>;
    let workspace: string;

    beforeAll(async () => {
      const team = await shareWorkspace(await signIn(backend.url), [
        [await signIn(backend.url), 'member'],
        [await signIn(backend.url), 'viewer'],
      ]);
      workspace = team.id;
      [owner, sam, vera] = team.clients as [typeof owner, typeof sam, typeof vera];
    });

    it('assigns to a member on create and update, refuses anyone else (422 naming assignee_id) and unassigns with null', async () => {
      const created = await owner.post('/api/tasks', { title: 'Renew the domain', assignee_id: sam.user.id });
      expect(created.status).toBe(201);
      expect(created.body.data).toMatchObject({ workspace_id: workspace, user_id: owner.user.id, assignee_id: sam.user.id });
      expect((await sam.get(`/api/tasks/${created.body.data.id}`)).body.data.assignee_id).toBe(sam.user.id);

      for (const outsider of [alice.user.id, '00000000-0000-4000-8000-000000000000']) {
        const refused = await owner.post('/api/tasks', { title: 'Sneaky', assignee_id: outsider });
        expect(refused.status).toBe(422);
        expectErrorShape(refused.body, 'unprocessable');
        expect(refused.body.error.details).toEqual({ assignee_id: ['is not a member of this workspace'] });
        const update = await owner.put(`/api/tasks/${created.body.data.id}`, { assignee_id: outsider });
        expect(update.status).toBe(422);
        expect(update.body.error.details).toEqual({ assignee_id: ['is not a member of this workspace'] });
      }
      expect((await owner.post('/api/tasks', { title: 'x', assignee_id: 'sam' })).status).toBe(400);
      // alice is not in this workspace: in her own one, the team's members are strangers too
      expect((await alice.post('/api/tasks', { title: 'x', assignee_id: sam.user.id })).status).toBe(422);

      const reassigned = await sam.put(`/api/tasks/${created.body.data.id}`, { assignee_id: owner.user.id });
      expect(reassigned.body.data.assignee_id).toBe(owner.user.id);
      const cleared = await sam.put(`/api/tasks/${created.body.data.id}`, { assignee_id: null });
      expect(cleared.body.data).toMatchObject({ assignee_id: null, title: 'Renew the domain' });
      // a viewer may read them, not change them
      expect((await vera.post('/api/tasks', { title: 'Viewer task' })).status).toBe(403);
      expect((await vera.put(`/api/tasks/${created.body.data.id}`, { assignee_id: vera.user.id })).status).toBe(403);
    });

    it('lists by assignee (a member, me, none), mine=true and creator, and exports what it lists', async () => {
      for (const [client, title, assignee_id] of [
        [owner, 'Owner for Sam', sam.user.id],
        [owner, 'Owner for herself', owner.user.id],
        [sam, 'Sam for Sam', sam.user.id],
        [sam, 'Sam for nobody', null],
        [owner, 'Owner for the viewer', vera.user.id],
      ] as const) {
        expect((await client.post('/api/tasks', { title, assignee_id, priority: 'high' })).status).toBe(201);
      }
      const titles = async (client: typeof owner, query: string) => {
        const res = await client.get(`/api/tasks?priority=high&sort=title&${query}`);
        expect(res.status, query).toBe(200);
        expect(res.body.page.total, query).toBe(res.body.data.length);
        return res.body.data.map((t: any) => t.title);
      };
      expect(await titles(sam, 'mine=true')).toEqual(['Owner for Sam', 'Sam for Sam']);
      expect(await titles(sam, 'assignee_id=me')).toEqual(['Owner for Sam', 'Sam for Sam']);
      expect(await titles(owner, 'mine=true&assignee_id=me')).toEqual(['Owner for herself']);
      expect(await titles(vera, `assignee_id=${sam.user.id.toUpperCase()}`)).toEqual(['Owner for Sam', 'Sam for Sam']);
      expect(await titles(owner, 'assignee_id=none')).toEqual(['Sam for nobody']);
      expect(await titles(owner, 'mine=false')).toHaveLength(5);
      expect(await titles(owner, 'user_id=me')).toEqual(['Owner for herself', 'Owner for Sam', 'Owner for the viewer']);
      expect(await titles(owner, `user_id=${sam.user.id}`)).toEqual(['Sam for nobody', 'Sam for Sam']);
      expect(await titles(owner, `user_id=${sam.user.id}&assignee_id=none`)).toEqual(['Sam for nobody']);
      expect(await titles(vera, 'user_id=me')).toEqual([]);

      const csv = await sam.get('/api/tasks?priority=high&sort=title&mine=true&format=csv');
      expect(csv.status).toBe(200);
      const [header, ...rows] = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const column = header!.split(',').indexOf('assignee_id');
      expect(rows.map((r) => r.split(',')[1])).toEqual(['Owner for Sam', 'Sam for Sam']);
      expect(rows.map((r) => r.split(',')[column])).toEqual([sam.user.id, sam.user.id]);
    });

    it('takes a removed member off their tasks, and out of the workspace on their next request', async () => {
      const task = (await owner.post('/api/tasks', { title: 'Leaves with them', assignee_id: vera.user.id })).body.data;
      expect((await vera.get(`/api/tasks/${task.id}`)).status).toBe(200);
      expect((await owner.delete(`/api/workspaces/${workspace}/members/${vera.user.id}`)).status).toBe(200);
      expect((await vera.get(`/api/tasks/${task.id}`)).status).toBe(404);
      expect((await vera.get('/api/tasks')).status).toBe(404);
      expect((await owner.get(`/api/tasks/${task.id}`)).body.data.assignee_id).toBeNull();
      expect((await owner.post('/api/tasks', { title: 'x', assignee_id: vera.user.id })).status).toBe(422);
    });
  });

  describe('tenants are sealed', () => {
    it("answers 404 for another user's task on every method and leaves it unchanged", async () => {
      const task = (await alice.post('/api/tasks', { title: 'Private plan' })).body.data;
      expect((await bob.get(`/api/tasks/${task.id}`)).status).toBe(404);
      const put = await bob.put(`/api/tasks/${task.id}`, { title: 'Hijacked' });
      expect(put.status).toBe(404);
      expectErrorShape(put.body, 'not_found');
      expect((await bob.delete(`/api/tasks/${task.id}`)).status).toBe(404);
      expect((await alice.get(`/api/tasks/${task.id}`)).body.data.title).toBe('Private plan');
      expect((await bob.get('/api/tasks?q=private')).body.page.total).toBe(0);
      expect((await bob.get('/api/tasks?format=csv')).text).not.toContain('Private plan');
    });

    it('answers 401 without a session', async () => {
      const anon = new Client(backend.url);
      for (const [method, path] of [
        ['GET', '/api/tasks'],
        ['POST', '/api/tasks'],
        ['GET', '/api/tasks/00000000-0000-4000-8000-000000000000'],
        ['PUT', '/api/tasks/00000000-0000-4000-8000-000000000000'],
        ['DELETE', '/api/tasks/00000000-0000-4000-8000-000000000000'],
      ] as const) {
        const res = await anon.request(method, path, method === 'POST' || method === 'PUT' ? { title: 'x' } : undefined);
        expect(res.status, `${method} ${path}`).toBe(401);
      }
      expect((await alice.request('PATCH', '/api/tasks', { title: 'x' })).status).toBe(405);
      expect((await alice.get('/api/tasks/not-a-uuid')).status).toBe(404);
    });
  });
});
