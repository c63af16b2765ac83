import fs from 'node:fs';
import path from 'node:path';

/**
 * One process per data directory. PGlite keeps its files open and would be
 * corrupted by a second writer, and does not stop one by itself. The lock is a
 * file holding the owner's pid and start time; a lock whose process is gone
 * (a crash, `kill -9`) is taken over.
 */

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another server process (pid ${pid}). ` +
        'Stop that process, or start this one with a different DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockInfo {
  pid: number;
  startTime: string | null;
}

/** The kernel's start time of a process (Linux), to tell a reused pid from the owner. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // field 22 (starttime) counted after the command name in parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return true;
    return false;
  }
  if (info.startTime === null) return true;
  const current = processStartTime(info.pid);
  return current === null || current === info.startTime;
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, startTime: parsed.startTime ?? null };
  } catch {
    return null;
  }
}

const held = new Set<string>();

/** Takes the lock on `dataDir` for this process, or throws DataDirLockedError. */
export function lockDataDir(dataDir: string): void {
  const file = path.join(dataDir, 'server.lock');
  if (held.has(file)) return;
  fs.mkdirSync(dataDir, { recursive: true });
  const mine: LockInfo = { pid: process.pid, startTime: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      held.add(file);
      const release = () => {
        try {
          const current = readLock(file);
          if (current?.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = readLock(file);
      if (!owner) {
        // possibly being written by a process starting at this very moment
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
        owner = readLock(file);
      }
      if (owner && owner.pid === process.pid) {
        held.add(file);
        return;
      }
      if (owner && isAlive(owner)) throw new DataDirLockedError(dataDir, owner.pid);
      // stale (owner gone, or unreadable half-written file): remove and retry
      try {
        fs.unlinkSync(file);
      } catch {
        // someone else removed it first
      }
    }
  }
  const owner = readLock(file);
  throw new DataDirLockedError(dataDir, owner?.pid ?? -1);
}
