import { describe, expect, it } from 'vitest';
import { russianClaims as chart } from '../../../src/charts/russian-claims.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { clippedTexts, overlappingTexts, svgDoc } from './svg-text-boxes.ts';

const ds = latestDataset();
const nClaims = ds.series.find((s) => s.id === 'russian-claims')!.points.length;
const nVerified = ds.series.find((s) => s.id === 'deported-verified')!.points.length;

const words = (svg: string) => [...svgDoc(svg).querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/\u00a0/g, ' ')).join(' | ');

describe('russian-claims', () => {
  it('is registered under its URL id in the filtration chapter', () => {
    expect(getChart('russian-claims')).toBe(chart);
    expect(chart.chapter).toBe('filtration');
  });

  for (const width of [300, 640]) {
    describe(`at ${width} px`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const doc = svgDoc(svg);
      const claimMarks = [...doc.querySelectorAll('rect[data-tip]')];
      const verifiedMarks = [...doc.querySelectorAll('circle[data-tip]')];

      it('draws one hatched marker per Russian claim and one solid point per verified count', () => {
        expect(claimMarks).toHaveLength(nClaims);
        // Plot sets a mark's constant paint on the group around its shapes.
        for (const m of claimMarks) expect(m.closest('[fill]')!.getAttribute('fill')).toBe(`url(#russian-claims-${width}-hatch)`);
        expect(verifiedMarks).toHaveLength(nVerified);
        for (const m of verifiedMarks) expect(m.closest('[fill]')!.getAttribute('fill')).toMatch(/var\(--c-verified/);
      });

      it('draws Ukraine’s count as solid lines (no dashes), in both panels', () => {
        const lines = [...doc.querySelectorAll('g[fill="none"] > path')].filter((p) => /--c-verified/.test(p.parentElement!.getAttribute('stroke') ?? ''));
        expect(lines).toHaveLength(2);
        for (const l of lines) expect(l.closest('[stroke-dasharray]')).toBeNull();
      });

      it('labels each claim with its value, who said it and when', () => {
        const w = words(svg).replace(/ \| /g, ' ');
        for (const s of ['nearly 197,000', '700,000', 'more than 700,000', 'Grigory Karasin', 'Maria Lvova-Belova', "Russia's Ministry of Defence", '2 Jul 2023', '30 Jul 2023', 'May 2022']) {
          expect(w, s).toContain(s);
        }
      });

      it('says what each panel counts and that the scales differ', () => {
        const w = words(svg);
        expect(w).toMatch(/most with their/);
        expect(w.replace(/ \| /g, ' ')).toMatch(/No one else could check these figures/);
        expect(w.replace(/ \| /g, ' ')).toMatch(/case by case/);
        expect(w).toMatch(/different scale/);
        expect(w.replace(/ \| /g, ' ')).toContain('Ukraine’s case count, same scale: 19,546');
      });

      it('marks the latest verified value and its date', () => {
        expect(svg).toContain('>19,546<');
        expect(svg).toContain('>as of 1 Dec 2025<');
      });

      it('draws Russia’s claims and Ukraine’s count on the same scale in the top panel', () => {
        // The verified line in the top panel sits just above the zero line: 19,546 / 800,000 of the panel's height.
        const top = [...claimMarks].map((m) => Number(m.getAttribute('y')) + Number(m.getAttribute('height')) / 2);
        const y700 = Math.min(...top);
        const y197 = Math.max(...top);
        const zero = y700 + (y197 - y700) * (700000 / (700000 - 197000)); // extrapolated zero line
        const line = doc.querySelector('g[data-tip^="Ukraine\'s case count on the same scale"] path')!;
        const lastY = Number(line.getAttribute('d')!.match(/([\d.]+)$/)![1]);
        const px = (zero - y700) / 700000;
        expect(zero - lastY).toBeCloseTo(19546 * px, 0);
      });

      it('gives each mark a tooltip with claimant and date', () => {
        for (const m of [...claimMarks, ...verifiedMarks]) expect(m.getAttribute('data-tip')).toMatch(/children, .*\d{4}.*according to /);
        expect(claimMarks.some((m) => /date known only to the month/.test(m.getAttribute('data-tip')!))).toBe(true);
      });

      it('keeps every label inside the chart and apart from the others', () => {
        expect(clippedTexts(svg)).toEqual([]);
        expect(overlappingTexts(svg)).toEqual([]);
      });
    });
  }

  it('follows the data: a changed claim and a new verified count move the marks and labels', () => {
    const fx: Dataset = structuredClone(ds);
    const ru = fx.series.find((s) => s.id === 'russian-claims')!;
    ru.points[ru.points.length - 1]!.value = 900000;
    const ua = fx.series.find((s) => s.id === 'deported-verified')!;
    ua.points.push({ ...ua.points[ua.points.length - 1]!, date: '2026-01-15', value: 21000, qualifier: 'exact' });
    for (const width of [300, 640]) {
      const svg = chart.render(fx, { width, locale: 'en' });
      const w = words(svg);
      expect(w).toContain('more than 900,000');
      expect(w).toContain('1M'); // the axis rescales
      expect(svg).toContain('>21,000<');
      expect(svg).toContain('>as of 15 Jan 2026<');
      expect(w).toContain('2026'); // a new year band
      expect(svgDoc(svg).querySelectorAll('circle[data-tip]')).toHaveLength(nVerified + 1);
      expect(overlappingTexts(svg)).toEqual([]);
      expect(clippedTexts(svg)).toEqual([]);
    }
    expect(chart.describe(fx, 'en').title).toContain('43 times');
  });

  // reliability.md F10c: a claimant data:check accepts once stopped the build with an error naming no data.
  it('wraps a long claimant instead of failing, and names the point when even a wrapped label cannot fit', () => {
    const fx: Dataset = structuredClone(ds);
    const ru = fx.series.find((s) => s.id === 'russian-claims')!;
    ru.points[2]!.claimant = 'Russian Presidential Commissioner for Children’s Rights Maria Lvova-Belova';
    for (const width of [300, 640]) {
      const svg = chart.render(fx, { width, locale: 'en' });
      expect(words(svg)).toMatch(/Russian Presidential .*Lvova-Belova/);
      expect(overlappingTexts(svg)).toEqual([]);
      expect(clippedTexts(svg)).toEqual([]);
    }
    ru.points[2]!.claimant = 'X'.repeat(60);
    expect(() => chart.render(fx, { width: 300, locale: 'en' })).toThrow(
      new RegExp(`^russian-claims: no room at width 300 for the claim of ${ru.points[2]!.date} by "X{60}" \\(content/data/dataset\\.json: \\$\\.series\\[${fx.series.indexOf(ru)}\\]\\.points\\[2\\]\\)`),
    );
  });

  it('has a table with every point of both series, its claimant, provenance and source', () => {
    const t = chart.table(ds, 'en');
    expect(t.rows).toHaveLength(nClaims + nVerified);
    const claims = t.rows.filter((r) => r.provenance === 'Russian officials · statement');
    expect(claims.map((r) => r.children)).toEqual([197000, 700000, 700000]);
    expect(claims.map((r) => r.claimant).join(' ')).toMatch(/Karasin.*Lvova-Belova/);
    for (const r of t.rows) expect(String(r.source)).not.toBe('');
    expect(t.rows.filter((r) => r.provenance === "Ukraine's government · case count")).toHaveLength(nVerified);
  });

  it('describes both series with numbers and lists their methods', () => {
    const r = renderChart(chart, ds, { locale: 'en' });
    expect(r.text.methods).toEqual(['case-count', 'statement']);
    expect(r.text.alt).toMatch(/nearly 197,000.*700,000.*19,546/);
    expect(r.text.title).toContain('36 times');
    expect(r.text.notes.join(' ')).toMatch(/with or without their families/);
  });

  it('is deterministic', () => {
    expect(chart.render(ds, { width: 640, locale: 'en' })).toBe(chart.render(ds, { width: 640, locale: 'en' }));
  });
});
