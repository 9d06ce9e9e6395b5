/**
 * Setting a block of label lines in the free space under a rising series line,
 * measured with the font's real metrics (text.ts). Each line is wrapped to the
 * width it has at its own height: the space between where the series line
 * leaves that height and the right edge. The block is set flush right, its
 * last baseline fixed, so a long label (a translation, a narrow chart) climbs
 * into the widening space under the line instead of across it.
 */
import { textWidth } from './text.ts';

/** A paragraph of the label: its words start on a new line. */
export interface Para {
  text: string;
  bold: boolean;
}

export interface PlacedLine {
  t: string;
  bold: boolean;
  /** Baseline. */
  y: number;
  /** Left end of the line's ink box, for checks. */
  x0: number;
  /** Right end. */
  x1: number;
}

/** Ink above and below the baseline, in em (Source Sans 3: ascender 0.72, descender 0.22). */
const ABOVE = 0.72;
const BELOW = 0.22;

/** A drawn line as screen points, left to right. */
export type Polyline = ReadonlyArray<readonly [number, number]>;

/**
 * The rightmost x in [from, to] at which any of `lines` passes through the band [y0, y1] (a point marker counts as
 * the line); undefined if none. Each polyline is its own path: nothing is drawn between one's end and the next's start.
 */
export function lastCrossing(lines: readonly Polyline[], y0: number, y1: number, from: number, to: number): number | undefined {
  let best: number | undefined;
  const take = (x: number) => {
    if (x >= from && x <= to && (best === undefined || x > best)) best = x;
  };
  for (const line of lines) crossings(line, y0, y1, take);
  return best;
}

function crossings(line: Polyline, y0: number, y1: number, take: (x: number) => void): void {
  for (let i = 0; i < line.length; i++) {
    const [ax, ay] = line[i]!;
    if (ay >= y0 && ay <= y1) take(ax);
    const next = line[i + 1];
    if (!next) continue;
    const [bx, by] = next;
    // Where the segment enters or leaves the band, and whether any of it is inside.
    for (const edge of [y0, y1]) {
      if ((ay - edge) * (by - edge) <= 0 && ay !== by) take(ax + ((edge - ay) / (by - ay)) * (bx - ax));
    }
    if (Math.min(ay, by) >= y0 && Math.max(ay, by) <= y1) take(Math.max(ax, bx));
  }
}

/** Whether a line of text whose ink spans [x0, x1] around `baseline` meets any of `line` (with `clearance` px around it). */
export function meetsLine(line: readonly Polyline[], x0: number, x1: number, baseline: number, size: number, clearance: number): boolean {
  return lastCrossing(line, baseline - ABOVE * size - clearance, baseline + BELOW * size + clearance, x0 - clearance, x1 + clearance) !== undefined;
}

/**
 * The label set flush right at `right`, its last baseline at `baseline`, lines `lineHeight` apart, none above `top`,
 * each clear of `line` by `clearance` px and none starting left of `left`; null if no number of lines fits.
 */
export function fitUnderLine(o: {
  paras: readonly Para[];
  size: number;
  lineHeight: number;
  left: number;
  right: number;
  baseline: number;
  top: number;
  line: readonly Polyline[];
  clearance: number;
}): PlacedLine[] | null {
  const words = o.paras.flatMap((p) => p.text.split(/[ \t\n]+/).filter(Boolean).map((w, i) => ({ w, bold: p.bold, first: i === 0 })));
  if (!words.length) return [];
  const room = (y: number) => {
    const crossing = lastCrossing(o.line, y - ABOVE * o.size - o.clearance, y + BELOW * o.size + o.clearance, o.left, o.right);
    return o.right - Math.max(o.left, crossing === undefined ? o.left : crossing + o.clearance);
  };
  for (let n = 1; o.baseline - (n - 1) * o.lineHeight - ABOVE * o.size >= o.top; n++) {
    // Filled from the bottom up: the lowest lines have the most room under a rising line, so they take the most words.
    const out: PlacedLine[] = [];
    let i = words.length;
    for (let k = n - 1; k >= 0 && i > 0; k--) {
      const y = o.baseline - (n - 1 - k) * o.lineHeight;
      const avail = room(y);
      const bold = words[i - 1]!.bold;
      let text = '';
      // A line holds words of one paragraph: it ends (upward) at its paragraph's first word.
      while (i > 0 && words[i - 1]!.bold === bold) {
        const next = text ? `${words[i - 1]!.w} ${text}` : words[i - 1]!.w;
        if (textWidth(next, o.size, bold) > avail) break;
        text = next;
        i--;
        if (words[i]!.first) break;
      }
      if (!text) break;
      out.unshift({ t: text, bold, y, x0: o.right - textWidth(text, o.size, bold), x1: o.right });
    }
    if (i === 0) return out;
  }
  return null;
}
