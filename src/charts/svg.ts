/**
 * The chart drawings' shared SVG basics: the root element every inline drawing opens with, and the one breakpoint at
 * which charts change their layout for a phone. Standalone files (render.ts, thumbnail.ts) write their own root, with
 * a language and a title.
 */
import { esc } from './dom.ts';
import { FONT_SANS } from './palette.ts';

/** Below this drawing width (px) a chart takes its phone layout: stacked labels, fewer columns, a vertical timeline. */
export const NARROW = 480;

/** True for a drawing laid out for a phone (narrower than NARROW). */
export function isNarrow(width: number): boolean {
  return width < NARROW;
}

/**
 * The opening tag of an inline chart drawing: its size, the site's sans at `fontSize`, hidden from assistive
 * technology (the figure around it carries the one text alternative). Close it with `</svg>`.
 */
export function svgOpen(width: number, height: number, fontSize: number = 12): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="${fontSize}" aria-hidden="true">`;
}
