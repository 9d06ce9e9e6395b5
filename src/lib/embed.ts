/**
 * Embeds, as pure functions: their URLs, the codes a newsroom copies (four
 * kinds, latest or pinned to a release), the "newer data" notice of a pinned
 * embed, the fixed height that fits a chart at 600 px, and the tiny theme
 * script. Pages and components (src/layouts/Embed.astro,
 * src/components/EmbedCodes.astro, src/pages/embed/…) only call these, so
 * every string a host receives is unit-tested.
 */
import { compareVersions } from '../data/load.ts';
import { textWidth, wrapText, type Weight } from '../charts/text.ts';
import type { Locale } from '../i18n/index.ts';
import { ct } from '../i18n/charts.ts';
import { localePath } from '../i18n/paths.ts';
import { punctuate } from '../i18n/punctuate.ts';

/** /embed/<id>/ follows the latest dataset; /embed/v<version>/<id>/ keeps a release; in Ukrainian both under /uk/. */
export function embedPath(id: string, locale: Locale, version?: string): string {
  return localePath(version ? `/embed/v${version}/${id}/` : `/embed/${id}/`, locale);
}

export function oembedPath(id: string, locale: Locale, version?: string): string {
  return embedPath(id, locale, version) + 'oembed.json';
}

/** The fallback image: the chart page's PNG for latest, a frozen one per release for pinned embeds, in the locale's words. */
export function pngPath(id: string, locale: Locale, version?: string): string {
  return localePath(version ? `/embed/v${version}/${id}.png` : `/charts/${id}.png`, locale);
}

export function chartPagePath(id: string, locale: Locale): string {
  return localePath(`/charts/${id}/`, locale);
}

/** The chart gallery in the locale. */
export function chartsIndexPath(locale: Locale): string {
  return localePath('/charts/', locale);
}

/** The latest release after `version` in `versions` (any order), or undefined when `version` is the newest. */
export function newerRelease(version: string, versions: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (compareVersions(v, version) > 0 && (!best || compareVersions(v, best) > 0)) best = v;
  return best;
}

/** What a pinned embed says when a later release exists; null when it shows the newest data. */
export function pinnedNotice(version: string, versions: readonly string[], locale: Locale): { text: string; linkText: string; newer: string } | null {
  const newer = newerRelease(version, versions);
  return newer ? { text: ct('embed.notice', { version }, locale), linkText: ct('embed.noticeLink', {}, locale), newer } : null;
}

/**
 * More publishers than this and the credit names the first few and "N others" (the chart page lists them all). Three:
 * with four, a long publisher's name made the credit five or six lines on a phone, past WordPress's 1,000 px frame.
 */
export const CREDIT_MAX_SOURCES = 3;

/** The publishers a credit line names, and how many it leaves to the chart page. */
export function creditSources<T>(publishers: readonly T[], max = CREDIT_MAX_SOURCES): { shown: T[]; others: number } {
  return publishers.length <= max ? { shown: [...publishers], others: 0 } : { shown: publishers.slice(0, max - 1), others: publishers.length - (max - 1) };
}

/** The credit line every embed carries: "Chart: <site> · Data: <publishers> · Dataset v<version>". */
export function creditLine(siteName: string, publishers: readonly string[], version: string, locale: Locale): string {
  const { shown, others } = creditSources(publishers);
  const list = shown.join(', ');
  const data = others ? ct('embed.others', { shown: list, n: others }, locale) : list;
  return ct('embed.credit', { site: siteName, sources: data, version }, locale);
}

/**
 * Runs in <head> before first paint: `?theme=light|dark|auto` sets data-theme
 * on <html>, which embed.css turns into a colour scheme and a solid background.
 * Without it the embed is light on a transparent background, which suits the
 * usual white article page whatever the reader's OS prefers. It also marks <html>
 * with `js`, so controls that need a script (a chart's filter buttons: .needs-js)
 * are laid out from the first paint and not shown without JavaScript.
 */
export const THEME_SCRIPT =
  "(function(){document.documentElement.classList.add('js');try{var t=new URLSearchParams(location.search).get('theme');" +
  "if(t==='light'||t==='dark'||t==='auto')document.documentElement.setAttribute('data-theme',t)}catch(e){}})();";

// ——— Embed codes ———

export interface EmbedTarget {
  id: string;
  /** The chart's title. */
  title: string;
  /** The chart's text alternative, for the fallback image. */
  alt: string;
  /** A pinned release; undefined follows the latest. */
  version?: string;
  /** Height in CSS px that fits the embed at 600 px wide (estimateEmbedHeight): the oEmbed's and the frames' first height. */
  height: number;
  /** Height in CSS px that fits the embed at every width a fixed frame gets, phone to desktop (fixedEmbedHeight). */
  fixedHeight: number;
  /** The fallback PNG (drawn at 2×): its pixel size. */
  png: { width: number; height: number };
  /** The language of the chart's words: the frame's title is in it too. */
  locale: Locale;
}

export type EmbedKind = 'responsive' | 'pym' | 'fixed' | 'image';
export interface EmbedCode {
  kind: EmbedKind;
  html: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const js = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/** The iframe's title: what a screen reader announces on entering the frame. */
export function frameTitle(title: string, siteName: string, locale: Locale): string {
  return ct('embed.frameTitle', { title, site: siteName }, locale);
}

/** The four codes, with absolute URLs on `siteUrl` (no trailing slash). */
export function embedCodes(t: EmbedTarget, siteUrl: string, siteName: string): EmbedCode[] {
  const src = siteUrl + embedPath(t.id, t.locale, t.version);
  const page = siteUrl + chartPagePath(t.id, t.locale);
  const title = frameTitle(t.title, siteName, t.locale);
  const imgW = Math.round(t.png.width / 2);
  const imgH = Math.round(t.png.height / 2);
  const img =
    `<a href="${attr(page)}"><img src="${attr(siteUrl + pngPath(t.id, t.locale, t.version))}" alt="${attr(punctuate(t.title, '. ') + t.alt)}" ` +
    `width="${imgW}" height="${imgH}" style="max-width:100%;height:auto;border:0"></a>`;
  // Distinct per language and release, so a page may hold several.
  const domId = `taken-${t.locale === 'en' ? '' : t.locale + '-'}${t.id}${t.version ? '-v' + t.version.replace(/\./g, '-') : ''}`;
  return [
    {
      kind: 'responsive',
      html:
        `<iframe data-taken-embed src="${attr(src)}" title="${attr(title)}" height="${t.height}" ` +
        `style="display:block;width:100%;border:0" loading="lazy"></iframe>\n` +
        `<script src="${attr(siteUrl)}/embed.js" async></script>`,
    },
    {
      kind: 'pym',
      html:
        `<div id="${domId}"></div>\n` +
        `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n` +
        `<script>new pym.Parent(${js(domId)}, ${js(src)}, {title: ${js(title)}});</script>\n` +
        `<noscript>${img}</noscript>`,
    },
    {
      kind: 'fixed',
      html: `<iframe src="${attr(src)}" title="${attr(title)}" width="${OEMBED_WIDTH}" height="${t.fixedHeight}" style="display:block;max-width:100%;border:0" loading="lazy"></iframe>`,
    },
    { kind: 'image', html: img },
  ];
}

/** The width our oEmbed document and fixed-height code are drawn for, in CSS px. */
export const OEMBED_WIDTH = 600;

/**
 * The oEmbed document's `html`, in the shape WordPress gives its own embeds, so
 * that WordPress keeps it and sizes it: a blockquote with a link to the chart
 * page (what readers see where frames are not shown, and the marker that makes
 * WordPress load its resize script, wp-embed.js, which hides the blockquote once
 * the frame reports), then the iframe with `width` and `height` as attributes
 * (WordPress removes inline styles). The width is "100%", which browsers honour
 * on an iframe like CSS width: the chart takes the column's width, in classic
 * themes without an `iframe { max-width: 100% }` rule too, and WordPress's
 * editor adds no fixed aspect ratio for it. The height is the estimate at
 * OEMBED_WIDTH, with a margin; WordPress then sets the frame to the height
 * the chart reports. `data-taken-embed` and /embed.js serve
 * consumers that keep scripts. WordPress drops the script and data attribute,
 * sandboxes the frame and adds its secret; the frame then speaks WordPress's
 * protocol (src/scripts/embed-child.ts).
 */
export function oembedHtml(t: EmbedTarget, siteUrl: string, siteName: string): string {
  const page = siteUrl + chartPagePath(t.id, t.locale);
  return (
    `<blockquote class="wp-embedded-content"><a href="${attr(page)}">${attr(`${t.title} · ${siteName}`)}</a></blockquote>\n` +
    `<iframe class="wp-embedded-content" data-taken-embed src="${attr(siteUrl + embedPath(t.id, t.locale, t.version))}" ` +
    `width="100%" height="${t.height}" title="${attr(frameTitle(t.title, siteName, t.locale))}" frameborder="0" marginwidth="0" marginheight="0"></iframe>\n` +
    `<script src="${attr(siteUrl)}/embed.js" async></script>`
  );
}

// ——— Fixed height ———

/** What decides an embed's height, in CSS px and characters. */
export interface HeightParts {
  /** The drawings, narrow first: viewBox size and the CSS max-width Chart.astro gives each. */
  variants: Array<{ width: number; height: number; maxWidth: number }>;
  /** The container width (chart.css @container min-width) from which the wide drawing shows. */
  breakpoint: number;
  title: string;
  subtitle: string;
  /** Legend entries as shown ("Verified (counted case by case…)"). */
  legend: string[];
  /** The same entries as a phone shows them, without the bracketed meaning (embed.css, under 480 px); default `legend`. */
  legendNarrow?: string[];
  notes: string[];
  /** True when the notes sit behind a closed "Notes" disclosure (embeds): one summary line instead of the notes. */
  notesFolded?: boolean;
  /** The credit line, and the pinned notice if any. */
  footer: string[];
}

/**
 * Chart.astro lets each drawing grow to this many times its drawn width, no more: 1, so chart text never grows past
 * its designed size (a wide figure gets a drawing made for its width instead: the breakout variant).
 */
export const DRAWING_MAX_SCALE = 1;

/** Body padding in src/styles/embed.css: vertical only, so the chart lines up with the host's column. */
export const EMBED_PADDING = 6;
/**
 * Embeds set their own text (title, notes, credit) in the reader's system sans: the web font would take an embed
 * past its 34 KB budget (two weights of even an ASCII-only subset are about 16 KB gzipped). Widths are measured
 * with Source Sans 3 (src/charts/text.ts) and scaled to the widest common system sans, DejaVu Sans, which runs
 * 1.22× (regular) to 1.30× (bold) as wide: measured with fontkit on a sentence of the site's prose.
 */
export const SYSTEM_SANS_FACTOR = 1.3;
/** Lines a paragraph takes at `width` px in the widest system sans, wrapped at spaces as the browser wraps it. */
const lines = (text: string, fontPx: number, width: number, weight: Weight = 400) =>
  text ? wrapText(text, width / SYSTEM_SANS_FACTOR, fontPx, weight).length : 0;

/**
 * The height of the embed at `frameWidth`, from the viewBox of the drawing
 * that shows at that width (narrow or wide, as chart.css picks) plus the text around it, estimated line by line
 * with embed.css's sizes, plus a margin. Computed at build time because a
 * static build has no browser to measure in; tests/browser/embed-hosts.test.ts
 * measures every chart at 600 px and checks it fits without much to spare.
 */
export function estimateEmbedHeight(p: HeightParts, frameWidth = 600): number {
  const cw = frameWidth;
  let h = 2 * EMBED_PADDING;
  h += lines(p.title, 18, cw, 700) * 22.5 + 4; // .chart-title 1.125rem/1.25
  h += lines(p.subtitle, 15, cw) * 21 + 9.6; // .chart-subtitle 0.9375rem/1.4
  const legend = cw < NARROW_EMBED ? (p.legendNarrow ?? p.legend) : p.legend;
  if (legend.length) {
    // Flex-wrapped items: a 16 px swatch, a gap and the label at 13 px; 1 rem between items.
    let rows = 1;
    let x = 0;
    for (const item of legend) {
      const w = 22 + textWidth(item, 13) * SYSTEM_SANS_FACTOR;
      if (x > 0 && x + 16 + w > cw) {
        rows++;
        x = w;
      } else x += (x > 0 ? 16 : 0) + w;
      rows += Math.max(0, Math.ceil(w / cw) - 1);
    }
    h += rows * 20 + (rows - 1) * 3.2 + 8;
  }
  const drawing = (cw >= p.breakpoint ? p.variants[1] : undefined) ?? p.variants[0]!;
  h += (drawing.height * Math.min(cw, drawing.maxWidth)) / drawing.width;
  h += 8; // .chart-caption margin
  // The notes' <summary> and the data table's, closed: on one line when the notes are folded (embed.css).
  if (!(p.notes.length && p.notesFolded)) {
    for (const n of p.notes) h += lines(n, 13, cw - 18) * 18.85;
    if (p.notes.length) h += 6.4;
  }
  h += 9.6 + 32;
  for (const f of p.footer) h += 8 + lines(f, 13, cw) * 18.85;
  return Math.ceil((h * 1.04 + 12) / 10) * 10;
}

/** Below this frame width the embed shows its phone layout (embed.css: max-width 479.98px; the charts' narrow drawings). */
export const NARROW_EMBED = 480;

/**
 * The widths a fixed-height frame is shown at: the code sets width 600 and max-width 100%, so the frame is 600 px wide
 * in any wider column and as narrow as the column on a phone (320 and 375 px: the smallest and the commonest phones).
 */
export const FIXED_FRAME_WIDTHS = [320, 375, OEMBED_WIDTH] as const;

/**
 * The fixed-height code's height: the tallest the embed is at any of FIXED_FRAME_WIDTHS, so the frame never clips it.
 * On a phone the chart is taller than at 600 px (its narrow drawing, text wrapped to more lines); at 600 px the frame
 * keeps some empty space below the credit instead. tests/browser/embed-heights.test.ts measures every embed at these
 * widths and fails if this is less than the page's real height.
 */
export function fixedEmbedHeight(p: HeightParts): number {
  return Math.max(...FIXED_FRAME_WIDTHS.map((w) => estimateEmbedHeight(p, w)));
}

// ——— The embed 404 ———

/**
 * The page a host serves for any /embed/… address that does not exist (an
 * unknown chart id or release): self-contained (inline CSS and script), so it
 * works at whatever address it is served from, styled like an embed, and it
 * reports its height like one, so the host's iframe does not stay at a wrong
 * size or scroll.
 */
export function embed404Html(o: { siteName: string; siteUrl: string; locale: Locale; css: string; script: string; chartsPath: string }): string {
  const e = (s: string) => attr(s);
  const site = o.siteName;
  return `<!doctype html>
<html lang="${e(o.locale)}" dir="ltr">
<head>
<meta charset="utf-8">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base target="_blank">
<script>${THEME_SCRIPT}</script>
<title>${e(ct('embed.404.title', {}, o.locale))} · ${e(site)}</title>
<meta name="description" content="${e(ct('embed.404.description', { site }, o.locale))}">
<link rel="canonical" href="${e(o.siteUrl + localePath('/embed/404.html', o.locale))}">
<meta name="robots" content="noindex">
<style>${o.css.replace(/<\//g, '<\\/')}</style>
</head>
<body class="embed embed-404">
<main>
<h1>${e(ct('embed.404.title', {}, o.locale))}</h1>
<p>${e(ct('embed.404.body', {}, o.locale))}</p>
<p><a href="${e(o.chartsPath)}">${e(ct('embed.404.link', { site }, o.locale))}</a></p>
</main>
<script>${o.script}</script>
</body>
</html>
`;
}
