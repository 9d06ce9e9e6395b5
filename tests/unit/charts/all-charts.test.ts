/**
 * Every registered chart: renders for the real dataset with a title, a
 * takeaway, a text alternative, a table and sources; never prints NaN or
 * undefined; keeps text at least 11 px at the narrowest width it is shown;
 * fails by name when its data is missing; and matches its golden SVG drawn
 * from the frozen release (stable, unlike the working dataset).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset, listReleases, loadRelease } from '../../../src/data/load.ts';
import { matchGolden } from '../../helpers/golden.ts';
import { parse } from '../../helpers/dist.ts';

const ds = latestDataset();
const releases = listReleases();
const pinned = releases.length ? loadRelease(releases[releases.length - 1]!) : undefined;

/** The narrowest content width a chart is shown at: a 320 px phone minus the page's padding. */
const NARROWEST_SHOWN = 288;

describe('chart registry', () => {
  it('has unique ids', () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('fails with the id and the known ids for an unknown chart', () => {
    expect(() => getChart('no-such-chart')).toThrow(/unknown chart id "no-such-chart" \(known: .*returned-share/);
  });
});

for (const chart of CHARTS) {
  describe(`chart ${chart.id}`, () => {
    const r = renderChart(chart, ds, { locale: 'en' });

    it('has a title, a takeaway, a text alternative with a number, notes and sources that exist', () => {
      expect(r.text.title.length).toBeGreaterThan(10);
      expect(r.text.subtitle.length).toBeGreaterThan(20);
      expect(r.text.alt, 'the text alternative states the key numbers').toMatch(/\d/);
      expect(r.text.sources.length).toBeGreaterThan(0);
      for (const id of r.text.sources) expect(ds.sources.map((s) => s.id), `source "${id}"`).toContain(id);
    });

    it('shows readers no internal dataset ids in its title, takeaway, text alternative or notes', () => {
      const ids = new Set([...ds.figures, ...ds.series, ...ds.sources, ...ds.events, ...ds.places].map((x) => x.id).filter((id) => id.includes('-')));
      const leaked = [r.text.title, r.text.subtitle, r.text.alt, ...r.text.notes].flatMap((text) => (text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((w) => ids.has(w)));
      expect(leaked, `dataset ids in reader-facing text: ${leaked.join(', ')}`).toEqual([]);
    });

    it('has a data table with rows and no empty cells in the first column', () => {
      expect(r.table.columns.length).toBeGreaterThan(1);
      expect(r.table.rows.length).toBeGreaterThan(0);
      for (const row of r.table.rows) expect(String(row[r.table.columns[0]!.key] ?? '')).not.toBe('');
    });

    it('renders valid SVG without NaN or undefined, with marks and text', () => {
      for (const v of r.variants) {
        const doc = parse(`<!doctype html><html><body>${v.svg}</body></html>`);
        const svg = doc.querySelector('svg');
        expect(svg, `${v.width}px variant has an <svg>`).toBeTruthy();
        expect(v.svg).not.toMatch(/NaN|undefined|Infinity/);
        expect(doc.querySelectorAll('rect, path, circle, line, polygon').length).toBeGreaterThan(0);
        expect(doc.querySelectorAll('text').length, `${v.width}px variant has labels`).toBeGreaterThan(0);
      }
    });

    it(`keeps every text at least 11 px when the narrow variant is shown ${NARROWEST_SHOWN} px wide`, () => {
      const narrow = r.variants[0]!;
      const scale = NARROWEST_SHOWN / narrow.width;
      const sizes = [...narrow.svg.matchAll(/font-size="([\d.]+)(?:px)?"|font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1] ?? m[2]));
      expect(sizes.length, 'font sizes are set explicitly').toBeGreaterThan(0);
      const smallest = Math.min(...sizes) * scale;
      expect(smallest, `smallest text is ${smallest.toFixed(1)} px at ${NARROWEST_SHOWN} px`).toBeGreaterThanOrEqual(11);
    });

    it('fails the build naming the chart and the missing data when its data is absent', () => {
      const broken = structuredClone(ds);
      const fig = chart.requires.figures?.[0];
      const ser = chart.requires.series?.[0];
      if (fig) broken.figures = broken.figures.filter((f) => f.id !== fig);
      else if (ser) broken.series = broken.series.map((s) => (s.id === ser ? { ...s, points: [] } : s));
      else if (chart.requires.events) broken.events = [];
      else if (chart.requires.places) broken.places = [];
      else if (chart.requires.states_parties) delete broken.states_parties;
      const missing = fig ?? ser ?? (chart.requires.events ? 'events' : chart.requires.places ? 'places' : 'states_parties');
      expect(() => renderChart(chart, broken, { locale: 'en' })).toThrow(new RegExp(`chart "${chart.id}".*${missing}`));
    });

    it('matches its golden SVG for the latest frozen release', () => {
      expect(pinned, 'content/data/releases/ has no release').toBeDefined();
      const g = renderChart(chart, pinned!, { locale: 'en' });
      for (const v of g.variants) {
        const result = matchGolden(`${chart.id}-${v.width}`, v.svg);
        expect(result.ok, result.ok ? '' : result.message).toBe(true);
      }
    });
  });
}
