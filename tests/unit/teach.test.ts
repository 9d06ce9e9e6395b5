/**
 * The teaching material and the anchors it depends on, read from source (no
 * build needed): every chapter section is an <H2 id> (never a markdown ##),
 * sectionIds() reads them; content/teach.json covers every chapter, links only
 * to sections, charts, terms and figures that exist, types no figure by hand,
 * and its lesson plans add up to 50-minute lessons; glossary terms are unique
 * and each is linked from at least one chapter. Every activity step is walked:
 * each chart, /data/ table and section it names exists and holds the figures
 * the step asks for, and it calls a chart's marks only what the chart calls
 * them (src/lib/teach-refs.ts). Lesson plans open with the ground rules, use
 * every chapter activity, keep teacher talk to at most half a lesson.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/lib/chapter-refs.ts';
import { parseTeachText, teachPlainText, teachTextLinks } from '../../src/lib/teach-text.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { latestDataset } from '../../src/data/load.ts';
import { stepRefs, placeLabel, type RefContext } from '../../src/lib/teach-refs.ts';
import { localizeDataset } from '../../src/data/translations.ts';

const CHAPTER_DIR = 'content/chapters';
const chapters = readdirSync(CHAPTER_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const raw = readFileSync(`${CHAPTER_DIR}/${f}`, 'utf8');
    return { id: f.replace(/\.mdx$/, ''), body: raw.replace(/^---[\s\S]*?---/, '') };
  });
const glossary = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as Array<{ id: string; term: string; definition: string; sources: string[]; original?: Array<{ url: string; quote: string }>; aliases?: string[] }>;
type Plan = { id: string; kind: 'plan'; lessons: Array<{ title: string; steps: Array<{ minutes: number; who: 'teacher' | 'students'; text: string }>; homework?: string }>; intro: string; title: string };
type Guidance = { points: string[]; misconceptions: string[]; objectives: number[] };
type ChapterTeach = {
  id: string;
  kind: 'chapter';
  summary: string[];
  terms: string[];
  questions: string[];
  activity: { title: string; steps: string[]; charts: string[]; data: boolean };
  handoutChart?: string;
  guidance: { questions: Guidance[]; activity: Guidance };
  assessment: { figure: string };
};
const teach = JSON.parse(readFileSync('content/teach.json', 'utf8')) as Array<Plan | ChapterTeach>;
const chapterTeach = teach.filter((t): t is ChapterTeach => t.kind === 'chapter');
const plans = teach.filter((t): t is Plan => t.kind === 'plan');
const ds = latestDataset();

/** Every prose string in teach.json with where it is, for messages. */
const texts: Array<[string, string]> = [
  ...chapterTeach.flatMap((c) => [
    ...c.summary.map((s, i): [string, string] => [`${c.id}.summary[${i}]`, s]),
    ...c.questions.map((s, i): [string, string] => [`${c.id}.questions[${i}]`, s]),
    ...c.activity.steps.map((s, i): [string, string] => [`${c.id}.activity.steps[${i}]`, s]),
    ...[...c.guidance.questions, c.guidance.activity].flatMap((g, i) =>
      [...g.points, ...g.misconceptions].map((s, j): [string, string] => [`${c.id}.guidance[${i}][${j}]`, s]),
    ),
  ]),
  ...plans.flatMap((p) => [
    [`${p.id}.intro`, p.intro] as [string, string],
    ...p.lessons.flatMap((l, i) => [
      ...l.steps.map((s, j): [string, string] => [`${p.id}.lessons[${i}].steps[${j}]`, s.text]),
      ...(l.homework ? [[`${p.id}.lessons[${i}].homework`, l.homework] as [string, string]] : []),
    ]),
  ]),
];

describe('sectionIds()', () => {
  it('reads ids, visible titles and aliases in order', () => {
    const body = 'x\n<H2 id="one">The <em>first</em> part</H2>\ntext\n<H2 id="two" aliases={["old-two", \'older\']}>Second</H2>';
    expect(sectionIds(body)).toEqual([
      { id: 'one', title: 'The first part', aliases: [] },
      { id: 'two', title: 'Second', aliases: ['old-two', 'older'] },
    ]);
  });
  it('fails on a section heading without an id', () => {
    expect(() => sectionIds('<H2>No id</H2>')).toThrow(/without an id/);
  });
});

describe('chapter section anchors', () => {
  it('finds the four chapters', () => expect(chapters.map((c) => c.id).sort()).toEqual(['adoption-pipeline', 'filtration', 'icc-warrants', 'negotiations']));

  for (const c of chapters) {
    it(`${c.id}: every section heading is an <H2> with an explicit, unique id (no markdown ## headings)`, () => {
      const markdownH2 = c.body.split('\n').filter((l) => /^##\s/.test(l));
      expect(markdownH2, `content/chapters/${c.id}.mdx has markdown ## headings; use <H2 id="…">`).toEqual([]);
      expect(c.body, `content/chapters/${c.id}.mdx has a raw <h2>`).not.toMatch(/<h2\b/);
      const opened = (c.body.match(/<H2\b/g) ?? []).length;
      const sections = sectionIds(c.body);
      expect(sections.length, `content/chapters/${c.id}.mdx: an <H2> is not closed or has no id`).toBe(opened);
      expect(sections.length, `content/chapters/${c.id}.mdx has fewer than three sections`).toBeGreaterThanOrEqual(3);
      const ids = sections.flatMap((s) => [s.id, ...s.aliases]);
      expect(new Set(ids).size, `content/chapters/${c.id}.mdx repeats a section id or alias: ${ids.join(', ')}`).toBe(ids.length);
      for (const s of sections) expect(s.id, `content/chapters/${c.id}.mdx: section id "${s.id}" is not a lower-case slug`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });
  }
});

describe('content/teach.json', () => {
  it('has one entry per chapter and the two lesson plans', () => {
    expect(chapterTeach.map((t) => t.id).sort()).toEqual(chapters.map((c) => c.id).sort());
    expect(plans.map((p) => p.id).sort()).toEqual(['one-lesson', 'three-lessons']);
  });

  it('links only to sections, chapters, charts, terms and figures that exist', () => {
    const bad: string[] = [];
    const chartIds = new Set(CHARTS.map((c) => c.id));
    const termIds = new Set(glossary.map((g) => g.id));
    for (const [where, text] of texts) {
      for (const p of parseTeachText(text)) {
        if (p.type === 'section') {
          const ch = chapters.find((c) => c.id === p.chapter);
          if (!ch || !sectionIds(ch.body).some((s) => s.id === p.id)) bad.push(`${where}: no section ${p.chapter}#${p.id}`);
        }
        if (p.type === 'chapter' && !chapters.some((c) => c.id === p.id)) bad.push(`${where}: no chapter ${p.id}`);
        if (p.type === 'chart' && !chartIds.has(p.id)) bad.push(`${where}: no chart ${p.id}`);
        if (p.type === 'term' && !termIds.has(p.id)) bad.push(`${where}: no glossary term ${p.id}`);
        if (p.type === 'fact' && !ds.figures.some((f) => f.id === p.id)) bad.push(`${where}: no figure ${p.id}`);
      }
    }
    for (const c of chapterTeach) {
      for (const id of c.activity.charts) if (!chartIds.has(id)) bad.push(`${c.id}.activity.charts: no chart ${id}`);
      for (const id of c.terms) if (!termIds.has(id)) bad.push(`${c.id}.terms: no glossary term ${id}`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('types no number of 100 or more by hand (figures come from the dataset through {{fact:…}}), years aside', () => {
    const bad = texts.flatMap(([where, text]) =>
      [...teachPlainText(text).matchAll(/\d[\d,.]*/g)]
        .map((m) => m[0].replace(/[.,]$/, ''))
        .filter((v) => Number(v.replace(/,/g, '')) >= 100 && !/^(19|20)\d\d$/.test(v))
        .map((v) => `${where}: "${v}"`),
    );
    expect(bad, `hand-typed numbers:\n${bad.join('\n')}`).toEqual([]);
  });

  it('gives every chapter a summary of about five minutes, three questions and an activity that uses a chart and the dataset', () => {
    for (const c of chapterTeach) {
      const words = c.summary.map(teachPlainText).join(' ').split(/\s+/).filter(Boolean).length;
      expect(words, `${c.id}: the five-minute summary has ${words} words`).toBeGreaterThanOrEqual(300);
      expect(words, `${c.id}: the five-minute summary has ${words} words`).toBeLessThanOrEqual(700);
      expect(c.questions, `${c.id}: questions`).toHaveLength(3);
      const links = c.activity.steps.flatMap(teachTextLinks);
      expect(links.some((l) => l.startsWith('/charts/')) || c.activity.charts.length > 0, `${c.id}: the activity uses no chart`).toBe(true);
      expect(links.filter((l) => l === '/data/' || l.startsWith('/data/#figures-')), `${c.id}: the activity does not send students to /data/`).not.toEqual([]);
    }
  });

  it('plans lessons of exactly 50 minutes: one lesson, and three lessons', () => {
    const one = plans.find((p) => p.id === 'one-lesson')!;
    const three = plans.find((p) => p.id === 'three-lessons')!;
    expect(one.lessons).toHaveLength(1);
    expect(three.lessons).toHaveLength(3);
    for (const p of plans) {
      for (const l of p.lessons) {
        const total = l.steps.reduce((n, s) => n + s.minutes, 0);
        expect(total, `${p.id} "${l.title}" adds up to ${total} minutes`).toBe(50);
      }
    }
  });

  it('the three-lesson plan walks through all four chapters', () => {
    const three = plans.find((p) => p.id === 'three-lessons')!;
    const linked = new Set(
      three.lessons.flatMap((l) => [...l.steps.map((s) => s.text), l.homework ?? '']).flatMap(teachTextLinks).filter((l) => l.startsWith('/chapters/')).map((l) => l.split('/')[2]),
    );
    expect([...linked].sort()).toEqual(chapters.map((c) => c.id).sort());
  });
});

/** The Ukrainian unit: its teaching entries and its chapters' MDX (the same ids and sections as the English). */
const ukChapters = Object.fromEntries(chapters.map((c) => [c.id, readFileSync(`content/i18n/uk/chapters/${c.id}.mdx`, 'utf8').replace(/^---[\s\S]*?---/, '')]));
const ukTeach = JSON.parse(readFileSync('content/i18n/uk/teach.json', 'utf8')) as Array<Plan | ChapterTeach>;

describe('activities: every reference a step makes', () => {
  const ctx: RefContext = { locale: 'en', ds, charts: CHARTS, chapters: Object.fromEntries(chapters.map((c) => [c.id, c.body])) };
  const stepsOf = (entries: Array<Plan | ChapterTeach>) => [
    ...entries.filter((t): t is ChapterTeach => t.kind === 'chapter').flatMap((c) => c.activity.steps.map((s, i) => ({ where: `${c.id}.activity.steps[${i}]`, text: s }))),
    ...entries.filter((t): t is Plan => t.kind === 'plan').flatMap((p) => p.lessons.flatMap((l, i) => l.steps.map((s, j) => ({ where: `${p.id}.lessons[${i}].steps[${j}]`, text: s.text })))),
  ];
  const units = [
    { name: 'content/teach.json', ctx, steps: stepsOf(teach) },
    { name: 'content/i18n/uk/teach.json', ctx: { ...ctx, locale: 'uk' as const, ds: localizeDataset(ds, 'uk'), chapters: ukChapters }, steps: stepsOf(ukTeach) },
  ];

  for (const unit of units) {
    it(`${unit.name}: each chart, /data/ table and section a step names exists and holds the figures the step asks for; marks are named as the chart names them`, () => {
      const problems: string[] = [];
      const list: string[] = [];
      for (const s of unit.steps) {
        const r = stepRefs(s.text, unit.ctx, s.where);
        problems.push(...r.problems);
        list.push(`${s.where}: ${[...r.places.map(placeLabel), ...r.figures.map((f) => `figure ${f}`), ...r.marks.map((m) => `mark "${m}"`)].join('; ') || '(no references)'}`);
      }
      if (process.env.TEACH_REFS) console.log(`${unit.name}\n${list.join('\n')}`);
      expect(problems, problems.join('\n')).toEqual([]);
      expect(list.length).toBe(unit.steps.length);
      expect(unit.steps.length, 'the Ukrainian unit has the English unit\'s steps').toBe(units[0]!.steps.length);
    });
  }

  it('catches a step that names a mark the chart does not have, a figure the chart does not show, and a missing section', () => {
    const r = stepRefs('Open {{chart:russian-claims}}: which bar shows {{fact:un-coi-confirmed-1205}}? See {{section:filtration#no-such-section}}.', ctx, 'test');
    expect(r.problems.join('\n')).toMatch(/calls a mark "bar"/);
    expect(r.problems.join('\n')).toMatch(/figure "un-coi-confirmed-1205" is in none of the places/);
    expect(r.problems.join('\n')).toMatch(/no section filtration#no-such-section/);
    const t = stepRefs('In {{table:icc-warrants}}, find {{fact:deported-verified}}.', ctx, 'test');
    expect(t.problems.join('\n'), 'a figure from another chapter is not in the ICC table').toMatch(/deported-verified/);
    const ok = stepRefs('In {{table:filtration}}, find {{fact:deported-verified}}.', ctx, 'test');
    expect(ok.problems).toEqual([]);
  });

  it('catches the same in Ukrainian: a mark the chart does not call so (any case ending), a missing section', () => {
    const uk = units[1]!.ctx;
    const r = stepRefs('Відкрийте {{chart:russian-claims}}: який із стовпчиків показує {{fact:un-coi-confirmed-1205}}? Див. {{section:filtration#no-such-section}}.', uk, 'test');
    expect(r.marks).toEqual(['bar']);
    expect(r.problems.join('\n')).toMatch(/calls a mark "bar"/);
    expect(r.problems.join('\n')).toMatch(/no section filtration#no-such-section/);
    expect(stepRefs('Порівняйте точки й лінію.', uk, 'test').marks, 'case endings').toEqual(['dot', 'line']);
    expect(stepRefs('Колонка, колега і стовпи.', uk, 'test').marks, 'a word that only starts like a mark word is not one').toEqual([]);
  });

  it('each activity lists exactly the charts its steps use, and sends students to /data/', () => {
    for (const c of chapterTeach) {
      const used = [...new Set(c.activity.steps.flatMap((s) => parseTeachText(s)).filter((p) => p.type === 'chart').map((p) => (p as { id: string }).id))].sort();
      expect([...c.activity.charts].sort(), `${c.id}.activity.charts`).toEqual(used);
      expect(c.activity.steps.flatMap(teachTextLinks).some((l) => l.startsWith('/data/')), `${c.id}: the activity does not use /data/`).toBe(true);
    }
  });
});

describe('lesson plans match their labels', () => {
  it('every lesson opens with the ground rules, not an open question', () => {
    for (const p of plans) for (const l of p.lessons) expect(l.steps[0]!.text, `${p.id} "${l.title}" step 1`).toMatch(/ground rules/i);
  });
  it('teacher talk is at most half of any lesson', () => {
    for (const p of plans) {
      for (const l of p.lessons) {
        const teacher = l.steps.filter((s) => s.who === 'teacher').reduce((n, s) => n + s.minutes, 0);
        expect(teacher, `${p.id} "${l.title}": ${teacher} minutes of teacher talk`).toBeLessThanOrEqual(25);
      }
    }
  });
  it('the three-lesson plan uses every chapter activity, by its title', () => {
    const three = plans.find((p) => p.id === 'three-lessons')!;
    const text = three.lessons.flatMap((l) => l.steps.map((s) => s.text)).join(' ');
    for (const c of chapterTeach) expect(text, `three-lessons does not use “${c.activity.title}”`).toContain(`“${c.activity.title}”`);
  });
});

describe('answer guidance and assessment', () => {
  it('maps every question and activity to objectives the chapter has, and Source A is a dataset figure with a quote', () => {
    for (const c of chapterTeach) {
      const n = (/objectives:\s*\n((?:\s+-\s+.+\n)+)/.exec(readFileSync(`${CHAPTER_DIR}/${c.id}.mdx`, 'utf8'))?.[1] ?? '').split('\n').filter((l) => /^\s+-\s/.test(l)).length;
      expect(n, `${c.id}: objectives`).toBeGreaterThan(1);
      for (const g of [...c.guidance.questions, c.guidance.activity]) for (const o of g.objectives) expect(o, `${c.id}: objective ${o + 1} of ${n}`).toBeLessThan(n);
      const f = ds.figures.find((x) => x.id === c.assessment.figure);
      expect(f, `${c.id}.assessment.figure`).toBeTruthy();
      expect(f!.quote.length, `${c.id}: Source A needs the figure's verbatim quote`).toBeGreaterThan(40);
    }
  });
  it('names the hard misconceptions: a floor, not an estimate; a total that flatters the record', () => {
    const all = JSON.stringify(chapterTeach.map((c) => c.guidance));
    expect(all).toMatch(/a floor, not an estimate/);
    expect(all).toMatch(/flatters the record/);
  });
});

describe('helplines', () => {
  const helplines = JSON.parse(readFileSync('content/helplines.json', 'utf8')) as Array<{ id: string; country: string; phones: string[]; site: string; checked: { url: string; quote: string } }>;
  it('cover the UK and Ukraine, and every number was checked on the operator\'s own site, in its own words', () => {
    expect(new Set(helplines.map((h) => h.country))).toEqual(new Set(['UK', 'Ukraine']));
    const root = (u: string) => new URL(u).host.replace(/^www\./, '');
    for (const h of helplines) {
      for (const n of h.phones) expect(h.checked.quote, `${h.id}: ${n} is not in the operator's words`).toContain(n);
      expect(root(h.checked.url), `${h.id}: checked on another site than the operator's`).toBe(root(h.site));
    }
  });
});

describe('glossary', () => {
  it(`has at least 20 terms, unique ids, unique names and unique anchors (aliases included)`, () => {
    expect(glossary.length).toBeGreaterThanOrEqual(20);
    const ids = glossary.map((g) => g.id);
    expect(new Set(ids).size, 'duplicate glossary ids').toBe(ids.length);
    const names = glossary.map((g) => g.term.toLowerCase());
    expect(new Set(names).size, 'duplicate glossary terms').toBe(names.length);
    const anchors = glossary.flatMap((g) => [g.id, ...(g.aliases ?? [])]);
    expect(new Set(anchors).size, 'an alias collides with another term id or alias').toBe(anchors.length);
    for (const g of glossary) expect(g.sources.length + (g.original?.length ?? 0), `${g.id} has no source and no original text`).toBeGreaterThan(0);
  });

  // Issue 15: a legal term cites the law (or the body's own page) from its producer's own site, not a news report.
  // Where the words were read in a reproduction (read_via), the citation is still the producer's page.
  const LEGAL = ['genocide', 'genocide-convention', 'crime-against-humanity', 'geneva-conventions', 'deportation', 'jurisdiction', 'in-absentia', 'osce-moscow-mechanism', 'right-to-identity'];
  const PRODUCERS = /^https?:\/\/([a-z0-9-]+\.)*(un\.org|ohchr\.org|icc-cpi\.int|icrc\.org|osce\.org|coe\.int)\//;
  it('has the terms the teaching unit needs, and each legal term quotes its treaty or body from the producer\'s own site', () => {
    const ids = new Set(glossary.map((g) => g.id));
    expect([...LEGAL, 'pace', 'rome-statute'].filter((id) => !ids.has(id)), 'missing terms').toEqual([]);
    for (const id of LEGAL) {
      const g = glossary.find((x) => x.id === id)!;
      expect(g.original?.length ?? 0, `${id}: no original text`).toBeGreaterThan(0);
      for (const o of g.original!) expect(o.url, `${id}: not the producer's own site`).toMatch(PRODUCERS);
    }
  });

  it('links every term from at least one chapter (<Term id>)', () => {
    const unlinked = glossary.filter((g) => !chapters.some((c) => new RegExp(`<Term\\b[^>]*\\bid="${g.id}"`).test(c.body))).map((g) => g.id);
    expect(unlinked, `glossary terms no chapter links to: ${unlinked.join(', ')}`).toEqual([]);
  });
});
