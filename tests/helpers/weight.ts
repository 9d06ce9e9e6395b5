/**
 * What one built page costs a reader, in bytes: its HTML, the CSS and JS it
 * loads (linked and inline), and every font file its CSS would fetch for its text. Shared by the
 * budget test and the benchmark so the two never disagree.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileForUrl, parse } from './dist.ts';
import { SWITCH_FAMILY } from '../../src/fonts/switch-font.ts';

export interface Weight {
  raw: number;
  gz: number;
}
export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  fonts: Weight;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const add = (w: Weight, buf: Buffer | string) => {
  w.raw += Buffer.byteLength(buf);
  w.gz += gz(buf);
};
const zero = (): Weight => ({ raw: 0, gz: 0 });

function local(url: string, base: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  return fileForUrl(new URL(url, 'http://site' + base).pathname);
}

export function pageWeight(pageUrl: string, html: string): PageWeight {
  const doc = parse(html);
  const w: PageWeight = { html: zero(), css: zero(), js: zero(), fonts: zero() };
  add(w.html, html);
  const cssTexts: Array<[string, string]> = [];
  for (const link of doc.querySelectorAll('link[rel="stylesheet"][href]')) {
    const file = local(link.getAttribute('href')!, pageUrl);
    if (!file) continue;
    const text = readFileSync(file);
    add(w.css, text);
    cssTexts.push([text.toString('utf8'), link.getAttribute('href')!]);
  }
  for (const style of doc.querySelectorAll('style')) cssTexts.push([style.textContent ?? '', pageUrl]);
  // Inline <style> already counts in the HTML; only external CSS is added to css above.
  for (const script of doc.querySelectorAll('script')) {
    // The loader that imports the page's modules after the first paint (src/lib/late-modules.ts): they count too.
    for (const m of (script.getAttribute('data-modules') ?? '').split(' ').filter(Boolean)) {
      const file = local(m, pageUrl);
      if (file) add(w.js, readFileSync(file));
    }
    const src = script.getAttribute('src');
    if (src) {
      const file = local(src, pageUrl);
      if (file) add(w.js, readFileSync(file));
    } else if ((script.getAttribute('type') ?? 'text/javascript').includes('javascript') || script.getAttribute('type') === 'module') {
      add(w.js, script.textContent ?? '');
    }
  }
  // A browser fetches a @font-face file only when the page has text in its unicode-range (all text, when it has none):
  // Cyrillic files count on a page with Cyrillic text, not on an English one.
  // The language switch has a face of its own, inline, where the page's fonts lack its letters (src/fonts/switch-font.ts).
  if (html.includes(SWITCH_FAMILY)) for (const a of doc.querySelectorAll('.lang-switch')) a.remove();
  const used = new Set([...(doc.documentElement?.textContent ?? '')].map((c) => c.codePointAt(0)!));
  const fonts = new Set<string>();
  for (const [css, base] of cssTexts) {
    for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const body = face[1]!;
      const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
      if (range && !inRange(range, used)) continue;
      for (const m of body.matchAll(/url\(\s*['"]?([^'")]+\.woff2?)['"]?\s*\)/g)) {
        const file = local(m[1]!, base.startsWith('/') ? base : pageUrl);
        if (file) fonts.add(file);
      }
    }
  }
  for (const f of fonts) add(w.fonts, readFileSync(f));
  return w;
}

/** Whether any code point in `used` falls in a CSS unicode-range ("U+0400-045F, U+2116"). */
export function inRange(range: string, used: Set<number>): boolean {
  return range.split(',').some((part) => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
    if (!m) throw new Error(`unreadable unicode-range part "${part}"`);
    const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'F'), 16);
    for (const c of used) if (c >= lo && c <= hi) return true;
    return false;
  });
}

/** Budgets per page, gzipped, from docs/design.md §4. */
export const BUDGETS = { html: 60_000, css: 20_000, js: 20_000, fonts: 100_000 } as const;

/**
 * The HTML budget of a page in Ukrainian. The same page says the same things, but its text costs more bytes:
 * Cyrillic letters take two bytes each in UTF-8 and the words run about 12% longer. Measured on the four chapters
 * (2 December 2026, dataset 2.2.0): the prose alone gzips to 1.44–1.47 times the English (+3.1 to +3.7 KB), and the
 * whole page, with the charts' words, tables, key facts and labels in Cyrillic, to 1.15–1.18 times (+7.5 to +8.9 KB)
 * with the same markup, charts and scripts. So a Ukrainian page gets the English budget times 1.15, and
 * UK_PREMIUM_MAX keeps any Ukrainian page within 1.2 times its English counterpart, so weight added to the Ukrainian
 * page alone (markup, not language) is still caught.
 */
export const UK_HTML_BUDGET = 69_000;
export const UK_PREMIUM_MAX = 1.2;
/**
 * 34 KB (was 30 KB until the embeds carried their chart font). Measured on 2 December 2026 (gzip -9 of the built page,
 * which inlines its CSS, script and font): the heaviest English embed, placement-map, is 29.2 KB, of which 7.7 KB is
 * the Source Sans 3 subset it inlines (regular and bold, only its labels' glyphs: src/fonts/embed-font.ts), which keeps
 * its labels from colliding and running off the edge in a reader's system sans. Its Ukrainian drawings carry Cyrillic
 * glyphs and longer words: their subset is 8.0 KB against 6.9 KB, the drawings 0.4 KB more, so about 31 KB. Cutting
 * further saves little: without ligatures 0.2–0.3 KB; without kerning too 1.7 KB, but the browser would then set the
 * labels wider or narrower than src/charts/text.ts measured them. Every other embed stays under 24 KB.
 */
export const EMBED_BUDGET = 34_000;

/**
 * A Ukrainian embed's budget: the English one times its language's premium. Measured on 2 December 2026 (gzip -9 of
 * each built embed, latest dataset 2.3.3): every Ukrainian embed is 1.05 to 1.13 times its English one (placement-map
 * 34.5 KB against 32.3 KB; events-timeline 30.1 against 26.8): longer words and Cyrillic in the title, takeaway, notes,
 * table and labels, and a chart font subset with Cyrillic glyphs (each Cyrillic letter is a glyph of its own where
 * English reuses a few Latin ones). So 34 KB × 1.12, and UK_EMBED_PREMIUM_MAX keeps each within 1.15 times its English
 * embed, so weight added to the Ukrainian embeds alone (markup, not language) is still caught.
 */
export const UK_EMBED_BUDGET = 38_000;
export const UK_EMBED_PREMIUM_MAX = 1.15;
