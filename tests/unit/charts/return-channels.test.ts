/**
 * return-channels: one labelled row per channel figure with its own number, claimant and date; every count a dot on
 * one shared logarithmic axis, method-marked (method-mark.ts); the share without a dot, saying why; Qatar's two-way
 * count and the Istanbul conflict said on the chart; no total anywhere; no overlaps.
 */
import { describe, expect, it } from 'vitest';
import { returnChannels as chart, numberText, shortClaimant } from '../../../src/charts/return-channels.ts';
import { getChart } from '../../../src/charts/index.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { svgDoc, viewBox } from './svg-inspect.ts';
import { clippedTexts, overlappingTexts } from './svg-text-boxes.ts';

const ds = latestDataset();
const fig = (id: string, d: Dataset = ds) => d.figures.find((f) => f.id === id)!;

const SHOWN = [
  'returned-verified',
  'qatar-reunited',
  'us-first-lady-2025-10',
  'us-first-lady-2025-12',
  'us-first-lady-2026-02',
  'us-first-lady-2026-02-to-ukraine',
  'istanbul-list',
  'istanbul-list-zelensky',
  'istanbul-russia-offer-10',
  'istanbul-russia-hundred-at-most',
  'istanbul-list-information-under-20pct',
  'lvova-belova-reunified-latest',
  'lvova-belova-reunified-russia-latest',
];

const marks = (doc: Document) => [...doc.querySelectorAll('[data-tip]')];
const words = (el: Element) => [...el.querySelectorAll('text')].map((t) => t.textContent).join(' ');
/** A row's dot (none for a share) and its fill, which Plot sets on the dot's mark group. */
const dotsOf = (row: Element) => [...row.querySelectorAll('circle')];
const fillOf = (c: Element) => c.closest('[fill]')!.getAttribute('fill')!;
/** The number beside a row's dot: the bold label Plot drew in the row. */
const numberOf = (row: Element) => row.querySelector('g[font-weight="700"] > text, text[font-weight="700"]')?.textContent;

describe('return-channels', () => {
  it('is registered under its URL id in the negotiations chapter', () => {
    expect(getChart('return-channels')).toBe(chart);
    expect(chart.chapter).toBe('negotiations');
  });

  for (const width of [300, 640]) {
    describe(`${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const doc = svgDoc(svg);

      it('has one mark per figure, each tip with its own number, date, claimant and provenance', () => {
        const tips = marks(doc).map((m) => m.getAttribute('data-tip')!);
        expect(tips).toHaveLength(SHOWN.length);
        SHOWN.forEach((id, i) => {
          const f = fig(id);
          expect(tips[i]).toContain(f.label);
          expect(tips[i]).toContain(f.claimant);
          expect(tips[i]).toMatch(f.method === 'statement' ? / · statement: a statement no one else could check/ : / · case count: a count of individual cases/);
        });
      });

      it('shows every number as the sources word it, beside its dot', () => {
        const rows = marks(doc);
        expect(rows.map(numberOf)).toEqual(['2,003', '107', '8', '7', '6', '5', '339', 'nearly 400', 'up to 10', 'up to 100', 'fewer than 20%', '134', '30']);
        expect(words(rows[5]!)).toContain('of them to families in Ukraine');
      });

      it('puts every count on one shared logarithmic axis, and the share on none, saying why', () => {
        const rows = marks(doc);
        const counts = SHOWN.map((id, i) => ({ f: fig(id), row: rows[i]! })).filter((x) => x.f.unit !== 'percent');
        for (const { row } of counts) expect(dotsOf(row)).toHaveLength(1);
        const x = (row: Element) => Number(dotsOf(row)[0]!.getAttribute('cx'));
        const v = (f: (typeof counts)[number]['f']) => (f as { value: number }).value;
        // Pixels per power of ten between Ukraine's count and every other: one scale for all.
        const per = counts.slice(1).map((c) => (x(counts[0]!.row) - x(c.row)) / Math.log10(v(counts[0]!.f) / v(c.f)));
        for (const d of per) expect(d).toBeCloseTo(per[0]!, 0);
        expect(per[0]!).toBeGreaterThan(width < 560 ? 60 : 140);
        for (const tick of ['1', '10', '100', '1,000', '10,000']) expect(words(doc.querySelector('svg')!).split(' ')).toContain(tick);
        const share = rows[SHOWN.indexOf('istanbul-list-information-under-20pct')]!;
        expect(dotsOf(share)).toHaveLength(0);
        expect(words(share).replace(/\u00a0/g, ' ')).toContain('a share, not a count: not on the scale');
      });

      it('never shows a total', () => {
        const values = SHOWN.map((id) => fig(id)).map((f) => ('value' in f ? f.value : 0));
        for (const n of marks(doc).map(numberOf)) expect(values).toContain(Number(n!.replace(/^\D+/, '').replace(/[,%]/g, '')));
        const sum = values.reduce((a, b) => a + b, 0);
        expect(svg).not.toContain(`>${sum.toLocaleString('en')}<`);
        // Said on the drawing when wide; on a phone the subtitle just above it says so (the drawing does not repeat it).
        if (width >= 560) expect(words(doc.querySelector('svg')!)).toContain('do not add up');
        else expect(chart.describe(ds, 'en').subtitle).toContain('do not add up');
      });

      it('marks each dot with the shared styles: case counts solid, statements hatched, ids prefixed by chart and width', () => {
        expect(svg).toContain(`<pattern id="return-channels-${width}-hatch"`);
        const dots = marks(doc).flatMap(dotsOf);
        expect(dots.filter((c) => fillOf(c).includes('--c-verified'))).toHaveLength(SHOWN.filter((id) => fig(id).method === 'case-count').length);
        // Every statement but the share, which has no dot.
        expect(dots.filter((c) => fillOf(c) === `url(#return-channels-${width}-hatch)`)).toHaveLength(SHOWN.filter((id) => fig(id).method === 'statement').length - 1);
      });

      it("says that Qatar's count runs both ways and that the Istanbul figures conflict", () => {
        const text = words(doc.querySelector('svg')!);
        expect(text).toContain("Qatar's mediation (counts both directions)");
        expect(text).toMatch(/conflicts with 339/);
      });

      it('gives each row its claimant and as-of date', () => {
        const text = words(doc.querySelector('svg')!).replace(/\u00a0/g, ' ');
        // Phones get short dates ("24 Aug 2025").
        expect(text).toMatch(/Qatar's Ministry of Foreign Affairs · 24 Aug(ust)? 2025/);
        expect(text).toMatch(/Andriy Yermak · 24 July? 2025/);
        expect(text).toMatch(/12 Feb(ruary)? 2026/);
      });

      it('keeps every label inside the SVG and clear of the others', () => {
        // Measured run by run (svg-text-boxes.ts: a row's words and its muted who-and-when are set at two sizes).
        expect(overlappingTexts(svg)).toEqual([]);
        expect(clippedTexts(svg)).toEqual([]);
      });
    });
  }

  it('starts each who-and-when label with a capital in Ukrainian, where the translation writes the producer in lower case mid-sentence', () => {
    const uk = localizeDataset(ds, 'uk');
    for (const width of [300, 640]) {
      const texts = [...svgDoc(chart.render(uk, { width, locale: 'uk' })).querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/\u00a0/g, ' '));
      // «уряд України» and «російська делегація в Стамбулі» are the translation's own words for two claimants.
      expect(texts.filter((t) => /^(уряд|російська делегація)/.test(t)), `${width} px`).toEqual([]);
      expect(texts.some((t) => t.startsWith('Уряд України ·')), `${width} px`).toBe(true);
    }
  });

  it('is compact on a phone: under 680 px tall in English and 700 in Ukrainian (the embed stays within a WordPress frame)', () => {
    for (const locale of ['en', 'uk'] as const) {
      const svg = chart.render(localizeDataset(ds, locale), { width: 300, locale });
      expect(viewBox(svgDoc(svg)).h, locale).toBeLessThan(locale === 'en' ? 680 : 700);
    }
  });

  it('follows the data: values, the optional sub-count and conflicts come from the dataset', () => {
    const fixture = structuredClone(ds);
    (fig('qatar-reunited', fixture) as { value: number }).value = 121;
    (fig('us-first-lady-2026-02-to-ukraine', fixture) as { value: number }).value = 6; // no longer differs: not drawn
    fig('istanbul-list-zelensky', fixture).conflicts_with = [];
    const doc = svgDoc(chart.render(fixture, { width: 300, locale: 'en' }));
    const text = words(doc.querySelector('svg')!);
    expect(text).toContain('121');
    expect(text).not.toMatch(/(^| )107( |$)/);
    expect(text).not.toContain('of them to families in Ukraine');
    expect(text).not.toContain('conflicts with');
    expect(marks(doc)).toHaveLength(SHOWN.length - 1);
    const without = structuredClone(ds);
    without.figures = without.figures.filter((f) => f.id !== 'us-first-lady-2026-02-to-ukraine');
    expect(marks(svgDoc(chart.render(without, { width: 300, locale: 'en' })))).toHaveLength(SHOWN.length - 1);
  });

  it('has a table row per figure with channel, provenance, claimant and as-of', () => {
    const t = chart.table(ds, 'en');
    expect(t.rows).toHaveLength(SHOWN.length);
    expect(t.rows.find((r) => r.measure === fig('qatar-reunited').label)).toMatchObject({
      channel: "Qatar's mediation (counts both directions)",
      value: 107,
      provenance: 'Mediator · case count',
      as_of: '2025-08-24',
    });
    expect(t.rows.find((r) => r.value === 20)!.as_stated).toBe('fewer than 20%');
  });

  it('words numbers and claimants as the sources do', () => {
    expect(numberText(fig('istanbul-list-zelensky'), 'en')).toBe('nearly 400');
    expect(numberText(fig('istanbul-list-information-under-20pct'), 'en')).toBe('fewer than 20%');
    expect(shortClaimant(fig('qatar-reunited').claimant)).toBe("Qatar's Ministry of Foreign Affairs");
    expect(shortClaimant(fig('us-first-lady-2025-10').claimant)).toBe('Melania Trump');
  });

  it('says in its text that the counts overlap and lists methods in legend order', () => {
    const text = chart.describe(ds, 'en');
    expect(text.subtitle).toContain('do not add up');
    expect(text.alt).toContain('no total');
    expect(text.methods).toEqual(['case-count', 'statement']);
  });
});
