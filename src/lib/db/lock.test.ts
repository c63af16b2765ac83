import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock';

describe('data directory lock', () => {
  it('refuses a directory held by a live process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    // the parent of this test process is alive for the whole test
    fs.writeFileSync(path.join(dir, 'server.lock'), JSON.stringify({ pid: process.ppid, startTime: null }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/in use by another server process/);
  });
  it('takes over the lock of a process that is gone (kill -9)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, 'server.lock'), JSON.stringify({ pid: Number(dead.stdout), startTime: '1' }));
    expect(() => lockDataDir(dir)).not.toThrow();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'server.lock'), 'utf8')).pid).toBe(process.pid);
  });
});
