import fs from 'node:fs';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from '@/lib/db/lock';
import { readMigrations } from '@/lib/db/migrate';
import { openPglite, pgliteDir } from '@/lib/db/pglite';
import { appliedMigrations } from '@/lib/db/snapshot';
import { BackupError, backupTar, decodeBackup, pendingMigrations, schemaProblem, type BackupManifest } from './format';

/**
 * `npm run restore -- FILE` into an empty DATA_DIR: checks the file (a whole
 * backup, a schema this code knows), takes the directory's lock (so no server
 * starts on it meanwhile, and none is running), unpacks the database into a
 * staging directory, opens it once (PostgreSQL's recovery runs there, and the
 * migrations it holds are compared with the manifest), and only then renames
 * it into place. A failure leaves DATA_DIR without a database, never with
 * half of one. The server migrates it forward when it starts.
 */

export interface Restored {
  manifest: BackupManifest;
  /** this code's migrations the backup lacks: applied by the next `npm start` */
  pending: string[];
}

const STAGING = '.pglite-restoring';

/** Refuses a directory a server uses, or one that holds anything (except a dead server's lock). */
function claimEmptyDataDir(dataDir: string): void {
  let entries: string[] = [];
  if (fs.existsSync(/*turbopackIgnore: true*/ dataDir)) {
    if (!fs.statSync(/*turbopackIgnore: true*/ dataDir).isDirectory()) {
      throw new BackupError(`DATA_DIR ${dataDir} is a file, not a directory: restore into a new, empty directory.`);
    }
    entries = fs.readdirSync(/*turbopackIgnore: true*/ dataDir);
  }
  const contents = entries.filter((e) => e !== 'server.lock' && e !== STAGING);
  // a lock file: refuse if its process is alive (checked first: that is the reason to give)
  if (entries.includes('server.lock') || contents.length === 0) {
    try {
      lockDataDir(dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        throw new BackupError(
          `DATA_DIR ${dataDir} is in use by a running server (pid ${error.pid}): restore into a new, empty directory and start the server there.`,
        );
      }
      throw error;
    }
  }
  if (contents.length > 0) {
    const shown = contents.sort().slice(0, 3).join(', ');
    throw new BackupError(
      `DATA_DIR ${dataDir} is not empty (it holds ${shown}${contents.length > 3 ? ', …' : ''}): restore into a new, empty directory, so that nothing is overwritten.`,
    );
  }
}

/** Owner-only permissions on what was unpacked (the tarball's modes are not kept). */
function restrict(dir: string): void {
  fs.chmodSync(/*turbopackIgnore: true*/ dir, 0o700);
  for (const entry of fs.readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrict(full);
    else fs.chmodSync(/*turbopackIgnore: true*/ full, 0o600);
  }
}

export async function restoreBackup(file: string, dataDir: string): Promise<Restored> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(/*turbopackIgnore: true*/ file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(
      code === 'ENOENT'
        ? `${file} does not exist.`
        : code === 'EISDIR'
          ? `${file} is a directory, not a backup file.`
          : `${file} cannot be read (${code}).`,
    );
  }
  const { manifest, payload } = decodeBackup(bytes, file);
  const known = readMigrations();
  const problem = schemaProblem(manifest, known, file);
  if (problem) throw new BackupError(problem);

  claimEmptyDataDir(dataDir);
  const staging = path.join(dataDir, STAGING);
  fs.rmSync(/*turbopackIgnore: true*/ staging, { recursive: true, force: true });
  fs.mkdirSync(/*turbopackIgnore: true*/ staging, { mode: 0o700 });
  try {
    const tar = await backupTar(payload);
    let client;
    try {
      client = await openPglite(staging, { loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-tar' }) });
    } catch (error) {
      throw new BackupError(
        `${file} could not be opened as a database (made with PostgreSQL ${manifest.postgres_version}): ${(error as Error).message}`,
      );
    }
    try {
      const applied = await appliedMigrations(client);
      const listed = (m: Record<string, string>) => JSON.stringify(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
      if (listed(applied) !== listed(manifest.migrations)) {
        throw new BackupError(`${file} holds a database whose migrations differ from its header: it was altered after it was made.`);
      }
    } finally {
      await client.close();
    }
    restrict(staging);
    fs.renameSync(/*turbopackIgnore: true*/ staging, pgliteDir(dataDir));
  } catch (error) {
    fs.rmSync(/*turbopackIgnore: true*/ staging, { recursive: true, force: true });
    throw error;
  }
  return { manifest, pending: pendingMigrations(manifest, known) };
}
