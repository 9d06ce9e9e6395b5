/**
 * The Ukrainian chart downloads in dist/: /uk/charts/<id>.svg (xml:lang="uk",
 * Ukrainian title and credit line), .png (an image) and .csv (Ukrainian column
 * labels), for every chart. Run after `astro build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { renderChart } from '../../src/charts/render.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset } from '../../src/data/translations.ts';
import { DIST } from '../helpers/dist.ts';
import { variantParams } from '../../src/charts/variant-files.ts';

const uk = localizeDataset(latestDataset(), 'uk');

describe('Ukrainian chart files', () => {
  for (const c of CHARTS) {
    it(`${c.id}: SVG, PNG and CSV in Ukrainian`, () => {
      const r = renderChart(c, uk, { locale: 'uk' });
      const svg = readFileSync(join(DIST, 'uk', 'charts', `${c.id}.svg`), 'utf8');
      expect(svg).toContain('xml:lang="uk"');
      expect(svg).toContain(`<title>${r.text.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</title>`);
      expect(svg).toMatch(/Графіка: Вивезені з України · Дані: /);
      expect(svg).not.toMatch(/Chart: |Dataset v/);
      const png = readFileSync(join(DIST, 'uk', 'charts', `${c.id}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(existsSync(join(DIST, 'charts', `${c.id}.png`))).toBe(true);
      const csv = readFileSync(join(DIST, 'uk', 'charts', `${c.id}.csv`), 'utf8');
      expect(csv.split('\r\n')[0]).toMatch(/[А-ЯІЇЄҐа-яіїєґ]/);
      expect(csv.split('\r\n').length - 2).toBe(r.table.rows.length);
    });
  }

  it('serves every breakout drawing and scrolling-sequence state in Ukrainian, as English does', () => {
    const ukVariants = variantParams(uk, 'uk').map((p) => `${p.params.id}/${p.params.variant}`);
    expect(ukVariants.sort()).toEqual(variantParams(latestDataset(), 'en').map((p) => `${p.params.id}/${p.params.variant}`).sort());
    expect(ukVariants.length).toBeGreaterThan(0);
    for (const v of ukVariants) {
      const svg = readFileSync(join(DIST, 'uk', 'charts', `${v}.svg`), 'utf8');
      expect(svg.trimStart().startsWith('<svg'), v).toBe(true);
      expect(svg, `${v} has Ukrainian words`).toMatch(/[А-ЯІЇЄҐа-яіїєґ]/);
    }
  });
});
