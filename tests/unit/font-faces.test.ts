/** Which deferred font faces a page loads (src/lib/font-faces.ts): by the characters of its text. */
import { describe, expect, it } from 'vitest';
import { neededFaces, unicodeRangePattern, type FaceRule } from '../../src/lib/font-faces.ts';

// As Chromium serialises the site's rules (CSSFontFaceRule.style).
const LATIN = 'U+20-7E, U+A0-FF, U+131, U+152-153, U+2009-200B, U+2190-2193, U+2212';
const CYRILLIC = 'U+301, U+401, U+404, U+406-407, U+410-44F, U+451, U+454, U+456-457, U+490-491';
const face = (name: string, unicodeRange: string): FaceRule => ({ family: name, src: `url("/fonts/${name}.woff2")`, weight: '400', style: 'normal', unicodeRange });
const RULES = [face('latin', LATIN), face('cyrillic', CYRILLIC)];

describe('unicodeRangePattern', () => {
  it('matches the characters of each span and single code point, and nothing else', () => {
    const re = unicodeRangePattern(CYRILLIC)!;
    for (const ch of ['Д', 'я', 'ї', 'Ґ', 'є', '\u0301']) expect(re.test(ch), ch).toBe(true);
    // Latin letters, a space, and Cyrillic letters outside the subset (ѐ U+0450, Ђ U+0402, ӑ U+04D1).
    for (const ch of ['A', ' ', '\u0450', '\u0402', '\u04d1']) expect(re.test(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(false);
    expect(unicodeRangePattern('U+2212')!.test('−')).toBe(true);
    expect(unicodeRangePattern('U+1F600-1F64F')!.test('😀')).toBe(true);
  });

  it('gives null for a range it cannot read (a wildcard, or not a range at all)', () => {
    expect(unicodeRangePattern('U+4??')).toBeNull();
    expect(unicodeRangePattern('latin')).toBeNull();
    expect(unicodeRangePattern('')).toBeNull();
  });
});

describe('neededFaces', () => {
  it('an English text needs the Latin face only; a Ukrainian text both (its digits and spaces are Latin)', () => {
    expect(neededFaces(RULES, 'The Hague, 17 March 2023').map((r) => r.family)).toEqual(['latin']);
    expect(neededFaces(RULES, 'Гаага, 17 березня 2023 р.').map((r) => r.family)).toEqual(['latin', 'cyrillic']);
  });

  it('an English text that quotes a Russian title needs the Cyrillic face too', () => {
    expect(neededFaces(RULES, 'Radio Rossii (Детский вопрос)').map((r) => r.family)).toEqual(['latin', 'cyrillic']);
  });

  it('loads a face with no range, or one it cannot read, rather than guess', () => {
    expect(neededFaces([face('all', ''), face('wild', 'U+4??')], 'x').map((r) => r.family)).toEqual(['all', 'wild']);
  });
});
