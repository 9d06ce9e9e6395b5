/**
 * Labels set under a rising line (src/charts/under-line.ts), and the returns-over-time break label in both languages
 * at every width: each of its lines, measured with the font, keeps clear of the series line and its points and stays
 * inside the drawing (the Ukrainian label used to run across the line at 300 px).
 */
import { describe, expect, it } from 'vitest';
import { fitUnderLine, lastCrossing, meetsLine, type Polyline } from '../../../src/charts/under-line.ts';
import { textWidth } from '../../../src/charts/text.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { inherited, pathPoints, svgDoc, translation, viewBox } from './svg-inspect.ts';

// A line rising from (100, 190) to (300, 20) on a 300 × 200 plot.
const rising: Polyline[] = [[[100, 190], [300, 20]]];

describe('under-line', () => {
  it('finds where a line passes through a band, and not across a gap between two paths', () => {
    expect(lastCrossing(rising, 100, 110, 0, 300)).toBeCloseTo(205.9, 0);
    expect(lastCrossing(rising, 195, 199, 0, 300)).toBeUndefined();
    expect(lastCrossing([[[0, 150], [50, 150]], [[250, 150], [300, 150]]], 140, 160, 60, 240), 'nothing drawn from 50 to 250').toBeUndefined();
  });

  it('sets every line clear of the line, flush right, the longest lines lowest', () => {
    const paras = [{ text: 'Нове правило підрахунку', bold: true }, { text: 'З 2024 року: разом із дітьми, вивезеними з окупованих територій України', bold: false }];
    const lines = fitUnderLine({ paras, size: 13, lineHeight: 16, left: 106, right: 294, baseline: 186, top: 10, line: rising, clearance: 3 })!;
    expect(lines).not.toBeNull();
    expect(lines.map((l) => l.t).join(' ')).toBe(paras.map((p) => p.text).join(' '));
    for (const l of lines) {
      expect(meetsLine(rising, l.x0, l.x1, l.y, 13, 3), l.t).toBe(false);
      expect(l.x1).toBe(294);
      expect(l.x0).toBeGreaterThanOrEqual(106);
    }
    expect(lines.filter((l) => l.bold).map((l) => l.t).join(' '), 'the heading keeps to its own lines').toBe(paras[0]!.text);
    expect(lines.at(-1)!.y).toBe(186);
  });

  it('gives up (null) when no number of lines fits under the line', () => {
    expect(fitUnderLine({ paras: [{ text: 'Unbreakablewordthatisfartoowide', bold: false }], size: 13, lineHeight: 16, left: 250, right: 294, baseline: 186, top: 10, line: rising, clearance: 3 })).toBeNull();
  });
});

/** The series paths' points, the dots as squares, and the break label's lines from a returns-over-time drawing. */
function parts(svg: string) {
  const doc = svgDoc(svg);
  const paths: Polyline[] = [...doc.querySelectorAll('path[data-segment]')].map((p) => pathPoints(p.getAttribute('d')!));
  const dots: Polyline[] = [...doc.querySelectorAll('circle')].map((c) => {
    const [x, y, r] = ['cx', 'cy', 'r'].map((a) => Number(c.getAttribute(a)));
    return [[x! - r!, y! - r!], [x! + r!, y! - r!], [x! + r!, y! + r!], [x! - r!, y! + r!], [x! - r!, y! - r!]] as const;
  });
  const texts = [...doc.querySelectorAll('[data-note="break"] text')].map((el) => {
    const t = el.textContent!;
    const [dx, dy] = translation(el);
    const x = Number(el.getAttribute('x') ?? 0) + dx;
    const w = textWidth(t, Number(inherited(el, 'font-size')), Number(inherited(el, 'font-weight') ?? 400) >= 600);
    const end = inherited(el, 'text-anchor') === 'end';
    return { t, y: Number(el.getAttribute('y') ?? 0) + dy, x0: end ? x - w : x, x1: end ? x : x + w };
  });
  return { lines: [...paths, ...dots], texts, width: viewBox(doc).w };
}

describe('returns-over-time: the break label keeps clear of the series line', () => {
  for (const locale of ['en', 'uk'] as const) {
    const r = renderChart(getChart('returns-over-time'), localizeDataset(latestDataset(), locale), { locale });
    for (const v of r.variants) {
      it(`${locale}, ${v.width} px`, () => {
        const { lines, texts, width } = parts(v.svg);
        expect(texts.length).toBeGreaterThan(1);
        for (const t of texts) {
          expect(meetsLine(lines, t.x0, t.x1, t.y, 13, 1), `"${t.t}" meets the line`).toBe(false);
          expect(t.x1, `"${t.t}" runs off the right edge`).toBeLessThanOrEqual(width);
        }
      });
    }
  }
});
