/**
 * Label placement for maps drawn as SVG strings: a greedy placer that keeps
 * labels inside a frame and off each other, candidate spots around a dot
 * (near, then further off with a leader line), and a column of labels with
 * leaders for regions too small or too crowded to name in place.
 */
import { color } from '../palette.ts';
import { esc } from '../dom.ts';
import { r1, textWidth } from '../text.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Greedy placement: each label takes the first candidate that stays in the frame and hits nothing placed before it. */
export class Placer {
  readonly taken: Box[] = [];
  readonly frame: Box;
  constructor(frame: Box) {
    this.frame = frame;
  }
  block(b: Box): void {
    this.taken.push(b);
  }
  /**
   * Keeps labels off a drawn line (a polyline through `pts`, such as a leader or a distance line): boxes along it
   * no more than 3 px long, `pad` px each side. They are narrower than any label, so a leader may still cross them.
   */
  blockLine(pts: ReadonlyArray<readonly [number, number]>, pad: number): void {
    for (let i = 1; i < pts.length; i++) {
      const [ax, ay] = pts[i - 1]!;
      const [bx, by] = pts[i]!;
      const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 3));
      for (let k = 0; k < n; k++) {
        const x0 = ax + ((bx - ax) * k) / n;
        const y0 = ay + ((by - ay) * k) / n;
        const x1 = ax + ((bx - ax) * (k + 1)) / n;
        const y1 = ay + ((by - ay) * (k + 1)) / n;
        this.block({ x0: Math.min(x0, x1) - pad, y0: Math.min(y0, y1) - pad, x1: Math.max(x0, x1) + pad, y1: Math.max(y0, y1) + pad });
      }
    }
  }
  fits(b: Box): boolean {
    const f = this.frame;
    return b.x0 >= f.x0 && b.y0 >= f.y0 && b.x1 <= f.x1 && b.y1 <= f.y1 && !this.taken.some((t) => overlaps(t, b));
  }
}

export type Anchor = 'start' | 'middle' | 'end';
/** x, baseline y, anchor, and for a label set off from its dot the leader line's end points. */
export type Candidate = [number, number, Anchor, [number, number, number, number]?];
export interface Placed {
  x: number;
  y: number;
  anchor: Anchor;
  leader?: [number, number, number, number];
}

/** Space kept clear around a dot, so no label touches it. */
const DOT_PAD = 2;
export const dotBox = (x: number, y: number, r: number): Box => ({ x0: x - r - DOT_PAD, y0: y - r - DOT_PAD, x1: x + r + DOT_PAD, y1: y + r + DOT_PAD });

/** The box a one-line label occupies (a pixel of slack each side). */
export function textBox(x: number, y: number, w: number, anchor: Anchor, size: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x0: x0 - 1, y0: y - size * 0.8, x1: x0 + w + 1, y1: y + size * 0.25 };
}

const DIRS: Record<string, [number, number]> = { r: [1, 0], l: [-1, 0], b: [0, 1], a: [0, -1], ar: [0.7, -0.7], br: [0.7, 0.7], al: [-0.7, -0.7], bl: [-0.7, 0.7] };

/**
 * Candidate spots around a dot of radius `r` at font size `fs`: for each offset (0 = touching the dot), the
 * positions in `order` (r(ight), l(eft), b(elow), a(bove) and the diagonals ar, br, al, bl). Spots set off
 * from the dot get a leader line from the dot's edge towards the text.
 */
export function around(x: number, y: number, r: number, fs: number, order = 'r l b a ar br al bl', offsets = [0]): Candidate[] {
  const out: Candidate[] = [];
  for (const off of offsets) {
    for (const k of order.split(' ')) {
      const dir = DIRS[k];
      if (!dir) throw new Error(`map labels: unknown position "${k}"`);
      const side = r + DOT_PAD + 1.5 + off;
      const above = y - r - DOT_PAD - fs * 0.25 - 0.5 - off;
      const below = y + r + DOT_PAD + fs * 0.8 + 0.5 + off;
      const spot: Record<string, Candidate> = {
        r: [x + side, y + fs * 0.33, 'start'],
        l: [x - side, y + fs * 0.33, 'end'],
        b: [x, below, 'middle'],
        a: [x, above, 'middle'],
        ar: [x + r + off * 0.7, above + off * 0.3, 'start'],
        br: [x + r + off * 0.7, below - off * 0.3, 'start'],
        al: [x - r - off * 0.7, above + off * 0.3, 'end'],
        bl: [x - r - off * 0.7, below - off * 0.3, 'end'],
      };
      const c = spot[k]!;
      if (off === 0) out.push(c);
      else {
        const [dx, dy] = dir;
        const len = Math.max(0, off - 3);
        out.push([c[0], c[1], c[2], [r1(x + dx * (r + 1)), r1(y + dy * (r + 1)), r1(x + dx * (r + len)), r1(y + dy * (r + len))]]);
      }
    }
  }
  return out;
}

/** Places `text` at the first candidate that fits; undefined if none does. */
export function place(placer: Placer, text: string, cands: Candidate[], size: number, bold = false): Placed | undefined {
  const w = textWidth(text, size, bold);
  for (const [x, y, anchor, leader] of cands) {
    const box = textBox(x, y, w, anchor, size);
    if (!placer.fits(box)) continue;
    if (leader) {
      const lb = { x0: Math.min(leader[0], leader[2]), y0: Math.min(leader[1], leader[3]), x1: Math.max(leader[0], leader[2]), y1: Math.max(leader[1], leader[3]) };
      // A leader may cross land but not another label.
      if (placer.taken.some((t) => t.y1 - t.y0 < 40 && t.x1 - t.x0 > 12 && overlaps(t, lb) && !overlaps(t, dotBox(leader[0], leader[1], 3)))) continue;
    }
    placer.block(box);
    // Its leader is drawn too: later labels keep off it.
    if (leader) placer.blockLine([[leader[0], leader[1]], [leader[2], leader[3]]], 1);
    return { x: r1(x), y: r1(y), anchor, ...(leader ? { leader } : {}) };
  }
  return undefined;
}

/** A placed label (and its leader) as SVG. */
export function textEl(p: Placed, s: string): string {
  return (
    (p.leader ? `<path data-leader="" d="M${p.leader[0]},${p.leader[1]}L${p.leader[2]},${p.leader[3]}" fill="none" stroke="${color('muted')}" stroke-width="0.8"/>` : '') +
    `<text x="${p.x}" y="${p.y}"${p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`}>${esc(s)}</text>`
  );
}

/** Halo so labels stay legible over borders and fills. */
export const HALO = `stroke="${color('bg')}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

/**
 * Spreads items along y: each wants `want` (its anchor's y) and needs `gap` px; they keep their order, sit as
 * close to what they want as the others allow, and stay within [top, bottom]. Returns the y of each.
 */
export function spread(want: number[], gap: number, top: number, bottom: number): number[] {
  const ys = want.map((w) => Math.max(top, Math.min(bottom, w)));
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + gap);
  const over = ys.length ? ys[ys.length - 1]! - bottom : 0;
  if (over > 0) {
    ys[ys.length - 1] = bottom;
    for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - gap);
  }
  return ys.map(r1);
}
