// Over 400 lines on purpose: the two security definer search functions share one set of cross-workspace fixtures (workspaces, a viewer, an API key) on both databases.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgliteBackend, postgresBackend, type Query, type Row, type SqlBackend } from '../helpers/sql';

/**
 * app.search_ids (docs/decisions/0156-searches-under-rls.md): the security
 * definer function that answers the lists' `q` through the trigram indexes. It
 * takes no workspace and returns ids only of the session's own workspace (as
 * the read policies decide it), nothing without one; its text cannot escape its
 * statements; and it finds exactly the rows the plain `like` under RLS finds.
 */

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The app's pattern (src/lib/db likePattern): anywhere, lower-cased, `%` `_` `\` literal. */
const pattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The plain conditions the lists used before, run under RLS: what the function must match exactly. */
const plain: Record<string, { table: string; where: string }> = {
  contacts: { table: 'contacts', where: 'search like $1' },
  // the job title (the contacts' `position` filter, docs/decisions/0229-contacts-position-filter.md)
  contacts_position: { table: 'contacts', where: 'lower(position) like $1' },
  contacts_phone: {
    table: 'contacts',
    where: `(search like $1 or regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') like $2)`,
  },
  tasks: { table: 'tasks', where: 'search like $1' },
  transactions: { table: 'transactions', where: 'search like $1' },
  invoices: {
    table: 'invoices',
    where: `(lower(invoice_number) like $1 or contact_id in (select c.id from contacts c where c.search like $1))`,
  },
};

/** A small alphabet, so that random words and random queries often meet; with the characters `like` treats specially. */
const ALPHABET = ['a', 'b', 'c', 'A', 'B', 'é', 'É', ' ', '%', '_', '\\', '1', '2', '-'];
function word(rand: () => number, min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  return Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');
}
/** Deterministic (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'search_ids', { connections: 2 })],
  ['pglite', () => pgliteBackend()],
] as const)('app.search_ids on %s', (name, make) => {
  let db: SqlBackend;
  const ownerA = { sub: `user_search_owner_a_${name}` };
  const viewerA = { sub: `user_search_viewer_a_${name}` };
  const ownerB = { sub: `user_search_owner_b_${name}` };
  const ids: Record<string, string> = {};
  let A = '';
  let B = '';
  let P = '';
  let keyId = '';

  const inW = <T>(claims: Record<string, unknown> | null, workspace: string, fn: (q: Query) => Promise<T>, role?: string) =>
    db.as<T>(
      claims as { sub: string },
      async (q) => {
        if (workspace) await q(`select set_config('request.workspace_id', $1, true)`, [workspace]);
        return fn(q);
      },
      role,
    );
  const search = (claims: Record<string, unknown> | null, workspace: string, list: string, q: string, digits: string | null = null) =>
    inW(claims, workspace, async (run) =>
      (await run(`select id from app.search_ids($1, $2, $3) as id order by 1`, [list, pattern(q), digits])).map((r) => r.id as string),
    );
  const admin = async (text: string, params: unknown[] = []) => db.admin(text, params);
  const idsOf = async (table: string, workspace: string, where: string, params: unknown[] = []) =>
    (await admin(`select id from ${table} where workspace_id = $1 and ${where} order by 1`, [workspace, ...params])).map(
      (r) => r.id as string,
    );

  /** The same rows in one workspace: a contact, a task, a transaction and an invoice all matching "needle". */
  const seedNeedles = async (workspace: string, label: string) => {
    const [c] = await admin(
      `insert into contacts (workspace_id, first_name, last_name, phone, position) values ($1, 'Needle', $2, '+44 20 7946 0123', 'Needle Designer') returning id`,
      [workspace, label],
    );
    await admin(`insert into tasks (workspace_id, title) values ($1, $2)`, [workspace, `Call the needle maker ${label}`]);
    await admin(
      `insert into transactions (workspace_id, type, amount, description, date) values ($1, 'expense', 12.50, $2, current_date)`,
      [workspace, `Needle supplies ${label}`],
    );
    await admin(
      `insert into invoices (workspace_id, contact_id, invoice_number, issue_date, due_date, subtotal, total_amount)
       values ($1, $2, $3, current_date, current_date + 14, 0, 0)`,
      [workspace, c!.id, `NDL-${label}`],
    );
  };

  beforeAll(async () => {
    db = await make();
    for (const [who, claims] of [
      ['ownerA', ownerA],
      ['viewerA', viewerA],
      ['ownerB', ownerB],
    ] as const) {
      const [row] = await db.as<Row[]>(claims, (q) =>
        q(`insert into users (clerk_id, email) values ($1, $2) returning id`, [claims.sub, `${who.toLowerCase()}-${name}@search.test`]),
      );
      ids[who] = row!.id;
    }
    P = ids.ownerA!;
    B = ids.ownerB!;
    A = (await db.as<Row[]>(ownerA, (q) => q(`select app.create_workspace('Search A') as id`)))[0]!.id;
    const token = randomBytes(32).toString('base64url');
    await inW(ownerA, A, (q) =>
      q(
        `insert into workspace_invitations (workspace_id, email, role, token_hash, invited_by, expires_at) values ($1, $2, 'viewer', $3, $4, now() + interval '1 day')`,
        [A, `viewera-${name}@search.test`, hashOf(token), ids.ownerA],
      ),
    );
    await db.as(viewerA, (q) => q(`select * from app.accept_invitation($1)`, [hashOf(token)]));
    const [key] = await inW(ownerA, A, (q) =>
      q(`insert into api_keys (workspace_id, name, prefix, key_hash, scopes) values ($1, 'read', 'abcd1234', $2, '{read}') returning id`, [
        A,
        hashOf(randomBytes(32).toString('base64url')),
      ]),
    );
    keyId = key!.id;
    await seedNeedles(A, 'a');
    await seedNeedles(B, 'b');
    await seedNeedles(P, 'p');
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it('returns the matches of the session’s workspace, and none of another’s', async () => {
    for (const [list, table] of [
      ['contacts', 'contacts'],
      ['contacts_position', 'contacts'],
      ['tasks', 'tasks'],
      ['transactions', 'transactions'],
      ['invoices', 'invoices'],
    ] as const) {
      const mine = await search(ownerA, A, list, 'Needle');
      expect(mine, list).toHaveLength(1);
      expect(mine, list).toEqual(await idsOf(table, A, 'true'));
      // B's rows match the same text; the owner of B sees them in B only
      expect(await search(ownerB, B, list, 'needle'), list).toEqual(await idsOf(table, B, 'true'));
      expect(await search(ownerB, A, list, 'needle'), `${list}: B's owner asking in A`).toEqual([]);
    }
    // the phone digits of A's contact, not B's
    expect(await search(ownerA, A, 'contacts', '7946', '%7946%')).toEqual(await idsOf('contacts', A, 'true'));
  });

  it('returns nothing without a workspace: no claims, an unknown user, a workspace the user is not in', async () => {
    expect(await search(null, '', 'contacts', 'needle')).toEqual([]);
    expect(await search(null, A, 'contacts', 'needle')).toEqual([]);
    expect(await search({ sub: `user_nobody_${name}` }, A, 'contacts', 'needle')).toEqual([]);
    expect(await search({ sub: `user_nobody_${name}` }, '', 'tasks', 'needle')).toEqual([]);
    expect(await search(viewerA, B, 'transactions', 'needle')).toEqual([]);
  });

  it('gives a viewer of A the rows of A only, while B’s rows match', async () => {
    for (const [list, table] of [
      ['contacts', 'contacts'],
      ['contacts_position', 'contacts'],
      ['tasks', 'tasks'],
      ['transactions', 'transactions'],
      ['invoices', 'invoices'],
    ] as const) {
      expect(await search(viewerA, A, list, 'needle'), list).toEqual(await idsOf(table, A, 'true'));
      // the viewer's own personal workspace has no needles
      expect(await search(viewerA, '', list, 'needle'), list).toEqual([]);
    }
  });

  it('holds an API key session to the key’s workspace', async () => {
    const key = { ...ownerA, api_key_id: keyId, api_key_workspace: A, api_key_scope: 'read' };
    expect(await search(key, A, 'invoices', 'ndl')).toEqual(await idsOf('invoices', A, 'true'));
    // the creator's personal workspace has matches, but the key is bound to A
    expect(await idsOf('invoices', P, 'true')).toHaveLength(1);
    expect(await search(key, P, 'invoices', 'ndl')).toEqual([]);
    expect(await search(key, P, 'contacts', 'needle')).toEqual([]);
    // a key of another workspace (claims naming B, a workspace its creator is not in)
    expect(await search({ ...ownerA, api_key_id: keyId, api_key_workspace: B, api_key_scope: 'read' }, B, 'tasks', 'needle')).toEqual([]);
  });

  it('takes no workspace, runs as declared, and only for sessions', async () => {
    const [fn] = await admin(
      `select p.oid::regprocedure::text as signature, p.prosecdef, p.provolatile, p.proconfig
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'app' and p.proname = 'search_ids'`,
    );
    expect(fn).toEqual({
      signature: 'app.search_ids(text,text,text,integer)',
      prosecdef: true,
      provolatile: 's',
      proconfig: ['search_path=""'],
    });
    expect(await admin(`select count(*)::int as n from pg_proc where proname = 'search_ids'`)).toEqual([{ n: 1 }]);
    await expect(inW(ownerA, A, (q) => q(`select * from app.search_ids('contacts', '%needle%', null, 10, $1::uuid)`, [B]))).rejects.toThrow(
      /does not exist/,
    );
    for (const role of ['anon', 'ledgerly_system']) {
      await expect(
        inW(ownerA, A, (q) => q(`select * from app.search_ids('contacts', '%needle%')`), role),
        role,
      ).rejects.toThrow(/permission denied/);
    }
    await expect(search(ownerA, A, 'users', 'needle')).rejects.toThrow(/Unknown search list/);
  });

  it('returns at most the number of ids asked for', async () => {
    const all = await inW(ownerA, A, (q) => q(`select id from app.search_ids('contacts', '%') as id`));
    expect(all.length).toBeGreaterThan(0);
    for (const list of ['contacts', 'contacts_position', 'tasks', 'transactions', 'invoices']) {
      expect(await inW(ownerA, A, (q) => q(`select id from app.search_ids($1, '%', null, 0) as id`, [list])), list).toEqual([]);
      expect(await inW(ownerA, A, (q) => q(`select id from app.search_ids($1, '%', null, -1) as id`, [list])), list).toEqual([]);
    }
  });

  it('treats its text as data: injection attempts match nothing and change nothing', async () => {
    const before = await admin(`select (select count(*) from contacts)::int as c, (select count(*) from tasks)::int as t`);
    for (const text of [
      `'; drop table contacts; --`,
      `%' or 1=1 --`,
      `needle' union select id from public.contacts --`,
      `$1) or true or ($1`,
    ]) {
      for (const list of ['contacts', 'contacts_position', 'tasks', 'transactions', 'invoices']) {
        expect(await search(ownerA, A, list, text), `${list}: ${text}`).toEqual([]);
        // even as a raw pattern (not escaped by the app), it stays within the workspace
        const raw = await inW(ownerA, A, (q) => q(`select id from app.search_ids($1, $2, $2) as id`, [list, text]));
        expect(raw, `${list}: ${text}`).toEqual([]);
      }
    }
    await expect(search(ownerA, A, `contacts'; drop table tasks; --`, 'needle')).rejects.toThrow(/Unknown search list/);
    expect(await admin(`select (select count(*) from contacts)::int as c, (select count(*) from tasks)::int as t`)).toEqual(before);
    // a pattern matching everything still only returns the session's own rows
    const all = await inW(ownerA, A, (q) => q(`select id from app.search_ids('contacts', '%') as id order by 1`));
    expect(all.map((r) => r.id)).toEqual(await idsOf('contacts', A, 'true'));
  });

  describe('app.search_frequent (docs/decisions/0177-frequent-search-terms.md)', () => {
    const frequent = (
      claims: Record<string, unknown> | null,
      workspace: string,
      pattern: string,
      sample: number,
      hits: number,
      list = 'transactions',
    ) =>
      inW(claims, workspace, async (run) => {
        const [row] = await run(`select app.search_frequent($4, $1, $2, $3) as f`, [pattern, sample, hits, list]);
        return row!.f as boolean;
      });
    let D = '';

    beforeAll(async () => {
      // D: 100 transactions, the 40 newest about hosting; B: one hosting row among them as well
      D = (await db.as<Row[]>(ownerA, (q) => q(`select app.create_workspace('Search dense') as id`)))[0]!.id;
      await admin(
        `insert into transactions (workspace_id, type, amount, description, date)
         select $1, 'expense', 1, case when g <= 40 then 'Hosting ' else 'Other ' end || g, current_date - g from generate_series(1, 100) g`,
        [D],
      );
      // contacts: D's 10 newest are "Dense", B has one
      await admin(
        `insert into contacts (workspace_id, first_name, last_name, created_at)
         select $1, case when g <= 10 then 'Dense' else 'Sparse' end, 'C' || g, now() - make_interval(mins => g) from generate_series(1, 30) g`,
        [D],
      );
      await admin(`insert into contacts (workspace_id, first_name, last_name) values ($1, 'Dense', 'B')`, [B]);
      await admin(
        `insert into transactions (workspace_id, type, amount, description, date) values ($1, 'expense', 1, 'Hosting b', current_date)`,
        [B],
      );
    });

    it('counts the session’s workspace’s newest rows only', async () => {
      expect(await frequent(ownerA, D, '%hosting%', 100, 40)).toBe(true);
      expect(await frequent(ownerA, D, '%hosting%', 100, 41)).toBe(false);
      // only the newest `sample` rows: the 40 newest match, the next 60 do not
      expect(await frequent(ownerA, D, '%hosting%', 40, 40)).toBe(true);
      expect(await frequent(ownerA, D, '%hosting%', 39, 40)).toBe(false);
      expect(await frequent(ownerA, D, '%other%', 40, 1)).toBe(false);
      expect(await frequent(ownerA, D, '%other%', 41, 1)).toBe(true);
      // B's owner: B's one match counts, D's forty do not
      expect(await frequent(ownerB, B, '%hosting%', 100, 1)).toBe(true);
      expect(await frequent(ownerB, B, '%hosting%', 100, 2)).toBe(false);
      // asking in a workspace one is not in: nothing, however dense it is there
      expect(await frequent(ownerB, D, '%hosting%', 100, 1)).toBe(false);
      expect(await frequent(viewerA, D, '%hosting%', 100, 1)).toBe(false);
      expect(await frequent(ownerA, B, '%hosting%', 100, 1)).toBe(false);
      // the contacts, newest by creation
      expect(await frequent(ownerA, D, '%dense%', 10, 10, 'contacts')).toBe(true);
      expect(await frequent(ownerA, D, '%dense%', 9, 10, 'contacts')).toBe(false);
      expect(await frequent(ownerA, D, '%sparse%', 10, 1, 'contacts')).toBe(false);
      expect(await frequent(ownerB, B, '%dense%', 100, 1, 'contacts')).toBe(true);
      expect(await frequent(ownerB, B, '%dense%', 100, 2, 'contacts')).toBe(false);
      expect(await frequent(ownerB, D, '%dense%', 100, 1, 'contacts')).toBe(false);
      expect(await frequent(viewerA, D, '%dense%', 100, 1, 'contacts')).toBe(false);
    });

    it('reads a window of up to 50 000 newest rows (the second look), still of the session’s workspace only', async () => {
      // E: 12 000 transactions, only the oldest about "ancient"; B gets 1 001 "ancient" rows of its own
      const E = (await db.as<Row[]>(ownerA, (q) => q(`select app.create_workspace('Search window') as id`)))[0]!.id;
      await admin(
        `insert into transactions (workspace_id, type, amount, description, date)
         select $1, 'expense', 1, case when g = 12000 then 'Ancient ' else 'Recent ' end || g, current_date - g from generate_series(1, 12000) g`,
        [E],
      );
      await admin(
        `insert into transactions (workspace_id, type, amount, description, date)
         select $1, 'expense', 1, 'Ancient b' || g, current_date - g from generate_series(1, 1001) g`,
        [B],
      );
      try {
        // past the old cap of 10 000 rows: the 12 000th row is read, the 12 001st does not exist
        expect(await frequent(ownerA, E, '%ancient%', 12000, 1)).toBe(true);
        expect(await frequent(ownerA, E, '%ancient%', 11999, 1)).toBe(false);
        expect(await frequent(ownerA, E, '%ancient%', 20000, 2)).toBe(false);
        // B's 1 001 matches answer in B only
        expect(await frequent(ownerB, B, '%ancient%', 20000, 1001)).toBe(true);
        expect(await frequent(ownerA, E, '%ancient%', 20000, 1001)).toBe(false);
        expect(await frequent(ownerB, E, '%ancient%', 20000, 1)).toBe(false);
        expect(await frequent(ownerA, B, '%ancient%', 20000, 1)).toBe(false);
        expect(await frequent(viewerA, E, '%ancient%', 20000, 1)).toBe(false);
      } finally {
        await admin(`delete from transactions where workspace_id = $1 and description like 'Ancient b%'`, [B]);
      }
      // 13 000 rows written and read on each backend: past the default bound on two cores shared with other test files
    }, 120_000);

    it('answers false without a workspace, and holds an API key to its own', async () => {
      expect(await frequent(null, '', '%hosting%', 100, 1)).toBe(false);
      expect(await frequent(null, D, '%hosting%', 100, 1)).toBe(false);
      expect(await frequent({ sub: `user_nobody_${name}` }, D, '%hosting%', 100, 1)).toBe(false);
      const key = { ...ownerA, api_key_id: keyId, api_key_workspace: A, api_key_scope: 'read' };
      expect(await frequent(key, A, '%needle%', 100, 1)).toBe(true);
      expect(await frequent(key, D, '%hosting%', 100, 1)).toBe(false);
      // claims naming B, a workspace the key's creator is not in (B has a match)
      expect(await frequent({ ...key, api_key_workspace: B }, B, '%hosting%', 100, 1)).toBe(false);
      // degenerate bounds: no answer rather than a true one
      for (const [sample, hits] of [
        [0, 1],
        [100, 0],
        [-1, 1],
        [100, -5],
      ]) {
        expect(await frequent(ownerA, D, '%', sample!, hits!), `${sample} ${hits}`).toBe(false);
      }
    });

    it('runs as declared, for sessions only, and treats its text as data', async () => {
      const [fn] = await admin(
        `select p.oid::regprocedure::text as signature, p.prosecdef, p.provolatile, p.proconfig
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = 'app' and p.proname = 'search_frequent'`,
      );
      expect(fn).toEqual({
        signature: 'app.search_frequent(text,text,integer,integer)',
        prosecdef: true,
        provolatile: 's',
        proconfig: ['search_path=""'],
      });
      for (const role of ['anon', 'ledgerly_system']) {
        await expect(
          inW(ownerA, D, (q) => q(`select app.search_frequent('transactions', '%', 10, 1)`), role),
          role,
        ).rejects.toThrow(/permission denied/);
      }
      for (const list of ['tasks', 'invoices', 'users', `transactions'; drop table tasks; --`]) {
        await expect(
          inW(ownerA, D, (q) => q(`select app.search_frequent($1, '%', 10, 1)`, [list])),
          list,
        ).rejects.toThrow(/Unknown search list/);
      }
      const before = await admin(`select (select count(*) from transactions)::int as t, (select count(*) from tasks)::int as k`);
      for (const text of [`'; drop table transactions; --`, `%' or 1=1 --`, `$1) or true or ($1`]) {
        expect(await frequent(ownerA, D, text, 100, 1), text).toBe(false);
        expect(await frequent(ownerB, B, text, 100, 1), text).toBe(false);
        expect(await frequent(ownerA, D, text, 100, 1, 'contacts'), text).toBe(false);
      }
      expect(await admin(`select (select count(*) from transactions)::int as t, (select count(*) from tasks)::int as k`)).toEqual(before);
      // a pattern matching everything still counts only the session's own rows
      expect(await frequent(ownerA, D, '%', 10000, 100)).toBe(true);
      expect(await frequent(ownerA, D, '%', 10000, 101)).toBe(false);
    });
  });

  it('finds exactly the rows the plain like under RLS finds, on random data', async () => {
    const rand = random(20261209);
    const C = (await db.as<Row[]>(ownerA, (q) => q(`select app.create_workspace('Search random') as id`)))[0]!.id;
    for (const workspace of [C, B]) {
      for (let i = 0; i < 60; i += 1) {
        const digits = Array.from({ length: 8 }, () => Math.floor(rand() * 10)).join('');
        const [c] = await admin(
          `insert into contacts (workspace_id, first_name, last_name, email, company, phone, position) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          [
            workspace,
            word(rand, 1, 8),
            rand() < 0.3 ? null : word(rand, 1, 8),
            rand() < 0.5 ? null : word(rand, 1, 6),
            rand() < 0.5 ? null : word(rand, 1, 6),
            rand() < 0.3 ? null : `+${digits.slice(0, 2)} ${digits.slice(2, 5)}-${digits.slice(5)}`,
            word(rand, 1, 6),
          ],
        );
        await admin(`insert into tasks (workspace_id, title, description) values ($1, $2, $3)`, [
          workspace,
          word(rand, 1, 8),
          rand() < 0.5 ? null : word(rand, 1, 8),
        ]);
        await admin(
          `insert into transactions (workspace_id, type, amount, description, category, date) values ($1, 'income', 1, $2, $3, current_date)`,
          [workspace, rand() < 0.2 ? null : word(rand, 1, 8), rand() < 0.5 ? null : word(rand, 1, 5)],
        );
        await admin(
          `insert into invoices (workspace_id, contact_id, invoice_number, issue_date, due_date, subtotal, total_amount)
           values ($1, $2, $3, current_date, current_date + 14, 0, 0)`,
          [workspace, rand() < 0.2 ? null : c!.id, `R-${i}-${word(rand, 1, 4)}`],
        );
      }
    }
    const queries = ['a', 'é', 'É', '%', '_', '\\', ' ', 'ab', 'b a', 'a%b', 'a_', '1', '12', '2-', 'r-1', 'abc', 'zzz'];
    for (let i = 0; i < 40; i += 1) queries.push(word(rand, 1, 3));
    let matched = 0;
    for (const q of queries) {
      for (const [list, key] of [
        ['contacts', 'contacts'],
        ['contacts_position', 'contacts_position'],
        ['tasks', 'tasks'],
        ['transactions', 'transactions'],
        ['invoices', 'invoices'],
      ] as const) {
        const { table, where } = plain[key]!;
        const expected = await inW(ownerA, C, (run) =>
          run(`select id from ${table} where ${where} order by 1`, [pattern(q)]).then((rows) => rows.map((r) => r.id as string)),
        );
        expect(await search(ownerA, C, list, q), `${list} q=${JSON.stringify(q)}`).toEqual(expected);
        matched += expected.length;
      }
    }
    for (const digits of ['123', '4567', '00', '9-8']) {
      const d = digits.replace(/\D/g, '');
      const expected = await inW(ownerA, C, (run) =>
        run(`select id from contacts where ${plain.contacts_phone!.where} order by 1`, [pattern(digits), `%${d}%`]).then((rows) =>
          rows.map((r) => r.id as string),
        ),
      );
      expect(await search(ownerA, C, 'contacts', digits, `%${d}%`), `phone ${digits}`).toEqual(expected);
    }
    // the data did meet the queries (a comparison of empty sets proves nothing)
    expect(matched).toBeGreaterThan(200);
    // a limit: that many of the matches, no more
    for (const list of ['contacts', 'contacts_position', 'tasks', 'transactions', 'invoices']) {
      const all = (await inW(ownerA, C, (q) => q(`select id from app.search_ids($1, '%') as id`, [list]))).map((r) => r.id as string);
      expect(all, list).toHaveLength(60);
      const some = (await inW(ownerA, C, (q) => q(`select id from app.search_ids($1, '%', null, 7) as id`, [list]))).map(
        (r) => r.id as string,
      );
      expect(some, list).toHaveLength(7);
      expect(all, list).toEqual(expect.arrayContaining(some));
    }
  }, 120_000);
});
