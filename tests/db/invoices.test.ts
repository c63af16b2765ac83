import postgres from 'postgres';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeTotals, type Discount, lineTotalCents, type TotalsLine } from '../../src/features/invoices/totals';

/**
 * The invoice rules as the database enforces them, with no application in
 * between (so they hold for every writer: the API, an import, the assistant):
 * totals identical to the TypeScript twin used by the editor, the status
 * machine, payments and their reversal, overpayment, concurrency on a real
 * server, account deletion, and the scheduler's role.
 */

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomInvoice(next: () => number): { lines: TotalsLine[]; discount: Discount } {
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const count = 1 + Math.floor(next() * 8);
  const lines = Array.from({ length: count }, () => ({
    quantity: pick<string | number>([1, 1, 2, 3, 7, 12, 1000, 999_999, '7.5', '0.125', '0.333', '2.005', '1.5', '0.001']),
    unit_price: pick(['0.01', '0.10', '0.33', '1.00', '9.99', '19.95', '33.33', '100.00', '1234.56', '999999.99', '0.00']),
    tax_rate: pick(['0', '0', '19', '7', '7.7', '20', '5.5', '2.125', '100']),
  }));
  const subtotalHint = lines.reduce((s, l) => s + lineTotalCents(l.quantity, l.unit_price), 0n);
  const kind = pick(['none', 'none', 'percent', 'amount']);
  let discount: Discount = null;
  if (kind === 'percent') discount = { type: 'percent', value: pick(['5.00', '10.00', '12.50', '33.33', '99.99', '100.00', '0.01']) };
  if (kind === 'amount' && subtotalHint > 0n) {
    const cents = BigInt(Math.floor(next() * 1e9)) % (subtotalHint + 1n);
    discount = { type: 'amount', value: `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}` };
  }
  return { lines, discount };
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'inv')],
  ['pglite', pgliteBackend],
] as const)('invoice rules in the database on %s', (name, make) => {
  let db: SqlBackend;
  const A = { sub: 'user_inv_a' };
  const B = { sub: 'user_inv_b' };
  const ids: Record<string, string> = {};

  const as = <T>(claims: Record<string, unknown> | null, fn: (q: Query) => Promise<T>, role?: string) => db.as<T>(claims, fn, role);
  const rejects = (claims: Record<string, unknown>, fn: (q: Query) => Promise<unknown>) => expect(as(claims, fn)).rejects;

  /** A sent invoice of A with the given lines; returns its id. */
  async function sentInvoice(lines: [number, string, string?][], number: string): Promise<string> {
    return as(A, async (q) => {
      const [inv] = await q(
        `insert into invoices (workspace_id, contact_id, invoice_number, due_date) values ($1, $2, $3, current_date + 14) returning id`,
        [ids.a_user, ids.a_contact, number],
      );
      for (const [quantity, price, rate] of lines) {
        await q(
          `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, tax_rate, total) values ($1, $2, 'Work', $3, $4, $5, 0)`,
          [ids.a_user, inv!.id, quantity, price, rate ?? '0'],
        );
      }
      await q(`update invoices set status = 'sent' where id = $1`, [inv!.id]);
      return inv!.id as string;
    });
  }

  const pay = (invoiceId: string, amount: string) =>
    as(A, async (q) => {
      const [t] = await q(`insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'income', $2, $3) returning id`, [
        ids.a_user,
        amount,
        invoiceId,
      ]);
      return t!.id as string;
    });
  const state = (invoiceId: string) =>
    as(A, async (q) => (await q(`select status, amount_paid, total_amount, paid_at from invoices where id = $1`, [invoiceId]))[0]!);

  beforeAll(async () => {
    db = await make();
    for (const [key, claims] of [
      ['a', A],
      ['b', B],
    ] as const) {
      await as(claims, async (q) => {
        const [user] = await q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [claims.sub, `${key}@inv.test`]);
        ids[`${key}_user`] = user!.id;
        const [contact] = await q(
          `insert into contacts (workspace_id, first_name, email) values ($1, 'Client', 'client@inv.test') returning id`,
          [user!.id],
        );
        ids[`${key}_contact`] = contact!.id;
      });
    }
  });

  afterAll(async () => {
    await db.close();
  });

  it('computes totals exactly like the TypeScript twin the editor uses (400 random invoices)', async () => {
    const next = random(name === 'postgres' ? 20261128 : 5);
    const cases = Array.from({ length: 400 }, () => randomInvoice(next));
    const results = await as(A, (q) =>
      Promise.all(
        cases.map(async ({ lines, discount }) => {
          const [row] = await q(
            `select subtotal::numeric(20,2)::text as subtotal, discount_amount::numeric(20,2)::text as discount_amount,
                    tax_amount::numeric(20,2)::text as tax_amount, total_amount::numeric(20,2)::text as total_amount, taxes
               from app.invoice_totals($1::text::jsonb, $2, $3)`,
            [JSON.stringify(lines), discount?.type ?? null, discount?.value ?? null],
          );
          return row!;
        }),
      ),
    );
    cases.forEach(({ lines, discount }, index) => {
      const expected = computeTotals(lines, discount);
      const { line_totals: _lines, ...rest } = expected;
      expect(results[index], JSON.stringify({ lines, discount })).toEqual(rest);
    });
  });

  it('keeps the shares of a discount summing to the discount, and the documented examples', async () => {
    const [row] = await as(A, (q) =>
      q(`select * from app.invoice_totals($1::text::jsonb, 'percent', 10)`, [
        JSON.stringify([
          { quantity: 3, unit_price: '0.10', tax_rate: '19' },
          { quantity: 1, unit_price: '100.00', tax_rate: '7' },
          { quantity: 2, unit_price: '33.33', tax_rate: '0' },
        ]),
      ]),
    );
    expect(row).toMatchObject({ subtotal: '166.96', discount_amount: '16.70', tax_amount: '6.35', total_amount: '156.61' });
    expect(row!.taxes).toEqual([
      { rate: '7', base: '90.00', amount: '6.30' },
      { rate: '19', base: '0.27', amount: '0.05' },
    ]);
  });

  it('computes line totals and invoice totals from the items, whatever the writer sends', async () => {
    const id = await as(A, async (q) => {
      const [inv] = await q(
        `insert into invoices (workspace_id, invoice_number, due_date, total_amount, amount_paid) values ($1, 'T-1', current_date, 999, 0) returning id, total_amount`,
        [ids.a_user],
      );
      expect(inv!.total_amount).toBe('0.00');
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 3, '0.10', 1234)`,
        [ids.a_user, inv!.id],
      );
      const [item] = await q(`select total from invoice_items where invoice_id = $1`, [inv!.id]);
      expect(item!.total).toBe('0.30');
      await q(`update invoices set total_amount = 5 where id = $1`, [inv!.id]);
      return inv!.id as string;
    });
    expect((await state(id)).total_amount).toBe('0.30');
  });

  it('refuses a line or a total that numeric(14,2) cannot hold', async () => {
    await rejects(A, async (q) => {
      const [inv] = await q(
        `insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'T-OVER', current_date) returning id`,
        [ids.a_user],
      );
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 2000000, '999999.99', 0)`,
        [ids.a_user, inv!.id],
      );
    }).toThrow(/numeric field overflow|out of range/);
  });

  it('lets only a draft change its items or be deleted, and freezes what was sent', async () => {
    const id = await sentInvoice([[1, '100.00']], 'T-2');
    const item = await as(A, async (q) => (await q(`select id from invoice_items where invoice_id = $1`, [id]))[0]!.id);
    await rejects(A, (q) => q(`update invoice_items set quantity = 2 where id = $1`, [item])).toThrow(/can no longer change/);
    await rejects(A, (q) => q(`delete from invoice_items where id = $1`, [item])).toThrow(/can no longer change/);
    await rejects(A, (q) =>
      q(`insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 1, 1, 1)`, [
        ids.a_user,
        id,
      ]),
    ).toThrow(/can no longer change/);
    await rejects(A, (q) => q(`update invoices set currency = 'EUR' where id = $1`, [id])).toThrow(/currency can no longer change/);
    await rejects(A, (q) => q(`update invoices set discount_type = 'amount', discount_value = 1 where id = $1`, [id])).toThrow(
      /can no longer change/,
    );
    await rejects(A, (q) => q(`delete from invoices where id = $1`, [id])).toThrow(/only drafts can be deleted/);
    // the due date and notes of a sent invoice may still change
    await as(A, (q) => q(`update invoices set due_date = due_date + 7, notes = 'Extended' where id = $1`, [id]));
  });

  it('follows draft → sent → paid, cancelled from draft or sent, and refuses every other move', async () => {
    const id = await sentInvoice([[1, '50.00']], 'T-3');
    const illegal: [string, RegExp][] = [
      ['draft', /cannot go from sent to draft/],
      ['paid', /record a payment/],
    ];
    for (const [to, pattern] of illegal) {
      await rejects(A, (q) => q(`update invoices set status = $2 where id = $1`, [id, to])).toThrow(pattern);
    }
    await rejects(A, (q) => q(`update invoices set amount_paid = 50 where id = $1`, [id])).toThrow(/amount paid follows the payments/);
    await as(A, (q) => q(`update invoices set status = 'cancelled' where id = $1`, [id]));
    for (const to of ['draft', 'sent', 'paid']) {
      await rejects(A, (q) => q(`update invoices set status = $2 where id = $1`, [id, to])).toThrow(
        /cannot go from cancelled|record a payment/,
      );
    }
    await rejects(A, (q) =>
      q(`insert into invoices (workspace_id, invoice_number, due_date, status) values ($1, 'T-4', current_date, 'sent')`, [ids.a_user]),
    ).toThrow(/starts as a draft/);
  });

  it('applies payments, partial and full, and reverses them when they are changed or deleted', async () => {
    const id = await sentInvoice(
      [
        [3, '0.10'],
        [1, '99.70'],
      ],
      'T-5',
    );
    expect(await state(id)).toMatchObject({ status: 'sent', amount_paid: '0.00', total_amount: '100.00' });
    const first = await pay(id, '30.00');
    expect(await state(id)).toMatchObject({ status: 'sent', amount_paid: '30.00' });
    const second = await pay(id, '70.00');
    const paid = await state(id);
    expect(paid).toMatchObject({ status: 'paid', amount_paid: '100.00' });
    expect(paid.paid_at).not.toBeNull();
    // changing a payment down re-opens the invoice
    await as(A, (q) => q(`update transactions set amount = '60.00' where id = $1`, [second]));
    expect(await state(id)).toMatchObject({ status: 'sent', amount_paid: '90.00', paid_at: null });
    await as(A, (q) => q(`update transactions set amount = '70.00' where id = $1`, [second]));
    expect(await state(id)).toMatchObject({ status: 'paid', amount_paid: '100.00' });
    await as(A, (q) => q(`delete from transactions where id = $1`, [first]));
    expect(await state(id)).toMatchObject({ status: 'sent', amount_paid: '70.00' });
    // moving a payment to another invoice updates both
    const other = await sentInvoice([[1, '70.00']], 'T-6');
    await as(A, (q) => q(`update transactions set invoice_id = $1 where id = $2`, [other, second]));
    expect(await state(id)).toMatchObject({ status: 'sent', amount_paid: '0.00' });
    expect(await state(other)).toMatchObject({ status: 'paid', amount_paid: '70.00' });
    const history = await as(A, (q) =>
      q(`select type, data, created_at::text as at from invoice_events where invoice_id = $1 order by created_at, id`, [id]),
    );
    // events within one millisecond (created_at is timestamptz(3)) have no order among themselves: compare each
    // millisecond's events as a set, in the order of the milliseconds
    const byMillisecond = (rows: { type: string; at: string }[]) => {
      const groups: string[][] = [];
      let last: string | undefined;
      for (const row of rows) {
        if (row.at !== last) groups.push([]);
        groups.at(-1)!.push(row.type);
        last = row.at;
      }
      return groups.map((g) => g.sort().join('+')).join(' ');
    };
    const expected = [
      'created',
      'status_changed',
      'payment_recorded',
      'payment_recorded',
      'status_changed',
      'payment_changed',
      'status_changed',
      'payment_changed',
      'status_changed',
      'payment_removed',
      'status_changed',
      'payment_removed',
    ];
    expect(history.map((e) => e.type).sort()).toEqual([...expected].sort());
    expect(history[0]!.type).toBe('created');
    const actual = history as unknown as { type: string; at: string }[];
    expect(byMillisecond(actual)).toBe(byMillisecond(expected.map((type, i) => ({ type, at: actual[i]!.at }))));
  });

  it('refuses overpayment, payments on drafts and cancelled invoices, and expense rows', async () => {
    const id = await sentInvoice([[1, '10.00']], 'T-7');
    await pay(id, '4.00');
    await expect(pay(id, '6.01')).rejects.toThrow(/more than its total of 10.00. The balance due is 6.00/);
    await pay(id, '6.00');
    await expect(pay(id, '0.01')).rejects.toThrow(/balance due is 0.00/);
    const draft = await as(A, async (q) => {
      const [inv] = await q(`insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'T-8', current_date) returning id`, [
        ids.a_user,
      ]);
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 1, 5, 0)`,
        [ids.a_user, inv!.id],
      );
      return inv!.id as string;
    });
    await expect(pay(draft, '1.00')).rejects.toThrow(/still a draft/);
    await as(A, (q) => q(`update invoices set status = 'cancelled' where id = $1`, [draft]));
    await expect(pay(draft, '1.00')).rejects.toThrow(/cancelled: it cannot take payments/);
    await rejects(A, (q) =>
      q(`insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'expense', 1, $2)`, [ids.a_user, id]),
    ).toThrow(/check constraint|violates/);
    const partly = await sentInvoice([[1, '10.00']], 'T-9');
    await pay(partly, '1.00');
    await rejects(A, (q) => q(`update invoices set status = 'cancelled' where id = $1`, [partly])).toThrow(/remove them before cancelling/);
  });

  it('settles an invoice with nothing to pay as soon as it is sent', async () => {
    const id = await sentInvoice([[2, '0.00']], 'T-10');
    expect(await state(id)).toMatchObject({ status: 'paid', total_amount: '0.00' });
  });

  it('numbers per account with the prefix, skipping numbers taken by hand', async () => {
    const numbers = await as(B, async (q) => {
      await q(`insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'INV-0002', current_date)`, [ids.b_user]);
      const out: string[] = [];
      for (let n = 0; n < 3; n += 1) out.push((await q(`select app.next_invoice_number($1, 'INV-') as n`, [ids.b_user]))[0]!.n);
      return out;
    });
    expect(numbers).toEqual(['INV-0001', 'INV-0003', 'INV-0004']);
    // another account has its own counter, and may use the same numbers
    const a = await as(A, async (q) => (await q(`select app.next_invoice_number($1, 'F') as n`, [ids.a_user]))[0]!.n);
    expect(a).toBe('F0001');
    await as(A, (q) =>
      q(`insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'INV-0002', current_date)`, [ids.a_user]),
    );
    await rejects(A, (q) =>
      q(`insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'INV-0002', current_date)`, [ids.a_user]),
    ).toThrow(/duplicate key|unique/);
  });

  it("keeps the new tables tenant-sealed: B sees and writes none of A's history, counters or reminders", async () => {
    const id = await sentInvoice([[1, '1.00']], 'T-11');
    for (const table of ['invoice_events', 'invoice_counters', 'invoice_reminders']) {
      const rows = await as(B, (q) => q(`select * from ${table}`));
      expect(
        rows.every((r) => r.workspace_id === ids.b_user),
        table,
      ).toBe(true);
    }
    await rejects(B, (q) =>
      q(`insert into invoice_events (workspace_id, invoice_id, type) values ($1, $2, 'created')`, [ids.a_user, id]),
    ).toThrow(/row-level security|violates/);
    await rejects(B, (q) =>
      q(`insert into invoice_events (workspace_id, invoice_id, type) values ($1, $2, 'created')`, [ids.b_user, id]),
    ).toThrow(/foreign key|violates/);
    await rejects(B, (q) =>
      q(`insert into invoice_reminders (workspace_id, invoice_id, step_days, local_date) values ($1, $2, 3, current_date)`, [
        ids.b_user,
        id,
      ]),
    ).toThrow(/foreign key|violates/);
    await rejects(B, (q) => q(`select app.next_invoice_number($1, 'X')`, [ids.a_user])).toThrow(/row-level security|violates/);
  });

  it('gives the scheduler role the list of accounts with reminders due, and nothing else', async () => {
    const overdue = await as(A, async (q) => {
      const [inv] = await q(
        `insert into invoices (workspace_id, contact_id, invoice_number, issue_date, due_date) values ($1, $2, 'T-12', current_date - 30, current_date - 10) returning id`,
        [ids.a_user, ids.a_contact],
      );
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 1, 5, 0)`,
        [ids.a_user, inv!.id],
      );
      await q(`update invoices set status = 'sent' where id = $1`, [inv!.id]);
      return inv!.id as string;
    });
    expect(overdue).toBeTruthy();
    const system = (fn: (q: Query) => Promise<Row[]>) => as(null, fn, 'ledgerly_system');
    expect(await system((q) => q(`select * from app.reminder_accounts()`))).toEqual([]);
    await as(A, (q) => q(`update workspaces set invoice_reminder_days = '{3,7,14}' where id = $1`, [ids.a_user]));
    expect(await system((q) => q(`select * from app.reminder_accounts()`))).toEqual([{ workspace_id: ids.a_user, clerk_id: A.sub }]);
    for (const table of ['users', 'invoices', 'contacts', 'invoice_events', 'transactions']) {
      await expect(system((q) => q(`select * from ${table}`))).rejects.toThrow(/permission denied/);
    }
    await expect(as(A, (q) => q(`select * from app.reminder_accounts()`))).rejects.toThrow(/permission denied/);
    await expect(system((q) => q(`select app.next_invoice_number($1, 'X')`, [ids.a_user]))).rejects.toThrow(/permission denied/);
  });

  it('derives overdue from the due date and the time zone', async () => {
    const [row] = await as(A, (q) =>
      q(`select app.invoice_effective_status('sent', current_date - 1, app.local_date('UTC')) as a,
                app.invoice_effective_status('sent', current_date + 1, app.local_date('UTC')) as b,
                app.invoice_effective_status('paid', current_date - 9, app.local_date('UTC')) as c,
                app.local_date('No/Such_Zone') = (now() at time zone 'UTC')::date as fallback`),
    );
    expect(row).toEqual({ a: 'overdue', b: 'sent', c: 'paid', fallback: true });
  });

  it('deletes an account with sent and paid invoices and their payments', async () => {
    const [user] = await as({ sub: 'user_inv_gone' }, (q) => q(`insert into users (clerk_id) values ('user_inv_gone') returning id`));
    await as({ sub: 'user_inv_gone' }, async (q) => {
      const [inv] = await q(`insert into invoices (workspace_id, invoice_number, due_date) values ($1, 'G-1', current_date) returning id`, [
        user!.id,
      ]);
      await q(
        `insert into invoice_items (workspace_id, invoice_id, description, quantity, unit_price, total) values ($1, $2, 'x', 1, 10, 0)`,
        [user!.id, inv!.id],
      );
      await q(`update invoices set status = 'sent' where id = $1`, [inv!.id]);
      await q(`insert into transactions (workspace_id, type, amount, invoice_id) values ($1, 'income', 10, $2)`, [user!.id, inv!.id]);
      await q(`delete from users where id = $1`, [user!.id]);
    });
    const left = await as({ sub: 'user_inv_gone' }, (q) =>
      q(`select (select count(*) from invoices)::int as invoices, (select count(*) from transactions)::int as tx`),
    );
    expect(left[0]).toEqual({ invoices: 0, tx: 0 });
  });

  if (name === 'postgres') {
    it('applies concurrent payments one after the other: none is lost, overpaying stays impossible', async () => {
      const id = await sentInvoice([[1, '100.00']], 'T-C1');
      const appUrl = db.appUrl!;
      const clients = Array.from({ length: 8 }, () => postgres(appUrl, { max: 1, prepare: false, onnotice: () => {} }));
      try {
        const attempts = await Promise.allSettled(
          clients.map((client) =>
            client.begin(async (tx) => {
              await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(A)}, true)`;
              await tx`insert into transactions (workspace_id, type, amount, invoice_id) values (${ids.a_user!}, 'income', '30.00', ${id})`;
              await tx`select pg_sleep(0.05)`;
            }),
          ),
        );
        const ok = attempts.filter((a) => a.status === 'fulfilled').length;
        expect(ok).toBe(3);
        for (const failed of attempts.filter((a) => a.status === 'rejected')) {
          expect(String((failed as PromiseRejectedResult).reason)).toMatch(/more than its total/);
        }
        expect(await state(id)).toMatchObject({ status: 'sent', amount_paid: '90.00' });
      } finally {
        await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
      }
    });

    it('gives 24 concurrent creates 24 different numbers', async () => {
      const appUrl = db.appUrl!;
      const clients = Array.from({ length: 24 }, () => postgres(appUrl, { max: 1, prepare: false, onnotice: () => {} }));
      try {
        const numbers = await Promise.all(
          clients.map((client) =>
            client.begin(async (tx) => {
              await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(B)}, true)`;
              const [row] = await tx`select app.next_invoice_number(${ids.b_user!}, 'C-') as n`;
              await tx`insert into invoices (workspace_id, invoice_number, due_date) values (${ids.b_user!}, ${row!.n}, current_date)`;
              return row!.n as string;
            }),
          ),
        );
        expect(new Set(numbers).size).toBe(24);
      } finally {
        await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
      }
    });
  }
});
