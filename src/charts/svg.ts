/**
 * The chart drawings' shared SVG basics: the root element every inline drawing opens with, the one breakpoint at
 * which charts change their layout for a phone, and the legend swatch the maps share. Standalone files (render.ts,
 * thumbnail.ts) write their own root, with a language and a title.
 */
import { esc } from './dom.ts';
import { color, FONT_SANS } from './palette.ts';

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

/** A drawing's height in px, read from its viewBox (0 if it has none). */
export function svgHeight(svg: string): number {
  return Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1] ?? 0);
}

/** How far a legend's text starts right of its swatch's left edge, px. */
export const SWATCH_TEXT_X = 20;

/**
 * A legend swatch: a 14 × 11 px box with a hairline edge, for the legend line whose text baseline sits 10.5 px below
 * `top`. `fill` is the fill's attributes (`fill="…"`, with `fill-opacity` if any).
 */
export function swatchRect(x: number, top: number, fill: string): string {
  return `<rect x="${x}" y="${top + 1}" width="14" height="11" ${fill} stroke="${color('muted')}" stroke-width="0.5"/>`;
}
