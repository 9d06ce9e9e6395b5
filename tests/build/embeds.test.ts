/**
 * The built embeds (docs/design.md §5 "Embeds", §4 budgets): every chart has an
 * embed page and a pinned embed per release, an oEmbed document with absolute
 * URLs, a PNG and an SVG; embed pages are noindex, open links in a new tab,
 * carry no site header, navigation or footer, say who made the chart and from
 * what data, and stay within 34 KB; /embed.js stays within 1.5 KB; chart
 * pages offer the codes and oEmbed discovery; the sitemap leaves embeds out. The same for the Ukrainian embeds
 * (/uk/embed/…), with a budget of their own (tests/helpers/weight.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, builtPages, fileForUrl, parse } from '../helpers/dist.ts';
import { EMBED_BUDGET, UK_EMBED_BUDGET, UK_EMBED_PREMIUM_MAX, pageWeight } from '../helpers/weight.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { SITE } from '../../src/site.ts';
import { latestDataset, listReleases, loadRelease } from '../../src/data/load.ts';
import { checkRequirements } from '../../src/charts/requirements.ts';
import type { ChartDefinition } from '../../src/charts/types.ts';
import * as fontkit from 'fontkit';
import { pinnedEmbeds, siteName } from '../../src/lib/embed-files.ts';
import { CREDIT_NAME_MAX } from '../../src/data/credit.ts';
import { labelText } from '../../src/fonts/embed-font.ts';
import { ct } from '../../src/i18n/charts.ts';
import { chartsEn } from '../../src/i18n/charts.en.ts';
import { chartsUk } from '../../src/i18n/charts.uk.ts';
import { uk } from '../../src/i18n/uk.ts';

const pages = builtPages();
const embedPages = pages.filter((p) => p.url.startsWith('/embed/'));
const ukEmbedPages = pages.filter((p) => p.url.startsWith('/uk/embed/'));
const versions = listReleases();
const current = latestDataset().version;
/** The releases a chart can be drawn from: a chart added later (warrant-map, with dataset 1.2.0) has no pinned embed for older data. */
const versionsOf = (chart: ChartDefinition) =>
  versions.filter((v) => {
    try {
      checkRequirements(chart, loadRelease(v));
      return true;
    } catch {
      return false;
    }
  });
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/**
 * A credit line at most this long: site, up to three short publisher names (CREDIT_NAME_MAX each) or two and "N
 * others", dataset version; about three lines on a phone.
 */
const CREDIT_LINE_MAX = 160;

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('embed files exist for every chart', () => {
  it(`the current dataset v${current} is a published release`, () => {
    expect(versions).toContain(current);
  });

  for (const chart of CHARTS) {
    it(`${chart.id}: /embed/${chart.id}/, a pinned embed for every release, PNG and SVG`, () => {
      const missing = [
        `/embed/${chart.id}/`,
        `/embed/${chart.id}/oembed.json`,
        `/charts/${chart.id}.png`,
        `/charts/${chart.id}.svg`,
        ...versionsOf(chart).flatMap((v) => [`/embed/v${v}/${chart.id}/`, `/embed/v${v}/${chart.id}/oembed.json`, `/embed/v${v}/${chart.id}.png`]),
      ].filter((u) => !fileForUrl(u));
      expect(missing, `${chart.id}: missing files`).toEqual([]);
    });

    for (const version of [undefined, current]) {
      const base = version ? `/embed/v${version}/${chart.id}/` : `/embed/${chart.id}/`;
      it(`${base}oembed.json is valid oEmbed 1.0 "rich" with absolute URLs`, () => {
        const doc = JSON.parse(readFileSync(fileForUrl(base + 'oembed.json')!, 'utf8')) as Record<string, unknown>;
        expect(doc.type).toBe('rich');
        expect(doc.version).toBe('1.0');
        for (const k of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url']) expect(typeof doc[k], `${k}`).toBe('string');
        for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) {
          expect(Number.isInteger(doc[k]) && (doc[k] as number) > 0, `${k} must be a positive integer, is ${String(doc[k])}`).toBe(true);
        }
        expect(doc.provider_name).toBe(SITE.name);
        for (const k of ['provider_url', 'thumbnail_url', 'author_url']) expect(doc[k], k).toMatch(new RegExp(`^${SITE.url.replace(/\./g, '\\.')}/`));
        const html = doc.html as string;
        const frame = parse(`<body>${html}</body>`).querySelector('iframe');
        expect(frame?.getAttribute('src')).toBe(SITE.url + base);
        expect(frame?.getAttribute('title'), 'the iframe needs a title').toBeTruthy();
        expect(html).toContain(`<script src="${SITE.url}/embed.js"`);
        // The thumbnail is a real file and its size is stated correctly.
        const thumbPath = new URL(doc.thumbnail_url as string).pathname;
        const thumb = fileForUrl(thumbPath);
        expect(thumb, `no file for ${thumbPath}`).toBeTruthy();
        expect(pngSize(thumb!)).toEqual({ width: doc.thumbnail_width, height: doc.thumbnail_height });
      });
    }
  }
});

describe('embed pages', () => {
  it('every embed page is listed here: latest, pinned per release, and the 404', () => {
    expect(embedPages.length).toBe(CHARTS.reduce((n, c) => n + 1 + versionsOf(c).length, 0) + 1);
    // Every chart can be drawn from the newest release.
    for (const c of CHARTS) expect(versionsOf(c), c.id).toContain(versions[versions.length - 1]);
  });

  for (const page of [...embedPages, ...ukEmbedPages]) {
    const budget = page.url.startsWith('/uk/') ? UK_EMBED_BUDGET : EMBED_BUDGET;
    it(`${page.url}: noindex, <base target="_blank">, no site header, navigation or footer, within ${budget / 1000} KB`, () => {
      const doc = parse(page.html);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), 'robots noindex').toBe('noindex');
      const base = doc.querySelectorAll('base');
      expect(base.length).toBe(1);
      expect(base[0]!.getAttribute('target'), 'links must open outside the frame').toBe('_blank');
      expect(base[0]!.hasAttribute('href'), '<base href> would change where relative links go').toBe(false);
      for (const sel of ['.site-header', '.site-footer', 'header', 'footer', 'nav', '.skip-link', '.content-note']) {
        expect(doc.querySelector(sel), `${page.url} has ${sel}`).toBeNull();
      }
      expect(page.html, 'no top-level navigation from inside the frame').not.toMatch(/target="_top"|top\.location|parent\.location/);
      const w = pageWeight(page.url, page.html);
      const total = w.html.gz + w.css.gz + w.js.gz + w.fonts.gz;
      expect(total, `${page.url}: ${total} B gzipped (HTML ${w.html.gz}, CSS ${w.css.gz}, JS ${w.js.gz}, fonts ${w.fonts.gz}) > ${budget}`).toBeLessThanOrEqual(budget);
      expect(w.fonts.gz, 'embeds use system fonts').toBe(0);
      // The height reporter is inline, so it arrives with the page and works at any address (the 404).
      const inline = [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n');
      expect(inline, 'the height-reporting script is missing').toContain('datawrapper-height');
      expect(inline).toContain('embed-size');
      expect(inline).toContain('xPYMx');
    });
  }

  for (const chart of CHARTS) {
    for (const version of [undefined, ...versionsOf(chart)]) {
      const url = version ? `/embed/v${version}/${chart.id}/` : `/embed/${chart.id}/`;
      it(`${url}: the chart, its title and takeaway, the credit line and a link to the chart page`, () => {
        const page = pages.find((p) => p.url === url);
        expect(page, `${url} was not built`).toBeTruthy();
        const doc = parse(page!.html);
        expect(doc.documentElement.getAttribute('data-embed')).toBe(chart.id);
        expect(doc.querySelector(`figure.chart[data-chart="${chart.id}"] h1.chart-title`)?.textContent, 'title').toBeTruthy();
        expect(doc.querySelector('.chart-subtitle')?.textContent, 'takeaway').toBeTruthy();
        expect(doc.querySelectorAll('.chart-body svg').length, 'the drawings are in the HTML').toBeGreaterThanOrEqual(2);
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE.url}/charts/${chart.id}/`);
        const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
        expect(oembed?.getAttribute('href')).toBe(`${SITE.url}${url}oembed.json`);
        const v = version ?? current;
        const credit = doc.querySelector('[data-embed-credit]');
        expect(text(credit?.textContent)).toMatch(new RegExp(`^Chart: ${SITE.name} · Data: .+ · Dataset v${v.replace(/\./g, '\\.')}$`));
        expect(credit?.querySelector(`a[href="/charts/${chart.id}/"]`), 'a link to the chart page').toBeTruthy();
        expect(credit?.querySelectorAll('a[href^="/sources/#"]').length, 'links to the sources').toBeGreaterThan(0);
        const notice = doc.querySelector('[data-embed-notice]');
        const later = versions.filter((x) => x !== v && versions.indexOf(x) > versions.indexOf(v));
        if (version && later.length) {
          expect(text(notice?.textContent), `${url}: v${v} is not the newest release`).toBe(`Data as of v${v} · newer data available`);
          expect(notice?.querySelector('a')?.getAttribute('href')).toBe(`/charts/${chart.id}/`);
        } else {
          expect(notice, `${url}: no newer release, so no notice`).toBeNull();
        }
      });
    }
  }

  it('/embed/404.html is a self-contained, styled page (no asset it could miss at another address)', () => {
    const page = pages.find((p) => p.url === '/embed/404.html')!;
    const doc = parse(page.html);
    expect(doc.querySelector('h1')?.textContent).toBe('Chart not found');
    expect(doc.querySelectorAll('link[rel="stylesheet"], script[src]').length).toBe(0);
    expect(doc.querySelector('style')?.textContent, 'its styles are inline').toContain('.embed-404');
    expect(doc.querySelector('a[href="/charts/"]'), 'a way on to the charts').toBeTruthy();
  });

  it('every credit line, English and Ukrainian, latest and pinned, names its publishers short: no brackets, none long', () => {
    const all = [...embedPages, ...ukEmbedPages].filter((p) => !p.url.endsWith('404.html'));
    expect(all.length).toBeGreaterThan(2 * CHARTS.length);
    const bad: string[] = [];
    let longest = 0;
    for (const p of all) {
      const credit = parse(p.html).querySelector('[data-embed-credit]');
      if (!credit) continue; // embed pages test says it is there
      const names = [...credit.querySelectorAll('a[href*="/sources/#"]')].map((a) => text(a.textContent));
      if (!names.length) bad.push(`${p.url}: no publisher named`);
      for (const n of names) if (n.length > CREDIT_NAME_MAX || /[()[\]]/.test(n)) bad.push(`${p.url}: ${JSON.stringify(n)}`);
      const line = text(credit.textContent);
      longest = Math.max(longest, line.length);
      if (line.length > CREDIT_LINE_MAX) bad.push(`${p.url}: ${line.length} characters: ${line}`);
    }
    expect(bad).toEqual([]);
    expect(longest, 'the check reads the credit lines').toBeGreaterThan(60);
  });
});

describe('/embed.js', () => {
  const file = join(DIST, 'embed.js');
  it('exists and is at most 1.5 KB gzipped', () => {
    expect(existsSync(file), 'dist/embed.js is missing').toBe(true);
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    expect(gz, `embed.js is ${gz} B gzipped`).toBeLessThanOrEqual(1500);
  });
  it('has no dependencies: no import, no require, no other script', () => {
    const js = readFileSync(file, 'utf8');
    expect(js).not.toMatch(/\bimport\s*[("'{]|\brequire\(|createElement\(["']script/);
    expect(js).toContain('iframe[data-taken-embed]');
  });
});

describe('chart pages offer the embed', () => {
  for (const chart of CHARTS) {
    it(`/charts/${chart.id}/: oEmbed discovery, four codes latest and pinned, a lazy live preview`, () => {
      const page = pages.find((p) => p.url === `/charts/${chart.id}/`)!;
      const doc = parse(page.html);
      const link = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
      expect(link?.getAttribute('href')).toBe(`${SITE.url}/embed/${chart.id}/oembed.json`);
      expect(link?.getAttribute('title')).toBeTruthy();
      expect(link?.parentElement?.tagName.toLowerCase(), 'the discovery link belongs in <head>').toBe('head');
      const section = doc.querySelector('section.embed-codes');
      expect(section, 'no embed section').toBeTruthy();
      const kinds = [...section!.querySelectorAll('.embed-code')].map((e) => e.getAttribute('data-kind'));
      expect(kinds).toEqual(['responsive', 'pym', 'fixed', 'image']);
      for (const code of section!.querySelectorAll('.embed-code')) {
        const latest = code.querySelector('pre[data-variant="latest"]')?.textContent ?? '';
        const pinned = code.querySelector('pre[data-variant="pinned"]')?.textContent ?? '';
        expect(latest, `${code.getAttribute('data-kind')}: latest`).toContain(SITE.url);
        expect(pinned, `${code.getAttribute('data-kind')}: pinned`).toContain(`v${current}`);
        expect(code.querySelector('button[data-embed-copy]'), 'a copy button').toBeTruthy();
      }
      // Codes come after the chart and before the sources.
      const html = page.html;
      expect(html.indexOf('class="embed-codes')).toBeGreaterThan(html.indexOf('class="chart"'));
      expect(html.indexOf('class="embed-codes')).toBeLessThan(html.indexOf('id="sources-heading"'));
      const preview = section!.querySelectorAll('details iframe[data-taken-embed]');
      expect(preview.length).toBe(2);
      for (const f of preview) {
        expect(f.getAttribute('loading')).toBe('lazy');
        expect(f.getAttribute('title')).toBeTruthy();
      }
      expect(doc.querySelector('script[src="/embed.js"]'), 'the preview is sized by /embed.js').toBeTruthy();
      expect(html, 'our page must never load pym.js itself').not.toMatch(/<script[^>]+src="https:\/\/pym/);
    });
  }
});

describe('sitemap', () => {
  it('leaves embed pages out', () => {
    const inMap = sitemapPaths().filter((p) => p.startsWith('/embed'));
    expect(inMap).toEqual([]);
  });
});

/**
 * The Ukrainian embeds (/uk/embed/…): the same pages in Ukrainian. Latest for every chart; pinned only where the
 * release's chart can be drawn wholly in Ukrainian (pinnedEmbeds('uk'), src/lib/pinned-locale.ts); every word from
 * the chart dictionary in Ukrainian, links to the Ukrainian pages, and a chart font that can set every label.
 */
describe('Ukrainian embeds', () => {
  const ukPinned = pinnedEmbeds('uk');
  const site = siteName('uk');
  const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /**
   * English chart-dictionary phrases (pieces of two or more words between placeholders) the Ukrainian dictionary does
   * not share, of 10 characters or more. Single words are left out, and names that are also a publisher's or a source's title
   * (printed as written): a place's English name ("Moscow") is in "The Moscow Times".
   */
  const names = JSON.stringify(latestDataset().sources.map((x) => [x.publisher, x.title]));
  const ukChartText = JSON.stringify(chartsUk);
  const probes = [...new Set(
    Object.values(chartsEn)
      .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
      .flatMap((x) => x.split(/\{\w+\}/))
      .map((x) => x.trim().replace(/^[.,:;·—–()]+|[.,:;·—–()]+$/g, '').trim())
      .filter((x) => x.length >= 10 && /\p{L}+ \p{L}+/u.test(x) && !ukChartText.includes(x) && !names.includes(x)),
  )];

  it('builds the latest embed of every chart, the pinned ones pinnedEmbeds(\'uk\') names (and no other), and the 404', () => {
    const want = [
      ...CHARTS.map((c) => `/uk/embed/${c.id}/`),
      ...ukPinned.map((p) => `/uk/embed/v${p.version}/${p.id}/`),
      '/uk/embed/404.html',
    ].sort();
    expect(ukEmbedPages.map((p) => p.url).sort()).toEqual(want);
    const missing = [
      ...CHARTS.flatMap((c) => [`/uk/embed/${c.id}/oembed.json`, `/uk/charts/${c.id}.png`]),
      ...ukPinned.flatMap((p) => [`/uk/embed/v${p.version}/${p.id}/oembed.json`, `/uk/embed/v${p.version}/${p.id}.png`]),
    ].filter((u) => !fileForUrl(u));
    expect(missing).toEqual([]);
    // Fewer pinned embeds than in English: the oldest releases' translations do not cover every chart.
    expect(ukPinned.length).toBeLessThan(pinnedEmbeds('en').length);
  });

  for (const chart of CHARTS) {
    const versionsUk = ukPinned.filter((p) => p.id === chart.id).map((p) => p.version);
    for (const version of [undefined, ...versionsUk]) {
      const url = version ? `/uk/embed/v${version}/${chart.id}/` : `/uk/embed/${chart.id}/`;
      it(`${url}: in Ukrainian, linking the Ukrainian pages, credit and notice from the dictionary, no English chart words`, () => {
        const page = ukEmbedPages.find((p) => p.url === url);
        expect(page, `${url} was not built`).toBeTruthy();
        const doc = parse(page!.html);
        expect(doc.documentElement.getAttribute('lang')).toBe('uk');
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE.url}/uk/charts/${chart.id}/`);
        expect(doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href')).toBe(`${SITE.url}${url}oembed.json`);
        const v = version ?? current;
        const credit = doc.querySelector('[data-embed-credit]');
        const [chartWord, dataWord, datasetWord] = (['embed.credit.chart', 'embed.credit.data', 'embed.credit.dataset'] as const).map((k) => ct(k, {}, 'uk'));
        expect(text(credit?.textContent)).toMatch(new RegExp(`^${re(chartWord!)} ${re(site)} · ${re(dataWord!)} .+ · ${re(datasetWord!)} v${re(v)}$`));
        expect(credit?.querySelector(`a[href="/uk/charts/${chart.id}/"]`), 'a link to the Ukrainian chart page').toBeTruthy();
        expect(credit?.querySelectorAll('a[href^="/uk/sources/#"]').length, 'links to the Ukrainian sources').toBeGreaterThan(0);
        const notice = doc.querySelector('[data-embed-notice]');
        if (version && version !== versions.at(-1)) {
          expect(text(notice?.textContent)).toBe(`${ct('embed.notice', { version: v }, 'uk')} · ${ct('embed.noticeLink', {}, 'uk')}`);
          expect(notice?.querySelector('a')?.getAttribute('href')).toBe(`/uk/charts/${chart.id}/`);
        } else expect(notice).toBeNull();
        // No English chart word outside an element marked lang="en" (a publisher's name, a source's title).
        for (const el of [...doc.querySelectorAll('[lang]')]) if (el.tagName !== 'HTML' && /^en\b/.test(el.getAttribute('lang')!)) el.remove();
        for (const el of [...doc.querySelectorAll('script, style')]) el.remove();
        const shown = [doc.title, doc.body.textContent ?? '', ...[...doc.querySelectorAll('[aria-label], [title], [alt]')].flatMap((el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''))].join('\n');
        expect(probes.length).toBeGreaterThan(100);
        expect(probes.filter((p) => shown.includes(p))).toEqual([]);
      });
    }

    it(`/uk/embed/${chart.id}/: its chart font has a glyph for every character its Ukrainian labels use`, () => {
      const html = ukEmbedPages.find((p) => p.url === `/uk/embed/${chart.id}/`)!.html;
      const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
      const want = labelText(svgs);
      expect(want.regular + want.bold, 'Cyrillic labels').toMatch(/[а-яіїєґ]/i);
      const faces = [...html.matchAll(/@font-face\{[^}]*?base64,([A-Za-z0-9+/=]+)\)[^}]*?font-weight:(\d+)/g)].map((m) => ({
        weight: Number(m[2]),
        font: fontkit.create(Buffer.from(m[1]!, 'base64')) as fontkit.Font,
      }));
      expect(faces.length, 'inlined chart font faces').toBeGreaterThan(0);
      for (const [weight, chars] of [[400, want.regular], [700, want.bold]] as const) {
        if (!chars) continue;
        const face = faces.find((f) => f.weight === weight);
        expect(face, `${weight}: no face for its labels`).toBeTruthy();
        expect([...chars].filter((c) => c !== ' ' && !face!.font.hasGlyphForCodePoint(c.codePointAt(0)!)), `${weight}`).toEqual([]);
      }
    });

    it(`/uk/embed/${chart.id}/: at most ${UK_EMBED_PREMIUM_MAX} × the English embed's bytes`, () => {
      const weigh = (url: string) => {
        const w = pageWeight(url, readFileSync(fileForUrl(url)!, 'utf8'));
        return w.html.gz + w.css.gz + w.js.gz + w.fonts.gz;
      };
      const uk = weigh(`/uk/embed/${chart.id}/`);
      const en = weigh(`/embed/${chart.id}/`);
      expect(uk / en, `${uk} B vs ${en} B`).toBeLessThanOrEqual(UK_EMBED_PREMIUM_MAX);
    });
  }

  for (const version of [undefined, current]) {
    for (const chart of CHARTS) {
      const base = version ? `/uk/embed/v${version}/${chart.id}/` : `/uk/embed/${chart.id}/`;
      it(`${base}oembed.json: Ukrainian title and provider, the Ukrainian frame and thumbnail, absolute URLs`, () => {
        const doc = JSON.parse(readFileSync(fileForUrl(base + 'oembed.json')!, 'utf8')) as Record<string, unknown>;
        expect(doc.type).toBe('rich');
        expect(doc.provider_name).toBe(site);
        expect(doc.provider_url).toBe(`${SITE.url}/uk/`);
        expect(doc.author_url).toBe(`${SITE.url}/uk/charts/${chart.id}/`);
        expect(doc.title).toMatch(/[а-яіїєґ]/i);
        const frame = parse(`<body>${doc.html as string}</body>`).querySelector('iframe');
        expect(frame?.getAttribute('src')).toBe(SITE.url + base);
        expect(frame?.getAttribute('title')).toBe(ct('embed.frameTitle', { title: doc.title as string, site }, 'uk'));
        const thumbPath = new URL(doc.thumbnail_url as string).pathname;
        expect(thumbPath.startsWith('/uk/')).toBe(true);
        expect(pngSize(fileForUrl(thumbPath)!)).toEqual({ width: doc.thumbnail_width, height: doc.thumbnail_height });
      });
    }
  }

  it('/uk/embed/404.html is the embed 404 in Ukrainian, self-contained, with a way on to the Ukrainian charts', () => {
    const doc = parse(ukEmbedPages.find((p) => p.url === '/uk/embed/404.html')!.html);
    expect(doc.documentElement.getAttribute('lang')).toBe('uk');
    expect(doc.querySelector('h1')?.textContent).toBe(ct('embed.404.title', {}, 'uk'));
    expect(doc.querySelectorAll('link[rel="stylesheet"], script[src]').length).toBe(0);
    expect(doc.querySelector('a[href="/uk/charts/"]')).toBeTruthy();
  });

  for (const chart of CHARTS) {
    it(`/uk/charts/${chart.id}/: oEmbed discovery and codes for the Ukrainian embeds, every word of the codes section in Ukrainian`, () => {
      const doc = parse(pages.find((p) => p.url === `/uk/charts/${chart.id}/`)!.html);
      const link = doc.querySelector('head link[rel="alternate"][type="application/json+oembed"]');
      expect(link?.getAttribute('href')).toBe(`${SITE.url}/uk/embed/${chart.id}/oembed.json`);
      const section = doc.querySelector('section.embed-codes')!;
      expect(section.querySelector('h2')?.textContent).toBe(uk['embedCodes.heading']);
      for (const code of section.querySelectorAll('.embed-code')) {
        expect(code.querySelector('pre[data-variant="latest"]')?.textContent, code.getAttribute('data-kind')!).toContain(`${SITE.url}/uk/`);
        expect(code.querySelector('pre[data-variant="pinned"]')?.textContent).toContain(`/uk/embed/v${current}/${chart.id}`);
      }
      const frames = [...section.querySelectorAll('details iframe')].map((f) => f.getAttribute('src'));
      expect(frames).toEqual([`/uk/embed/${chart.id}/`, `/uk/embed/v${current}/${chart.id}/`]);
      // The copy script's words, from the dictionary: it has none of its own.
      const words = JSON.parse(section.getAttribute('data-copy-words')!) as Record<string, string>;
      expect(words.copy).toBe(uk['embedCodes.copy']);
      expect(words.copiedSay).toBe(uk['embedCodes.copiedSay']);
      // Which WordPress roles can paste which code, in Ukrainian; the product's menu names marked as English.
      const where = section.querySelector('.embed-where')!;
      expect(where.textContent).toContain(uk['embedCodes.wpAny.roles']);
      expect(where.textContent).toContain(uk['embedCodes.wpAdmin.lead']);
      expect(where.querySelector('[lang="en"]')?.textContent).toBe(uk['embedCodes.customHtml']);
    });
  }
});
