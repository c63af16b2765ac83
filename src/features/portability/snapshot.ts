import { open, type FileHandle } from 'node:fs/promises';
import { csvLine } from '@/lib/csv';
import type { ExportRow } from './queries';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportTable } from './schema';

/**
 * Writes the export's snapshot to files while the rows come from the database
 * (a batch at a time, so neither the rows nor the file are ever all in
 * memory): `data.json`, and a CSV of each table asked for (header = the
 * column names, like the app's list exports). The transaction that reads the
 * rows ends when this does; the ZIP is then streamed from the files, however
 * slowly the client reads it.
 */

export interface SnapshotFiles {
  /** where data.json goes */
  data: string;
  /** tables also written as CSV: table → file, with the given columns */
  csv: Partial<Record<ExportTable, { path: string; columns: readonly string[] }>>;
}

export interface Snapshot {
  counts: Record<ExportTable, number>;
  /** every invoice, in the file's order (their PDFs go into the ZIP) */
  invoices: { id: string; invoice_number: string }[];
  /** the size of data.json in bytes */
  bytes: number;
}

/** The first lines of data.json, up to where the tables begin. */
export function dataJsonHead(exportedAt: Date): string {
  return `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exported_at":${JSON.stringify(exportedAt.toISOString())},"tables":{`;
}

export async function writeSnapshot(
  batches: AsyncIterable<ExportRow[]>,
  tables: readonly ExportTable[],
  files: SnapshotFiles,
  exportedAt: Date,
): Promise<Snapshot> {
  const counts = Object.fromEntries(tables.map((t) => [t, 0])) as Record<ExportTable, number>;
  const invoices: Snapshot['invoices'] = [];
  const handles: FileHandle[] = [];
  try {
    const data = await open(files.data, 'w');
    handles.push(data);
    const csv = new Map<ExportTable, { handle: FileHandle; columns: readonly string[] }>();
    for (const [table, target] of Object.entries(files.csv) as [ExportTable, { path: string; columns: readonly string[] }][]) {
      const handle = await open(target.path, 'w');
      handles.push(handle);
      await handle.write(`\uFEFF${csvLine(target.columns)}`);
      csv.set(table, { handle, columns: target.columns });
    }

    let bytes = 0;
    const write = async (handle: FileHandle, text: string) => {
      if (text.length === 0) return;
      const { bytesWritten } = await handle.write(text);
      if (handle === data) bytes += bytesWritten;
    };

    // the table being written (its place in `tables`); rows of one table come together
    let current = -1;
    let first = true;
    await write(data, dataJsonHead(exportedAt));
    const open_ = (ord: number): string => {
      if (ord < current || ord >= tables.length) throw new Error(`export rows out of order (table ${ord} after ${current})`);
      let text = '';
      while (current < ord) {
        if (current >= 0) text += first ? ']' : '\n]';
        current += 1;
        text += `${current > 0 ? ',' : ''}\n${JSON.stringify(tables[current])}:[`;
        first = true;
      }
      return text;
    };

    for await (const batch of batches) {
      let text = '';
      const lines = new Map<ExportTable, string>();
      for (const { ord, row } of batch) {
        if (ord !== current) text += open_(ord);
        const table = tables[ord]!;
        text += `${first ? '\n' : ',\n'}${row}`;
        first = false;
        counts[table] += 1;
        const target = csv.get(table);
        if (table === 'invoices' || target) {
          const value = JSON.parse(row) as Record<string, unknown>;
          if (table === 'invoices') invoices.push({ id: String(value.id), invoice_number: String(value.invoice_number) });
          if (target) lines.set(table, (lines.get(table) ?? '') + csvLine(target.columns.map((c) => value[c])));
        }
      }
      await write(data, text);
      for (const [table, line] of lines) await write(csv.get(table)!.handle, line);
    }
    // tables without rows still appear, as []
    const rest = open_(tables.length - 1);
    await write(data, `${rest}${first ? ']' : '\n]'}\n}}\n`);
    return { counts, invoices, bytes };
  } finally {
    await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
  }
}
