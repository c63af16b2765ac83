import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { type Account, type Assistant, startAssistant } from '../../../../../tests/helpers/assistant';

let assistant: Assistant;
let me: Account;
beforeAll(async () => {
  assistant = await startAssistant();
  me = await assistant.signUp();
  await me.tx((tx) => createContacts(tx, me.user, [{ first_name: 'Amara', last_name: 'Okafor', email: 'amara@brightleaf.studio', company: 'Brightleaf Studio', status: 'customer' }]));
}, 60_000);
afterAll(() => assistant.close());

it('smoke', async () => {
  const r = await me.ask("whats amras email");
  console.log(JSON.stringify(r, null, 1));
  const w = await me.ask('add a new contact Jane Doe from Acme Ltd, jane@acme.com');
  console.log(JSON.stringify(w, null, 1));
  const c = await me.confirm(w.body.data.pending_action.id);
  console.log(JSON.stringify(c, null, 1));
  console.log(JSON.stringify(await me.confirm(w.body.data.pending_action.id)));
  console.log(JSON.stringify(await me.undo(w.body.data.pending_action.id)));
  console.log(JSON.stringify((await me.logs()).data.map((l: any) => [l.query, l.status, l.action_taken, l.action?.status])));
  expect(1).toBe(1);
}, 60_000);
