import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contactListQuerySchema } from '@/features/contacts/schema';
import { listContacts } from '@/features/contacts/service';
import { transactionListQuerySchema } from '@/features/transactions/schema';
import { listTransactions, transactionTotals } from '@/features/transactions/service';
import {
  type Database,
  getDriver,
  likePattern,
  SEARCH_SAMPLE,
  SEARCH_SAMPLE_HITS,
  SEARCH_WINDOW,
  SEARCH_WINDOW_HITS,
  type SearchPlan,
  searchIds,
  selectRows,
  setSearchPlan,
  tables,
} from '@/lib/db';
import { COUNT_BOUND } from '@/lib/pagination';
import { type Account, type Assistant, startAssistant } from '../helpers/assistant';

/**
 * The ledger's `q` decides "frequent" before probing the trigram index
 * (docs/decisions/0177-frequent-search-terms.md): a term dense among the
 * workspace's newest rows goes straight to the plain `like`, any other term
 * is probed as before. Whatever the plan — the sample's choice (`auto`), the
 * probe always (`ids`, the plan before ADR 0177) or the plain `like` always —
 * the list gives the same rows in the same order on every page, the same
 * bounded count and `total_exact`, the same `totals` (null past COUNT_BOUND
 * matches), and the exact totals agree: for rare, middle and frequent terms,
 * terms shorter than a trigram, accents, case, and `%` / `_` / `\`.
 */

let db: Assistant;
let me: Account;
let other: Account;
const ROWS = 4000;

/**
 * The ledger of one workspace, newest first by date: "hosting" in every third row (dense everywhere), "monthly"
 * in most of the old rows but none of the newest (frequent overall, rare among the newest), "newcorp" in a
 * third of the newest 900 rows and nowhere else (dense among the newest, 300 in all: under the count's bound),
 * "retainer" in 2 % of the rows, "rarity" in a few, accents, case and like's special characters in some.
 */
async function seed(tx: Database, workspace: string) {
  await tx.execute(sql`
    insert into transactions (workspace_id, type, amount, description, category, date)
    select ${workspace}, case when g % 3 = 0 then 'expense' else 'income' end, ((g * 37) % 5000 + 1) / 100.0,
           concat_ws(' ',
             case when g % 3 = 0 then 'Hosting fee' end,
             case when g > 2500 and g % 4 <> 0 then 'Monthly' end,
             case when g <= 900 and g % 3 = 1 then 'Newcorp' end,
             case when g % 50 = 7 then 'Retainer' end,
             case when g % 997 = 5 then 'RARITY' end,
             case when g % 40 = 1 then 'Café Crème' end,
             case when g % 61 = 2 then '50%_off \\ deal' end,
             'n' || g),
           case when g % 5 = 0 then 'Software' when g % 5 = 1 then 'Hosting' end,
           current_date - (g / 8)
      from generate_series(1, ${ROWS}) g`);
}

beforeAll(async () => {
  db = await startAssistant();
  me = await db.signUp('Pat Plans');
  other = await db.signUp('Olga Other');
  const { db: owner } = await getDriver();
  await owner.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await seed(tx as unknown as Database, me.user.id);
    await seed(tx as unknown as Database, other.user.id);
    // contacts, newest by creation: "Hostel" in every one (past the bound everywhere), "Zenobia" in a third of the newest 600 only;
    // a job title: "Designer" in one in fifty, "Director" in half
    await tx.execute(sql`
      insert into contacts (workspace_id, first_name, last_name, status, created_at, position)
      select ${me.user.id}, case when g <= 600 and g % 3 = 0 then 'Zenobia' else 'Pat' end, 'Hostel ' || g,
             (array['lead','active','customer','inactive'])[1 + g % 4], now() - make_interval(mins => g),
             case when g % 50 = 0 then 'Head Designer' when g % 2 = 0 then 'Sales Director' end
        from generate_series(1, 1500) g`);
  });
}, 300_000);

afterEach(() => setSearchPlan('auto'));

afterAll(async () => {
  setSearchPlan('auto');
  await db?.close();
});

type Walked = { ids: string[]; total: number; exact: boolean; totals: unknown };

/** Every page of the ledger for a query, walked by its cursor; the first page's count and totals. */
async function walk(tx: Database, query: Record<string, unknown>): Promise<Walked> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let first: Omit<Walked, 'ids'> | undefined;
  for (;;) {
    const { data, page, totals } = await listTransactions(
      tx,
      me.user,
      transactionListQuerySchema.parse({ ...query, limit: '200', ...(cursor ? { cursor } : {}) }),
    );
    first ??= { total: page.total, exact: page.total_exact, totals };
    ids.push(...data.map((r) => r.id));
    if (!page.next_cursor) return { ids, ...first };
    cursor = page.next_cursor;
  }
}

async function frequent(tx: Database, q: string, sample = SEARCH_SAMPLE, hits = SEARCH_SAMPLE_HITS): Promise<boolean> {
  const [row] = await selectRows<{ f: boolean }>(
    tx,
    sql`select app.search_frequent('transactions', ${likePattern(q)}::text, ${sample}::int, ${hits}::int) as f`,
  );
  return row!.f;
}

/** The second look of a term the sample finds frequent: past the count's bound within the window of newest rows. */
const pastBound = (tx: Database, q: string) => frequent(tx, q, SEARCH_WINDOW, SEARCH_WINDOW_HITS);

const PLANS: SearchPlan[] = ['auto', 'ids', 'like'];

describe('transactions?q= under each plan', () => {
  it('samples: dense among the newest rows is frequent, the rest is probed', async () => {
    await me.tx(async (tx) => {
      expect(await frequent(tx, 'hosting')).toBe(true);
      expect(await frequent(tx, 'HOSTING')).toBe(true);
      expect(await frequent(tx, 'o')).toBe(true);
      // frequent in the old rows only: the sample sees none of it, the probe decides
      expect(await frequent(tx, 'monthly')).toBe(false);
      expect(await frequent(tx, 'retainer')).toBe(false);
      expect(await frequent(tx, 'rarity')).toBe(false);
      expect(await frequent(tx, '50%_')).toBe(false);
      expect(await frequent(tx, 'zzqx')).toBe(false);
      // the window: a term dense among the newest rows takes the plain like only when it passes the count's bound there
      expect(await pastBound(tx, 'hosting')).toBe(true);
      expect(await pastBound(tx, 'o')).toBe(true);
      expect(await frequent(tx, 'newcorp')).toBe(true);
      expect(await pastBound(tx, 'newcorp')).toBe(false);
      // …and the list's decision follows: ids for the newcomer (its count is then exact without reading the ledger), the plain like for hosting
      expect(await searchIds(tx, tables.transactions.id, 'transactions', 'newcorp')).not.toBeNull();
      expect(await searchIds(tx, tables.transactions.id, 'transactions', 'NewCorp')).not.toBeNull();
      expect(await searchIds(tx, tables.transactions.id, 'transactions', 'hosting')).toBeNull();
    });
  });

  it.each([
    ['a frequent term', 'hosting'],
    ['a frequent term in another case', 'HoStInG'],
    ['a term frequent only among old rows', 'monthly'],
    ['a term frequent only among the newest rows, fewer than 1 001 in all', 'newcorp'],
    ['the same in another case', 'NEWCORP'],
    ['a middle term', 'retainer'],
    ['a rare term', 'rarity'],
    ['a term shorter than a trigram', 'ho'],
    ['a one-letter term', 'o'],
    ['an accented term', 'CAFÉ'],
    ['like’s special characters', '50%_'],
    ['a percent sign', '%'],
    ['an underscore', '_'],
    ['a backslash', '\\'],
    ['a term matching nothing', 'zzqx'],
  ])(
    'gives the same rows, order, counts and totals for %s',
    async (_label, q) => {
      await me.tx(async (tx) => {
        const pattern = likePattern(q);
        // the truth: the plain like under RLS, straight from SQL
        const truth = await selectRows<{ id: string }>(
          tx,
          sql`select id from transactions where search like ${pattern} order by date desc, id desc`,
        );
        for (const query of [{}, { type: 'expense' }, { sort: 'amount' }]) {
          const got: Record<string, Walked> = {};
          const exact: Record<string, unknown> = {};
          for (const plan of PLANS) {
            setSearchPlan(plan);
            got[plan] = await walk(tx, { ...query, q });
            exact[plan] = await transactionTotals(tx, me.user, transactionListQuerySchema.parse({ ...query, q }));
          }
          setSearchPlan('auto');
          const label = `${q} ${JSON.stringify(query)}`;
          if (Object.keys(query).length === 0) expect(got.auto!.ids, label).toEqual(truth.map((r) => r.id));
          expect(got.ids, label).toEqual(got.auto);
          expect(got.like, label).toEqual(got.auto);
          expect(exact.ids, label).toEqual(exact.auto);
          expect(exact.like, label).toEqual(exact.auto);
          const n = got.auto!.ids.length;
          expect(got.auto!.total, label).toBe(Math.min(n, COUNT_BOUND));
          expect(got.auto!.exact, label).toBe(n <= COUNT_BOUND);
          if (n > COUNT_BOUND) expect(got.auto!.totals, label).toBeNull();
          else expect(got.auto!.totals, label).toEqual(exact.auto);
        }
      });
    },
    300_000,
  );

  it('covers both sides of the bound and both decisions (a comparison of small sets proves little)', async () => {
    await me.tx(async (tx) => {
      const n = async (q: string) =>
        (await selectRows<{ n: number }>(tx, sql`select count(*)::int as n from transactions where search like ${likePattern(q)}`))[0]!.n;
      expect(await n('hosting')).toBeGreaterThan(COUNT_BOUND);
      expect(await n('monthly')).toBeGreaterThan(COUNT_BOUND);
      expect(await n('retainer')).toBeGreaterThan(50);
      expect(await n('newcorp')).toBeGreaterThan(SEARCH_SAMPLE_HITS);
      expect(await n('newcorp')).toBeLessThan(COUNT_BOUND);
      expect(await n('retainer')).toBeLessThan(COUNT_BOUND);
      expect(await n('rarity')).toBeGreaterThan(0);
      expect(await n('café')).toBeGreaterThan(0);
      expect(await n('50%_')).toBeGreaterThan(0);
    });
  });

  it('samples only the session’s workspace', async () => {
    // another workspace's ledger is dense with "hosting" too; a workspace of one rare row is not
    const lone = await db.signUp('Lone Ledger');
    await lone.tx((tx) =>
      tx.execute(
        sql`insert into transactions (workspace_id, type, amount, description, date) values (${lone.user.id}, 'income', 1, 'Hosting once', current_date)`,
      ),
    );
    await lone.tx(async (tx) => {
      expect(await frequent(tx, 'hosting')).toBe(false);
      const { data, page } = await listTransactions(tx, lone.user, transactionListQuerySchema.parse({ q: 'hosting' }));
      expect(data).toHaveLength(1);
      expect(page.total).toBe(1);
    });
    await other.tx(async (tx) => expect(await frequent(tx, 'hosting')).toBe(true));
  });
});

describe('contacts?q= under each plan', () => {
  /** Every page of the contacts for a query, walked by its cursor; the first page's count. */
  async function walkContacts(tx: Database, query: Record<string, unknown>) {
    const ids: string[] = [];
    let cursor: string | undefined;
    let first: { total: number; exact: boolean | undefined } | undefined;
    for (;;) {
      const { data, page } = await listContacts(
        tx,
        me.user,
        contactListQuerySchema.parse({ ...query, limit: '200', ...(cursor ? { cursor } : {}) }),
      );
      first ??= { total: page.total, exact: page.total_exact };
      ids.push(...data.map((r) => r.id));
      if (!page.next_cursor) return { ids, ...first };
      cursor = page.next_cursor;
    }
  }

  it('probes a contact name (contacts are not sampled), and gives the same pages under every plan', async () => {
    await me.tx(async (tx) => {
      const c = tables.contacts.id;
      // contacts are not sampled (ADR 0177): zenobia, dense among the newest contacts but 200 in all, is probed
      expect(await searchIds(tx, c, 'contacts', 'zenobia')).not.toBeNull();
      for (const q of ['zenobia', 'hostel', 'zzqx']) {
        const truth = await selectRows<{ id: string }>(
          tx,
          sql`select id from contacts where search like ${likePattern(q)} order by created_at desc, id desc`,
        );
        for (const query of [{}, { sort: 'last_name' }, { status: 'customer' }]) {
          const got: Record<string, Awaited<ReturnType<typeof walkContacts>>> = {};
          for (const plan of PLANS) {
            setSearchPlan(plan);
            got[plan] = await walkContacts(tx, { ...query, q });
          }
          setSearchPlan('auto');
          const label = `${q} ${JSON.stringify(query)}`;
          if (Object.keys(query).length === 0) {
            expect(got.auto!.ids, label).toEqual(truth.map((r) => r.id));
            expect(got.auto!.total, label).toBe(Math.min(truth.length, COUNT_BOUND));
            expect(got.auto!.exact, label).toBe(truth.length <= COUNT_BOUND);
          }
          expect(got.ids, label).toEqual(got.auto);
          expect(got.like, label).toEqual(got.auto);
        }
      }
    });
  }, 300_000);

  it('filters by job title (position) through its own index, with the same pages under every plan', async () => {
    await me.tx(async (tx) => {
      const c = tables.contacts.id;
      // a title is probed through its own index (the plain like is the `like` plan below)
      expect(await searchIds(tx, c, 'contacts_position', 'designer')).not.toBeNull();
      for (const position of ['designer', 'DIRECTOR', 'zzqx']) {
        const truth = await selectRows<{ id: string }>(
          tx,
          sql`select id from contacts where lower(position) like ${likePattern(position)} order by created_at desc, id desc`,
        );
        for (const query of [{}, { q: 'zenobia' }, { status: 'customer', sort: 'last_name' }]) {
          const got: Record<string, Awaited<ReturnType<typeof walkContacts>>> = {};
          for (const plan of PLANS) {
            setSearchPlan(plan);
            got[plan] = await walkContacts(tx, { ...query, position });
          }
          setSearchPlan('auto');
          const label = `${position} ${JSON.stringify(query)}`;
          if (Object.keys(query).length === 0) {
            expect(got.auto!.ids, label).toEqual(truth.map((r) => r.id));
            expect(got.auto!.total, label).toBe(truth.length);
          }
          expect(got.ids, label).toEqual(got.auto);
          expect(got.like, label).toEqual(got.auto);
        }
      }
    });
  }, 300_000);
});
