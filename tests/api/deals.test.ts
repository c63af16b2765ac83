import { beforeAll, describe, expect, inject, it } from 'vitest';
import { todayIn } from '@/lib/time';
import { signIn } from '../helpers/client';
import { awayFromMidnight } from '../helpers/window';
import { allRows, shareWorkspace } from '../helpers/api';

/** The deals pipeline over HTTP on both backends: stages, cards and moves, lost and won, invoices, history, figures, isolation. */

const backends = inject('backends');

type Person = Awaited<ReturnType<typeof signIn>>;

describe.each(backends)('deals API on $name', (backend) => {
  let owner: Person;
  let admin: Person;
  let member: Person;
  let viewer: Person;
  let outsider: Person;
  let contact: string;
  let stages: { id: string; name: string; position: number; probability: number; kind: string }[];
  const stage = (name: string) => stages.find((s) => s.name === name)!.id;

  /** The ids of a column, top to bottom, checking its positions are 0..n-1. */
  async function column(client: Person, stageId: string): Promise<string[]> {
    const rows = await allRows(client, `/api/deals?stage_id=${stageId}`);
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
    return rows.map((r) => r.id);
  }

  beforeAll(async () => {
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => signIn(backend.url)));
    [owner, admin, member, viewer, outsider] = people as [Person, Person, Person, Person, Person];
    const team = await shareWorkspace(owner, [
      [admin, 'admin'],
      [member, 'member'],
      [viewer, 'viewer'],
    ]);
    [owner, admin, member, viewer] = team.clients as [Person, Person, Person, Person];
    contact = (await owner.post('/api/contacts', { first_name: 'Acme', company: 'Acme Ltd' })).body.data.id;
    const listed = await viewer.get('/api/deal-stages');
    expect(listed.status).toBe(200);
    stages = listed.body.data;
  });

  it('gives every workspace the default stages, in order, with the contract fields', async () => {
    expect(stages.map((s) => [s.name, s.position, s.probability, s.kind])).toEqual([
      ['Lead', 0, 10, 'open'],
      ['Qualified', 1, 25, 'open'],
      ['Proposal', 2, 50, 'open'],
      ['Negotiation', 3, 75, 'open'],
      ['Won', 4, 100, 'won'],
      ['Lost', 5, 0, 'lost'],
    ]);
    for (const s of stages) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'name', 'position', 'probability', 'kind']));
    // a personal workspace made at sign-in has them too
    expect((await outsider.get('/api/deal-stages')).body.data).toHaveLength(6);
  });

  it('lets admins manage stages, not members or viewers', async () => {
    for (const who of [member, viewer]) {
      const res = await who.post('/api/deal-stages', { name: 'Nope' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect((await who.put('/api/deal-stages', { stages: [{ id: stage('Lead'), name: 'X' }] })).status).toBe(403);
      expect((await who.delete(`/api/deal-stages/${stage('Lead')}`)).status).toBe(403);
    }
    const created = await admin.post('/api/deal-stages', { name: 'Demo', probability: 40, position: 2 });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ name: 'Demo', position: 2, probability: 40, kind: 'open' });
    const after = (await admin.get('/api/deal-stages')).body.data;
    expect(after.map((s: any) => s.name)).toEqual(['Lead', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect((await admin.delete(`/api/deal-stages/${created.body.data.id}`)).status).toBe(200);
    expect((await admin.get('/api/deal-stages')).body.data.map((s: any) => [s.name, s.position])).toEqual(
      stages.map((s) => [s.name, s.position]),
    );
    // bad input
    expect((await admin.post('/api/deal-stages', { name: 'X', probability: 120 })).status).toBe(400);
    const unknown = await admin.post('/api/deal-stages', { name: 'X', colour: 'red', id: stage('Lead') });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.details)).toEqual(expect.arrayContaining(['colour', 'id']));
    expect((await admin.put('/api/deal-stages', { stages: [{ id: '00000000-0000-4000-8000-000000000000', name: 'X' }] })).status).toBe(422);
  });

  it('creates a deal with defaults, reads, changes and deletes it; checks every reference', async () => {
    const created = await member.post('/api/deals', { title: ' Acme website ', value: 1250.5, contact_id: contact });
    expect(created.status).toBe(201);
    const deal = created.body.data;
    expect(deal).toMatchObject({
      title: 'Acme website',
      contact_id: contact,
      value: '1250.50',
      currency: 'USD',
      stage_id: stage('Lead'),
      expected_close_date: null,
      owner_id: member.user.id,
      lost_reason: null,
      invoice_id: null,
      quote_id: null,
      user_id: member.user.id,
    });
    expect((await viewer.get(`/api/deals/${deal.id}`)).body).toEqual({ data: deal });
    const changed = await member.put(`/api/deals/${deal.id}`, {
      value: '2000',
      expected_close_date: '2027-01-15',
      owner_id: admin.user.id,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ value: '2000.00', expected_close_date: '2027-01-15', owner_id: admin.user.id });

    expect((await viewer.post('/api/deals', { title: 'No' })).status).toBe(403);
    expect((await viewer.put(`/api/deals/${deal.id}`, { title: 'No' })).status).toBe(403);
    const readOnly = await member.put(`/api/deals/${deal.id}`, { invoice_id: deal.id, colour: 'red' });
    expect(readOnly.status).toBe(400);
    expect(Object.keys(readOnly.body.error.details)).toEqual(expect.arrayContaining(['invoice_id', 'colour']));
    expect((await member.post('/api/deals', { title: 'X', value: '1.005' })).status).toBe(400);
    expect((await member.post('/api/deals', { title: 'X', value: -1 })).status).toBe(400);
    // another workspace's contact, stage or person: 422; its deal: 404
    const theirContact = (await outsider.post('/api/contacts', { first_name: 'Theirs' })).body.data.id;
    const theirStage = (await outsider.get('/api/deal-stages')).body.data[0].id;
    expect((await member.post('/api/deals', { title: 'X', contact_id: theirContact })).status).toBe(422);
    expect((await member.post('/api/deals', { title: 'X', stage_id: theirStage })).status).toBe(422);
    const notMember = await member.post('/api/deals', { title: 'X', owner_id: outsider.user.id });
    expect(notMember.status).toBe(422);
    expect(notMember.body.error.details).toHaveProperty('owner_id');
    expect((await outsider.get(`/api/deals/${deal.id}`)).status).toBe(404);
    expect((await outsider.put(`/api/deals/${deal.id}`, { title: 'Mine' })).status).toBe(404);
    expect((await outsider.delete(`/api/deals/${deal.id}`)).status).toBe(404);

    expect((await member.delete(`/api/deals/${deal.id}`)).status).toBe(200);
    expect((await member.get(`/api/deals/${deal.id}`)).status).toBe(404);
  });

  it('moves cards within and across columns, keeping every column dense', async () => {
    const qualified = stage('Qualified');
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) ids.push((await member.post('/api/deals', { title: `Card ${n}`, stage_id: qualified })).body.data.id);
    expect(await column(member, qualified)).toEqual(ids);
    // the last to the top
    expect((await member.put(`/api/deals/${ids[3]}`, { position: 0 })).body.data.position).toBe(0);
    expect(await column(member, qualified)).toEqual([ids[3], ids[0], ids[1], ids[2]]);
    // the top one down to third place
    await member.put(`/api/deals/${ids[3]}`, { position: 2 });
    expect(await column(member, qualified)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
    // across: to the top of Proposal; the column left behind closes up
    const proposal = stage('Proposal');
    const moved = await member.put(`/api/deals/${ids[1]}`, { stage_id: proposal, position: 0 });
    expect(moved.body.data).toMatchObject({ stage_id: proposal, position: 0 });
    expect(await column(member, qualified)).toEqual([ids[0], ids[3], ids[2]]);
    // a position past the end is the bottom
    await member.put(`/api/deals/${ids[0]}`, { stage_id: proposal, position: 99 });
    expect(await column(member, proposal)).toEqual([ids[1], ids[0]]);
    // the history says who moved it, from where, to where
    const events = (await viewer.get(`/api/deals/${ids[1]}/events`)).body.data;
    expect(events.map((e: any) => e.type)).toEqual(['created', 'stage_changed']);
    expect(events[1]).toMatchObject({ from_stage_id: qualified, to_stage_id: proposal, user_id: member.user.id });
    expect(events[1].data).toMatchObject({ from: 'Qualified', to: 'Proposal' });
    // and the board order sorts by stage, then position
    const board = await allRows(member, '/api/deals?q=card');
    expect(board.map((d) => d.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
  });

  it('reorders and renames stages without moving deals; deleting one with deals needs move_to', async () => {
    const deal = (await member.post('/api/deals', { title: 'Stays put', stage_id: stage('Negotiation') })).body.data;
    const reordered = await admin.put('/api/deal-stages', {
      stages: [
        { id: stage('Negotiation'), position: 0, name: 'Talks' },
        { id: stage('Lead'), probability: 5 },
      ],
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.data.map((s: any) => [s.name, s.position])).toEqual([
      ['Talks', 0],
      ['Lead', 1],
      ['Qualified', 2],
      ['Proposal', 3],
      ['Won', 4],
      ['Lost', 5],
    ]);
    expect((await member.get(`/api/deals/${deal.id}`)).body.data).toMatchObject({ stage_id: stage('Negotiation'), position: 0 });
    // one stage by id
    const back = await admin.put(`/api/deal-stages/${stage('Negotiation')}`, { name: 'Negotiation', position: 3 });
    expect(back.body.data).toMatchObject({ name: 'Negotiation', position: 3 });
    expect((await admin.get('/api/deal-stages')).body.data.map((s: any) => s.name)).toEqual(stages.map((s) => s.name));

    // a stage with deals
    const temp = (await admin.post('/api/deal-stages', { name: 'Temp' })).body.data;
    const a = (await member.post('/api/deals', { title: 'Temp A', stage_id: temp.id })).body.data;
    const b = (await member.post('/api/deals', { title: 'Temp B', stage_id: temp.id })).body.data;
    const refused = await admin.delete(`/api/deal-stages/${temp.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect((await admin.delete(`/api/deal-stages/${temp.id}?move_to=${temp.id}`)).status).toBe(422);
    expect((await admin.delete(`/api/deal-stages/${temp.id}?move_to=${stage('Lost')}`)).status).toBe(422);
    expect((await admin.delete(`/api/deal-stages/${temp.id}?move_to=nope`)).status).toBe(400);
    const before = await column(member, stage('Lead'));
    const deleted = await admin.delete(`/api/deal-stages/${temp.id}?move_to=${stage('Lead')}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toMatchObject({ id: temp.id, deleted: true, moved: 2 });
    expect(await column(member, stage('Lead'))).toEqual([...before, a.id, b.id]);
    expect((await admin.get('/api/deal-stages')).body.data.map((s: any) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
    // a stage's kind cannot change under its deals
    expect((await admin.put(`/api/deal-stages/${stage('Negotiation')}`, { kind: 'won' })).status).toBe(409);
  });

  it('asks a reason for a lost deal, nothing for a won one, and invoices a won deal once', async () => {
    const deal = (await member.post('/api/deals', { title: 'Big contract', value: '4800.00', contact_id: contact })).body.data;
    const noReason = await member.put(`/api/deals/${deal.id}`, { stage_id: stage('Lost') });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details).toHaveProperty('lost_reason');
    expect((await member.post('/api/deals', { title: 'Lost at once', stage_id: stage('Lost') })).status).toBe(400);
    const lost = await member.put(`/api/deals/${deal.id}`, { stage_id: stage('Lost'), lost_reason: 'Went with a rival' });
    expect(lost.status).toBe(200);
    expect(lost.body.data.lost_reason).toBe('Went with a rival');
    // not won: no invoice; lost: no quote either
    expect((await member.post(`/api/deals/${deal.id}/invoice`)).status).toBe(409);
    expect((await member.post(`/api/deals/${deal.id}/quote`)).status).toBe(409);
    // won: the reason goes, nothing else is asked
    const won = await member.put(`/api/deals/${deal.id}`, { stage_id: stage('Won') });
    expect(won.status).toBe(200);
    expect(won.body.data.lost_reason).toBeNull();
    expect((await viewer.post(`/api/deals/${deal.id}/invoice`)).status).toBe(403);
    const invoiced = await member.post(`/api/deals/${deal.id}/invoice`);
    expect(invoiced.status).toBe(201);
    expect(invoiced.body.data).toMatchObject({ contact_id: contact, currency: 'USD', status: 'draft', total_amount: '4800.00' });
    expect(invoiced.body.data.items).toHaveLength(1);
    expect(invoiced.body.data.items[0]).toMatchObject({ description: 'Big contract', unit_price: '4800.00', total: '4800.00' });
    expect((await member.get(`/api/deals/${deal.id}`)).body.data.invoice_id).toBe(invoiced.body.data.id);
    const again = await member.post(`/api/deals/${deal.id}/invoice`);
    expect(again.status).toBe(409);
    expect((await member.get(`/api/invoices?limit=200`)).body.data.filter((i: any) => i.id === invoiced.body.data.id)).toHaveLength(1);
    const types = (await member.get(`/api/deals/${deal.id}/events`)).body.data.map((e: any) => e.type);
    expect(types).toEqual(['created', 'stage_changed', 'stage_changed', 'invoiced']);
    // and a quote, once, with the same line
    expect((await viewer.post(`/api/deals/${deal.id}/quote`)).status).toBe(403);
    const quoted = await member.post(`/api/deals/${deal.id}/quote`);
    expect(quoted.status, quoted.text).toBe(201);
    expect(quoted.body.data).toMatchObject({ contact_id: contact, currency: 'USD', status: 'draft', total_amount: '4800.00' });
    expect(quoted.body.data.quote_number).toMatch(/^QUO-/);
    expect((await member.get(`/api/deals/${deal.id}`)).body.data).toMatchObject({
      quote_id: quoted.body.data.id,
      invoice_id: invoiced.body.data.id,
    });
    expect((await member.post(`/api/deals/${deal.id}/quote`)).status).toBe(409);
    const withQuote = (await member.get(`/api/deals/${deal.id}/events`)).body.data.map((e: any) => e.type);
    expect(withQuote).toEqual(['created', 'stage_changed', 'stage_changed', 'invoiced', 'quoted']);
    // the contact's timeline shows the deal's history
    const timeline = await viewer.get(`/api/contacts/${contact}/timeline`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain('Big contract');
  });

  it('keeps every column consistent under concurrent moves', async () => {
    const columns = [stage('Lead'), stage('Qualified'), stage('Proposal')];
    const ids: string[] = [];
    for (let n = 0; n < 9; n++) {
      ids.push((await member.post('/api/deals', { title: `Race ${n}`, stage_id: columns[n % 3] })).body.data.id);
    }
    const counts = async () => Promise.all(columns.map(async (c) => (await column(member, c)).length));
    const totalBefore = (await counts()).reduce((a, b) => a + b, 0);
    const moves = Array.from({ length: 24 }, (_, i) => {
      const who = i % 2 === 0 ? member : admin;
      const id = ids[(i * 5) % ids.length]!;
      const body = i % 3 === 0 ? { position: i % 4 } : { stage_id: columns[i % 3], position: (i * 7) % 5 };
      return who.put(`/api/deals/${id}`, body);
    });
    const results = await Promise.all(moves);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    const after = await Promise.all(columns.map((c) => column(member, c)));
    const all = after.flat();
    expect(all.length).toBe(totalBefore);
    expect(new Set(all).size).toBe(all.length);
    for (const id of ids) expect(all).toContain(id);
  });

  it('filters, totals per stage and currency, exports CSV and forecasts the pipeline', { timeout: 90_000 }, async () => {
    // the pipeline starts at the server's current month (workspace zone, UTC): the deals close this
    // month, so the test must not cross a month's end
    await awayFromMidnight('UTC', 30_000);
    const proposal = stage('Proposal');
    const month = todayIn('UTC').slice(0, 7);
    await member.post('/api/deals', {
      title: 'Euro one',
      value: '100.00',
      currency: 'EUR',
      stage_id: proposal,
      expected_close_date: `${month}-20`,
    });
    await member.post('/api/deals', {
      title: 'Euro two',
      value: '50.25',
      currency: 'EUR',
      stage_id: proposal,
      expected_close_date: `${month}-21`,
    });
    const euros = await member.get(`/api/deals?currency=EUR&stage_id=${proposal}&owner_id=me`);
    expect(euros.body.data.map((d: any) => d.title)).toEqual(['Euro one', 'Euro two']);
    expect(euros.body.page.total).toBe(2);
    expect((await member.get(`/api/deals?contact_id=${contact}&q=big`)).body.data.map((d: any) => d.title)).toEqual(['Big contract']);
    expect((await member.get('/api/deals?colour=red')).status).toBe(400);
    expect((await member.get('/api/deals?kind=maybe')).status).toBe(400);

    const totals = (await viewer.get('/api/deals/totals')).body.data;
    expect(totals.map((t: any) => t.stage_id)).toEqual((await viewer.get('/api/deal-stages')).body.data.map((s: any) => s.id));
    const ofProposal = totals.find((t: any) => t.stage_id === proposal);
    expect(ofProposal.totals).toContainEqual({ currency: 'EUR', amount: '150.25' });

    const csv = await viewer.get(`/api/deals?format=csv&currency=EUR`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split(/\r?\n/)[0]).toContain('title');
    expect(csv.text).toContain('Euro two');
    expect(csv.text).not.toContain('Big contract');

    const pipeline = await viewer.get('/api/dashboard/pipeline');
    expect(pipeline.status).toBe(200);
    expect(pipeline.body.data.months).toHaveLength(12);
    const now = pipeline.body.data.months.find((m: any) => m.month === month);
    // Proposal is 50%: 100.00 → 50.00, 50.25 → 25.13 (each deal to the cent)
    expect(now.totals).toContainEqual({ currency: 'EUR', count: 2, value: '150.25', weighted: '75.13' });
    expect((await viewer.get('/api/dashboard/pipeline?from=2027-05-01&to=2027-01-01')).status).toBe(400);
  });

  it('lets the assistant list, create and move deals, each write waiting for confirmation', async () => {
    const acme = (await member.post('/api/deals', { title: 'Acme rollout', value: '700.00' })).body.data;
    const asked = await member.post('/api/ai/query', { query: 'move the Acme rollout deal to negotiation' });
    expect(asked.status).toBe(200);
    const pending = asked.body.data.pending_action;
    expect(pending).toMatchObject({ tool: 'move_deal', args: { deal_id: acme.id, stage_id: stage('Negotiation') } });
    expect(pending.summary).toContain('Acme rollout');
    // nothing moves before the confirmation
    expect((await member.get(`/api/deals/${acme.id}`)).body.data.stage_id).toBe(stage('Lead'));
    const confirmed = await member.post(`/api/ai/actions/${pending.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect((await member.get(`/api/deals/${acme.id}`)).body.data.stage_id).toBe(stage('Negotiation'));
    // lost: asks why first, proposes with the reason
    expect((await member.post('/api/ai/query', { query: 'move the Acme rollout deal to lost' })).body.data.pending_action).toBeNull();
    const lost = await member.post('/api/ai/query', { query: 'move the Acme rollout deal to lost because of the price' });
    expect(lost.body.data.pending_action).toMatchObject({ tool: 'move_deal', args: { stage_id: stage('Lost'), lost_reason: 'the price' } });
    await member.post(`/api/ai/actions/${lost.body.data.pending_action.id}/reject`);
    // a new deal, proposed
    const created = await member.post('/api/ai/query', { query: 'add a deal Zeta portal worth 2500' });
    expect(created.body.data.pending_action).toMatchObject({ tool: 'create_deal', args: { title: 'Zeta portal' } });
    expect(created.body.data.pending_action.summary).toContain('2,500.00');
    // reading: anyone; proposing: not a viewer
    const listed = await viewer.post('/api/ai/query', { query: 'which deals are in negotiation?' });
    expect(listed.body.data.response).toContain('Acme rollout');
    const viewerMove = await viewer.post('/api/ai/query', { query: 'move the Acme rollout deal to proposal' });
    expect(viewerMove.body.data.pending_action).toBeNull();
  });

  it('keeps another workspace out entirely', async () => {
    expect((await outsider.get('/api/deals')).body.page.total).toBe(0);
    const theirs = (await outsider.post('/api/deals', { title: 'Theirs' })).body.data;
    expect((await member.get(`/api/deals/${theirs.id}`)).status).toBe(404);
    expect((await member.get(`/api/deals/${theirs.id}/events`)).status).toBe(404);
    expect((await member.post(`/api/deals/${theirs.id}/invoice`)).status).toBe(404);
    expect((await member.post(`/api/deals/${theirs.id}/quote`)).status).toBe(404);
    expect((await admin.put(`/api/deal-stages/${theirs.stage_id}`, { name: 'Mine' })).status).toBe(404);
    expect((await admin.delete(`/api/deal-stages/${theirs.stage_id}`)).status).toBe(404);
  });
});
