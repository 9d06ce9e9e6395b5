// The UI dictionaries: every locale has exactly the English keys, the same kind of value
// (string or plural forms) and the same {placeholders}; plural entries have every form
// the language's plural rules select; t() refuses a missing key instead of falling back.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { LOCALES, LANG_TAG, dictionary, t, tn, pluralCategory, type Locale } from '../../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const valuesOf = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>));
const others = LOCALES.filter((l) => l !== 'en');

describe('dictionary parity', () => {
  it('has at least one locale besides English', () => {
    expect(others.length).toBeGreaterThan(0);
  });
  for (const locale of others) {
    const d = dictionary(locale) as Record<string, unknown>;
    it(`${locale} has exactly the English keys`, () => {
      expect(Object.keys(d).sort()).toEqual(Object.keys(en).sort());
    });
    it(`${locale} uses the same placeholders and kinds of value as English`, () => {
      const bad: string[] = [];
      for (const [key, ref] of Object.entries(en)) {
        const v = d[key];
        if (typeof v !== typeof ref) { bad.push(`${key}: ${typeof v} vs ${typeof ref}`); continue; }
        const want = placeholders(valuesOf(ref)[0]!);
        for (const s of valuesOf(v)) if (placeholders(s).join() !== want.join()) bad.push(`${key}: "${s}" vs {${want.join('},{')}}`);
      }
      expect(bad).toEqual([]);
    });
    it(`${locale} has no empty string and no English copied over`, () => {
      const bad: string[] = [];
      // Strings that are legitimately the same in both languages (formats and names).
      const same = new Set([
        'provenance', 'qualifier.exact', 'fact.detail',
        // Product and menu names the embed codes name as the products spell them (marked lang="en" on a Ukrainian page).
        'embedCodes.customHtml', 'embedCodes.wpClassic.menu', 'embedCodes.ghost.lead', 'embedCodes.arc.lead', 'embedCodes.pym',
      ]);
      for (const [key, ref] of Object.entries(en)) {
        for (const s of valuesOf(d[key])) if (!s.trim()) bad.push(`${key}: empty`);
        if (!same.has(key) && JSON.stringify(d[key]) === JSON.stringify(ref)) bad.push(`${key}: same as English`);
      }
      expect(bad).toEqual([]);
    });
  }
  for (const locale of LOCALES) {
    it(`${locale} plural entries have every form Intl.PluralRules selects`, () => {
      const cats = new Intl.PluralRules(LANG_TAG[locale]).resolvedOptions().pluralCategories;
      const bad: string[] = [];
      for (const [key, v] of Object.entries(dictionary(locale))) {
        if (typeof v === 'string') continue;
        for (const c of cats) if (!(c in v)) bad.push(`${key}.${c}`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('t and tn', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('asOf', { date: '1 May 2024' }, 'en')).toBe('as of 1 May 2024');
    expect(t('asOf', { date: '1 травня 2024 р.' }, 'uk')).toBe('станом на 1 травня 2024 р.');
    expect(t('asOf', {}, 'en')).toBe('as of {date}');
  });
  it('throws on an unknown locale instead of falling back', () => {
    expect(() => t('asOf', {}, 'ru' as Locale)).toThrow(/unknown locale "ru"/);
  });
  it('chooses Ukrainian plural forms: one (1, 21), few (2–4, 22), many (0, 5–20, 25, 111)', () => {
    const cat = (n: number) => pluralCategory(n, 'uk');
    expect([1, 21, 101].map(cat)).toEqual(['one', 'one', 'one']);
    expect([2, 3, 4, 22, 24].map(cat)).toEqual(['few', 'few', 'few', 'few', 'few']);
    expect([0, 5, 11, 12, 14, 20, 25, 111].map(cat)).toEqual(Array(8).fill('many'));
    expect(cat(1.5)).toBe('other');
    expect(tn('updates.firstEvents', 1, {}, 'uk')).toBe('Перший випуск містить 1 датовану подію.');
    expect(tn('updates.firstEvents', 23, {}, 'uk')).toBe('Перший випуск містить 23 датовані події.');
    expect(tn('updates.firstEvents', 19, {}, 'uk')).toBe('Перший випуск містить 19 датованих подій.');
    expect(tn('updates.firstEvents', 1, {}, 'en')).toBe('The first release holds 1 dated event.');
    expect(tn('updates.firstEvents', 19, {}, 'en')).toBe('The first release holds 19 dated events.');
  });
});
