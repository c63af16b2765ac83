import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupFileTime, listBackups, pruneBackups, writeFileAtomic } from './files';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-files-'));

describe('backup files', () => {
  it('are named by the UTC time they were taken, and read back', () => {
    const at = new Date('2026-12-06T02:30:05.123Z');
    expect(backupFileName(at)).toBe('ledgerly-2026-12-06T02-30-05-123Z.backup');
    expect(backupFileTime(backupFileName(at))).toEqual(at);
    expect(backupFileTime('notes.txt')).toBeNull();
    expect(backupFileTime('ledgerly-2026-13-45T99-30-05-123Z.backup')).toBeNull();
  });

  it('are pruned to the newest N, leaving every other file alone', () => {
    const dir = tmp();
    const times = [1, 5, 3, 2, 4].map((d) => new Date(Date.UTC(2026, 0, d)));
    for (const t of times) fs.writeFileSync(path.join(dir, backupFileName(t)), 'x');
    fs.writeFileSync(path.join(dir, 'my-notes.backup'), 'keep me');
    fs.mkdirSync(path.join(dir, 'ledgerly-older'));
    expect(listBackups(dir).map((b) => b.takenAt.getUTCDate())).toEqual([5, 4, 3, 2, 1]);
    expect(pruneBackups(dir, 2)).toEqual([3, 2, 1].map((d) => backupFileName(new Date(Date.UTC(2026, 0, d)))));
    expect(fs.readdirSync(dir).sort()).toEqual(
      [backupFileName(times[1]!), backupFileName(times[4]!), 'ledgerly-older', 'my-notes.backup'].sort(),
    );
    expect(pruneBackups(dir, 5)).toEqual([]);
    expect(() => pruneBackups(dir, 0)).toThrow(/at least 1/);
    expect(listBackups(path.join(dir, 'missing'))).toEqual([]);
  });

  it('are written whole, readable by their owner only, with nothing left beside them', () => {
    const dir = tmp();
    const file = path.join(dir, 'a.backup');
    fs.writeFileSync(file, 'previous');
    writeFileAtomic(file, Buffer.from('new contents'));
    expect(fs.readFileSync(file, 'utf8')).toBe('new contents');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['a.backup']);
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'b.backup'), Buffer.from('x'))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['a.backup']);
  });
});
