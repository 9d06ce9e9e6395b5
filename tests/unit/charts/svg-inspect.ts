/**
 * Helpers for chart-specific tests (deportations-over-time, returns-over-time,
 * return-channels): parse a chart's SVG, list its texts with estimated boxes,
 * find overlapping labels, and read path coordinates.
 */
import { parse } from '../../helpers/dist.ts';
import { textWidth } from '../../../src/charts/text.ts';

export function svgDoc(svg: string): Document {
  return parse(`<!doctype html><html><body>${svg}</body></html>`);
}

/** An attribute from the element or its nearest ancestor that sets it (SVG inheritance). */
/** An attribute as SVG inherits it: the element's own, else its nearest ancestor's. */
export function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

/** The sum of the translate()s on an element and its ancestors. */
export function translation(el: Element): [number, number] {
  let dx = 0;
  let dy = 0;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const m = /translate\(\s*([-\d.]+)[\s,]+([-\d.]+)\s*\)/.exec(e.getAttribute('transform') ?? '');
    if (m) {
      dx += Number(m[1]);
      dy += Number(m[2]);
    }
  }
  return [dx, dy];
}

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every <text> with an estimated box (width from textWidth, height from its font size). */
export function textBoxes(doc: Document): TextBox[] {
  return [...doc.querySelectorAll('text')].map((el) => {
    const text = el.textContent ?? '';
    const size = Number(inherited(el, 'font-size') ?? 12);
    const bold = Number(inherited(el, 'font-weight') ?? 400) >= 600;
    // Positions inside translated groups (the pipeline's cards, the map's detail panel) are offset by every ancestor's
    // translate, and by the text's own (Observable Plot places each label with one).
    const [dx, dy] = translation(el);
    // Plot writes a label's vertical offset in em ("0.32em").
    const at = (v: string | null) => (v?.endsWith('em') ? parseFloat(v) * size : Number(v));
    const x = at(el.getAttribute('x')) + dx;
    const y = at(el.getAttribute('y')) + dy;
    const w = textWidth(text, size, bold);
    const anchor = inherited(el, 'text-anchor') ?? 'start';
    const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    return { text, x0, x1: x0 + w, y0: y - size * 0.75, y1: y + size * 0.22 };
  });
}

/** Pairs of texts whose boxes overlap (by more than `slack` px in both directions). */
export function overlaps(boxes: TextBox[], slack = 0.5): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack) out.push([a.text, b.text]);
    }
  }
  return out;
}

/** The viewBox width and height. */
export function viewBox(doc: Document): { w: number; h: number } {
  const vb = doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
  return { w: vb[2]!, h: vb[3]! };
}

/** The absolute points of a path made of M, L, H and V commands. */
export function pathPoints(d: string): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const nums = m[2]!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (m[1] === 'M' || m[1] === 'L') [x, y] = [nums[0]!, nums[1]!];
    else if (m[1] === 'H') x = nums[0]!;
    else y = nums[0]!;
    pts.push([x, y]);
  }
  return pts;
}
