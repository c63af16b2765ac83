import { describe, expect, it } from 'vitest';
import { decodeBase64, sniffImage } from './image';
import { checkImage, ImageProblem } from './image-check';
import { SAMPLE_JPEG, samplePng } from './sample-images';

async function problem(bytes: Buffer, maxSide = 2000): Promise<string> {
  const error = await checkImage(bytes, { maxSide }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageProblem);
  return (error as ImageProblem).reason;
}

describe('recognising an image by its bytes', () => {
  it('reads the type and size of a PNG and a JPEG from their headers', () => {
    expect(sniffImage(samplePng({ width: 320, height: 90 }))).toEqual({ type: 'image/png', width: 320, height: 90 });
    expect(sniffImage(SAMPLE_JPEG)).toEqual({ type: 'image/jpeg', width: 1, height: 1 });
  });

  it('refuses other files, whatever they are called', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const pdf = Buffer.from('%PDF-1.7\n');
    for (const bytes of [gif, svg, pdf, Buffer.alloc(0), samplePng().subarray(0, 12), SAMPLE_JPEG.subarray(0, 20)]) {
      expect(sniffImage(bytes)).toBeNull();
    }
  });

  it('decodes base64 and data URLs, and nothing else', () => {
    const png = samplePng();
    expect(Buffer.from(decodeBase64(png.toString('base64'))!).equals(png)).toBe(true);
    expect(Buffer.from(decodeBase64(`data:image/png;base64,${png.toString('base64')}`)!).equals(png)).toBe(true);
    expect(Buffer.from(decodeBase64(png.toString('base64').replace(/(.{60})/g, '$1\n'))!).equals(png)).toBe(true);
    for (const bad of ['', 'not base64!', 'abc', 'data:image/png;base64,']) expect(decodeBase64(bad)).toBeNull();
  });
});

describe('checking a whole image before it is drawn on PDFs', () => {
  it('accepts the PNGs and JPEGs a PDF can draw, transparency included', async () => {
    for (const bytes of [
      samplePng(),
      samplePng({ colorType: 6 }),
      samplePng({ colorType: 4 }),
      samplePng({ colorType: 0, depth: 1, width: 17 }),
      samplePng({ colorType: 3, depth: 4 }),
      samplePng({ colorType: 3, transparency: true }),
      samplePng({ filter: 4 }),
      SAMPLE_JPEG,
    ]) {
      await expect(checkImage(bytes, { maxSide: 2000 })).resolves.toMatchObject({ width: expect.any(Number) });
    }
  });

  it('refuses damaged or unusual PNGs with a reason in plain words, before pdfkit could fail on them later', async () => {
    expect(await problem(samplePng({ badCrc: true }))).toMatch(/damaged/);
    expect(await problem(samplePng({ truncate: true }))).toMatch(/does not match its size|damaged/);
    expect(await problem(samplePng({ filter: 9 }))).toMatch(/damaged/);
    expect(await problem(samplePng({ interlace: 1 }))).toMatch(/without interlacing/);
    expect(await problem(samplePng({ colorType: 3, depth: 2, transparency: true }))).toMatch(/8 bits/);
    expect(await problem(samplePng({ colorType: 2, depth: 16 }))).toMatch(/8 bits/);
    expect(await problem(samplePng({ colorType: 2, depth: 4 }))).toMatch(/colour format/);
    expect(await problem(samplePng({ width: 2001, height: 1 }))).toMatch(/at most 2000 × 2000 pixels/);
    expect(await problem(Buffer.from('GIF89a'))).toMatch(/not a PNG or JPEG/);
  });

  it('refuses a JPEG whose frame PDFs cannot show', async () => {
    const twelveBit = Buffer.from(SAMPLE_JPEG);
    const sof = twelveBit.indexOf(Buffer.from([0xff, 0xc2]));
    twelveBit[sof + 4] = 12;
    expect(await problem(twelveBit)).toMatch(/ordinary \(8-bit RGB\) JPEG/);
  });
});
