/**
 * What kind of image a few bytes are, from their signature ("magic bytes")
 * and header only: PNG or JPEG, and the size in pixels. No Node API, so the
 * same check runs in the browser and on the server; the server then checks
 * the whole file (`checkImage` in ./image-check.ts) before storing it.
 */

export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

function uint16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) + bytes[at + 1]!;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Start-of-frame markers (C0–CF except DHT C4, JPG C8 and DAC CC): they carry the size. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** The frame header of a JPEG: size, bits per sample and colour components, or null. */
export function jpegFrame(bytes: Uint8Array): { width: number; height: number; precision: number; components: number } | null {
  if (!isJpeg(bytes)) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // markers without a length
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    // end of image or start of scan before any frame header: no size to find
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = uint16(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 10 > bytes.length || length < 8) return null;
      return { precision: bytes[at + 4]!, height: uint16(bytes, at + 5), width: uint16(bytes, at + 7), components: bytes[at + 9]! };
    }
    at += 2 + length;
  }
  return null;
}

/** PNG or JPEG with its size in pixels, or null for anything else (or a header too broken to read). */
export function sniffImage(bytes: Uint8Array): ImageInfo | null {
  if (isPng(bytes)) {
    // the first chunk is IHDR: length 13, then width and height
    if (bytes.length < 24 || uint32(bytes, 8) !== 13 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
    const width = uint32(bytes, 16);
    const height = uint32(bytes, 20);
    return width > 0 && height > 0 ? { type: 'image/png', width, height } : null;
  }
  if (isJpeg(bytes)) {
    const frame = jpegFrame(bytes);
    return frame && frame.width > 0 && frame.height > 0 ? { type: 'image/jpeg', width: frame.width, height: frame.height } : null;
  }
  return null;
}

/**
 * Base64 (optionally a `data:image/…;base64,` URL, white space ignored) as
 * bytes, or null when it is not base64.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const body = text.replace(/^data:[\w.+-]+\/[\w.+-]+;base64,/i, '').replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return null;
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
