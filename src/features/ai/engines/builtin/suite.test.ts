import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { type Account, type Assistant, startAssistant } from '../../../../../tests/helpers/assistant';
import { CONTACT_REQUESTS, FIXTURE_CONTACTS, type RequestCase } from './requests';

/**
 * The everyday-request suite: each request goes through the whole assistant
 * (service → built-in engine → tools → RLS) on a real database; proposed
 * changes are confirmed, checked and undone so that every case starts from
 * the same data.
 */

let assistant: Assistant;
let me: Account;
const results: { q: string; ok: boolean }[] = [];

beforeAll(async () => {
  assistant = await startAssistant();
  me = await assistant.signUp('Robin Example');
  await me.tx((tx) => createContacts(tx, me.user, FIXTURE_CONTACTS));
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
    expect(data.pending_action.args).toMatchObject(c.propose.args);
    const confirmed = await me.confirm(data.pending_action.id);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    if (c.propose.record) expect(confirmed.body.data).toMatchObject(c.propose.record);
    const undone = await me.undo(data.pending_action.id);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
  } else if (!c.clarify) {
    expect(data.pending_action, `"${c.q}" should not propose a change`).toBeNull();
  }
}

describe('everyday requests (built-in engine)', () => {
  for (const c of CONTACT_REQUESTS) {
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
