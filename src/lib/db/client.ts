import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { inlineParameters } from './literal';
import { lockDataDir } from './lock';
import { migrate, migrateUrl } from './migrate';
import { openPglite, pgliteDir } from './pglite';
import { clientForDrizzle } from './pglite-drizzle';
import { pgliteRawTransaction, postgresRawTransaction, type RawExecutor } from './raw';
import { RuntimeRoleError, runtimeRoleProblems } from './runtime-role';
import { schema } from './schema';
import { type PgliteSnapshot, snapshotPglite } from './snapshot';

/** A Drizzle handle: the database or, inside a unit of work, its transaction. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export { postgresRawTransaction, type RawExecutor };

export interface Driver {
  kind: 'pglite' | 'postgres';
  db: Database;
  /**
   * One transaction on one connection whose first statement is `setup` (the
   * role and claims), then `fn`'s queries. On PostgreSQL, BEGIN, `setup` and
   * the queries `fn` sends before it first waits leave in one round trip
   * (pipelined on a reserved connection; they still execute in order, so `fn`
   * never runs before `setup`), and so do any queries `fn` sends together
   * later: their parameters are written as literals (./literal.ts,
   * docs/decisions/0170-one-round-trip-per-statement.md).
   */
  tenantTransaction<T>(setup: SQL, fn: (tx: Database) => Promise<T>): Promise<T>;
  /** Runs `fn` in one transaction on one connection (serialized on PGlite). */
  rawTransaction<T>(fn: (tx: RawExecutor) => Promise<T>): Promise<T>;
  /** One `select 1`, outside any tenant transaction (serialized on PGlite). */
  ping(): Promise<void>;
  /** PGlite only: a consistent copy of the data directory, taken between transactions (backups). */
  snapshot?(): Promise<PgliteSnapshot>;
  close(): Promise<void>;
}

async function createPglite(dataDir: string): Promise<Driver> {
  lockDataDir(dataDir);
  const [client, { drizzle }] = await Promise.all([openPglite(pgliteDir(dataDir)), import('drizzle-orm/pglite')]);
  // Drizzle's date and time readers set once on the client rather than copied with every statement (./pglite-drizzle.ts)
  const db = drizzle({ client: clientForDrizzle(client), schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    // PGlite is in process (no round trips); its transaction() serializes.
    tenantTransaction: (setup, fn) =>
      db.transaction(async (tx) => {
        await tx.execute(setup);
        return fn(tx as unknown as Database);
      }),
    rawTransaction: (fn) => pgliteRawTransaction(client, fn),
    ping: async () => {
      await client.transaction((tx) => tx.query('select 1'));
    },
    snapshot: () => snapshotPglite(client),
    close: () => client.close(),
  };
}

async function createPostgres(url: string, poolSize: number): Promise<Driver> {
  const [{ default: postgres }, { drizzle, PostgresJsDatabase, PostgresJsSession }, { PgDialect }, { noDelaySockets }] = await Promise.all([
    import('postgres'),
    import('drizzle-orm/postgres-js'),
    import('drizzle-orm/pg-core'),
    import('./socket'),
  ]);
  const dialect = new PgDialect();
  /**
   * A Drizzle handle on one reserved connection (type parsers are the pool's,
   * set by drizzle() below) whose statements carry their parameters as
   * literals when they can (inlineParameters): one round trip each instead of
   * two (describe, then execute), and pipelined with the statements sent
   * beside them. A statement with a parameter that cannot be a literal keeps
   * its parameters.
   */
  const onConnection = (connection: import('postgres').ReservedSql) => {
    const unsafe = (text: string, params?: unknown[], options?: import('postgres').UnsafeQueryOptions) => {
      const inlined = params && params.length > 0 ? inlineParameters(text, params) : null;
      return inlined === null ? connection.unsafe(text, params as never[], options) : connection.unsafe(inlined, [], options);
    };
    const client = new Proxy(connection, { get: (target, key) => (key === 'unsafe' ? unsafe : Reflect.get(target, key)) });
    return new PostgresJsDatabase(dialect, new PostgresJsSession(client as never, dialect, undefined), undefined) as unknown as Database;
  };
  const client = postgres(url, {
    // Safe behind the Supabase transaction pooler (PgBouncer / Supavisor).
    prepare: false,
    max: poolSize,
    idle_timeout: 30,
    connect_timeout: 5,
    onnotice: () => {},
    connection: { application_name: 'ledgerly' },
    // TCP_NODELAY on every connection (docs/decisions/0219-postgres-tcp-nodelay.md); an option postgres-js's types leave out
    ...({ socket: noDelaySockets() } as object),
  });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    kind: 'postgres',
    db,
    tenantTransaction: async (setup, fn) => {
      const connection = await client.reserve();
      const tx = onConnection(connection);
      const { sql: setupText, params } = dialect.sqlToQuery(setup);
      try {
        // Sent at once and executed in this order on the one connection
        // (postgres-js queries are lazy: execute() sends them now, before fn's
        // first query). If BEGIN or the setup fails, everything after it fails.
        const begun = connection`begin`.execute();
        const inlined = inlineParameters(setupText, params);
        const configured = (inlined === null ? connection.unsafe(setupText, params as never[]) : connection.unsafe(inlined)).execute();
        const [, , result] = await Promise.all([begun, configured, fn(tx)]);
        await connection`commit`;
        return result;
      } catch (error) {
        await connection`rollback`.catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    rawTransaction: (fn) => postgresRawTransaction(client, fn),
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

const globalForDb = globalThis as unknown as { __ledgerlyDriver?: Promise<Driver> };

/**
 * The process-wide driver: PGlite under DATA_DIR without DATABASE_URL (locked,
 * migrated on open), postgres-js with it (migrated on open only when
 * DATABASE_MIGRATE_ON_BOOT is set, through its own short-lived connection to
 * the migration URL, never the app's pool; otherwise `npm run db:migrate`).
 * On PostgreSQL the app's role is checked when the pool opens: one that could
 * get around row level security is refused (RuntimeRoleError, see runtime-role.ts).
 */
export function getDriver(): Promise<Driver> {
  if (!globalForDb.__ledgerlyDriver) {
    const promise = (async () => {
      const config = env();
      const started = Date.now();
      if (config.DATABASE_URL && config.DATABASE_MIGRATE_ON_BOOT) {
        // as the owner, on a connection of its own (the app's role cannot migrate)
        if (!config.databaseMigrationUrl) throw new Error('DATABASE_MIGRATION_URL is required to migrate on boot');
        const applied = await migrateUrl(config.databaseMigrationUrl);
        if (applied.length > 0) log.info('db.migrated', { applied });
      }
      const driver = config.DATABASE_URL
        ? await createPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
        : await createPglite(config.DATA_DIR);
      if (driver.kind === 'pglite') {
        const applied = await migrate(driver).catch(async (error: unknown) => {
          await driver.close().catch(() => undefined);
          throw error;
        });
        if (applied.length > 0) log.info('db.migrated', { applied });
      }
      const problems = await runtimeRoleProblems(driver).catch(async (error: unknown) => {
        await driver.close().catch(() => undefined);
        throw error;
      });
      if (problems.length > 0) {
        await driver.close().catch(() => undefined);
        throw new RuntimeRoleError(problems);
      }
      log.info('db.ready', { driver: driver.kind, ms: Date.now() - started });
      return driver;
    })();
    globalForDb.__ledgerlyDriver = promise;
    // a failed open (e.g. database down at boot) is retried on the next call
    promise.catch(() => {
      if (globalForDb.__ledgerlyDriver === promise) globalForDb.__ledgerlyDriver = undefined;
    });
  }
  return globalForDb.__ledgerlyDriver;
}

/** Closes the driver (tests, scripts). */
export async function closeDriver(): Promise<void> {
  const pending = globalForDb.__ledgerlyDriver;
  globalForDb.__ledgerlyDriver = undefined;
  if (pending) await (await pending).close();
}
