import postgres from 'postgres';
import { expect } from 'vitest';
import type { Backend } from '../setup/api.global';
import type { Client } from './client';

/** Shared assertions and fixtures for the API suites. */

export function expectErrorShape(body: any, code: string) {
  expect(body).toEqual({
    error: expect.objectContaining({ code, message: expect.any(String) }),
  });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+|stack|select |insert |update .* set/i);
}

/**
 * A shared workspace of `owner` with each of `others` in it, as people do it
 * over the API: the owner creates it and invites by email, each accepts the
 * link's token. Returns its id and the clients acting in it (owner first).
 */
export async function shareWorkspace<C extends Client & { user: { id: string; email: string } }>(
  owner: C,
  others: [C, 'admin' | 'member' | 'viewer'][],
  name = 'The Studio',
): Promise<{ id: string; clients: C[] }> {
  const created = await owner.post('/api/workspaces', { name });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id: string = created.body.data.id;
  for (const [person, role] of others) {
    const invited = await owner.post(`/api/workspaces/${id}/invitations`, { email: person.user.email, role });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const accepted = await person.post('/api/invitations/accept', { token: String(invited.body.data.url).split('/').at(-1) });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  }
  return { id, clients: [owner, ...others.map(([person]) => person)].map((c) => c.in(id)) };
}

/** The total of a list endpoint (one row fetched). */
export async function total(client: Client, path: string): Promise<number> {
  const res = await client.get(`${path}${path.includes('?') ? '&' : '?'}limit=1`);
  expect(res.status, path).toBe(200);
  return res.body.page.total;
}

/** Every row of a list, following the cursor. */
export async function allRows(client: Client, path: string, limit = 200): Promise<any[]> {
  const rows: any[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: any = await client.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, path).toBe(200);
    rows.push(...res.body.data);
    cursor = res.body.page.next_cursor;
  } while (cursor);
  return rows;
}

/**
 * Superuser SQL on the real PostgreSQL backend (fixtures the API has no route
 * for, such as invoices before that feature exists). Undefined on PGlite.
 */
export function adminSql(backend: Backend): postgres.Sql | undefined {
  return backend.adminUrl ? postgres(backend.adminUrl, { max: 1, onnotice: () => {} }) : undefined;
}

let invoiceSeq = 0;

export async function insertInvoice(
  sql: postgres.Sql,
  fields: {
    /** the person, in their personal workspace (its id is theirs) */
    user_id: string;
    contact_id?: string | null;
    status?: 'draft' | 'sent' | 'paid' | 'cancelled';
    total_amount?: string;
    amount_paid?: string;
    issue_date?: string;
    due_date?: string;
    currency?: string;
  },
): Promise<{ id: string; invoice_number: string }> {
  invoiceSeq += 1;
  const number = `T-${process.pid}-${Date.now()}-${invoiceSeq}`;
  // The row is stated as given (status, totals, amount paid), below the invoice
  // rules the database enforces in triggers (created as a draft, totals from the
  // items, paid through payments), as the benchmark seed does: user triggers are
  // off for this one statement. Tests of those rules use the invoices API.
  const [row] = await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    return tx`
    insert into invoices (workspace_id, user_id, contact_id, invoice_number, status, issue_date, due_date, currency, subtotal, total_amount, amount_paid)
    values (${fields.user_id}, ${fields.user_id}, ${fields.contact_id ?? null}, ${number}, ${fields.status ?? 'sent'},
            ${fields.issue_date ?? '2026-01-10'}, ${fields.due_date ?? '2099-12-31'}, ${fields.currency ?? 'USD'},
            ${fields.total_amount ?? '1000.00'}, ${fields.total_amount ?? '1000.00'}, ${fields.amount_paid ?? '0.00'})
    returning id, invoice_number`;
  });
  return row as { id: string; invoice_number: string };
}
