import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedMigratedDataDir } from './pglite-template';

/**
 * The assistant in this process, on a fresh embedded database (PGlite), as a
 * route handler would run it: the real service, tools, engines and RLS, without
 * HTTP. Used by the request suite and the engine tests. Each ask, confirm,
 * reject and undo chooses the account's workspace again, as every request
 * does, so it acts with the role the person has at that moment.
 */

type Role = 'admin' | 'member' | 'viewer';

export async function startAssistant(env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-ai-'));
  await seedMigratedDataDir(dataDir);
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'false', ...env });
  const { resetEnvForTests } = await import('../../src/lib/env');
  resetEnvForTests();
  const { withTenant, withWorkspace, closeDriver } = await import('../../src/lib/db');
  const { currentUser } = await import('../../src/lib/auth/user');
  const { chooseWorkspace } = await import('../../src/lib/auth/workspace');
  const service = await import('../../src/features/ai/service');
  const workspaces = await import('../../src/features/workspaces/service');
  const { ApiError } = await import('../../src/lib/errors');
  type Database = import('../../src/lib/db').Database;
  type Workspace = import('../../src/lib/auth/workspace').Workspace;
  let seq = 0;

  const unwrap = async (pending: unknown) => {
    let result: unknown;
    try {
      result = await pending;
    } catch (error) {
      if (error instanceof ApiError) return { status: error.status, body: error.toBody() as any };
      throw error;
    }
    if (result instanceof Response) return { status: result.status, body: (await result.json()) as any };
    return { status: 200, body: result as any };
  };

  async function signUp(name = 'Robin Example') {
    seq += 1;
    const sub = `user_test_${Date.now()}_${seq}`;
    const [first_name, last_name] = name.split(' ');
    const claims = { sub };
    const session = {
      userId: sub,
      identity: { email: `${sub}@example.com`, first_name: first_name ?? null, last_name: last_name ?? null },
    };
    /** The person and workspace `id` (null: their personal one), as a request chooses them; a 404 when they are not a member. */
    const enter = async (tx: Database, id: string | null): Promise<Workspace> => {
      const { user: person } = await currentUser(tx, session);
      const workspace = await chooseWorkspace(tx, person, id ? { header: id } : {});
      if (!workspace) throw new ApiError('not_found', 'Workspace not found.');
      return workspace;
    };
    const personal = await withTenant(claims, (tx) => enter(tx, null));

    /** The account acting in one workspace: `user` is that workspace as it was when bound. */
    function bound(user: Workspace) {
      const tx = <T>(fn: (tx: Database) => Promise<T>) => withWorkspace(claims, user.id, fn);
      /** One request: the workspace chosen again (the role as it is now), then `fn` in the same transaction. */
      const request = <T>(fn: (tx: Database, workspace: Workspace) => Promise<T>) =>
        withTenant(claims, async (t) => fn(t, await enter(t, user.id)));
      return {
        user,
        claims,
        tx,
        /** The workspace with the person's role now. */
        now: () => withTenant(claims, (t) => enter(t, user.id)),
        ask: (query: string) =>
          unwrap(
            withTenant(claims, (t) => enter(t, user.id)).then((now) => service.askAssistant({ user: now, query, newTransaction: tx })),
          ),
        confirm: (id: string) => unwrap(request((t, now) => service.confirmAction(t, now, id))),
        reject: (id: string) => unwrap(request((t, now) => service.rejectAction(t, now, id))),
        undo: (id: string) => unwrap(request((t, now) => service.undoAction(t, now, id))),
        logs: async () => tx((t) => service.listLogs(t, user, { limit: 200 })),
        /** The same person in another workspace they belong to. */
        in: async (workspaceId: string) => bound(await withTenant(claims, (t) => enter(t, workspaceId))),
        /** Joins by the link of an invitation (as POST /api/invitations/accept). */
        accept: (url: string) => withTenant(claims, (t) => workspaces.acceptInvitation(t, url.split('/').at(-1)!)),
        email: session.identity.email,
      };
    }
    return bound(personal);
  }

  type Account = Awaited<ReturnType<typeof signUp>>;

  /**
   * A shared workspace made by `owner`, with each of `others` invited in the
   * given role and accepting (as through the API); the accounts returned act in it.
   */
  async function team(owner: Account, others: [Account, Role][], name = 'The Studio'): Promise<Account[]> {
    const { id } = await owner.tx((tx) => workspaces.createWorkspace(tx, owner.user, name));
    const inTeam = await owner.in(id);
    const joined: Account[] = [inTeam];
    for (const [person, role] of others) {
      const sent = await workspaces.invite(inTeam.tx, inTeam.user, id, { email: person.email, role }, 'http://localhost');
      await person.accept(sent.url);
      joined.push(await person.in(id));
    }
    return joined;
  }

  /** An admin changes a member's role (as PUT /api/workspaces/:id/members/:user_id). */
  async function setRole(admin: Account, member: Account, role: Role): Promise<void> {
    await admin.tx((tx) => workspaces.changeMemberRole(tx, admin.user, admin.user.id, member.user.user.id, role));
  }

  /** An admin removes a member (as DELETE /api/workspaces/:id/members/:user_id). */
  async function remove(admin: Account, member: Account): Promise<void> {
    await admin.tx((tx) => workspaces.removeMember(tx, admin.user, admin.user.id, member.user.user.id));
  }

  return {
    dataDir,
    signUp,
    team,
    setRole,
    remove,
    close: async () => {
      await closeDriver();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Assistant = Awaited<ReturnType<typeof startAssistant>>;
export type Account = Awaited<ReturnType<Assistant['signUp']>>;
