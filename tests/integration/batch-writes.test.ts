import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { addNotes } from '@/features/notes/service';
import { createTasks } from '@/features/tasks/service';
import { createTransaction, createTransactions } from '@/features/transactions/service';
import { selectRows } from '@/lib/db';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * The checks a batch of new rows makes, each in one statement for the whole batch: transactions take the
 * spelling a category already has in the workspace (its most used one), as a row added alone would; tasks
 * and notes name only the workspace's own contacts, and a batch naming another one writes nothing.
 */

let assistant: Assistant;
let alice: Account;
let bob: Account;
let amara = '';
let bobsContact = '';

beforeAll(async () => {
  assistant = await startAssistant();
  alice = await assistant.signUp('Alice A');
  bob = await assistant.signUp('Bob B');
  await alice.tx((tx) =>
    createTransactions(tx, alice.user, [
      { type: 'expense', amount: '10.00', category: 'Software', date: '2026-12-01' },
      { type: 'expense', amount: '11.00', category: 'Software', date: '2026-12-02' },
      { type: 'expense', amount: '12.00', category: 'SOFTWARE', date: '2026-12-03' },
      { type: 'income', amount: '500.00', category: 'Client Work', date: '2026-12-03' },
    ]),
  );
  await bob.tx((tx) => createTransaction(tx, bob.user, { type: 'expense', amount: '5.00', category: 'MEALS', date: '2026-12-01' }));
  amara = (await alice.tx((tx) => createContacts(tx, alice.user, [{ first_name: 'Amara' }])))[0]!.id;
  bobsContact = (await bob.tx((tx) => createContacts(tx, bob.user, [{ first_name: 'Grace' }])))[0]!.id;
}, 60_000);
afterAll(() => assistant.close());

describe('createTransactions', () => {
  it("reuses each category's most used spelling in the workspace, for every row of a batch", async () => {
    const rows = await alice.tx((tx) =>
      createTransactions(tx, alice.user, [
        { type: 'expense', amount: '1.00', category: 'software', date: '2026-12-04' },
        { type: 'income', amount: '2.00', category: 'client work', date: '2026-12-04' },
        { type: 'expense', amount: '3.00', category: 'sOfTwArE', date: '2026-12-04' },
        // a category of another workspace is not this one's spelling; a new one is kept as typed
        { type: 'expense', amount: '4.00', category: 'meals', date: '2026-12-04' },
        { type: 'expense', amount: '5.00', category: 'Travel', date: '2026-12-04' },
        { type: 'expense', amount: '6.00', date: '2026-12-04' },
      ]),
    );
    expect(rows.map((r) => r.category)).toEqual(['Software', 'Client Work', 'Software', 'meals', 'Travel', null]);
    const alone = await alice.tx((tx) =>
      createTransaction(tx, alice.user, { type: 'expense', amount: '7.00', category: 'SOFTWARE', date: '2026-12-05' }),
    );
    expect(alone.category).toBe('Software');
  });

  it('takes no spelling from the rows of the same batch (each row reads what the workspace held before it)', async () => {
    const rows = await bob.tx((tx) =>
      createTransactions(tx, bob.user, [
        { type: 'expense', amount: '1.00', category: 'Rent', date: '2026-12-04' },
        { type: 'expense', amount: '2.00', category: 'rent', date: '2026-12-04' },
        { type: 'expense', amount: '3.00', category: 'meals', date: '2026-12-04' },
      ]),
    );
    expect(rows.map((r) => r.category)).toEqual(['Rent', 'rent', 'MEALS']);
  });
});

describe('createTasks and addNotes', () => {
  it("write a batch whose contacts are all the workspace's own", async () => {
    const tasks = await alice.tx((tx) =>
      createTasks(tx, alice.user, [{ title: 'Call Amara', contact_id: amara }, { title: 'No one' }, { title: 'Again', contact_id: amara }]),
    );
    expect(tasks.map((t) => t.contact_id)).toEqual([amara, null, amara]);
    const notes = await alice.tx((tx) =>
      addNotes(tx, alice.user, [
        { contact_id: amara, body: 'one' },
        { contact_id: amara, body: 'two' },
      ]),
    );
    expect(notes).toHaveLength(2);
  });

  it('refuse a batch naming a contact of another workspace, or none at all, and write nothing of it', async () => {
    for (const contact of [bobsContact, '00000000-0000-4000-8000-000000000000']) {
      const tasks = alice.tx((tx) =>
        createTasks(tx, alice.user, [
          { title: 'Fine', contact_id: amara },
          { title: 'Sneaky', contact_id: contact },
        ]),
      );
      await expect(tasks).rejects.toMatchObject({ status: 422, details: { contact_id: ['is not one of your contacts'] } });
      const notes = alice.tx((tx) =>
        addNotes(tx, alice.user, [
          { contact_id: amara, body: 'fine' },
          { contact_id: contact, body: 'sneaky' },
        ]),
      );
      await expect(notes).rejects.toMatchObject({ status: 404 });
    }
    const titles = await alice.tx((tx) => selectRows<{ title: string }>(tx, sql`select title from public.tasks order by title`));
    expect(titles.map((r) => r.title)).toEqual(['Again', 'Call Amara', 'No one']);
    const bodies = await alice.tx((tx) => selectRows<{ body: string }>(tx, sql`select body from public.contact_notes order by body`));
    expect(bodies.map((r) => r.body)).toEqual(['one', 'two']);
  });
});
