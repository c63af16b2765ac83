import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { createInvoice, recordPayment } from '@/features/invoices/service';
import { createTasks } from '@/features/tasks/service';
import { createTransactions } from '@/features/transactions/service';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { CONTACT_REQUESTS, FIXTURE_CONTACTS, type RequestCase, WORK_REQUESTS } from '@/features/ai/engines/builtin/requests';

/**
 * The everyday-request suite: each request goes through the whole assistant
 * (service → built-in engine → tools → RLS) on a real database; proposed
 * changes are confirmed, checked and undone so that every case starts from
 * the same data.
 */

let assistant: Assistant;
let me: Account;
const results: { q: string; ok: boolean }[] = [];

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const at = (offset: number, time: string) => new Date(`${day(offset)}T${time}:00.000Z`);

/** Values that depend on today's date. */
function resolve(value: unknown): unknown {
  if (value === 'TOMORROW_15') return `${day(1)}T15:00:00.000Z`;
  if (value === 'YESTERDAY') return day(-1);
  if (value === 'ME') return me.user.user.id;
  if (value === 'NEXT_MONDAY') {
    const now = new Date();
    const ahead = (8 - now.getUTCDay()) % 7 || 7;
    // a day said without a time is a whole day (due_on), not a moment
    return expect.stringMatching(new RegExp(`^(${day(ahead)}|${day(ahead + 7)})$`));
  }
  if (Array.isArray(value)) return value.map(resolve);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  return value;
}

beforeAll(async () => {
  assistant = await startAssistant();
  me = await assistant.signUp('Robin Example');
  await me.tx(async (tx) => {
    const contacts = await createContacts(tx, me.user, FIXTURE_CONTACTS);
    const id = (first: string) => contacts.find((c) => c.first_name === first)!.id;
    await createTasks(tx, me.user, [
      { title: 'Send the retainer report', priority: 'high', due_on: day(0), contact_id: id('Amara') },
      { title: 'Call Grace about the bakery website', due_date: at(1, '10:00'), contact_id: id('Grace') },
      { title: 'Follow up on the relaunch proposal', priority: 'high', due_date: at(-2, '10:00'), contact_id: id('Lukas') },
      { title: 'Renew the domain', priority: 'low', due_on: day(10) },
      { title: 'Prepare quarterly taxes' },
      { title: 'Send Kenji the storyboard', status: 'completed', completed_at: at(-3, '12:00'), contact_id: id('Kenji') },
    ]);
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 10)).toISOString().slice(0, 10);
    await createTransactions(tx, me.user, [
      { type: 'income', amount: '1500.00', category: 'Client work', description: 'Website milestone', date: day(0) },
      { type: 'expense', amount: '45.90', category: 'Meals', description: 'Lunch with Lukas', date: day(0) },
      { type: 'expense', amount: '120.00', category: 'Software', description: 'Hosting', date: day(0) },
      { type: 'expense', amount: '29.99', category: 'Software', description: 'Design tool', date: day(0) },
      { type: 'income', amount: '2000.00', category: 'Client work', date: lastMonth },
      { type: 'expense', amount: '800.00', category: 'Rent', date: lastMonth },
    ]);
    await createInvoice(tx, me.user, {
      contact_id: id('Amara'),
      status: 'sent',
      issue_date: day(-5),
      due_date: day(10),
      items: [{ description: 'Brand retainer', quantity: '1', unit_price: '1200.00' }],
    });
    const lukas = await createInvoice(tx, me.user, {
      contact_id: id('Lukas'),
      status: 'sent',
      issue_date: day(-40),
      due_date: day(-10),
      items: [{ description: 'Relaunch workshop', quantity: '5', unit_price: '150.00' }],
    });
    await recordPayment(tx, me.user, lukas.id, { amount: '250.00', date: day(-100) });
    const priya = await createInvoice(tx, me.user, {
      contact_id: id('Priya'),
      status: 'sent',
      issue_date: day(-120),
      due_date: day(-106),
      items: [{ description: 'Dashboard project', quantity: '1', unit_price: '3000.00' }],
    });
    await recordPayment(tx, me.user, priya.id, { amount: '3000.00', date: day(-110) });
  });
}, 60_000);

afterAll(async () => {
  const passed = results.filter((r) => r.ok).length;
  process.stdout.write(`\n[assistant suite] ${passed}/${results.length} everyday requests pass\n`);
  await assistant.close();
});

async function check(c: RequestCase) {
  if (c.before) {
    const first = await me.ask(c.before);
    expect(first.body.data.action_taken, `"${c.before}" should ask back`).toBe('asked_back');
  }
  const res = await me.ask(c.q);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const data = res.body.data;
  const text = data.response.toLowerCase();
  for (const fragment of c.reply ?? []) expect(text, `answer to "${c.q}"`).toContain(fragment.toLowerCase());
  for (const fragment of c.absent ?? []) expect(text, `answer to "${c.q}"`).not.toContain(fragment.toLowerCase());
  if (c.clarify) {
    expect(data.action_taken, `"${c.q}" should ask back: ${data.response}`).toBe('asked_back');
    expect(data.pending_action).toBeNull();
  }
  if (c.propose) {
    expect(data.pending_action, `"${c.q}" should propose ${c.propose.tool}: ${data.response}`).not.toBeNull();
    expect(data.pending_action.tool).toBe(c.propose.tool);
    expect(data.pending_action.args).toMatchObject(resolve(c.propose.args) as object);
    const confirmed = await me.confirm(data.pending_action.id);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    if (c.propose.record) expect(confirmed.body.data).toMatchObject(resolve(c.propose.record) as object);
    const undone = await me.undo(data.pending_action.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
  } else if (!c.clarify) {
    expect(data.pending_action, `"${c.q}" should not propose a change`).toBeNull();
  }
}

describe('everyday requests (built-in engine)', () => {
  for (const c of [...CONTACT_REQUESTS, ...WORK_REQUESTS]) {
    it(c.before ? `${c.before} → ${c.q}` : c.q, async () => {
      let ok = false;
      try {
        await check(c);
        ok = true;
      } finally {
        results.push({ q: c.q, ok });
      }
    });
  }
});
