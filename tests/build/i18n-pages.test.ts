/**
 * The Ukrainian edition in the built site: every /uk/ page is in Ukrainian (lang, og:locale, no English UI string
 * outside an element marked lang="en"), hreflang alternates pair up both ways and resolve, src/i18n/translated.ts
 * agrees with what was built, the sitemap links the pairs, and the language switch goes to the same page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, fileForUrl, parse, type BuiltPage } from '../helpers/dist.ts';
import { en } from '../../src/i18n/en.ts';
import { uk } from '../../src/i18n/uk.ts';
import { existsIn } from '../../src/i18n/translated.ts';
import { alternatePath } from '../../src/i18n/paths.ts';
import { CHARTS } from '../../src/charts/index.ts';

const pages = builtPages();
const isPage = (p: BuiltPage) => /<html[\s>]/i.test(p.html) && !/<meta name="robots" content="noindex"/.test(p.html);
const ukPages = pages.filter((p) => p.url.startsWith('/uk/') && isPage(p) && !p.url.startsWith('/uk/embed/'));
const enPages = pages.filter((p) => !p.url.startsWith('/uk/') && isPage(p) && !p.url.startsWith('/embed/'));
const notFound = (p: BuiltPage) => /\/404(\.html|\/)?$/.test(p.url);
const alternates = (doc: Document) =>
  Object.fromEntries([...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]));

/**
 * English UI words to look for on Ukrainian pages: every English dictionary value, cut at its {placeholders}, whose
 * pieces are at least 4 characters with a letter, except pieces the Ukrainian dictionary also uses (names, formats).
 */
const ukText = JSON.stringify(uk);
const probes = [...new Set(
  Object.values(en)
    .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((s) => s.trim().replace(/^[.,:;·—–]+|[.,:;·—–]+$/g, '').trim())
    .filter((s) => s.length >= 4 && /\p{L}/u.test(s) && !ukText.includes(s)),
)];

/** The page's reader-facing text outside elements marked as English, plus its labels and titles. */
function ukOnlyText(doc: Document): string {
  for (const el of [...doc.querySelectorAll('[lang]')]) if (/^en\b/i.test(el.getAttribute('lang')!) && el.tagName !== 'HTML') el.remove();
  for (const el of [...doc.querySelectorAll('script, style, svg title[hidden]')]) el.remove();
  const attrs = [...doc.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  const metas = [...doc.querySelectorAll('meta[name="description"], meta[property="og:title"], meta[property="og:description"]')].map((m) => m.getAttribute('content') ?? '');
  return [doc.querySelector('title')?.textContent ?? '', doc.body?.textContent ?? '', ...attrs, ...metas].join('\n');
}

/**
 * English words of the chapter pages' interface (layout, key facts, inline numbers and their popover, section tools,
 * citations, help box, charts' chrome): none may show on a Ukrainian chapter page, in its text, its labels or the
 * words its scripts read from data attributes, except inside an element marked lang="en" (a quotation, a source's title).
 */
const CHAPTER_UI_WORDS = [
  'Chapter', 'min read', 'Published', 'Text revised', 'Figures checked', 'Data v', 'Print', 'Key facts', 'According to',
  'latest figure', 'unchanged since', 'as of', 'Source:', 'Sources for this chapter', 'Figures from this source',
  'How to cite', 'Cite this', 'Copy', 'Copied', 'Link to', 'Previous chapter', 'Next chapter', 'Need help',
  'looking for a child', 'Close', 'Said by', 'As of', 'Checked', 'Every figure', 'case count', 'estimate', 'statement',
  "Ukraine's government", 'Russian officials', 'Researchers', 'Journalists', 'Retrieved', 'Accessed', 'Last modified',
  'Web page', 'Data set', 'Data table', 'Download', 'Embed', 'our translation', 'read via', 'source:',
];
const wordRe = new RegExp(`(?<![\\p{L}])(?:${CHAPTER_UI_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');

describe('the Ukrainian edition in dist/', () => {
  it('has Ukrainian pages', () => {
    expect(ukPages.map((p) => p.url).sort()).toEqual(expect.arrayContaining(['/uk/search/', '/uk/glossary/']));
  });

  it('marks every /uk/ page as Ukrainian (lang, og:locale) and every English page as English', () => {
    const bad: string[] = [];
    for (const p of ukPages) {
      const doc = parse(p.html);
      if (doc.documentElement.getAttribute('lang') !== 'uk') bad.push(`${p.url}: lang="${doc.documentElement.getAttribute('lang')}"`);
      if (doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') !== 'uk_UA') bad.push(`${p.url}: og:locale`);
    }
    for (const p of enPages) {
      const doc = parse(p.html);
      if (doc.documentElement.getAttribute('lang') !== 'en') bad.push(`${p.url}: lang="${doc.documentElement.getAttribute('lang')}"`);
      if (doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') !== 'en_GB') bad.push(`${p.url}: og:locale`);
    }
    expect(bad).toEqual([]);
  });

  it('shows no English UI string on a /uk/ page outside an element marked lang="en"', () => {
    expect(probes.length, 'probes from the English dictionary').toBeGreaterThan(50);
    const bad: string[] = [];
    for (const p of ukPages) {
      const text = ukOnlyText(parse(p.html));
      for (const probe of probes) if (text.includes(probe)) bad.push(`${p.url}: "${probe}"`);
    }
    expect(bad).toEqual([]);
  });

  it('shows no English interface word on a /uk/chapters/ page (text, labels, script words, popover data)', () => {
    const chapters = ukPages.filter((p) => p.url.startsWith('/uk/chapters/'));
    expect(chapters.length).toBe(4);
    const bad: string[] = [];
    const check = (where: string, text: string) => {
      for (const line of text.split('\n')) {
        const m = wordRe.exec(line);
        if (m) bad.push(`${where}: "${m[0]}" in "${line.trim().slice(Math.max(0, m.index - 40), m.index + 60)}"`);
      }
    };
    for (const p of chapters) {
      const doc = parse(p.html);
      const data = [...doc.querySelectorAll('[data-pop-strings], [data-copy-words], [data-cite-words], [data-cite]')]
        .map((el) => [el.getAttribute('data-pop-strings'), el.getAttribute('data-copy-words'), el.getAttribute('data-cite-words'), el.getAttribute('data-cite')].filter(Boolean).join('\n'));
      expect(data.length, `${p.url}: the scripts' words`).toBeGreaterThanOrEqual(3);
      check(p.url, [ukOnlyText(doc), ...data].join('\n'));
      // The popover's cards for this page's numbers, in Ukrainian (the quote and the source's names stay as written).
      for (const a of [...parse(p.html).querySelectorAll('a.fact-num[data-fact]')].slice(0, 40)) {
        const card = JSON.parse(readFileSync(fileForUrl(`/uk/data/figures/${a.getAttribute('data-fact')}.json`)!, 'utf8')) as Record<string, unknown>;
        check(`${p.url} card ${card.id}`, [card.label, card.provenance, card.how, card.who, card.when, card.checked, card.unit].join('\n'));
      }
    }
    expect(bad).toEqual([]);
  });

  it('shows no English interface word on the /uk/charts/ pages (text, labels, the copy buttons\' words); the codes are code', () => {
    const charts = ukPages.filter((p) => p.url.startsWith('/uk/charts/'));
    expect(charts.length).toBe(1 + CHARTS.length);
    const bad: string[] = [];
    for (const p of charts) {
      const doc = parse(p.html);
      // The embed codes are HTML a newsroom pastes, not text to read (their titles and alt text are in Ukrainian).
      for (const el of [...doc.querySelectorAll('pre, code')]) el.remove();
      const words = [...doc.querySelectorAll('[data-copy-words], [data-cite-words], [data-copy]')].map((el) => [...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => a.value).join('\n'));
      for (const line of [ukOnlyText(doc), ...words].join('\n').split('\n')) {
        const m = wordRe.exec(line);
        if (m) bad.push(`${p.url}: "${m[0]}" in "${line.trim().slice(Math.max(0, m.index - 40), m.index + 60)}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('builds exactly the Ukrainian pages src/i18n/translated.ts lists', () => {
    const bad: string[] = [];
    for (const p of ukPages) if (!existsIn(p.url, 'uk')) bad.push(`${p.url} is built but translated.ts does not list it`);
    for (const p of enPages) {
      if (notFound(p) || !existsIn(p.url, 'uk')) continue;
      if (!fileForUrl(alternatePath(p.url, 'uk'))) bad.push(`${p.url}: translated.ts lists a Ukrainian page that was not built`);
    }
    expect(bad).toEqual([]);
  });

  it('pairs hreflang alternates both ways, with x-default, and every one resolves', () => {
    const bad: string[] = [];
    for (const p of [...ukPages, ...enPages]) {
      if (notFound(p)) continue;
      const alt = alternates(parse(p.html));
      const counterpart = p.url.startsWith('/uk/') ? alternatePath(p.url, 'en') : alternatePath(p.url, 'uk');
      const paired = !!fileForUrl(counterpart) && (p.url.startsWith('/uk/') || existsIn(p.url, 'uk'));
      if (!paired) {
        if (Object.keys(alt).length) bad.push(`${p.url}: hreflang alternates without a counterpart`);
        continue;
      }
      const want = { en: alternatePath(p.url, 'en'), uk: alternatePath(p.url, 'uk'), 'x-default': alternatePath(p.url, 'en') };
      if (JSON.stringify(alt) !== JSON.stringify(want)) bad.push(`${p.url}: ${JSON.stringify(alt)} != ${JSON.stringify(want)}`);
      for (const href of Object.values(alt)) if (!fileForUrl(href)) bad.push(`${p.url}: hreflang ${href} does not resolve`);
    }
    expect(bad).toEqual([]);
  });

  it('has a language switch on every page, to the same page where it exists', () => {
    const bad: string[] = [];
    for (const p of [...ukPages, ...enPages]) {
      if (notFound(p)) continue;
      const a = parse(p.html).querySelector('a[data-lang-switch]');
      const counterpart = p.url.startsWith('/uk/') ? alternatePath(p.url, 'en') : alternatePath(p.url, 'uk');
      const same = (p.url.startsWith('/uk/') || existsIn(p.url, 'uk')) && !!fileForUrl(counterpart);
      if (!a) {
        // An English page without a Ukrainian counterpart has a switch only once the Ukrainian front page exists.
        if (same || p.url.startsWith('/uk/') || fileForUrl('/uk/')) bad.push(`${p.url}: no language switch`);
        continue;
      }
      const href = a.getAttribute('href')!;
      if (!fileForUrl(href)) bad.push(`${p.url}: switch to ${href}, which does not exist`);
      if (same && (href !== counterpart || a.getAttribute('data-lang-switch') !== 'same')) bad.push(`${p.url}: switch to ${href}, not ${counterpart}`);
      if (!a.getAttribute('lang') || a.getAttribute('hreflang') !== a.getAttribute('lang')) bad.push(`${p.url}: switch without lang/hreflang`);
    }
    expect(bad).toEqual([]);
  });

  it('links the pairs in the sitemap (xhtml:link alternates) and lists the /uk/ pages', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const xml = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => readFileSync(join(DIST, new URL(m[1]!).pathname), 'utf8')).join('\n');
    for (const p of ukPages.filter((x) => !notFound(x))) {
      expect(xml, p.url).toContain(`${p.url}</loc>`);
      expect(xml, `${p.url}: alternate`).toMatch(new RegExp(`hreflang="uk" href="[^"]*${p.url.replace(/\//g, '\\/')}"`));
    }
  });

  it('sorts the Ukrainian glossary by Ukrainian collation, «quoted» terms by their first letter', () => {
    const doc = parse(readFileSync(fileForUrl('/uk/glossary/')!, 'utf8'));
    const terms = [...doc.querySelectorAll('dl.glossary dt')].map((dt) => dt.textContent!.trim());
    expect(terms.length).toBeGreaterThan(20);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'uk', { ignorePunctuation: true })));
    expect(terms[0]!.startsWith('«'), 'a quoted term is not put first for its quote mark').toBe(false);
  });

  it('has a Ukrainian 404 page, which the hosts serve for a miss under /uk/', () => {
    const file = fileForUrl('/uk/404/');
    expect(file, '/uk/404/').toBeTruthy();
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toMatch(/^\/uk\/\*\s+\/uk\/404\/\s+404$/m);
    expect(readFileSync(join(DIST, 'nginx.conf'), 'utf8')).toMatch(/location \/uk\/ \{[^}]*error_page 404 \/uk\/404\/;/);
    const doc = parse(readFileSync(file!, 'utf8'));
    expect(doc.querySelector('h1')?.textContent).toBe(uk['notFound.title']);
    expect(doc.documentElement.getAttribute('lang')).toBe('uk');
  });
});
