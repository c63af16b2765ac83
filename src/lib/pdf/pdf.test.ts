import { describe, expect, it } from 'vitest';
import { PdfWriter } from './index';

describe('PDF text layout', () => {
  const pdf = new PdfWriter({ size: 'A4', title: 'test' });
  const style = { size: 10 };

  it('draws each character with the first shipped font that has it', () => {
    expect(pdf.runs('Zoë 渡辺 Дмитрий').map((r) => [r.text, r.font])).toEqual([
      ['Zoë ', 'NotoSans-regular'],
      ['渡辺', 'NotoSansJP-regular'],
      [' Дмитрий', 'NotoSans-regular'],
    ]);
  });

  it('wraps at spaces, anywhere in CJK text, and inside words longer than a line', () => {
    const width = 120;
    const lines = pdf.wrap(`short words that wrap ${'x'.repeat(200)} ウェブサイト改修のデザインと実装とテスト`, width, style);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(pdf.measure(line, style)).toBeLessThanOrEqual(width + 0.01);
    expect(lines.join('')).toContain('x'.repeat(20));
    expect(lines.join('').replace(/\s/g, '')).toBe(`shortwordsthatwrap${'x'.repeat(200)}ウェブサイト改修のデザインと実装とテスト`);
    expect(pdf.wrap('one\ntwo', 500, style)).toEqual(['one', 'two']);
    expect(pdf.textHeight('one\ntwo', 500, style)).toBeCloseTo(2 * pdf.lineHeight(style));
  });
});
