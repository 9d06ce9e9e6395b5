/**
 * The chart dictionaries (src/i18n/charts.en.ts, charts.uk.ts): the same keys,
 * the same placeholders in every message, the plural categories each language
 * needs, no message left empty or in English where it must be translated, and
 * ct() failing by name on a missing variable instead of printing "{name}".
 */
import { describe, expect, it } from 'vitest';
import { CHART_DICTIONARIES, ct, type ChartMessage } from '../../src/i18n/charts.ts';
import { chartsEn } from '../../src/i18n/charts.en.ts';
import { chartsUk } from '../../src/i18n/charts.uk.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { renderChart } from '../../src/charts/render.ts';
import { latestDataset } from '../../src/data/load.ts';
import { localizeDataset } from '../../src/data/translations.ts';
import { formatDate } from '../../src/i18n/format.ts';

const placeholders = (m: ChartMessage) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))].sort();

/** Messages that may legitimately read the same in both languages (symbols, formats, names). */
const SAME = new Set(['percent', 'map.note.mapData', 'file.listSep', 'range.dash', 'series.sourceSep', 'pipe.cardHead', 'pipe.row', 'pipe.alt.step', 'pipe.alt.sep', 'ev.tip', 'ev.cut.short', 'ev.alt.chapter', 'ev.alt.labelled', 'claims.alt.item', 'claims.startLabel', 'chan.sub', 'chan.alt.round', 'chan.note.item', 'chan.note.group', 'dot.span.sameMonth', 'dot.span', 'chrome.fileFor', 'rot.lastOld.rule']);

describe('chart dictionaries', () => {
  it('have identical keys in English and Ukrainian', () => {
    expect(Object.keys(chartsUk).sort()).toEqual(Object.keys(chartsEn).sort());
    expect(Object.keys(CHART_DICTIONARIES).sort()).toEqual(['en', 'uk']);
  });

  it('use the same placeholders in both languages (a plural may drop {n} where a word says it)', () => {
    for (const key of Object.keys(chartsEn) as Array<keyof typeof chartsEn>) {
      const en = placeholders(chartsEn[key]).filter((p) => p !== 'n' && p !== 'words');
      const uk = placeholders(chartsUk[key]).filter((p) => p !== 'n' && p !== 'words');
      // Ukrainian may print a full date where English prints the month ({sinceDay}/{untilDay} for {since}/{until}).
      const norm = (l: string[]) => l.map((p) => p.replace(/Day$/, '')).filter((p, i, a) => a.indexOf(p) === i).sort();
      expect(norm(uk), key).toEqual(norm(en));
    }
  });

  it('give Ukrainian plurals the categories one, few and many, and English plurals one and other', () => {
    for (const [key, m] of Object.entries(chartsUk)) {
      if (typeof m === 'string') continue;
      expect(Object.keys(m).sort(), key).toEqual(['few', 'many', 'one', 'other']);
      expect(typeof (chartsEn as Record<string, ChartMessage>)[key], `${key} is a plural in English too`).toBe('object');
    }
    for (const [key, m] of Object.entries(chartsEn)) if (typeof m !== 'string') expect(Object.keys(m).sort(), key).toEqual(['one', 'other']);
  });

  it('translate every message that is words (Ukrainian differs from English and contains Cyrillic)', () => {
    for (const [key, m] of Object.entries(chartsUk)) {
      if (SAME.has(key) || key === 'returned-share.numberWords') continue;
      const text = typeof m === 'string' ? m : m.other;
      const en = (chartsEn as Record<string, ChartMessage>)[key]!;
      const enText = typeof en === 'string' ? en : en.other;
      // A message with English words (outside its placeholders) must have Ukrainian ones.
      if (!/[A-Za-z]{3,}/.test(enText.replace(/\{\w+\}/g, ''))) continue;
      expect(text, key).not.toBe(enText);
      expect(/[А-Яа-яІіЇїЄєҐґ]/.test(text), `${key}: "${text}" has no Ukrainian word`).toBe(true);
    }
  });

  it('choose the Ukrainian plural form by count, and format numbers for the locale', () => {
    expect(ct('dot.jump.label', { diff: 3288, n: 1 }, 'en')).toBe('+3,288 in 1 day');
    expect(ct('dot.jump.label', { diff: 3288, n: 8 }, 'en')).toBe('+3,288 in 8 days');
    const uk = 'uk' as Parameters<typeof ct>[2];
    expect(ct('dot.jump.label', { diff: 3288, n: 1 }, uk)).toBe('+3\u00a0288 за 1 день');
    expect(ct('dot.jump.label', { diff: 3288, n: 3 }, uk)).toBe('+3\u00a0288 за 3 дні');
    expect(ct('dot.jump.label', { diff: 3288, n: 8 }, uk)).toBe('+3\u00a0288 за 8 днів');
  });

  it('fails naming the message and the variable it lacks', () => {
    expect(() => ct('dot.jump.label', { diff: 1 }, 'en')).toThrow(/dot\.jump\.label.*numeric \{n\}/);
    expect(() => ct('scale.tip', { label: 'x' }, 'en')).toThrow(/scale\.tip.*needs \{value\}/);
  });

  it('type no number of 100 or more into chart copy: figures come from the dataset (years, the UN resolution number and the map’s 100 km rounding aside)', () => {
    for (const dict of [chartsEn, chartsUk] as Array<Record<string, ChartMessage>>) {
      for (const [key, m] of Object.entries(dict)) {
        for (const text of typeof m === 'string' ? [m] : Object.values(m)) {
          const typed = (text ?? '')
            .replace(/68\/262/g, '')
            .replace(/100(\u00a0| )(km|км)/g, '')
            .match(/\d[\d,\u00a0 ]*\d{2}/g)
            ?.filter((n) => !/^(19|20)\d\d$/.test(n));
          expect(typed ?? [], `${key}: "${text}"`).toEqual([]);
        }
      }
    }
  });
});

describe('Ukrainian chart notes read as running text (issue 14)', () => {
  const ds = localizeDataset(latestDataset(), 'uk');
  const notes = (id: string) => renderChart(CHARTS.find((c) => c.id === id)!, ds, { locale: 'uk' }).text.notes.join(' ');

  it('write months in full, never abbreviated («червень 2025 р.», not «черв. 2025 р.»)', () => {
    for (const c of CHARTS) {
      expect(notes(c.id), c.id).not.toMatch(/(^|[\s(])(січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд)\.\s/u);
    }
    expect(notes('warrant-map')).toContain(`станом на ${formatDate(ds.states_parties!.as_of, 'uk')}`);
  });

  it('name the placement map\'s two regions where Ukrainian grammar lets a name stand in the nominative', () => {
    const n = notes('placement-map');
    // Not «між центрами регіонів Луганська область» nor «до регіону Сахалінська обл.» (a name after a word that governs
    // the genitive); the names stand after a colon and as the subject.
    expect(n).not.toMatch(/(регіонів|регіону) \p{Lu}/u);
    expect(n).toMatch(/100 км: \p{Lu}[^.]* і \p{Lu}/u);
  });
});

describe('adoption-pipeline description (issue 14)', () => {
  it('names each step\'s producer in the dictionary\'s form for a bracket, keeping names and acronyms', () => {
    for (const locale of ['en', 'uk'] as const) {
      const alt = renderChart(CHARTS.find((c) => c.id === 'adoption-pipeline')!, localizeDataset(latestDataset(), locale), { locale }).text.alt;
      // The whole label lower-cased read «уряд україни», "ukraine's government".
      expect(alt, locale).toContain(locale === 'en' ? "Ukraine's government · case count" : 'уряд України · підрахунок окремих випадків');
      expect(alt, locale).not.toMatch(locale === 'en' ? /ukraine's government/ : /україни ·/);
    }
  });
});
