/**
 * Brings in the site's web fonts after a page's first paint, and then lays out the blocks the page staged.
 * src/lib/late-fonts.ts moved the @font-face rules into <style data-fonts> and put a tiny loader in the head that
 * marks <html data-staged> and disables them (unless the tab already has the files); this
 * module is imported after the first contentful paint (src/lib/late-modules.ts).
 *
 * On a tab's first page it loads the faces the page needs (src/lib/font-faces.ts: those whose characters are in
 * <main>, outside closed disclosures; the language switch has its own inline face) with the FontFace API and adds them together once all have
 * loaded: one relayout with the fonts in hand. (Enabling the rules instead costs two: one as the faces start loading,
 * one as they arrive.) It notes in session storage that the tab has the fonts, so the tab's next pages, which find the
 * files cached, use the rules from their first paint.
 *
 * Then it lays out what was staged: a chapter's blocks below its first figure are skipped while the page settles
 * (content-visibility: auto under html[data-staged], src/styles/chapter.css), and a skipped block is also missing from
 * the accessibility tree. Four blocks a frame, in document order, so each frame is a short task rather than one long
 * one; then it drops data-staged. It starts once the fonts are in, or after STAGE_WAIT_MS if they are slow. When the
 * fonts are in and nothing is staged it marks <html data-fonts-ready> (the browser tests wait for it).
 */
import { neededFaces, type FaceRule } from '../lib/font-faces.ts';
import { FONTS_KEY } from '../lib/late-fonts.ts';

const PER_FRAME = 4;
/** How long the staged blocks wait for the fonts before they are laid out anyway. */
const STAGE_WAIT_MS = 1000;

const root = document.documentElement;
const frame = () => new Promise<void>((go) => requestAnimationFrame(() => setTimeout(go)));

function rulesOf(style: HTMLStyleElement): FaceRule[] {
  const out: FaceRule[] = [];
  for (const rule of style.sheet?.cssRules ?? []) {
    if (!(rule instanceof CSSFontFaceRule)) continue;
    const d = rule.style;
    out.push({
      family: d.getPropertyValue('font-family').replace(/^["']|["']$/g, ''),
      src: d.getPropertyValue('src'),
      weight: d.getPropertyValue('font-weight') || 'normal',
      style: d.getPropertyValue('font-style') || 'normal',
      unicodeRange: d.getPropertyValue('unicode-range'),
    });
  }
  return out;
}

/**
 * The text a reader can see without opening anything: <main> without closed disclosures. (An English chapter's
 * endnotes name Russian and Ukrainian sources; opened, those few words are set in the local fallback rather than
 * every English reader downloading the Cyrillic files.)
 */
function shownText(root: Element): string {
  // Cut each outermost closed disclosure's text out of the whole: string searches, not a walk that calls back into
  // script for every node (on a chapter that took 30 ms).
  const all = root.textContent ?? '';
  let out = '';
  let at = 0;
  let last: Element | null = null;
  for (const d of root.querySelectorAll('details:not([open])')) {
    if (last?.contains(d)) continue;
    last = d;
    const t = d.textContent ?? '';
    const i = all.indexOf(t, at);
    if (!t || i < 0) continue;
    out += all.slice(at, i);
    at = i + t.length;
  }
  return out + all.slice(at);
}

async function addFaces(style: HTMLStyleElement): Promise<void> {
  const text = shownText(document.querySelector('main') ?? document.body);
  const faces = neededFaces(rulesOf(style), text).map(
    (r) => new FontFace(r.family, r.src, { weight: r.weight, style: r.style, ...(r.unicodeRange ? { unicodeRange: r.unicodeRange } : {}) }),
  );
  // A face that fails to load is left out; the metric-matched fallback stays for its characters.
  const loaded = await Promise.all(faces.map((f) => f.load().catch(() => null)));
  for (const f of loaded) if (f) document.fonts.add(f);
}

async function unstage(): Promise<void> {
  const staged = [...document.querySelectorAll<HTMLElement>('.chapter-body > *, .chapter-foot')].filter(
    (e) => getComputedStyle(e).contentVisibility === 'auto',
  );
  for (let i = 0; i < staged.length; i += PER_FRAME) {
    for (const e of staged.slice(i, i + PER_FRAME)) e.setAttribute('data-shown', '');
    await frame();
  }
}

async function bringFonts(style: HTMLStyleElement): Promise<void> {
  try {
    // Left on by the head's loader (this tab has the files): they load as the page uses them.
    if (style.media !== 'not all') await document.fonts.ready;
    else {
      try {
        sessionStorage.setItem(FONTS_KEY, '1');
      } catch {
        // Storage refused (a private mode): the next page swaps too.
      }
      await addFaces(style);
    }
  } catch {
    style.media = 'all';
  }
}

async function settle(style: HTMLStyleElement): Promise<void> {
  // The first paint may show a part of the page before its largest block; the fonts wait until the page has loaded
  // and two more frames are drawn, so they do not hold up that block's paint either.
  if (document.readyState !== 'complete') await new Promise((go) => addEventListener('load', go, { once: true }));
  await frame();
  await frame();
  const fonts = bringFonts(style);
  // The staged blocks wait for the fonts (so the swap relays out only the first screens), but not for long: on a slow
  // connection a screen reader must not wait for a font file to reach the rest of the chapter.
  await Promise.race([fonts, new Promise((go) => setTimeout(go, STAGE_WAIT_MS))]);
  await frame();
  await unstage();
  root.removeAttribute('data-staged');
  await fonts;
  root.setAttribute('data-fonts-ready', '');
}

const style = document.querySelector<HTMLStyleElement>('style[data-fonts]');
if (style) void settle(style);
