// The gallery's thumbnails (src/charts/thumbnail.ts): for every chart, language and theme, a well-formed SVG of the
// chart's phone drawing at its own size (legible in a 288-px card, not the 640-px file shrunk), in the theme's
// colours with nothing left to the page's CSS, carrying its label font.
import { describe, expect, it } from 'vitest';
import sax from 'sax';
import { CHARTS } from '../../../src/charts/index.ts';
import { thumbnailSize, thumbnailSvg, THUMB_THEMES } from '../../../src/charts/thumbnail.ts';
import { PALETTE } from '../../../src/charts/palette.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { localizeDataset } from '../../../src/data/translations.ts';

/** Throws on anything not well-formed XML (a duplicate attribute, a stray &), as an <img> would refuse to draw it. */
function wellFormed(svg: string): { root: string; attrs: Record<string, string> } {
  const parser = sax.parser(true, { xmlns: false });
  let root: { root: string; attrs: Record<string, string> } | undefined;
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (n) => {
    root ??= { root: n.name, attrs: n.attributes as Record<string, string> };
  };
  parser.write(svg).close();
  // sax keeps the last of two attributes with one name; XML (and so an <img>) refuses the whole file.
  for (const tag of svg.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    const names = [...tag[2]!.matchAll(/([\w:-]+)="/g)].map((m) => m[1]);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) throw new Error(`<${tag[1]}> has the attribute ${dup} twice`);
  }
  return root!;
}

describe('gallery thumbnails', () => {
  for (const locale of ['en', 'uk'] as const) {
    const ds = localizeDataset(latestDataset(), locale);
    for (const chart of CHARTS) {
      it(`${locale} ${chart.id}: its phone drawing, well-formed, at its own size, in both themes`, async () => {
        const size = thumbnailSize(chart, ds, locale);
        expect(size.width, 'drawn for a phone: about a card wide').toBeLessThanOrEqual(340);
        for (const theme of THUMB_THEMES) {
          const t = await thumbnailSvg(chart, ds, locale, theme);
          expect({ width: t.width, height: t.height }).toEqual(size);
          const root = wellFormed(t.svg);
          expect(root.root).toBe('svg');
          expect(root.attrs).toMatchObject({ width: String(size.width), height: String(size.height), viewBox: `0 0 ${size.width} ${size.height}` });
          expect(t.svg, 'no colour left to a page variable').not.toMatch(/var\(--/);
          expect(t.svg).toContain(`fill="${PALETTE.bg[theme]}"`);
          if (/<text\b/.test(t.svg)) expect(t.svg, 'the label font travels inside the file').toMatch(/@font-face\{font-family:"Taken Chart Sans";src:url\(data:font\/woff2;base64,/);
        }
        const [light, dark] = await Promise.all(THUMB_THEMES.map((th) => thumbnailSvg(chart, ds, locale, th)));
        expect(light!.svg).not.toBe(dark!.svg);
      });
    }
  }
});
