/**
 * The educators' pages in the built site: /teach/ links every chapter section
 * (read from the MDX) and every one of its links and anchors resolves, as do
 * the glossary's; each chapter section has its anchor, a "#" link and a copy
 * button; every chapter ends with "Cite this", a print button and a print
 * footer with its address and the dataset version; every chart page cites
 * itself; each chapter has a one-page handout with its key facts, three
 * questions, its terms and its address.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForUrl, parse, builtPage } from '../helpers/dist.ts';
import { sectionIds } from '../../src/lib/chapter-refs.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset, unitLabel } from '../../src/data/translations.ts';
import { formatFigureValue } from '../../src/i18n/format.ts';
import { pt } from '../../src/i18n/pages.ts';

const ds = latestDataset();
const pages = builtPages();
const page = (url: string) => builtPage(pages, url);
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const raw = readFileSync(`content/chapters/${f}`, 'utf8');
    const keyFacts = [...(/keyFacts:\s*\n((?:\s+-\s+.+\n)+)/.exec(raw)?.[1] ?? '').matchAll(/-\s+(\S+)/g)].map((m) => m[1]!);
    return { id: f.replace(/\.mdx$/, ''), body: raw.replace(/^---[\s\S]*?---/, ''), keyFacts };
  });
const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as Array<{ id: string; aliases?: string[] }>;

const idCache = new Map<string, Set<string>>();
function idsAt(path: string): Set<string> | undefined {
  const file = fileForUrl(path);
  if (!file || !file.endsWith('.html')) return undefined;
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...parse(readFileSync(file, 'utf8')).querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    idCache.set(file, ids);
  }
  return ids;
}
/** Internal links on a page whose file or #anchor does not exist. */
function brokenLinks(url: string): string[] {
  const doc = page(url);
  const broken: string[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!;
    if (/^(https?:)?\/\//.test(href) || /^(mailto|tel):/.test(href)) continue;
    const target = new URL(href, `http://site${url}`);
    if (!fileForUrl(target.pathname)) {
      broken.push(`${href}: no page`);
      continue;
    }
    const hash = decodeURIComponent(target.hash.slice(1));
    const ids = idsAt(target.pathname);
    if (hash && ids && !ids.has(hash)) broken.push(`${href}: no element with id "${hash}"`);
  }
  return broken;
}

describe('/teach/', () => {
  const doc = page('/teach/');
  const hrefs = [...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);

  it('every link and anchor on it resolves', () => {
    const broken = brokenLinks('/teach/');
    expect(broken, `/teach/ has broken links:\n${broken.join('\n')}`).toEqual([]);
  });

  it('links every section of every chapter, by its stable id', () => {
    const missing = chapters.flatMap((c) => sectionIds(c.body).map((s) => `/chapters/${c.id}/#${s.id}`)).filter((h) => !hrefs.includes(h));
    expect(missing, `sections /teach/ does not link:\n${missing.join('\n')}`).toEqual([]);
  });

  it('gives age guidance and a content note', () => {
    const text = doc.querySelector('main')!.textContent!;
    expect(text).toMatch(/15 and over/);
    expect(doc.getElementById('content-note'), 'a content-note heading').not.toBeNull();
  });

  it('has, for each chapter, objectives, a summary with dataset figures, key terms, questions, an activity and its handout', () => {
    for (const c of chapters) {
      const section = doc.getElementById(c.id)?.closest('section');
      expect(section, `/teach/ has no section for ${c.id}`).toBeTruthy();
      for (const part of ['objectives', 'summary', 'terms', 'questions', 'activity', 'sections']) {
        expect(section!.querySelector(`#${c.id}-${part}`), `/teach/ ${c.id}: no ${part} heading`).not.toBeNull();
      }
      expect(section!.querySelectorAll('[data-fact]').length, `/teach/ ${c.id}: the summary shows no dataset figure`).toBeGreaterThan(0);
      expect(section!.querySelectorAll('a[href^="/glossary/#"]').length, `/teach/ ${c.id}: no key terms linked`).toBeGreaterThanOrEqual(3);
      expect(section!.querySelector('a[href^="/charts/"]'), `/teach/ ${c.id}: the activity links no chart`).not.toBeNull();
      expect(section!.querySelector('a[href="/data/"]'), `/teach/ ${c.id}: the activity does not link /data/`).not.toBeNull();
      expect(section!.querySelector(`a[href="/teach/${c.id}/handout/"]`), `/teach/ ${c.id}: no handout link`).not.toBeNull();
    }
  });

  it('has a safety kit: content note and ground rules to read aloud, help with checked helplines, families, opt-out, disclosures, affected classes', () => {
    for (const id of ['safety-kit', 'content-note', 'ground-rules', 'if-affected', 'for-families', 'opt-out', 'disclosures', 'affected-classes']) {
      expect(doc.getElementById(id), `/teach/#${id}`).not.toBeNull();
    }
    const kit = doc.getElementById('safety-kit')!.closest('section')!.textContent!;
    const helplines = JSON.parse(readFileSync('content/helplines.json', 'utf8')) as Array<{ phones: string[] }>;
    for (const h of helplines) expect(kit, `the safety kit lacks ${h.phones.join(' or ')}`).toContain(h.phones.join(' or '));
    expect(doc.querySelectorAll('#ground-rules + ol > li').length, 'ground rules').toBeGreaterThanOrEqual(4);
  });

  it('has a help box that links the programmes\' own sites, and a teacher-only answer guidance with an assessed task per chapter', () => {
    const help = doc.querySelector('.help-box');
    expect(help, '/teach/ has no help box').not.toBeNull();
    const hosts = [...help!.querySelectorAll('a[href^="http"]')].map((a) => new URL(a.getAttribute('href')!).host);
    expect(hosts).toContain('childrenofwar.gov.ua');
    expect(hosts).toContain('www.bringkidsback.org.ua');
    const only = doc.querySelector('.teacher-only');
    expect(only?.textContent, 'the teacher-only section must say so').toMatch(/Teacher only/);
    for (const c of chapters) {
      const g = only!.querySelector(`#${c.id}-guidance`)?.closest('section');
      expect(g, `no answer guidance for ${c.id}`).toBeTruthy();
      expect(g!.querySelectorAll('.guidance-item').length, `${c.id}: guidance for three questions and the activity`).toBe(4);
      expect(g!.querySelector(`#${c.id}-assessment`), `${c.id}: no assessed task`).not.toBeNull();
      expect(g!.querySelector('.source-a blockquote')?.textContent?.length ?? 0, `${c.id}: Source A`).toBeGreaterThan(40);
      expect(g!.textContent, `${c.id}: mark schemes`).toMatch(/Level 4 \(7–8 marks\)[\s\S]*High \(10–12 points\)/);
    }
  });

  it('has the one-lesson and three-lesson plans', () => {
    expect(doc.getElementById('one-lesson')).not.toBeNull();
    expect(doc.getElementById('three-lessons')).not.toBeNull();
    expect(doc.querySelectorAll('#three-lessons h4').length, 'three lessons').toBe(3);
  });
});

describe('/uk/teach/: the teacher\'s guide in Ukrainian', () => {
  const doc = page('/uk/teach/');
  const en = page('/teach/');
  it('every link and anchor on it resolves', () => {
    const broken = brokenLinks('/uk/teach/');
    expect(broken, `/uk/teach/ has broken links:\n${broken.join('\n')}`).toEqual([]);
  });
  it('has the English guide\'s anchors (every id), so a link to a section works in either language', () => {
    const ids = (d: Document) => [...d.querySelectorAll('main [id]')].map((e) => e.id).filter((id) => !/^(fact-|conf-|kf-)/.test(id)).sort();
    expect(ids(doc)).toEqual(ids(en));
  });
  it('links every section of every chapter, in Ukrainian where the chapter is, else the English one', () => {
    const hrefs = [...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!.replace(/^\/uk\//, '/'));
    const missing = chapters.flatMap((c) => sectionIds(c.body).map((s) => `/chapters/${c.id}/#${s.id}`)).filter((h) => !hrefs.includes(h));
    expect(missing).toEqual([]);
  });
  it('has the safety kit with the Ukrainian helplines, the help box, the lesson plans and the teacher-only answer guidance', () => {
    for (const id of ['safety-kit', 'content-note', 'ground-rules', 'if-affected', 'for-families', 'opt-out', 'disclosures', 'affected-classes', 'one-lesson', 'three-lessons']) {
      expect(doc.getElementById(id), `/uk/teach/#${id}`).not.toBeNull();
    }
    const kit = doc.getElementById('safety-kit')!.closest('section')!.textContent!;
    for (const h of JSON.parse(readFileSync('content/i18n/uk/helplines.json', 'utf8')) as Array<{ phones: string[] }>) {
      // The numbers joined with the Ukrainian "or", never the English one the data once carried.
      expect(kit, `the safety kit lacks ${h.phones.join(' або ')}`).toContain(h.phones.join(' або '));
    }
    const help = doc.querySelector('.help-box');
    expect(help, '/uk/teach/ has no help box').not.toBeNull();
    // The help box prints the same numbers with the Ukrainian "or" (it printed the data's English "116 111 or …").
    expect(help!.textContent).toContain('116 111 або 0 800 500 225');
    expect(help!.textContent).not.toMatch(/\bor\b/);
    const only = doc.querySelector('.teacher-only');
    expect(only?.textContent).toContain(pt('teacherOnly.flag', {}, 'uk'));
    for (const c of chapters) {
      const g = only!.querySelector(`#${c.id}-guidance`)?.closest('section');
      expect(g!.querySelectorAll('.guidance-item').length, `${c.id}: guidance for three questions and the activity`).toBe(4);
      expect(g!.querySelector('.source-a blockquote')?.textContent?.length ?? 0, `${c.id}: Source A`).toBeGreaterThan(40);
    }
  });
});

describe('/glossary/', () => {
  const doc = page('/glossary/');
  it('every link and anchor on it resolves', () => {
    const broken = brokenLinks('/glossary/');
    expect(broken, `/glossary/ has broken links:\n${broken.join('\n')}`).toEqual([]);
  });
  it('has an anchor for every term id and every alias, once', () => {
    for (const g of glossary) {
      for (const anchor of [g.id, ...(g.aliases ?? [])]) expect(doc.querySelectorAll(`[id="${anchor}"]`).length, `/glossary/#${anchor}`).toBe(1);
    }
  });
  it('says where each term is used, and every term is used somewhere', () => {
    const unused = [...doc.querySelectorAll('dt[id]')].filter((dt) => !dt.nextElementSibling?.querySelector('a[href^="/chapters/"]')).map((dt) => dt.id);
    expect(unused, `terms with no "Used in" chapter: ${unused.join(', ')}`).toEqual([]);
  });
});

describe('chapter pages: anchors, copy links, citation and print', () => {
  for (const c of chapters) {
    const url = `/chapters/${c.id}/`;
    it(`${url}: every h2 in the prose has its MDX id, a # link and a copy-link button`, () => {
      const doc = page(url);
      // Section headings come from <H2> (inside .section-head); components such as the help box bring their own h2, with an id.
      const h2s = [...doc.querySelectorAll('.chapter-body .section-head > h2')];
      expect(h2s.map((h) => h.getAttribute('id')), `${url}: section ids differ from the MDX`).toEqual(sectionIds(c.body).map((s) => s.id));
      const loose = [...doc.querySelectorAll('.chapter-body h2')].filter((h) => !h.getAttribute('id')).map((h) => h.textContent);
      expect(loose, `${url}: h2 without an id in the chapter body`).toEqual([]);
      for (const h of h2s) {
        const id = h.getAttribute('id')!;
        const head = h.closest('.section-head');
        expect(head?.querySelector(`a.section-link[href="#${id}"]`), `${url}#${id}: no # link`).toBeTruthy();
        const button = head?.querySelector(`button.copy-link[data-copy-anchor="${id}"]`);
        expect(button, `${url}#${id}: no copy-link button`).toBeTruthy();
        expect(button!.getAttribute('type'), `${url}#${id}: the copy button must be type=button`).toBe('button');
      }
    });

    it(`${url}: every retired section id (an <H2> alias) still lands on the page`, () => {
      const ids = idsAt(url)!;
      const lost = sectionIds(c.body).flatMap((s) => s.aliases.filter((a) => !ids.has(a)).map((a) => `#${a} (now #${s.id})`));
      expect(lost, `${url}: aliases with no anchor:\n${lost.join('\n')}`).toEqual([]);
    });

    it(`${url}: ends with "Cite this", a print footer with its address and the dataset version, and a print button`, () => {
      const doc = page(url);
      const cite = doc.querySelector('.cite-this[data-cite]');
      expect(cite, `${url}: no Cite this`).toBeTruthy();
      const data = JSON.parse(cite!.getAttribute('data-cite')!) as { kind: string; version: string; url: string };
      expect(data.kind).toBe('page');
      expect(data.version).toBe(ds.version);
      expect(data.url.endsWith(url), `${url}: the citation cites ${data.url}`).toBe(true);
      for (const style of ['apa', 'mla', 'chicago', 'bibtex']) expect(cite!.querySelector(`[data-style="${style}"]`)?.textContent, `${url}: ${style}`).toBeTruthy();
      const footer = doc.querySelector('.print-only.print-footer');
      expect(footer, `${url}: no print footer`).toBeTruthy();
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(footer!.textContent, `${url}: the print footer lacks the address`).toContain(canonical);
      expect(footer!.textContent, `${url}: the print footer lacks the dataset version`).toContain(`v${ds.version}`);
      expect(doc.querySelector('button[data-print]')?.closest('.no-print'), `${url}: the print button must sit in a .no-print block`).toBeTruthy();
    });

    it(`${url}: carries the help box, linking the programmes' own sites`, () => {
      const help = page(url).querySelectorAll('.help-box');
      expect(help.length, `${url}: help boxes`).toBe(1);
      const hosts = [...help[0]!.querySelectorAll('a[href^="http"]')].map((a) => new URL(a.getAttribute('href')!).host);
      expect(hosts, `${url}: help box links`).toEqual(expect.arrayContaining(['childrenofwar.gov.ua', 'www.bringkidsback.org.ua']));
    });

    it(`${url}: shows its reading time and summary at the top`, () => {
      const doc = page(url);
      expect(doc.querySelector('.chapter-meta')?.textContent).toMatch(/\d+ min read/);
      expect(doc.querySelector('.summary-box')?.textContent?.length ?? 0).toBeGreaterThan(80);
    });
  }
});

describe('chart pages cite themselves', () => {
  for (const chart of CHARTS) {
    it(`/charts/${chart.id}/ has a "Cite this" for the chart, pinned to the dataset version`, () => {
      const cite = page(`/charts/${chart.id}/`).querySelector('.cite-this[data-cite]');
      expect(cite, `/charts/${chart.id}/: no Cite this`).toBeTruthy();
      const data = JSON.parse(cite!.getAttribute('data-cite')!) as { kind: string; version: string; title: string };
      expect(data.kind).toBe('chart');
      expect(data.version).toBe(ds.version);
      expect(data.title).toBe(chart.describe(ds, 'en').title);
    });
  }
});

/** The teaching unit in each language: the English at the root, the Ukrainian under /uk/ (content/i18n/uk/teach.json). */
const units = [
  { locale: 'en' as const, prefix: '', file: 'content/teach.json' },
  { locale: 'uk' as const, prefix: '/uk', file: 'content/i18n/uk/teach.json' },
];

describe('activity sheets', () => {
  for (const u of units) {
    const teachFile = JSON.parse(readFileSync(u.file, 'utf8')) as Array<{ id: string; activity?: { steps: string[]; charts: string[] } }>;
    for (const c of chapters) {
      const url = `${u.prefix}/teach/${c.id}/activity/`;
      it(`${url}: every step with answer space, the charts it uses with their tables, the safety note, no answer guidance`, () => {
        const doc = page(url);
        const teach = teachFile.find((t) => t.id === c.id)!;
        expect(doc.documentElement.getAttribute('lang'), `${url}: lang`).toBe(u.locale);
        expect(doc.querySelectorAll('.sheet-steps > li').length, `${url}: steps`).toBe(teach.activity!.steps.length);
        expect(doc.querySelectorAll('.ws-chart').length, `${url}: charts`).toBe(teach.activity!.charts.length);
        expect(doc.querySelector('.safety-student'), `${url}: safety note`).not.toBeNull();
        expect(doc.querySelector('.teacher-only, .guidance'), `${url}: answer guidance`).toBeNull();
        expect(brokenLinks(url), `${url}: broken links`).toEqual([]);
      });
    }
  }
});

describe('handouts', () => {
  for (const u of units) {
    const lds = localizeDataset(ds, u.locale);
    for (const c of chapters) {
      const url = `${u.prefix}/teach/${c.id}/handout/`;
      it(`${url}: a worksheet: safety note, chart with its table, who produced each number, questions with answer space, full terms, the chapter's address`, () => {
        const doc = page(url);
        expect(doc.documentElement.getAttribute('lang'), `${url}: lang`).toBe(u.locale);
        const safety = doc.querySelector('.safety-student')?.textContent ?? '';
        expect(safety, `${url}: content note`).toContain(pt('safety.student.before', {}, u.locale));
        expect(safety, `${url}: content note`).toContain(pt('safety.note', {}, u.locale).slice(0, 60));
        expect(safety, `${url}: ground rules`).toContain(pt('safety.student.rules', {}, u.locale));
        expect(safety, `${url}: where to get help`).toContain(pt('safety.student.lead', {}, u.locale).replace(/^, /, '').slice(0, 20));
        expect(doc.querySelector('.ws-chart svg'), `${url}: no chart`).not.toBeNull();
        expect(doc.querySelectorAll('.ws-table tbody tr').length, `${url}: the chart's data table`).toBeGreaterThan(0);
        const table = doc.querySelector('.figure-table')?.textContent ?? '';
        const values = [...doc.querySelectorAll('.figure-table tbody td.num')].map((td) => td.textContent);
        for (const id of c.keyFacts) {
          const f = lds.figures.find((x) => x.id === id)!;
          expect(table, `${url}: the figure table lacks ${id}'s producer`).toContain(f.claimant);
          // The number with its unit, as /data/ prints it ("80 %", "19 546 дітей"), never a bare number or a hand-made "%".
          expect(values, `${url}: ${id}'s value with its unit`).toContain(formatFigureValue(f, u.locale, unitLabel));
        }
        expect(doc.querySelectorAll('.handout-questions > li').length, `${url}: questions`).toBe(3);
        for (const li of doc.querySelectorAll('.handout-questions > li')) expect(li.querySelectorAll('.answer-lines span').length, `${url}: answer space`).toBeGreaterThanOrEqual(2);
        expect(doc.querySelectorAll('.handout-terms dt').length, `${url}: key terms`).toBeGreaterThanOrEqual(3);
        expect(doc.querySelector('.sheet-foot')?.textContent, `${url}: no chapter address`).toContain(`/chapters/${c.id}/`);
        expect(doc.querySelector('.cite-this'), `${url}: no citation`).not.toBeNull();
        expect(doc.querySelector('.teacher-only, .guidance'), `${url}: answer guidance must never be on a student handout`).toBeNull();
        expect(brokenLinks(url), `${url}: broken links`).toEqual([]);
      });
    }
  }

  it('the Ukrainian sheets keep the English sheets\' anchors (ids), so a teacher\'s link works in either language', () => {
    for (const c of chapters) {
      for (const kind of ['handout', 'activity']) {
        const ids = (url: string) => [...page(url).querySelectorAll('main [id]')].map((e) => e.id).filter((id) => !/^(fact-|conf-|kf-)/.test(id)).sort();
        expect(ids(`/uk/teach/${c.id}/${kind}/`), `/uk/teach/${c.id}/${kind}/`).toEqual(ids(`/teach/${c.id}/${kind}/`));
      }
    }
  });
});
