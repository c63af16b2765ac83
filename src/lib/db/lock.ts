import fs from 'node:fs';
import path from 'node:path';

/**
 * One process per data directory. PGlite keeps its files open and would be
 * corrupted by a second writer, and does not stop one by itself. The lock is a
 * file holding the owner's pid and start time; a lock whose process is gone
 * (a crash, `kill -9`) is taken over at once. A process that has died but
 * whose parent has not yet collected its exit status (a zombie: `kill -9`
 * under a supervisor that restarts before it reaps) still answers
 * `kill(pid, 0)`, yet holds no file and no memory any more: on Linux its state
 * in /proc/<pid>/stat (Z or X) says it is dead, so its lock is stale too.
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

export interface LockInfo {
  pid: number;
  startTime: string | null;
}

interface ProcStat {
  /** R, S, D, T, Z (zombie), X (dead), … */
  state: string;
  /** field 22, in clock ticks since boot: tells a reused pid from the owner */
  startTime: string;
}

/** A process's state and start time from /proc/<pid>/stat (Linux); null where there is none. */
export function procStat(pid: number): ProcStat | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name in parentheses (which may hold spaces): state is field 3
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (!fields[0] || !fields[19]) return null;
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

function processStartTime(pid: number): string | null {
  return procStat(pid)?.startTime ?? null;
}

/** Whether the process that wrote the lock still runs (a zombie does not). */
export function isAlive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return true;
    return false;
  }
  const stat = procStat(info.pid);
  // no /proc (not Linux): kill(pid, 0) is all there is to go on
  if (stat === null) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return info.startTime === null || stat.startTime === info.startTime;
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
