// Over 400 lines on purpose: one fixture (a small business, as version 2 and as version 1) and every rule of the plan.
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import { zodDetails } from '@/lib/validation';
import { outcomeDifferences, planImport, type StoredInvoice } from './plan';
import { type ExportFile, parseExportFile } from './schema';

/** The workspace the file was exported from, and two of its people. */
const WORKSPACE = '00000000-0000-4000-8000-00000000000a';
const ADA = '00000000-0000-4000-8000-0000000000a1';
const BEN = '00000000-0000-4000-8000-0000000000a2';
/** The workspace imported into. */
const TENANT = '00000000-0000-4000-8000-0000000000bb';
const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A version 2 file (one workspace), as the export writes it. */
function file(overrides: (tables: any) => void = () => {}): unknown {
  const tables: any = {
    workspaces: [
      {
        id: WORKSPACE,
        name: 'Studio team',
        business_name: 'Studio',
        currency: 'EUR',
        time_zone: 'Europe/Berlin',
        invoice_reminder_days: [14, 7, 7],
      },
    ],
    users: [
      { id: ADA, email: 'Ada@Example.com', first_name: 'Ada', last_name: 'Lovelace' },
      { id: BEN, email: 'ben@example.com', first_name: 'Ben', last_name: null },
    ],
    workspace_members: [
      { workspace_id: WORKSPACE, user_id: ADA, role: 'owner' },
      { workspace_id: WORKSPACE, user_id: BEN, role: 'member' },
    ],
    contacts: [
      {
        id: id(1),
        workspace_id: WORKSPACE,
        user_id: ADA,
        first_name: 'Amara',
        status: 'customer',
        created_at: '2026-01-02T03:04:05.678Z',
      },
    ],
    contact_notes: [{ id: id(2), workspace_id: WORKSPACE, user_id: BEN, contact_id: id(1), body: 'Called' }],
    tasks: [
      {
        id: id(3),
        workspace_id: WORKSPACE,
        user_id: null,
        assignee_id: ADA,
        contact_id: id(1),
        title: 'Follow up',
        status: 'pending',
        priority: 'high',
        due_on: '2026-02-01',
        due_date: '2026-01-31T22:59:59.999Z',
      },
    ],
    invoices: [
      invoice(10, 'INV-0001', 'paid', { amount_paid: '119.00', sent_at: '2026-01-05T09:00:00.000Z', paid_at: '2026-01-20T10:00:00.000Z' }),
      invoice(11, 'INV-0002', 'cancelled', { sent_at: '2026-01-06T09:00:00.000Z' }),
      invoice(12, 'INV-0003', 'cancelled'),
      invoice(13, 'INV-0004', 'draft'),
    ],
    invoice_items: [
      { id: id(20), invoice_id: id(10), description: 'Design', quantity: '2.500', unit_price: '40.00', tax_rate: '19.000', position: 0 },
    ],
    transactions: [
      { id: id(30), type: 'income', amount: '100.00', date: '2026-01-20', invoice_id: id(10) },
      { id: id(31), type: 'income', amount: '19.00', date: '2026-01-20', invoice_id: id(10) },
      { id: id(32), type: 'expense', amount: '9.99', date: '2026-01-21', invoice_id: null },
    ],
    invoice_counters: [{ workspace_id: WORKSPACE, last_number: 4 }],
    invoice_events: [{ id: id(40), invoice_id: id(10), type: 'payment_recorded', data: { transaction_id: id(30), amount: '100.00' } }],
    invoice_reminders: [{ id: id(50), invoice_id: id(10), step_days: 7, local_date: '2026-01-15', status: 'sent' }],
    ai_logs: [
      {
        id: id(60),
        query: 'find Amara',
        response: `[Amara](/contacts/${id(1)})`,
        engine: 'builtin',
        status: 'ok',
        metadata: { contact: id(1) },
      },
    ],
    ai_actions: [
      {
        id: id(61),
        log_id: id(60),
        tool: 'create_task',
        args: { contact_id: id(1) },
        summary: 'Add a task',
        status: 'pending',
        undo: null,
      },
      {
        id: id(62),
        log_id: id(60),
        tool: 'update_contact',
        args: { id: id(1) },
        summary: 'Update',
        status: 'confirmed',
        undo: { id: id(1) },
        decided_at: '2026-01-03T00:00:00.000Z',
      },
    ],
    audit_logs: [{ id: 'anything', seq: 1 }],
  };
  overrides(tables);
  return { format: 'ledgerly-export', version: 2, exported_at: '2026-12-07T10:00:00.000Z', tables };
}

/**
 * The same business as a version 1 file (one person's account, before
 * workspaces): rows name the account in user_id, and the account's users row
 * carries the business settings (and the person's language).
 */
function fileV1(overrides: (tables: any) => void = () => {}): unknown {
  const { tables } = file() as { tables: any };
  const { workspaces, users: _people, workspace_members: _members, ...rest } = tables;
  const v1: any = Object.fromEntries(
    Object.entries(rest).map(([table, rows]) => [
      table,
      (rows as any[]).map(({ workspace_id, user_id: _creator, assignee_id: _assignee, ...row }) =>
        workspace_id === undefined ? row : { ...row, user_id: ADA },
      ),
    ]),
  );
  const { id: _id, name: _name, ...settings } = workspaces[0];
  v1.users = [{ id: ADA, email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', locale: 'de-DE', ...settings }];
  overrides(v1);
  return { format: 'ledgerly-export', version: 1, exported_at: '2026-12-07T10:00:00.000Z', tables: v1 };
}

function invoice(n: number, number: string, status: string, extra: object = {}) {
  const paidLike = status === 'paid';
  return {
    id: id(n),
    workspace_id: WORKSPACE,
    user_id: ADA,
    contact_id: id(1),
    invoice_number: number,
    status,
    issue_date: '2026-01-05',
    due_date: '2026-01-19',
    currency: 'EUR',
    discount_type: null,
    discount_value: null,
    subtotal: paidLike ? '100.00' : '0.00',
    discount_amount: '0.00',
    tax_amount: paidLike ? '19.00' : '0.00',
    total_amount: paidLike ? '119.00' : '0.00',
    amount_paid: '0.00',
    taxes: paidLike ? [{ rate: '19', base: '100.00', amount: '19.00' }] : [],
    notes: null,
    sent_at: null,
    paid_at: null,
    ...extra,
  };
}

function parse(value: unknown): ExportFile {
  const parsed = parseExportFile(value);
  if (!parsed.success) throw new Error(JSON.stringify(zodDetails(parsed.error)));
  return parsed.data;
}

function refused(value: unknown): ApiError {
  try {
    planImport(parse(value), TENANT, { members: [] });
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the plan was accepted');
}

describe('the export file', () => {
  it('accepts what the export writes, and leaves out nothing it needs', () => {
    const parsed = parse(file());
    expect(parsed.tables.invoices[0]!.amount_paid).toBe('119.00');
    expect(parsed.tables.invoice_items[0]!.quantity).toBe('2.5');
    expect(parsed.tables.business_logos).toEqual([]);
  });

  it('names the path of every unknown field and bad value', () => {
    const result = parseExportFile(
      file((t) => {
        t.contacts[0].nickname = 'Ami';
        t.contacts[0].status = 'vip';
        t.transactions[0].amount = 100;
        t.invoice_items[0].quantity = '2.5001';
        t.tasks[0].due_on = '2026-02-30';
        t.surprise = [];
      }),
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    const details = zodDetails(result.error!);
    expect(details['tables.contacts.0.nickname']).toEqual(['is not a recognised field']);
    expect(details['tables.contacts.0.status']).toEqual(['must be lead, active, customer or inactive']);
    expect(details['tables.transactions.0.amount']).toEqual(['must be text such as "1250.00"']);
    expect(details['tables.invoice_items.0.quantity']).toBeDefined();
    expect(details['tables.tasks.0.due_on']).toBeDefined();
    expect(details['tables.surprise']).toEqual(['is not a recognised field']);
  });

  it('says when a file is not an export, or comes from a newer Ledgerly', () => {
    const details = zodDetails(parseExportFile({ ...(file() as object), format: 'other', version: 3 }).error!);
    expect(details.format?.[0]).toMatch(/not a Ledgerly export/);
    expect(details.version).toEqual(['is 3: the file comes from a newer Ledgerly; update this one to import it']);
    expect(zodDetails(parseExportFile({ ...(file() as object), version: '2' }).error!).version).toEqual(['must be 1 or 2']);
    expect(Object.keys(zodDetails(parseExportFile([]).error!))).toEqual(['(body)']);
  });

  it('checks each version by its own columns', () => {
    expect(parse(fileV1()).version).toBe(1);
    // a version 1 row names its account in user_id, and has no workspace_id
    const mixed = zodDetails(parseExportFile(fileV1((t) => (t.contacts[0].workspace_id = WORKSPACE))).error!);
    expect(mixed['tables.contacts.0.workspace_id']).toEqual(['is not a recognised field']);
    // a version 2 file has no account row with settings on it
    const v2 = zodDetails(parseExportFile(file((t) => (t.users[0].currency = 'EUR'))).error!);
    expect(v2['tables.users.0.currency']).toEqual(['is not a recognised field']);
    const member = zodDetails(parseExportFile(file((t) => (t.workspace_members[1].role = 'boss'))).error!);
    expect(member['tables.workspace_members.1.role']).toEqual(['must be owner, admin, member or viewer']);
  });
});

describe('planning an import', () => {
  it('gives every row a new id and rewrites every reference to it', () => {
    const plan = planImport(parse(file()), TENANT);
    const [contact] = plan.insert.contacts;
    expect(contact!.id).not.toBe(id(1));
    expect(contact).toMatchObject({
      workspace_id: TENANT,
      first_name: 'Amara',
      created_at: '2026-01-02T03:04:05.678Z',
      updated_at: '2026-01-02T03:04:05.678Z',
    });
    // the creator is whoever imports (the database's default), never the file's
    for (const rows of Object.values(plan.insert)) for (const row of rows) expect(row).not.toHaveProperty('user_id');
    expect(plan.insert.contact_notes[0]!.contact_id).toBe(contact!.id);
    expect(plan.insert.tasks[0]!.contact_id).toBe(contact!.id);
    const paidInvoice = plan.insert.invoices[0]!;
    expect(paidInvoice).toMatchObject({ status: 'draft', contact_id: contact!.id, invoice_number: 'INV-0001' });
    expect(plan.insert.invoice_items[0]!.invoice_id).toBe(paidInvoice.id);
    expect(plan.insert.transactions.map((t) => t.invoice_id)).toEqual([paidInvoice.id, paidInvoice.id, null]);
    const payment = plan.insert.transactions[0]!.id;
    expect(plan.insert.invoice_events[0]).toMatchObject({
      invoice_id: paidInvoice.id,
      data: { transaction_id: payment, amount: '100.00' },
    });
    expect(plan.insert.invoice_reminders[0]).toMatchObject({
      invoice_id: paidInvoice.id,
      attempts: 1,
      claimed_at: '2026-12-07T10:00:00.000Z',
    });
    expect(plan.insert.ai_logs[0]).toMatchObject({ response: `[Amara](/contacts/${contact!.id})`, metadata: { contact: contact!.id } });
    const all = JSON.stringify(plan.insert);
    for (const old of [id(1), id(2), id(10), id(30), id(60), WORKSPACE, ADA, BEN]) expect(all).not.toContain(old);
  });

  it("keeps a task's assignee only when that person is a member of the workspace imported into", () => {
    const assigned = (members: { user_id: string; email: string | null }[]) =>
      planImport(parse(file()), TENANT, { members }).insert.tasks[0]!.assignee_id;
    const other = '00000000-0000-4000-8000-0000000000c1';
    expect(assigned([])).toBeNull();
    expect(assigned([{ user_id: other, email: 'someone@example.com' }])).toBeNull();
    // the same person (an import within one installation)
    expect(assigned([{ user_id: ADA, email: null }])).toBe(ADA);
    // the same email address (another installation, where Ada has another id)
    expect(assigned([{ user_id: other, email: 'ada@example.com' }])).toBe(other);
  });

  it('replays each invoice: sent ones (also cancelled after sending) are sent, at the moment they were', () => {
    const plan = planImport(parse(file()), TENANT);
    const [paid, cancelledSent, cancelledDraft] = plan.insert.invoices.map((i) => i.id as string);
    expect(plan.sends).toEqual([
      { id: paid, sent_at: '2026-01-05T09:00:00.000Z' },
      { id: cancelledSent, sent_at: '2026-01-06T09:00:00.000Z' },
    ]);
    expect(plan.cancels).toEqual([cancelledSent, cancelledDraft]);
    expect(plan.paidAt).toEqual([{ id: paid, paid_at: '2026-01-20T10:00:00.000Z' }]);
    expect(plan.outcomes[0]).toMatchObject({
      id: paid,
      path: 'tables.invoices.0',
      status: 'paid',
      total_amount: '119.00',
      amount_paid: '119.00',
    });
    expect(plan.lastInvoiceNumber).toBe(4);
  });

  it('carries the business settings over to the workspace, but not its name, its people or their roles', () => {
    const plan = planImport(parse(file()), TENANT);
    expect(plan.settings).toEqual({
      business_name: 'Studio',
      business_address: null,
      tax_id: null,
      payment_instructions: null,
      currency: 'EUR',
      time_zone: 'Europe/Berlin',
    });
    expect(plan.reminderDays).toEqual([7, 14]);
    expect(plan.counts).toMatchObject({ workspaces: 1, contacts: 1, invoices: 4, transactions: 3, ai_actions: 2, business_logos: 0 });
    for (const table of ['users', 'workspace_members', 'audit_logs']) expect(plan.counts).not.toHaveProperty(table);
  });

  it('expires waiting proposals of the assistant, and nothing imported can be undone', () => {
    const plan = planImport(parse(file()), TENANT);
    expect(plan.insert.ai_actions.map((a) => [a.status, a.decided_at, a.undo])).toEqual([
      ['expired', '2026-12-07T10:00:00.000Z', null],
      ['confirmed', '2026-01-03T00:00:00.000Z', null],
    ]);
    expect(plan.insert.ai_actions[0]!.log_id).toBe(plan.insert.ai_logs[0]!.id);
  });

  it('refuses ids that appear twice, and invoice numbers that do', () => {
    const error = refused(
      file((t) => {
        t.tasks[0].id = id(1);
        t.invoices[1].invoice_number = 'INV-0001';
      }),
    );
    expect(error.status).toBe(400);
    expect(error.details).toEqual({
      'tables.tasks.0.id': ['appears more than once in the file'],
      'tables.invoices.1.invoice_number': ['appears more than once in the file'],
    });
  });

  it('refuses references to rows that are not in the file, and rows of another workspace', () => {
    const stranger = '99999999-9999-4999-8999-999999999999';
    const error = refused(
      file((t) => {
        t.tasks[0].contact_id = stranger;
        t.contacts[0].workspace_id = stranger;
        t.workspace_members[1].workspace_id = stranger;
        t.ai_actions[0].log_id = stranger;
        // a creator who is not among the file's people: for the record only, not refused
        t.contact_notes[0].user_id = stranger;
      }),
    );
    expect(error.status).toBe(422);
    expect(error.details).toEqual({
      'tables.workspace_members.1.workspace_id': ['belongs to another workspace than the rest of the file'],
      'tables.contacts.0.workspace_id': ['belongs to another workspace than the rest of the file'],
      'tables.tasks.0.contact_id': ['refers to no contact in the file'],
      'tables.ai_actions.0.log_id': ['refers to no assistant log entry in the file'],
    });
    expect(JSON.stringify(error.toBody())).not.toContain(stranger);
  });

  it('refuses payments that do not add up, or that pay a draft', () => {
    const error = refused(
      file((t) => {
        t.transactions[1].amount = '18.00';
        t.transactions.push({ id: id(33), type: 'income', amount: '5.00', date: '2026-01-22', invoice_id: id(13) });
      }),
    );
    expect(error.status).toBe(422);
    expect(error.details).toEqual({
      'tables.transactions.3.invoice_id': ['pays invoice INV-0004, which is draft: only sent and paid invoices take payments'],
      'tables.invoices.0.amount_paid': ["is 119.00, but the file's payments of invoice INV-0001 add up to 118.00"],
    });
  });

  it('lists at most 50 problems, and says how many more there are', () => {
    const error = refused(
      file((t) => {
        for (let i = 0; i < 60; i += 1) t.contact_notes.push({ id: id(1000 + i), contact_id: id(999), body: 'x' });
      }),
    );
    expect(Object.keys(error.details!)).toHaveLength(51);
    expect(error.details!['(more)']).toEqual(['and 10 more problems']);
  });
});

describe('importing a version 1 file (an account from before workspaces)', () => {
  it('plans the same rows as the version 2 file of the same business', () => {
    const fixed = () => {
      let n = 0;
      return () => `20000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
    };
    const members = [{ user_id: ADA, email: 'ada@example.com' }];
    const v1 = planImport(parse(fileV1()), TENANT, { members, newId: fixed() });
    const v2 = planImport(parse(file((t) => (t.tasks[0].assignee_id = null))), TENANT, { members, newId: fixed() });
    expect(v1).toEqual(v2);
  });

  it("applies the account's business settings to the workspace, but not the person's language", () => {
    const plan = planImport(parse(fileV1()), TENANT);
    expect(plan.settings).toEqual({
      business_name: 'Studio',
      business_address: null,
      tax_id: null,
      payment_instructions: null,
      currency: 'EUR',
      time_zone: 'Europe/Berlin',
    });
    expect(plan.settings).not.toHaveProperty('locale');
    expect(plan.reminderDays).toEqual([7, 14]);
    expect(plan.counts.workspaces).toBe(1);
  });

  it('checks that every row is of one account, naming user_id', () => {
    const error = refused(fileV1((t) => (t.contacts[0].user_id = '99999999-9999-4999-8999-999999999999')));
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ 'tables.contacts.0.user_id': ['belongs to another account than the rest of the file'] });
  });
});

describe('checking the replayed invoices', () => {
  const plan = planImport(parse(file()), TENANT);
  const stored = (overrides: Partial<StoredInvoice> = {}): Map<string, StoredInvoice> =>
    new Map(
      plan.outcomes.map((o, i) => [
        o.id,
        {
          id: o.id,
          status: o.status,
          subtotal: o.subtotal,
          discount_amount: o.discount_amount,
          tax_amount: o.tax_amount,
          total_amount: o.total_amount,
          amount_paid: o.amount_paid,
          taxes: o.taxes.map((t) => ({ ...t, rate: `${t.rate}.000` })),
          ...(i === 0 ? overrides : {}),
        },
      ]),
    );

  it('finds nothing when every figure and status matches (rates compared as numbers)', () => {
    expect(outcomeDifferences(plan.outcomes, stored())).toEqual({});
  });

  it('names each figure that came out differently', () => {
    expect(outcomeDifferences(plan.outcomes, stored({ total_amount: '120.00', status: 'sent' }))).toEqual({
      'tables.invoices.0.total_amount': [
        'is 119.00 in the file, but invoice INV-0001 comes to 120.00 from its items, discount and payments',
      ],
      'tables.invoices.0.status': ['is paid in the file, but invoice INV-0001 comes out sent'],
    });
  });
});
