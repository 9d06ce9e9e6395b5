/** The language switch's inline face (src/fonts/switch-font.ts): only the letters a page's own fonts lack, all of them. */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAME, LANGUAGE_SHORT } from '../../src/i18n/index.ts';
import { SWITCH_FAMILY, switchFontCss, switchLetters } from '../../src/fonts/switch-font.ts';

describe('language switch face', () => {
  it('holds, on an English page, exactly the Ukrainian name\'s letters (none of them Latin)', () => {
    const want = [...new Set(LANGUAGE_NAME.uk + LANGUAGE_SHORT.uk)].sort().join('');
    expect(switchLetters('en')).toBe(want);
    expect(switchLetters('en')).not.toMatch(/[A-Za-z]/);
  });

  it('is not needed on a Ukrainian page: "English" is in the Latin file that page loads anyway', async () => {
    expect(switchLetters('uk')).toBe('');
    expect(await switchFontCss('uk')).toBe('');
  });

  it('is an inline WOFF2 with a glyph for every letter, limited to them by unicode-range, and set on the switch only', async () => {
    const css = await switchFontCss('en');
    const b64 = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(css)?.[1];
    expect(b64, 'a data: URL').toBeTruthy();
    const bytes = Buffer.from(b64!, 'base64');
    expect(bytes.length, 'bytes of the face').toBeLessThan(2500);
    const font = fontkit.create(bytes) as fontkit.Font;
    const missing = [...switchLetters('en')].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    const range = /unicode-range:([^;}]+)/.exec(css)![1]!.split(',').map((u) => String.fromCodePoint(parseInt(u.slice(2), 16)));
    expect(range.sort().join('')).toBe(switchLetters('en'));
    expect(css).toContain(`.lang-switch{font-family:"${SWITCH_FAMILY}",var(--font-sans)}`);
  });
});
