import { describe, expect, it } from 'vitest';
import { deportationScale as chart } from '../../../src/charts/deportation-scale.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { clippedTexts, overlappingTexts, svgDoc } from './svg-text-boxes.ts';
import { inherited } from './svg-inspect.ts';

const ds = latestDataset();

function withValue(base: Dataset, id: string, value: number): Dataset {
  const d = structuredClone(base);
  const f = d.figures.find((x) => x.id === id)!;
  (f as { value: number }).value = value;
  return d;
}

const MAIN = ['deported-verified', 'returned-verified', 'adopted-ukraine-count', 'yale-upper-estimate', 'yale-camps-children-2023', 'yale-adoption-database', 'yale-naturalized'];

function bars(svg: string) {
  const doc = svgDoc(svg);
  const main = [...doc.querySelectorAll('rect[data-tip]')];
  const ru = [...doc.querySelectorAll('g[data-tip] > rect')];
  return { doc, main, ru };
}
/** A scaled bar by the start of its tooltip (Plot draws the bars one mark per method, so not in the chart's order). */
const byTip = (main: Element[], s: string) => main.find((r) => r.getAttribute('data-tip')!.startsWith(s))!;
const DEPORTED = 'Children Ukraine has counted, case by case';
const YALE = 'Children Yale researchers';
const w = (el: Element) => Number(el.getAttribute('width'));
const x = (el: Element) => Number(el.getAttribute('x'));

describe('deportation-scale', () => {
  it('is registered under its URL id in the filtration chapter', () => {
    expect(getChart('deportation-scale')).toBe(chart);
    expect(chart.chapter).toBe('filtration');
  });

  for (const width of [300, 640]) {
    describe(`at ${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const { doc, main, ru } = bars(svg);

      it('draws one bar per figure on the shared scale, plus Russia’s broken bar in two pieces', () => {
        expect(main).toHaveLength(MAIN.length);
        expect(ru).toHaveLength(2);
      });

      it('labels every bar with its value as stated', () => {
        for (const label of ['at least 19,546', '2,003', '386', 'up to 35,000', 'at least 6,000', '314', 'at least 67', 'more than 700,000']) {
          expect(svg, label).toContain(`>${label}<`);
        }
      });

      it('draws bars to one linear scale (19,546 is 19,546/35,000 of the longest bar)', () => {
        expect(w(byTip(main, DEPORTED)) / w(byTip(main, YALE))).toBeCloseTo(19546 / 35000, 2);
      });

      it('keeps the scaled bars readable: Russia’s figure does not crush them', () => {
        const longest = Math.max(...main.map(w));
        expect(longest).toBeGreaterThan(width * 0.4 - 12);
      });

      it('draws the break as a real gap with a break symbol, at the end of the scale', () => {
        const [a, b] = ru;
        const gap = x(b!) - (x(a!) + w(a!));
        expect(gap).toBeGreaterThanOrEqual(6);
        expect(x(b!) + w(b!)).toBeGreaterThan(width - 3); // runs off to the edge
        expect(doc.querySelector('path.break')).toBeTruthy();
        const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
        expect(words).toMatch(/About 36 times Ukraine's case count\. The bar is not to scale\./);
        // Wide, beside the bar; on a phone the subtitle says what Russia's figure counts.
        if (width >= 480) expect(words).toMatch(/counts every child who crossed from Ukraine, with or without their family/);
        else expect(chart.describe(ds, 'en').subtitle).toMatch(/counts every child who crossed/);
      });

      it('marks each bar by its method (case count solid, estimate outlined, statement hatched)', () => {
        // Plot sets a mark's constant paint on its group: what a bar is painted with is what it inherits.
        expect(inherited(byTip(main, DEPORTED), 'fill')).toMatch(/var\(--c-verified/);
        expect(inherited(byTip(main, DEPORTED), 'stroke-dasharray')).toBeNull();
        expect(inherited(byTip(main, YALE), 'stroke-dasharray')).toBe('4 2');
        for (const r of ru) expect(inherited(r, 'fill')).toBe(`url(#deportation-scale-${width}-hatch)`);
        expect(doc.querySelector(`pattern#deportation-scale-${width}-hatch`)).toBeTruthy();
      });

      it('says who claims each number and as of when, in each tooltip', () => {
        for (const r of main) expect(r.getAttribute('data-tip')).toMatch(/as of .*\d{4}\. [^.]+ · (case count|estimate|statement), according to /);
        expect(ru[0]!.parentElement!.getAttribute('data-tip')).toMatch(/Lvova-Belova.*Not drawn to scale/);
      });

      it('shows the caveat on Yale’s upper estimate', () => {
        expect(svg).toContain('Said in interviews; not yet in the lab');
      });

      it('keeps every label inside the chart and apart from the others', () => {
        expect(clippedTexts(svg)).toEqual([]);
        expect(overlappingTexts(svg)).toEqual([]);
      });
    });
  }

  it('follows the data, not hard-coded numbers', () => {
    const fx = withValue(withValue(ds, 'deported-verified', 25000), 'yale-upper-estimate', 50000);
    const svg = chart.render(fx, { width: 300, locale: 'en' });
    expect(svg).toContain('>at least 25,000<');
    expect(svg).toContain('>up to 50,000<');
    expect(svg).toContain('About 28 times');
    expect(svg).toContain('>50K<'); // the axis rescales
    const { main } = bars(svg);
    expect(w(byTip(main, DEPORTED)) / w(byTip(main, YALE))).toBeCloseTo(0.5, 2);
    const text = chart.describe(fx, 'en');
    expect(text.alt).toContain('25,000');
    expect(text.subtitle).toContain('up to 50,000');
    expect(chart.table(fx, 'en').rows[0]!.children).toBe(25000);
    expect(overlappingTexts(svg)).toEqual([]);
  });

  it('uses distinct pattern ids per width, so both variants can share a page', () => {
    const a = chart.render(ds, { width: 300, locale: 'en' });
    const b = chart.render(ds, { width: 640, locale: 'en' });
    expect(a).toContain('id="deportation-scale-300-hatch"');
    expect(b).toContain('id="deportation-scale-640-hatch"');
    expect(a).not.toContain('640-hatch');
  });

  it('has a label check that catches collisions and clipping (a self-test of the helper)', () => {
    const bad = '<svg viewBox="0 0 100 40"><text x="0" y="20" font-size="13">19,546</text><text x="10" y="22" font-size="13">2,000</text><text x="90" y="30" font-size="12">off the edge</text></svg>';
    expect(overlappingTexts(bad)).toEqual([['19,546', '2,000']]);
    expect(clippedTexts(bad)).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(chart.render(ds, { width: 300, locale: 'en' })).toBe(chart.render(ds, { width: 300, locale: 'en' }));
  });

  it('has a table with the same figures, their claimants and as-of dates', () => {
    const t = chart.table(ds, 'en');
    // The bars, Russia's off-scale figure, then the figures the notes cite (Karasin's 700,000, the UK's camp estimate).
    expect(t.rows).toHaveLength(MAIN.length + 3);
    expect(t.rows.map((r) => r.children)).toEqual([19546, 2003, 386, 35000, 6000, 314, 67, 700000, 700000, 6000]);
    for (const r of t.rows) {
      expect(String(r.claimant)).not.toBe('');
      expect(String(r.as_of)).toMatch(/^\d{4}/);
    }
    expect(t.rows[MAIN.length]!.provenance).toBe('Russian officials · statement');
  });

  it('lists all three methods and the sources of every figure', () => {
    const r = renderChart(chart, ds, { locale: 'en' });
    expect(r.text.methods).toEqual(['case-count', 'estimate', 'statement']);
    expect(r.text.sources).toContain('moscow-times-2023-07-31-700k');
    expect(r.text.alt).toMatch(/19,546.*up to 35,000.*more than 700,000/);
  });

  it('fails by name when a figure becomes a range', () => {
    const fx = structuredClone(ds);
    const i = fx.figures.findIndex((f) => f.id === 'yale-naturalized');
    const { value: _v, ...rest } = fx.figures[i] as { value: number };
    fx.figures[i] = { ...(rest as object), low: 60, high: 80 } as Dataset['figures'][number];
    expect(() => chart.render(fx, { width: 300, locale: 'en' })).toThrow(/yale-naturalized/);
  });
});
