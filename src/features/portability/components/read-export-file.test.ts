import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { ExportFileProblem, readExportFile } from './read-export-file';

async function zipOf(files: [string, string | Buffer, { compress?: boolean }?][], end: { forceZip64Format?: boolean } = {}): Promise<Blob> {
  const zip = new ZipFile();
  for (const [name, content, options] of files) {
    zip.addReadStream(Readable.from([Buffer.from(content)], { objectMode: false }), name, { compress: options?.compress ?? true });
  }
  zip.end({ forceZip64Format: end.forceZip64Format ?? false, comment: '' });
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as Readable) chunks.push(chunk as Buffer);
  return new Blob([Buffer.concat(chunks)]);
}

const data = JSON.stringify({ format: 'ledgerly-export', version: 1, tables: { contacts: [{ first_name: 'Zoë ✓' }] } });

describe('reading the file chosen for an import', () => {
  it('takes data.json out of a Ledgerly ZIP, deflated or stored, wherever it is', async () => {
    const pdf = Buffer.alloc(50_000, 7);
    expect(
      await readExportFile(
        await zipOf([
          ['README.txt', 'hi'],
          ['data.json', data],
          ['invoices/INV-0001.pdf', pdf, { compress: false }],
        ]),
      ),
    ).toBe(data);
    expect(await readExportFile(await zipOf([['data.json', data, { compress: false }]]))).toBe(data);
  });

  it('reads ZIP64 archives', async () => {
    expect(
      await readExportFile(
        await zipOf(
          [
            ['a.txt', 'a'],
            ['data.json', data],
          ],
          { forceZip64Format: true },
        ),
      ),
    ).toBe(data);
  });

  it('takes a data.json file as it is', async () => {
    expect(await readExportFile(new Blob([data]))).toBe(data);
  });

  it('says what to choose when the ZIP is not an export', async () => {
    await expect(readExportFile(await zipOf([['photo.txt', 'x']]))).rejects.toThrow(/no data\.json.*Choose the ZIP you downloaded/);
    const damaged = new Blob([Buffer.from('PK\u0003\u0004 not really a zip')]);
    await expect(readExportFile(damaged)).rejects.toBeInstanceOf(ExportFileProblem);
  });
});
