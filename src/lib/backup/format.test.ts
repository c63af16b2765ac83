import { describe, expect, it } from 'vitest';
import { BackupError, backupTar, decodeBackup, encodeBackup, pendingMigrations, schemaProblem } from './format';

const snapshot = (migrations: Record<string, string> = { '20260101000000': 'a'.repeat(64) }) => ({
  tar: new TextEncoder().encode('pretend this is a tarball '.repeat(100)),
  migrations,
  serverVersion: '17.5',
  takenAt: new Date('2026-12-06T10:00:00.000Z'),
  pausedMs: 5,
});

describe('backup file format', () => {
  it('round-trips a snapshot with a manifest that says what it holds', async () => {
    const bytes = await encodeBackup(snapshot(), 'server');
    expect(bytes.subarray(0, 18).toString()).toBe('LEDGERLY-BACKUP 1\n');
    const { manifest, payload } = decodeBackup(bytes);
    expect(manifest).toMatchObject({
      format: 1,
      app: 'ledgerly',
      database: 'pglite',
      created_at: '2026-12-06T10:00:00.000Z',
      schema_version: '20260101000000',
      postgres_version: '17.5',
      taken_by: 'server',
      payload: { encoding: 'tar+gzip', bytes: payload.length },
    });
    expect(new Uint8Array(await backupTar(payload))).toEqual(snapshot().tar);
  });

  it('refuses what is not a backup, a cut-short one, an altered one and a newer format', async () => {
    const bytes = await encodeBackup(snapshot(), 'offline');
    expect(() => decodeBackup(Buffer.from('{"hello":"world"}\n'), 'x.json')).toThrow('x.json is not a Ledgerly backup');
    expect(() => decodeBackup(Buffer.alloc(0), 'empty')).toThrow('empty is not a Ledgerly backup');
    expect(() => decodeBackup(bytes.subarray(0, bytes.length - 10), 'f')).toThrow(/f is an incomplete Ledgerly backup \(\d+ of \d+ bytes/);
    expect(() => decodeBackup(bytes.subarray(0, 30), 'f')).toThrow('f is a damaged Ledgerly backup (its header is incomplete)');
    const altered = Buffer.from(bytes);
    altered.writeUInt8(altered.readUInt8(altered.length - 5) ^ 0xff, altered.length - 5);
    expect(() => decodeBackup(altered, 'f')).toThrow('does not match its checksum');
    const headerBroken = Buffer.from(bytes.toString('latin1').replace('"format":1', '"format":"one"'), 'latin1');
    expect(() => decodeBackup(headerBroken, 'f')).toThrow('its header cannot be read');
    const newer = Buffer.concat([Buffer.from('LEDGERLY-BACKUP 2\n'), bytes.subarray(18)]);
    expect(() => decodeBackup(newer, 'f')).toThrow(/format 2, made by a newer version of Ledgerly/);
    expect(() => decodeBackup(newer)).toThrow(BackupError);
  });

  it('accepts an older schema (pending migrations) and refuses a newer or a different one', () => {
    const known = [
      { version: '1', name: '1_a.sql', checksum: 'c1' },
      { version: '2', name: '2_b.sql', checksum: 'c2' },
    ];
    expect(schemaProblem({ migrations: { '1': 'c1' }, schema_version: '1' }, known)).toBeNull();
    expect(pendingMigrations({ migrations: { '1': 'c1' } }, known)).toEqual(['2_b.sql']);
    expect(schemaProblem({ migrations: {}, schema_version: null }, known)).toBeNull();
    expect(schemaProblem({ migrations: { '1': 'c1', '2': 'c2', '3': 'c3' }, schema_version: '3' }, known, 'b.backup')).toBe(
      'b.backup comes from a newer version of Ledgerly (its database has migration 3, this code knows migrations up to 2): restore it with that version or a later one.',
    );
    expect(schemaProblem({ migrations: { '1': 'other' }, schema_version: '1' }, known)).toMatch(
      /its migration 1_a.sql differs from this code's/,
    );
  });
});
