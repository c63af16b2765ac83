import zlib from 'node:zlib';

/**
 * Small images built in code, for tests of the image checks and of PDFs with
 * a logo: a PNG of any size, colour type and bit depth (optionally with a
 * palette, transparency, or damaged on purpose), and a minimal JPEG.
 */

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

export interface SamplePngOptions {
  width?: number;
  height?: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA */
  colorType?: number;
  depth?: number;
  interlace?: number;
  /** a tRNS chunk (palette images: per-entry alpha) */
  transparency?: boolean;
  /** the filter byte of every row (0–4 are valid) */
  filter?: number;
  /** leave the last bytes of the image data out (the rows no longer add up) */
  truncate?: boolean;
  /** a wrong checksum on the image data */
  badCrc?: boolean;
}

export function samplePng(options: SamplePngOptions = {}): Buffer {
  const { width = 4, height = 3, colorType = 2, depth = 8, interlace = 0, filter = 0 } = options;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = colorType;
  header[12] = interlace;
  const rowBytes = Math.ceil((width * depth * CHANNELS[colorType]!) / 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + rowBytes);
    row[0] = filter;
    for (let x = 1; x <= rowBytes; x += 1) row[x] = (x * 37 + y * 11) % 256;
    if (colorType === 3) row.fill(0, 1); // palette index 0
    rows.push(row);
  }
  let raw = Buffer.concat(rows);
  if (options.truncate) raw = raw.subarray(0, raw.length - 2);
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header)];
  if (colorType === 3) parts.push(chunk('PLTE', Buffer.from([30, 64, 175, 255, 255, 255])));
  if (options.transparency) parts.push(chunk('tRNS', colorType === 3 ? Buffer.from([128]) : Buffer.from([0, 0])));
  const data = chunk('IDAT', zlib.deflateSync(raw));
  if (options.badCrc) data.writeUInt8(data.readUInt8(data.length - 1) ^ 0xff, data.length - 1);
  parts.push(data, chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A 1 × 1 JPEG (progressive, greyscale): the smallest file decoders accept. */
export const SAMPLE_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
