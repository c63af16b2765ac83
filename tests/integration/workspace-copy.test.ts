import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts } from '@/features/contacts/service';
import { issueCreditNote } from '@/features/credit-notes/service';
import { createDeal } from '@/features/deals/service';
import { createInvoice, recordPayment } from '@/features/invoices/service';
import { createQuote, updateQuote } from '@/features/quotes/service';
import { createTasks } from '@/features/tasks/service';
import { selectRows } from '@/lib/db';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';
import { type WorkspaceTemplate, copyWorkspace, workspaceTemplate } from '../helpers/workspace-copy';
import { installWriteCounter } from '../helpers/write-counter';

/**
 * The test helpers the assistant corpus stands on (tests/integration/assistant-corpus.ts,
 * docs/decisions/0217-corpus-request-cost.md): a workspace copied in SQL is an account like
 * one seeded through the services, and the write counter sees every write and nothing else.
 */

let assistant: Assistant;
let seeded: Account;
let template: WorkspaceTemplate;
let writes: () => Promise<number>;

/** What the account sees of its records, through row level security, without ids. */
const view = (account: Account) =>
  account.tx((tx) =>
    selectRows(
      tx,
      sql`select (select json_agg(json_build_object('name', first_name, 'company', company, 'status', status) order by first_name) from public.contacts) as contacts,
                 (select json_agg(json_build_object('number', i.invoice_number, 'status', i.status, 'total', i.total_amount, 'paid', i.amount_paid,
                          'contact', c.first_name, 'items', (select json_agg(it.description) from public.invoice_items it where it.invoice_id = i.id))
                          order by i.invoice_number) from public.invoices i join public.contacts c on c.id = i.contact_id) as invoices,
                 (select json_agg(json_build_object('number', quote_number, 'status', status, 'total', total_amount) order by quote_number) from public.quotes) as quotes,
                 (select json_agg(json_build_object('title', d.title, 'stage', s.name, 'value', d.value) order by d.title)
                    from public.deals d join public.deal_stages s on s.id = d.stage_id) as deals,
                 (select json_agg(json_build_object('title', title, 'due', due_on) order by title) from public.tasks) as tasks,
                 (select json_agg(json_build_object('type', type, 'amount', amount, 'description', description) order by amount) from public.transactions) as transactions,
                 (select json_agg(json_build_object('list', list, 'n', n) order by list) from public.list_counts) as counts,
                 (select count(*) from public.audit_logs) as audit`,
    ),
  );

beforeAll(async () => {
  assistant = await startAssistant();
  writes = await installWriteCounter(['contacts', 'tasks', 'transactions', 'invoices', 'invoice_items', 'quotes', 'deals', 'credit_notes']);
  seeded = await assistant.signUp('Robin Example');
  await seeded.tx(async (tx) => {
    const [amara, lukas] = await createContacts(tx, seeded.user, [
      { first_name: 'Amara', last_name: 'Okafor', company: 'Okafor Studio' },
      { first_name: 'Lukas', company: 'Nordwerk' },
    ]);
    await createTasks(tx, seeded.user, [{ title: 'Send the retainer report', due_on: '2099-01-01', contact_id: amara!.id }]);
    const invoice = await createInvoice(tx, seeded.user, {
      contact_id: lukas!.id,
      status: 'sent',
      issue_date: '2026-01-05',
      due_date: '2026-01-20',
      items: [{ description: 'Relaunch workshop', quantity: '5', unit_price: '150.00' }],
    });
    await recordPayment(tx, seeded.user, invoice.id, { amount: '250.00', date: '2026-01-10' });
    const quote = await createQuote(tx, seeded.user, {
      contact_id: amara!.id,
      valid_until: '2099-01-01',
      items: [{ description: 'Website redesign', quantity: '3', unit_price: '600.00' }],
    });
    await updateQuote(tx, seeded.user, quote.id, { status: 'sent' });
    await createDeal(tx, seeded.user, { title: 'Nordwerk relaunch', value: '9500.00', contact_id: lukas!.id });
  });
  template = await workspaceTemplate(seeded.user.id, seeded.user.user.id);
}, 120_000);

afterAll(async () => {
  await assistant?.close();
});

describe('a workspace copied in SQL', () => {
  it('holds the same records as the seeded one, seen through the same policies', async () => {
    const copy = await assistant.signUp('Robin Example');
    await copyWorkspace(template, copy.user.id, copy.user.user.id);
    const [got] = await view(copy);
    const [want] = await view(seeded);
    expect(got).toEqual(want);
    expect((want as { invoices: unknown[] }).invoices).toHaveLength(1);
  });

  it('is an account of its own: a write there (a credit note, numbered from the copied counter) leaves the seeded one as it was', async () => {
    const copy = await assistant.signUp('Robin Example');
    await copyWorkspace(template, copy.user.id, copy.user.user.id);
    const [before] = await view(seeded);
    const note = await copy.tx(async (tx) => {
      const [invoice] = await selectRows<{ id: string }>(tx, sql`select id from public.invoices`);
      return issueCreditNote(tx, copy.user, invoice!.id, { amount: '100.00' });
    });
    expect(note.credit_note_number).toBe('CN-0001');
    const [after] = await view(seeded);
    expect(after).toEqual(before);
    const [copied] = await copy.tx((tx) => selectRows<{ n: number }>(tx, sql`select count(*)::int as n from public.credit_notes`));
    expect(copied!.n).toBe(1);
  });

  it('refuses a copy that does not read back as the template (here: a generated column altered in the template)', async () => {
    const copy = await assistant.signUp('Robin Example');
    const altered = { ...template, text: template.text.replace('okafor studio', 'someone else') };
    expect(altered.text).not.toBe(template.text);
    await expect(copyWorkspace(altered, copy.user.id, copy.user.user.id)).rejects.toThrow(/contacts reads back unlike the template/);
  });
});

describe('the write counter', () => {
  it('counts each row a service writes, not what a read or a rolled-back write does', async () => {
    const start = await writes();
    await view(seeded);
    await seeded
      .tx(async (tx) => {
        await createContacts(tx, seeded.user, [{ first_name: 'Never' }]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await writes()).toBe(start);
    await seeded.tx((tx) => createContacts(tx, seeded.user, [{ first_name: 'Grace' }, { first_name: 'Kenji' }]));
    expect(await writes()).toBe(start + 2);
  });
});
