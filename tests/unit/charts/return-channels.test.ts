/**
 * return-channels: one labelled mark per channel figure with its own number,
 * claimant and date; method swatches from method-mark.ts; Qatar's two-way count and
 * the Istanbul conflict said on the chart; no total anywhere; no overlaps.
 */
import { describe, expect, it } from 'vitest';
import { returnChannels as chart, numberText, shortClaimant } from '../../../src/charts/return-channels.ts';
import { getChart } from '../../../src/charts/index.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { overlaps, svgDoc, textBoxes, viewBox } from './svg-inspect.ts';

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

      it('shows every number as the sources word it', () => {
        const text = words(doc.querySelector('svg')!);
        for (const n of ['2,003', '107', '339', '400', '10', '100', '20%', '134', '30']) expect(text).toMatch(new RegExp(`(^| )${n}( |$)`));
        for (const q of ['nearly', 'up to', 'fewer than']) expect(text).toContain(q);
        expect(text).toContain('5 of them to families in Ukraine');
      });

      it('never shows a total', () => {
        const values = SHOWN.map((id) => fig(id)).map((f) => ('value' in f ? f.value : 0));
        const bigNumbers = [...doc.querySelectorAll('text[font-weight="700"]')]
          .map((t) => t.textContent!)
          .filter((s) => /^[\d,]+%?$/.test(s))
          .map((s) => Number(s.replace(/[,%]/g, '')));
        for (const n of bigNumbers) expect(values).toContain(n);
        const sum = values.reduce((a, b) => a + b, 0);
        expect(svg).not.toContain(`>${sum.toLocaleString('en')}<`);
        // Said on the drawing when wide; on a phone the subtitle just above it says so (the drawing does not repeat it).
        if (width >= 560) expect(words(doc.querySelector('svg')!)).toContain('do not add up');
        else expect(chart.describe(ds, 'en').subtitle).toContain('do not add up');
      });

      it('marks each method with the shared styles: case counts solid, statements hatched, ids prefixed by chart and width', () => {
        expect(svg).toContain(`<pattern id="return-channels-${width}-hatch"`);
        const swatches = [...doc.querySelectorAll('[data-tip] rect')];
        const verified = swatches.filter((r) => r.getAttribute('fill')!.includes('--c-verified'));
        const hatched = swatches.filter((r) => r.getAttribute('fill') === `url(#return-channels-${width}-hatch)`);
        expect(verified).toHaveLength(SHOWN.filter((id) => fig(id).method === 'case-count').length);
        expect(hatched).toHaveLength(SHOWN.filter((id) => fig(id).method === 'statement').length - 1); // the sub-count has no swatch
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
        const { w, h } = viewBox(doc);
        const boxes = textBoxes(doc);
        expect(overlaps(boxes)).toEqual([]);
        for (const b of boxes) {
          expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
          expect(b.x1, b.text).toBeLessThanOrEqual(w + 0.5);
          expect(b.y1, b.text).toBeLessThanOrEqual(h);
        }
      });
    });
  }

  it('is compact on a phone: under 720 px tall in both languages, each number on the line of what it counts', () => {
    for (const locale of ['en', 'uk'] as const) {
      const svg = chart.render(localizeDataset(ds, locale), { width: 300, locale });
      expect(viewBox(svgDoc(svg)).h, locale).toBeLessThan(locale === 'en' ? 720 : 770);
    }
    const doc = svgDoc(chart.render(ds, { width: 300, locale: 'en' }));
    const big = [...doc.querySelectorAll('text[font-size="20"]')].find((t) => t.textContent === '339')!;
    const sameLine = [...doc.querySelectorAll('text')].filter((t) => t !== big && t.getAttribute('y') === big.getAttribute('y'));
    expect(sameLine.map((t) => t.textContent).join(' ')).toMatch(/^children named on the list/);
  });

  it('uses two columns when wide and one when narrow', () => {
    const headingXs = (w: number) =>
      [...svgDoc(chart.render(ds, { width: w, locale: 'en' })).querySelectorAll('text[font-size="14"]')].map((t) => Number(t.getAttribute('x')));
    expect(new Set(headingXs(300))).toEqual(new Set([0]));
    expect(Math.max(...headingXs(640))).toBeGreaterThan(320);
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
