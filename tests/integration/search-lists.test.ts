import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactListQuerySchema } from '@/features/contacts/schema';
import { listContacts } from '@/features/contacts/service';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { listInvoices } from '@/features/invoices/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { transactionListQuerySchema } from '@/features/transactions/schema';
import { listTransactions } from '@/features/transactions/service';
import { type Database, getDriver, likePattern, SEARCH_ID_LIMIT, selectRows } from '@/lib/db';
import { COUNT_BOUND } from '@/lib/pagination';
import { sql } from 'drizzle-orm';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * The lists' `q` through app.search_ids (docs/decisions/0156-searches-under-rls.md),
 * end to end on the embedded database under RLS: for a rare term (ids from the
 * trigram indexes) and a frequent one (more than SEARCH_ID_LIMIT matches, the
 * plain `like`), with other filters, every page of a cursor walk and its total,
 * the lists return exactly the rows of the plain `like`, in the list's order,
 * and nothing of another workspace holding the same rows.
 */

let db: Assistant;
let me: Account;
let other: Account;
const FREQUENT = SEARCH_ID_LIMIT + 40;

/** Rows for one workspace: FREQUENT of each list match "hosting", a few match "rarity", one "50%_off". */
async function seed(tx: Database, workspace: string) {
  await tx.execute(sql`
    insert into contacts (workspace_id, first_name, last_name, phone, status, created_at)
    select ${workspace}, case when g <= ${FREQUENT} then 'Hosting' else 'Plain' end,
           case when g % 997 = 0 then 'Rarity' when g = 7 then '50%_off' else 'Person ' || g end,
           '+1 555 ' || lpad(g::text, 5, '0'), (array['lead','active','customer','inactive'])[1 + g % 4],
           now() - make_interval(mins => g % 300)
      from generate_series(1, ${FREQUENT + 300}) g`);
  await tx.execute(sql`
    insert into tasks (workspace_id, title, priority, status)
    select ${workspace}, case when g <= ${FREQUENT} then 'Renew hosting ' else 'Task ' end || case when g % 997 = 0 then 'rarity' else g::text end,
           (array['low','medium','high'])[1 + g % 3], (array['pending','in_progress','completed','cancelled'])[1 + g % 4]
      from generate_series(1, ${FREQUENT + 300}) g`);
  await tx.execute(sql`
    insert into transactions (workspace_id, type, amount, description, category, date)
    select ${workspace}, case when g % 3 = 0 then 'expense' else 'income' end, (g % 500) + 0.25,
           case when g <= ${FREQUENT} then 'Monthly hosting ' else 'Other ' end || case when g % 997 = 0 then 'rarity' else g::text end,
           case when g % 5 = 0 then 'Software' end, current_date - (g % 400)
      from generate_series(1, ${FREQUENT + 300}) g`);
  await tx.execute(sql`
    insert into invoices (workspace_id, contact_id, invoice_number, issue_date, due_date, subtotal, total_amount)
    select ${workspace}, c.id, 'T-' || lpad(c.rn::text, 6, '0'), current_date - (c.rn % 90)::int, current_date + 14, 0, 0
      from (select id, row_number() over (order by id) as rn from contacts where workspace_id = ${workspace}) c
`);
}

beforeAll(async () => {
  db = await startAssistant();
  me = await db.signUp('Sam Search');
  other = await db.signUp('Olga Other');
  // bulk rows as the database owner with triggers off (the audit trail of 40 000 rows is not the point here)
  const { db: owner } = await getDriver();
  await owner.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await seed(tx as unknown as Database, me.user.id);
    await seed(tx as unknown as Database, other.user.id);
  });
}, 300_000);

afterAll(async () => {
  await db?.close();
});

type Row = { id: string };
type Lister = (
  tx: Database,
  query: Record<string, unknown>,
) => Promise<{ data: Row[]; page: { next_cursor: string | null; total: number } }>;

const lists: Record<string, { list: Lister; name: string; match: string; sorts: string[]; filters: Record<string, string>[] }> = {
  contacts: {
    name: 'contacts',
    list: (tx, q) => listContacts(tx, me.user, contactListQuerySchema.parse(q)),
    match: `search like $1 or regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') like $2`,
    sorts: ['-created_at', 'last_name'],
    filters: [{}, { status: 'customer' }],
  },
  tasks: {
    name: 'tasks',
    list: (tx, q) => listTasks(tx, me.user, taskListQuerySchema.parse(q)),
    match: 'search like $1',
    sorts: ['due_date', '-priority', 'title'],
    filters: [{}, { status: 'pending' }],
  },
  transactions: {
    name: 'transactions',
    list: (tx, q) => listTransactions(tx, me.user, transactionListQuerySchema.parse(q)),
    match: 'search like $1',
    sorts: ['-date', 'amount'],
    filters: [{}, { type: 'expense' }],
  },
  invoices: {
    name: 'invoices',
    list: (tx, q) => listInvoices(tx, me.user, invoiceListQuerySchema.parse(q)),
    match: `lower(invoice_number) like $1 or contact_id in (select c.id from contacts c where c.search like $1)`,
    sorts: ['-issue_date', 'invoice_number'],
    filters: [{}, { status: 'draft' }],
  },
};

/** Every page of a list, walked by its cursor (the total as the first page says it). */
async function walk(tx: Database, list: Lister, query: Record<string, unknown>): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let total = -1;
  for (;;) {
    const { data, page } = await list(tx, { ...query, limit: '200', ...(cursor ? { cursor } : {}) });
    if (total < 0) total = page.total;
    ids.push(...data.map((r) => r.id));
    if (!page.next_cursor) return { ids, total };
    cursor = page.next_cursor;
  }
}

/** How many ids app.search_ids finds (capped one over the limit): which path a list takes. */
async function found(tx: Database, list: string, q: string, digits: string | null = null): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from app.search_ids(${list}::text, ${likePattern(q)}::text, ${digits}::text, ${SEARCH_ID_LIMIT + 1}::int)`,
  );
  return row!.n;
}

describe.each(Object.keys(lists))('%s?q=', (key) => {
  const { list, name, match, sorts, filters } = lists[key]!;

  it.each([
    ['a rare term', 'RARITY', 'ids'],
    ['a frequent term', 'hosting', 'like'],
    ['a term with like’s special characters', '50%_', 'ids'],
    ['a term matching nothing', 'zzqx', 'ids'],
  ])(
    'finds the rows of the plain like for %s, in the list’s order, on every page',
    async (_label, q, path) => {
      await me.tx(async (tx) => {
        const n = await found(tx, name, q);
        if (path === 'ids') expect(n).toBeLessThanOrEqual(SEARCH_ID_LIMIT);
        else expect(n, 'the frequent term goes over the limit').toBe(SEARCH_ID_LIMIT + 1);
        const matchIds = new Set(
          (
            await selectRows<{ id: string }>(
              tx,
              sql.raw(
                `select id from ${name} where ${match.replaceAll('$1', `'${likePattern(q).replaceAll("'", "''")}'`).replaceAll('$2', `'-'`)}`,
              ),
            )
          ).map((r) => r.id),
        );
        for (const sort of sorts) {
          for (const filter of filters) {
            // the expected rows: the list without `q`, in its order, keeping those the plain like matches
            const all = await walk(tx, list, { sort, ...filter });
            const expected = all.ids.filter((id) => matchIds.has(id));
            const got = await walk(tx, list, { sort, ...filter, q });
            expect(got.ids, `${sort} ${JSON.stringify(filter)}`).toEqual(expected);
            // a searched list counts at most COUNT_BOUND rows (docs/decisions/0154; transactions too since 0176)
            const bounded = Math.min(expected.length, COUNT_BOUND);
            expect(got.total, `${sort} ${JSON.stringify(filter)}`).toBe(bounded);
          }
        }
        if (q === 'RARITY' || q === 'hosting') expect(matchIds.size).toBeGreaterThan(0);
      });
    },
    300_000,
  );

  it('counts only the workspace’s own matches while another workspace holds the same rows', async () => {
    const mine = await me.tx((tx) => walk(tx, list, { q: 'rarity' }));
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.ids).toHaveLength(mine.total);
    const [row] = await other.tx((tx) =>
      selectRows<{ n: number }>(tx, sql`select count(*)::int as n from app.search_ids(${name}::text, '%rarity%')`),
    );
    expect(row!.n, 'the other workspace has the same matches').toBe(mine.total);
    const theirs = await other.tx((tx) =>
      selectRows<{ id: string }>(tx, sql`select id from app.search_ids(${name}::text, '%rarity%') as id`),
    );
    expect(mine.ids.filter((id) => theirs.some((r) => r.id === id))).toEqual([]);
  });
});

it('matches a phone-shaped q on the digits, through the ids', async () => {
  await me.tx(async (tx) => {
    expect(await found(tx, 'contacts', '555 01234', '%55501234%')).toBe(1);
    const { data } = await listContacts(tx, me.user, contactListQuerySchema.parse({ q: '555 01234' }));
    expect(data.map((c) => (c as { phone: string | null }).phone)).toEqual(['+1 555 01234']);
  });
});
