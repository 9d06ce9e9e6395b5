/**
 * every-count: one dot per count (every figure but the percentages) on one log axis, grouped by stage, each dot's
 * fill its method and its label the number, producer and date; labels stay inside the drawing and apart (measured
 * with the font's metrics, as the layout does; the browser test measures them again in Chromium); Plot's inline
 * styles and class names are gone; the embed's overview says where the full chart is; the chart follows its data.
 */
import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/index.ts';
import { counts, everyCount } from '../../../src/charts/every-count.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { formatNumber } from '../../../src/i18n/format.ts';
import { ct } from '../../../src/i18n/charts.ts';
import { parse } from '../../helpers/dist.ts';
import { textWidth } from '../../../src/charts/text.ts';
import { kept, WALK } from '../../../src/charts/every-count-walk.ts';

const ds = latestDataset();
const doc = (svg: string) => parse(`<!doctype html><html><body>${svg}</body></html>`);
const countFigures = ds.figures.filter((f) => f.unit !== 'percent');

/** An attribute from the element or the nearest ancestor that sets it (Plot sets font and anchor on a mark's <g>). */
const inherited = (el: Element, name: string) => el.closest(`[${name}]`)?.getAttribute(name) ?? null;

/** Each <text>'s box from Source Sans 3's metrics, with Plot's translate() chain and em offsets resolved. */
function textBoxes(svg: string) {
  return [...doc(svg).querySelectorAll('text')].map((t) => {
    const size = Number(inherited(t, 'font-size') ?? 12);
    const bold = Number(inherited(t, 'font-weight') ?? 400) >= 600;
    let dx = 0;
    let dy = 0;
    for (let e: Element | null = t; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
      const m = e.getAttribute('transform')?.match(/translate\(([-\d.]+),([-\d.]+)\)/);
      if (m) {
        dx += Number(m[1]);
        dy += Number(m[2]);
      }
    }
    const yAttr = t.getAttribute('y') ?? '0';
    const y = dy + (yAttr.endsWith('em') ? parseFloat(yAttr) * size : Number(yAttr));
    const x = dx + Number(t.getAttribute('x') ?? 0);
    const width = textWidth(t.textContent ?? '', size, bold);
    const anchor = inherited(t, 'text-anchor') ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { text: t.textContent ?? '', left, right: left + width, top: y - size * 0.72, bottom: y + size * 0.22 };
  });
}

describe('every-count', () => {
  it('is registered and embeds its overview', () => {
    expect(getChart('every-count')).toBe(everyCount);
    expect(everyCount.embedState).toBe('overview');
    expect(Object.keys(everyCount.states ?? {})).toContain('overview');
  });

  it('takes every figure that is a count, none that is a percentage, grouped by stage in the schema order', () => {
    const groups = counts(ds);
    expect(groups.flatMap((g) => g.figures.map((f) => f.id)).sort()).toEqual(countFigures.map((f) => f.id).sort());
    expect(groups.map((g) => g.stage)).toEqual(['taken', 'held', 'placed', 'naturalised', 'adopted', 'returned', 'none'].filter((s) => groups.some((g) => g.stage === s)));
    for (const g of groups) for (const f of g.figures) expect(f.stage, f.id).toBe(g.stage);
  });

  for (const width of [300, 640, 960]) {
    describe(`${width} px`, () => {
      const svg = everyCount.render(ds, { width, locale: 'en' });
      const d = doc(svg);

      it('draws one dot with a tip per count, filled by its method', () => {
        const dots = [...d.querySelectorAll('[data-figure]')];
        expect(dots.map((e) => e.getAttribute('data-figure')).sort()).toEqual(countFigures.map((f) => f.id).sort());
        const fills = { 'case-count': 'var(--c-verified', estimate: 'var(--c-bg', statement: `url(#every-count-${width}-hatch)` };
        for (const f of countFigures) {
          const dot = dots.find((e) => e.getAttribute('data-figure') === f.id)!;
          expect(dot.closest('g[fill]')!.getAttribute('fill'), f.id).toContain(fills[f.method]);
          expect(dot.getAttribute('data-tip'), f.id).toContain(f.label);
          expect(dot.closest('[data-stage]')!.getAttribute('data-stage'), f.id).toBe(f.stage);
        }
      });

      it('labels each count with its number, who produced it and when', () => {
        const text = [...d.querySelectorAll('text')].map((t) => t.textContent).join('\n');
        for (const f of countFigures) if ('value' in f) expect(text, f.id).toContain(formatNumber(f.value, 'en'));
        expect(text).toContain("Ukraine's government · 1 Dec 2025");
        for (const g of counts(ds)) expect(text).toContain(ct(`every.stage.${g.stage}` as never, {}, 'en'));
      });

      it('places a larger count further right on one shared scale', () => {
        const x = (id: string) => Number(d.querySelector(`[data-figure="${id}"]`)!.getAttribute('cx'));
        expect(x('icc-warrants-count')).toBeLessThan(x('yale-facilities-2023'));
        expect(x('yale-facilities-2023')).toBeLessThan(x('deported-verified'));
        expect(x('deported-verified')).toBeLessThan(x('russia-claim-700000'));
        // Equal values share an x, whatever their stage.
        expect(x('deported-rounded-20000')).toBe(x('deported-more-than-20000-2024'));
      });

      it('keeps labels inside the drawing and apart (Source Sans 3 metrics)', () => {
        const boxes = textBoxes(svg);
        const vbW = width;
        for (const b of boxes) {
          expect(b.left, b.text).toBeGreaterThanOrEqual(-0.5);
          expect(b.right, b.text).toBeLessThanOrEqual(vbW + 0.5);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
          }
      });

      it('has none of Plot’s inline styles, class names or <style> elements', () => {
        expect(svg).not.toMatch(/<style|\sstyle=|\sclass=|plot-[0-9a-f]{6}/);
      });
    });
  }

  it('the overview draws every count, tells the reader the full chart is on its page, and stays short', () => {
    for (const locale of ['en', 'uk'] as const) {
      const r = renderChart(everyCount, locale === 'en' ? ds : localizeDataset(ds, locale), { locale, state: 'overview' });
      for (const v of r.variants) {
        const d = doc(v.svg);
        expect(d.querySelectorAll('[data-figure]').length).toBe(countFigures.length);
        expect(d.body.textContent!.replace(/\s+/g, ' ')).toContain(ct('every.overview.note', {}, locale).split(' ').slice(0, 3).join(' '));
        expect(Number(v.svg.match(/height="(\d+)"/)![1]), `${locale} ${v.width}`).toBeLessThan(760);
      }
    }
  });

  it('the overview names every stage and says how many counts it holds, at every width, in both languages', () => {
    // At 300 px the Ukrainian headings left no room beside them for the count of four of the seven stages
    // («Вивезені з України»: 21 counts), and the overview dropped it; now it goes on a line under the heading.
    for (const locale of ['en', 'uk'] as const) {
      const r = renderChart(everyCount, locale === 'en' ? ds : localizeDataset(ds, locale), { locale, state: 'overview' });
      for (const v of r.variants) {
        const d = doc(v.svg);
        for (const g of counts(ds)) {
          const group = d.querySelector(`[data-stage="${g.stage}"]`)!;
          const text = [...group.querySelectorAll('text')].map((t) => t.textContent).join(' ');
          const values = g.figures.map((f) => ('low' in f ? Math.sqrt(f.low * f.high) : f.value));
          const lo = Math.min(...values);
          const hi = Math.max(...values);
          const range = lo === hi ? ct('every.overview.single', { n: g.figures.length, value: lo }, locale) : ct('every.overview.range', { n: g.figures.length, min: lo, max: hi }, locale);
          expect(text, `${locale} ${v.width} ${g.stage}`).toContain(ct(`every.stage.${g.stage}` as Parameters<typeof ct>[0], {}, locale));
          expect(text.replace(/\s+/g, ' '), `${locale} ${v.width} ${g.stage}`).toContain(range.replace(/\s+/g, ' '));
        }
        for (const b of textBoxes(v.svg)) {
          expect(b.left, `${locale} ${v.width} “${b.text}”`).toBeGreaterThanOrEqual(0);
          expect(b.right, `${locale} ${v.width} “${b.text}”`).toBeLessThanOrEqual(v.width);
        }
      }
    }
  });

  it('follows the data: a new count shows as a dot, a percentage does not', () => {
    const more = structuredClone(ds);
    const base = more.figures.find((f) => f.id === 'deported-verified')!;
    more.figures.push({ ...base, id: 'test-count', value: 123456, stage: 'held' } as typeof base);
    more.figures.push({ ...base, id: 'test-share', value: 42, unit: 'percent' } as typeof base);
    const d = doc(everyCount.render(more, { width: 640, locale: 'en' }));
    expect(d.querySelector('[data-figure="test-count"]')!.closest('[data-stage]')!.getAttribute('data-stage')).toBe('held');
    expect(d.querySelector('[data-figure="test-share"]')).toBeNull();
  });
});

describe('every-count: a chapter\'s annotated state and the legend', () => {
  const FOCUS = { 'focus-taken': ['taken', 'held'], 'focus-placed': ['placed', 'naturalised', 'adopted'], 'focus-returned': ['returned'] } as const;
  for (const [state, stages] of Object.entries(FOCUS)) {
    it(`${state}: its stages stay as drawn, every other stage is faded, and its annotation counts its dots (en, uk)`, () => {
      for (const locale of ['en', 'uk'] as const) {
        const r = renderChart(everyCount, locale === 'en' ? ds : localizeDataset(ds, locale), { locale, state });
        for (const v of r.variants) {
          const d = doc(v.svg);
          const groups = [...d.querySelectorAll('g[data-stage]')];
          expect(groups.length).toBe(counts(ds).length);
          for (const g of groups) {
            const mine = (stages as readonly string[]).includes(g.getAttribute('data-stage')!);
            expect(g.getAttribute('opacity'), `${state} ${locale} ${v.width}: ${g.getAttribute('data-stage')}`).toBe(mine ? null : '0.3');
          }
          const n = counts(ds).filter((g) => (stages as readonly string[]).includes(g.stage)).reduce((a, g) => a + g.figures.length, 0);
          expect(n).toBeGreaterThan(0);
          // The annotation (bold, before the axis) names the count, whatever the lines it wraps to.
          const note = [...d.querySelectorAll('svg > text[font-weight="700"]')].map((t) => t.textContent).join(' ');
          expect(note).toContain(formatNumber(n, locale));
        }
      }
    });
  }

  it('a focus state\'s table and source line hold its stages\' counts only; the overview and the full chart keep them all', () => {
    const full = renderChart(everyCount, ds, { locale: 'en' });
    expect(renderChart(everyCount, ds, { locale: 'en', state: 'overview' }).table.rows.length).toBe(full.table.rows.length);
    for (const [state, stages] of Object.entries(FOCUS)) {
      const r = renderChart(everyCount, ds, { locale: 'en', state });
      const figures = counts(ds).filter((g) => (stages as readonly string[]).includes(g.stage)).flatMap((g) => g.figures);
      expect(r.table.rows.map((row) => row.measure), state).toEqual(figures.map((f) => f.label));
      expect(r.table.rows.length, state).toBeLessThan(full.table.rows.length);
      expect(new Set(r.text.sources), state).toEqual(new Set(figures.flatMap((f) => f.sources)));
    }
  });

  it('the states differ from each other and from the overview, so two chapters never show the same drawing', () => {
    const svgs = ['overview', ...Object.keys(FOCUS)].map((state) => renderChart(everyCount, ds, { locale: 'en', state }).variants[0]!.svg);
    expect(new Set(svgs).size).toBe(svgs.length);
  });

  it('its legend swatches are dots, like its marks; bar charts keep rectangles', async () => {
    const { methodSwatch } = await import('../../../src/charts/method-mark.ts');
    expect(everyCount.swatch).toBe('dot');
    for (const m of ['case-count', 'estimate', 'statement'] as const) {
      const dot = doc(methodSwatch(m, `t-${m}`, 'dot'));
      expect(dot.querySelector('circle'), m).not.toBeNull();
      expect(dot.querySelector('rect:not(pattern rect)'), m).toBeNull();
      expect(doc(methodSwatch(m, `t-${m}`)).querySelector('svg > rect'), m).not.toBeNull();
    }
    expect(getChart('adoption-pipeline').swatch ?? 'rect').toBe('rect');
  });
});

describe('every-count: the walk-through\'s states (issue 12)', () => {
  const height = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)![1]);
  it('each brings forward its own counts (the rest faded), rings its marked dots and names their numbers from the data (en, uk)', () => {
    for (const locale of ['en', 'uk'] as const) {
      const lds = locale === 'en' ? ds : localizeDataset(ds, locale);
      for (const [state, focus] of Object.entries(WALK)) {
        for (const v of renderChart(everyCount, lds, { locale, state }).variants) {
          const d = doc(v.svg);
          const where = `${state} ${locale} ${v.width}`;
          for (const dot of d.querySelectorAll('[data-figure]')) {
            const f = ds.figures.find((x) => x.id === dot.getAttribute('data-figure'))!;
            const faded = dot.getAttribute('opacity') === '0.3' || dot.closest('g[data-stage]')!.getAttribute('opacity') === '0.3';
            expect(faded, `${where}: ${f.id}`).toBe(!kept(focus, f));
          }
          expect([...d.querySelectorAll('[data-marked]')].map((c) => c.getAttribute('data-marked')).sort(), where).toEqual([...(focus.marked ?? [])].sort());
          const note = [...d.querySelectorAll('svg > text[font-weight="700"]')].map((t) => t.textContent).join(' ');
          for (const id of focus.marked ?? []) {
            const f = ds.figures.find((x) => x.id === id)!;
            expect(note.replace(/\s/g, ''), `${where}: the note names ${id}`).toContain(formatNumber('value' in f ? f.value : f.high, locale).replace(/\s/g, ''));
          }
        }
      }
    }
  });

  it('all are one height at each width, so the sticky chart does not jump between steps, and no two are the same drawing', () => {
    for (const locale of ['en', 'uk'] as const) {
      const lds = locale === 'en' ? ds : localizeDataset(ds, locale);
      const drawn = Object.keys(WALK).map((state) => renderChart(everyCount, lds, { locale, state }).variants);
      for (const i of [0, 1]) {
        expect(new Set(drawn.map((vs) => height(vs[i]!.svg))).size, `${locale} ${drawn[0]![i]!.width}`).toBe(1);
        expect(new Set(drawn.map((vs) => vs[i]!.svg)).size).toBe(drawn.length);
      }
      // Compact enough for a phone's sticky chart: at 300 px no taller than 450 px.
      expect(height(drawn[0]![0]!.svg), locale).toBeLessThanOrEqual(450);
    }
  });
});
