/**
 * Text measurement for everything laid out at build time (every chart, the
 * standalone-file header and footer, the embed height model): real advance
 * widths with kerning, read by fontkit from the same Source Sans 3 files the
 * site serves (subset) and the PNG renderer draws with. A character the served
 * subsets do not contain is an error, because the browser would draw it in
 * another font with other widths.
 */
import * as fontkit from 'fontkit';
import { SCRIPTS, sansFile } from '../fonts/faces.ts';

/** The weights charts may set: font-weight="400|600|700" (600 is drawn bold: see src/fonts/faces.ts). `true` means 700, `false` 400. */
export type Weight = 400 | 600 | 700 | boolean;

const fonts = new Map<number, fontkit.Font>();
const COVERED = new Set(SCRIPTS.flatMap((s) => s.codePoints));
const widths = new Map<string, number>();

function font(weight: number): fontkit.Font {
  let f = fonts.get(weight);
  if (!f) {
    const path = sansFile(weight);
    const same = [...fonts].find(([w]) => sansFile(w) === path);
    if (same) {
      fonts.set(weight, (f = same[1]));
      return f;
    }
    const opened = fontkit.openSync(path);
    if (!('layout' in opened)) throw new Error(`${path} is a font collection, not a single font`);
    fonts.set(weight, (f = opened));
  }
  return f;
}

function weightOf(w: Weight): 400 | 600 | 700 {
  return w === true ? 700 : w === false ? 400 : w;
}

/** Width in px of `text` set at `size` px in Source Sans 3 at `weight`, kerned, plus `letterSpacing` px after each character as SVG adds it. */
export function textWidth(text: string, size: number, weight: Weight = 400, letterSpacing = 0): number {
  const w = weightOf(weight);
  const key = `${w}|${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (!COVERED.has(cp) && cp !== 0x0a) {
        throw new Error(`text "${text}" contains U+${cp.toString(16).toUpperCase().padStart(4, '0')} ("${ch}"), which the served fonts do not cover (src/fonts/faces.ts SCRIPTS)`);
      }
    }
    const f = font(w);
    em = f.layout(text).advanceWidth / f.unitsPerEm;
    widths.set(key, em);
  }
  return em * size + letterSpacing * [...text].length;
}

/** Height in px above the baseline of capitals at `size` (for vertical centring and boxes). */
export function capHeight(size: number): number {
  const f = font(400);
  return (f.capHeight / f.unitsPerEm) * size;
}

/**
 * Breaks text into lines no wider than `max` px at ordinary spaces (never at a no-break space, U+00A0); a word
 * wider than `max` gets a line of its own.
 */
export function wrapText(text: string, max: number, size: number, weight: Weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * As wrapText, but the first line has only `first` px (it follows something set on the same line, such as a big
 * number); it is '' when not even the first word fits there.
 */
export function wrapAfter(text: string, first: number, max: number, size: number, weight: Weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const room = lines.length ? max : first;
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, weight) <= room) line = next;
    else if (line || !lines.length) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A coordinate rounded to one decimal: keeps SVG small and deterministic. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
