import { describe, expect, it } from 'vitest';
import { adoptionPipeline as chart } from '../../../src/charts/adoption-pipeline.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { localizeDataset } from '../../../src/data/translations.ts';
import { clippedTexts, overlappingTexts, svgDoc } from './svg-text-boxes.ts';
import { textWidth } from '../../../src/charts/text.ts';

const ds = latestDataset();
const STEPS = ['deported-verified', 'rostov-guardianship', 'rostov-foster-care-534', 'yale-adoption-database', 'yale-naturalized', 'adopted-ukraine-count'];

const fig = (id: string) => ds.figures.find((f) => f.id === id)!;
const words = (svg: string) => [...svgDoc(svg).querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/\u00a0/g, ' ')).join(' | ');

/** The steps' rows: one group per step, with the step's tip and figure id. */
function rows(svg: string) {
  return [...svgDoc(svg).querySelectorAll('g[data-tip]')];
}
/** A row's dot: the one circle Plot drew in it. */
const dotOf = (g: Element) => {
  const c = [...g.querySelectorAll('circle')];
  expect(c).toHaveLength(1);
  return c[0]!;
};

/** A dot's fill: Plot sets it on the dot's mark group. */
const fillOf = (c: Element) => c.closest('[fill]')!.getAttribute('fill')!;

describe('adoption-pipeline', () => {
  it('is registered under its URL id in its chapter', () => {
    expect(getChart('adoption-pipeline')).toBe(chart);
    expect(chart.chapter).toBe('adoption-pipeline');
  });

  for (const width of [300, 640, 960]) {
    describe(`at ${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const rs = rows(svg);

      it('draws one numbered row per step, in the chapter’s order, each with its figure', () => {
        expect(rs.map((g) => g.getAttribute('data-figure'))).toEqual(STEPS);
        const w = words(svg);
        ['1 · TAKEN', '2 · GUARDIANSHIP', '3 · FOSTER CARE', '4 · LISTED', '5 · CITIZENSHIP', '6 · ADOPTION'].forEach((s) => expect(w).toContain(s));
        for (const label of ['Deported to Russia', 'Made Russian citizens', 'Placed in Russian families']) expect(w.replace(/ \| /g, ' ')).toContain(label);
      });

      it('states plainly that the steps are separate counts, from different sources and dates, above them', () => {
        const first = svgDoc(svg).querySelector('text')!;
        // However the sentence wraps (" | " marks a line break).
        expect(words(svg).replace(/ \| /g, ' ')).toMatch(/^Each step is a separate count from a different source and date\. They do not follow one group of children/);
        expect(Number(first.getAttribute('y'))).toBeLessThan(40);
      });

      it('puts every figure on one shared logarithmic axis: a dot per step, ten times the count the same distance further right', () => {
        const xs = rs.map((g) => Number(dotOf(g).getAttribute('cx')));
        const values = STEPS.map((id) => (fig(id) as { value: number }).value);
        // Pixels per power of ten, from every pair of steps: one scale for all.
        const perDecade = values.flatMap((a, i) => values.slice(i + 1).map((b, k) => (xs[i]! - xs[i + 1 + k]!) / Math.log10(a / b)));
        for (const d of perDecade) expect(d).toBeCloseTo(perDecade[0]!, 0);
        expect(perDecade[0]!).toBeGreaterThan(width < 480 ? 50 : 80);
        // The tick labels, in full: 10, 100, 1,000, 10,000, 100,000.
        for (const t of ['10', '100', '1,000', '10,000', '100,000']) expect(words(svg).split(' | ')).toContain(t);
      });

      it('is not a funnel: nothing joins the dots, and nothing is drawn to the values but the dots’ places', () => {
        const doc = svgDoc(svg);
        expect(doc.querySelectorAll('polygon, polyline').length).toBe(0);
        expect([...doc.querySelectorAll('path')].filter((p) => !p.closest('defs'))).toEqual([]);
      });

      it('shows each step’s number beside its dot, as stated, in bold', () => {
        rs.forEach((g, i) => {
          const v = ['at least 19,546', '1,184', '534', '314', 'at least 67', '386'][i]!;
          const label = [...g.querySelectorAll('text')].find((t) => t.textContent === v);
          expect(label, v).toBeDefined();
          expect(label!.closest('[font-weight]')!.getAttribute('font-weight')).toBe('700');
          // On the dot's line, starting right of the dot or ending left of it (Plot places it by a translate).
          const [x, y] = /translate\(([\d.]+),([\d.]+)\)/.exec(label!.getAttribute('transform')!)!.slice(1).map(Number) as [number, number];
          const dot = dotOf(g);
          const cx = Number(dot.getAttribute('cx'));
          expect(y).toBe(Number(dot.getAttribute('cy')));
          expect(x >= cx + 6 || x + textWidth(v, 14, 700) <= cx - 6, v).toBe(true);
        });
      });

      it('shows each step’s claimant, as-of date and (wide) method in words', () => {
        const w = words(svg).replace(/ \| /g, ' ');
        // On a phone the method is the dot's mark (named in the legend), not repeated in words.
        const m = (word: string) => (width >= 480 ? `${word} · ` : '');
        for (const s of [`${m('Case count')}Ukraine's government · 1 Dec 2025`, `${m('Statement')}Russia's Ministry of Education · 2022`, `${m('Case count')}Yale Humanitarian Research Lab`, '3 Dec 2024', '2 Sept 2023']) {
          expect(w, s).toContain(s);
        }
        // What each count covers: beside the dots when wide; on a phone, in the notes and the table.
        if (width >= 480) expect(w).toMatch(/148 listed in placement/);
        else expect(w).not.toMatch(/148 listed in placement/);
      });

      it('marks each dot with its figure’s method mark', () => {
        const kind = (c: Element) => (fillOf(c).startsWith('url(') ? 'statement' : c.closest('[stroke-dasharray]') ? 'estimate' : 'case-count');
        expect(rs.map((g) => kind(dotOf(g)))).toEqual(['case-count', 'statement', 'statement', 'case-count', 'case-count', 'case-count']);
        expect(fillOf(dotOf(rs[1]!))).toBe(`url(#adoption-pipeline-${width}-hatch)`);
      });

      it('gives each row a full tooltip with claimant and date', () => {
        for (const g of rs) expect(g.getAttribute('data-tip')).toMatch(/^Step \d, .*: .* as of .*\d{4}\. [^.]+ · (case count|estimate|statement), according to .+\.$/);
      });

      it('keeps every label inside the chart and apart from the others', () => {
        expect(clippedTexts(svg)).toEqual([]);
        expect(overlappingTexts(svg)).toEqual([]);
      });
    });
  }

  it('starts each row’s who-and-when line with a capital in Ukrainian too, where the method word is left out (a phone)', () => {
    const uk = localizeDataset(ds, 'uk');
    const svg = chart.render(uk, { width: 300, locale: 'uk' });
    const w = words(svg).split(' | ');
    // The producers' names as the translation writes them mid-sentence («уряд України»); the line must not start so.
    expect(w).toContain('Уряд України · 1 груд. 2025 р.');
    expect(w.filter((t) => t.startsWith('уряд '))).toEqual([]);
  });

  it('is compact on a phone: under 600 px tall in English and 640 in Ukrainian (the embed stays within a WordPress frame)', () => {
    expect(Number(svgDoc(chart.render(ds, { width: 300, locale: 'en' })).querySelector('svg')!.getAttribute('height'))).toBeLessThan(600);
    const uk = chart.render(localizeDataset(ds, 'uk'), { width: 300, locale: 'uk' });
    expect(Number(svgDoc(uk).querySelector('svg')!.getAttribute('height'))).toBeLessThan(640);
  });

  it('follows the data: a changed value, method and date move the dot and show up in its row', () => {
    const fx: Dataset = structuredClone(ds);
    const nat = fx.figures.find((f) => f.id === 'yale-naturalized')! as { value: number; qualifier: string; as_of: string };
    nat.value = 6700;
    nat.qualifier = 'exact';
    nat.as_of = '2025-03';
    const rostov = fx.figures.find((f) => f.id === 'rostov-guardianship')!;
    rostov.method = 'case-count';
    const before = rows(chart.render(ds, { width: 300, locale: 'en' }));
    const svg = chart.render(fx, { width: 300, locale: 'en' });
    const w = words(svg);
    expect(w).toContain('6,700');
    expect(w).not.toContain('at least 67');
    expect(w).toContain('Mar 2025');
    expect(fillOf(dotOf(rows(svg)[1]!))).toMatch(/var\(--c-verified/);
    // On the same scale as the others: 6,700 sits log10(6,700 / 314) powers of ten right of Yale's 314.
    const x = (g: Element) => Number(dotOf(g).getAttribute('cx'));
    const after = rows(svg);
    const decade = (x(after[0]!) - x(after[3]!)) / Math.log10(19546 / 314);
    expect(x(after[4]!) - x(after[3]!)).toBeCloseTo(Math.log10(6700 / 314) * decade, 0);
    expect(x(after[4]!)).toBeGreaterThan(x(before[4]!));
    expect(chart.describe(fx, 'en').alt).toContain('Citizenship: 6,700');
    expect(chart.table(fx, 'en').rows.find((r) => String(r.step).startsWith('5.'))!.children).toBe(6700);
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
