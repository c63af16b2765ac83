import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, isAlive, lockDataDir, procStat } from './lock';

const spawned: { kill(signal?: NodeJS.Signals): boolean }[] = [];
afterEach(() => {
  for (const child of spawned.splice(0)) child.kill('SIGKILL');
});

const lockFile = (dir: string) => path.join(dir, 'server.lock');
const newDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));

/**
 * A process that has exited but is not reaped: a child of a shell that then becomes `sleep`, which never
 * waits for it. The child exits only once its parent is `sleep`: had it exited while the shell still ran,
 * the shell could have reaped it (it did, on a loaded machine).
 */
async function zombie(): Promise<number> {
  const child = `sh -c 'until [ "$(cat /proc/$PPID/comm)" = sleep ]; do sleep 0.01; done'`;
  const parent = spawn('sh', ['-c', `${child} & echo $!; exec sleep 30`], { stdio: ['ignore', 'pipe', 'ignore'] });
  spawned.push(parent);
  const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  for (let i = 0; i < 200 && procStat(pid)?.state !== 'Z'; i += 1) await new Promise((r) => setTimeout(r, 20));
  return pid;
}

/** A process that runs for the whole test. */
async function live(): Promise<number> {
  const child = spawn('sleep', ['5'], { stdio: 'ignore' });
  spawned.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

describe('data directory lock', () => {
  it('refuses a directory held by a live process', () => {
    const dir = newDir();
    // the parent of this test process is alive for the whole test
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: process.ppid, startTime: null }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another server process/);
  });

  it('refuses a directory held by a live server that wrote its start time', async () => {
    const dir = newDir();
    const pid = await live();
    const startTime = procStat(pid)!.startTime;
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, startTime }));
    expect(isAlive({ pid, startTime })).toBe(true);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by another server process \\(pid ${pid}\\)`));
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(pid);
  });

  it('takes over the lock of a process that is gone (kill -9)', () => {
    const dir = newDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: Number(dead.stdout), startTime: '1' }));
    expect(() => lockDataDir(dir)).not.toThrow();
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
  });

  it('takes over at once the lock of a process that died but is not reaped yet (a zombie)', async () => {
    const dir = newDir();
    const pid = await zombie();
    const stat = procStat(pid);
    expect(stat?.state).toBe('Z');
    // it still answers kill(pid, 0), which is what made it look alive
    expect(() => process.kill(pid, 0)).not.toThrow();
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, startTime: stat!.startTime }));
    expect(isAlive({ pid, startTime: stat!.startTime })).toBe(false);
    expect(() => lockDataDir(dir)).not.toThrow();
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
  });

  it('takes over the lock of a pid now used by another process (different start time)', async () => {
    const dir = newDir();
    const pid = await live();
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, startTime: '1' }));
    expect(() => lockDataDir(dir)).not.toThrow();
  });
});
