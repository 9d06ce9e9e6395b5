/**
 * Every chart's data table as the page shows it (ChartTable.astro), in English and Ukrainian, on the chart pages
 * (embeds and chapters use the same component), and the chart tables of the printed worksheets (WorksheetChart.astro): a column that words a number ("As stated") never repeats the number
 * beside it ("2,000 | 2,000") and is left out where it adds nothing; dates read as dates in the page's language, the
 * ISO date kept in <time datetime>. Run after `astro build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { ct } from '../../src/i18n/charts.ts';
import { formatDate } from '../../src/i18n/format.ts';
import type { Locale } from '../../src/i18n/index.ts';
import { DIST, assertBuilt, builtPages, parse } from '../helpers/dist.ts';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const cellText = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('chart data tables on the page', () => {
  for (const locale of ['en', 'uk'] as Locale[]) {
    const stated = new Set([ct('col.stated', {}, locale), ct('col.asStated', {}, locale)]);
    it(`${locale}: an "as stated" cell only where it adds to the number; dates in words, with <time datetime>`, () => {
      assertBuilt();
      let keptStated = 0;
      let times = 0;
      let worksheets = 0;
      for (const c of CHARTS) {
        const path = `${locale === 'uk' ? '/uk' : ''}/charts/${c.id}/`;
        const doc = parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
        const tables = [...doc.querySelectorAll('details.chart-table table')].map((t) => [path, t] as const);
        if (c.id === CHARTS[0]!.id) {
          // The worksheets' chart tables, checked with the first chart's page.
          for (const sheet of builtPages().filter((p) => p.html.includes('class="ws-table') && p.url.startsWith(locale === 'uk' ? '/uk/' : '/') && (locale === 'uk') === p.url.startsWith('/uk/'))) {
            tables.push(...[...parse(sheet.html).querySelectorAll('table.ws-table')].map((t) => [sheet.url, t] as const));
            worksheets++;
          }
        }
        expect(tables.length, path).toBeGreaterThan(0);
        for (const [path, table] of tables) {
          const heads = [...table.querySelectorAll('thead th')];
          const numeric = heads.flatMap((h, i) => (h.classList.contains('num') ? [i] : []));
          const words = heads.flatMap((h, i) => (stated.has(cellText(h)) ? [i] : []));
          const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children]);
          for (const row of rows) {
            for (const w of words) {
              const said = cellText(row[w]!);
              for (const n of numeric) expect(said, `${path}: "${cellText(heads[w]!)}" repeats "${cellText(heads[n]!)}"`).not.toBe(cellText(row[n]!));
            }
            // (A year alone reads as a year: "2022".)
            for (const cell of row) expect(cellText(cell), `${path}: a date shown as ISO`).not.toMatch(/^\d{4}-\d{2}/);
            for (const time of row.flatMap((cell) => [...cell.querySelectorAll('time')])) {
              const iso = time.getAttribute('datetime') ?? '';
              expect(iso, path).toMatch(ISO);
              expect(cellText(time), `${path}: ${iso}`).toBe(formatDate(iso, locale));
              times++;
            }
          }
          // A column of words is there only if one of its cells says something.
          for (const w of words) expect(rows.some((r) => cellText(r[w]!) !== ''), `${path}: an empty "${cellText(heads[w]!)}" column`).toBe(true);
          keptStated += words.length;
        }
      }
      // Where the source's words differ from the number ("at least 19,546"), they are still there, and dates are marked up.
      expect(keptStated).toBeGreaterThan(0);
      expect(times).toBeGreaterThan(20);
      expect(worksheets, 'worksheets with a chart table').toBeGreaterThan(0);
      // The worksheets' tables of figures (FigureTable.astro): the as-of date in words, the ISO date in <time>.
      const sheets = builtPages().filter((p) => p.html.includes('figure-table') && (locale === 'uk') === p.url.startsWith('/uk/'));
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        const rows = [...parse(sheet.html).querySelectorAll('.figure-table tbody tr')];
        for (const tr of rows) {
          const time = tr.querySelector('time');
          expect(time?.getAttribute('datetime') ?? '', sheet.url).toMatch(ISO);
          expect(cellText(time!), sheet.url).toBe(formatDate(time!.getAttribute('datetime')!, locale, 'short'));
        }
      }
    });
  }
});
