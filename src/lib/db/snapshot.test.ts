import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type PgliteClient } from './pglite';
import { snapshotPglite } from './snapshot';

/** The copy is taken between transactions: one in progress is either wholly in it or not at all. */

let client: PgliteClient;
beforeAll(async () => {
  client = await openPglite(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-snap-')), 'pglite'));
  await client.exec('create table lines (invoice int not null, n int not null)');
}, 60_000);
afterAll(async () => {
  await client?.close();
});

async function rowsIn(tar: Uint8Array): Promise<number> {
  const copy = await openPglite('memory://', { loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-tar' }) });
  try {
    return (await copy.query<{ n: number }>('select count(*)::int as n from lines')).rows[0]!.n;
  } finally {
    await copy.close();
  }
}

describe('snapshotPglite', () => {
  it('waits for a transaction in progress, then copies it whole', async () => {
    let committedAt = 0;
    let firstInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
    const transaction = client
      .transaction(async (tx) => {
        await tx.query('insert into lines values (1, 1)');
        firstInserted();
        await new Promise((r) => setTimeout(r, 300));
        await tx.query('insert into lines values (1, 2)');
      })
      .then(() => {
        committedAt = Date.now();
      });
    await inserted;
    const snapshot = await snapshotPglite(client);
    await transaction;
    expect(snapshot.takenAt.getTime()).toBeGreaterThanOrEqual(committedAt);
    expect(snapshot.pausedMs).toBeGreaterThanOrEqual(0);
    expect(snapshot.migrations).toEqual({});
    expect(snapshot.serverVersion).toMatch(/^\d+\.\d+/);
    expect(await rowsIn(snapshot.tar)).toBe(2);
  }, 60_000);

  it('leaves out a transaction that begins after it, and one that rolled back', async () => {
    await client.transaction(async (tx) => {
      await tx.query('insert into lines values (2, 1)');
      await tx.rollback();
    });
    const snapshot = await snapshotPglite(client);
    await client.query('insert into lines values (3, 1)');
    expect(await rowsIn(snapshot.tar)).toBe(2);
  }, 60_000);
});
