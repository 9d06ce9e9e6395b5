/**
 * The Ukrainian apostrophe (src/i18n/apostrophe.ts): a mark between two Cyrillic letters becomes ’; English words,
 * quotation marks, ids and a source's own words stay as they are (tests/build/uk-apostrophes.test.ts checks dist/).
 */
import { describe, expect, it } from 'vitest';
import { countUkApostrophes, ukApostrophes, ukApostrophesDeep } from '../../../src/i18n/apostrophe.ts';
import { t } from '../../../src/i18n/index.ts';
import { ct } from '../../../src/i18n/charts.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { latestDataset } from '../../../src/data/load.ts';

describe('ukApostrophes', () => {
  it('makes every apostrophe-like mark inside a Ukrainian word ’', () => {
    expect(ukApostrophes("м'яч п'ять сім'ї Мар'їнка")).toBe('м’яч п’ять сім’ї Мар’їнка');
    expect(ukApostrophes('пʼять, п`ять')).toBe('п’ять п’ять'.replace(' ', ', '));
    expect(ukApostrophes('п‘ять п´ять п′ять')).toBe('п’ять п’ять п’ять');
    expect(countUkApostrophes("м'яч, п’ять, пʼять")).toBe(2);
  });

  it('leaves English words, quotation marks and marks at a word’s edge alone', () => {
    const s = "Russia's 'Мама' l'Ukraine «дім'» '123'";
    expect(ukApostrophes(s)).toBe(s);
  });

  it('rewrites every string of a value but its keys and the fields named verbatim', () => {
    const v = { "ключ'": "сім'я", list: ["п'ять", 5], checked: { quote: "пам'ять" } };
    expect(ukApostrophesDeep(v, new Set(['checked']))).toEqual({ "ключ'": 'сім’я', list: ['п’ять', 5], checked: { quote: "пам'ять" } });
  });
});

describe('where our Ukrainian text enters the build', () => {
  it('the dictionaries and the dataset translation give ’ (their files were typed with \')', () => {
    const all = JSON.stringify([t('data.provenance', {}, 'uk'), ct('every.overview.note', {}, 'uk')]);
    expect(all).not.toMatch(/\p{Script=Cyrillic}'\p{Script=Cyrillic}/u);
    const uk = JSON.stringify(localizeDataset(latestDataset(), 'uk').figures.map((f) => [f.label, f.note, f.claimant]));
    expect(countUkApostrophes(uk)).toBe(0);
    expect(uk).toMatch(/\p{Script=Cyrillic}’\p{Script=Cyrillic}/u);
  });

  it('the dataset translation never rewrites a source’s own words', () => {
    const en = latestDataset();
    const uk = localizeDataset(en, 'uk');
    expect(uk.sources.map((s) => [s.title, s.publisher])).toEqual(en.sources.map((s) => [s.title, s.publisher]));
    expect(uk.figures.map((f) => f.quote)).toEqual(en.figures.map((f) => f.quote));
  });
});
