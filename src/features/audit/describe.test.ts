import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/money';
import { type ChangeRow, describeActor, describeChange, describeInvoiceEdit, type Reader } from './describe';

const reader: Reader = { locale: 'en-US', time_zone: 'UTC', currency: 'USD' };

const INVOICE = '11111111-1111-4111-8111-111111111111';
const CONTACT = '22222222-2222-4222-8222-222222222222';
const OTHER_CONTACT = '33333333-3333-4333-8333-333333333333';
const PAYMENT = '44444444-4444-4444-8444-444444444444';
const USER = '55555555-5555-4555-8555-555555555555';

let seq = 0;
function row(
  action: string,
  entity: string,
  entityId: string | null,
  changes: Record<string, unknown>,
  context: ChangeRow['context'] = {},
): ChangeRow {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    actor: 'user_1',
    action,
    entity,
    entity_id: entityId,
    changes,
    context,
  };
}

const invoiceContext = (extra: Record<string, string> = {}) => ({
  name: 'INV-0007',
  invoice_number: 'INV-0007',
  invoice_id: INVOICE,
  currency: 'USD',
  ...extra,
});

function item(id: string, description: string, quantity: number, unitPrice: number, taxRate = 19, position = 0) {
  return {
    id,
    user_id: 'u',
    invoice_id: INVOICE,
    description,
    quantity,
    unit_price: unitPrice,
    tax_rate: taxRate,
    total: quantity * unitPrice,
    position,
    created_at: '2026-12-01T10:00:00.000+00:00',
  };
}

/** What one PUT /api/invoices/:id with a new price writes: lines deleted and inserted, totals to zero and back. */
function priceEdit(context = invoiceContext()): ChangeRow[] {
  const taxesBefore = [{ base: '1200.00', rate: '19', amount: '228.00' }];
  const taxesAfter = [{ base: '2400.00', rate: '19', amount: '456.00' }];
  return [
    row(
      'delete',
      'invoice_items',
      'a0000000-0000-4000-8000-000000000001',
      item('a0000000-0000-4000-8000-000000000001', 'Design work', 1, 1200),
      context,
    ),
    row(
      'update',
      'invoices',
      INVOICE,
      { taxes: [taxesBefore, []], subtotal: [1200, 0], tax_amount: [228, 0], total_amount: [1428, 0] },
      { ...context, total_amount: '0.00' },
    ),
    row(
      'insert',
      'invoice_items',
      'a0000000-0000-4000-8000-000000000002',
      item('a0000000-0000-4000-8000-000000000002', 'Design work', 1, 2400),
      context,
    ),
    row(
      'update',
      'invoices',
      INVOICE,
      { taxes: [[], taxesAfter], subtotal: [0, 2400], tax_amount: [0, 456], total_amount: [0, 2856] },
      { ...context, total_amount: '2856.00' },
    ),
  ];
}

/** Nothing a person should not read: no JSON, no column names, no ids, no "null". */
function expectPlain(line: { title: string; details: string[] }) {
  for (const text of [line.title, ...line.details]) {
    expect(text).not.toMatch(/[{}[\]]/);
    expect(text).not.toMatch(/\w_\w/);
    expect(text).not.toMatch(/\b(null|undefined|NaN)\b/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  }
}

describe('describeChange: invoices', () => {
  it('says one price edit in one sentence, with the new total, however many rows it wrote', () => {
    const line = describeChange(priceEdit(), reader);
    expect(line).toEqual({
      title: 'Changed invoice INV-0007',
      details: ['Changed the price of “Design work” from $1,200.00 to $2,400.00; total now $2,856.00'],
    });
    expectPlain(line);
  });

  it("formats money in the invoice's currency and the reader's locale", () => {
    const line = describeChange(priceEdit(invoiceContext({ currency: 'EUR' })), { ...reader, locale: 'de-DE' });
    const money = (v: string) => formatMoney(v, 'EUR', 'de-DE');
    expect(line.details).toEqual([
      `Changed the price of “Design work” from ${money('1200.00')} to ${money('2400.00')}; total now ${money('2856.00')}`,
    ]);
  });

  it('lists several edits of one save, then the total', () => {
    const context = invoiceContext();
    const rows = [
      row(
        'update',
        'invoices',
        INVOICE,
        {
          due_date: ['2026-12-01', '2026-12-15'],
          discount_type: [null, 'percent'],
          discount_value: [null, 10],
          total_amount: [1428, 1285.2],
        },
        context,
      ),
      row('delete', 'invoice_items', 'b1', item('b1', 'Design work', 1, 1200, 19, 0), context),
      row('delete', 'invoice_items', 'b2', item('b2', 'Hosting', 1, 50, 0, 1), context),
      row('delete', 'invoice_items', 'b3', item('b3', 'Old line', 1, 10, 0, 2), context),
      row('insert', 'invoice_items', 'b4', item('b4', 'Design work', 2, 1200, 19, 0), context),
      row('insert', 'invoice_items', 'b5', item('b5', 'Web hosting', 1, 50, 0, 1), context),
      row('insert', 'invoice_items', 'b6', item('b6', 'Logo', 3, 150, 19, 2), context),
    ];
    const line = describeChange(rows, reader);
    expect(line.title).toBe('Changed invoice INV-0007');
    expect(line.details).toEqual([
      'Changed the quantity of “Design work” from 1 to 2',
      'Renamed the line “Hosting” to “Web hosting”',
      'Added the line “Logo” (3 × $150.00)',
      'Removed the line “Old line”',
      'Added a discount of 10%',
      'Changed the due date from Dec 1, 2026 to Dec 15, 2026',
      'Total now $1,285.20',
    ]);
    expectPlain(line);
  });

  it('names the new client, and says nothing when lines were only saved again unchanged', () => {
    const context = invoiceContext();
    const names = new Map([
      [CONTACT, 'Amara Okafor'],
      [OTHER_CONTACT, 'Beta Ltd'],
    ]);
    const rows = [
      row('update', 'invoices', INVOICE, { contact_id: [CONTACT, OTHER_CONTACT] }, context),
      row('delete', 'invoice_items', 'c1', item('c1', 'Design work', 1, 1200), context),
      row('insert', 'invoice_items', 'c2', item('c2', 'Design work', 1, 1200), context),
    ];
    expect(describeChange(rows, reader, names)).toEqual({
      title: 'Changed invoice INV-0007',
      details: ['Changed the client from Amara Okafor to Beta Ltd'],
    });
  });

  it('words status changes as what happened', () => {
    const sent = describeChange(
      [
        row(
          'update',
          'invoices',
          INVOICE,
          { status: ['draft', 'sent'], sent_at: [null, '2026-12-02T09:00:00.000+00:00'] },
          invoiceContext(),
        ),
      ],
      reader,
    );
    expect(sent).toEqual({ title: 'Marked invoice INV-0007 as sent', details: [] });
    const cancelled = describeChange([row('update', 'invoices', INVOICE, { status: ['sent', 'cancelled'] }, invoiceContext())], reader);
    expect(cancelled).toEqual({ title: 'Cancelled invoice INV-0007', details: [] });
  });

  it('says a new invoice once, with its total, and a deleted one by its number', () => {
    const context = invoiceContext();
    const created = describeChange(
      [
        row(
          'insert',
          'invoices',
          INVOICE,
          { id: INVOICE, invoice_number: 'INV-0007', status: 'draft', total_amount: 0, currency: 'USD', taxes: [] },
          { ...context, total_amount: '0.00' },
        ),
        row('insert', 'invoice_items', 'd1', item('d1', 'Design work', 1, 2400), context),
        row(
          'update',
          'invoices',
          INVOICE,
          { subtotal: [0, 2400], total_amount: [0, 2856], taxes: [[], [{ rate: '19' }]] },
          { ...context, total_amount: '2856.00' },
        ),
      ],
      reader,
    );
    expect(created).toEqual({ title: 'Created invoice INV-0007 for $2,856.00', details: [] });
    const deleted = describeChange(
      [
        row('delete', 'invoices', INVOICE, { id: INVOICE, invoice_number: 'INV-0007', status: 'draft' }, context),
        row('delete', 'invoice_items', 'd2', item('d2', 'Design work', 1, 2400), context),
      ],
      reader,
    );
    expect(deleted).toEqual({ title: 'Deleted invoice INV-0007', details: [] });
  });

  it('says an email sent or a reminder, not the status columns it changed', () => {
    const context = invoiceContext();
    const sent = describeChange(
      [
        row('update', 'invoices', INVOICE, { status: ['draft', 'sent'], sent_at: [null, '2026-12-02T09:00:00Z'] }, context),
        row('invoice.sent', 'invoices', INVOICE, { to: 'client@example.com', transport: 'smtp' }, context),
      ],
      reader,
    );
    expect(sent).toEqual({ title: 'Emailed invoice INV-0007 to client@example.com', details: [] });
    const reminded = describeChange(
      [
        row(
          'invoice.reminded',
          'invoices',
          INVOICE,
          { to: 'client@example.com', transport: 'outbox', automatic: true, step_days: 7 },
          context,
        ),
      ],
      reader,
    );
    expect(reminded).toEqual({
      title: 'Emailed a payment reminder for invoice INV-0007 to client@example.com',
      details: ['Sent automatically, 7 days after the due date', 'Saved to the outbox'],
    });
    const receipt = describeChange(
      [
        row(
          'invoice.receipt_sent',
          'invoices',
          INVOICE,
          { to: 'client@example.com', cc: 'books@example.com', transport: 'outbox' },
          context,
        ),
      ],
      reader,
    );
    expect(receipt).toEqual({
      title: 'Emailed a thank-you receipt for invoice INV-0007 to client@example.com',
      details: ['Copy to books@example.com', 'Saved to the outbox'],
    });
  });

  it('says a logo put on or taken off the invoices', () => {
    expect(describeChange([row('user.logo_changed', 'users', USER, { logo: 'uploaded', size: 1200 }, {})], reader).title).toBe(
      'Put a new logo on your invoices',
    );
    expect(describeChange([row('user.logo_changed', 'users', USER, { logo: 'removed' }, {})], reader).title).toBe(
      'Removed the logo from your invoices',
    );
  });
});

describe('describeChange: payments', () => {
  const context = invoiceContext({ total_amount: '2856.00' });

  it('says a payment that settles the invoice', () => {
    const rows = [
      row(
        'insert',
        'transactions',
        PAYMENT,
        { id: PAYMENT, type: 'income', amount: 2856, invoice_id: INVOICE, date: '2026-12-03', description: 'Payment for invoice INV-0007' },
        { ...context, amount_paid: '0.00' },
      ),
      row(
        'update',
        'invoices',
        INVOICE,
        { amount_paid: [0, 2856], status: ['sent', 'paid'], paid_at: [null, '2026-12-03T10:00:00Z'] },
        { ...context, amount_paid: '2856.00' },
      ),
      row(
        'payment.recorded',
        'invoices',
        INVOICE,
        { transaction_id: PAYMENT, amount: '2856.00', status: 'paid' },
        { ...context, amount_paid: '2856.00' },
      ),
    ];
    const line = describeChange(rows, reader);
    expect(line).toEqual({
      title: 'Recorded a payment of $2,856.00 on invoice INV-0007',
      details: ['Invoice INV-0007 is now paid in full'],
    });
    expectPlain(line);
  });

  it('says what is still to pay after a part payment, also when recorded as income on the transactions page', () => {
    const rows = [
      row(
        'insert',
        'transactions',
        PAYMENT,
        { id: PAYMENT, type: 'income', amount: 500, invoice_id: INVOICE, date: '2026-12-03' },
        context,
      ),
      row('update', 'invoices', INVOICE, { amount_paid: [0, 500] }, { ...context, amount_paid: '500.00' }),
    ];
    expect(describeChange(rows, reader)).toEqual({
      title: 'Recorded a payment of $500.00 on invoice INV-0007',
      details: ['$2,356.00 still to pay'],
    });
  });

  it('says a removed payment', () => {
    const rows = [
      row(
        'delete',
        'transactions',
        PAYMENT,
        { id: PAYMENT, type: 'income', amount: 2856, invoice_id: INVOICE, date: '2026-12-03' },
        context,
      ),
      row(
        'update',
        'invoices',
        INVOICE,
        { amount_paid: [2856, 0], status: ['paid', 'sent'], paid_at: ['2026-12-03T10:00:00Z', null] },
        { ...context, amount_paid: '0.00' },
      ),
    ];
    expect(describeChange(rows, reader)).toEqual({
      title: 'Removed a payment of $2,856.00 from invoice INV-0007',
      details: ['Invoice INV-0007 is no longer paid in full'],
    });
  });

  it('says money in and out in the account currency', () => {
    const expense = describeChange(
      [
        row(
          'insert',
          'transactions',
          PAYMENT,
          { type: 'expense', amount: 45.5, description: 'Printer paper', category: 'Office', date: '2026-12-03' },
          { currency: 'GBP', name: 'Printer paper' },
        ),
      ],
      { ...reader, locale: 'en-GB' },
    );
    expect(expense).toEqual({ title: 'Recorded an expense of £45.50: “Printer paper”', details: [] });
    const changed = describeChange(
      [
        row(
          'update',
          'transactions',
          PAYMENT,
          { amount: [45.5, 54.5], date: ['2026-12-03', '2026-12-04'] },
          { currency: 'GBP', name: 'Printer paper', type: 'expense' },
        ),
      ],
      { ...reader, locale: 'en-GB' },
    );
    expect(changed).toEqual({
      title: 'Changed the expense “Printer paper”',
      details: ['Changed the amount from £45.50 to £54.50', 'Changed the date from 3 Dec 2026 to 4 Dec 2026'],
    });
  });
});

describe('describeChange: contacts, tasks, notes, settings', () => {
  it('says a contact edit field by field, in words', () => {
    const line = describeChange(
      [
        row(
          'update',
          'contacts',
          CONTACT,
          {
            status: ['lead', 'customer'],
            phone: [null, '+1 555 0100'],
            company: ['Acme', null],
            notes: ['a', 'b'],
            updated_at: ['x', 'y'],
            search: ['a', 'b'],
          },
          { name: 'Amara Okafor' },
        ),
      ],
      reader,
    );
    expect(line).toEqual({
      title: 'Changed contact “Amara Okafor”',
      details: [
        'Changed the status from Lead to Customer',
        'Set the phone number to “+1 555 0100”',
        'Removed the company (was “Acme”)',
        'Changed the notes from “a” to “b”',
      ],
    });
    expectPlain(line);
  });

  it('names added and deleted contacts, and sums up many at once', () => {
    expect(
      describeChange(
        [row('insert', 'contacts', CONTACT, { id: CONTACT, first_name: 'Amara', last_name: 'Okafor', status: 'lead' })],
        reader,
      ),
    ).toEqual({
      title: 'Added contact “Amara Okafor”',
      details: [],
    });
    expect(describeChange([row('delete', 'contacts', CONTACT, { id: CONTACT, first_name: 'Amara', last_name: null })], reader).title).toBe(
      'Deleted contact “Amara”',
    );
    const many = ['Ann', 'Ben', 'Cai', 'Dee', 'Eve', 'Fay', 'Gus'].map((n, i) => row('insert', 'contacts', `c${i}`, { first_name: n }));
    expect(describeChange(many, reader)).toEqual({ title: 'Added 7 contacts', details: ['“Ann”, “Ben”, “Cai”, “Dee”, “Eve” and 2 more'] });
  });

  it('says a task done, reopened or changed', () => {
    const context = { name: 'Call Amara' };
    expect(
      describeChange(
        [row('update', 'tasks', 't1', { status: ['pending', 'completed'], completed_at: [null, '2026-12-03T10:00:00Z'] }, context)],
        reader,
      ),
    ).toEqual({ title: 'Completed task “Call Amara”', details: [] });
    expect(
      describeChange(
        [row('update', 'tasks', 't1', { status: ['completed', 'pending'], completed_at: ['2026-12-03T10:00:00Z', null] }, context)],
        reader,
      ).title,
    ).toBe('Reopened task “Call Amara”');
    const changed = describeChange(
      [
        row(
          'update',
          'tasks',
          't1',
          { priority: ['medium', 'high'], due_date: ['2026-12-03T17:00:00.000+00:00', '2026-12-04T09:30:00.000+00:00'] },
          context,
        ),
      ],
      { ...reader, time_zone: 'America/New_York' },
    );
    expect(changed).toEqual({
      title: 'Changed task “Call Amara”',
      details: ['Changed the priority from Medium to High', 'Changed the due date from Dec 3, 2026, 12:00 PM to Dec 4, 2026, 4:30 AM'],
    });
    const added = describeChange(
      [row('insert', 'tasks', 't2', { title: 'Send the report', due_on: '2026-12-05', status: 'pending' })],
      reader,
    );
    expect(added).toEqual({ title: 'Added task “Send the report”', details: ['Due Dec 5, 2026'] });
  });

  it('names a time entry by what was worked on', () => {
    const line = describeChange([row('insert', 'time_entries', 'e1', { description: 'Brand workshop', billable: true })], reader);
    expect(line?.title).toBe('Added time entry “Brand workshop”');
  });

  it('says a note by the contact it is about', () => {
    const line = describeChange(
      [row('insert', 'contact_notes', 'n1', { body: 'Called, wants a quote', contact_id: CONTACT }, { contact: 'Amara Okafor' })],
      reader,
    );
    expect(line).toEqual({ title: 'Added a note to “Amara Okafor”', details: ['“Called, wants a quote”'] });
  });

  it('says settings in words', () => {
    const line = describeChange(
      [
        row('update', 'users', 'u1', {
          business_name: [null, 'Example Design Studio'],
          invoice_reminder_days: [[], [14, 3, 7]],
          payment_terms_days: [14, 30],
          locale: ['en-US', 'en-GB'],
          clerk_updated_at: ['a', 'b'],
        }),
      ],
      reader,
    );
    expect(line).toEqual({
      title: 'Changed your settings',
      details: [
        'Set the business name to “Example Design Studio”',
        'Changed the payment reminders from off to 3, 7 and 14 days after the due date',
        'Changed the payment terms from 14 days to 30 days',
        'Changed the date and number format from American English to British English',
      ],
    });
  });
});

describe('describeChange: events and anything else', () => {
  it('says sign-ins, the first one with the sample data it added', () => {
    expect(describeChange([row('auth.signed_in', 'users', 'u1', { mode: 'dev' })], reader)).toEqual({ title: 'Signed in', details: [] });
    const first = describeChange(
      [
        row('insert', 'users', 'u1', { clerk_id: 'user_1' }),
        row('insert', 'contacts', 'c1', { first_name: 'Ann' }),
        row('insert', 'contacts', 'c2', { first_name: 'Ben' }),
        row('insert', 'tasks', 't1', { title: 'Call Ann' }),
        row('auth.signed_in', 'users', 'u1', { mode: 'local' }),
      ],
      reader,
    );
    expect(first).toEqual({ title: 'Signed in for the first time', details: ['Added sample data: 2 contacts and 1 task'] });
  });

  it('says an import by its counts, not contact by contact', () => {
    const line = describeChange(
      [
        row('insert', 'contacts', 'c1', { first_name: 'Ann' }),
        row('update', 'contacts', 'c2', { phone: ['1', '2'] }, { name: 'Ben' }),
        row('contacts.imported', 'contacts', null, { rows: 3, created: 1, updated: 1, skipped: 1, duplicates: 'update' }),
      ],
      reader,
    );
    expect(line).toEqual({ title: 'Imported contacts from a CSV file', details: ['1 added, 1 updated and 1 skipped'] });
  });

  it('says what the assistant did once confirmed, and what was declined or undone', () => {
    const summary = 'Create the contact Jane Doe';
    expect(
      describeChange(
        [
          row('insert', 'contacts', CONTACT, { first_name: 'Jane', last_name: 'Doe' }),
          row('ai.action_confirmed', 'ai_actions', 'x', { tool: 'create_contact', summary }),
        ],
        reader,
      ),
    ).toEqual({ title: 'Added contact “Jane Doe”', details: ['Made through the assistant'] });
    expect(describeChange([row('ai.action_rejected', 'ai_actions', 'x', { tool: 'create_contact', summary })], reader)).toEqual({
      title: 'Declined a change the assistant proposed: “Create the contact Jane Doe”',
      details: [],
    });
    expect(
      describeChange(
        [
          row('delete', 'contacts', CONTACT, { first_name: 'Jane', last_name: 'Doe' }),
          row('ai.action_undone', 'ai_actions', 'x', { tool: 'create_contact', summary }),
        ],
        reader,
      ),
    ).toEqual({
      title: 'Undid a change made through the assistant: “Create the contact Jane Doe”',
      details: ['Deleted contact “Jane Doe”'],
    });
  });

  it('words unknown records, fields and events without internals', () => {
    const line = describeChange(
      [
        row(
          'update',
          'time_entries',
          'e1',
          {
            billable_note: ['Old', 'New'],
            settings: [{ a: 1 }, { a: 2 }],
            started_on: ['2026-12-01', '2026-12-02'],
            hourly_rate: ['80', '90.5'],
            api_key_hash: ['x', 'y'],
            workspace_id: ['a', 'b'],
          },
          { name: 'Design review' },
        ),
      ],
      reader,
    );
    expect(line).toEqual({
      title: 'Changed time entry “Design review”',
      details: [
        'Changed the billable note from “Old” to “New”',
        'Changed the settings',
        'Changed the started on from Dec 1, 2026 to Dec 2, 2026',
        'Changed the hourly rate from $80.00 to $90.50',
      ],
    });
    expectPlain(line);
    const event = describeChange(
      [row('deal.stage_changed', 'deals', 'd1', { from_stage: 'Lead', nested: { x: 1 }, deal_id: 'd1' })],
      reader,
    );
    expect(event).toEqual({ title: 'Deal stage changed', details: ['From stage: “Lead”'] });
    expectPlain(event);
  });

  it('caps long lists of changes and long texts', () => {
    const changes = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((k) => [k, ['x'.repeat(100), 'y']]));
    const line = describeChange([row('update', 'tasks', 't1', changes, { name: 'Long' })], reader);
    expect(line.details).toHaveLength(8);
    expect(line.details[0]).toMatch(/^Changed the a from “x{59}…” to “y”$/);
    expect(line.details[7]).toBe('and 3 more changes');
  });

  it('says something even when only bookkeeping changed', () => {
    expect(describeChange([row('update', 'users', 'u1', { clerk_updated_at: ['a', 'b'] })], reader)).toEqual({
      title: 'Updated your account',
      details: [],
    });
  });
});

describe('describeInvoiceEdit', () => {
  it('keeps only what edited the invoice, for its own history', () => {
    expect(describeInvoiceEdit(priceEdit(), reader, INVOICE)).toEqual({
      title: 'Changed the price of “Design work” from $1,200.00 to $2,400.00; total now $2,856.00',
      details: [],
    });
    // status changes, sends and payments are in the invoice's history already
    expect(
      describeInvoiceEdit([row('update', 'invoices', INVOICE, { status: ['draft', 'sent'] }, invoiceContext())], reader, INVOICE),
    ).toBeNull();
    expect(
      describeInvoiceEdit([row('invoice.sent', 'invoices', INVOICE, { to: 'a@b.example' }, invoiceContext())], reader, INVOICE),
    ).toBeNull();
    expect(
      describeInvoiceEdit([row('insert', 'invoices', INVOICE, { invoice_number: 'INV-0007' }, invoiceContext())], reader, INVOICE),
    ).toBeNull();
    const two = describeInvoiceEdit(
      [
        row(
          'update',
          'invoices',
          INVOICE,
          { notes: [null, 'Thanks!'], due_date: ['2026-12-01', '2026-12-08'], status: ['draft', 'sent'] },
          invoiceContext(),
        ),
      ],
      reader,
      INVOICE,
    );
    expect(two).toEqual({
      title: 'Edited the invoice',
      details: ['Set the notes to “Thanks!”', 'Changed the due date from Dec 1, 2026 to Dec 8, 2026'],
    });
  });
});

describe('describeActor', () => {
  it('says who acted', () => {
    expect(describeActor('user_1', 'user_1')).toBe('You');
    expect(describeActor(null, 'user_1')).toBe('Automatic');
    expect(describeActor('user_2', 'user_1', new Map([['user_2', 'Sam Lee']]))).toBe('Sam Lee');
    expect(describeActor('user_3', 'user_1', new Map([['user_2', 'Sam Lee']]))).toBe('A former member');
  });
});

describe('describeChange: discounts', () => {
  it('says a discount added, changed and removed, in percent or money', () => {
    const say = (changes: Record<string, unknown>, discountType?: string) =>
      describeChange(
        [row('update', 'invoices', INVOICE, changes, invoiceContext(discountType ? { discount_type: discountType } : {}))],
        reader,
      ).details;
    expect(say({ discount_value: [10, 15] }, 'percent')).toEqual(['Changed the discount from 10% to 15%']);
    expect(say({ discount_type: ['percent', 'amount'], discount_value: [10, 50] }, 'amount')).toEqual([
      'Changed the discount from 10% to $50.00',
    ]);
    expect(say({ discount_type: ['amount', null], discount_value: [50, null], total_amount: [950, 1000] })).toEqual([
      'Removed the discount of $50.00; total now $1,000.00',
    ]);
  });
});

describe('describeChange: the team', () => {
  const SAM = '66666666-6666-4666-8666-666666666666';
  const names = new Map([[SAM, 'Sam Lee']]);

  it('says who joined, changed role, took over and left, by name', () => {
    expect(describeChange([row('insert', 'workspace_members', null, { user_id: SAM, role: 'viewer' })], reader, names).title).toBe(
      'Added Sam Lee as viewer',
    );
    expect(describeChange([row('update', 'workspace_members', null, { role: ['viewer', 'admin'] }, {})], reader, names).title).toBe(
      'Changed the role of a member from viewer to admin',
    );
    expect(describeChange([row('delete', 'workspace_members', null, { user_id: SAM, role: 'member' })], reader, names).title).toBe(
      'Removed Sam Lee from the workspace',
    );
    expect(
      describeChange([row('workspace.invitation_sent', 'workspaces', USER, { email: 'sam@x.test', role: 'member' })], reader).title,
    ).toBe('Invited sam@x.test to the workspace as member');
  });

  it('says business settings changes, and a first sign-in with its new workspace', () => {
    const settings = describeChange([row('update', 'workspaces', USER, { business_name: [null, 'Lee & Co'] })], reader);
    expect(settings.title).toBe('Changed the business settings');
    expect(settings.details[0]).toMatch(/business name/i);
    const both = describeChange(
      [row('update', 'users', USER, { locale: ['en-US', 'en-GB'] }), row('update', 'workspaces', USER, { currency: ['USD', 'GBP'] })],
      reader,
    );
    expect(both.title).toBe('Changed your settings');
    expect(both.details).toHaveLength(2);
    const first = describeChange(
      [
        row('insert', 'workspaces', USER, { name: 'Robin', personal: true }),
        row('insert', 'workspace_members', null, { user_id: USER, role: 'owner' }),
        row('auth.signed_in', 'users', USER, { mode: 'dev' }),
      ],
      reader,
    );
    expect(first.title).toBe('Signed in for the first time');
  });
});
