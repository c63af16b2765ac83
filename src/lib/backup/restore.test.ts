import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '@/lib/db/migrate';
import { openPglite, pgliteDir } from '@/lib/db/pglite';
import { saveBackup, takeBackup } from './backup';
import { BackupError, decodeBackup } from './format';
import { restoreBackup } from './restore';

/**
 * Backup without a server and restore, on a small PGlite database (the
 * server's side and the migrated schema: tests/api/backup.test.ts).
 */

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `ledgerly-${prefix}-`));
let source: string;
let backupFile: string;

/** The backup with its header changed (the checksum covers the data only). */
function withHeader(change: (manifest: Record<string, unknown>) => void): string {
  const bytes = fs.readFileSync(backupFile);
  const { manifest, payload } = decodeBackup(bytes);
  change(manifest as unknown as Record<string, unknown>);
  const file = path.join(tmp('edited'), 'edited.backup');
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`LEDGERLY-BACKUP 1\n${JSON.stringify(manifest)}\n`), payload]));
  return file;
}

beforeAll(async () => {
  source = tmp('source');
  const db = await openPglite(pgliteDir(source));
  await db.exec(`create table notes (id int primary key, body text not null);
                 insert into notes select g, 'note ' || g from generate_series(1, 500) g;`);
  await db.close();
  const taken = await takeBackup(source);
  expect(taken.serverPid).toBeNull();
  expect(taken.manifest).toMatchObject({ taken_by: 'offline', migrations: {}, schema_version: null });
  backupFile = saveBackup(taken.bytes, path.join(tmp('out'), 'notes.backup'));
}, 60_000);

describe('restore', () => {
  it('restores a backup into an empty directory, owner-only, with every row', async () => {
    const target = path.join(tmp('target'), 'data');
    const { manifest, pending } = await restoreBackup(backupFile, target);
    expect(manifest.taken_by).toBe('offline');
    // the server applies the code's migrations when it starts on it
    expect(pending).toEqual(readMigrations().map((m) => m.name));
    // and this process holds its lock until it exits (the command's does, right after)
    expect(fs.readdirSync(target).sort()).toEqual(['pglite', 'server.lock']);
    expect(fs.statSync(pgliteDir(target)).mode & 0o777).toBe(0o700);
    const db = await openPglite(pgliteDir(target));
    try {
      const { rows } = await db.query<{ n: number; last: string }>(`select count(*)::int as n, max(body) as last from notes`);
      expect(rows[0]).toEqual({ n: 500, last: 'note 99' });
    } finally {
      await db.close();
    }
  }, 60_000);

  it('refuses a directory in use or not empty, and a newer schema, without touching the directory', async () => {
    const inUse = tmp('in-use');
    // the parent of this test process is alive for the whole test
    fs.writeFileSync(path.join(inUse, 'server.lock'), JSON.stringify({ pid: process.ppid, startTime: null }));
    await expect(restoreBackup(backupFile, inUse)).rejects.toThrow(
      new RegExp(`DATA_DIR ${inUse} is in use by a running server \\(pid ${process.ppid}\\)`),
    );
    expect(fs.readdirSync(inUse)).toEqual(['server.lock']);

    const notEmpty = tmp('not-empty');
    fs.writeFileSync(path.join(notEmpty, 'notes.txt'), 'mine');
    await expect(restoreBackup(backupFile, notEmpty)).rejects.toThrow(`DATA_DIR ${notEmpty} is not empty (it holds notes.txt)`);
    expect(fs.readdirSync(notEmpty)).toEqual(['notes.txt']);

    const newer = withHeader((m) => {
      m.migrations = { '29991231000000': 'f'.repeat(64) };
    });
    const fresh = path.join(tmp('fresh'), 'data');
    await expect(restoreBackup(newer, fresh)).rejects.toThrow(
      /comes from a newer version of Ledgerly \(its database has migration 29991231000000/,
    );
    await expect(restoreBackup(path.join(fresh, 'missing.backup'), fresh)).rejects.toThrow(BackupError);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('refuses a database that does not match its header, leaving no half-restored files', async () => {
    const [first] = readMigrations();
    const lying = withHeader((m) => {
      m.migrations = { [first!.version]: first!.checksum };
    });
    const target = tmp('lying');
    await expect(restoreBackup(lying, target)).rejects.toThrow(/migrations differ from its header: it was altered/);
    expect(fs.readdirSync(target).filter((e) => e !== 'server.lock')).toEqual([]);
  }, 60_000);
});
