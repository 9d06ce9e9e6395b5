/**
 * Approximate boxes of the <text> elements in a string-built chart SVG, from
 * their position, anchor, font size and an (intentionally wide) width estimate,
 * so tests can check that labels neither overlap nor run off the edge.
 */
import { textWidth } from '../../../src/charts/text.ts';
import { svgDoc, translation } from './svg-inspect.ts';

export { svgDoc };

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const isBold = (el: Element) => Number(el.getAttribute('font-weight') ?? 400) >= 600;

export function textBoxes(svg: string): TextBox[] {
  const doc = svgDoc(svg);
  return [...doc.querySelectorAll('text')].map((t) => {
    // Inherited as SVG inherits them (Plot sets a mark's font and anchor on its group).
    const size = Number(t.closest('[font-size]')?.getAttribute('font-size') ?? 12);
    const bold = isBold(t.closest('[font-weight]') ?? t);
    const spans = [...t.querySelectorAll('tspan')];
    let width = 0;
    let height = size;
    if (spans.length) {
      // Direct text outside tspans, then each tspan at its own size.
      const own = [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('');
      width += textWidth(own, size, bold);
      for (const s of spans) {
        const ss = Number(s.getAttribute('font-size') ?? size);
        width += textWidth(s.textContent ?? '', ss, s.hasAttribute('font-weight') ? isBold(s) : bold);
        height = Math.max(height, ss);
      }
    } else width = textWidth(t.textContent ?? '', size, bold);
    const [dx, dy] = translation(t);
    const x = Number(t.getAttribute('x') ?? 0) + dx;
    // Plot centres a line on its y with y="0.3em".
    const yAttr = t.getAttribute('y') ?? '0';
    const y = (yAttr.endsWith('em') ? Number(yAttr.slice(0, -2)) * size : Number(yAttr)) + dy;
    const anchor = t.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
    const x0 = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return { text: t.textContent ?? '', x0, x1: x0 + width, y0: y - height * 0.78, y1: y + height * 0.22 };
  });
}

/** Pairs of texts whose boxes overlap by more than `tolerance` px in both directions. */
export function overlappingTexts(svg: string, tolerance = 1): Array<[string, string]> {
  const boxes = textBoxes(svg);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (ox > tolerance && oy > tolerance) out.push([a.text, b.text]);
    }
  }
  return out;
}

/** Texts whose estimated box leaves the viewBox [0, width] × [0, height]. */
export function clippedTexts(svg: string): string[] {
  const vb = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  const w = Number(vb?.[1]);
  const h = Number(vb?.[2]);
  return textBoxes(svg)
    .filter((b) => b.x0 < -0.5 || b.x1 > w + 0.5 || b.y0 < -0.5 || b.y1 > h + 0.5)
    .map((b) => `${b.text} [${b.x0.toFixed(1)}–${b.x1.toFixed(1)} × ${b.y0.toFixed(1)}–${b.y1.toFixed(1)}] in ${w}×${h}`);
}
