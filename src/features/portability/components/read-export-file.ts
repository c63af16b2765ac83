/**
 * In the browser: the data.json to import, from the file a person chose —
 * the ZIP that "Download everything" gave them, or the data.json taken out
 * of it. Only the ZIP's directory and data.json are read (Blob slices), never
 * its PDFs; deflated data is inflated by the browser's DecompressionStream.
 */

export class ExportFileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFileProblem';
  }
}

const NOT_OURS = 'Choose the ZIP you downloaded from Ledgerly (Download everything), or the data.json inside it.';

async function bytes(blob: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

/** A ZIP64 field when the 32-bit one is saturated. */
function wide(view: DataView, offset: number): number {
  return Number(view.getBigUint64(offset, true));
}

async function endOfDirectory(file: Blob): Promise<{ entries: number; offset: number; size: number }> {
  const tailStart = Math.max(0, file.size - (65_535 + 22));
  const tail = await bytes(file, tailStart, file.size);
  for (let i = tail.byteLength - 22; i >= 0; i -= 1) {
    if (tail.getUint32(i, true) !== 0x06054b50) continue;
    let entries = tail.getUint16(i + 10, true);
    let size = tail.getUint32(i + 12, true);
    let offset = tail.getUint32(i + 16, true);
    if ((entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) && i >= 20 && tail.getUint32(i - 20, true) === 0x07064b50) {
      const at = wide(tail, i - 20 + 8);
      const record = await bytes(file, at, at + 56);
      if (record.getUint32(0, true) !== 0x06064b50) break;
      entries = wide(record, 32);
      size = wide(record, 40);
      offset = wide(record, 48);
    }
    return { entries, offset, size };
  }
  throw new ExportFileProblem(`This file is not a ZIP that can be read. ${NOT_OURS}`);
}

interface Found {
  method: number;
  compressedSize: number;
  localOffset: number;
}

async function findEntry(file: Blob, name: string): Promise<Found | null> {
  const { entries, offset, size } = await endOfDirectory(file);
  const directory = await bytes(file, offset, offset + size);
  const decoder = new TextDecoder();
  let at = 0;
  for (let n = 0; n < entries && at + 46 <= directory.byteLength; n += 1) {
    if (directory.getUint32(at, true) !== 0x02014b50) break;
    const method = directory.getUint16(at + 10, true);
    let compressedSize = directory.getUint32(at + 20, true);
    const uncompressedSize = directory.getUint32(at + 24, true);
    const nameLength = directory.getUint16(at + 28, true);
    const extraLength = directory.getUint16(at + 30, true);
    const commentLength = directory.getUint16(at + 32, true);
    let localOffset = directory.getUint32(at + 42, true);
    const entryName = decoder.decode(new Uint8Array(directory.buffer, directory.byteOffset + at + 46, nameLength));
    if (entryName === name) {
      // ZIP64 extra field: the saturated values, in this order
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = directory.getUint16(extra, true);
        const length = directory.getUint16(extra + 2, true);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff) field += 8;
          if (compressedSize === 0xffffffff) {
            compressedSize = wide(directory, field);
            field += 8;
          }
          if (localOffset === 0xffffffff) localOffset = wide(directory, field);
        }
        extra += 4 + length;
      }
      return { method, compressedSize, localOffset };
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

async function inflate(data: Blob): Promise<Uint8Array> {
  const stream = data.stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function isZip(head: DataView): boolean {
  return head.byteLength >= 4 && head.getUint32(0, true) === 0x04034b50;
}

/** The text of the data.json in `file` (a Ledgerly ZIP or data.json itself). */
export async function readExportFile(file: Blob): Promise<string> {
  const head = await bytes(file, 0, 4);
  if (!isZip(head)) return file.text();
  const entry = await findEntry(file, 'data.json');
  if (!entry) throw new ExportFileProblem(`This ZIP has no data.json. ${NOT_OURS}`);
  const local = await bytes(file, entry.localOffset, entry.localOffset + 30);
  if (local.getUint32(0, true) !== 0x04034b50) throw new ExportFileProblem(`This ZIP is damaged. ${NOT_OURS}`);
  const start = entry.localOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  const data = file.slice(start, start + entry.compressedSize);
  let content: Uint8Array;
  try {
    if (entry.method === 0) content = new Uint8Array(await data.arrayBuffer());
    else if (entry.method === 8) content = await inflate(data);
    else throw new ExportFileProblem(`This ZIP is packed in a way the browser cannot unpack. Unpack it yourself and choose its data.json.`);
  } catch (error) {
    if (error instanceof ExportFileProblem) throw error;
    throw new ExportFileProblem(`This ZIP is damaged: its data.json cannot be unpacked. ${NOT_OURS}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ExportFileProblem('The data.json in this ZIP is not UTF-8 text.');
  }
}
