import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Backup files on disk: written whole or not at all (a temporary file in the
 * same directory, flushed, then renamed over the name), named by the time
 * they were taken, and pruned to the newest N in a directory. Only files named
 * like ours are ever counted or removed.
 */

const NAME = /^ledgerly-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.backup$/;

/** `ledgerly-2026-12-06T02-30-00-000Z.backup` (UTC): names sort by time. */
export function backupFileName(takenAt: Date): string {
  return `ledgerly-${takenAt.toISOString().replace(/[:.]/g, '-')}.backup`;
}

/** When a file named by backupFileName was taken, or null for any other name. */
export function backupFileTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  const time = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}

/** The backups in `dir`, newest first (none when it does not exist). */
export function listBackups(dir: string): { name: string; file: string; takenAt: Date }[] {
  let names: string[];
  try {
    names = fs.readdirSync(/*turbopackIgnore: true*/ dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const takenAt = backupFileTime(name);
      return takenAt ? [{ name, file: path.join(dir, name), takenAt }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1));
}

/** Removes all but the newest `keep` backups in `dir`; returns the names removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a whole number of at least 1 (got ${keep})`);
  const removed: string[] = [];
  for (const old of listBackups(dir).slice(keep)) {
    try {
      fs.unlinkSync(/*turbopackIgnore: true*/ old.file);
      removed.push(old.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}

/**
 * Writes `bytes` to `file` atomically, readable by its owner only: a reader
 * sees the previous file or the whole new one, never a part (a crash leaves
 * at most a `.ledgerly-tmp-*` file beside it).
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.ledgerly-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = fs.openSync(/*turbopackIgnore: true*/ temp, 'wx', 0o600);
  try {
    try {
      let offset = 0;
      while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(/*turbopackIgnore: true*/ temp, file);
  } catch (error) {
    fs.rmSync(/*turbopackIgnore: true*/ temp, { force: true });
    throw error;
  }
  // the rename itself survives a power cut once the directory is flushed
  try {
    const dirFd = fs.openSync(/*turbopackIgnore: true*/ dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // not supported on this platform or filesystem
  }
}
