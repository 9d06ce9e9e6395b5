/**
 * Embed codes, URLs, the pinned embed's "newer data" notice, the fixed-height
 * estimate and the embed stylesheet's tokens (src/lib/embed.ts, src/styles/embed.css).
 */
import { fallbackFamilies } from '../../src/fonts/fallback.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import {
  THEME_SCRIPT,
  creditLine,
  creditSources,
  embed404Html,
  embedCodes,
  embedPath,
  estimateEmbedHeight,
  fixedEmbedHeight,
  newerRelease,
  oembedHtml,
  oembedPath,
  pinnedNotice,
  pngPath,
  chartPagePath,
  chartsIndexPath,
  type EmbedTarget,
  type HeightParts,
} from '../../src/lib/embed.ts';
import { CREDIT_NAME_MAX, creditName, embedCredits } from '../../src/data/credit.ts';
import { latestDataset, listReleases, loadRelease } from '../../src/data/load.ts';

const SITE_URL = 'https://news.example';
const target: EmbedTarget = {
  id: 'returned-share',
  title: 'A "quoted" <title> & more',
  alt: 'Bars for 19,546 and 2,000.',
  height: 640,
  fixedHeight: 910,
  png: { width: 1360, height: 726 },
  locale: 'en',
};

describe('URLs', () => {
  it('latest and pinned embeds, their oEmbed and PNG', () => {
    expect(embedPath('a', 'en')).toBe('/embed/a/');
    expect(embedPath('a', 'en', '1.2.3')).toBe('/embed/v1.2.3/a/');
    expect(oembedPath('a', 'en', '1.2.3')).toBe('/embed/v1.2.3/a/oembed.json');
    expect(pngPath('a', 'en')).toBe('/charts/a.png');
    expect(pngPath('a', 'en', '1.0.0')).toBe('/embed/v1.0.0/a.png');
    expect(chartPagePath('a', 'en')).toBe('/charts/a/');
    expect(chartsIndexPath('en')).toBe('/charts/');
  });

  it('in Ukrainian: the same paths under /uk/', () => {
    expect(embedPath('a', 'uk')).toBe('/uk/embed/a/');
    expect(embedPath('a', 'uk', '1.2.3')).toBe('/uk/embed/v1.2.3/a/');
    expect(oembedPath('a', 'uk')).toBe('/uk/embed/a/oembed.json');
    expect(oembedPath('a', 'uk', '1.2.3')).toBe('/uk/embed/v1.2.3/a/oembed.json');
    expect(pngPath('a', 'uk')).toBe('/uk/charts/a.png');
    expect(pngPath('a', 'uk', '1.0.0')).toBe('/uk/embed/v1.0.0/a.png');
    expect(chartPagePath('a', 'uk')).toBe('/uk/charts/a/');
    expect(chartsIndexPath('uk')).toBe('/uk/charts/');
  });
});

describe('pinned notice (data-driven from the list of releases)', () => {
  it('is absent when the pinned release is the newest', () => {
    expect(pinnedNotice('1.0.0', ['1.0.0'], 'en')).toBeNull();
    expect(pinnedNotice('1.1.0', ['1.0.0', '1.1.0'], 'en')).toBeNull();
    expect(pinnedNotice('2.0.0', [], 'en')).toBeNull();
  });

  it('says "Data as of v<version> · newer data available" when a later release exists', () => {
    const n = pinnedNotice('1.0.0', ['1.0.0', '1.1.0'], 'en');
    expect(n && `${n.text} · ${n.linkText}`).toBe('Data as of v1.0.0 · newer data available');
    expect(n?.newer).toBe('1.1.0');
  });

  it('compares versions numerically and in any order', () => {
    expect(newerRelease('1.9.0', ['1.10.0', '1.9.0', '1.2.0'])).toBe('1.10.0');
    expect(newerRelease('1.0.0', ['2.0.0', '1.0.1', '1.5.0'])).toBe('2.0.0');
    expect(newerRelease('1.0.1', ['1.0.0', '1.0.1'])).toBeUndefined();
  });
});

describe('credit line', () => {
  it('"Chart: <site name> · Data: <sources> · Dataset v<version>"', () => {
    expect(creditLine('Taken from Ukraine', ['ICC', 'OHCHR'], '1.1.0', 'en')).toBe('Chart: Taken from Ukraine · Data: ICC, OHCHR · Dataset v1.1.0');
    expect(creditLine('S', ['A', 'B', 'C'], '1.0.0', 'en')).toBe('Chart: S · Data: A, B, C · Dataset v1.0.0');
  });
  it('names the first two of a longer list of publishers and counts the others', () => {
    expect(creditLine('S', ['A', 'B', 'C', 'D'], '1.0.0', 'en')).toBe('Chart: S · Data: A, B and 2 others · Dataset v1.0.0');
    expect(creditSources(['A', 'B', 'C', 'D', 'E', 'F'])).toEqual({ shown: ['A', 'B'], others: 4 });
  });
  it('names a publisher short: the name before its bracketed detail or qualification', () => {
    expect(creditName('openparliament.ca (House of Commons of Canada, Subcommittee on International Human Rights)')).toBe('openparliament.ca');
    expect(creditName('Vanguard (Nigeria), citing RIA Novosti and NAN')).toBe('Vanguard');
    expect(creditName('Radio Rossii (Детский вопрос)')).toBe('Radio Rossii');
    expect(creditName('Korea JoongAng Daily [Reuters]')).toBe('Korea JoongAng Daily');
    expect(creditName('The Kyiv Independent')).toBe('The Kyiv Independent');
    expect(creditName('France – Ministry for Europe and Foreign Affairs')).toBe('France – Ministry for Europe and Foreign Affairs');
  });
  it('credits each short name once, the first source of that name linked', () => {
    const ds = latestDataset();
    const icc = ds.sources.filter((s) => creditName(s.publisher) === 'International Criminal Court');
    expect(new Set(icc.map((s) => s.publisher)).size, 'the dataset cites the ICC under two publisher names').toBeGreaterThan(1);
    const credits = embedCredits(ds, icc.map((s) => s.id));
    expect(credits).toEqual([{ publisher: 'International Criminal Court', id: icc[0]!.id }]);
  });
  it('every publisher of every release gets a credit name of at most CREDIT_NAME_MAX characters, without brackets', () => {
    const long = new Set<string>();
    for (const v of listReleases()) {
      for (const s of loadRelease(v).sources) {
        const name = creditName(s.publisher);
        if (!name || name.length > CREDIT_NAME_MAX || /[()[\]]/.test(name)) long.add(`${v}: ${JSON.stringify(s.publisher)} -> ${JSON.stringify(name)}`);
      }
    }
    expect([...long]).toEqual([]);
  });
});

describe('embed codes', () => {
  const latest = embedCodes(target, SITE_URL, 'Taken from Ukraine');
  const pinned = embedCodes({ ...target, version: '1.0.0' }, SITE_URL, 'Taken from Ukraine');
  const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

  it('come in four kinds, latest and pinned', () => {
    expect(latest.map((c) => c.kind)).toEqual(['responsive', 'pym', 'fixed', 'image']);
    expect(pinned.map((c) => c.kind)).toEqual(['responsive', 'pym', 'fixed', 'image']);
  });

  it('every URL is absolute on the site URL (pym.js itself comes from the newsroom)', () => {
    for (const c of [...latest, ...pinned]) {
      const urls = [...c.html.matchAll(/(?:src|href)="([^"]+)"/g), ...c.html.matchAll(/new pym\.Parent\("[^"]+", "([^"]+)"/g)].map((m) => m[1]!);
      expect(urls.length, `${c.kind}: no URL found`).toBeGreaterThan(0);
      for (const u of urls) {
        expect(u, `${c.kind}: relative URL ${u}`).toMatch(/^https:\/\//);
        if (!u.includes('pym.nprapps.org')) expect(u.startsWith(SITE_URL + '/'), `${c.kind}: ${u} not on ${SITE_URL}`).toBe(true);
      }
    }
  });

  it('pinned codes point at the release; latest ones do not', () => {
    for (const c of pinned) expect(c.html, c.kind).toContain('v1.0.0');
    for (const c of latest) expect(c.html, c.kind).not.toMatch(/\/v\d/);
  });

  it('iframes carry a title, with quotes and brackets escaped', () => {
    for (const c of latest.filter((c) => c.kind === 'responsive' || c.kind === 'fixed')) {
      const f = doc(c.html).querySelector('iframe');
      expect(f?.getAttribute('title'), c.kind).toBe('Chart: A "quoted" <title> & more (Taken from Ukraine)');
    }
    const pym = latest.find((c) => c.kind === 'pym')!.html;
    expect(pym).toContain('{title: "Chart: A \\"quoted\\" \\u003ctitle> & more (Taken from Ukraine)"}');
  });

  it('responsive: marked for /embed.js, which it loads; starts at the fixed height', () => {
    const d = doc(latest[0]!.html);
    expect(d.querySelector('iframe[data-taken-embed]')?.getAttribute('src')).toBe(`${SITE_URL}/embed/returned-share/`);
    expect(d.querySelector('iframe')?.getAttribute('height')).toBe('640');
    expect(d.querySelector('script')?.getAttribute('src')).toBe(`${SITE_URL}/embed.js`);
    // A min-width would override a theme's content width (WordPress block themes: 1216 px beside 650 px of text);
    // a block box takes the theme's column margins (an inline iframe would sit at the column's left edge).
    expect(d.querySelector('iframe')?.getAttribute('style')).toBe('display:block;width:100%;border:0');
  });

  it("oEmbed HTML: WordPress's shape, a blockquote linking to the chart page, then the iframe with width and height, no style", () => {
    const html = oembedHtml(target, SITE_URL, 'Taken from Ukraine');
    const d = doc(html);
    const q = d.body.firstElementChild!;
    expect(q.tagName).toBe('BLOCKQUOTE');
    expect(q.getAttribute('class')).toBe('wp-embedded-content');
    expect(q.querySelector('a')?.getAttribute('href')).toBe(`${SITE_URL}/charts/returned-share/`);
    expect(q.textContent).toBe('A "quoted" <title> & more · Taken from Ukraine');
    const f = q.nextElementSibling!;
    expect(f.tagName, 'the iframe follows the blockquote (WordPress looks for it after it)').toBe('IFRAME');
    expect(f.getAttribute('src')).toBe(`${SITE_URL}/embed/returned-share/`);
    expect([f.getAttribute('width'), f.getAttribute('height')]).toEqual(['100%', '640']);
    expect(f.hasAttribute('style'), 'WordPress strips inline styles').toBe(false);
    expect(f.getAttribute('title')).toBe('Chart: A "quoted" <title> & more (Taken from Ukraine)');
    // WordPress's filter matches `<blockquote>…</blockquote>` then `<iframe…></iframe>`: the script must come last.
    expect(html.indexOf('<script')).toBeGreaterThan(html.indexOf('</iframe>'));
    expect(oembedHtml({ ...target, version: '1.0.0' }, SITE_URL, 'T')).toContain(`src="${SITE_URL}/embed/v1.0.0/returned-share/"`);
  });

  it('pym: a container, the newsroom pym copy, new pym.Parent, and a <noscript> image', () => {
    const d = doc(latest[1]!.html);
    const id = d.querySelector('div')?.getAttribute('id');
    expect(id).toBe('taken-returned-share');
    expect(latest[1]!.html).toContain(`new pym.Parent("${id}", "${SITE_URL}/embed/returned-share/"`);
    expect(d.querySelector('script[src]')?.getAttribute('src')).toBe('https://pym.nprapps.org/pym.v1.min.js');
    expect(latest[1]!.html).toMatch(/<noscript><a href="[^"]+"><img [^>]*alt="[^"]+"/);
    expect(doc(pinned[1]!.html).querySelector('div')?.getAttribute('id'), 'pinned and latest may share a page').toBe('taken-returned-share-v1-0-0');
  });

  it('fixed: 600 wide, the height that holds the chart at every width (not the 600 px one), no script', () => {
    const f = doc(latest[2]!.html).querySelector('iframe')!;
    expect([f.getAttribute('width'), f.getAttribute('height')]).toEqual(['600', '910']);
    expect(latest[2]!.html).not.toContain('<script');
  });

  it('image: the PNG at 1× size with its alt text, linking to the chart page', () => {
    const d = doc(latest[3]!.html);
    expect(d.querySelector('a')?.getAttribute('href')).toBe(`${SITE_URL}/charts/returned-share/`);
    const img = d.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(`${SITE_URL}/charts/returned-share.png`);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['680', '363']);
    expect(img.getAttribute('alt')).toBe('A "quoted" <title> & more. Bars for 19,546 and 2,000.');
    expect(doc(pinned[3]!.html).querySelector('img')?.getAttribute('src')).toBe(`${SITE_URL}/embed/v1.0.0/returned-share.png`);
  });
});

describe('fixed-height estimate', () => {
  const base: HeightParts = {
    variants: [
      { width: 300, height: 360, maxWidth: 345 },
      { width: 640, height: 400, maxWidth: 736 },
    ],
    breakpoint: 600,
    title: 'A title',
    subtitle: 'A one-line takeaway.',
    legend: ['Verified (counted case by case by an authority)'],
    notes: [],
    footer: ['Chart: Taken from Ukraine · Data: ICC · Dataset v1.0.0'],
  };
  it('at 600 px: the wide drawing scaled to 600 px plus the text around it', () => {
    const h = estimateEmbedHeight(base);
    expect(h).toBeGreaterThan((400 * 600) / 640 + 120);
    expect(h).toBeLessThan((400 * 600) / 640 + 260);
  });
  it('below the breakpoint: the narrow drawing, capped at its max-width', () => {
    const h = estimateEmbedHeight(base, 590);
    expect(h).toBeGreaterThan(360 * (345 / 300) + 120);
    expect(h).toBeLessThan(360 * (345 / 300) + 280);
  });
  it('the fixed height is the tallest of phone and 600 px: the narrow drawing when it is the taller', () => {
    const tallNarrow = { ...base, variants: [{ ...base.variants[0]!, height: 900 }, base.variants[1]!] };
    expect(fixedEmbedHeight(tallNarrow)).toBe(Math.max(estimateEmbedHeight(tallNarrow, 320), estimateEmbedHeight(tallNarrow, 375)));
    expect(fixedEmbedHeight(tallNarrow)).toBeGreaterThan(estimateEmbedHeight(tallNarrow) + 400);
    expect(fixedEmbedHeight(base)).toBeGreaterThanOrEqual(estimateEmbedHeight(base));
  });
  it('a phone gets the short legend when there is one', () => {
    const long = { ...base, legend: ['Verified (counted case by case by an authority, with names)', 'Statement (said by an official, not checked by anyone else)'] };
    expect(estimateEmbedHeight({ ...long, legendNarrow: ['Verified', 'Statement'] }, 320)).toBeLessThan(estimateEmbedHeight(long, 320));
    expect(estimateEmbedHeight({ ...long, legendNarrow: ['Verified', 'Statement'] }, 600)).toBe(estimateEmbedHeight(long, 600));
  });
  it('grows with longer text, notes and a taller drawing', () => {
    const h = estimateEmbedHeight(base);
    expect(estimateEmbedHeight({ ...base, subtitle: 'word '.repeat(60) })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, notes: ['A caveat that a reader needs to know.'] })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, variants: [base.variants[0]!, { ...base.variants[1]!, height: 500 }] })).toBeGreaterThan(h);
  });
});

describe('theme script', () => {
  it('sets data-theme only for light, dark or auto, and marks the page as running scripts', () => {
    for (const [q, want] of [['?theme=dark', 'dark'], ['?theme=light', 'light'], ['?theme=auto', 'auto'], ['?theme=red', null], ['', null]] as const) {
      const attrs: Record<string, string> = {};
      const classes = new Set<string>();
      const root = { setAttribute: (k: string, v: string) => (attrs[k] = v), classList: { add: (c: string) => classes.add(c) } };
      new Function('location', 'document', 'URLSearchParams', THEME_SCRIPT)({ search: q }, { documentElement: root }, URLSearchParams);
      expect(attrs['data-theme'] ?? null, `for "${q}"`).toBe(want);
      expect([...classes], 'the js class (.needs-js controls show)').toEqual(['js']);
    }
  });
});

describe('embed 404 page', () => {
  const html = embed404Html({ siteName: 'Taken from Ukraine', siteUrl: SITE_URL, locale: 'en', chartsPath: '/charts/', css: 'body{margin:0}', script: 'void 0' });
  const d = parseHTML(html).document;
  it('is a noindex page with one h1, links opening in a new tab, and the height script', () => {
    expect(d.documentElement.getAttribute('lang')).toBe('en');
    expect(d.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(d.querySelector('base')?.getAttribute('target')).toBe('_blank');
    expect(d.querySelectorAll('h1').length).toBe(1);
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}/embed/404.html`);
    expect([...d.querySelectorAll('script')].map((s) => s.textContent)).toContain('void 0');
  });
});

describe('embed.css', () => {
  it('repeats global.css colour and font tokens exactly', () => {
    const tokens = (css: string, scope: RegExp) => {
      const block = css.match(scope)?.[1] ?? '';
      return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.replace(/\s+/g, ' ').trim()]));
    };
    const global = tokens(readFileSync('src/styles/global.css', 'utf8'), /:root\s*\{([^}]*)\}/);
    const embed = tokens(readFileSync('src/styles/embed.css', 'utf8'), /:root\s*\{([^}]*)\}/);
    expect(Object.keys(embed).length).toBeGreaterThan(5);
    // The site's stacks name its metric-matched fallback faces (src/fonts/fallback.ts), declared in global.css only: an
    // embed loads no web font to swap to, so its stack is the site's without them.
    const withoutFallbacks = (v: string | undefined) =>
      v?.replace(new RegExp(`'(${fallbackFamilies('Source Sans 3').join('|')})', `, 'g'), '');
    for (const [k, v] of Object.entries(embed)) expect(v, `embed.css ${k} differs from global.css`).toBe(withoutFallbacks(global[k]));
  });
});

describe('embed codes in Ukrainian', () => {
  const uk: EmbedTarget = { ...target, title: 'Скільки дітей повернулися', alt: 'Стовпчики.', locale: 'uk' };
  const site = 'Вивезені з України';
  it('every code points at the Ukrainian embed, chart page and image', () => {
    for (const version of [undefined, '2.0.0']) {
      const t = version ? { ...uk, version } : uk;
      const codes = embedCodes(t, SITE_URL, site);
      const urls = codes.flatMap((c) => [...c.html.matchAll(/(?:src|href)="([^"]+)"|pym\.Parent\([^,]+, "([^"]+)"/g)].map((m) => m[1] ?? m[2]!));
      const ours = urls.filter((u) => u.startsWith(SITE_URL) && !u.endsWith('/embed.js'));
      expect(ours.length).toBeGreaterThan(4);
      for (const u of ours) expect(u, u).toMatch(new RegExp(`^${SITE_URL}/uk/(embed|charts)/`));
      expect(ours).toContain(`${SITE_URL}/uk/embed/${version ? `v${version}/` : ''}returned-share/`);
      expect(ours).toContain(`${SITE_URL}/uk/charts/returned-share/`);
      expect(ours).toContain(`${SITE_URL}${version ? `/uk/embed/v${version}/returned-share.png` : '/uk/charts/returned-share.png'}`);
    }
    const codes = embedCodes(uk, SITE_URL, site);
    expect(codes[0]!.html).toContain('title="Графік: Скільки дітей повернулися (Вивезені з України)"');
    expect(codes[1]!.html, 'a distinct pym container beside the English one').toContain('<div id="taken-uk-returned-share"></div>');
  });

  it('oEmbed HTML links the Ukrainian chart page and frames the Ukrainian embed', () => {
    const d = parseHTML(`<!doctype html><html><body>${oembedHtml(uk, SITE_URL, site)}</body></html>`).document;
    expect(d.querySelector('blockquote a')?.getAttribute('href')).toBe(`${SITE_URL}/uk/charts/returned-share/`);
    expect(d.querySelector('blockquote')?.textContent).toBe('Скільки дітей повернулися · Вивезені з України');
    expect(d.querySelector('iframe')?.getAttribute('src')).toBe(`${SITE_URL}/uk/embed/returned-share/`);
  });

  it('the Ukrainian embed 404 page is canonical at /uk/embed/404.html and links the Ukrainian gallery', () => {
    const html = embed404Html({ siteName: site, siteUrl: SITE_URL, locale: 'uk', css: '', script: '', chartsPath: '/uk/charts/' });
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/uk/embed/404.html">`);
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain('href="/uk/charts/"');
  });
});

describe('embed words in Ukrainian', () => {
  it('credit line, pinned notice, frame title and 404 page come from the chart dictionary in the locale', () => {
    expect(creditLine('Вивезені з України', ['A', 'B', 'C', 'D', 'E'], '2.1.0', 'uk')).toBe('Графіка: Вивезені з України · Дані: A, B та ще 3 джерела · Набір даних v2.1.0');
    expect(creditLine('S', ['A', 'B', 'C', 'D', 'E', 'F', 'G'], '2.1.0', 'uk')).toContain('та ще 5 джерел');
    expect(pinnedNotice('1.0.0', ['1.0.0', '1.1.0'], 'uk')).toEqual({ text: 'Дані станом на v1.0.0', linkText: 'є новіші дані', newer: '1.1.0' });
    const codes = embedCodes({ ...target, locale: 'uk' }, SITE_URL, 'S');
    expect(codes.find((c) => c.kind === 'responsive')!.html).toContain('title="Графік: A &quot;quoted&quot; &lt;title&gt; &amp; more (S)"');
    const html = embed404Html({ siteName: 'S', siteUrl: SITE_URL, locale: 'uk', chartsPath: '/uk/charts/', css: '', script: '' });
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain('<h1>Графік не знайдено</h1>');
    expect(html).toContain('<a href="/uk/charts/">Усі графіки S</a>');
    expect(html).not.toMatch(/Chart not found|See every chart/);
  });
});
