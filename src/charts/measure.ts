/**
 * Text measurement for string-built SVG, without a DOM or a font file. The
 * estimate errs wide (it assumes a wide system sans such as Noto Sans), so
 * labels laid out with it do not collide or get cut off in the fonts a reader
 * is likely to have.
 */

const NARROW = new Set([...`il.,:;'|!ijtfrI()[]‘’ \u00a0`]);
const WIDE = new Set([...'mwMW@%']);

/** Approximate rendered width in px of `s` at `size` px. */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of s) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.86;
    else if (/[0-9]/.test(ch)) em += 0.57;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else em += 0.54;
  }
  // Calibrated in Chromium against Noto Sans (Linux's system-ui), Liberation Sans and DejaVu Sans: this is at or above
  // Noto and Liberation for every label tried, and within a few per cent of DejaVu, the widest.
  return em * size * 1.1 * (bold ? 1.1 : 1);
}

/** Breaks text into lines no wider than `max` px at ordinary spaces (never at a no-break space; a word longer than `max` gets a line of its own). */
export function wrapToWidth(text: string, max: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The part of a claimant before any parenthesis or comma: "Grigory Karasin, Federation Council" → "Grigory Karasin". */
export function shortClaimant(claimant: string): string {
  return claimant.split(/ \(|, /)[0] ?? claimant;
}

/** Rounds a coordinate to one decimal, as a string without a trailing ".0". */
export function r1(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Joins the words of a short phrase (a date, "more than 700,000") with no-break spaces so wrapping keeps it whole. */
export function keep(s: string): string {
  return s.replace(/ /g, '\u00a0');
}
