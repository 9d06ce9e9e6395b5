/**
 * The four chapters, checked from their MDX source and from the built pages
 * (one shared file for every chapter; chapter-specific contracts sit in the
 * SPECIFIC table below):
 * - each chapter exists for every chapter id, with a valid frontmatter, and builds to /chapters/<id>/;
 * - 1,500–3,000 words of prose, at least 2 charts, 10 facts and 5 section anchors, counted in the MDX
 *   and again in the built HTML;
 * - no bare number of 100 or more in the prose, except years and resolution designations ("68/262", "H.Res.564");
 * - every <Fact>, <Cite>, <Term> and <Chart> id exists, and every /sources/#id link on the page resolves;
 * - the Ukrainian chapters (content/i18n/uk/chapters/<id>.mdx, built to /uk/chapters/<id>/ when translated.ts lists
 *   them): a frontmatter of text only, the same sections, figures, charts, citations and terms as the English
 *   chapter, every id of the English page present on the Ukrainian one (a teacher's #anchor works in both), links in
 *   the page's language, lazy drawings loaded in Ukrainian.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as loadYaml } from 'yaml';
import { latestDataset } from '../../src/data/load.ts';
import { CHAPTER_IDS, type ChapterId } from '../../src/data/schema.ts';
import { CHARTS, getChart as getChartDef } from '../../src/charts/index.ts';
import { chapterRefs, proseWords } from '../../src/lib/chapter-refs.ts';
import { DIST, fileForUrl, parse } from '../helpers/dist.ts';
import { translatedChapters } from '../../src/i18n/translated.ts';
import { ukApostrophes } from '../../src/i18n/apostrophe.ts';

const ds = latestDataset();
const figureIds = new Set(ds.figures.map((f) => f.id));
const sourceIds = new Set(ds.sources.map((s) => s.id));
const glossaryIds = new Set((JSON.parse(readFileSync('content/glossary.json', 'utf8')) as Array<{ id: string }>).map((g) => g.id));
const chartIds = new Set(CHARTS.map((c) => c.id));

/** What each chapter promises beyond the shared rules: its section anchors (teachers link to them) and must-have ids. */
const SPECIFIC: Record<ChapterId, { anchors: string[]; facts?: string[]; charts?: string[] }> = {
  'icc-warrants': {
    anchors: ['the-charges', 'what-the-court-was-told', 'lvova-belova', 'in-practice', 'other-findings', 'sanctions-and-resolutions', 'looking-ahead'],
    // The UK sanctions package of September 2025: individuals and organisations.
    facts: ['icc-warrants-count', 'unga-2025-yes', 'unga-2025-no', 'un-coi-confirmed-1205', 'deported-verified', 'uk-sanctions-individuals-pa', 'uk-sanctions-organisations'],
    charts: ['warrant-map', 'events-timeline'],
  },
  filtration: {
    anchors: ['how-children-were-taken', 'filtration', 'camps', 'where-they-were-taken', 'why-the-numbers-differ', 'russian-figures', 'what-is-missing'],
    facts: ['deported-verified', 'russia-claim-700000', 'yale-upper-estimate'],
    charts: ['placement-map', 'deportations-over-time', 'deportation-scale', 'russian-claims'],
  },
  'adoption-pipeline': {
    anchors: ['pipeline', 'citizenship', 'guardianship', 'databases', 'adoptions', 'international-law', 'crimea-2014', 'finding-the-children'],
    charts: ['adoption-pipeline', 'placement-map', 'every-count'],
  },
  negotiations: {
    anchors: ['how-many', 'what-returned-means', 'mediators', 'istanbul-list', 'us-channel', 'russias-account', 'return-mechanism', 'what-would-change'],
    facts: ['returned-verified', 'returned-all-891', 'returned-deported-only-338', 'qatar-reunited', 'istanbul-list', 'istanbul-list-zelensky', 'us-first-lady-2025-10'],
    charts: ['returned-share', 'returns-over-time', 'return-channels'],
  },
};

interface Source {
  id: ChapterId;
  frontmatter: Record<string, unknown>;
  body: string;
}
function readChapter(id: ChapterId, dir = 'content/chapters'): Source {
  const file = `${dir}/${id}.mdx`;
  if (!existsSync(file)) throw new Error(`${file} is missing: every chapter id needs its MDX file`);
  const raw = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) throw new Error(`${file}: no frontmatter block`);
  return { id, frontmatter: loadYaml(m[1]!) as Record<string, unknown>, body: raw.slice(m[0].length) };
}

/** The prose a reader sees: tags (and so their attributes) dropped, link targets and MDX comments removed; Facts and charts leave no text. */
function visibleText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<(Fact|Chart|HelpBox)\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Numbers of 100 or more typed in the prose, other than years (1900–2099) and designations such as 68/262 or H.Res.564. */
function bareNumbers(mdx: string): string[] {
  const text = visibleText(mdx)
    .replace(/\b[A-Z]\.\s?(?:[A-Z][a-z]{0,3}\.\s?)+\d+\b/g, ' ') // H.Res.564, S.Res.236, H.Con.Res.12
    .replace(/\b\d+\/\d+\b/g, ' '); // 68/262, ES-11/4
  return [...text.matchAll(/\d[\d,.]*/g)]
    .map((m) => m[0].replace(/[.,]+$/, ''))
    .filter((v) => {
      const isYear = /^(19|20)\d\d$/.test(v);
      return !isYear && Number(v.replace(/,/g, '')) >= 100;
    });
}

function builtChapter(id: string, prefix = ''): Document {
  const file = fileForUrl(`${prefix}/chapters/${id}/`);
  if (!file) throw new Error(`${prefix}/chapters/${id}/ was not built (looked in ${DIST}): run the build first`);
  return parse(readFileSync(file, 'utf8'));
}

const sourcesPageIds = (() => {
  const file = fileForUrl('/sources/');
  return file ? new Set([...parse(readFileSync(file, 'utf8')).querySelectorAll('[id]')].map((e) => e.id)) : new Set<string>();
})();
const glossaryPageIds = (() => {
  const file = fileForUrl('/glossary/');
  return file ? new Set([...parse(readFileSync(file, 'utf8')).querySelectorAll('[id]')].map((e) => e.id)) : new Set<string>();
})();

describe('the bare-number scan itself', () => {
  it('flags typed numbers and spares years, designations, small numbers and component attributes', () => {
    const sample = [
      'In 2023 some 19,546 children, then 700 more;',
      'resolution 68/262 and H.Res.564 and S.Res.236;',
      'article 8(2)(a)(vii), eight children, 99 homes, 1900 and 2099;',
      '<Fact id="russia-claim-700000" /> <Chart id="deportation-scale" /> <Cite id="x-2024-12345">“quoted”</Cite>',
      '[a link](https://example.org/2024/123456) and 1.5 million; 2100 is not a year.',
    ].join('\n');
    expect(bareNumbers(sample)).toEqual(['19,546', '700', '2100']);
  });
});

describe('every chapter id has a chapter', () => {
  it('content/chapters holds exactly one MDX file per chapter id, with distinct reading orders 1–4', () => {
    const orders = CHAPTER_IDS.map((id) => readChapter(id).frontmatter.order);
    expect([...orders].sort()).toEqual([1, 2, 3, 4]);
  });
});

for (const id of CHAPTER_IDS) {
  describe(`chapter: ${id}`, () => {
    const { frontmatter: fm, body } = readChapter(id);
    const refs = chapterRefs(body, typeof fm.lead === 'string' ? fm.lead : undefined);
    const spec = SPECIFIC[id];

    it('has a valid frontmatter (the rules of src/content.config.ts and the writers’ brief)', () => {
      const problems: string[] = [];
      const str = (k: string) => (typeof fm[k] === 'string' ? (fm[k] as string) : (problems.push(`${k} is not a string`), ''));
      if (fm.id !== id) problems.push(`id is ${JSON.stringify(fm.id)}, but the file is ${id}.mdx`);
      if (str('title').length < 5) problems.push('title is shorter than 5 characters');
      const d = str('description').length;
      if (d < 50 || d > 200) problems.push(`description has ${d} characters (50–200)`);
      if (str('summary').length < 80) problems.push('summary is shorter than 80 characters');
      for (const k of ['published', 'updated']) if (!/^\d{4}-\d{2}-\d{2}$/.test(str(k))) problems.push(`${k} is not an ISO date`);
      if (str('updated') < str('published')) problems.push('updated is before published');
      const objectives = fm.objectives as unknown;
      if (!Array.isArray(objectives) || objectives.length < 3 || objectives.length > 4) problems.push('objectives: 3–4 learning objectives');
      const keyFacts = fm.keyFacts as unknown;
      if (!Array.isArray(keyFacts) || keyFacts.length < 3) problems.push('keyFacts: at least 3 figure ids');
      else for (const k of keyFacts) if (!figureIds.has(String(k))) problems.push(`keyFacts: unknown figure id "${k}"`);
      if (fm.lead !== undefined && !chartIds.has(String(fm.lead))) problems.push(`lead: unknown chart id "${fm.lead}"`);
      const known = ['id', 'title', 'description', 'order', 'summary', 'objectives', 'published', 'updated', 'keyFacts', 'lead'];
      for (const k of Object.keys(fm)) if (!known.includes(k)) problems.push(`unknown frontmatter field "${k}"`);
      expect(problems, `content/chapters/${id}.mdx frontmatter`).toEqual([]);
    });

    it('builds to /chapters/<id>/ from its MDX: the title, summary and key facts come from the frontmatter', () => {
      const doc = builtChapter(id);
      expect(doc.querySelector('h1')?.textContent?.trim()).toBe(fm.title);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(fm.description);
      expect(doc.querySelector('.summary-box')?.textContent).toContain(fm.summary as string);
      const keyFacts = [...doc.querySelectorAll('.key-facts [data-fact]')].map((e) => e.getAttribute('data-fact'));
      expect(keyFacts).toEqual(fm.keyFacts);
    });

    it('has 1,500–3,000 words of prose', () => {
      const words = proseWords(body);
      expect(words, `${id}: ${words} words`).toBeGreaterThanOrEqual(1500);
      expect(words, `${id}: ${words} words`).toBeLessThanOrEqual(3000);
    });

    it('has at least 5 section anchors, as <H2 id>, in the MDX and in the built page, in the same order', () => {
      expect(body, 'use <H2 id="…"> for section headings, not markdown ##').not.toMatch(/^##\s/m);
      const mdx = [...body.matchAll(/<H2\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
      expect(mdx.length, `${id}: section anchors in the MDX`).toBeGreaterThanOrEqual(5);
      expect(mdx, `${id}: the anchors teachers link to changed`).toEqual(spec.anchors);
      const built = [...builtChapter(id).querySelectorAll('.chapter-body .section-head h2[id]')].map((h) => h.id);
      expect(built, `${id}: section anchors in the built page`).toEqual(mdx);
    });

    it('has at least 10 facts and 2 charts, in the MDX and in the built page', () => {
      const factTags = [...body.matchAll(/<Fact\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]);
      expect(factTags.length, `${id}: <Fact> tags`).toBeGreaterThanOrEqual(10);
      const doc = builtChapter(id);
      // The key-facts box, where a chapter places it in its MDX (<KeyFacts />), is not the prose's own figures.
      const builtFacts = [...doc.querySelectorAll('.chapter-body [data-fact]')].filter((e) => !e.closest('.key-facts')).map((e) => e.getAttribute('data-fact'));
      expect(builtFacts, `${id}: every <Fact> renders, in order`).toEqual(factTags);
      expect(refs.charts.length, `${id}: charts in the MDX (its lead chart included)`).toBeGreaterThanOrEqual(2);
      const builtCharts = [
        ...[...doc.querySelectorAll('.chapter-lead figure.chart[data-chart], .chapter-body figure.chart[data-chart]')].map((e) => e.getAttribute('data-chart')!),
        ...[...doc.querySelectorAll('.chapter-body [data-scrolly]')].map((e) => e.getAttribute('data-scrolly')!),
      ];
      expect(new Set(builtCharts), `${id}: every chart renders`).toEqual(new Set(refs.charts));
      if (spec.facts) expect(refs.facts).toEqual(expect.arrayContaining(spec.facts));
      if (spec.charts) expect(refs.charts).toEqual(expect.arrayContaining(spec.charts));
    });

    it('types no number of 100 or more by hand (years and resolution designations aside)', () => {
      expect(bareNumbers(body), `${id}: use <Fact id="…" /> for these numbers`).toEqual([]);
    });

    it('cites only figures, sources, glossary terms and charts that exist', () => {
      const terms = [...body.matchAll(/<Term\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
      expect(refs.facts.filter((f) => !figureIds.has(f)), 'unknown <Fact> ids').toEqual([]);
      expect(refs.cites.filter((c) => !sourceIds.has(c)), 'unknown <Cite> ids').toEqual([]);
      expect(terms.filter((t) => !glossaryIds.has(t)), 'unknown <Term> ids').toEqual([]);
      expect(refs.charts.filter((c) => !chartIds.has(c)), 'unknown chart ids').toEqual([]);
    });

    it('links every source and glossary term on the built page to an anchor that exists', () => {
      const doc = builtChapter(id);
      const broken: string[] = [];
      for (const a of doc.querySelectorAll('a[href^="/sources/#"]')) {
        const target = a.getAttribute('href')!.slice('/sources/#'.length);
        if (!sourcesPageIds.has(target)) broken.push(a.getAttribute('href')!);
      }
      for (const a of doc.querySelectorAll('a[data-source]')) if (!sourceIds.has(a.getAttribute('data-source')!)) broken.push(`cite ${a.getAttribute('data-source')}`);
      for (const a of doc.querySelectorAll('a[href^="/glossary/#"]')) {
        if (!glossaryPageIds.has(a.getAttribute('href')!.slice('/glossary/#'.length))) broken.push(a.getAttribute('href')!);
      }
      expect(doc.querySelectorAll('a[href^="/sources/#"]').length, `${id}: no source links at all`).toBeGreaterThan(10);
      expect(broken, `${id}: links to missing anchors`).toEqual([]);
    });
  });
}

const ukGlossaryIds = (() => {
  const file = fileForUrl('/uk/glossary/');
  return file ? new Set([...parse(readFileSync(file, 'utf8')).querySelectorAll('[id]')].map((e) => e.id)) : new Set<string>();
})();
const tags = (body: string, re: RegExp) => [...body.matchAll(re)].map((m) => m[1]!);

describe('the chapters in Ukrainian', () => {
  it('are built for every translated chapter, and all four are', () => {
    expect(translatedChapters('uk').sort()).toEqual([...CHAPTER_IDS].sort());
    const built = readdirSync(join(DIST, 'uk', 'chapters')).filter((d) => existsSync(join(DIST, 'uk', 'chapters', d, 'index.html')));
    expect(built.sort()).toEqual(translatedChapters('uk').sort());
  });

  for (const id of translatedChapters('uk') as ChapterId[]) {
    describe(`/uk/chapters/${id}/`, () => {
      const en = readChapter(id);
      const uk = readChapter(id, 'content/i18n/uk/chapters');

      it('has a frontmatter of text only: order, dates, key facts and lead come from the English chapter', () => {
        expect(Object.keys(uk.frontmatter).sort()).toEqual(['description', 'id', 'objectives', 'summary', 'title', 'translated'].sort());
        expect(uk.frontmatter.id).toBe(id);
        expect((uk.frontmatter.objectives as unknown[]).length).toBe((en.frontmatter.objectives as unknown[]).length);
      });

      it('has the English chapter’s sections, figures, charts, citations and terms', () => {
        const same = (re: RegExp, what: string) => expect(tags(uk.body, re), `${id}: ${what}`).toEqual(tags(en.body, re));
        same(/<H2\b[^>]*\bid="([^"]+)"/g, 'section ids');
        // A translation may order a sentence's numbers differently; it has the same ones.
        expect(tags(uk.body, /<Fact\b[^>]*?\bid="([^"]+)"/g).sort(), `${id}: <Fact> ids`).toEqual(tags(en.body, /<Fact\b[^>]*?\bid="([^"]+)"/g).sort());
        same(/<(?:Chart\b[^>]*?\bid|Scrolly\b[^>]*?\bchart)="([^"]+)"/g, 'charts');
        same(/<Chart\b[^>]*?\bid="([^"]+)"[^>]*?\blazy\b/g, 'lazy charts');
        same(/<Step\b[^>]*?\bshow="([^"]+)"/g, 'sequence steps');
        expect(new Set(tags(uk.body, /<Cite\b[^>]*?\bid="([^"]+)"/g)), `${id}: cited sources`).toEqual(new Set(tags(en.body, /<Cite\b[^>]*?\bid="([^"]+)"/g)));
        expect(new Set(tags(uk.body, /<Term\b[^>]*?\bid="([^"]+)"/g)), `${id}: glossary terms`).toEqual(new Set(tags(en.body, /<Term\b[^>]*?\bid="([^"]+)"/g)));
      });

      it('has every id of the English page, so a #link works in both languages', () => {
        const enIds = [...builtChapter(id).querySelectorAll('[id]')].map((e) => e.id);
        const ukIds = new Set([...builtChapter(id, '/uk').querySelectorAll('[id]')].map((e) => e.id));
        expect(enIds.length).toBeGreaterThan(50);
        expect(enIds.filter((x) => !ukIds.has(x)), `${id}: ids missing from the Ukrainian page`).toEqual([]);
      });

      it('shows the Ukrainian text with the English chapter’s key facts, figures and charts', () => {
        const doc = builtChapter(id, '/uk');
        expect(doc.documentElement.getAttribute('lang')).toBe('uk');
        // The page prints the frontmatter with the Ukrainian apostrophe ’ (src/i18n/apostrophe.ts).
        expect(doc.querySelector('h1')?.textContent?.trim()).toBe(ukApostrophes(uk.frontmatter.title as string));
        expect(doc.querySelector('.summary-box')?.textContent).toContain(ukApostrophes(uk.frontmatter.summary as string));
        expect([...doc.querySelectorAll('.key-facts [data-fact]')].map((e) => e.getAttribute('data-fact'))).toEqual(en.frontmatter.keyFacts);
        expect([...doc.querySelectorAll('.chapter-body [data-fact]')].filter((e) => !e.closest('.key-facts')).map((e) => e.getAttribute('data-fact'))).toEqual(tags(uk.body, /<Fact\b[^>]*?\bid="([^"]+)"/g));
        const enDoc = builtChapter(id);
        const charts = (d: Document) => [...d.querySelectorAll('figure.chart[data-chart], [data-scrolly]')].map((e) => e.getAttribute('data-chart') ?? e.getAttribute('data-scrolly'));
        expect(charts(doc)).toEqual(charts(enDoc));
        expect(doc.querySelectorAll('#endnotes li').length, 'the same endnotes').toBe(enDoc.querySelectorAll('#endnotes li').length);
      });

      it('links in Ukrainian where the target exists in Ukrainian, else to the English page marked hreflang="en"', () => {
        const doc = builtChapter(id, '/uk');
        const bad: string[] = [];
        for (const a of doc.querySelectorAll('a[href^="/"]:not([data-lang-switch])')) {
          const href = a.getAttribute('href')!;
          if (href.startsWith('/uk/')) {
            if (!fileForUrl(href.replace(/#.*$/, ''))) bad.push(`${href}: no such page`);
            continue;
          }
          if (a.getAttribute('hreflang') !== 'en') bad.push(`${href}: an English page without hreflang="en"`);
          if (fileForUrl(`/uk${href.replace(/#.*$/, '')}`)) bad.push(`${href}: the Ukrainian page exists`);
        }
        for (const a of doc.querySelectorAll('a[href^="/uk/glossary/#"]')) if (!ukGlossaryIds.has(a.getAttribute('href')!.split('#')[1]!)) bad.push(`${a.getAttribute('href')}: no such term`);
        expect(doc.querySelectorAll('a.term[href^="/uk/glossary/#"]').length, `${id}: terms link to the Ukrainian glossary`).toBeGreaterThan(3);
        expect(bad).toEqual([]);
      });

      it('loads its lazy drawings in Ukrainian', () => {
        const doc = builtChapter(id, '/uk');
        const srcs = [...doc.querySelectorAll('.chart-variant[data-src]')].map((e) => e.getAttribute('data-src')!);
        for (const src of srcs) {
          expect(src, `${id}: a lazy drawing`).toMatch(/^\/uk\/charts\//);
          expect(fileForUrl(src), `${id}: ${src}`).toBeTruthy();
          expect(readFileSync(fileForUrl(src)!, 'utf8'), `${src} is drawn in Ukrainian`).toMatch(/[А-Яа-яІіЇїЄєҐґ]{4}/);
        }
      });
    });
  }
});

describe('the chapters as a set', () => {
  it('the scrolling sequence sits in the negotiations chapter and steps through every returned-share state once, in order', () => {
    const body = readChapter('negotiations').body;
    const scrolly = /<Scrolly chart="returned-share"[^>]*>([\s\S]*?)<\/Scrolly>/.exec(body);
    expect(scrolly, 'negotiations.mdx has no <Scrolly chart="returned-share">').not.toBeNull();
    const shows = [...scrolly![1]!.matchAll(/<Step show="([^"]+)">/g)].map((m) => m[1]);
    expect(shows.length).toBeGreaterThanOrEqual(3);
    // One state per step, so every step changes the chart; the chart's own order goes from the whole to the part.
    expect(shows).toEqual(Object.keys(getChartDef('returned-share').states ?? {}));
    expect(shows.indexOf('returned')).toBeGreaterThan(shows.indexOf('deported'));
  });

  it('the help box for families appears in the negotiations chapter', () => {
    expect(readChapter('negotiations').body).toMatch(/<HelpBox \/>/);
    expect(builtChapter('negotiations').querySelector('.chapter-body #help-heading')).not.toBeNull();
  });

  it('the built chapters are the chapter ids, and nothing else', () => {
    const built = readdirSync(join(DIST, 'chapters')).filter((d) => existsSync(join(DIST, 'chapters', d, 'index.html')));
    expect(built.sort()).toEqual([...CHAPTER_IDS].sort());
  });
});
