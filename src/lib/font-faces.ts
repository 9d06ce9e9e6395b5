/**
 * Which of the site's deferred font faces a page needs: those whose unicode-range holds a character of its text.
 * Pure functions, used by the browser's font loader (src/scripts/web-fonts.ts) and its tests.
 */

/** One @font-face rule as the CSSOM gives it (CSSFontFaceRule.style's descriptors, as serialised). */
export interface FaceRule {
  family: string;
  src: string;
  weight: string;
  style: string;
  /** "U+20-7E, U+A0-FF, …", or '' for every character. */
  unicodeRange: string;
}

/** A pattern matching any character in a unicode-range ("U+20-7E, U+131"); null for a range it cannot read. */
export function unicodeRangePattern(range: string): RegExp | null {
  const parts = range.split(',').map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const m = /^U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(p);
    // A wildcard range (U+4??) or anything else: the caller loads the face rather than guess.
    if (!m) return null;
    out.push(`\\u{${m[1]}}` + (m[2] ? `-\\u{${m[2]}}` : ''));
  }
  return out.length ? new RegExp(`[${out.join('')}]`, 'u') : null;
}

/** The faces `text` needs: each whose range holds one of its characters (a face without a range, or one whose range cannot be read, always). */
export function neededFaces<T extends FaceRule>(rules: readonly T[], text: string): T[] {
  return rules.filter((r) => {
    if (!r.unicodeRange.trim()) return true;
    const re = unicodeRangePattern(r.unicodeRange);
    return re ? re.test(text) : true;
  });
}
