import fs from 'node:fs';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from '@/lib/db/lock';
import { openPglite, pgliteDir } from '@/lib/db/pglite';
import { snapshotPglite } from '@/lib/db/snapshot';
import { ChannelUnavailableError, requestBackup } from './channel';
import { backupFileName, pruneBackups, writeFileAtomic } from './files';
import { BackupError, decodeBackup, encodeBackup, type BackupManifest } from './format';

/**
 * `npm run backup`: the running server takes the snapshot when there is one
 * (it owns the open database: channel.ts); otherwise this process takes the
 * data directory's lock, so no server can start meanwhile, and copies it.
 */

export interface TakenBackup {
  bytes: Buffer;
  manifest: BackupManifest;
  /** the server process that took it, when one did */
  serverPid: number | null;
}

/** Opens the database without migrating (a backup never changes what it copies) and snapshots it. */
async function offlineBackup(dataDir: string): Promise<Buffer> {
  const client = await openPglite(pgliteDir(dataDir));
  try {
    return await encodeBackup(await snapshotPglite(client), 'offline');
  } finally {
    await client.close();
  }
}

/**
 * A backup of the embedded database under `dataDir`. `startupWaitMs`: how
 * long to wait for a server that holds the lock but does not answer yet (it
 * is still starting, e.g. migrating).
 */
export async function takeBackup(dataDir: string, options: { startupWaitMs?: number } = {}): Promise<TakenBackup> {
  if (!fs.existsSync(/*turbopackIgnore: true*/ path.join(pgliteDir(dataDir), 'PG_VERSION'))) {
    throw new BackupError(`There is no embedded database under ${dataDir} (DATA_DIR): nothing to back up.`);
  }
  const deadline = Date.now() + (options.startupWaitMs ?? 30_000);
  for (;;) {
    let owner: number;
    try {
      lockDataDir(dataDir);
      const bytes = await offlineBackup(dataDir);
      return { bytes, manifest: decodeBackup(bytes).manifest, serverPid: null };
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error;
      owner = error.pid;
    }
    try {
      const bytes = await requestBackup(dataDir);
      const { manifest } = decodeBackup(bytes, 'The backup the server sent');
      return { bytes, manifest, serverPid: owner };
    } catch (error) {
      if (!(error instanceof ChannelUnavailableError)) throw error;
      if (Date.now() >= deadline) {
        throw new BackupError(
          `The data directory ${dataDir} is in use by process ${owner}, which does not answer backup requests ` +
            `(a server still starting, a migration, or another backup): try again when it is up or has finished.`,
        );
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Writes a backup to `out`, whole or not at all. */
export function saveBackup(bytes: Buffer, out: string): string {
  const file = path.resolve(out);
  const dir = path.dirname(file);
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) throw new BackupError(`The directory ${dir} does not exist: create it first.`);
  if (fs.existsSync(/*turbopackIgnore: true*/ file) && fs.statSync(/*turbopackIgnore: true*/ file).isDirectory()) {
    throw new BackupError(`${file} is a directory: name a file (--out), or use --dir to name one by its date.`);
  }
  writeFileAtomic(file, bytes);
  return file;
}

/** Writes a backup into `dir` under its date (ledgerly-<UTC time>.backup), then keeps the newest `keep`. */
export function saveBackupInDir(
  bytes: Buffer,
  manifest: Pick<BackupManifest, 'created_at'>,
  dir: string,
  keep: number,
): { file: string; pruned: string[] } {
  fs.mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, backupFileName(new Date(manifest.created_at)));
  writeFileAtomic(file, bytes);
  return { file, pruned: pruneBackups(dir, keep) };
}
