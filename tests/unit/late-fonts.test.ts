/** The rewrite that makes a page's web fonts live after its first paint (src/lib/late-fonts.ts). */
import { describe, expect, it } from 'vitest';
import { deferFonts, deferredFontRules, FONT_LOADER } from '../../src/lib/late-fonts.ts';
import { inlineScripts } from '../../src/lib/headers.ts';
import { fontFaceCss } from '../../src/fonts/faces.ts';

// As the build writes them: minified, and in the sources' own form (src/fonts/faces.ts).
const SANS = '@font-face{font-family:"Source Sans 3";font-display:swap;font-weight:400;src:url(/fonts/source-sans-3-400-latin.woff2)format("woff2");unicode-range:U+20-7E}';
const SERIF = "@font-face {\n  font-family: 'Source Serif 4';\n  src: url('/fonts/source-serif-4-latin.woff2') format('woff2');\n}";
const LOCAL = '@font-face{font-family:"Source Sans 3 Arial";src:local(Arial),local(Liberation Sans);size-adjust:93.76%}';
const INLINE = '@font-face{font-family:"Taken Switch Sans";src:url(data:font/woff2;base64,d09GMgAB) format("woff2")}';
const page = (head: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><p>Text</p></body></html>`;

describe('deferFonts', () => {
  it('moves every rule that fetches a /fonts/ file, once, into one style at the end of <head>, followed by the loader that disables it', () => {
    const out = deferFonts(page(`<style>${LOCAL}${SANS}body{color:red}</style><style>${SANS}${SERIF}</style>`));
    expect(deferredFontRules(out)).toEqual([SANS, SERIF]);
    const head = out.slice(0, out.indexOf('</head>'));
    // The fallbacks and the rest of the CSS stay where they were; the style that held only font rules is gone.
    expect(head).toContain(`<style>${LOCAL}body{color:red}</style><style data-fonts>`);
    expect(head.match(/<style>/g)).toHaveLength(1);
    // The loader comes right after the rules, before the body: it disables them before any text is laid out, and a
    // reader without JavaScript keeps them.
    expect(head).toMatch(/<style data-fonts>[^<]+<\/style><script>[^]+?<\/script>$/);
    expect(head).toContain(SANS + SERIF);
  });

  it('finds the rules the build writes from src/fonts/faces.ts', () => {
    const css = fontFaceCss();
    const out = deferFonts(page(`<style>${css}</style>`));
    expect(deferredFontRules(out).length).toBe(css.match(/@font-face/g)!.length);
    expect(out.slice(0, out.indexOf('<style data-fonts'))).not.toContain('/fonts/');
  });

  it('leaves a page that fetches no font file as it is: local fallbacks and inline faces (the embeds, the language switch)', () => {
    const html = page(`<style>${LOCAL}${INLINE}p{margin:0}</style>`);
    expect(deferFonts(html)).toBe(html);
    expect(deferredFontRules(html)).toEqual([]);
  });

  it('writes the same loader text on every page, so the CSP allows it with one hash', () => {
    expect(inlineScripts(deferFonts(page(`<style>${SANS}</style>`)))).toEqual([FONT_LOADER]);
    expect(inlineScripts(deferFonts(page(`<script>theme()</script><style>${SERIF}</style>`)))).toEqual(['theme()', FONT_LOADER]);
  });

  it('names the file when a page with fonts has no </head>, or was rewritten already', () => {
    expect(() => deferFonts(`<style>${SANS}</style><p>x</p>`, 'about/index.html')).toThrow(/about\/index\.html: has web fonts but no <\/head>/);
    const once = deferFonts(page(`<style>${SANS}</style>`));
    expect(() => deferFonts(once, 'x/index.html')).toThrow(/x\/index\.html: its fonts are already deferred/);
  });

  // What the fonts do is checked in Chromium (tests/browser/late-scripts.test.ts); here, that the head's part is one
  // valid script with the hooks the CSS and src/scripts/web-fonts.ts rely on.
  it("the head's part is one valid script: stages the layout, disables the rules, but not in a tab that has the files", () => {
    expect(() => new Function(FONT_LOADER)).not.toThrow();
    expect(FONT_LOADER).toContain("setAttribute('data-staged','')");
    expect(FONT_LOADER).toContain("try{if(sessionStorage.getItem('taken-fonts'))return}catch(e){}s.media='not all'");
  });
});
