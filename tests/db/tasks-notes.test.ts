import { pgliteBackend, postgresBackend, type Query, type SqlBackend } from '../helpers/sql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The rules the database keeps for tasks and contact notes, with no
 * application code in between: notes are sealed per account like every table,
 * `completed_at` follows the status, and the priority ranks by importance.
 */

describe.each([
  ['postgres', () => postgresBackend(inject('pgAdminUrl'), 'tasks')],
  ['pglite', pgliteBackend],
] as const)('tasks and notes in the database on %s', (_name, make) => {
  let db: SqlBackend;
  const asUser = <T>(sub: string, fn: (q: Query) => Promise<T>) => db.as({ sub }, fn);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await make();
    for (const who of ['a', 'b']) {
      await asUser(`user_tn_${who}`, async (q) => {
        const [user] = await q(`insert into users (clerk_id) values ($1) returning id`, [`user_tn_${who}`]);
        const [contact] = await q(`insert into contacts (workspace_id, first_name) values ($1, 'C') returning id`, [user!.id]);
        const [note] = await q(
          `insert into contact_notes (workspace_id, contact_id, body) values ($1, $2, 'secret of ${who}') returning id`,
          [user!.id, contact!.id],
        );
        Object.assign(ids, { [`${who}_user`]: user!.id, [`${who}_contact`]: contact!.id, [`${who}_note`]: note!.id });
      });
    }
  });

  afterAll(async () => {
    await db.close();
  });

  it('seals contact notes per account', async () => {
    const rls = /row-level security|violates/;
    await asUser('user_tn_b', async (q) => {
      expect((await q(`select body from contact_notes`)).map((r) => r.body)).toEqual(['secret of b']);
      expect(await q(`update contact_notes set body = 'x' where id = $1 returning id`, [ids.a_note])).toEqual([]);
      expect(await q(`delete from contact_notes where id = $1 returning id`, [ids.a_note])).toEqual([]);
    });
    await expect(
      asUser('user_tn_b', (q) =>
        q(`insert into contact_notes (workspace_id, contact_id, body) values ($1, $2, 'x')`, [ids.a_user, ids.a_contact]),
      ),
    ).rejects.toThrow(rls);
    // B's own row pointing at A's contact: the composite foreign key refuses it
    await expect(
      asUser('user_tn_b', (q) =>
        q(`insert into contact_notes (workspace_id, contact_id, body) values ($1, $2, 'x')`, [ids.b_user, ids.a_contact]),
      ),
    ).rejects.toThrow(/foreign key|violates/);
    await expect(
      asUser('user_tn_b', (q) =>
        q(`insert into contact_notes (workspace_id, contact_id, body) values ($1, $2, '')`, [ids.b_user, ids.b_contact]),
      ),
    ).rejects.toThrow(/check constraint|violates/);
    const still = await asUser('user_tn_a', (q) => q(`select body from contact_notes where id = $1`, [ids.a_note]));
    expect(still).toEqual([{ body: 'secret of a' }]);
  });

  it('keeps completed_at with the status, whoever writes', async () => {
    await asUser('user_tn_a', async (q) => {
      const [task] = await q(`insert into tasks (workspace_id, title, status) values ($1, 't', 'completed') returning id, completed_at`, [
        ids.a_user,
      ]);
      expect(task!.completed_at).not.toBeNull();
      const [kept] = await q(`update tasks set title = 'renamed' where id = $1 returning completed_at`, [task!.id]);
      expect(kept!.completed_at).toEqual(task!.completed_at);
      const [forged] = await q(`update tasks set completed_at = null where id = $1 returning completed_at`, [task!.id]);
      expect(forged!.completed_at).toEqual(task!.completed_at);
      const [reopened] = await q(`update tasks set status = 'pending' where id = $1 returning completed_at`, [task!.id]);
      expect(reopened!.completed_at).toBeNull();
      const [sneaky] = await q(`update tasks set completed_at = now() where id = $1 returning completed_at`, [task!.id]);
      expect(sneaky!.completed_at).toBeNull();
    });
  });

  it('ranks priorities by importance and removes notes with their contact', async () => {
    await asUser('user_tn_a', async (q) => {
      for (const p of ['low', 'high', 'medium'])
        await q(`insert into tasks (workspace_id, title, priority) values ($1, $2, $2)`, [ids.a_user, p]);
      const ranked = await q(
        `select priority from tasks where workspace_id = $1 and title in ('low', 'medium', 'high') order by priority_rank desc`,
        [ids.a_user],
      );
      expect(ranked.map((r) => r.priority)).toEqual(['high', 'medium', 'low']);
    });
    await expect(asUser('user_tn_a', (q) => q(`update tasks set priority_rank = 9`))).rejects.toThrow(/can only be updated to DEFAULT/);
    await asUser('user_tn_a', async (q) => {
      await q(`delete from contacts where id = $1`, [ids.a_contact]);
      expect(await q(`select id from contact_notes where id = $1`, [ids.a_note])).toEqual([]);
    });
  });
});
