/**
 * The metric-matched fallback faces (src/fonts/fallback.ts) hold only if their figures are right: our fonts' vertical
 * metrics must be those of the files we serve, and each scale must make the local font set a paragraph in the width
 * our font sets it. The Liberation fonts, which Chromium brings to Linux and which share Arial's and Times New Roman's
 * advance widths, stand in for those two.
 */
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { servedFonts } from '../../src/fonts/faces.ts';
import { fallbackFamilies, overrides, WEB_METRICS, type WebFamily } from '../../src/fonts/fallback.ts';

const LIB = '/usr/share/fonts/truetype/liberation';
const TWINS: Record<WebFamily, { tag: string; files: Record<400 | 700, string> }> = {
  'Source Sans 3': { tag: 'Arial', files: { 400: `${LIB}/LiberationSans-Regular.ttf`, 700: `${LIB}/LiberationSans-Bold.ttf` } },
  'Source Serif 4': { tag: 'Times', files: { 400: `${LIB}/LiberationSerif-Regular.ttf`, 700: `${LIB}/LiberationSerif-Bold.ttf` } },
};
// Of the fallback table's local fonts, Arial's and Times New Roman's figures are checked here, through their twins.
const LOCAL = {
  Arial: { 400: { unitsPerEm: 2048, xWidthAvg: 913 }, 700: { unitsPerEm: 2048, xWidthAvg: 983 } },
  Times: { 400: { unitsPerEm: 2048, xWidthAvg: 832 }, 700: { unitsPerEm: 2048, xWidthAvg: 886 } },
} as const;

const SAMPLE =
  'Children were taken from holiday camps, state children’s homes and families broken up at filtration points. ' +
  'Ukraine’s government says it has verified 19,546 children deported or forcibly transferred, and about one in ten has come back.';

// Source Serif 4 is served as a variable font, whose default instance is the regular; fontkit cannot instance a WOFF2,
// so its bold is checked for vertical metrics only.
const openFont = (path: string) => fontkit.openSync(path) as fontkit.Font;
const isVariable = (f: fontkit.Font) => Boolean(f.variationAxes?.wght);
const width = (f: fontkit.Font, text: string) => f.layout(text).advanceWidth / f.unitsPerEm;

function webSource(family: WebFamily, weight: 400 | 700): string {
  const f = servedFonts().find((x) => x.family === family && x.script.name === 'latin' && (x.weight === String(weight) || x.axes));
  if (!f) throw new Error(`no served Latin file for ${family} ${weight}`);
  return f.source;
}

describe('metric-matched fallback faces', () => {
  for (const family of Object.keys(WEB_METRICS) as WebFamily[]) {
    for (const weight of [400, 700] as const) {
      it(`${family} ${weight}: the vertical metrics are those of the file we serve`, () => {
        const f = openFont(webSource(family, weight));
        const m = WEB_METRICS[family][weight];
        expect({ unitsPerEm: f.unitsPerEm, ascent: f.hhea.ascent, descent: f.hhea.descent, lineGap: f.hhea.lineGap }).toEqual({
          unitsPerEm: m.unitsPerEm, ascent: m.ascent, descent: m.descent, lineGap: m.lineGap,
        });
      });

      const web = openFont(webSource(family, weight));
      const instanced = !isVariable(web) || web.variationAxes.wght!.default === weight;
      if (instanced) it(`${family} ${weight}: the scaled ${TWINS[family].tag} fallback sets a paragraph within 3% of our font's width`, () => {
        const twin = TWINS[family].files[weight];
        expect(existsSync(twin), `${twin} is missing: install Debian's fonts-liberation (Chromium depends on it)`).toBe(true);
        const ours = width(web, SAMPLE);
        const local = LOCAL[TWINS[family].tag as keyof typeof LOCAL][weight];
        const { sizeAdjust } = overrides(WEB_METRICS[family][weight], { ...local, ascent: 0, descent: 0, lineGap: 0 });
        const theirs = width(openFont(twin), SAMPLE) * sizeAdjust;
        expect(Math.abs(theirs / ours - 1), `fallback ${theirs.toFixed(1)} em vs ours ${ours.toFixed(1)} em`).toBeLessThan(0.03);
      });
    }
    it(`${family}: the stacks in global.css list its fallbacks right after it`, async () => {
      const css = (await import('node:fs')).readFileSync('src/styles/global.css', 'utf8');
      expect(css).toContain(`'${family}', ${fallbackFamilies(family).map((f) => `'${f}'`).join(', ')},`);
    });
  }
});
