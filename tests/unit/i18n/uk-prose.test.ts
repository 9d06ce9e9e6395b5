// The Ukrainian prose read from source, for three things a translator gets wrong and no schema sees:
// 1. a noun after a dataset number (<Fact />) must take the form the number's value wants (1 дитина, 3 дитини,
//    5 дітей; genitive after «близько», «до», «з»…), from the table in content/i18n/terms.uk.md;
// 2. a number typed in the prose (not through <Fact>) must be one the English file types too, so a Ukrainian page never
//    shows a figure the English does not (the English chapters' own check, tests/build/chapters.test.ts, keeps numbers
//    of 100 or more out of the prose);
// 3. the apostrophe inside a Ukrainian word is the ASCII ' (terms.uk.md), never ’ ʼ ‘ ` ´ or ′.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestDataset } from '../../../src/data/load.ts';
import { isRange } from '../../../src/data/query.ts';
import { unitLabel } from '../../../src/data/translations.ts';
import { chartsUk } from '../../../src/i18n/charts.uk.ts';
import { pagesUk } from '../../../src/i18n/pages.uk.ts';
import { uk } from '../../../src/i18n/uk.ts';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const mdx = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.mdx')).map((f) => `${dir}/${f}`);
const CHAPTERS = mdx('content/i18n/uk/chapters');
const PAGES = mdx('content/pages/uk');
const PROSE = [...CHAPTERS, ...PAGES];
/** The English file a Ukrainian prose file translates. */
const englishOf = (path: string) => path.replace('content/i18n/uk/chapters/', 'content/chapters/').replace('content/pages/uk/', 'content/pages/en/');

// ---------------------------------------------------------------------------------------------------------------
// 1. Nouns after numbers

type Category = 'one' | 'few' | 'many' | 'other';
interface Noun { one: string; oneAcc: string; few: string; many: string; other: string }

/** The table under "## Noun forms after numbers" in terms.uk.md: one row per noun, columns one | one (acc.) | few | many | other. */
function nounTable(terms: string): Map<string, Noun> {
  const section = /^## Noun forms after numbers\n([\s\S]*?)(?=^## )/m.exec(terms);
  if (!section) throw new Error('content/i18n/terms.uk.md: no "## Noun forms after numbers" section');
  const byForm = new Map<string, Noun>();
  for (const line of section[1]!.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 5 || cells[0] === 'one' || cells[0]!.startsWith('---')) continue;
    const [one, oneAcc, few, many, other] = cells as [string, string, string, string, string];
    const noun = { one, oneAcc, few, many, other };
    for (const form of cells) byForm.set(form, noun);
  }
  return byForm;
}

/** Words after which the number and its noun stand in the genitive («близько 21 дитини», «з 46 дітей»). Not «понад» («понад 2 тисячі»). */
const GOVERNS_GENITIVE = new Set(['з', 'із', 'зі', 'від', 'до', 'близько', 'серед', 'для', 'без', 'щодо', 'біля', 'проти', 'кількість', 'кількості']);
/** Qualifiers that print a preposition governing the genitive (src/i18n/uk.ts qualifier.*). */
const GENITIVE_QUALIFIERS = new Set(['about', 'up-to']);

/** The forms a noun may take after a number of this plural category, in the nominative/accusative or in the genitive. */
function allowedForms(noun: Noun, category: Category, genitive: boolean): string[] {
  if (genitive) return category === 'one' || category === 'other' ? [noun.other] : [noun.many];
  return category === 'one' ? [noun.one, noun.oneAcc] : [noun[category]];
}

/**
 * Words that may follow a number without agreeing with it: prepositions, conjunctions, verbs, participles and nouns in
 * a case that does not change with the number (dative, instrumental, locative plural). A word after a <Fact /> that is
 * neither here nor in the noun table fails, so a new noun gets its forms into terms.uk.md.
 */
const NOT_AGREEING = new Set([
  'з', 'із', 'у', 'в', 'і', 'й', 'та', 'а', 'на', 'до', 'від', 'за', 'як', 'що', 'чи', 'або',
  'отримали', 'значилися', 'значаться', 'станом', 'дітям', 'особам', 'голосами', 'регіонах', 'країнами', 'випадках',
]);
/** An adjective or participle between the number and its noun («<Fact /> пов'язаних із державою організацій»): skipped, the noun checked. */
const ADJECTIVE = /(?:их|ими|ий|ій|і|ої|ого|ому|им)$/u;

interface FactUse { file: string; id: string; bare: boolean; unit: boolean; before: string; after: string[] }

/** Every <Fact … /> in an MDX text with the word right before it and up to three words after it (up to the next punctuation). */
function factUses(file: string, text: string): FactUse[] {
  const uses: FactUse[] = [];
  for (const m of text.matchAll(/<Fact\s+([^>]*?)\/>((?:[ \u00a0]+[\p{L}'’ʼ]+){0,3})/gu)) {
    const props = m[1]!;
    const id = /\bid="([^"]+)"/.exec(props)?.[1];
    if (!id) throw new Error(`${file}: a <Fact> without an id: ${m[0]}`);
    const before = /([\p{L}'’ʼ]+)[^\p{L}<>]*$/u.exec(text.slice(Math.max(0, m.index! - 60), m.index!))?.[1] ?? '';
    uses.push({ file, id, bare: /\bbare\b/.test(props), unit: /\bunit\b/.test(props), before: before.toLowerCase(), after: m[2]!.trim().split(/[ \u00a0]+/u).filter(Boolean) });
  }
  return uses;
}

describe('nouns after dataset numbers in the Ukrainian prose (content/i18n/terms.uk.md, "Noun forms after numbers")', () => {
  process.chdir(ROOT);
  const ds = latestDataset();
  const table = nounTable(read('content/i18n/terms.uk.md'));
  const plural = new Intl.PluralRules('uk');

  it('the noun table parses, and each of its forms belongs to one noun', () => {
    expect(table.get('дітей')?.one).toBe('дитина');
    expect(table.get('випадків')?.few).toBe('випадки');
    const rows = new Set(table.values());
    expect(rows.size).toBeGreaterThanOrEqual(10);
  });

  it('the rule itself: nominative by category, genitive after «близько»/«з» (the last digit 1 takes the genitive singular)', () => {
    const child = table.get('дитина')!;
    const forms = (n: number, gen = false) => allowedForms(child, plural.select(n) as Category, gen);
    expect(forms(1)).toEqual(['дитина', 'дитину']);
    expect(forms(19384)).toEqual(['дитини']);
    expect(forms(19546)).toEqual(['дітей']);
    expect(forms(12)).toEqual(['дітей']);
    expect(forms(21, true)).toEqual(['дитини']);
    expect(forms(22, true)).toEqual(['дітей']);
    expect(forms(1.5)).toEqual(['дитини']);
  });

  it('finds the word before and after each <Fact />', () => {
    const uses = factUses('x.mdx', 'мережа з <Fact id="a" /> закладів, а <Fact id="b" unit />. Близько <Fact id="c" bare /> дітям');
    expect(uses.map((u) => [u.before, u.id, u.bare, u.unit, u.after])).toEqual([
      ['з', 'a', false, false, ['закладів']],
      ['а', 'b', false, true, []],
      ['близько', 'c', true, false, ['дітям']],
    ]);
  });

  it('every noun after a <Fact /> (or the unit a <Fact unit /> prints) agrees with the figure\'s value today', () => {
    const wrong: string[] = [];
    const unknown: string[] = [];
    let checked = 0;
    for (const file of PROSE) {
      for (const use of factUses(file, read(file))) {
        const f = ds.figures.find((x) => x.id === use.id);
        if (!f) { wrong.push(`${file}: <Fact id="${use.id}">: no such figure`); continue; }
        const value = isRange(f) ? f.high : f.value;
        const qualifier = use.bare || isRange(f) ? 'exact' : f.qualifier;
        const genitive = GENITIVE_QUALIFIERS.has(qualifier) || (qualifier !== 'more-than' && GOVERNS_GENITIVE.has(use.before));
        const category = plural.select(value) as Category;
        // The printed unit's first word is the noun (unitLabel: "регіонів Росії"); else the text's noun after it,
        // past any adjectives; a preposition, conjunction, verb or invariant case ends the search.
        const words = use.unit ? [unitLabel(f.unit, value, 'uk').split(' ')[0]!] : use.after;
        let word: string | undefined;
        for (const [i, w] of words.entries()) {
          if (table.has(w)) { word = w; break; }
          if (NOT_AGREEING.has(w.toLowerCase())) break;
          if (i < words.length - 1 && ADJECTIVE.test(w)) continue;
          unknown.push(`${file}: <Fact id="${use.id}" /> ${words.slice(0, i + 1).join(' ')}`);
          break;
        }
        if (!word) continue;
        const noun = table.get(word)!;
        checked++;
        const ok = allowedForms(noun, category, genitive);
        if (!ok.includes(word)) {
          const how = genitive ? `the genitive after «${GENITIVE_QUALIFIERS.has(qualifier) ? qualifier : use.before}»` : 'after the number';
          wrong.push(`${file}: <Fact id="${use.id}"${use.unit ? ' unit' : ''} /> ${word}: ${value} (${category}, ${how}) wants «${ok.join('» or «')}»`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(unknown, 'add the noun\'s forms to terms.uk.md ("Noun forms after numbers"), or the word to NOT_AGREEING').toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});

/**
 * Placeholders in the dictionaries that are not a count: a year («у {year} рік»), a region's name, and the grid's
 * fixed step (PER = 100 in src/charts/returned-share.ts, «кожен — {per} дітей»).
 */
const NOT_A_COUNT = new Set(['ev.subtitle {year}', 'map.note.distance {destShort}', 'returned-share.alt {per}', 'returned-share.legend.unit {per}']);

describe('nouns after numbers in the Ukrainian dictionaries (uk.ts, charts.uk.ts, pages.uk.ts)', () => {
  const table = nounTable(read('content/i18n/terms.uk.md'));
  /** Every text of a dictionary entry: a string, each plural form, each list item; with whether it is a plural on {n}. */
  const texts = (dict: Record<string, unknown>): [string, string, boolean][] =>
    Object.entries(dict).flatMap(([key, v]): [string, string, boolean][] =>
      typeof v === 'string' ? [[key, v, false]] : Array.isArray(v) ? v.map((x) => [key, String(x), false]) : Object.values(v as Record<string, string>).map((x) => [key, x, true]),
    );

  it('a noun after a number placeholder is only in a plural entry keyed on that number ({n}); elsewhere the noun comes first («повернених дітей — {returned}»)', () => {
    const bad: string[] = [];
    for (const [name, dict] of [['uk.ts', uk], ['charts.uk.ts', chartsUk], ['pages.uk.ts', pagesUk]] as const) {
      for (const [key, text, plural] of texts(dict as Record<string, unknown>)) {
        for (const m of text.matchAll(/\{(\w+)\}((?:[ \u00a0]+[\p{L}']+){1,3})/gu)) {
          const placeholder = m[1]!;
          if ((plural && placeholder === 'n') || NOT_A_COUNT.has(`${key} {${placeholder}}`)) continue;
          const words = m[2]!.trim().split(/[ \u00a0]+/u);
          for (const [i, w] of words.entries()) {
            if (table.has(w)) { bad.push(`${name} '${key}': «{${placeholder}} ${words.slice(0, i + 1).join(' ')}»`); break; }
            if (!(i < words.length - 1 && ADJECTIVE.test(w))) break;
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 1b. What an editor may not change: the chapter's components and the originals of its quotations

/** A chapter's fixed parts: figures, citations and glossary terms; sections, charts and steps in order; and each <Cite>'s child (the original words). */
function chapterSkeleton(text: string) {
  const all = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
  return {
    // Sorted: Ukrainian word order may put two figures of one sentence the other way round.
    facts: all(/<Fact\b[^>]*?\bid="([^"]+)"/g).sort(),
    cites: all(/<Cite\b[^>]*?\bid="([^"]+)"/g).sort(),
    terms: all(/<Term\b[^>]*?\bid="([^"]+)"/g).sort(),
    h2: all(/<H2\s+id="([^"]+)"/g),
    charts: all(/<((?:Chart|Scrolly|Step)\b[^>]*?)\/?>/g).map((c) => c.replace(/\s+/g, ' ').trim()),
    originals: all(/<Cite\b[^>]*\btranslation="[^"]*"[^>]*>([\s\S]*?)<\/Cite>/g),
  };
}

describe('the Ukrainian chapters keep the English chapter\'s figures, citations, terms, sections, charts and quotations', () => {
  it.each(CHAPTERS)('%s', (file) => {
    const uk = chapterSkeleton(read(file));
    const en = chapterSkeleton(read(englishOf(file)));
    expect(uk.facts).toEqual(en.facts);
    expect(uk.cites).toEqual(en.cites);
    expect(uk.terms).toEqual(en.terms);
    expect(uk.h2).toEqual(en.h2);
    expect(uk.charts).toEqual(en.charts);
    // A translated quotation's original is one of the English chapter's quotations, word for word.
    const enCites = [...read(englishOf(file)).matchAll(/<Cite\b[^>]*>([\s\S]*?)<\/Cite>/g)].map((m) => m[1]!);
    expect(uk.originals.filter((o) => !enCites.includes(o))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Numbers typed in the prose

/** The prose a reader sees: frontmatter, comments, Facts/charts and tags (with their attributes) and link targets dropped. */
function visibleText(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<(Fact|Chart|HelpBox)\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}
/**
 * Typed numbers, normalised so both languages read alike: digit groups joined by a space ("19 546", a phone number
 * "116 111") or, in English, by a comma ("19,546") are one number; the decimal mark is a comma in Ukrainian ("1,5")
 * and a full stop in English ("1.5").
 */
function typedNumbers(text: string, locale: 'en' | 'uk'): string[] {
  const t = visibleText(text);
  // A version ("2.0.0") reads as itself in both languages.
  const re = locale === 'uk' ? /\d+(?:\.\d+)+|\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?/g : /\d+(?:[ \u00a0\u202f,]\d{3})*(?:\.\d+)*/g;
  return [...t.matchAll(re)]
    .map((m) => m[0].replace(/[ \u00a0\u202f]/g, ''))
    .map((n) => (locale === 'uk' ? n.replace(',', '.') : n.replace(/,/g, '')))
    .sort();
}

describe('numbers typed in the Ukrainian prose', () => {
  it('reads numbers the Ukrainian and the English way alike', () => {
    expect(typedNumbers('у 2023 році 19 546 дітей і 1,5 млн <Fact id="x-2024-123" /> [посилання](/a/700/)', 'uk')).toEqual(['1.5', '19546', '2023']);
    expect(typedNumbers('in 2023, 19,546 children and 1.5 million', 'en')).toEqual(['1.5', '19546', '2023']);
  });

  it.each(PROSE)('%s types exactly the numbers its English file types (figures come from <Fact>)', (file) => {
    expect(typedNumbers(read(file), 'uk')).toEqual(typedNumbers(read(englishOf(file)), 'en'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. The apostrophe

/** Every Ukrainian text file: chapters, long-prose pages, glossary/teaching/helplines, terms, dictionaries, dataset text. */
const UKRAINIAN_FILES = [
  ...PROSE,
  'content/i18n/uk/glossary.json',
  'content/i18n/uk/teach.json',
  'content/i18n/uk/helplines.json',
  'content/i18n/terms.uk.md',
  'content/data/i18n/uk.json',
  'src/i18n/uk.ts',
  'src/i18n/charts.uk.ts',
  'src/i18n/pages.uk.ts',
];
/** Characters that look like an apostrophe but are not the ASCII one. */
const OTHER_APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4\u2032]/;
const CYR = '[\\u0400-\\u04FF]';
const BAD_APOSTROPHE = new RegExp(`${CYR}(${OTHER_APOSTROPHES.source})${CYR}`, 'gu');

/** Text that is someone else's words and keeps their characters: a <Cite>'s child (the original quotation), a source's checked quote. */
function withoutQuotations(path: string, text: string): string {
  if (path.endsWith('.mdx')) return text.replace(/(<Cite\b[^>]*>)[\s\S]*?(<\/Cite>)/g, '$1$2');
  if (path.endsWith('helplines.json')) return text.replace(/"quote":\s*"(?:[^"\\]|\\.)*"/g, '"quote": ""');
  return text;
}
function apostropheProblems(path: string, text: string): string[] {
  const lines = withoutQuotations(path, text).split('\n');
  return lines.flatMap((line, i) =>
    [...line.matchAll(BAD_APOSTROPHE)].map((m) => `${path}:${i + 1}: «${line.slice(Math.max(0, m.index! - 12), m.index! + 14)}» uses U+${m[1]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}; write the ASCII ' (content/i18n/terms.uk.md)`),
  );
}

describe("the apostrophe in Ukrainian words is the ASCII ' (terms.uk.md)", () => {
  it('the check finds ’ and ʼ inside a Ukrainian word, and spares English quotations and the original of a <Cite>', () => {
    expect(apostropheProblems('a.mdx', "з'ясувати, з’ясувати, зʼясувати")).toHaveLength(2);
    expect(apostropheProblems('a.mdx', 'Russia’s «Росії» <Cite id="x" translation="«пам\'ять»">“зʼясувати”</Cite>')).toEqual([]);
    expect(apostropheProblems('a.mdx', '<Cite id="x" translation="«пам’ять»">“memory”</Cite>')).toHaveLength(1);
  });

  it.each(UKRAINIAN_FILES)('%s', (path) => {
    expect(apostropheProblems(path, read(path))).toEqual([]);
  });
});
