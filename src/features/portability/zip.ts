import { finished, Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/**
 * A ZIP written as it is read: entries come from an async iterable, one at a
 * time, and the next one is only asked for once the previous one has been
 * taken in by the compressor, which the reader's pace holds back. So a large
 * export never sits in memory: at most one entry is being produced while the
 * previous one is compressed and sent. Compression is zlib's (off the main
 * thread); files over 4 GB and archives with many entries get ZIP64 records
 * automatically (yazl).
 */

export interface ZipEntry {
  /** the path inside the archive (forward slashes) */
  name: string;
  /** opened only when the entry's turn comes */
  open: () => Readable | Promise<Readable>;
  /** false for data that is already compressed (PDFs, images) */
  compress?: boolean;
  mtime?: Date;
}

export interface ZipOptions {
  /** called once when the archive is complete, failed or was abandoned by its reader */
  onClose?: (error: Error | undefined) => void;
}

export function zipStream(entries: AsyncIterable<ZipEntry>, options: ZipOptions = {}): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const iterator = entries[Symbol.asyncIterator]();
  const inputs = new Set<Readable>();
  let closed = false;
  let failure: Error | undefined;

  const fail = (error: Error) => {
    failure ??= error;
    output.destroy(error);
  };
  zip.on('error', fail);
  output.once('close', () => {
    closed = true;
    // an abandoned download: stop reading whatever is open, and stop producing
    for (const input of inputs) input.destroy();
    inputs.clear();
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
    options.onClose?.(failure ?? (output.readableEnded ? undefined : new Error('the reader went away')));
  });

  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (closed) return;
      if (next.done) break;
      const entry = next.value;
      const input = await entry.open();
      if (closed) {
        input.destroy();
        return;
      }
      inputs.add(input);
      // taken in (or failed, or the archive closed): then the next entry may come
      const taken = new Promise<void>((resolve) => {
        finished(input, (error) => {
          inputs.delete(input);
          if (error && !closed) fail(error);
          resolve();
        });
      });
      zip.addReadStream(input, entry.name, { mtime: entry.mtime ?? new Date(), compress: entry.compress ?? true });
      await taken;
      if (closed) return;
    }
    zip.end();
  })().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));

  return output;
}

/** A readable of one buffer (an entry produced whole, such as a PDF). */
export function bufferStream(buffer: Buffer | string): Readable {
  return Readable.from([typeof buffer === 'string' ? Buffer.from(buffer) : buffer], { objectMode: false });
}
