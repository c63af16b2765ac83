import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { type ImageInfo, jpegFrame, sniffImage } from './image';

/**
 * The whole-file check of an image before it is stored to be drawn on PDFs
 * (the business logo). pdfkit decodes some PNGs (transparency, interlacing)
 * in an asynchronous callback that throws on broken data, which no caller
 * can catch: a broken image stored once would fail every PDF after it. So an
 * image is accepted only when it is a PNG or JPEG in a form pdfkit embeds
 * safely, its compressed data inflates to exactly the rows its header
 * promises, and a test PDF with it finishes.
 */

export class ImageProblem extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ImageProblem';
  }
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function uint32(bytes: Buffer, at: number): number {
  return bytes.readUInt32BE(at);
}

function checkPng(bytes: Buffer, maxSide: number): void {
  let at = 8;
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | undefined;
  let palette = false;
  let transparency = false;
  let ended = false;
  const data: Buffer[] = [];
  while (at + 12 <= bytes.length) {
    const length = uint32(bytes, at);
    if (length > bytes.length - at - 12) throw new ImageProblem('the PNG file is cut short');
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (typeof zlib.crc32 === 'function' && zlib.crc32(bytes.subarray(at + 4, at + 8 + length)) !== uint32(bytes, at + 8 + length)) {
      throw new ImageProblem('the PNG file is damaged (a checksum does not match)');
    }
    if (!header && type !== 'IHDR') throw new ImageProblem('the PNG file has no header');
    switch (type) {
      case 'IHDR':
        if (length !== 13) throw new ImageProblem('the PNG header is damaged');
        header = {
          width: uint32(body, 0),
          height: uint32(body, 4),
          depth: body[8]!,
          type: body[9]!,
          interlace: body[12]!,
        };
        break;
      case 'PLTE':
        palette = true;
        break;
      case 'tRNS':
        transparency = true;
        break;
      case 'IDAT':
        data.push(body);
        break;
      case 'IEND':
        ended = true;
        break;
      default:
        break;
    }
    at += 12 + length;
    if (ended) break;
  }
  if (!header || !ended || data.length === 0) throw new ImageProblem('the PNG file is incomplete');
  const { width, height, depth, type, interlace } = header;
  if (width < 1 || height < 1 || width > maxSide || height > maxSide) {
    throw new ImageProblem(`the image must be at most ${maxSide} × ${maxSide} pixels`);
  }
  if (!(type in CHANNELS) || !BIT_DEPTHS[type]!.includes(depth))
    throw new ImageProblem('the PNG file uses a colour format that does not exist');
  if (interlace !== 0) throw new ImageProblem('interlaced PNGs are not supported: save the image again without interlacing');
  if (type === 3 && !palette) throw new ImageProblem('the PNG file has no colour palette');
  // drawn after decoding (transparency), or as they are with 16 bits per sample: keep to what PDFs draw everywhere
  if ((transparency && type === 3 && depth !== 8) || (depth === 16 && (type === 0 || type === 2))) {
    throw new ImageProblem('save the PNG again with 8 bits per colour');
  }
  const rowBytes = 1 + Math.ceil((width * depth * CHANNELS[type]!) / 8);
  const expected = rowBytes * height;
  let pixels: Buffer;
  try {
    pixels = zlib.inflateSync(Buffer.concat(data), { maxOutputLength: expected });
  } catch {
    throw new ImageProblem('the PNG image data is damaged');
  }
  if (pixels.length !== expected) throw new ImageProblem('the PNG image data does not match its size');
  for (let row = 0; row < height; row += 1) {
    if (pixels[row * rowBytes]! > 4) throw new ImageProblem('the PNG image data is damaged');
  }
}

function checkJpeg(bytes: Buffer, maxSide: number): void {
  const frame = jpegFrame(bytes);
  if (!frame) throw new ImageProblem('the JPEG file has no readable frame header');
  if (frame.width > maxSide || frame.height > maxSide) throw new ImageProblem(`the image must be at most ${maxSide} × ${maxSide} pixels`);
  if (frame.precision !== 8 || ![1, 3, 4].includes(frame.components)) {
    throw new ImageProblem('the JPEG uses a colour format PDFs cannot show: save it again as an ordinary (8-bit RGB) JPEG');
  }
}

/** Draws the image on a one-page test PDF; throws when pdfkit refuses it or does not finish in time. */
async function renders(bytes: Buffer): Promise<void> {
  const doc = new PDFDocument({ size: [200, 200], margin: 0 });
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', () => {});
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  try {
    doc.image(bytes, 0, 0, { fit: [100, 100] });
  } catch {
    throw new ImageProblem('the image could not be drawn on a PDF');
  }
  doc.end();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ImageProblem('the image could not be drawn on a PDF')), 5_000);
  });
  try {
    await Promise.race([finished, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks a PNG or JPEG for PDFs: its signature, size in pixels (at most
 * `maxSide` each way) and its data. Throws an ImageProblem whose reason is a
 * sentence for the person who chose the file.
 */
export async function checkImage(bytes: Buffer, { maxSide }: { maxSide: number }): Promise<ImageInfo> {
  const info = sniffImage(bytes);
  if (!info) throw new ImageProblem('the file is not a PNG or JPEG image');
  if (info.type === 'image/png') checkPng(bytes, maxSide);
  else checkJpeg(bytes, maxSide);
  await renders(bytes);
  return info;
}
