// The Ukrainian dataset text (content/data/i18n/uk.json): the real file passes every rule; each rule
// fails a bad copy with `<file>: <JSON path>: <rule>`; localizeDataset changes text only, never a value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, latestDataset, LATEST_PATH } from '../../src/data/load.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';
import { checkTranslation, englishNumbers, leftoverEnglish, localNumbers } from '../../src/data/translation-check.ts';
import { localizeDataset, quoteTranslation, readTranslation, translationPath, translationProblems, unitLabel } from '../../src/data/translations.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { ukApostrophes } from '../../src/i18n/apostrophe.ts';
import { runScript } from '../data/fixture.ts';

const FILE = translationPath('uk');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const ds: Dataset = latestDataset();
const real = (): Loose => JSON.parse(readFileSync(FILE, 'utf8'));
const messages = (raw: unknown): string[] => {
  const r = checkTranslation(raw, ds, { file: FILE, locale: 'uk' });
  return r.ok ? [] : r.problems.map(formatProblem);
};
const quoted = ds.figures.find((f) => ds.sources.find((s) => s.id === f.sources[0])?.language === 'en')!;

describe('the real translation', () => {
  it('passes every rule against the working dataset', () => {
    expect(translationProblems(ds)).toEqual([]);
    const r = readTranslation(FILE, ds, { locale: 'uk' });
    expect(r.ok && r.fields).toEqual({ dataset: 2, units: 40, figures: expect.any(Number), series: expect.any(Number), events: ds.events.length * 2, places: expect.any(Number), sources: expect.any(Number), trips: expect.any(Number), states_parties: expect.any(Number) });
  });

  it('gives every place, event, figure and series its Ukrainian text', () => {
    const uk = localizeDataset(ds, 'uk');
    const cyr = /\p{Script=Cyrillic}/u;
    for (const p of uk.places) expect(p.name).toMatch(cyr);
    for (const e of uk.events) expect(e.title).toMatch(cyr);
    for (const f of uk.figures) expect([f.label, f.claimant]).toEqual([expect.stringMatching(cyr), expect.stringMatching(cyr)]);
    for (const s of uk.series) {
      expect(s.definition).toMatch(cyr);
      for (const b of s.breaks) expect(b.label).toMatch(cyr);
      for (const p of s.points) if (p.claimant) expect(p.claimant).toMatch(cyr);
    }
  });

  it('gives a quote translation exactly where the source did not write in Ukrainian', () => {
    const lang = new Map(ds.sources.map((s) => [s.id, s.language]));
    for (const f of ds.figures) expect(quoteTranslation('figures', f.id, 'uk') !== undefined).toBe(lang.get(f.sources[0]!) !== 'uk');
    for (const s of ds.series) for (const p of s.points) expect(quoteTranslation('series', s.id, 'uk', p.date) !== undefined).toBe(lang.get(p.sources[0]!) !== 'uk');
  });
});

describe('each rule fails a bad translation with file, path and rule', () => {
  it('an id the dataset does not have', () => {
    const t = real();
    t.places['donetsk-oblst'] = t.places['donetsk-oblast'];
    expect(messages(t)).toContain(`${FILE}: $.places["donetsk-oblst"]: unknown place id "donetsk-oblst": the dataset (v${ds.version}) has no such place id; did you mean "donetsk-oblast"?`);
  });

  it('a missing entry and a missing field', () => {
    const t = real();
    delete t.places['rostov-oblast'];
    expect(messages(t)).toContain(`${FILE}: $.places["rostov-oblast"]: missing translation of place "rostov-oblast" (name, summary, quote_translation)`);
    const u = real();
    delete u.places['kherson-oblast'].summary;
    expect(messages(u)).toContain(`${FILE}: $.places["kherson-oblast"].summary: missing required field "summary"`);
  });

  it('a missing quote translation, and one for a quote already in Ukrainian', () => {
    const t = real();
    delete t.places['samara-oblast'].quote_translation;
    expect(messages(t)).toContain(`${FILE}: $.places["samara-oblast"].quote_translation: missing translation of the quote "Samara Oblast Governor Vyacheslav Fedorishchev announced on …"`);
    const u = real();
    u.figures['deported-rounded-20000'].quote_translation = 'Переклад цитати.';
    expect(messages(u)).toContain(
      `${FILE}: $.figures["deported-rounded-20000"].quote_translation: the quote is already in this language (source "glavcom-2026-02-24-lubinets-20000"); it is shown as written, so remove its translation`,
    );
  });

  it('every table is required, and every figure, series, break and point in it', () => {
    const t = real();
    delete t.series;
    expect(messages(t)).toContain(`${FILE}: $.series: missing required field "series"`);
    const u = real();
    delete u.figures['yale-placed-42'];
    delete u.series['returned'].breaks['2024'];
    delete u.series['returned'].points['2023-05-31'];
    delete u.series['deported-verified'].points['2025-12-01'].quote_translation;
    u.series['returned'].points['2023-05-30'] = { claimant: 'Володимир Зеленський' };
    const m = messages(u);
    expect(m).toContain(`${FILE}: $.figures["yale-placed-42"]: missing translation of figure "yale-placed-42" (label, claimant, quote_translation)`);
    expect(m).toContain(`${FILE}: $.series.returned.breaks["2024"]: missing translation of the break after 2024 (label, note)`);
    expect(m).toContain(`${FILE}: $.series.returned.points["2023-05-31"]: missing translation of the point dated 2023-05-31 (claimant, quote_translation)`);
    expect(m.some((x) => x.startsWith(`${FILE}: $.series["deported-verified"].points["2025-12-01"].quote_translation: missing translation of the quote "According to Ukraine`))).toBe(true);
    expect(m.some((x) => x.startsWith(`${FILE}: $.series.returned.points["2023-05-30"]: unknown point (by its date) in series "returned": the dataset (v${ds.version}) has none dated "2023-05-30"`))).toBe(true);
  });

  it('a number in a quote translation or a series note that the dataset does not have', () => {
    const t = real();
    t.figures['deported-verified'].quote_translation = t.figures['deported-verified'].quote_translation.replace('19 546', '19 564');
    t.series['returned'].note = t.series['returned'].note.replace('1366', '1336');
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.figures["deported-verified"].quote_translation: has the number 19564, which the English text and the entry's values do not have; numbers must be the dataset's`);
    expect(m).toContain(`${FILE}: $.series.returned.note: has the number 1336, which the English text and the entry's values do not have; numbers must be the dataset's`);
  });

  it('every trip of the warrant map and the states parties list (dataset 2.2.0)', () => {
    const t = real();
    delete t.trips['putin-mongolia-2024-09'];
    delete t.states_parties.withdrawals.HUN;
    t.trips['putin-mars-2030'] = { place: 'Марс' };
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.trips["putin-mongolia-2024-09"]: missing translation of trip "putin-mongolia-2024-09" (place, note, quote_translation)`);
    expect(m).toContain(`${FILE}: $.trips["putin-mars-2030"]: unknown trip id "putin-mars-2030": the dataset (v${ds.version}) has no such trip id`);
    expect(m.some((x) => x.startsWith(`${FILE}: $.states_parties.withdrawals.HUN.quote_translation: missing translation of the quote "The President of the Assembly`))).toBe(true);
    const u = real();
    delete u.trips;
    expect(messages(u)).toContain(`${FILE}: $.trips: missing the translation of the ${ds.trips.length} trips`);
  });

  it("a source's notes are translated, its title is not", () => {
    const t = real();
    delete t.sources['irish-times-2026-03-10-un-coi'];
    t.sources['moscow-times-2026-03-10-un-coi'].title = 'Назва';
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.sources["moscow-times-2026-03-10-un-coi"].title: unknown field "title"`);
    const u = real();
    delete u.sources['irish-times-2026-03-10-un-coi'];
    expect(messages(u)).toContain(`${FILE}: $.sources["irish-times-2026-03-10-un-coi"]: missing translation of the notes of source "irish-times-2026-03-10-un-coi" (note)`);
  });

  it('an empty string, and one of only spaces', () => {
    const t = real();
    t.events['alaska-summit'].title = '';
    t.events['alaska-summit'].summary = '   ';
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.events["alaska-summit"].title: must not be empty`);
    const u = real();
    u.events['alaska-summit'].summary = '   ';
    expect(messages(u)).toContain(`${FILE}: $.events["alaska-summit"].summary: is empty (only spaces); write the translation`);
  });

  it('personal data in a translated text, as in the dataset itself («2015 р.н.», an address)', () => {
    const t = real();
    t.events['alaska-summit'].summary += ' Марія Іваненко, 2015 р.н.';
    t.places['rostov-oblast'].summary += ' Пишіть на maria.ivanova [at] ukr [dot] net.';
    const m = messages(t);
    expect(m).toContainEqual(expect.stringMatching(/^content\/data\/i18n\/uk\.json: \$\.events\["alaska-summit"\]\.summary: looks like a person's year of birth \("2015 р\.н"\)/));
    expect(m).toContainEqual(expect.stringMatching(/^content\/data\/i18n\/uk\.json: \$\.places\["rostov-oblast"\]\.summary: looks like an e-mail address/));
  });

  it('a number the English does not have', () => {
    const t = real();
    t.places['rostov-oblast'].summary = t.places['rostov-oblast'].summary.replace('1184', '1148');
    expect(messages(t)).toContain(`${FILE}: $.places["rostov-oblast"].summary: has the number 1148, which the English text and the entry's values do not have; numbers must be the dataset's`);
  });

  it('a number the English has that the translation leaves out', () => {
    const t = real();
    t.places['rostov-oblast'].summary = t.places['rostov-oblast'].summary.replace('534', "п'ятсот тридцять чотири");
    expect(messages(t)).toContain(`${FILE}: $.places["rostov-oblast"].summary: leaves out the number "534" that the English text has; write every number of the English in digits`);
  });

  it('English left in place of a translation', () => {
    const t = real();
    const e = ds.events.find((x) => x.id === 'alaska-summit')!;
    t.events['alaska-summit'].title = e.title;
    t.events['alaska-summit'].summary = 'На саміті Trump handed Putin a letter.';
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.events["alaska-summit"].title: is the English text unchanged; translate it`);
    expect(m).toContain(`${FILE}: $.events["alaska-summit"].summary: contains the English words "Trump handed Putin a letter"; translate them`);
    const u = real();
    u.places['sevastopol'].name = 'Sevastopil';
    expect(messages(u)).toContain(`${FILE}: $.places.sevastopol.name: has no Cyrillic letter; it looks untranslated`);
  });

  it('English quotation marks or a typographic apostrophe (terms.uk.md)', () => {
    const t = real();
    t.events['alaska-summit'].title = 'Трамп і Путін зустрічаються на "Алясці"';
    t.events['alaska-summit'].summary = 'Лист про сім\u2019ї.';
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.events["alaska-summit"].title: uses the quotation mark "\\""; Ukrainian text uses «…» (inside a quote „…“), see content/i18n/terms.uk.md`);
    expect(m).toContain(`${FILE}: $.events["alaska-summit"].summary: uses "\u2019" as an apostrophe; write the ASCII ' (content/i18n/terms.uk.md)`);
    const u = real();
    u.places['sevastopol'].quote_translation = 'В результате были подписаны согласия на принятие в семью 12 детей: семи ребятишек в Республике Крым и пяти.';
    expect(messages(u)).toContain(`${FILE}: $.places.sevastopol.quote_translation: contains the Russian letter "ы", which Ukrainian does not have (a Russian word left untranslated?)`);
  });

  it('a field the English does not have, an unknown field, a wrong locale, a unit without its forms', () => {
    const t = real();
    t.places['sakhalin-oblast'].quote_translation = 'Цитата.';
    t.locale = 'ru';
    delete t.units['children'];
    const m = messages(t);
    expect(m).toContain(`${FILE}: $.places["sakhalin-oblast"].quote_translation: the dataset has no quote here to translate; remove this field`);
    expect(m).toContain(`${FILE}: $.locale: says "ru", but the file is for "uk"`);
    expect(m).toContain(`${FILE}: $.units.children: missing the plural forms (one, few, many, other) of the unit "children"`);
    const u = real();
    u.places['sevastopol'].nmae = 'Севастополь';
    expect(messages(u)).toContain(`${FILE}: $.places.sevastopol.nmae: unknown field "nmae"; did you mean "name"?`);
  });
});

describe('numbers', () => {
  it('reads English and Ukrainian number forms as the same values', () => {
    expect([...englishNumbers('more than 19,546 children, 1.2 million, 80 per cent')]).toEqual(expect.arrayContaining([19546, 1.2, 80]));
    expect(localNumbers('понад 19 546 дітей, 1,2 млн, 80 %, у 2014 200')).toEqual([19546, 1.2, 80, 2014, 200]);
    expect(localNumbers('19\u00A0546 і 19\u202F546')).toEqual([19546, 19546]);
  });

  it('lets proper names in Latin script through but not an English phrase', () => {
    expect(leftoverEnglish('Зустріч Bring Kids Back UA в Парижі', 'x')).toBeNull();
    expect(leftoverEnglish('Розслідування The Kyiv Independent', 'x')).toBeNull();
    expect(leftoverEnglish('діти were taken to camps', 'x')).toMatch(/English words/);
  });
});

describe('localizeDataset', () => {
  const uk = localizeDataset(ds, 'uk');
  const strip = (d: Dataset): unknown =>
    JSON.parse(
      JSON.stringify(d, (key, value: unknown) =>
        ['title', 'description', 'label', 'note', 'date_note', 'claimant', 'definition', 'summary', 'name', 'place'].includes(key) && typeof value === 'string' ? '·' : value,
      ),
    );

  it("returns the dataset itself for 'en', and the same object for the same dataset and translation", () => {
    expect(localizeDataset(ds, 'en')).toBe(ds);
    expect(localizeDataset(ds, 'uk')).toBe(uk);
  });

  it('keeps every value, date, id, source, quote and unit identical and the order of every list', () => {
    expect(strip(uk)).toEqual(strip(ds));
    const own = (d: Dataset) => d.sources.map(({ id, title, publisher, url, date, language, kind }) => ({ id, title, publisher, url, date, language, kind }));
    expect(own(uk)).toEqual(own(ds));
  });

  it('puts the Ukrainian text in place', () => {
    expect(uk.title).toBe(real().title);
    expect(uk.places.find((p) => p.id === 'zaporizhzhia-oblast')!.name).toBe('Запорізька область');
    expect(uk.events.find((e) => e.id === 'alaska-summit')!.title).toBe(real().events['alaska-summit'].title);
  });

  it('keeps the English of a field whose numbers no longer match (an older release)', () => {
    const old = structuredClone(ds);
    const p = old.places.find((x) => x.id === 'rostov-oblast')!;
    p.summary = p.summary.replace('1,184', '1,100');
    const loc = localizeDataset(old, 'uk');
    expect(loc.places.find((x) => x.id === 'rostov-oblast')!.summary).toBe(p.summary);
    expect(loc.places.find((x) => x.id === 'rostov-oblast')!.name).toBe('Ростовська область');
  });
});

describe('quoteTranslation and unitLabel', () => {
  it('gives the Ukrainian translation of a quote in another language, nothing in English', () => {
    expect(quoteTranslation('places', 'samara-oblast', 'uk')).toBe(ukApostrophes(real().places['samara-oblast'].quote_translation));
    expect(quoteTranslation('places', 'samara-oblast', 'en')).toBeUndefined();
    expect(quoteTranslation('places', 'sakhalin-oblast', 'uk')).toBeUndefined();
    expect(quoted).toBeDefined();
  });

  it('gives the translations of the warrant map quotes', () => {
    expect(quoteTranslation('trips', 'putin-mongolia-2024-09', 'uk')).toMatch(/Монголі/);
    expect(quoteTranslation('withdrawals', 'HUN', 'uk')).toMatch(/Угорщин/);
    expect(quoteTranslation('states_parties', '', 'uk')).toMatch(/125/);
    expect(localizeDataset(ds, 'uk').trips.find((x) => x.id === 'putin-mongolia-2024-09')!.place).toBe('Улан-Батор, Монголія');
  });

  it('picks the Ukrainian plural form', () => {
    expect([1, 2, 5, 11, 21, 19546].map((n) => unitLabel('children', n, 'uk'))).toEqual(['дитина', 'дитини', 'дітей', 'дітей', 'дитина', 'дітей']);
    expect(unitLabel('children', 5, 'en')).toBe('children');
  });
});

describe('the build', () => {
  it('stops where the dataset is loaded when the translation is bad, and sees an edit', () => {
    const root = mkdtempSync(join(tmpdir(), 'uk-build-'));
    const cwd = process.cwd();
    try {
      mkdirSync(join(root, 'content/data/i18n'), { recursive: true });
      copyFileSync(LATEST_PATH, join(root, LATEST_PATH));
      const good = readFileSync(FILE, 'utf8');
      const t = real();
      delete t.events['alaska-summit'];
      writeFileSync(join(root, FILE), JSON.stringify(t));
      process.chdir(root);
      expect(() => latestDataset()).toThrow(DatasetError);
      expect(() => latestDataset()).toThrow(`${FILE}: $.events["alaska-summit"]: missing translation of event "alaska-summit" (title, summary)`);
      writeFileSync(join(root, FILE), good);
      expect(latestDataset().version).toBe(ds.version);
    } finally {
      process.chdir(cwd);
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('data:check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'uk-translation-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the working dataset and its Ukrainian text', () => {
    const r = runScript('scripts/data-check.ts', [LATEST_PATH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok uk: \d+ fields translated \(dataset 2, units \d+, figures \d+, series \d+, events \d+, places \d+, sources \d+, trips \d+, states_parties \d+\)$/m);
  });

  it('stops with file, path and rule on a bad translation', () => {
    const t = real();
    t.events['alaska-summit'].title = '';
    const path = join(dir, 'uk.json');
    writeFileSync(path, JSON.stringify(t));
    const r = runScript('scripts/data-check.ts', [LATEST_PATH, '--translation', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${path}: $.events["alaska-summit"].title: must not be empty\n`);
  });
});
