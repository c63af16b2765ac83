import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransaction, createTransactions } from '@/features/transactions/service';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * New transactions take the spelling a category already has in the workspace (its most used one),
 * looked up for a whole batch at once: the same spelling as a row added alone would get.
 */

let assistant: Assistant;
let alice: Account;
let bob: Account;

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
