/**
 * Moves a built page's web fonts after its first paint. The page is first
 * drawn in the metric-matched local fallbacks (src/fonts/fallback.ts), which
 * take the same room, so nothing moves when the site's typefaces swap in.
 * Without this, the browser asks for the fonts while it lays out the first
 * screen, and on a slow phone their download delays that screen (Lighthouse's
 * mobile simulation counts every request that ends before the first paint: a
 * chapter's Largest Contentful Paint went from about 1.0 s to 1.36 s with the
 * two sans files, and to 1.66 s with the serif as well).
 *
 * `deferFonts` takes every `@font-face` rule that fetches a file from /fonts/
 * out of the page's inline styles and puts the rules, once, in
 * `<style data-fonts>` at the end of <head>, followed by the loader (a fixed
 * text, so the CSP allows it with one hash), which disables them before the
 * body arrives. A reader without JavaScript keeps them, and gets the fonts as
 * before.
 * src/integrations/late-fonts.ts applies it to every built page.
 */

/** Session-storage key: this tab has the font files (src/scripts/web-fonts.ts sets it; FONT_LOADER reads it). */
export const FONTS_KEY = 'taken-fonts';

/**
 * The head's part, written small: it rides in every page that defers fonts, right after their rules. It marks <html
 * data-staged> before the body arrives, so a chapter's blocks below its first figure are laid out only near the
 * screen while the page settles (src/styles/chapter.css), and disables the rules (media="not all") before any text is
 * laid out, so no font file is requested. In a tab whose earlier page brought the files (FONTS_KEY in session
 * storage) it leaves them on: the files are cached, and the page is set in the site's typefaces from its first
 * paint.
 * Everything else, after the first paint, is src/scripts/web-fonts.ts.
 */
export const FONT_LOADER =
  "(function(){var s=document.querySelector('style[data-fonts]');if(!s)return;document.documentElement.setAttribute('data-staged','');" +
  "try{if(sessionStorage.getItem('" + FONTS_KEY + "'))return}catch(e){}s.media='not all'})()";

/** A rule that fetches one of the site's font files (as the build minifies it, or as written in the sources). */
const FACE = /@font-face\s*\{[^{}]*url\(\s*['"]?\/fonts\/[^{}]*\}/g;
const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;

/** The page with its web fonts made live after the first paint; a page that fetches none is returned unchanged. */
export function deferFonts(html: string, file = 'page'): string {
  if (html.includes('<style data-fonts')) throw new Error(`${file}: its fonts are already deferred (style[data-fonts]); the build ran this step twice`);
  const rules: string[] = [];
  const out = html.replace(STYLE, (tag: string, css: string) => {
    const rest = css.replace(FACE, (rule) => {
      if (!rules.includes(rule)) rules.push(rule);
      return '';
    });
    if (rest === css) return tag;
    // A style that held only font rules goes; any other keeps its opening tag and the rest of its CSS.
    return rest.trim() ? `${tag.slice(0, tag.indexOf('>') + 1)}${rest}</style>` : '';
  });
  if (!rules.length) return html;
  const end = out.indexOf('</head>');
  if (end < 0) throw new Error(`${file}: has web fonts but no </head> to put their loader before`);
  const css = rules.join('');
  return `${out.slice(0, end)}<style data-fonts>${css}</style><script>${FONT_LOADER}</script>${out.slice(end)}`;
}

/** The @font-face rules a page makes live after its first paint (for the byte budgets and tests). */
export function deferredFontRules(html: string): string[] {
  const m = /<style data-fonts>([\s\S]*?)<\/style>/.exec(html);
  return m ? (m[1]!.match(FACE) ?? []) : [];
}
