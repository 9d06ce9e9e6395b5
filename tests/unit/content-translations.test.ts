// The Ukrainian content files (content/i18n/uk/glossary.json, helplines.json, teach.json) may change only
// reader-facing text: src/data/content-translations.ts checks each against its English file, and the content
// collections (src/content.config.ts) run that check, so a bad translation stops the build.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TRANSLATED_CONTENT,
  compareTranslation,
  translationPath,
  translationProblems,
  type TranslatedContent,
  type TranslationSpec,
} from '../../src/data/content-translations.ts';
import { strictJsonFile } from '../../src/lib/strict-json-loader.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';
import { latestDataset } from '../../src/data/load.ts';
import { isRange } from '../../src/data/query.ts';
import { translationTable, unitLabel } from '../../src/data/translations.ts';
import { t } from '../../src/i18n/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const home = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'content-translations-'));
afterEach(() => process.chdir(home));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Entries of three different shapes, each broken one field at a time: `any` keeps the mutations short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Entry = Record<string, any>;
const read = (path: string): Entry[] => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Entry[];
/** The real English file and a fresh copy of its real translation, for one rule to break. */
function pair(name: TranslatedContent): { en: Entry[]; uk: Entry[] } {
  return { en: read(TRANSLATED_CONTENT[name].en), uk: read(translationPath(name, 'uk')) };
}
function problems(name: TranslatedContent, en: Entry[], uk: Entry[]): string[] {
  return compareTranslation(en, uk, TRANSLATED_CONTENT[name], 'uk', translationPath(name, 'uk')).map(formatProblem);
}

const LANDED: TranslatedContent[] = ['glossary', 'helplines', 'teach', 'teach-readings'];

describe('the committed translations', () => {
  it.each(LANDED)('content/i18n/uk/%s.json matches its English file', (name) => {
    process.chdir(ROOT);
    expect(translationProblems(name, 'uk')).toEqual([]);
  });

  // A new text field in an English file must be listed in TRANSLATED_CONTENT, or its translation would be checked as data
  // (equal to the English) and stay untranslated: every string the spec does not call text is one of these.
  it.each([
    ['glossary', ['id', 'original.*.publisher', 'original.*.quote', 'original.*.read_via', 'original.*.url', 'related.*', 'sources.*']],
    ['helplines', ['checked.date', 'checked.quote', 'checked.url', 'country', 'id', 'phones.*', 'site']],
    ['teach', ['activity.charts.*', 'assessment.figure', 'handoutChart', 'id', 'kind', 'lessons.*.steps.*.who', 'terms.*']],
    ['teach-readings', ['id', 'words.*.term']],
  ] as const)('every string in the English %s is either text or one of its known data fields', (name, data) => {
    const spec: TranslationSpec = TRANSLATED_CONTENT[name];
    const found = new Set<string>();
    const walk = (v: unknown, keys: string[]): void => {
      if (typeof v === 'string') {
        const sig = keys.join('.');
        if (!spec.text.includes(sig)) found.add(sig);
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, [...keys, '*']));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...keys, k]);
    };
    read(spec.en).forEach((e) => walk(e, []));
    expect([...found].sort()).toEqual([...data]);
  });

  it('the Ukrainian glossary keeps every id, source and related id, and translates every term', () => {
    const { en, uk } = pair('glossary');
    expect(uk.map((e) => e.id)).toEqual(en.map((e) => e.id));
    expect(uk.map((e) => [e.sources, e.related])).toEqual(en.map((e) => [e.sources, e.related]));
    expect(uk.filter((e, i) => e.term === en[i]!.term).map((e) => e.id)).toEqual(['bring-kids-back-ua']);
  });

  it('the Ukrainian helplines keep every number, site and checked quote', () => {
    const { en, uk } = pair('helplines');
    const data = (h: Entry) => [h.id, h.country, h.phones, h.site, h.checked];
    expect(uk.map(data)).toEqual(en.map(data));
  });

  it('the Ukrainian teaching guide keeps every chart, term, figure, objective and mark', () => {
    const { en, uk } = pair('teach');
    const data = (e: Entry) => (e.kind === 'chapter'
      ? [e.id, e.terms, e.activity.charts, e.activity.data, e.handoutChart, e.guidance.questions.map((q: Entry) => q.objectives), e.assessment.figure, e.assessment.utility.marks, e.assessment.extended.marks]
      : [e.id, e.lessons.map((l: Entry) => l.steps.map((s: Entry) => [s.minutes, s.who]))]);
    expect(uk.map(data)).toEqual(en.map(data));
  });

  it('a plan that names a chapter activity uses that activity\'s Ukrainian title', () => {
    const { en, uk } = pair('teach');
    const quotes = (s: string) => s.replace(/[«»„“”"]/g, '"');
    const titles = en.filter((e) => e.kind === 'chapter').map((e) => [e.activity.title as string, uk.find((u) => u.id === e.id)!.activity.title as string]);
    const named: string[] = [];
    en.filter((e) => e.kind === 'plan').forEach((plan, p) => plan.lessons.forEach((lesson: Entry, l: number) => lesson.steps.forEach((step: Entry, s: number) => {
      for (const [title, ukTitle] of titles) {
        if (!step.text.includes(`“${title}”`)) continue;
        named.push(title!);
        expect(quotes(uk.filter((e) => e.kind === 'plan')[p]!.lessons[l].steps[s].text), `${plan.id} lesson ${l + 1} step ${s + 1}`).toContain(`"${quotes(ukTitle!)}"`);
      }
    })));
    expect(new Set(named).size).toBe(titles.length);
  });
});

describe('Ukrainian grammar around dataset numbers', () => {
  // terms.uk.md: a noun written after a dataset number must agree with today's value (1 дитина, 3 дитини, 5 дітей),
  // except where the case does not change with the number: the genitive plural after a preposition that governs it,
  // or after the qualifier the number prints ("понад", "до"). When a release changes a value, this names the noun.
  const GENITIVE = new Set(['з', 'із', 'зі', 'від', 'до', 'понад', 'близько', 'серед', 'для', 'без', 'щодо', 'біля']);
  const texts = (v: unknown, keys: string[] = []): [string, string][] =>
    typeof v === 'string' ? [[keys.join('.'), v]] : Array.isArray(v) ? v.flatMap((x, i) => texts(x, [...keys, String(i)])) : v !== null && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => texts(x, [...keys, k])) : [];

  it('every unit word after a figure in content/i18n/uk/teach.json agrees with the figure\'s value', () => {
    process.chdir(ROOT);
    const ds = latestDataset();
    const units = translationTable('uk').units;
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const [path, text] of texts(read('content/i18n/uk/teach.json'))) {
      for (const m of text.matchAll(/(\S+)\s+\{\{fact:([^|}]+)(?:\|([^}]*))?\}\}\s+([\p{L}']+)/gu)) {
        const [, before, id, flags = '', word] = m;
        const f = ds.figures.find((x) => x.id === id)!;
        const forms = units[f.unit];
        if (!forms || isRange(f) || !Object.values(forms).includes(word!)) continue;
        const bare = flags.includes('bare');
        if (GENITIVE.has(before!.toLowerCase()) || (!bare && (f.qualifier === 'more-than' || f.qualifier === 'up-to'))) continue;
        const want = unitLabel(f.unit, f.value, 'uk');
        checked.push(`${id} ${word}`);
        if (word !== want) wrong.push(`${path}: {{fact:${id}}} ${word}: the value ${f.value} wants «${want}»`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked.length).toBeGreaterThan(5);
  });
});

describe('link words in the Ukrainian teacher\'s guide', () => {
  it('a table link that names its table uses the name /uk/data/ shows (the chapter\'s short name in src/i18n/uk.ts)', () => {
    const links = [...readFileSync(join(ROOT, 'content/i18n/uk/teach.json'), 'utf8').matchAll(/\{\{table:([a-z-]+)\|([^}]*)\}\}/g)];
    expect(links.length).toBeGreaterThan(5);
    for (const [token, chapter, words] of links) {
      const name = t(`chapter.${chapter}` as Parameters<typeof t>[0], {}, 'uk');
      if (words!.includes('«')) expect(words, token).toContain(`«${name}»`);
    }
  });
});

describe('each rule fails on a bad translation, naming file, JSON path and rule', () => {
  const G = 'content/i18n/uk/glossary.json';
  const H = 'content/i18n/uk/helplines.json';

  it('entries in another order', () => {
    const { en, uk } = pair('glossary');
    [uk[0], uk[1]] = [uk[1]!, uk[0]!];
    expect(problems('glossary', en, uk)).toEqual([`${G}: $: entries must be the English file's ids in the same order: same ids in a different order; expected ${en.map((e) => e.id).join(', ')}`]);
  });

  it('a missing entry (and only that is reported)', () => {
    const { en, uk } = pair('glossary');
    uk.splice(3, 1);
    expect(problems('glossary', en, uk)).toEqual([`${G}: $: entries must be the English file's ids in the same order: missing "${en[3]!.id}"`]);
  });

  it('an entry the English does not have', () => {
    const { en, uk } = pair('helplines');
    uk.push({ ...uk[0], id: 'extra-line' });
    expect(problems('helplines', en, uk)).toEqual([`${H}: $: entries must be the English file's ids in the same order: not in the English "extra-line"`]);
  });

  it('a changed source id (data, not text)', () => {
    const { en, uk } = pair('glossary');
    uk[0]!.sources[1] = 'some-other-source';
    expect(problems('glossary', en, uk)).toEqual([`${G}: $[0].sources[1]: must equal the English value "${en[0]!.sources[1]}" (not translatable), got "some-other-source"`]);
  });

  it('a changed phone number, URL or checked quote', () => {
    const { en, uk } = pair('helplines');
    uk[2]!.phones[0] = '116 112';
    uk[2]!.site = 'https://example.org/';
    uk[2]!.checked.quote = 'телефонуйте 116 111';
    expect(problems('helplines', en, uk)).toEqual([
      `${H}: $[2].phones[0]: must equal the English value ${JSON.stringify(en[2]!.phones[0])} (not translatable), got "116 112"`,
      `${H}: $[2].site: must equal the English value ${JSON.stringify(en[2]!.site)} (not translatable), got "https://example.org/"`,
      `${H}: $[2].checked.quote: must equal the English value ${JSON.stringify(en[2]!.checked.quote)} (not translatable), got "телефонуйте 116 111"`,
    ]);
  });

  it('a list of references of another length', () => {
    const { en, uk } = pair('glossary');
    uk[0]!.related.pop();
    expect(problems('glossary', en, uk)).toEqual([`${G}: $[0].related: has ${en[0]!.related.length - 1} item(s), the English has ${en[0]!.related.length}`]);
  });

  it('a key missing, a key added, keys reordered', () => {
    const { en, uk } = pair('glossary');
    delete uk[1]!.sources;
    uk[2]!.note = 'примітка';
    const { term, ...rest } = uk[3]!;
    uk[3] = { ...rest, term };
    expect(problems('glossary', en, uk)).toEqual([
      `${G}: $[1].sources: missing: the English entry has this key`,
      `${G}: $[2].note: not in the English entry: a translation adds no keys`,
      `${G}: $[3]: keys in a different order from the English (id, term, definition, sources, related)`,
    ]);
  });

  it('a value of another type', () => {
    const { en, uk } = pair('glossary');
    uk[0]!.related = 'war-crime';
    uk[1]!.term = ['Примусове переміщення'];
    expect(problems('glossary', en, uk)).toEqual([
      `${G}: $[0].related: expected array as in the English file, got string`,
      `${G}: $[1].term: expected translated text (a string), got array`,
    ]);
  });

  it('empty text', () => {
    const { en, uk } = pair('glossary');
    uk[4]!.definition = '  ';
    expect(problems('glossary', en, uk)).toEqual([`${G}: $[4].definition: translated text is empty`]);
  });

  it('the English left in place, unless it is a listed proper name', () => {
    const { en, uk } = pair('helplines');
    uk[1]!.how = en[1]!.how;
    expect(uk[0]!.name).toBe(en[0]!.name); // Childline: listed as a proper name
    expect(problems('helplines', en, uk)).toEqual([
      `${H}: $[1].how: is the English text unchanged (${JSON.stringify(en[1]!.how)}); translate it, or list it as a proper name in TRANSLATED_CONTENT`,
    ]);
  });

  it('text with no Ukrainian letter', () => {
    const { en, uk } = pair('glossary');
    uk[5]!.term = 'Foster care';
    expect(problems('glossary', en, uk)).toEqual([`${G}: $[5].term: has no Ukrainian (Cyrillic) letter ("Foster care"); translate it`]);
  });

  it('a number the English does not have, or one it lost', () => {
    const { en, uk } = pair('glossary');
    const i = en.findIndex((e) => e.id === 'rome-statute');
    uk[i]!.definition = uk[i]!.definition.replace('1998', '1989');
    expect(problems('glossary', en, uk)).toEqual([
      `${G}: $[${i}].definition: the English has the number(s) 1998, the translation does not`,
      `${G}: $[${i}].definition: has the number(s) 1989, which the English does not`,
    ]);
  });

  it('in the teaching guide: a changed mark, chart id or objective, a dropped figure token', () => {
    const { en, uk } = pair('teach');
    const T = 'content/i18n/uk/teach.json';
    uk[0]!.assessment.utility.marks = 10;
    uk[1]!.activity.charts[0] = 'another-chart';
    const objectives: number[] = en[2]!.guidance.questions[0].objectives;
    uk[2]!.guidance.questions[0].objectives = [objectives[0]! + 9];
    uk[3]!.summary[0] = uk[3]!.summary[0].replace('{{fact:deported-verified}}', '19 546');
    expect(problems('teach', en, uk)).toEqual([
      `${T}: $[0].assessment.utility.marks: must equal the English value 8 (not translatable), got 10`,
      `${T}: $[1].activity.charts[0]: must equal the English value "russian-claims" (not translatable), got "another-chart"`,
      `${T}: $[2].guidance.questions[0].objectives: has 1 item(s), the English has ${objectives.length}`,
      `${T}: $[2].guidance.questions[0].objectives[0]: must equal the English value ${objectives[0]} (not translatable), got ${objectives[0]! + 9}`,
      `${T}: $[3].summary[0]: tokens differ from the English: missing {{fact:deported-verified}}`,
      `${T}: $[3].summary[0]: has the number(s) 19, 546, which the English does not`,
    ]);
  });

  it('numbers grouped or with a decimal comma the Ukrainian way still match', () => {
    const spec: TranslationSpec = { en: 'x.json', text: ['text'], keep: { uk: [] } };
    const en = [{ id: 'a', text: 'About 19,546 children, 1.5 times as many.' }];
    const uk = [{ id: 'a', text: 'Близько 19 546 дітей, у 1,5 раза більше.' }];
    expect(compareTranslation(en, uk, spec, 'uk', 'x.uk.json')).toEqual([]);
  });

  it('{{…}} tokens: the same targets and "bare" flags; link words, and whether a fact prints its unit, may change', () => {
    const spec: TranslationSpec = { en: 'x.json', text: ['steps.*'], keep: { uk: [] } };
    const en = [{ id: 'a', steps: ['Read {{section:filtration#camps|the camps section}} and note {{fact:total|bare,unit}} and {{fact:places|unit}}.'] }];
    const good = [{ id: 'a', steps: ['Прочитайте {{section:filtration#camps|розділ про табори}}, запишіть {{fact:places}} місць і {{fact:total|unit,bare}}.'] }];
    expect(compareTranslation(en, good, spec, 'uk', 'x.uk.json')).toEqual([]);
    const bad = [{ id: 'a', steps: ['Прочитайте {{section:filtration#camp|розділ}}, запишіть {{fact:total|unit}} і {{fact:places|bare}}.'] }];
    expect(compareTranslation(en, bad, spec, 'uk', 'x.uk.json').map(formatProblem)).toEqual([
      'x.uk.json: $[0].steps[0]: tokens differ from the English: missing {{fact:places}}, {{fact:total|bare}}, {{section:filtration#camps}}; not in the English {{fact:places|bare}}, {{fact:total}}, {{section:filtration#camp}}',
    ]);
  });
});

describe('the build stops on a bad translation', () => {
  function project(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    process.chdir(dir);
  }

  it('a missing translation file is reported by name', () => {
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    project({ 'content/helplines.json': readFileSync(join(ROOT, 'content/helplines.json'), 'utf8') });
    expect(translationProblems('helplines', 'uk').map(formatProblem)).toEqual(['content/i18n/uk/helplines.json: file not found']);
  });

  it('the collection loader throws before storing anything', async () => {
    const uk = read('content/i18n/uk/helplines.json');
    uk[0]!.phones[0] = '0800 0000';
    project({ 'content/helplines.json': readFileSync(join(ROOT, 'content/helplines.json'), 'utf8'), 'content/i18n/uk/helplines.json': JSON.stringify(uk) });
    const { assertTranslation } = await import('../../src/data/content-translations.ts');
    const store = { cleared: false, clear() { this.cleared = true; }, set() { throw new Error('unreachable'); } };
    const load = strictJsonFile(translationPath('helplines', 'uk'), () => assertTranslation('helplines', 'uk')).load as (ctx: unknown) => Promise<void>;
    await expect(load({ store, parseData: async (x: { data: unknown }) => x.data })).rejects.toThrow(
      /^content\/i18n\/uk\/helplines\.json: \$\[0\]\.phones\[0\]: must equal the English value "0800 1111" \(not translatable\), got "0800 0000"$/,
    );
    expect(store.cleared).toBe(false);
  });
});
