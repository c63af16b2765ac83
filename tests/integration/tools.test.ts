import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts, getContact } from '@/features/contacts/service';
import { createQuote } from '@/features/quotes/service';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { callTool, MAX_TOOL_CALLS } from '@/features/ai/runner';
import { insertLog } from '@/features/ai/queries';
import { toolDefinitions, TOOLS } from '@/features/ai/tools';

/**
 * The tool layer on a real database: each tool validates with its zod
 * schema, runs the feature service under the caller's RLS, and write tools
 * only store a proposal.
 */

let assistant: Assistant;
let alice: Account;
let bob: Account;
let amaraId: string;

beforeAll(async () => {
  assistant = await startAssistant();
  alice = await assistant.signUp('Alice A');
  bob = await assistant.signUp('Bob B');
  const [amara] = await alice.tx((tx) =>
    createContacts(tx, alice.user, [
      {
        first_name: 'Amara',
        last_name: 'Okafor',
        email: 'amara@brightleaf.studio',
        company: 'Brightleaf Studio',
        status: 'customer',
        position: 'Creative Director',
      },
      { first_name: 'Lukas', last_name: 'Brandt', status: 'active' },
    ]),
  );
  amaraId = amara!.id;
}, 60_000);
afterAll(() => assistant.close());

async function exchange(account: Account) {
  return account.tx(async (tx) => (await insertLog(tx, account.user.id, { query: 'test', engine: 'builtin', status: 'running' })).id);
}

async function call(account: Account, logId: string, name: string, args: unknown) {
  return account.tx((tx) => callTool(tx, account.user, logId, name, args));
}

describe('tool layer', () => {
  it('describes every tool as a strict JSON Schema object', () => {
    const defs = toolDefinitions();
    expect(defs.map((d) => d.name).sort()).toEqual(TOOLS.map((t) => t.name).sort());
    for (const d of defs) {
      expect(d.parameters).toMatchObject({ type: 'object', additionalProperties: false });
      expect(d.description.length).toBeGreaterThan(10);
    }
  });

  it('reads through the feature service and returns plain data with links', async () => {
    const log = await exchange(alice);
    const out = await call(alice, log, 'search_contacts', { status: 'customer' });
    expect(out).toEqual({
      ok: true,
      data: { total: 1, contacts: [expect.objectContaining({ id: amaraId, name: 'Amara Okafor', url: `/contacts/${amaraId}` })] },
    });
    const fuzzy = await call(alice, log, 'search_contacts', { query: 'amra okafr' });
    expect(fuzzy).toMatchObject({ ok: true, data: { approximate: true, contacts: [{ id: amaraId }] } });
    const mentions = await call(alice, log, 'find_mentions', { text: 'call lukas tomorrow' });
    expect(mentions).toMatchObject({ ok: true, data: { contacts: [{ name: 'Lukas Brandt' }] } });
    const overview = await call(alice, log, 'get_overview', {});
    expect(overview).toMatchObject({
      ok: true,
      data: {
        contacts: { total: 2, by_status: { lead: 0, active: 1, customer: 1, inactive: 0 } },
        tasks: { open: 0, overdue: 0, due_today: 0 },
        invoices: { outstanding: { count: 0, amount: {} }, overdue: { count: 0, amount: {} } },
        month: { income: '0.00', expense: '0.00', net: '0.00' },
      },
    });
  });

  it('finds contacts by job title over the whole account (position), also among approximate name matches', async () => {
    const log = await exchange(alice);
    expect(await call(alice, log, 'search_contacts', { position: 'DIRECTOR' })).toEqual({
      ok: true,
      data: { total: 1, contacts: [expect.objectContaining({ id: amaraId, position: 'Creative Director' })] },
    });
    expect(await call(alice, log, 'search_contacts', { position: 'director', status: 'active' })).toEqual({
      ok: true,
      data: { total: 0, contacts: [] },
    });
    // a name with typos: the approximate matches keep the title asked for
    expect(await call(alice, log, 'search_contacts', { query: 'amra okafr', position: 'creative' })).toMatchObject({
      ok: true,
      data: { approximate: true, contacts: [{ id: amaraId }] },
    });
    expect(await call(alice, log, 'search_contacts', { query: 'amra okafr', position: 'producer' })).toMatchObject({
      ok: true,
      data: { total: 0, contacts: [] },
    });
  });

  it('lists quotes with their lines only when asked (with_items), the shape otherwise unchanged', async () => {
    await alice.tx((tx) =>
      createQuote(tx, alice.user, {
        contact_id: amaraId,
        items: [{ description: 'Fit-out drawings', quantity: '3', unit_price: '950.00' }],
      }),
    );
    const log = await exchange(alice);
    const plain = await call(alice, log, 'list_quotes', { limit: 5 });
    expect(plain).toMatchObject({ ok: true, data: { total: 1 } });
    expect((plain as { data: { quotes: object[] } }).data.quotes[0]).not.toHaveProperty('items');
    const lines = await call(alice, log, 'list_quotes', { limit: 5, with_items: true });
    expect(lines).toMatchObject({
      ok: true,
      data: { quotes: [{ total_amount: '2850.00', items: [{ description: 'Fit-out drawings', unit_price: '950.00' }] }] },
    });
    expect(Number((lines as { data: { quotes: { items: { quantity: string }[] }[] } }).data.quotes[0]!.items[0]!.quantity)).toBe(3);
    // Bob's workspace has none, with or without lines
    expect(await call(bob, await exchange(bob), 'list_quotes', { with_items: true })).toMatchObject({
      ok: true,
      data: { total: 0, quotes: [] },
    });
  });

  it('validates arguments with the feature schema and names the fields', async () => {
    const log = await exchange(alice);
    expect(await call(alice, log, 'get_contact', { contact_id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: { contact_id: expect.any(Array) } },
    });
    expect(await call(alice, log, 'create_contact', { first_name: '  ', extra: 1 })).toMatchObject({
      ok: false,
      error: { details: { first_name: ['must not be empty'], extra: ['is not a recognised field'] } },
    });
    expect(await call(alice, log, 'update_contact', { contact_id: amaraId, changes: {} })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await call(alice, log, 'no_such_tool', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it("runs under the caller's RLS: Bob's tools see nothing of Alice's", async () => {
    const log = await exchange(bob);
    expect(await call(bob, log, 'get_contact', { contact_id: amaraId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(bob, log, 'search_contacts', {})).toEqual({ ok: true, data: { total: 0, contacts: [] } });
    expect(await call(bob, log, 'find_mentions', { text: 'amara okafor' })).toEqual({ ok: true, data: { contacts: [] } });
    expect(await call(bob, log, 'update_contact', { contact_id: amaraId, changes: { status: 'lead' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it("refuses to count calls on another user's exchange", async () => {
    const aliceLog = await exchange(alice);
    await expect(call(bob, aliceLog, 'search_contacts', {})).rejects.toThrow('This exchange is over.');
  });

  it('stores a write as one pending action and changes nothing', async () => {
    const log = await exchange(alice);
    const out = await call(alice, log, 'update_contact', {
      contact_id: amaraId,
      changes: { status: 'inactive', email: ' new@brightleaf.studio ' },
    });
    expect(out).toMatchObject({
      ok: true,
      pending_action: {
        tool: 'update_contact',
        args: { contact_id: amaraId, changes: { status: 'inactive', email: 'new@brightleaf.studio' } },
      },
    });
    if (out.ok) {
      expect(out.pending_action!.summary).toMatch(/^Update Amara Okafor: /);
      expect(out.pending_action!.summary).toContain('status "inactive"');
      expect(out.pending_action!.summary).toContain('email "new@brightleaf.studio"');
    }
    expect((await alice.tx((tx) => getContact(tx, alice.user, amaraId))).status).toBe('customer');
    const second = await call(alice, log, 'create_contact', { first_name: 'X' });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it(`stops an exchange after ${MAX_TOOL_CALLS} tool calls`, async () => {
    const log = await exchange(alice);
    for (let i = 0; i < MAX_TOOL_CALLS; i += 1) expect((await call(alice, log, 'get_overview', {})).ok).toBe(true);
    expect(await call(alice, log, 'get_overview', {})).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });
});
