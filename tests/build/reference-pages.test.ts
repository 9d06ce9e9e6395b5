/**
 * The reference pages in both languages as built (/timeline/, /sources/, /data/, /updates/ and their /uk/ pages),
 * and /search/'s promise:
 * - the timeline lists every event at its anchor, in its year, with its date in the page's language, its chapter
 *   (the chapter in the page's language where it exists, else the English one with hreflang) and its sources;
 * - /sources/ marks publishers' names, titles and quotes with their language, and gives a quote in another language
 *   our translation, marked as ours, with the original beside it;
 * - /data/ names each figure in a row header, shows every value with its unit (issue 10: "80%", not "80"), and
 *   names each release's files by version; in Ukrainian it says that the files and the changelog are in English;
 * - "What relies on it" links (SourceList, on chart pages) name their source (issue 17);
 * - /search/ in each language describes only what that language's index holds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForUrl, parse } from '../helpers/dist.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset, quoteTranslation, unitLabel } from '../../src/data/translations.ts';
import { formatCount, formatDate, formatFigureValue } from '../../src/i18n/format.ts';
import { LOCALES, t, type Locale } from '../../src/i18n/index.ts';
import { existsIn } from '../../src/i18n/translated.ts';
import { localePath } from '../../src/i18n/paths.ts';

function page(url: string): Document {
  const file = fileForUrl(url);
  if (!file) throw new Error(`${url} was not built`);
  return parse(readFileSync(file, 'utf8'));
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** Where a page in `locale` links for a site path: the page in its language where it exists, else the English one. */
const linkFor = (path: string, locale: Locale) => (existsIn(path, locale) ? localePath(path, locale) : path);

for (const locale of LOCALES) {
  const ds = localizeDataset(latestDataset(), locale);

  describe(`${localePath('/timeline/', locale)}`, () => {
    const doc = page(localePath('/timeline/', locale));
    it('lists every event at its anchor, in its year, with date, chapter, title, summary and source links in the page’s language', () => {
      const problems: string[] = [];
      for (const e of ds.events) {
        const li = doc.getElementById(e.id)?.closest('li');
        if (!li) { problems.push(`${e.id}: no list item`); continue; }
        if (text(li.closest('[data-timeline-group]')?.querySelector('h3')) !== e.date.slice(0, 4)) problems.push(`${e.id}: not under its year`);
        if (!squash(text(li.querySelector('time'))).includes(squash(formatDate(e.date, locale)))) problems.push(`${e.id}: date text`);
        const chapter = li.querySelector(`a[href="${linkFor(`/chapters/${e.chapter}/`, locale)}"]`);
        if (!chapter || text(chapter) !== t(`chapter.${e.chapter}`, {}, locale)) problems.push(`${e.id}: chapter link`);
        if (!existsIn(`/chapters/${e.chapter}/`, locale) && chapter?.getAttribute('hreflang') !== 'en') problems.push(`${e.id}: English chapter link without hreflang`);
        if (text(doc.getElementById(e.id)) !== e.title) problems.push(`${e.id}: title`);
        if (!text(li).includes(e.summary)) problems.push(`${e.id}: summary`);
        for (const s of e.sources) if (!li.querySelector(`a[href="${localePath(`/sources/#${s}`, locale)}"]`)) problems.push(`${e.id}: no link to its source ${s}`);
      }
      expect(problems).toEqual([]);
    });
    it('puts the chapter filter’s buttons above the timeline, in the page’s language, with "all" pressed', () => {
      const group = doc.querySelector('.chart[data-chart="events-timeline"] .timeline-filter[role="group"]');
      expect(group, 'the filter group is in the HTML, before the drawing').not.toBeNull();
      let next = group!.nextElementSibling;
      while (next?.tagName === 'SCRIPT') next = next.nextElementSibling;
      expect(next?.classList.contains('chart-body'), 'the drawing follows the buttons').toBe(true);
      expect(group!.getAttribute('aria-label')).toBe(t('timeline.filter.label', {}, locale));
      const buttons = [...group!.querySelectorAll('button')];
      expect(buttons.map((b) => text(b))).toEqual([t('timeline.filter.all', {}, locale), ...['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations'].map((c) => t(`chapter.${c}` as 'chapter.filtration', {}, locale))]);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false', 'false', 'false']);
      const words = JSON.parse(group!.getAttribute('data-filter')!) as { showing: { other: string } };
      expect(words.showing.other).toBeTruthy();
    });
  });

  describe(`${localePath('/sources/', locale)}`, () => {
    const doc = page(localePath('/sources/', locale));
    it('has every source at its anchor, its title marked with the publication’s language where that is not the page’s', () => {
      const bad: string[] = [];
      for (const s of ds.sources) {
        const li = doc.getElementById(s.id);
        if (!li) { bad.push(`${s.id}: missing`); continue; }
        const title = li.querySelector('.source-head a');
        const want = s.language === locale ? null : s.language;
        if (title?.getAttribute('lang') !== want) bad.push(`${s.id}: title lang ${title?.getAttribute('lang')} (want ${want})`);
      }
      expect(bad).toEqual([]);
    });
    it('shows each figure’s quote as written; in another language than the page’s, with our translation marked as ours', () => {
      const bad: string[] = [];
      let translated = 0;
      for (const f of ds.figures) {
        const s = ds.sources.find((x) => x.id === f.sources[0])!;
        const item = [...doc.getElementById(s.id)!.querySelectorAll('.uses > li')].find((li) => li.querySelector(`a[href$="#fig-${f.id}"]`));
        if (!item) { bad.push(`${f.id}: not under ${s.id}`); continue; }
        if (!squash(text(item)).includes(squash(formatFigureValue(f, locale, unitLabel)))) bad.push(`${f.id}: value with its unit`);
        const original = [...item.querySelectorAll('blockquote, blockquote [lang]')].reverse().find((el) => text(el).includes(f.quote.trim().slice(0, 40)));
        if (!original) { bad.push(`${f.id}: quote not shown`); continue; }
        const lang = original.closest('[lang]')?.getAttribute('lang');
        if (s.language !== locale && lang !== s.language) bad.push(`${f.id}: original marked lang=${lang}, source is ${s.language}`);
        const tr = locale === 'en' ? undefined : quoteTranslation('figures', f.id, locale);
        if (tr) {
          translated++;
          if (!text(item.querySelector('.quote-translated')).includes(tr)) bad.push(`${f.id}: translation not shown`);
          if (!text(item.querySelector('.quote-original')).startsWith(`(${t('cite.translation', {}, locale)}`)) bad.push(`${f.id}: translation not marked as ours`);
        }
      }
      expect(bad).toEqual([]);
      if (locale !== 'en') expect(translated, 'quotes shown with our translation').toBeGreaterThan(20);
    });
  });

  describe(`${localePath('/data/', locale)}`, () => {
    const doc = page(localePath('/data/', locale));
    it('names each figure in a row header and shows its value with its unit (never a bare number)', () => {
      const bad: string[] = [];
      for (const f of ds.figures) {
        const row = doc.getElementById(`fig-${f.id}`);
        const th = row?.querySelector('th[scope="row"]');
        if (text(th) !== f.label) bad.push(`${f.id}: row header "${text(th)}"`);
        const value = squash(text(row?.querySelector('.fig-value')));
        if (value !== squash(formatFigureValue(f, locale, unitLabel))) bad.push(`${f.id}: value "${value}"`);
        if (/^\d[\d\s.,]*$/.test(value)) bad.push(`${f.id}: a bare number "${value}"`);
      }
      expect(bad).toEqual([]);
      const percent = ds.figures.find((f) => f.id === 'un-coi-not-returned-80');
      if (percent) expect(squash(text(doc.querySelector('#fig-un-coi-not-returned-80 .fig-value')))).toBe(locale === 'en' ? '80%' : '80 %');
    });
    it('names every downloadable file by its release, so the list of links tells them apart', () => {
      const names = [...doc.querySelectorAll('#downloads ~ p a[href^="/data/"], #downloads ~ ul a[href^="/data/"]')]
        .filter((a) => /\.(json|csv)$/.test(a.getAttribute('href')!) && !a.getAttribute('href')!.endsWith('schema.json'))
        .map((a) => a.getAttribute('aria-label') ?? text(a));
      expect(names.length).toBeGreaterThan(20);
      const hrefs = new Set([...doc.querySelectorAll('a[href^="/data/v"]')].map((a) => a.getAttribute('href')));
      // The latest release is linked twice (its short address and its versioned one): the same name for the same file is fine.
      expect(new Set(names).size).toBeGreaterThanOrEqual(hrefs.size);
    });
    it('offers "Cite this" for the dataset in the page’s language: the dataset’s title, its version, the site’s name and the page’s own address', () => {
      const cite = doc.querySelector('.cite-this[data-cite]');
      expect(cite, `${localePath('/data/', locale)}: no Cite this`).not.toBeNull();
      expect(text(cite!.querySelector('h2'))).toBe(t('citeThis.heading', {}, locale));
      const data = JSON.parse(cite!.getAttribute('data-cite')!) as { kind: string; locale: string; title: string; version: string; url: string };
      expect([data.kind, data.locale, data.title, data.version]).toEqual(['dataset', locale, ds.title, ds.version]);
      expect(new URL(data.url).pathname).toBe(localePath('/data/', locale));
      const apa = text(cite!.querySelector('[data-style="apa"]'));
      expect(apa).toContain(`${t('site.name', {}, locale)}. (`);
      expect(apa).toContain(`[${t('cite.kind.dataset', {}, locale)}]`);
      expect(text(cite!.querySelector('[data-style="bibtex"]'))).toContain(`title = {{${ds.title}}}`);
      expect(text(cite!.querySelector('[data-style="chicago"]')), 'one full stop after a date').not.toMatch(/\.\./);
    });
    if (locale !== 'en') {
      it('says the files and the changelog are in English, and marks the changelog lang="en"', () => {
        expect(text(doc.querySelector('main'))).toContain(t('data.filesLanguage', {}, locale));
        expect(text(doc.querySelector('main'))).toContain(t('data.changelogLanguage', {}, locale));
        expect(doc.querySelector('.changelog')?.getAttribute('lang')).toBe('en');
        expect(doc.querySelector('a[href="/data/dataset.json"]'), 'the same file as on /data/').not.toBeNull();
      });
    }
  });

  describe(`${localePath('/updates/', locale)}`, () => {
    const doc = page(localePath('/updates/', locale));
    it('lists the updates with the page’s words, the changelog text marked English on a page in another language', () => {
      expect(text(doc.querySelector('h1'))).toBe(t('updates.title', {}, locale));
      const entries = doc.querySelectorAll('.update-list > li');
      expect(entries.length).toBeGreaterThan(3);
      if (locale !== 'en') {
        for (const body of doc.querySelectorAll('.update-release .update-body > p:first-child')) expect(body.closest('[lang="en"]'), text(body).slice(0, 60)).not.toBeNull();
        expect(doc.querySelector(`a[href="${localePath('/data/', locale)}"]`)).not.toBeNull();
      }
    });
  });

  describe(`${localePath('/search/', locale)}`, () => {
    it('describes only what this language’s search index holds', () => {
      const doc = page(localePath('/search/', locale));
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      const indexed = new Set(builtPages().filter((p) => /\sdata-pagefind-body[\s>=]/.test(p.html)).map((p) => p.url));
      const items: Array<[string, Parameters<typeof t>[0]]> = [
        ['/timeline/', 'search.in.timeline'], ['/sources/', 'search.in.sources'], ['/glossary/', 'search.in.glossary'],
        ['/data/', 'search.in.data'], ['/methodology/', 'search.in.methodology'], ['/teach/', 'search.in.teach'],
      ];
      for (const [path, key] of items) {
        expect(description.includes(t(key, {}, locale)), `${path} in the description iff indexed`).toBe(indexed.has(localePath(path, locale)));
      }
      const chapters = [...indexed].filter((u) => u.startsWith(localePath('/chapters/', locale)));
      expect(description.includes(formatCount('search.in.chapters', chapters.length, locale)), 'chapters mentioned iff indexed').toBe(chapters.length > 0);
    });
  });
}

describe('SourceList (chart pages)', () => {
  it('names each "What relies on it" link for its source', () => {
    const doc = page('/charts/returns-over-time/');
    const names = [...doc.querySelectorAll('.source-list a[href^="/sources/#"]')].map((a) => text(a));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n.startsWith(`${t('sources.reliesOn', {}, 'en')}: `)).toBe(true);
  });
});
