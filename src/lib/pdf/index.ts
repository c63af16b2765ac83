import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * PDF documents with text in any script the shipped fonts cover: Noto Sans
 * (Latin, Greek, Cyrillic, Vietnamese…) and Noto Sans JP (kana and the CJK
 * ideographs), both from npm packages, embedded and subset by pdfkit; no
 * network, no system fonts. Text is laid out here (not by pdfkit's wrapper),
 * so that each character is drawn with the first font that has it, long
 * words and CJK text wrap, and the height of a block is known before it is
 * drawn (page breaks never cut a table row).
 */

export type Weight = 'regular' | 'bold';

interface FontFile {
  family: string;
  files: Record<Weight, string>;
}

const FONT_FILES: FontFile[] = [
  {
    family: 'NotoSans',
    files: {
      regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    },
  },
  {
    family: 'NotoSansJP',
    files: {
      regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
      bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
    },
  },
];

interface LoadedFont {
  name: string;
  buffer: Buffer;
  face: fontkit.Font;
}

const cache = globalThis as unknown as { __ledgerlyPdfFonts?: Record<Weight, LoadedFont[]> };

function fontsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules');
}

function loadFonts(): Record<Weight, LoadedFont[]> {
  if (!cache.__ledgerlyPdfFonts) {
    const load = (weight: Weight) =>
      FONT_FILES.map(({ family, files }) => {
        const file = path.join(/*turbopackIgnore: true*/ fontsDir(), files[weight]);
        const buffer = fs.readFileSync(/*turbopackIgnore: true*/ file);
        return { name: `${family}-${weight}`, buffer, face: fontkit.create(buffer) };
      });
    cache.__ledgerlyPdfFonts = { regular: load('regular'), bold: load('bold') };
  }
  return cache.__ledgerlyPdfFonts;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
}

export interface Run {
  text: string;
  font: string;
}

export const LINE_HEIGHT = 1.38;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly fonts: Record<Weight, LoadedFont[]>;
  private readonly widths = new Map<string, number>();

  constructor(options: { size: 'A4' | 'LETTER'; title: string; author?: string; subject?: string }) {
    this.fonts = loadFonts();
    this.doc = new PDFDocument({
      size: options.size,
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      info: { Title: options.title, Author: options.author ?? '', Subject: options.subject ?? '', Creator: 'Ledgerly' },
      lang: 'en',
      displayTitle: true,
    });
    for (const weight of ['regular', 'bold'] as const) {
      for (const font of this.fonts[weight]) this.doc.registerFont(font.name, font.buffer);
    }
  }

  get width(): number {
    return this.doc.page.width;
  }

  get height(): number {
    return this.doc.page.height;
  }

  /** Splits text into runs, each drawn with the first font that has its characters. */
  runs(text: string, weight: Weight = 'regular'): Run[] {
    const fonts = this.fonts[weight];
    const runs: Run[] = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      const font = fonts.find((f) => f.face.hasGlyphForCodePoint(codePoint)) ?? fonts[0]!;
      const last = runs[runs.length - 1];
      if (last && last.font === font.name) last.text += char;
      else runs.push({ text: char, font: font.name });
    }
    return runs;
  }

  measure(text: string, style: TextStyle): number {
    const key = `${style.weight ?? 'regular'}|${style.size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const run of this.runs(text, style.weight)) {
        width += this.doc.font(run.font).fontSize(style.size).widthOfString(run.text);
      }
      if (this.widths.size < 20_000) this.widths.set(key, width);
    }
    return width;
  }

  /** Lines of at most `maxWidth`: breaks at spaces, anywhere in CJK text, and inside words too long for a line. */
  wrap(text: string, maxWidth: number, style: TextStyle): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      // spaces, single CJK characters (a line may break after any of them), other words
      const tokens =
        paragraph.match(
          /[ \t]+|[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[^ \t\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+/gu,
        ) ?? [];
      let line = '';
      for (const token of tokens) {
        if (/^[ \t]+$/.test(token)) {
          if (line !== '') line += ' ';
          continue;
        }
        const candidate = line + token;
        if (this.measure(candidate, style) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line.trim() !== '') lines.push(line.trimEnd());
        line = '';
        if (this.measure(token, style) <= maxWidth) {
          line = token;
          continue;
        }
        // a word longer than the line: cut it where it fills the line
        let piece = '';
        for (const char of token) {
          if (piece !== '' && this.measure(piece + char, style) > maxWidth) {
            lines.push(piece);
            piece = '';
          }
          piece += char;
        }
        line = piece;
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  lineHeight(style: TextStyle): number {
    return style.size * LINE_HEIGHT;
  }

  /** The height `text` takes when wrapped to `width`. */
  textHeight(text: string, width: number, style: TextStyle): number {
    return this.wrap(text, width, style).length * this.lineHeight(style);
  }

  /** Draws one line without wrapping; `y` is the top of the line box. */
  line(text: string, x: number, y: number, style: TextStyle & { align?: 'left' | 'right' | 'center'; width?: number }): void {
    const width = this.measure(text, style);
    let left = x;
    if (style.align === 'right') left = x + (style.width ?? 0) - width;
    else if (style.align === 'center') left = x + ((style.width ?? 0) - width) / 2;
    const baseline = y + style.size * 1.05;
    this.doc.fillColor(style.color ?? '#0f172a');
    for (const run of this.runs(text, style.weight)) {
      this.doc.font(run.font).fontSize(style.size);
      this.doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
      left += this.doc.widthOfString(run.text);
    }
  }

  /** Draws wrapped text in a column; returns its height. */
  block(text: string, x: number, y: number, width: number, style: TextStyle & { align?: 'left' | 'right' | 'center' }): number {
    const lines = this.wrap(text, width, style);
    const height = this.lineHeight(style);
    lines.forEach((line, index) => this.line(line, x, y + index * height, { ...style, width }));
    return lines.length * height;
  }

  /**
   * Draws a PNG or JPEG (checked before it was stored: ./image-check.ts)
   * scaled to fit `width` × `height`, top left; returns the height it took,
   * or 0 when pdfkit refuses it (the document goes on without it).
   */
  image(bytes: Buffer, x: number, y: number, box: { width: number; height: number; imageWidth: number; imageHeight: number }): number {
    const scale = Math.min(box.width / box.imageWidth, box.height / box.imageHeight, 1);
    const width = box.imageWidth * scale;
    const height = box.imageHeight * scale;
    try {
      this.doc.image(bytes, x, y, { width, height });
      return height;
    } catch {
      return 0;
    }
  }

  /** The finished document. */
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }
}
