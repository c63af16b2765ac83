import type { PgliteClient } from './pglite';

/**
 * A consistent copy of the embedded database, taken by the process that has
 * it open (docs/decisions/0095-backups.md).
 *
 * PGlite runs one statement at a time, and a transaction holds its
 * transaction mutex from BEGIN to COMMIT; every public entry point (query,
 * exec, transaction, Drizzle on top of them) takes that mutex first. The
 * files are copied while holding it, so no transaction is half in the copy
 * and nothing writes to them during it: the copy is what a clean crash right
 * after the last commit would leave, which PostgreSQL's WAL recovery turns
 * back into exactly the committed state when the copy is opened. A CHECKPOINT
 * just before keeps that recovery short.
 */

export interface PgliteSnapshot {
  /** the data directory as an uncompressed tar (PGlite's own dumpDataDir format) */
  tar: Uint8Array;
  /** applied migrations (app_meta.schema_migrations): version → checksum */
  migrations: Record<string, string>;
  /** PostgreSQL's version inside PGlite (a data directory opens only under the same major version) */
  serverVersion: string;
  /** when the copy started: every transaction committed before it is in it */
  takenAt: Date;
  /** how long the copy held the database (no statement ran meanwhile), in ms */
  pausedMs: number;
}

export async function appliedMigrations(client: Pick<PgliteClient, 'query'>): Promise<Record<string, string>> {
  const [present] = (await client.query<{ present: boolean }>(`select to_regclass('app_meta.schema_migrations') is not null as present`))
    .rows;
  if (!present?.present) return {};
  const { rows } = await client.query<{ version: string; checksum: string }>(
    'select version, checksum from app_meta.schema_migrations order by version',
  );
  return Object.fromEntries(rows.map((r) => [r.version, r.checksum]));
}

export async function snapshotPglite(client: PgliteClient): Promise<PgliteSnapshot> {
  // Migrations run only when the database is opened (client.ts), never while
  // it serves, so the list read here is the copy's.
  const migrations = await appliedMigrations(client);
  const [version] = (await client.query<{ server_version: string }>('show server_version')).rows;
  await client.exec('checkpoint');
  let takenAt = new Date();
  let pausedMs = 0;
  const blob = await client._runExclusiveTransaction(async () => {
    takenAt = new Date();
    try {
      return await client.dumpDataDir('none');
    } finally {
      pausedMs = Date.now() - takenAt.getTime();
    }
  });
  return {
    tar: new Uint8Array(await blob.arrayBuffer()),
    migrations,
    serverVersion: version?.server_version ?? 'unknown',
    takenAt,
    pausedMs,
  };
}
