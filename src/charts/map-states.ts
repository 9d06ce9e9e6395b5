/**
 * States for a scrolling sequence over a map: the same drawing with some
 * regions brought forward and the rest faded, plus one line of annotation
 * under the map. It works on any map whose region shapes carry their ISO
 * code as `data-region` (every copy of each region on the placement map
 * does), so a redrawn map keeps its sequence. The annotation line is added to every state, so the map keeps one
 * height from step to step.
 */
import { color } from './palette.ts';
import { esc } from './dom.ts';

export interface MapState {
  /** ISO codes of the regions to bring forward; every other region with a data-iso is faded. Omit to fade none. */
  keep?: ReadonlySet<string>;
  /** The annotation under the map. */
  note: string;
}

const NOTE_H = 26;

export function applyMapState(svg: string, state: MapState): string {
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!vb) throw new Error('applyMapState: the map has no viewBox "0 0 w h"');
  const w = Number(vb[1]);
  const h = Number(vb[2]);
  const faded = state.keep
    ? svg.replace(/<path\b([^>]*?)\bdata-region="([^"]+)"/g, (whole, before: string, iso: string) => (state.keep!.has(iso) ? whole : `<path opacity="0.15"${before}data-region="${iso}"`))
    : svg;
  return faded
    .replace(vb[0], `viewBox="0 0 ${w} ${h + NOTE_H}"`)
    .replace(/(<svg\b[^>]*?\bheight=")([\d.]+)"/, (_m, a: string) => `${a}${h + NOTE_H}"`)
    .replace(/<\/svg>\s*$/, `<text x="0" y="${h + NOTE_H - 7}" font-size="13" font-weight="700" fill="${color('text')}">${esc(state.note)}</text></svg>`);
}
