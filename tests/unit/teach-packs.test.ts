// The evidence packs (content/teach-packs.json, content/i18n/uk/teach-packs.json; src/lib/teach-packs.ts): every
// extract is a quote the dataset already stores, word for word, under a source that exists; six to eight extracts a
// chapter; both question tiers; a Ukrainian pack for every English one with the same extracts; at least one Russian
// official source a pack; and a bad file stops the build naming the file, the JSON path and the rule.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestDataset } from '../../src/data/load.ts';
import { CHAPTER_IDS } from '../../src/data/schema.ts';
import { ContentFileError } from '../../src/lib/strict-json-loader.ts';
import { packProblems, readPacks, storedQuotes, type Pack } from '../../src/lib/teach-packs.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';

const ROOT = join(import.meta.dirname, '../..');
const home = process.cwd();
process.chdir(ROOT);
const ds = latestDataset();
const en = readPacks('en', ds);
const uk = readPacks('uk', ds);
const rawEn = JSON.parse(readFileSync(join(ROOT, 'content/teach-packs.json'), 'utf8')) as Pack[];
const dir = mkdtempSync(join(tmpdir(), 'teach-packs-'));
afterEach(() => process.chdir(ROOT));
afterAll(() => {
  process.chdir(home);
  rmSync(dir, { recursive: true, force: true });
});

/** Every string stored under a key "quote" anywhere in the dataset file, read independently of the module under test. */
function datasetQuotes(): Array<{ quote: string; sources: string[] }> {
  const out: Array<{ quote: string; sources: string[] }> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['quote'] === 'string') out.push({ quote: o['quote'], sources: (o['sources'] as string[] | undefined) ?? [] });
      Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'content/data/dataset.json'), 'utf8')));
  return out;
}

describe('the committed evidence packs', () => {
  it('one pack per chapter, in English and in Ukrainian', () => {
    expect(en.map((p) => p.id).sort()).toEqual([...CHAPTER_IDS].sort());
    expect(uk.map((p) => p.id)).toEqual(en.map((p) => p.id));
  });

  it.each(en.map((p) => [p.id, p] as const))('%s: six to eight extracts', (_id, p) => {
    expect(p.extracts.length).toBeGreaterThanOrEqual(6);
    expect(p.extracts.length).toBeLessThanOrEqual(8);
  });

  it('every extract is a quote stored in the dataset, word for word, whose first source is the extract\'s source, and that source exists', () => {
    const quotes = datasetQuotes();
    const ids = new Set(ds.sources.map((s) => s.id));
    for (const p of [...rawEn, ...uk]) {
      for (const e of p.extracts) {
        expect(ids.has(e.source), `${p.id}/${e.id}: source ${e.source}`).toBe(true);
        const found = quotes.filter((q) => q.quote === e.quote);
        expect(found.length, `${p.id}/${e.id}: quote not in the dataset`).toBeGreaterThan(0);
        expect(found.some((q) => q.sources[0] === e.source), `${p.id}/${e.id}: stored under another source`).toBe(true);
      }
    }
  });

  it('the Ukrainian packs hold the same extracts (sources and quotes) in the same order', () => {
    const shape = (ps: Pack[]) => ps.map((p) => [p.id, p.extracts.map((e) => [e.id, e.source, e.quote, e.voice]), p.comparison.a, p.comparison.b]);
    expect(shape(uk)).toEqual(shape(en));
  });

  it('every extract has a foundation and a higher question, in both languages, and every pack a comparison task', () => {
    for (const p of [...en, ...uk]) {
      for (const e of p.extracts) {
        expect(e.foundation.trim().length, `${p.id}/${e.id}`).toBeGreaterThan(15);
        expect(e.higher.trim().length, `${p.id}/${e.id}`).toBeGreaterThan(30);
        expect(e.higher).not.toBe(e.foundation);
      }
      expect(p.comparison.task.length).toBeGreaterThan(60);
    }
    for (const p of uk) for (const e of p.extracts) expect(e.higher).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('every pack has at least one Russian official source, so students weigh both sides', () => {
    const stored = storedQuotes(ds);
    for (const p of en) {
      const producers = p.extracts.map((e) => stored.find((q) => q.source === e.source && q.quote === e.quote)?.producer);
      expect(producers, p.id).toContain('russia');
      expect(producers, p.id).toContain('ukraine');
    }
  });

  it('a news report is never presented as the producer\'s own document', () => {
    for (const p of en) {
      for (const e of p.extracts) {
        const src = ds.sources.find((s) => s.id === e.source)!;
        if (src.kind === 'news') expect(e.voice, `${p.id}/${e.id}`).not.toBe('own');
      }
    }
  });

  it('the comparison task sets two extracts the dataset shows in conflict, where it links them', () => {
    for (const p of en) {
      const c = p.comparison;
      expect(p.extracts.map((e) => e.id)).toEqual(expect.arrayContaining([c.a, c.b]));
      if (!c.figures) continue;
      const [fa, fb] = c.figures.map((id) => ds.figures.find((f) => f.id === id)!);
      expect((fa!.conflicts_with ?? []).includes(fb!.id) || (fb!.conflicts_with ?? []).includes(fa!.id), p.id).toBe(true);
    }
    expect(en.filter((p) => p.comparison.figures).length).toBeGreaterThanOrEqual(3);
  });

  it('our own text types no number of 100 or more (figures live in the quotes)', () => {
    const texts = [...en, ...uk].flatMap((p) => [p.intro, p.comparison.task, ...p.extracts.flatMap((e) => [e.who, e.audience, e.form, e.foundation, e.higher])]);
    const big = texts.flatMap((t) => (t.match(/\d[\d,. ]*\d|\d/g) ?? []).filter((v) => Number(v.replace(/[, ]/g, '')) >= 100 && !/^(19|20)\d\d$/.test(v) && !/^15748$/.test(v)));
    expect(big).toEqual([]);
  });
});

describe('a bad evidence pack stops the build with the file, the path and the rule', () => {
  const FILE = 'content/teach-packs.json';
  const problems = (mutate: (p: Pack[]) => void) => {
    const copy = structuredClone(rawEn);
    mutate(copy);
    return packProblems(copy, ds, FILE, 'en').map(formatProblem);
  };

  it('the committed file has no problems', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it.each([
    ['an invented quote', (p: Pack[]) => { p[0]!.extracts[0]!.quote = 'Words nobody ever wrote, typed by hand.'; }, /^content\/teach-packs\.json: \$\[0\]\.extracts\[0\]\.quote: is not a quote the dataset stores for this source/],
    ['a quote changed by one character', (p: Pack[]) => { p[0]!.extracts[0]!.quote = p[0]!.extracts[0]!.quote.replace('Today', 'today'); }, /\$\[0\]\.extracts\[0\]\.quote: is not a quote the dataset stores/],
    ['a quote under the wrong source', (p: Pack[]) => { p[0]!.extracts[0]!.source = p[0]!.extracts[1]!.source; }, /\$\[0\]\.extracts\[0\]\.quote: the dataset stores this quote for source "icc-2023-03-17-warrants"/],
    ['a source that does not exist', (p: Pack[]) => { p[1]!.extracts[2]!.source = 'no-such-source'; }, /\$\[1\]\.extracts\[2\]\.source: no source "no-such-source" in the dataset/],
    ['five extracts', (p: Pack[]) => { p[2]!.extracts.splice(5); }, /\$\[2\]\.extracts: a pack has six to eight extracts/],
    ['nine extracts', (p: Pack[]) => { p[2]!.extracts.push(p[2]!.extracts[0]!, p[2]!.extracts[1]!); }, /\$\[2\]\.extracts: a pack has six to eight extracts/],
    ['a missing higher question', (p: Pack[]) => { delete (p[0]!.extracts[3] as Partial<Pack['extracts'][number]>).higher; }, /\$\[0\]\.extracts\[3\]\.higher: /],
    ['a news report passed off as the producer\'s own', (p: Pack[]) => { p[0]!.extracts[2]!.voice = 'own'; }, /\$\[0\]\.extracts\[2\]\.voice: "own" means the producer's own document/],
    ['a Russian quote without a translation', (p: Pack[]) => { delete p[2]!.extracts[1]!.translation; }, /\$\[2\]\.extracts\[1\]\.translation: the quote is in ru: give a translation/],
    ['a comparison of figures the dataset does not link', (p: Pack[]) => { p[1]!.comparison.figures = ['deported-verified', 'uk-reeducation-camps-6000']; }, /\$\[1\]\.comparison\.figures\[1\]: figure "uk-reeducation-camps-6000" is not the one extract "yale-estimate" quotes/],
    ['a comparison naming no extract of the pack', (p: Pack[]) => { p[3]!.comparison.b = 'nothing'; }, /\$\[3\]\.comparison\.b: no extract "nothing" in this pack/],
    ['an unknown field', (p: Pack[]) => { (p[0] as unknown as Record<string, unknown>)['extra'] = 1; }, /\$\[0\]: Unrecognized key/],
    ['a chapter that does not exist', (p: Pack[]) => { (p[0] as unknown as Record<string, unknown>)['id'] = 'nowhere'; }, /\$\[0\]\.id: /],
  ])('refuses %s', (_name, mutate, message) => {
    const found = problems(mutate);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it('readPacks throws ContentFileError on a bad file, so the build stops', () => {
    mkdirSync(join(dir, 'content'), { recursive: true });
    const bad = structuredClone(rawEn);
    bad[0]!.extracts[0]!.quote = 'An invented quote.';
    writeFileSync(join(dir, FILE), JSON.stringify(bad));
    process.chdir(dir);
    expect(() => readPacks('en', ds)).toThrow(ContentFileError);
    expect(() => readPacks('en', ds)).toThrow(/^content\/teach-packs\.json: \$\[0\]\.extracts\[0\]\.quote: /);
    writeFileSync(join(dir, FILE), '[{"id": "icc-warrants",]');
    expect(() => readPacks('en', ds)).toThrow(/^content\/teach-packs\.json: invalid JSON at line 1/);
  });

  it('a Ukrainian file that drifts from the English one stops the build', () => {
    mkdirSync(join(dir, 'content/i18n/uk'), { recursive: true });
    writeFileSync(join(dir, FILE), JSON.stringify(rawEn));
    const ukRaw = JSON.parse(readFileSync(join(ROOT, 'content/i18n/uk/teach-packs.json'), 'utf8')) as Pack[];
    ukRaw[1]!.extracts[0]!.quote = 'Інша цитата, якої немає в наборі даних.';
    ukRaw[1]!.extracts[1]!.higher = rawEn[1]!.extracts[1]!.higher;
    writeFileSync(join(dir, 'content/i18n/uk/teach-packs.json'), JSON.stringify(ukRaw));
    process.chdir(dir);
    let message = '';
    try {
      readPacks('uk', ds);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/content\/i18n\/uk\/teach-packs\.json: \$\[1\]\.extracts\[0\]\.quote: must equal the English value/);
    expect(message).toMatch(/content\/i18n\/uk\/teach-packs\.json: \$\[1\]\.extracts\[1\]\.higher: is the English text unchanged/);
  });
});
