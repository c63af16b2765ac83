import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresRawTransaction } from '../../src/lib/db/client';
import { migrateUrl } from '../../src/lib/db/migrate';
import { RUNTIME_ROLE, runtimeRoleProblems } from '../../src/lib/db/runtime-role';
import { startPostgres, type PgServer } from '../helpers/postgres';

/**
 * The app connects as a role that cannot get around row level security
 * (docs/decisions/0081-runtime-database-role.md): the migrations create it on
 * a server that has never seen it, the check finds every way a role could
 * bypass RLS, boot refuses such a DATABASE_URL, and migrating on boot goes
 * through DATABASE_MIGRATION_URL, never the app's pool. Runs on a server of its
 * own, so that no other test has created the role before.
 */

let server: PgServer;
const clients: postgres.Sql[] = [];
let databases = 0;

function connect(url: string): postgres.Sql {
  const client = postgres(url, { max: 1, prepare: false, onnotice: () => {} });
  clients.push(client);
  return client;
}

function urlFor(database: string, user = 'postgres', password?: string): string {
  const url = new URL(server.adminUrl);
  url.pathname = `/${database}`;
  url.username = user;
  if (password) url.password = password;
  return url.toString();
}

async function newDatabase(): Promise<string> {
  databases += 1;
  const name = `runtime_role_${databases}`;
  await connect(server.adminUrl).unsafe(`create database ${name}`);
  return name;
}

const problemsAs = (url: string) => {
  const client = connect(url);
  return runtimeRoleProblems({ kind: 'postgres', rawTransaction: (fn) => postgresRawTransaction(client, fn) });
};

let migrated: string;

beforeAll(async () => {
  server = await startPostgres();
  migrated = await newDatabase();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
  await server?.stop();
});

describe('the runtime role', () => {
  it('is created by the migrations: login, no superuser, no BYPASSRLS, NOINHERIT, member of authenticated and ledgerly_system, owning nothing', async () => {
    const admin = connect(urlFor(migrated));
    expect(await admin`select 1 from pg_roles where rolname = ${RUNTIME_ROLE}`).toHaveLength(0);
    await migrateUrl(urlFor(migrated));
    const [role] = await admin`
      select rolcanlogin, rolsuper, rolbypassrls, rolinherit, rolcreaterole, rolcreatedb, rolreplication,
             rolpassword is null as no_password,
             pg_has_role(${RUNTIME_ROLE}, 'authenticated', 'member') as authenticated,
             pg_has_role(${RUNTIME_ROLE}, 'ledgerly_system', 'member') as system,
             (select count(*)::int from pg_class where relowner = a.oid)
               + (select count(*)::int from pg_proc where proowner = a.oid)
               + (select count(*)::int from pg_namespace where nspowner = a.oid) as owned
        from pg_authid a where rolname = ${RUNTIME_ROLE}`;
    expect(role).toEqual({
      rolcanlogin: true,
      rolsuper: false,
      rolbypassrls: false,
      rolinherit: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      // the operator sets it (README → Production)
      no_password: true,
      authenticated: true,
      system: true,
      owned: 0,
    });
    // migrating again (another database of the same server, or the same one) changes nothing and does not fail
    await migrateUrl(urlFor(await newDatabase()));
    expect(await migrateUrl(urlFor(migrated))).toEqual([]);
  });

  it('passes the check; a superuser, a BYPASSRLS role, an owner, or a member of either does not', async () => {
    const admin = connect(urlFor(migrated));
    await admin.unsafe(`
      create role rr_bypass login bypassrls;
      create role rr_owner login noinherit;
      create table public.rr_owned (id int);
      alter table public.rr_owned owner to rr_owner;
      create role rr_member login noinherit;
      grant rr_bypass to rr_member;
      create role rr_owner_member login noinherit;
      grant rr_owner to rr_owner_member;
    `);
    expect(await problemsAs(urlFor(migrated, RUNTIME_ROLE))).toEqual([]);

    const superuser = await problemsAs(urlFor(migrated));
    expect(superuser).toHaveLength(1);
    expect(superuser[0]).toMatch(/connects as postgres, a superuser, which bypasses row level security: connect the app as ledgerly_app/);
    expect(await problemsAs(urlFor(migrated, 'rr_bypass'))).toEqual([expect.stringMatching(/rr_bypass, which has BYPASSRLS/)]);
    expect(await problemsAs(urlFor(migrated, 'rr_owner'))).toEqual([expect.stringMatching(/rr_owner, which owns table public\.rr_owned/)]);
    expect(await problemsAs(urlFor(migrated, 'rr_member'))).toEqual([expect.stringMatching(/may switch to rr_bypass \(BYPASSRLS\)/)]);
    expect(await problemsAs(urlFor(migrated, 'rr_owner_member'))).toEqual([expect.stringMatching(/owns table public\.rr_owned/)]);
    // PGlite is one superuser by design: nothing to check
    expect(await runtimeRoleProblems({ kind: 'pglite', rawTransaction: () => Promise.reject(new Error('not called')) })).toEqual([]);
  });
});

describe('boot and the migration URL', () => {
  const saved = { ...process.env };
  const spies: { mockRestore(): void }[] = [];
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-runtime-role-'));
  });

  afterEach(async () => {
    const { closeDriver } = await import('../../src/lib/db/client');
    await closeDriver();
    process.env = { ...saved };
    (await import('../../src/lib/env')).resetEnvForTests();
    for (const spy of spies.splice(0)) spy.mockRestore();
  });

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function configure(vars: Record<string, string>) {
    process.env = { ...saved, LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...vars };
  }

  it('refuses to start with one clear line and exit code 1 when DATABASE_URL is a superuser', async () => {
    configure({ DATABASE_URL: urlFor(migrated) });
    (await import('../../src/lib/env')).resetEnvForTests();
    const written: string[] = [];
    spies.push(
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }),
    );
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    spies.push(exit);
    const { boot } = await import('../../src/lib/boot');
    await expect(boot()).rejects.toThrow('exit 1');
    expect(exit).toHaveBeenCalledWith(1);
    const message = written.join('');
    expect(message).toContain('[ledgerly] cannot start:');
    expect(message).toMatch(/DATABASE_URL connects as postgres, a superuser, which bypasses row level security/);
  });

  it('migrates on boot through DATABASE_MIGRATION_URL, then serves as the runtime role', async () => {
    const fresh = await newDatabase();
    configure({
      DATABASE_URL: urlFor(fresh, RUNTIME_ROLE),
      DATABASE_MIGRATION_URL: urlFor(fresh),
      DATABASE_MIGRATE_ON_BOOT: 'true',
      NODE_ENV: 'production',
    });
    (await import('../../src/lib/env')).resetEnvForTests();
    const { getDriver } = await import('../../src/lib/db/client');
    const driver = await getDriver();
    const [applied] = await connect(urlFor(fresh))`select count(*)::int as n from app_meta.schema_migrations`;
    expect(applied!.n).toBe(fs.readdirSync(path.resolve('supabase/migrations')).filter((f) => f.endsWith('.sql')).length);
    const who = await driver.rawTransaction((tx) => tx.query<{ login: string }>('select session_user as login'));
    expect(who[0]!.login).toBe(RUNTIME_ROLE);
  });
});
