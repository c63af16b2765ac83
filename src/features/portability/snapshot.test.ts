import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv';
import type { ExportRow } from './queries';
import type { ExportTable } from './schema';
import { writeSnapshot } from './snapshot';

const TABLES: ExportTable[] = ['users', 'contacts', 'contact_notes', 'invoices', 'audit_logs'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'snapshot-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* batches(...list: ExportRow[][]): AsyncGenerator<ExportRow[]> {
  for (const batch of list) yield batch;
}

const row = (ord: number, value: object): ExportRow => ({ ord, row: JSON.stringify(value) });

function files() {
  return {
    data: path.join(dir, 'data.json'),
    csv: { contact_notes: { path: path.join(dir, 'notes.csv'), columns: ['id', 'contact_id', 'body'] } },
  };
}

describe('the export snapshot on disk', () => {
  it('writes data.json table by table, every table present, and the CSV of the tables asked for', async () => {
    const exportedAt = new Date('2026-12-07T10:00:00.000Z');
    const snapshot = await writeSnapshot(
      batches(
        [row(0, { id: 'u1' }), row(1, { id: 'c1', first_name: 'Amara' })],
        [row(1, { id: 'c2', first_name: '=SUM(A1)' }), row(2, { id: 'n1', contact_id: 'c1', body: 'Called, "yes"\nthen left' })],
        [row(3, { id: 'i1', invoice_number: 'INV-0001', total_amount: '10.00' }), row(3, { id: 'i2', invoice_number: 'INV-0002' })],
      ),
      TABLES,
      files(),
      exportedAt,
    );
    const text = await readFile(path.join(dir, 'data.json'), 'utf8');
    expect(snapshot.bytes).toBe(Buffer.byteLength(text));
    const data = JSON.parse(text);
    expect(data).toEqual({
      format: 'ledgerly-export',
      version: 2,
      exported_at: '2026-12-07T10:00:00.000Z',
      tables: {
        users: [{ id: 'u1' }],
        contacts: [
          { id: 'c1', first_name: 'Amara' },
          { id: 'c2', first_name: '=SUM(A1)' },
        ],
        contact_notes: [{ id: 'n1', contact_id: 'c1', body: 'Called, "yes"\nthen left' }],
        invoices: [
          { id: 'i1', invoice_number: 'INV-0001', total_amount: '10.00' },
          { id: 'i2', invoice_number: 'INV-0002' },
        ],
        audit_logs: [],
      },
    });
    expect(Object.keys(data.tables)).toEqual(TABLES);
    expect(snapshot.counts).toEqual({ users: 1, contacts: 2, contact_notes: 1, invoices: 2, audit_logs: 0 });
    expect(snapshot.invoices).toEqual([
      { id: 'i1', invoice_number: 'INV-0001' },
      { id: 'i2', invoice_number: 'INV-0002' },
    ]);
    const csv = await readFile(path.join(dir, 'notes.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFid,contact_id,body\r\n')).toBe(true);
    expect(parseCsv(csv).rows).toEqual([['n1', 'c1', 'Called, "yes"\nthen left']]);
  });

  it('writes a valid file for an account with nothing in it', async () => {
    await writeSnapshot(batches(), TABLES, files(), new Date());
    const data = JSON.parse(await readFile(path.join(dir, 'data.json'), 'utf8'));
    expect(data.tables).toEqual({ users: [], contacts: [], contact_notes: [], invoices: [], audit_logs: [] });
    expect(parseCsv(await readFile(path.join(dir, 'notes.csv'), 'utf8')).rows).toEqual([]);
  });

  it('refuses rows that come back to a table already written (never a silently broken file)', async () => {
    await expect(writeSnapshot(batches([row(1, { id: 'c1' }), row(0, { id: 'u1' })]), TABLES, files(), new Date())).rejects.toThrow(
      /out of order/,
    );
  });
});
