/**
 * Every chart, as a reader's browser draws it: each chart page at 320 and 1280 px
 * with the site's web font, and each embed (/embed/<id>/, with its own inline
 * chart font, src/fonts/embed-font.ts) at 320, 375 and 1280 px, light and dark (and /uk/embed/<id>/, dark),
 * in headless Chromium (whose only system font is DejaVu Sans, wider than Source
 * Sans 3: a label drawn in it shows). For the drawing on screen, every <text> is
 * measured where it renders (getBBox mapped to the screen, after the fonts have
 * loaded): no two labels overlap, no label is crossed by a leader line or the
 * map's distance line (the lines charts mark `data-leader`), none extends
 * outside its SVG, none is drawn smaller than 11 px. A failure names the page,
 * the width, the texts (or the line) and the overlap in px.
 * Layout is computed at build time from the font's metrics (src/charts/text.ts);
 * this checks the result independently, in the browser's own text engine.
 */
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { CHARTS } from '../../src/charts/index.ts';
import { sansFile } from '../../src/fonts/faces.ts';
import { CHART_FAMILY } from '../../src/fonts/embed-font.ts';
import { useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

// The font box Chromium reports runs from ascent above the baseline to descent below; labels are compared by their
// ink: from ascender height (0.72 em) above the baseline to descender depth (0.22 em) below.
const f = fontkit.openSync(sansFile(400)) as fontkit.Font;
const METRICS = { ascent: f.ascent / f.unitsPerEm, above: 0.72, below: 0.22 };
const MIN_PX = 11;

interface Finding {
  kind: 'overlap' | 'outside' | 'small' | 'crossed';
  text: string;
  detail: string;
}

/** Problems in the chart drawing on screen; runs in the page. */
function inspect(arg: { id: string; m: typeof METRICS; minPx: number; family: string }): { texts: number; fontLoaded: boolean; findings: Finding[] } {
  const fig = document.querySelector(`.chart[data-chart="${arg.id}"]`);
  const svg = [...(fig?.querySelectorAll<SVGSVGElement>('.chart-variant > svg, .chart-body svg') ?? [])].find((s) => s.getClientRects().length > 0);
  const fontLoaded = [...document.fonts].some((ff) => ff.family.replace(/"/g, '') === arg.family && ff.status === 'loaded');
  if (!svg) return { texts: 0, fontLoaded, findings: [{ kind: 'outside', text: '', detail: 'no chart drawing on screen' }] };
  const frame = svg.getBoundingClientRect();
  const findings: Finding[] = [];
  const boxes = [...svg.querySelectorAll<SVGTextElement>('text')]
    .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).visibility !== 'hidden' && (t.textContent ?? '').trim())
    .map((t) => {
      // getBBox (the glyph cells, unrounded) mapped to the screen: getBoundingClientRect rounds ink outward to whole
      // pixels, so a capital A at x = 0 would read as 1 px outside.
      const bb = t.getBBox();
      const ctm = t.getScreenCTM()!;
      const pts = [
        [bb.x, bb.y],
        [bb.x + bb.width, bb.y],
        [bb.x, bb.y + bb.height],
        [bb.x + bb.width, bb.y + bb.height],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(ctm));
      const r = {
        left: Math.min(...pts.map((p) => p.x)),
        right: Math.max(...pts.map((p) => p.x)),
        top: Math.min(...pts.map((p) => p.y)),
        bottom: Math.max(...pts.map((p) => p.y)),
        height: 0,
      };
      r.height = r.bottom - r.top;
      // Rendered size: the computed font size times the drawing's scale on screen.
      const scale = frame.width / svg.viewBox.baseVal.width;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      // A multi-line <text> (tspans with dy) is one label; its ink box spans all its lines.
      const lines = Math.max(1, Math.round(r.height / (px * 1.326)));
      const base = r.top + arg.m.ascent * px;
      const bottom = r.bottom - (1.326 - arg.m.ascent) * px;
      return {
        text: (t.textContent ?? '').trim(),
        px,
        x0: r.left,
        x1: r.right,
        y0: base - arg.m.above * px,
        y1: lines > 1 ? bottom + arg.m.below * px : base + arg.m.below * px,
        r,
      };
    });
  for (const b of boxes) {
    if (b.px < arg.minPx - 0.01) findings.push({ kind: 'small', text: b.text, detail: `${b.px.toFixed(2)} px` });
    // Chromium rounds a glyph's ink outward to whole pixels (a bold capital A at x = 0, whose ink starts 0.08 px left of
    // its cell, reads as 1 px outside), so the frame check allows that one pixel.
    if (b.r.left < frame.left - 1 || b.r.right > frame.right + 1 || b.y0 < frame.top - 1 || b.y1 > frame.bottom + 1) {
      findings.push({
        kind: 'outside',
        text: b.text,
        detail: `text ${b.r.left.toFixed(1)}–${b.r.right.toFixed(1)} × ${b.y0.toFixed(1)}–${b.y1.toFixed(1)}, svg ${frame.left.toFixed(1)}–${frame.right.toFixed(1)} × ${frame.top.toFixed(1)}–${frame.bottom.toFixed(1)}`,
      });
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const c = boxes[j]!;
      const ox = Math.min(a.x1, c.x1) - Math.max(a.x0, c.x0);
      const oy = Math.min(a.y1, c.y1) - Math.max(a.y0, c.y0);
      if (ox > 0.5 && oy > 0.5) findings.push({ kind: 'overlap', text: `"${a.text}" / "${c.text}"`, detail: `${ox.toFixed(1)} × ${oy.toFixed(1)} px` });
    }
  }
  // Lines against labels: every line a chart marks `data-leader` (a leader from a mark to its label, the map's
  // distance line), sampled every 0.5 px along its length on screen. A label's ink box, 0.5 px in on each side, must
  // hold no point of one. (Gridlines, axes and borders run behind haloed labels by design and are not checked.)
  const lines = [...svg.querySelectorAll<SVGGeometryElement>('[data-leader]')].filter((el) => {
    if (el.getClientRects().length === 0) return false;
    const cs = getComputedStyle(el);
    return cs.stroke !== 'none' && cs.visibility !== 'hidden' && cs.display !== 'none';
  });
  const lineName = (el: SVGGeometryElement) => {
    const d = el.tagName === 'path' ? el.getAttribute('d')! : ['x1', 'y1', 'x2', 'y2', 'points'].map((k) => el.getAttribute(k)).filter(Boolean).join(',');
    return `${el.tagName} ${d.length > 40 ? d.slice(0, 40) + '…' : d}${el.getAttribute('stroke-dasharray') ? ' (dashed)' : ''}`;
  };
  for (const el of lines) {
    const ctm = el.getScreenCTM()!;
    const scale = Math.hypot(ctm.a, ctm.b) || 1;
    const len = el.getTotalLength();
    const step = 0.5 / scale;
    const pts: DOMPoint[] = [];
    for (let at = 0; at <= len; at += step) pts.push(el.getPointAtLength(at).matrixTransform(ctm));
    for (const b of boxes) {
      const inside = pts.filter((p) => p.x > b.x0 + 0.5 && p.x < b.x1 - 0.5 && p.y > b.y0 + 0.5 && p.y < b.y1 - 0.5);
      if (inside.length) findings.push({ kind: 'crossed', text: `"${b.text}" / ${lineName(el)}`, detail: `${(inside.length * 0.5).toFixed(1)} px of the line inside the label` });
    }
  }
  return { texts: boxes.length, fontLoaded, findings };
}

describe('chart labels, measured in the browser with the site font', () => {
  for (const chart of CHARTS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`/charts/${chart.id}/ at 320 and 1280 px, ${scheme}: no overlap, no line through a label, nothing outside the SVG, nothing under ${MIN_PX} px`, async () => {
        const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        try {
          await page.goto(`${site.server.origin}/charts/${chart.id}/`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const report: string[] = [];
          for (const width of [320, 1280]) {
            await page.setViewportSize({ width, height: 900 });
            await page.evaluate(() => document.fonts.ready);
            const r = await page.evaluate(inspect, { id: chart.id, m: METRICS, minPx: MIN_PX, family: 'Source Sans 3' });
            expect(r.fontLoaded, `${width}px: Source Sans 3 has not loaded`).toBe(true);
            expect(r.texts, `${width}px: no labels found`).toBeGreaterThan(0);
            for (const x of r.findings) report.push(`${width}px ${x.kind}: ${x.text} (${x.detail})`);
          }
          expect(report, `${chart.id} (${scheme})`).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('chart labels in embeds, measured in the browser with the embed\'s own chart font', () => {
  // The Ukrainian embeds (longer words, Cyrillic glyphs in the subset) in one theme: a label's place and size do not
  // depend on the colours, which the English embeds check in both.
  const runs = CHARTS.flatMap((chart) => [
    ...(['light', 'dark'] as const).map((theme) => ({ chart, theme, base: '/embed/' })),
    { chart, theme: 'dark' as const, base: '/uk/embed/' },
  ]);
  for (const { chart, theme, base } of runs) {
    it(`${base}${chart.id}/?theme=${theme} at 320, 375 and 1280 px: no overlap, no line through a label, nothing outside the SVG, nothing under ${MIN_PX} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      try {
        await page.goto(`${site.server.origin}${base}${chart.id}/?theme=${theme}`, { waitUntil: 'load' });
        const report: string[] = [];
        for (const width of [320, 375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(() => document.fonts.ready);
          const r = await page.evaluate(inspect, { id: chart.id, m: METRICS, minPx: MIN_PX, family: CHART_FAMILY });
          expect(r.fontLoaded, `${base}${chart.id}/ ${width}px: the chart font "${CHART_FAMILY}" has not loaded`).toBe(true);
          expect(r.texts, `${width}px: no labels found`).toBeGreaterThan(0);
          for (const x of r.findings) report.push(`${width}px ${x.kind}: ${x.text} (${x.detail})`);
        }
        expect(report, `${base}${chart.id}/ (${theme})`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
