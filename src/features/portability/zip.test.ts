import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { bufferStream, type ZipEntry, zipStream } from './zip';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** name → content of every entry of a ZIP. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          void collect(stream).then((content) => {
            files.set(entry.fileName, content);
            zip.readEntry();
          }, reject);
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('a ZIP written as it is read', () => {
  it('holds every entry, compressed or stored, produced lazily', async () => {
    const big = 'row,'.repeat(100_000);
    async function* entries(): AsyncGenerator<ZipEntry> {
      yield { name: 'data.json', open: () => bufferStream('{"a":1}') };
      yield {
        name: 'big.csv',
        open: () =>
          Readable.from(
            (function* () {
              for (let i = 0; i < 100; i += 1) yield Buffer.from('row,'.repeat(1000));
            })(),
            { objectMode: false },
          ),
      };
      yield { name: 'invoices/INV-0001.pdf', compress: false, open: async () => bufferStream(Buffer.from('%PDF-1.7 …')) };
    }
    const files = await unzip(await collect(zipStream(entries())));
    expect([...files.keys()]).toEqual(['data.json', 'big.csv', 'invoices/INV-0001.pdf']);
    expect(files.get('data.json')!.toString()).toBe('{"a":1}');
    expect(files.get('big.csv')!.toString()).toBe(big);
    expect(files.get('invoices/INV-0001.pdf')!.toString()).toBe('%PDF-1.7 …');
  });

  it('produces the next entry only when the reader has taken the previous one', async () => {
    let produced = 0;
    async function* entries(): AsyncGenerator<ZipEntry> {
      for (let i = 0; i < 50; i += 1) {
        produced += 1;
        // incompressible, larger than the stream buffers
        const content = Buffer.from(Array.from({ length: 200_000 }, (_, j) => (j * 7919 + i * 104729) % 251));
        yield { name: `f${i}.bin`, compress: false, open: () => bufferStream(content) };
      }
    }
    const stream = zipStream(entries());
    // nobody reads yet: production stops after the first entries
    await new Promise((r) => setTimeout(r, 100));
    expect(produced).toBeLessThanOrEqual(3);
    const files = await unzip(await collect(stream));
    expect(files.size).toBe(50);
    expect(produced).toBe(50);
  });

  it('stops producing and reports when the reader goes away', async () => {
    let finalised = false;
    let closedWith: Error | undefined | null = null;
    async function* entries(): AsyncGenerator<ZipEntry> {
      try {
        for (let i = 0; ; i += 1) yield { name: `f${i}.bin`, compress: false, open: () => bufferStream(Buffer.alloc(300_000, i)) };
      } finally {
        finalised = true;
      }
    }
    const stream = zipStream(entries(), { onClose: (error) => (closedWith = error) });
    stream.read();
    await new Promise((r) => setTimeout(r, 50));
    stream.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(closedWith).toBeInstanceOf(Error);
    expect(finalised).toBe(true);
  });

  it('fails the archive when an entry cannot be produced', async () => {
    let closedWith: Error | undefined | null = null;
    async function* entries(): AsyncGenerator<ZipEntry> {
      yield { name: 'a.txt', open: () => bufferStream('a') };
      throw new Error('the database went away');
    }
    const stream = zipStream(entries(), { onClose: (error) => (closedWith = error) });
    await expect(collect(stream)).rejects.toThrow('the database went away');
    expect((closedWith as Error | null)?.message).toBe('the database went away');
  });

  it('completes without an error for the reader who reads to the end', async () => {
    let closedWith: Error | undefined | null = null;
    async function* entries(): AsyncGenerator<ZipEntry> {
      yield { name: 'a.txt', open: () => bufferStream('a') };
    }
    await collect(zipStream(entries(), { onClose: (error) => (closedWith = error) }));
    await new Promise((r) => setTimeout(r, 10));
    expect(closedWith).toBeUndefined();
  });
});
