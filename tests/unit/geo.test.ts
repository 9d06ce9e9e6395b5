/**
 * The map geometry: content/geo/ukraine-russia.topo.json and
 * src/charts/geo/regions.ts. Crimea is Ukraine's; names are today's;
 * Russia's subjects are today's 83; the file stays small; the views fit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoArea, geoContains, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  featureByIso,
  featuresFor,
  heightFor,
  projectionFor,
  russiaFeatures,
  topology,
  ukraineFeatures,
  ukraineOutline,
  type MapFocus,
} from '../../src/charts/geo/regions.ts';

const FILE = fileURLToPath(new URL('../../content/geo/ukraine-russia.topo.json', import.meta.url));
const BUILD = fileURLToPath(new URL('../../scripts/build-geo.ts', import.meta.url));

/** Points inside Crimea: Simferopol, Sevastopol, Kerch, Yevpatoria. */
const CRIMEA: [number, number][] = [
  [34.1, 44.95],
  [33.52, 44.6],
  [36.47, 45.36],
  [33.37, 45.2],
];

describe('content/geo/ukraine-russia.topo.json', () => {
  it('has the objects ukraine and russia', () => {
    const raw = JSON.parse(readFileSync(FILE, 'utf8'));
    expect(raw.type).toBe('Topology');
    expect(Object.keys(raw.objects).sort()).toEqual(['russia', 'ukraine']);
    expect(topology.objects.ukraine.geometries.length).toBe(27);
    expect(topology.objects.russia.geometries.length).toBe(83);
  });

  it('is at most 120 KB', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(120 * 1024);
  });

  it('is what scripts/build-geo.ts produces (the build is deterministic and was re-run)', () => {
    // Exits 1 with a message if a fresh build differs from the file.
    execFileSync(process.execPath, [BUILD, '--check'], { stdio: 'pipe' });
  }, 30_000);
});

describe('Ukraine', () => {
  const features = ukraineFeatures();

  it('has 27 units with unique ISO 3166-2 codes UA-NN', () => {
    const codes = features.map((f) => f.properties.iso);
    expect(codes.length).toBe(27);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^UA-\d{2}$/);
    for (const f of features) expect(f.id).toBe(f.properties.iso);
  });

  it('uses today’s English names, not dated transliterations', () => {
    const names = features.map((f) => f.properties.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).not.toMatch(/Kiev|Odessa|Zaporizhzhya|Vinnytsya|Mykolayiv|Transcarpathia|Dnipropetrovs'k|yy\b|'|’/);
    }
    const byIso = Object.fromEntries(features.map((f) => [f.properties.iso, f.properties.name]));
    expect(byIso).toMatchObject({
      'UA-05': 'Vinnytsia',
      'UA-09': 'Luhansk',
      'UA-12': 'Dnipropetrovsk',
      'UA-14': 'Donetsk',
      'UA-21': 'Zakarpattia',
      'UA-23': 'Zaporizhzhia',
      'UA-26': 'Ivano-Frankivsk',
      'UA-30': 'Kyiv City',
      'UA-32': 'Kyiv',
      'UA-35': 'Kirovohrad',
      'UA-40': 'Sevastopol',
      'UA-43': 'Crimea',
      'UA-46': 'Lviv',
      'UA-48': 'Mykolaiv',
      'UA-51': 'Odesa',
      'UA-63': 'Kharkiv',
      'UA-65': 'Kherson',
      'UA-68': 'Khmelnytskyi',
      'UA-77': 'Chernivtsi',
    });
  });

  it('holds Crimea (UA-43) and Sevastopol (UA-40), and its outline contains Crimea', () => {
    expect(featureByIso('UA-43')?.properties.name).toBe('Crimea');
    expect(featureByIso('UA-40')?.properties.name).toBe('Sevastopol');
    const crimea = featureByIso('UA-43')!;
    const sevastopol = featureByIso('UA-40')!;
    expect(geoContains(crimea, CRIMEA[0]!)).toBe(true); // Simferopol
    expect(geoContains(sevastopol, CRIMEA[1]!)).toBe(true);
    for (const p of CRIMEA) expect(geoContains(ukraineOutline(), p)).toBe(true);
    // Kyiv city is inside the outline too, not a hole in it.
    expect(geoContains(ukraineOutline(), [30.52, 50.45])).toBe(true);
  });

  it('has sane shapes (no inverted or empty rings)', () => {
    for (const f of [...features, ...russiaFeatures()]) {
      const a = geoArea(f);
      expect(a, f.properties.iso).toBeGreaterThan(0);
      expect(a, f.properties.iso).toBeLessThan(0.1); // Sakha, the largest, is ~0.075 sr
    }
  });
});

describe('Russia', () => {
  const features = russiaFeatures();

  it('has today’s 83 federal subjects with unique ISO 3166-2:RU codes', () => {
    const codes = features.map((f) => f.properties.iso);
    expect(codes.length).toBe(83);
    expect(new Set(codes).size).toBe(83);
    for (const code of codes) expect(code).toMatch(/^RU-[A-Z]{2,3}$/);
    for (const code of [
      'RU-ROS', 'RU-MOS', 'RU-MOW', 'RU-TA', 'RU-KDA', 'RU-SVE', 'RU-TYU', 'RU-IRK', 'RU-KEM', 'RU-ALT',
      'RU-NIZ', 'RU-ORL', 'RU-SAM', 'RU-YAR', 'RU-SAK', 'RU-VGG', 'RU-CE', 'RU-KRS', 'RU-ME', 'RU-ZAB',
      'RU-PER', 'RU-KYA', 'RU-KAM', 'RU-BEL', 'RU-BRY', 'RU-SPE', 'RU-LEN', 'RU-KGD', 'RU-CHU', 'RU-MAG',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('has no feature for Crimea or Sevastopol, by name, code or shape', () => {
    for (const f of features) {
      expect(f.properties.name).not.toMatch(/crimea|krym|sevastopol|sebastopol/i);
      expect(f.properties.iso).not.toMatch(/^UA-|^RU-(CR|KRY|SEV)$/);
      for (const p of CRIMEA) expect(geoContains(f, p), `${f.properties.iso} covers ${p}`).toBe(false);
    }
  });

  it('has no pre-2008 units (all merged into today’s subjects)', () => {
    for (const f of features) {
      expect(f.properties.name).not.toMatch(/ust[- ]?orda|\baga\b|komi[- ]?perm|ta[iy]m[iy]r|evenk|kor[yi]ak|\bchita\b|\bperm oblast|kamchatka oblast/i);
    }
    // ISO codes of the abolished subjects.
    for (const old of ['RU-UOB', 'RU-AGB', 'RU-KOP', 'RU-TAY', 'RU-EVE', 'RU-KOR', 'RU-CHI']) {
      expect(featureByIso(old), old).toBeUndefined();
    }
  });

  it('uses modern names for the merged subjects', () => {
    expect(featureByIso('RU-ZAB')?.properties.name).toBe('Zabaykalsky');
    expect(featureByIso('RU-PER')?.properties.name).toBe('Perm');
    expect(featureByIso('RU-KAM')?.properties.name).toBe('Kamchatka');
    expect(featureByIso('RU-KYA')?.properties.name).toBe('Krasnoyarsk');
    expect(featureByIso('RU-IRK')?.properties.name).toBe('Irkutsk');
  });
});

describe('projections', () => {
  const views: MapFocus[] = ['west', 'full'];

  for (const focus of views) {
    it(`${focus}: Kyiv oblast, Crimea, Moscow and Rostov lie inside a 320-px frame`, () => {
      const width = 320;
      const height = heightFor(width, focus);
      expect(height).toBeGreaterThan(100);
      expect(height).toBeLessThan(320);
      const path = geoPath(projectionFor(width, height, focus));
      for (const iso of ['UA-32', 'UA-43', 'RU-MOW', 'RU-ROS']) {
        const [[x0, y0], [x1, y1]] = path.bounds(featureByIso(iso)!);
        expect(x0, iso).toBeGreaterThanOrEqual(0);
        expect(y0, iso).toBeGreaterThanOrEqual(0);
        expect(x1, iso).toBeLessThanOrEqual(width);
        expect(y1, iso).toBeLessThanOrEqual(height);
        expect(x1 - x0, iso).toBeGreaterThan(0);
      }
    });
  }

  it('full: Irkutsk, Sakhalin and Chukotka lie inside the frame', () => {
    const height = heightFor(320, 'full');
    const path = geoPath(projectionFor(320, height, 'full'));
    for (const iso of ['RU-IRK', 'RU-SAK', 'RU-CHU', 'RU-KGD']) {
      const [[x0, y0], [x1, y1]] = path.bounds(featureByIso(iso)!);
      expect(Math.min(x0, y0), iso).toBeGreaterThanOrEqual(0);
      expect(x1, iso).toBeLessThanOrEqual(320);
      expect(y1, iso).toBeLessThanOrEqual(height);
    }
  });

  it('featuresFor keeps every region, with valid shapes, at phone size', () => {
    const p = projectionFor(320, heightFor(320, 'full'), 'full');
    const { ukraine, russia, ukraineOutline: outline } = featuresFor(p);
    expect(ukraine.length).toBe(27);
    expect(russia.length).toBe(83);
    for (const f of [...ukraine, ...russia]) {
      const a = geoArea(f);
      expect(a, f.properties.iso).toBeGreaterThan(0);
      expect(a, f.properties.iso).toBeLessThan(0.1);
    }
    expect(geoContains(outline, CRIMEA[0]!)).toBe(true);
  });
});
