import path from 'node:path';

/**
 * Opening the embedded database's files, in one place: the server's driver
 * (client.ts), the backup command when no server runs, and restore. The caller
 * holds the data directory's lock (lock.ts); nothing here migrates.
 */

/** Where PGlite keeps its files under DATA_DIR. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/**
 * Opens (or creates) the PGlite database in `dir` with the extensions the
 * migrations use. `loadDataDir`: a tarball of a data directory to start from
 * (restore); `dir` must then hold no database yet.
 */
export async function openPglite(dir: string, options: { loadDataDir?: Blob } = {}) {
  const [{ PGlite }, { pg_trgm }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/pg_trgm')]);
  return PGlite.create(dir, { extensions: { pg_trgm }, ...options });
}

export type PgliteClient = Awaited<ReturnType<typeof openPglite>>;
