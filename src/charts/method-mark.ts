/**
 * The one visual mark per method, everywhere a number is drawn (charts,
 * legends, prose, print): a case count is solid, an estimate is outlined, a
 * statement is hatched. Never colour alone, so it survives greyscale print
 * and colour-blind readers. (The palette's colour names "verified", "estimate"
 * and "claim" are just colour names.)
 */
import type { Method } from '../data/schema.ts';
import { color } from './palette.ts';

/** <defs> with the hatch pattern; `prefix` keeps ids unique when several SVGs share a page. */
export function methodDefs(prefix: string): string {
  return (
    `<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${color('bg')}"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${color('claim')}" stroke-width="2.5"/></pattern></defs>`
  );
}

/** An area mark's paint for this method (fill, outline), as Plot options. */
export function methodArea(method: Method, prefix: string): { fill: string; stroke: string; strokeWidth: number; strokeDasharray?: string } {
  switch (method) {
    case 'case-count':
      return { fill: color('verified'), stroke: color('verified'), strokeWidth: 1 };
    case 'estimate':
      return { fill: color('bg'), stroke: color('verified'), strokeWidth: 2, strokeDasharray: '4 2' };
    case 'statement':
      return { fill: `url(#${prefix}-hatch)`, stroke: color('claim'), strokeWidth: 1.5 };
  }
}

/** The same paint as SVG presentation attributes. */
export function methodAttrs(method: Method, prefix: string): string {
  const a = methodArea(method, prefix);
  return `fill="${a.fill}" stroke="${a.stroke}" stroke-width="${a.strokeWidth}"${a.strokeDasharray ? ` stroke-dasharray="${a.strokeDasharray}"` : ''}`;
}

/** A line's stroke for a series of this method, as Plot options (lines cannot be hatched: statements are dashed, estimates dotted). */
export function methodLine(method: Method): { stroke: string; strokeWidth: number; strokeDasharray?: string } {
  switch (method) {
    case 'case-count':
      return { stroke: color('verified'), strokeWidth: 2.5 };
    case 'estimate':
      return { stroke: color('estimate'), strokeWidth: 2.5, strokeDasharray: '2 3' };
    case 'statement':
      return { stroke: color('claim'), strokeWidth: 2.5, strokeDasharray: '7 4' };
  }
}

/** The shape of a chart's marks, which its legend swatches copy: an area (bars, cells) or a dot. */
export type SwatchShape = 'rect' | 'dot';

/** A small legend swatch (16×12) as a standalone SVG, for HTML legends and prose: a rectangle, or a dot for dot charts. */
export function methodSwatch(method: Method, prefix: string, shape: SwatchShape = 'rect'): string {
  const mark = shape === 'dot' ? `<circle cx="8" cy="6" r="5" ${methodAttrs(method, prefix)}/>` : `<rect x="1" y="1" width="14" height="10" ${methodAttrs(method, prefix)}/>`;
  return `<svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">${method === 'statement' ? methodDefs(prefix) : ''}${mark}</svg>`;
}
