import { describe, expect, it } from 'vitest';
import { adoptionPipeline as chart } from '../../../src/charts/adoption-pipeline.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { clippedTexts, overlappingTexts, svgDoc } from './svg-text-boxes.ts';

const ds = latestDataset();
const STEPS = ['deported-verified', 'rostov-guardianship', 'rostov-foster-care-534', 'yale-adoption-database', 'yale-naturalized', 'adopted-ukraine-count'];

const words = (svg: string) => [...svgDoc(svg).querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/\u00a0/g, ' ')).join(' | ');

function cards(svg: string) {
  return [...svgDoc(svg).querySelectorAll('g[data-tip]')];
}

describe('adoption-pipeline', () => {
  it('is registered under its URL id in its chapter', () => {
    expect(getChart('adoption-pipeline')).toBe(chart);
    expect(chart.chapter).toBe('adoption-pipeline');
  });

  for (const width of [300, 640]) {
    describe(`at ${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const cs = cards(svg);

      it('draws one numbered card per step', () => {
        expect(cs).toHaveLength(STEPS.length);
        const w = words(svg);
        if (width >= 480) ['1 · TAKEN', '2 · GUARDIANSHIP', '3 · FOSTER CARE', '4 · LISTED', '5 · CITIZENSHIP', '6 · ADOPTION'].forEach((s) => expect(w).toContain(s));
        else {
          // The phone list: each block starts with its step's number in the margin, then its count and what it counts.
          expect(cs.map((g) => g.querySelector('text')!.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
          expect(cs.map((g) => g.querySelector('text')!.getAttribute('x'))).toEqual(Array(6).fill('0'));
          for (const label of ['Deported to Russia', 'Made Russian citizens', 'Placed in Russian families']) expect(w).toContain(label);
        }
      });

      it('states plainly that the steps are separate counts, above the cards', () => {
        const doc = svgDoc(svg);
        const first = doc.querySelector('text')!;
        // However the sentence wraps (" | " marks a line break).
        expect(words(svg).replace(/ \| /g, ' ')).toMatch(width >= 480 ? /^Each step is a separate count from a different source and date/ : /^Separate counts: they cannot be subtracted/);
        expect(Number(first.getAttribute('y'))).toBeLessThan(40);
      });

      if (width < 480)
        it('is a compact list on a phone: under 600 px tall (in both languages), no arrows between steps', () => {
          expect(Number(svgDoc(svg).querySelector('svg')!.getAttribute('height'))).toBeLessThan(600);
          const uk = chart.render(localizeDataset(ds, 'uk'), { width, locale: 'uk' });
          expect(Number(svgDoc(uk).querySelector('svg')!.getAttribute('height'))).toBeLessThan(640);
          expect(svg).not.toMatch(/<path d="M[\d.]+ [\d.]+v/);
        });

      it('is not a funnel: every card has the same width whatever its number, and nothing joins them by width', () => {
        const widths = cs.map((g) => g.querySelector('rect')!.getAttribute('width'));
        expect(new Set(widths).size).toBe(1);
        expect(svgDoc(svg).querySelectorAll('polygon').length).toBe(0);
      });

      it('shows each step’s number, as stated', () => {
        const w = words(svg);
        for (const v of ['19,546', '1,184', '534', '314', 'at least 67', '386']) expect(w, v).toContain(v);
      });

      it('shows each step’s claimant, as-of date and method in words', () => {
        const w = words(svg);
        // On a phone the method is the strip's mark (named in the legend), not repeated in words.
        const m = (word: string) => (width >= 480 ? `${word} · ` : '');
        for (const s of [`${m('Case count')}Ukraine's government · 1 Dec 2025`, `${m('Statement')}Russia's Ministry of Education · 2022`, `${m('Case count')}Yale Humanitarian Research Lab`, '3 Dec 2024', '2 Sept 2023']) {
          expect(w.replace(/ \| /g, ' '), s).toContain(s);
        }
        expect(w).toMatch(/148 listed in placement/);
      });

      it('marks each card with its figure’s method mark', () => {
        const strips = cs.map((g) => g.querySelector('rect.status')!);
        const kind = (r: Element) => (r.getAttribute('fill')!.startsWith('url(') ? 'statement' : r.hasAttribute('stroke-dasharray') ? 'estimate' : 'case-count');
        expect(strips.map(kind)).toEqual(['case-count', 'statement', 'statement', 'case-count', 'case-count', 'case-count']);
        expect(strips[1]!.getAttribute('fill')).toBe(`url(#adoption-pipeline-${width}-hatch)`);
      });

      it('gives each card a full tooltip with claimant and date', () => {
        for (const g of cs) expect(g.getAttribute('data-tip')).toMatch(/^Step \d, .*: .* as of .*\d{4}\. [^.]+ · (case count|estimate|statement), according to .+\.$/);
      });

      it('keeps every label inside the chart and apart from the others', () => {
        expect(clippedTexts(svg)).toEqual([]);
        expect(overlappingTexts(svg)).toEqual([]);
      });
    });
  }

  it('follows the data: a changed value, method and date show up on the card', () => {
    const fx: Dataset = structuredClone(ds);
    const nat = fx.figures.find((f) => f.id === 'yale-naturalized')! as { value: number; qualifier: string; as_of: string };
    nat.value = 99;
    nat.qualifier = 'exact';
    nat.as_of = '2025-03';
    const rostov = fx.figures.find((f) => f.id === 'rostov-guardianship')!;
    rostov.method = 'case-count';
    const before = chart.render(ds, { width: 300, locale: 'en' });
    const svg = chart.render(fx, { width: 300, locale: 'en' });
    const w = words(svg);
    expect(w).toContain('99');
    expect(w).not.toContain('at least 67');
    expect(w).toContain('Mar 2025');
    const strip = cards(svg)[1]!.querySelector('rect.status')!;
    expect(strip.getAttribute('fill')).toMatch(/var\(--c-verified/);
    // The cards keep their size: nothing is scaled to the values.
    expect(cards(svg).map((g) => g.querySelector('rect')!.getAttribute('width'))).toEqual(cards(before).map((g) => g.querySelector('rect')!.getAttribute('width')));
    expect(chart.describe(fx, 'en').alt).toContain('Citizenship: 99');
    expect(chart.table(fx, 'en').rows.find((r) => String(r.step).startsWith('5.'))!.children).toBe(99);
  });

  it('has a table with every step (and the Yale breakdown), claimant and as-of date', () => {
    const t = chart.table(ds, 'en');
    // The six steps with Yale's breakdown, then the two figures the adoption note cites (Lubinets via Meduza, Lvova-Belova).
    expect(t.rows.map((r) => r.children)).toEqual([19546, 1184, 534, 314, 148, 42, 67, 386, 400, 380]);
    for (const r of t.rows) {
      expect(String(r.claimant)).not.toBe('');
      expect(String(r.as_of)).toMatch(/^\d{4}/);
    }
  });

  it('describes every step and lists the methods used', () => {
    const r = renderChart(chart, ds, { locale: 'en' });
    expect(r.text.methods).toEqual(['case-count', 'statement']);
    expect(r.text.alt).toMatch(/not one group of children/);
    expect(r.text.alt).toMatch(/1\. Taken: at least 19,546.*6\. Adoption: 386/);
    expect(r.text.notes[0]).toMatch(/separate count/);
  });

  it('is deterministic', () => {
    expect(chart.render(ds, { width: 640, locale: 'en' })).toBe(chart.render(ds, { width: 640, locale: 'en' }));
  });
});
