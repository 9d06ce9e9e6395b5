/**
 * returns-over-time: the returned count drawn as separate lines, one per
 * counting rule, never joined across a break; a marker and label at each
 * break; the latest value labelled; a zero baseline; no overlapping labels.
 */
import { describe, expect, it } from 'vitest';
import { returnsOverTime as chart, segmentsOf } from '../../../src/charts/returns-over-time.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset, Series } from '../../../src/data/schema.ts';
import { overlaps, pathPoints, svgDoc, textBoxes, viewBox } from './svg-inspect.ts';

const ds = latestDataset();
const returned = ds.series.find((s) => s.id === 'returned')!;

function withSeries(edit: (s: Series) => void): Dataset {
  const copy = structuredClone(ds);
  edit(copy.series.find((s) => s.id === 'returned')!);
  return copy;
}

/** The texts of an element, one per <text>, joined with spaces. */
const words = (el: Element) => [...el.querySelectorAll('text')].map((t) => t.textContent).join(' ');
const segmentPaths = (doc: Document) => [...doc.querySelectorAll('path[data-segment]')];
/** The break markers: the rule of each break group (Plot draws it in a group that carries its dash). */
const breakLines = (doc: Document) => [...doc.querySelectorAll('[data-note="break"] line')];

describe('returns-over-time', () => {
  it('is registered under its URL id in the negotiations chapter', () => {
    expect(getChart('returns-over-time')).toBe(chart);
    expect(chart.chapter).toBe('negotiations');
  });

  it('reads the break from the dataset: 2024, points from 2024 under the new rule', () => {
    expect(returned.breaks.map((b) => b.after)).toEqual(['2024']);
    const segs = segmentsOf(returned);
    expect(segs).toHaveLength(2);
    expect(segs[0]!.rule).toBeUndefined();
    expect(segs[0]!.points.every((p) => p.date < '2024')).toBe(true);
    expect(segs[1]!.rule).toBe(returned.breaks[0]);
    expect(segs[1]!.points.every((p) => p.date >= '2024')).toBe(true);
    expect(segs[0]!.points.length + segs[1]!.points.length).toBe(returned.points.length);
  });

  for (const width of [300, 640]) {
    describe(`${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const doc = svgDoc(svg);

      it('draws the two counting rules as two separate paths, and no path crosses the break', () => {
        const paths = segmentPaths(doc);
        expect(paths).toHaveLength(2);
        const [a, b] = paths.map((p) => pathPoints(p.getAttribute('d')!));
        const segs = segmentsOf(returned);
        expect(a).toHaveLength(segs[0]!.points.length);
        expect(b).toHaveLength(segs[1]!.points.length);
        // Each path starts with a single move: neither jumps across with a second M.
        for (const p of paths) expect(p.getAttribute('d')!.match(/M/g)).toHaveLength(1);
        const markers = breakLines(doc);
        expect(markers).toHaveLength(1);
        const bx = Number(markers[0]!.getAttribute('x1'));
        expect(Math.max(...a!.map(([x]) => x))).toBeLessThan(bx);
        expect(Math.min(...b!.map(([x]) => x))).toBeGreaterThan(bx);
        // No path of any kind spans the break's x with points on both sides (only the marker itself sits on it).
        for (const p of doc.querySelectorAll('path')) {
          const xs = pathPoints(p.getAttribute('d')!).map(([x]) => x);
          expect(Math.min(...xs) < bx && Math.max(...xs) > bx, `path ${p.getAttribute('d')}`).toBe(false);
        }
      });

      it('labels the break at its marker with the dataset label and explains it in the tip', () => {
        const g = breakLines(doc)[0]!.closest('[data-note="break"]')!;
        expect(breakLines(doc)[0]!.closest('[stroke-dasharray]')).not.toBeNull();
        expect(g.getAttribute('data-tip')).toContain(returned.breaks[0]!.note.slice(0, 40));
        const text = words(g);
        expect(text).toContain('New counting rule');
        expect(text).toContain('From 2024: includes children');
        expect(text).toContain('occupied Ukraine');
      });

      it('labels the latest value and the last value under the old rule', () => {
        const text = words(doc.querySelector('svg')!);
        expect(text).toContain('2,003 by 24 February 2026');
        expect(text).toContain('386 by 18 October 2023');
        expect(text).toContain('Returned from');
      });

      it('has one point per report, each with a tip naming the rule, the claimant and the source', () => {
        const circles = [...doc.querySelectorAll('circle[data-tip]')];
        expect(circles).toHaveLength(returned.points.length);
        const tips = circles.map((c) => c.getAttribute('data-tip')!);
        expect(tips.filter((t) => t.includes('Counting rule: From 2024'))).toHaveLength(segmentsOf(returned)[1]!.points.length);
        for (const t of tips) expect(t).toMatch(/According to .+; source: .+\.$/);
        expect(tips.find((t) => t.includes('January 2025'))).toContain('date known only to the month; drawn mid-month');
      });

      it('starts the y scale at zero', () => {
        const circles = [...doc.querySelectorAll('circle[data-tip]')];
        const [a, b] = [circles[0]!, circles[circles.length - 1]!].map((c) => Number(c.getAttribute('cy')));
        const pts = returned.points;
        const [va, vb] = [pts[0]!.value, pts[pts.length - 1]!.value];
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
    });
  }

  it('follows the data: no break draws one joined line and no marker', () => {
    const fixture = withSeries((s) => {
      s.breaks = [];
    });
    const doc = svgDoc(chart.render(fixture, { width: 640, locale: 'en' }));
    expect(segmentPaths(doc)).toHaveLength(1);
    expect(breakLines(doc)).toHaveLength(0);
    expect(words(doc.querySelector('svg')!)).not.toContain('New counting rule');
  });

  it('follows the data: two breaks draw three separate paths and two markers', () => {
    const fixture = withSeries((s) => {
      s.breaks.push({ after: '2025-06', label: 'From mid-2025: a made-up rule', note: 'Test fixture.' });
    });
    const doc = svgDoc(chart.render(fixture, { width: 640, locale: 'en' }));
    const paths = segmentPaths(doc);
    expect(paths).toHaveLength(3);
    expect(breakLines(doc)).toHaveLength(2);
    expect(words(doc.querySelector('svg')!)).toContain('a made-up rule');
    const xs = breakLines(doc).map((l) => Number(l.getAttribute('x1')));
    paths.forEach((p, i) => {
      const px = pathPoints(p.getAttribute('d')!).map(([x]) => x);
      if (i > 0) expect(Math.min(...px)).toBeGreaterThan(xs[i - 1]!);
      if (i < xs.length) expect(Math.max(...px)).toBeLessThan(xs[i]!);
    });
  });

  it('follows the data: a new latest value is labelled', () => {
    const fixture = withSeries((s) => {
      s.points.push({ date: '2026-03-01', value: 2_050, qualifier: 'more-than', sources: s.points[0]!.sources, quote: '2,050' });
    });
    const svg = chart.render(fixture, { width: 300, locale: 'en' });
    expect(svg).toContain('more than 2,050</tspan> by 1 March 2026');
    expect(renderChart(chart, fixture, { locale: 'en' }).text.title).toContain('more than 2,050');
  });

  it('has a table row per report with its counting rule, claimant and source', () => {
    const t = chart.table(ds, 'en');
    expect(t.rows).toHaveLength(returned.points.length);
    expect(t.rows.find((r) => r.date === '2023-10-18')!.rule).toBe('Returned from deportation only');
    expect(t.rows.find((r) => r.date === '2025-01')).toMatchObject({ precision: 'month', rule: returned.breaks[0]!.label });
    for (const r of t.rows) expect(String(r.claimant)).not.toBe('');
  });

  it('explains the break in its notes and alt text', () => {
    const text = chart.describe(ds, 'en');
    expect(text.notes[0]).toContain('Values on the two sides of the break are not comparable');
    expect(text.alt).toContain('drawn in 2 separate lines');
    expect(text.alt).toContain('386 on 18 October 2023');
  });
});
