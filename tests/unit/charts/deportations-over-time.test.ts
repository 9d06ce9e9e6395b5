/**
 * deportations-over-time: one line with a point per report, open points for
 * lower bounds, the plateau and the March 2023 jump labelled from the data,
 * an honest zero baseline, and no overlapping labels at either width.
 */
import { describe, expect, it } from 'vitest';
import { deportationsOverTime as chart, jumpOf, plateauOf } from '../../../src/charts/deportations-over-time.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { placeDate } from '../../../src/charts/dated-series.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { overlaps, pathPoints, svgDoc, textBoxes, viewBox } from './svg-inspect.ts';

const ds = latestDataset();
const pts = () => ds.series.find((s) => s.id === 'deported-verified')!.points;

function withPoints(edit: (points: Dataset['series'][number]['points']) => void): Dataset {
  const copy = structuredClone(ds);
  edit(copy.series.find((s) => s.id === 'deported-verified')!.points);
  return copy;
}

describe('deportations-over-time', () => {
  it('is registered under its URL id in the filtration chapter', () => {
    expect(getChart('deportations-over-time')).toBe(chart);
    expect(chart.chapter).toBe('filtration');
  });

  for (const width of [300, 640]) {
    describe(`${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const doc = svgDoc(svg);

      it('draws one line through every report and one point per report, each with a tip', () => {
        const lines = [...doc.querySelectorAll('path')].filter((p) => p.closest('[stroke-width]')!.getAttribute('stroke-width') === '2.5');
        expect(lines).toHaveLength(1);
        expect(pathPoints(lines[0]!.getAttribute('d')!)).toHaveLength(pts().length);
        const circles = [...doc.querySelectorAll('circle[data-tip]')];
        expect(circles).toHaveLength(pts().length);
        for (const c of circles) expect(c.getAttribute('data-tip')).toMatch(/as of .*\d{4}.*According to .+; source: .+\.$/);
      });

      it('draws lower bounds ("more than", "at least") as open points and says so in the tip and the key', () => {
        const lower = pts().filter((p) => p.qualifier === 'more-than' || p.qualifier === 'at-least');
        expect(lower.length).toBeGreaterThan(0);
        const open = [...doc.querySelectorAll('circle[data-tip]')].filter((c) => c.getAttribute('fill')!.includes('--c-bg'));
        expect(open).toHaveLength(lower.length);
        for (const c of open) expect(c.getAttribute('data-tip')).toMatch(/(more than|at least) [\d,]+ .*a lower bound/);
        expect(doc.querySelector('svg')!.textContent).toContain('Lower bound (“more than”, “at least”)');
      });

      it('labels the plateau at 19,546 and the March 2023 jump', () => {
        const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ');
        expect(text).toContain('19,546, unchanged since September 2023');
        expect(text).toContain('+3,288 in 8 days');
        expect(text).toContain('20–28 March 2023');
        expect(text).toContain('No source explains the jump');
      });

      it('starts the y scale at zero (the axis line is where 0 would be)', () => {
        const circles = [...doc.querySelectorAll('circle[data-tip]')];
        const [a, b] = [circles[0]!, circles[circles.length - 1]!].map((c) => Number(c.getAttribute('cy')));
        const [va, vb] = [pts()[0]!.value, pts()[pts().length - 1]!.value];
        const zeroY = a! + ((b! - a!) / (vb - va)) * (0 - va);
        const axis = [...doc.querySelectorAll('line')].find((l) => l.closest('[stroke]')!.getAttribute('stroke')!.includes('--c-axis') && l.getAttribute('y1') === l.getAttribute('y2'));
        expect(Number(axis!.getAttribute('y1'))).toBeCloseTo(zeroY, 0);
      });

      it('keeps every label inside the SVG and clear of the others', () => {
        const { w, h } = viewBox(doc);
        const boxes = textBoxes(doc);
        expect(overlaps(boxes)).toEqual([]);
        for (const b of boxes) {
          expect(b.x0, b.text).toBeGreaterThanOrEqual(-0.5);
          expect(b.x1, b.text).toBeLessThanOrEqual(w + 0.5);
          expect(b.y0, b.text).toBeGreaterThanOrEqual(0);
          expect(b.y1, b.text).toBeLessThanOrEqual(h);
        }
      });

      it('is deterministic', () => {
        expect(chart.render(ds, { width, locale: 'en' })).toBe(svg);
      });
    });
  }

  it('finds the plateau and the steepest jump from the data', () => {
    const s = ds.series.find((x) => x.id === 'deported-verified')!;
    expect(plateauOf(s)).toMatchObject({ value: 19546, from: { date: '2023-09-13' } });
    const j = jumpOf(s)!;
    expect([j.a.date, j.b.date, j.diff, j.days]).toEqual(['2023-03-20', '2023-03-28', 3288, 8]);
  });

  it('follows the data: a new latest value ends the plateau, a smaller jump is not called unexplained', () => {
    const fixture = withPoints((p) => {
      p.push({ date: '2026-01-20', value: 19_800, qualifier: 'exact', sources: p[0]!.sources, quote: '19,800' });
      const jump = p.find((x) => x.date === '2023-03-28')!;
      jump.value = 16_400;
      jump.note = undefined;
    });
    const svg = chart.render(fixture, { width: 640, locale: 'en' });
    expect(svg).not.toContain('19,546, unchanged');
    expect(svg).not.toContain('+3,288');
    expect(svg).not.toContain('No source explains');
    // 2022-12-07 → 2023-01-02 (13,112 → 16,011) is now the steepest rise.
    expect(svg).toContain('+2,899 in 26 days');
    expect(svg).toContain('>2027</text>'); // the axis grows to the year after the new point
    const text = renderChart(chart, fixture, { locale: 'en' }).text;
    expect(text.title).not.toContain('19,546');
    expect(text.alt).toContain('19,800');
  });

  it('places a month-precision point mid-month and says the precision in its tip and the table', () => {
    expect(placeDate('2024-02')).toBe(Date.UTC(2024, 1, 15));
    expect(placeDate('2024-02-03')).toBe(Date.UTC(2024, 1, 3));
    const fixture = withPoints((p) => {
      p.find((x) => x.date === '2024-02-24')!.date = '2024-02';
    });
    const doc = svgDoc(chart.render(fixture, { width: 640, locale: 'en' }));
    const tip = [...doc.querySelectorAll('circle[data-tip]')].map((c) => c.getAttribute('data-tip')!).find((t) => t.includes('February 2024'))!;
    expect(tip).toContain('as of February 2024 (date known only to the month; drawn mid-month)');
    expect(tip).not.toMatch(/\d+ February 2024/);
    const row = chart.table(fixture, 'en').rows.find((r) => r.date === '2024-02')!;
    expect(row.precision).toBe('month');
  });

  it('has a table row per report with the claimant and the source', () => {
    const t = chart.table(ds, 'en');
    expect(t.rows).toHaveLength(pts().length);
    expect(t.rows.find((r) => r.date === '2022-09-05')).toMatchObject({ children: 7000, as_stated: 'more than 7,000 (lower bound)' });
    for (const r of t.rows) {
      expect(String(r.claimant)).not.toBe('');
      expect(String(r.source)).not.toBe('');
    }
  });

  it('says the jump, the plateau and the lower bounds in its text', () => {
    const text = chart.describe(ds, 'en');
    expect(text.alt).toContain('from 16,226 to 19,514');
    expect(text.notes.join(' ')).toContain('Open circles are values the source gave only as a lower bound');
    expect(text.methods).toEqual(['case-count']);
  });
});
