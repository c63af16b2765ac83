import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineListQuerySchema } from '@/features/bank/schema';
import { createAccount, importStatement, listLines } from '@/features/bank/service';
import { createContacts } from '@/features/contacts/service';
import { createDeal, listStages } from '@/features/deals/service';
import { createInvoice } from '@/features/invoices/service';
import { createQuote, updateQuote } from '@/features/quotes/service';
import { createRecurring } from '@/features/recurring/service';
import { recurringCreateSchema } from '@/features/recurring/schema';
import { createTask } from '@/features/tasks/service';
import { startTimer } from '@/features/time/service';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { insertLog } from '@/features/ai/queries';
import { callTool, MAX_SUMMARY } from '@/features/ai/runner';
import { TOOLS } from '@/features/ai/tools';

/**
 * The summary of a proposal is what the user confirms: it must name every
 * argument that Confirm applies, uncut. For each write tool, a proposal with
 * every argument set yields a summary that mentions each argument's value; a
 * proposal too large to describe within the limit is refused as a tool error.
 */

let assistant: Assistant;
let alice: Account;
const ids: Record<string, string> = {};

beforeAll(async () => {
  assistant = await startAssistant();
  alice = await assistant.signUp('Alice A');
  ids.alice = alice.user.user.id;
  const [amara, lukas] = await alice.tx((tx) =>
    createContacts(tx, alice.user, [
      { first_name: 'Amara', last_name: 'Okafor', email: 'amara@brightleaf.studio', status: 'customer' },
      { first_name: 'Lukas', last_name: 'Brandt', status: 'active' },
    ]),
  );
  ids.amara = amara!.id;
  ids.lukas = lukas!.id;
  ids.task = (await alice.tx((tx) => createTask(tx, alice.user, { title: 'Call the printer', contact_id: ids.amara }))).id;
  ids.invoice = (
    await alice.tx((tx) =>
      createInvoice(tx, alice.user, {
        contact_id: ids.amara,
        invoice_number: 'SUM-0001',
        status: 'sent',
        items: [{ description: 'Logo', quantity: '1', unit_price: '900.00' }],
      }),
    )
  ).id;
  const stages = await alice.tx((tx) => listStages(tx, alice.user));
  ids.qualified = stages.find((s) => s.name === 'Qualified')!.id;
  ids.lost = stages.find((s) => s.kind === 'lost')!.id;
  ids.deal = (
    await alice.tx((tx) => createDeal(tx, alice.user, { title: 'Brightleaf rebrand', value: '7200.00', contact_id: ids.amara }))
  ).id;
  ids.quote = await alice.tx(async (tx) => {
    const quote = await createQuote(tx, alice.user, {
      contact_id: ids.amara,
      quote_number: 'QSUM-0001',
      items: [{ description: 'Brand book', quantity: '1', unit_price: '1800.00' }],
    });
    await updateQuote(tx, alice.user, quote.id, { status: 'sent' });
    return quote.id;
  });
  ids.recurring = (
    await alice.tx((tx) =>
      createRecurring(
        tx,
        alice.user,
        recurringCreateSchema.parse({
          contact_id: ids.lukas,
          frequency: 'quarterly',
          start_date: '2099-03-31',
          items: [{ description: 'Maintenance', quantity: 1, unit_price: '250.00' }],
        }),
      ),
    )
  ).id;
  ids.bankLine = await alice.tx(async (tx) => {
    const account = await createAccount(tx, alice.user, { name: 'Checking', currency: 'USD' });
    const csv = 'Date,Amount,Description,Counterparty\n2026-12-01,400.00,Deposit for the logo,Brightleaf Studio\n';
    await importStatement(tx, alice.user, account.id, { bytes: new TextEncoder().encode(csv), contentType: 'text/csv' }, {});
    return (await listLines(tx, alice.user, lineListQuerySchema.parse({}))).data[0]!.id;
  });
}, 60_000);
afterAll(() => assistant.close());

async function propose(name: string, args: unknown) {
  const log = await alice.tx(
    async (tx) => (await insertLog(tx, alice.user.id, { query: 'test', engine: 'builtin', status: 'running' })).id,
  );
  return alice.tx((tx) => callTool(tx, alice.user, log, name, args));
}

/** For each write tool: every argument set, and the text each argument's value must show up as (after `setup`, when it needs a state). */
const cases = (): Record<string, { args: Record<string, unknown>; mentions: string[]; setup?: () => Promise<unknown> }> => ({
  create_contact: {
    args: {
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace@navy.example',
      phone: '+1 555 0100',
      company: 'Navy Labs',
      position: 'Rear Admiral',
      address: '1 Harbor Road, Arlington',
      notes: 'Prefers email before noon',
      status: 'active',
    },
    mentions: [
      'Grace',
      'Hopper',
      'grace@navy.example',
      '+1 555 0100',
      'Navy Labs',
      'Rear Admiral',
      '1 Harbor Road, Arlington',
      'Prefers email before noon',
      'active',
    ],
  },
  update_contact: {
    args: {
      contact_id: ids.lukas,
      changes: {
        first_name: 'Lucas',
        last_name: 'Brand',
        email: 'lucas@brand.example',
        phone: '+49 30 1234',
        company: 'Brand GmbH',
        position: 'CTO',
        address: 'Hauptstr. 1, Berlin',
        notes: 'Met at the fair',
        status: 'customer',
      },
    },
    mentions: [
      'Lukas Brandt',
      'Lucas',
      'Brand',
      'lucas@brand.example',
      '+49 30 1234',
      'Brand GmbH',
      'CTO',
      'Hauptstr. 1, Berlin',
      'Met at the fair',
      'customer',
    ],
  },
  add_note: {
    args: { contact_id: ids.amara, body: 'Agreed on a second phase in March' },
    mentions: ['Amara Okafor', 'Agreed on a second phase in March'],
  },
  create_task: {
    args: {
      title: 'Send the contract',
      description: 'Both copies, signed',
      due_date: '2026-12-24T15:30:00Z',
      status: 'in_progress',
      priority: 'high',
      contact_id: ids.amara,
      assignee_id: ids.alice,
    },
    mentions: [
      'Send the contract',
      'Both copies, signed',
      '24 Dec 2026',
      '15:30',
      'in progress',
      'high',
      'Amara Okafor',
      'assigned to Alice A',
    ],
  },
  update_task: {
    args: {
      task_id: ids.task,
      changes: {
        title: 'Call the new printer',
        description: 'Ask about paper stock',
        due_date: '2026-12-30T09:15:00Z',
        status: 'pending',
        priority: 'low',
        contact_id: ids.lukas,
        assignee_id: ids.alice,
      },
    },
    mentions: [
      'Call the printer',
      'Call the new printer',
      'Ask about paper stock',
      '30 Dec 2026',
      '09:15',
      'pending',
      'low',
      'Lukas Brandt',
      'assigned to Alice A',
    ],
  },
  delete_task: {
    args: { task_id: ids.task },
    mentions: ['Call the printer'],
  },
  create_transaction: {
    args: {
      type: 'income',
      amount: '75.25',
      category: 'Consulting',
      description: 'Workshop fee',
      date: '2026-11-03',
      invoice_id: ids.invoice,
    },
    mentions: ['income', '75.25', 'Consulting', 'Workshop fee', '2026-11-03', 'SUM-0001'],
  },
  create_invoice: {
    args: {
      contact_id: ids.amara,
      invoice_number: 'SUM-0099',
      issue_date: '2026-11-01',
      due_date: '2026-11-30',
      currency: 'EUR',
      discount_type: 'percent',
      discount_value: '12.50',
      notes: 'Thank you for the kind collaboration',
      status: 'draft',
      items: [
        { description: 'Brand workshop', quantity: '2', unit_price: '450.00', tax_rate: '19' },
        { description: 'Travel', quantity: '1', unit_price: '80.40', tax_rate: '7' },
      ],
    },
    mentions: [
      'Amara Okafor',
      'SUM-0099',
      '2026-11-01',
      '2026-11-30',
      'EUR',
      '12.5',
      'Thank you for the kind collaboration',
      'Brand workshop',
      '2 ×',
      '450.00',
      '19%',
      'Travel',
      '80.40',
      '7%',
    ],
  },
  record_payment: {
    args: { invoice_id: ids.invoice, amount: '300.00', date: '2026-11-20' },
    mentions: ['SUM-0001', '300.00', '2026-11-20', 'Amara Okafor'],
  },
  create_deal: {
    args: {
      title: 'Lindqvist shop',
      contact_id: ids.lukas,
      value: '3400.50',
      currency: 'EUR',
      stage_id: ids.qualified,
      position: 0,
      expected_close_date: '2027-02-15',
      owner_id: ids.alice,
      notes: 'Met at the fair',
    },
    mentions: ['Lindqvist shop', 'Lukas Brandt', '3,400.50', '€', 'Qualified', 'position 0', '2027-02-15', 'Alice', 'Met at the fair'],
  },
  move_deal: {
    args: { deal_id: ids.deal, stage_id: ids.lost, position: 1, lost_reason: 'Budget cut' },
    mentions: ['Brightleaf rebrand', 'Lead', 'Lost', 'position 1', 'Budget cut'],
  },
  create_quote: {
    args: {
      contact_id: ids.amara,
      quote_number: 'QSUM-0100',
      issue_date: '2026-11-20',
      valid_until: '2026-12-20',
      currency: 'EUR',
      discount_type: 'percent',
      discount_value: '12.5',
      notes: 'Valid for the spring launch',
      items: [{ description: 'Brand workshop', quantity: '2', unit_price: '450.00', tax_rate: '19' }],
    },
    mentions: [
      'Amara Okafor',
      'QSUM-0100',
      '2026-11-20',
      '2026-12-20',
      'EUR',
      '12.50%',
      'Valid for the spring launch',
      'Brand workshop',
      '2 ×',
      '450.00',
      '19%',
    ],
  },
  convert_quote: {
    args: { quote_number: 'QSUM-0001' },
    mentions: ['QSUM-0001', 'Amara Okafor', '1,800.00'],
  },
  log_time: {
    args: {
      description: 'Logo sketches',
      started_at: '2026-11-20T09:30:00Z',
      duration_minutes: 135,
      contact_id: ids.amara,
      billable: false,
    },
    mentions: ['Logo sketches', '20 Nov', '09:30', '2:15 h', 'Amara Okafor', 'not billable'],
  },
  // (before stop_timer, whose setup starts the timer)
  start_timer: {
    args: { description: 'Brand workshop', contact_id: ids.amara },
    mentions: ['Brand workshop', 'Amara Okafor'],
  },
  stop_timer: {
    args: {},
    mentions: ['Prototype review', 'Lukas Brandt'],
    setup: () => alice.tx((tx) => startTimer(tx, alice.user, { description: 'Prototype review', contact_id: ids.lukas })),
  },
  credit_invoice: {
    args: { invoice_id: ids.invoice, amount: '150.00', reason: 'Late delivery', refund: true },
    mentions: ['SUM-0001', '150.00', 'Late delivery', 'refund', 'Amara Okafor'],
  },
  match_bank_line: {
    args: { bank_line_id: ids.bankLine, invoice_id: ids.invoice },
    mentions: ['400.00', '2026-12-01', 'Brightleaf Studio', 'Deposit for the logo', 'SUM-0001', 'partial'],
  },
  pause_recurring_invoice: {
    args: { recurring_invoice_id: ids.recurring },
    mentions: ['quarterly', 'Lukas Brandt', '2099-03-31'],
  },
});

describe('proposal summaries', () => {
  it('has a case for every write tool', () => {
    const writeTools = TOOLS.filter((t) => t.kind === 'write')
      .map((t) => t.name)
      .sort();
    expect(Object.keys(cases()).sort()).toEqual(writeTools);
  });

  it.each(Object.keys(cases()))('%s: names every argument Confirm applies', async (name) => {
    const { args, mentions, setup } = cases()[name]!;
    await setup?.();
    const out = await propose(name, args);
    expect(out.ok, JSON.stringify(out)).toBe(true);
    const summary = (out as { pending_action: { summary: string } }).pending_action.summary;
    for (const text of mentions) expect(summary, `${name}: ${text}`).toContain(text);
  });

  it('refuses a proposal too large to show in full, as a tool error, and stores nothing', async () => {
    const body = `Minutes: ${'the committee agreed on every point. '.repeat(120)}and the last point`;
    expect(body.length).toBeGreaterThan(MAX_SUMMARY);
    const out = await propose('add_note', { contact_id: ids.amara, body });
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: expect.stringMatching(/too large to show in full/) },
    });
    // the same exchange may still propose a smaller change (the refused one was not stored)
    const items = Array.from({ length: 60 }, (_, i) => ({
      description: `Line item number ${i + 1} with a long description`,
      quantity: '1',
      unit_price: '10.00',
    }));
    const many = await propose('create_invoice', { contact_id: ids.amara, items });
    expect(many).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const fine = await propose('add_note', { contact_id: ids.amara, body: 'Short and complete' });
    expect(fine).toMatchObject({ ok: true, pending_action: { summary: 'Add a note to Amara Okafor: "Short and complete".' } });
  });
});
