import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The assistant in this process, on a fresh embedded database (PGlite), as a
 * route handler would run it: the real service, tools, engines and RLS, without
 * HTTP. Used by the request suite and the engine tests.
 */

export async function startAssistant(env: Record<string, string> = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-ai-'));
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'false', ...env });
  const { resetEnvForTests } = await import('../../src/lib/env');
  resetEnvForTests();
  const { withTenant, withWorkspace, closeDriver } = await import('../../src/lib/db');
  const { currentUser } = await import('../../src/lib/auth/user');
  const { chooseWorkspace } = await import('../../src/lib/auth/workspace');
  const service = await import('../../src/features/ai/service');
  const { ApiError } = await import('../../src/lib/errors');
  let seq = 0;

  async function signUp(name = 'Robin Example') {
    seq += 1;
    const sub = `user_test_${Date.now()}_${seq}`;
    const [first_name, last_name] = name.split(' ');
    const claims = { sub };
    // the person's own workspace, as a route handler gets it
    const user = await withTenant(claims, async (tx) => {
      const { user: person } = await currentUser(tx, {
        userId: sub,
        identity: { email: `${sub}@example.com`, first_name: first_name ?? null, last_name: last_name ?? null },
      });
      const workspace = await chooseWorkspace(tx, person);
      if (!workspace) throw new Error('no personal workspace');
      return workspace;
    });
    const tx = <T>(fn: (tx: import('../../src/lib/db').Database) => Promise<T>) => withWorkspace(claims, user.id, fn);
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
    return {
      user,
      claims,
      tx,
      ask: (query: string) => unwrap(service.askAssistant({ user, query, newTransaction: tx })),
      confirm: (id: string) => unwrap(tx((t) => service.confirmAction(t, user, id))),
      reject: (id: string) => unwrap(tx((t) => service.rejectAction(t, user, id))),
      undo: (id: string) => unwrap(tx((t) => service.undoAction(t, user, id))),
      logs: async () => tx((t) => service.listLogs(t, user, { limit: 200 })),
    };
  }

  return {
    dataDir,
    signUp,
    close: async () => {
      await closeDriver();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Assistant = Awaited<ReturnType<typeof startAssistant>>;
export type Account = Awaited<ReturnType<Assistant['signUp']>>;
