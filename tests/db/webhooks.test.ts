import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';

/**
 * The webhook outbox at the SQL level (docs/decisions/0135-webhook-outbox-triggers.md):
 * events are written at commit by the capture triggers, only for workspaces
 * with an endpoint subscribed to the type; a rolled-back change writes none;
 * sessions other than admins see nothing; the worker's functions claim and
 * record attempts as `ledgerly_system`.
 */

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;

async function seed(q: Query, sub: string) {
  const [user] = await q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [sub, `${sub}@example.com`]);
  return user!.id as string;
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'webhooks')],
  ['pglite', pgliteBackend],
] as const)('webhook outbox on %s', (_name, make) => {
  let db: SqlBackend;
  const A = { sub: 'wh_user_a' };
  const B = { sub: 'wh_user_b' };
  let a: string;
  let b: string;
  let endpoint: string;

  beforeAll(async () => {
    db = await make();
    a = await db.as(A, (q) => seed(q, A.sub));
    b = await db.as(B, (q) => seed(q, B.sub));
  });
  afterAll(async () => {
    await db?.close();
  });

  const events = (ws: string) => db.admin(`select type, payload from webhook_events where workspace_id = $1 order by created_at, id`, [ws]);

  it('writes nothing while no endpoint is subscribed', async () => {
    await db.as(A, (q) => q(`insert into contacts (workspace_id, first_name) values ($1, 'Before')`, [a]));
    expect(await events(a)).toEqual([]);
  });

  it('writes the event and one delivery per subscribed endpoint at commit, with money as strings', async () => {
    const [row] = await db.as(A, (q) =>
      q(`insert into webhook_endpoints (workspace_id, url, events, secret) values ($1, 'https://example.com/hook', $2, $3) returning id`, [
        a,
        ['contact.created', 'invoice.created', 'deal.stage_changed'],
        SECRET,
      ]),
    );
    endpoint = row!.id;
    const contact = await db.as(A, async (q) => {
      const [c] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'Ada') returning id`, [a]);
      await q(`insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, 'INV-1', current_date + 14)`, [
        a,
        c!.id,
      ]);
      return c!.id as string;
    });
    const rows = await events(a);
    rows.sort((x, y) => x.type.localeCompare(y.type));
    expect(rows.map((r) => r.type)).toEqual(['contact.created', 'invoice.created']);
    expect(rows[0]!.payload).toMatchObject({ id: contact, first_name: 'Ada' });
    expect(rows[1]!.payload).toMatchObject({ invoice_number: 'INV-1', total_amount: '0.00', contact_id: contact });
    const deliveries = await db.admin(`select endpoint_id, status, attempts from webhook_deliveries where workspace_id = $1`, [a]);
    expect(deliveries).toEqual([
      { endpoint_id: endpoint, status: 'pending', attempts: 0 },
      { endpoint_id: endpoint, status: 'pending', attempts: 0 },
    ]);
  });

  it('writes nothing for a change that rolls back after the row was inserted', async () => {
    const before = (await events(a)).length;
    await expect(
      db.as(A, async (q) => {
        await q(`insert into contacts (workspace_id, first_name) values ($1, 'Ghost')`, [a]);
        await q(`select 1/0`);
      }),
    ).rejects.toThrow();
    expect((await events(a)).length).toBe(before);
  });

  it('shows endpoints, events and deliveries to admins only, and lets no session write the outbox', async () => {
    expect(await db.as(B, (q) => q(`select id from webhook_endpoints`))).toEqual([]);
    expect(await db.as(B, (q) => q(`select id from webhook_events`))).toEqual([]);
    // a member of A's workspace sees none of it
    await db.admin(`insert into workspace_members (workspace_id, user_id, role) values ($1, $2, 'member')`, [a, b]);
    const asMember = (sql: string) =>
      db.as({ ...B }, async (q) => {
        await q(`select set_config('request.workspace_id', $1, true)`, [a]);
        return q(sql);
      });
    expect(await asMember(`select id from webhook_endpoints`)).toEqual([]);
    expect(await asMember(`select id from webhook_deliveries`)).toEqual([]);
    await expect(
      db.as(A, (q) => q(`insert into webhook_events (workspace_id, type, payload) values ($1, 'contact.created', '{}')`, [a])),
    ).rejects.toThrow(/permission denied/);
    await expect(db.as(A, (q) => q(`update webhook_deliveries set status = 'succeeded'`))).rejects.toThrow(/permission denied/);
  });

  it('claims due deliveries as the system role and records attempts, fenced by attempt number', async () => {
    const claimed = await db.as(null, (q) => q(`select * from app.webhook_claim(10, 60)`), 'ledgerly_system');
    expect(claimed.length).toBe(2);
    expect(claimed[0]).toMatchObject({ attempt: 1, url: 'https://example.com/hook', secret: SECRET });
    // claimed: not due again until the lease is over
    expect(await db.as(null, (q) => q(`select * from app.webhook_claim(10, 60)`), 'ledgerly_system')).toEqual([]);
    const [first, second] = claimed;
    await db.as(
      null,
      (q) => q(`select * from app.webhook_record($1, 1, true, 200, 12, null, 'ok', null)`, [first!.delivery_id]),
      'ledgerly_system',
    );
    // a stale attempt number changes nothing
    await db.as(
      null,
      (q) => q(`select * from app.webhook_record($1, 7, true, 200, 12, null, 'ok', null)`, [second!.delivery_id]),
      'ledgerly_system',
    );
    const [disabled] = await db.as(
      null,
      (q) => q(`select * from app.webhook_record($1, 1, false, 500, 30, 'HTTP 500', 'boom', null)`, [second!.delivery_id]),
      'ledgerly_system',
    );
    expect(disabled).toMatchObject({ disabled: true, endpoint_id: endpoint, admin_emails: [`${A.sub}@example.com`] });
    const rows = await db.admin(`select status, attempt_log from webhook_deliveries where workspace_id = $1 order by status desc`, [a]);
    expect(rows.map((r) => r.status)).toEqual(['succeeded', 'abandoned']);
    expect(rows[1]!.attempt_log).toMatchObject([{ attempt: 1, ok: false, status_code: 500 }]);
    const [ep] = await db.admin(`select enabled, disabled_reason, failure_streak from webhook_endpoints where id = $1`, [endpoint]);
    expect(ep).toMatchObject({ enabled: false, failure_streak: 1 });
    expect(ep!.disabled_reason).toMatch(/Disabled automatically/);
    // the system role reads no table directly
    await expect(db.as(null, (q) => q(`select secret from webhook_endpoints`), 'ledgerly_system')).rejects.toThrow(/permission denied/);
  });

  it('emits deal.stage_changed with both stages, and invoice.overdue once per invoice', async () => {
    await db.admin(`update webhook_endpoints set enabled = true, events = $2 where id = $1`, [
      endpoint,
      ['deal.stage_changed', 'invoice.overdue'],
    ]);
    await db.as(A, async (q) => {
      const [s1] = await q(`insert into deal_stages (workspace_id, name, position) values ($1, 'Lead', 100) returning id`, [a]);
      const [s2] = await q(`insert into deal_stages (workspace_id, name, position) values ($1, 'Won', 101) returning id`, [a]);
      const [deal] = await q(
        `insert into deals (workspace_id, title, currency, stage_id, position, value) values ($1, 'Big', 'EUR', $2, 0, 1250) returning id`,
        [a, s1!.id],
      );
      await q(`update deals set stage_id = $2 where id = $1`, [deal!.id, s2!.id]);
      const [inv] = await q(
        `insert into invoices (workspace_id, invoice_number, issue_date, due_date) values ($1, 'INV-OLD', current_date - 30, current_date - 10) returning id`,
        [a],
      );
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'Work', 1, 100, 100)`,
        [a, inv!.id],
      );
      await q(`update invoices set status = 'sent' where id = $1`, [inv!.id]);
    });
    const [change] = (await events(a)).filter((e) => e.type === 'deal.stage_changed');
    expect(change!.payload).toMatchObject({
      deal: { title: 'Big', value: '1250.00' },
      from_stage: { name: 'Lead' },
      to_stage: { name: 'Won' },
    });
    expect(change!.payload.deal).not.toHaveProperty('search');
    const sweep = () => db.as(null, (q) => q(`select app.webhook_overdue_sweep() as n`), 'ledgerly_system');
    expect(await sweep()).toEqual([{ n: 1 }]);
    expect(await sweep()).toEqual([{ n: 0 }]);
    const [overdue] = (await events(a)).filter((e) => e.type === 'invoice.overdue');
    expect(overdue!.payload).toMatchObject({ invoice_number: 'INV-OLD', status: 'overdue' });
  });

  it('prunes finished deliveries and their events past the retention, never pending ones nor the overdue record', async () => {
    const prune = (days: number) =>
      db.as(null, (q) => q(`select deliveries, events from app.webhook_prune($1)`, [days]), 'ledgerly_system');
    await prune(1);
    const ids = await db.admin(
      `select d.id, d.event_id, e.type from webhook_deliveries d join webhook_events e on e.id = d.event_id
        where d.workspace_id = $1 and e.type <> 'invoice.overdue' order by e.created_at, e.id`,
      [a],
    );
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const [done, abandoned, pending] = ids;
    await db.admin(`update webhook_deliveries set status = 'succeeded' where id = $1`, [done!.id]);
    await db.admin(`update webhook_deliveries set status = 'abandoned' where id = $1`, [abandoned!.id]);
    await db.admin(`update webhook_deliveries set status = 'pending' where id = $1`, [pending!.id]);
    await db.admin(`update webhook_deliveries set last_attempt_at = now() - interval '40 days' where workspace_id = $1`, [a]);
    await db.admin(`update webhook_events set created_at = now() - interval '40 days' where workspace_id = $1`, [a]);
    const overdueBefore = await db.admin(`select id from webhook_events where workspace_id = $1 and type = 'invoice.overdue'`, [a]);

    // within the retention nothing goes
    expect(await prune(60)).toEqual([{ deliveries: 0, events: 0 }]);
    const [pruned] = await prune(30);
    expect(pruned!.deliveries).toBeGreaterThanOrEqual(2);
    const left = await db.admin(`select id, status from webhook_deliveries where workspace_id = $1`, [a]);
    expect(left.map((d) => d.id)).toContain(pending!.id);
    expect(left.every((d) => d.status === 'pending' || d.status === 'failed')).toBe(true);
    const eventsLeft = await db.admin(`select id from webhook_events where workspace_id = $1`, [a]);
    expect(eventsLeft.map((e) => e.id)).toContain(pending!.event_id);
    expect(eventsLeft.map((e) => e.id)).not.toContain(done!.event_id);
    expect(eventsLeft.map((e) => e.id)).not.toContain(abandoned!.event_id);
    // the sweep's record that an invoice's overdue event went out stays, so it is never sent twice
    expect(await db.admin(`select id from webhook_events where workspace_id = $1 and type = 'invoice.overdue'`, [a])).toEqual(
      overdueBefore,
    );
    // a session cannot prune
    await expect(db.as(A, (q) => q(`select * from app.webhook_prune(1)`))).rejects.toThrow(/permission denied/);
    await expect(prune(0)).rejects.toThrow(/at least one day/);
  });
});
