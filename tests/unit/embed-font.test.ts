/** The embed chart font (src/fonts/embed-font.ts): the label characters found by weight, and subsets that set them as text.ts measured them. */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { CHART_FAMILY, chartFontCss, labelText } from '../../src/fonts/embed-font.ts';
import { sansFile } from '../../src/fonts/faces.ts';
import { textWidth } from '../../src/charts/text.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { renderChart } from '../../src/charts/render.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset } from '../../src/data/translations.ts';
import { LOCALES } from '../../src/i18n/index.ts';

const fontsIn = (css: string) =>
  [...css.matchAll(/font-weight:(\d+)/g)].map((m, i) => {
    const b64 = [...css.matchAll(/base64,([A-Za-z0-9+/=]+)\)/g)][i]![1]!;
    return { weight: Number(m[1]), font: fontkit.create(Buffer.from(b64, 'base64')) as fontkit.Font };
  });

describe('labelText', () => {
  it('reads only <text> content, by the weight it is drawn in (inherited from groups, 600 drawn bold)', () => {
    const svg =
      '<svg font-family="x"><title>Ignored title</title><g font-weight="600"><text x="1">Ab</text><text font-weight="400">cd</text></g>' +
      '<text>e<tspan font-weight="700">F</tspan>g &amp; &#8211;</text><path d="M0,0"/><g data-tip="Zz > q"><text>h</text></g></svg>';
    expect(labelText([svg])).toEqual({ regular: ' &cdegh–', bold: 'AFb' });
  });
  it('fails on an entity it cannot read, instead of dropping a glyph', () => {
    expect(() => labelText(['<svg><text>a&bogus;</text></svg>'])).toThrow(/&bogus;/);
  });
});

describe('chartFontCss', () => {
  it('inlines a subset per weight that sets each label exactly as src/charts/text.ts measured it (kerning kept)', async () => {
    const css = await chartFontCss(['<svg><text>AVATAR Tyumen 6,900 km</text><text font-weight="700">RUSSIA Wave</text></svg>']);
    expect(css).toContain(`.chart-body svg{font-family:"${CHART_FAMILY}"`);
    const fonts = fontsIn(css);
    expect(fonts.map((f) => f.weight)).toEqual([400, 700]);
    for (const { weight, font } of fonts) {
      const text = weight === 400 ? 'AVATAR Tyumen 6,900 km' : 'RUSSIA Wave';
      const width = (font.layout(text).advanceWidth / font.unitsPerEm) * 12;
      expect(width, `${weight}: ${text}`).toBeCloseTo(textWidth(text, 12, weight as 400 | 700), 3);
      // Only the glyphs asked for (and .notdef): a subset, not the face.
      expect(font.numGlyphs, `${weight}`).toBeLessThanOrEqual(new Set(text).size + 2);
      const full = fontkit.openSync(sansFile(weight)) as fontkit.Font;
      expect(font.numGlyphs).toBeLessThan(full.numGlyphs / 20);
    }
  });
  for (const locale of LOCALES) {
    it(`every chart in ${locale}: each label character has a glyph in the face it is drawn in`, async () => {
      const ds = localizeDataset(latestDataset(), locale);
      for (const chart of CHARTS) {
        const svgs = renderChart(chart, ds, { locale }).variants.map((v) => v.svg);
        const want = labelText(svgs);
        const css = await chartFontCss(svgs);
        for (const { weight, font } of fontsIn(css)) {
          const chars = weight === 400 ? want.regular : want.bold;
          const missing = [...chars].filter((c) => c !== ' ' && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
          expect(missing, `${chart.id} ${weight}`).toEqual([]);
        }
        expect(want.regular + want.bold, `${chart.id} has labels`).not.toBe('');
        // The Ukrainian drawings are labelled in Ukrainian: their subset carries Cyrillic.
        if (locale === 'uk') expect(want.regular + want.bold, `${chart.id} (uk) labels in Cyrillic`).toMatch(/[а-яіїєґ]/i);
      }
    });
  }
});
