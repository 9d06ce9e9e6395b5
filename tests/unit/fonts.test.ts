/** The served fonts: declared once (src/fonts/faces.ts), written into the stylesheets, subset for real, measured for real. */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, sansFile, servedFonts, SCRIPTS } from '../../src/fonts/faces.ts';
import { fallbackFaceCss } from '../../src/fonts/fallback.ts';
import { buildFont } from '../../src/fonts/subset.ts';
import { textWidth, wrapText } from '../../src/charts/text.ts';

const faces = (css: string) => [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map((m) => m[0]).join('\n');

describe('@font-face rules', () => {
  it('global.css declares exactly the served faces and their metric-matched fallbacks', () => {
    expect(faces(readFileSync('src/styles/global.css', 'utf8'))).toBe(fontFaceCss() + '\n' + fallbackFaceCss());
  });
  it('global.css sets headings, UI and chart text in Source Sans 3 first', () => {
    expect(readFileSync('src/styles/global.css', 'utf8')).toMatch(/--font-sans: 'Source Sans 3',/);
  });
});

describe('subsets', () => {
  it('each served file is a WOFF2 that has a glyph for every code point of its script and no other letters', async () => {
    for (const f of servedFonts().filter((x) => x.family === 'Source Sans 3')) {
      const buf = await buildFont(f);
      expect(buf.subarray(0, 4).toString('latin1'), f.file).toBe('wOF2');
      const font = fontkit.create(buf) as fontkit.Font;
      // U+200B (zero-width space) has no glyph: it draws nothing in any font.
      const missing = f.script.codePoints.filter((cp) => cp !== 0x200b && !font.hasGlyphForCodePoint(cp));
      expect(missing.map((c) => c.toString(16)), f.file).toEqual([]);
      const other = SCRIPTS.find((s) => s !== f.script)!;
      expect(other.codePoints.filter((cp) => cp > 0x3ff && font.hasGlyphForCodePoint(cp)).length, `${f.file} holds only its script`).toBe(0);
    }
  });
  it('keeps each weight within the per-page budget share (≤ 14 KB a file)', async () => {
    for (const f of servedFonts().filter((x) => x.family === 'Source Sans 3')) expect((await buildFont(f)).length, f.file).toBeLessThan(14_000);
  });
});

describe('text measurement', () => {
  it('returns the font’s own advance widths', () => {
    const font = fontkit.openSync(sansFile(400)) as fontkit.Font;
    const expected = (font.layout('Kharkiv 19,546').advanceWidth / font.unitsPerEm) * 12;
    expect(textWidth('Kharkiv 19,546', 12)).toBeCloseTo(expected, 6);
  });
  it('scales with size, widens with weight and letter-spacing, and kerns', () => {
    expect(textWidth('Sakhalin', 24)).toBeCloseTo(2 * textWidth('Sakhalin', 12), 6);
    expect(textWidth('Sakhalin', 12, 700)).toBeGreaterThan(textWidth('Sakhalin', 12));
    expect(textWidth('RUSSIA', 12, 600, 1.5)).toBeCloseTo(textWidth('RUSSIA', 12, 700) + 6 * 1.5, 6);
    const kerned = textWidth('AV', 20);
    expect(kerned).toBeLessThan(textWidth('A', 20) + textWidth('V', 20));
  });
  it('measures Cyrillic capitals as capitals', () => {
    expect(textWidth('РОССИЯ', 12)).toBeGreaterThan(textWidth('россия', 12) * 1.1);
  });
  it('refuses a character the served fonts do not cover', () => {
    expect(() => textWidth('Ελλάδα', 12)).toThrow(/U\+0395.*do not cover/);
  });
  it('wraps to a pixel width, never inside a no-break space', () => {
    const lines = wrapText('from the occupied regions to the far east of Russia', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    expect(wrapText('as of 5\u00a0September\u00a02023', 40, 12)).toContain('5\u00a0September\u00a02023');
  });
});
