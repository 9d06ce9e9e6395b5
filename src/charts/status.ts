/**
 * The one visual language for status across every chart: verified is solid,
 * an estimate is a lighter fill with a dashed outline, a claim is hatched with
 * a solid outline. Never colour alone, so it survives greyscale print and
 * colour-blind readers.
 */
import type { Status } from '../data/schema.ts';
import { color } from './palette.ts';

/** <defs> with the hatch pattern; `prefix` keeps ids unique when several SVGs share a page. */
export function statusDefs(prefix: string): string {
  return (
    `<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${color('bg')}"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${color('claim')}" stroke-width="2.5"/></pattern></defs>`
  );
}

/** SVG presentation attributes for a mark of this status. */
export function statusAttrs(status: Status, prefix: string): string {
  switch (status) {
    case 'verified':
      return `fill="${color('verified')}" stroke="${color('verified')}" stroke-width="1"`;
    case 'estimate':
      return `fill="${color('estimate')}" fill-opacity="0.55" stroke="${color('verified')}" stroke-width="1.5" stroke-dasharray="4 2"`;
    case 'claim':
      return `fill="url(#${prefix}-hatch)" stroke="${color('claim')}" stroke-width="1.5"`;
  }
}

/** A line's stroke for a series of this status (lines cannot be hatched: claims are dashed, estimates dotted). */
export function statusStroke(status: Status): string {
  switch (status) {
    case 'verified':
      return `stroke="${color('verified')}" stroke-width="2.5"`;
    case 'estimate':
      return `stroke="${color('estimate')}" stroke-width="2.5" stroke-dasharray="2 3"`;
    case 'claim':
      return `stroke="${color('claim')}" stroke-width="2.5" stroke-dasharray="7 4"`;
  }
}

/** A small legend swatch (16×12) as a standalone SVG, for HTML legends. */
export function statusSwatch(status: Status, prefix: string): string {
  return `<svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">${status === 'claim' ? statusDefs(prefix) : ''}<rect x="1" y="1" width="14" height="10" ${statusAttrs(status, prefix)}/></svg>`;
}
