// Locale-aware numbers, dates and lists: English output unchanged (en-GB), Ukrainian as
// Ukrainian editors write it ("19 546", "12 листопада 2025 р."), and never more precise
// than the date is known.
import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatDate, formatFigureValue, formatList, formatNumber, formatQualified, formatRange, punctuate, sentence } from '../../../src/i18n/format.ts';
import { fillTemplate } from '../../../src/i18n/punctuate.ts';
import { t } from '../../../src/i18n/index.ts';
import { ct } from '../../../src/i18n/charts.ts';
import { unitLabel } from '../../../src/data/translations.ts';
import { latestDataset } from '../../../src/data/load.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers', () => {
  it('groups thousands the English and the Ukrainian way', () => {
    expect(formatNumber(19546, 'en')).toBe('19,546');
    expect(nbsp(formatNumber(19546, 'uk'))).toBe('19 546');
    // The separator is a no-break space, so a number never wraps across lines.
    expect(formatNumber(19546, 'uk')).not.toContain(' ');
    expect(nbsp(formatNumber(1234.5, 'uk'))).toBe('1 234,5');
    expect(formatCompact(700000, 'en')).toBe('700K');
    expect(nbsp(formatCompact(700000, 'uk'))).toBe('700 тис.');
  });
  it('qualifies and ranges in Ukrainian (it threw before there was a uk dictionary)', () => {
    expect(formatQualified(6000, 'at-least', 'en')).toBe('at least 6,000');
    expect(nbsp(formatQualified(6000, 'at-least', 'uk'))).toBe('щонайменше 6 000');
    expect(nbsp(formatQualified(300, 'more-than', 'uk'))).toBe('понад 300');
    expect(nbsp(formatQualified(19546, 'exact', 'uk'))).toBe('19 546');
    expect(formatRange(2000, 3000, 'en')).toBe('2,000 to 3,000');
    expect(nbsp(formatRange(2000, 3000, 'uk'))).toBe('від 2 000 до 3 000');
  });
  it('counts with plural forms and a formatted number', () => {
    expect(nbsp(formatCount('updates.firstEvents', 1021, 'uk'))).toBe('Перший випуск містить 1 021 датовану подію.');
    expect(formatCount('updates.firstEvents', 1021, 'en')).toBe('The first release holds 1,021 dated events.');
  });
});

describe('dates', () => {
  it('prints English dates as before (en-GB)', () => {
    expect(formatDate('2023-03-17', 'en')).toBe('17 March 2023');
    expect(formatDate('2023-03', 'en')).toBe('March 2023');
    expect(formatDate('2023', 'en')).toBe('2023');
    expect(formatDate('2023-03-17', 'en', 'short')).toBe('17 Mar 2023');
  });
  it('prints Ukrainian dates with the genitive month and "р." where Intl gives it', () => {
    expect(nbsp(formatDate('2025-11-12', 'uk'))).toBe('12 листопада 2025 р.');
    expect(nbsp(formatDate('2023-03-17', 'uk'))).toBe('17 березня 2023 р.');
    // A month alone is in the nominative ("березень"), never with an invented day.
    expect(nbsp(formatDate('2023-03', 'uk'))).toBe('березень 2023 р.');
    expect(formatDate('2023', 'uk')).toBe('2023');
    expect(nbsp(formatDate('2025-11-12', 'uk', 'short'))).toMatch(/^12 лист\. 2025 р\.$/);
  });
  it('never prints more precision than the date has', () => {
    for (const l of ['en', 'uk'] as const) {
      expect(formatDate('2024-02', l)).not.toMatch(/\b1\b/);
      expect(formatDate('2024', l)).toBe('2024');
    }
    expect(() => formatDate('2024-2-1', 'uk')).toThrow(/not an ISO date/);
  });
});

describe('lists', () => {
  it('joins lists by the language rules', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['а', 'б', 'в'], 'uk')).toBe('а, б і в');
    expect(formatList(['а', 'б'], 'uk', 'disjunction')).toBe('а або б');
  });
});

// Issue 10: a figure's value is never shown without its unit (a percentage was shown as a bare "80" on /data/).
describe('formatFigureValue', () => {
  const words = (unit: string, n: number, locale: 'en' | 'uk') => unitLabel(unit, n, locale);
  it('shows a percentage with its sign, the English and the Ukrainian way', () => {
    expect(formatFigureValue({ value: 80, unit: 'percent' }, 'en', words)).toBe('80%');
    expect(formatFigureValue({ value: 80, unit: 'percent' }, 'uk', words)).toBe('80\u00a0%');
    expect(formatFigureValue({ value: 80.4, unit: 'percent', qualifier: 'more-than' }, 'en', words)).toBe('more than 80.4%');
    expect(nbsp(formatFigureValue({ value: 80.4, unit: 'percent', qualifier: 'more-than' }, 'uk', words))).toBe('понад 80,4 %');
    expect(formatFigureValue({ low: 20, high: 30, unit: 'percent' }, 'en', words)).toBe('20% to 30%');
  });
  it('follows a count with its unit, in the plural form its number needs', () => {
    expect(nbsp(formatFigureValue({ value: 19546, unit: 'children' }, 'en', words))).toBe('19,546 children');
    expect(nbsp(formatFigureValue({ value: 19546, unit: 'children' }, 'uk', words))).toBe('19 546 дітей');
    expect(nbsp(formatFigureValue({ value: 5754, unit: 'children', qualifier: 'at-least' }, 'uk', words))).toBe('щонайменше 5 754 дитини');
    expect(nbsp(formatFigureValue({ value: 21, unit: 'Russian regions' }, 'uk', words))).toBe('21 регіон Росії');
    expect(nbsp(formatFigureValue({ low: 2000, high: 3000, unit: 'children' }, 'uk', words))).toBe('від 2 000 до 3 000 дітей');
    expect(nbsp(formatFigureValue({ value: 43, unit: 'facilities' }, 'en', words))).toBe('43 facilities');
  });
  it('shows every figure of the dataset with its unit in both languages (a unit without Ukrainian words stops the build)', () => {
    const ds = latestDataset();
    for (const f of ds.figures) {
      for (const locale of ['en', 'uk'] as const) {
        const text = nbsp(formatFigureValue(f, locale, words));
        const unit = f.unit === 'percent' ? '%' : unitLabel(f.unit, 'value' in f ? f.value : f.high, locale);
        expect(text.endsWith(unit), `${f.id} (${locale}): "${text}" ends with its unit "${unit}"`).toBe(true);
      }
    }
  });
});

describe('one full stop after a value that has its own (issue 14: «р..»)', () => {
  const date = formatDate('2025-11-12', 'uk');
  it('punctuate and sentence join a Ukrainian date with the punctuation after it', () => {
    expect(sentence(date)).toBe(date);
    expect(sentence(formatDate('2025-11-12', 'en'))).toBe('12 November 2025.');
    expect(punctuate(date, '. ')).toBe(`${date} `);
    expect(punctuate(date, ', ')).toBe(`${date}, `);
    expect(punctuate('…', '.')).toBe('…');
  });
  it('every dictionary lookup drops a template full stop after a value that ends with one', () => {
    // uk.ts 'fact.detail': '{who}, {when}.'
    expect(t('fact.detail', { who: 'ЮНІСЕФ', when: t('asOf', { date }, 'uk') }, 'uk')).toBe(`ЮНІСЕФ, станом на ${date}`);
    expect(t('fact.detail', { who: 'UNICEF', when: 'as of 12 November 2025' }, 'en')).toBe('UNICEF, as of 12 November 2025.');
    // charts.uk.ts 'claims.panel1.uaTip': '… {value} станом на {date}.'
    expect(ct('claims.panel1.uaTip', { value: '19 546', date }, 'uk').endsWith(`${date}`)).toBe(true);
    // An empty value after the date still sees its «р.»: 'rot.tip' '…{phrase}{lower}. Правило…'.
    expect(ct('rot.tip', { phrase: `47 станом на ${date}`, lower: '', rule: 'x', claimant: 'y', publishers: 'z' }, 'uk')).toContain(`${date} Правило`);
  });
  it('fillTemplate keeps a template full stop after a value without one, and leaves unknown placeholders', () => {
    expect(fillTemplate('{a}. {b}.', (n) => (n === 'a' ? 'x' : undefined))).toBe('x. {b}.');
    expect(fillTemplate('Text.{a}.', () => '')).toBe('Text.');
  });
});
