/**
 * placement-map: where children were taken from, and how far across Russia
 * they were documented. All of Russia is drawn, from Kaliningrad to Sakhalin,
 * with the great-circle distance from the nearest region of origin to the
 * farthest destination drawn on the map. The regions of origin are named
 * beside the map with leader lines, each saying in words whether Russia
 * occupies it. Crimea is drawn as part of Ukraine (UN General Assembly
 * resolution 68/262).
 *
 * Layouts: from WIDE px one map (the origin names in a column at its left, the
 * legend in the empty north-west); on phones, all of Russia on top and a
 * detail of Ukraine and European Russia under it (its area boxed on the map above).
 *
 * Presence, not counts: no per-region numbers exist, so regions are marked,
 * never shaded by quantity. Geometry comes from src/charts/geo/regions.ts at
 * build time; never import this module from a browser script.
 */
import { geoCentroid, geoDistance, geoInterpolate, geoPath, type GeoProjection } from 'd3';
import { merge, mesh } from 'topojson-client';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import type { Dataset, Place } from '../data/schema.ts';
import type { ChartDefinition } from './types.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { ChartDataError } from './requirements.ts';
import { applyMapState, type MapState } from './map-states.ts';
import type { Locale } from '../i18n/index.ts';
import { ct } from '../i18n/charts.ts';
import { aspectOf, featureByIso, featuresFor, heightFor, projectionInto, type RegionFeature, type ScaledRegions } from './geo/regions.ts';
import { compactPath } from './map/path.ts';
import { around, dotBox, HALO, place, Placer, textBox, textEl, type Box, type Candidate } from './map/labels.ts';
import { svgOpen, isNarrow, swatchRect, SWATCH_TEXT_X } from './svg.ts';

export { compactPath } from './map/path.ts';

const ID = 'placement-map';
/** Phone, text column, and the breakout figure at desktop widths. */
const WIDTHS = [300, 640];
/** From this width (the breakout figure): one map with the origins named beside it; below it, all of Russia over a detail map. */
const WIDE = 800;
/** Label size everywhere (≥ 12 px at width 300). */
const FS = 12;
/** Earth's mean radius, km (the distance is a great circle on a sphere). */
const EARTH_KM = 6371;
/** Destinations west of this meridian (°E) are shown in the phone's detail map of Ukraine and European Russia. */
const URALS = 58;
/** Origins blue, destinations the palette's destination orange; occupation is a texture and destinations also get a dot, so colour is never alone. */
const ORIGIN = color('estimate');
const DEST = color('destination');
const DEST_OPACITY = '0.5';

/** After the farthest destinations, names tried first when there is room; then the other destinations in dataset order. */
const LABEL_FIRST = ['RU-MOS', 'RU-ROS'];

/** One highlighted region: every dataset place with this ISO code (Crimea is an origin and a destination). */
interface MapRegion {
  iso: string;
  country: 'UA' | 'RU';
  name: string;
  places: Place[];
  origin: boolean;
  destination: boolean;
  occupied: boolean;
  feature: RegionFeature;
}

const countryName = (c: 'UA' | 'RU', locale: Locale) => ct(`map.country.${c}`, {}, locale);

/**
 * The name on the map, from the dataset's name in the map's language: "Rostov Oblast" → "Rostov", "Republic of
 * Tatarstan" → "Tatarstan"; in Ukrainian the usual map abbreviation, "Ростовська область" → "Ростовська обл.",
 * "Республіка Татарстан" → "Татарстан". The full name is in the tip and the table.
 */
export function shortName(name: string): string {
  const special: Record<string, string> = {
    'Chechen Republic': 'Chechnya',
    'Autonomous Republic of Crimea': 'Crimea',
    'Чеченська Республіка': 'Чечня',
    'Автономна Республіка Крим': 'Крим',
  };
  return (
    special[name] ??
    name
      .replace(/^(Autonomous )?Republic of /, '')
      .replace(/ (Oblast|Krai|Autonomous Okrug|Republic)$/, '')
      .replace(/^Республіка /, '')
      .replace(/ область$/, ' обл.')
  );
}

function publishers(ds: Dataset, ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => ds.sources.find((s) => s.id === id)?.publisher ?? id))];
}

/** The places grouped by region, in dataset order. A code that is not on the map stops the build, naming the place. */
function regionsOf(ds: Dataset): MapRegion[] {
  const byIso = new Map<string, MapRegion>();
  for (const p of ds.places) {
    const feature = featureByIso(p.iso);
    if (!feature) throw new ChartDataError(`chart "${ID}": place "${p.id}" has ISO code ${p.iso}, which is not on the map (content/geo)`);
    if (!p.iso.startsWith(`${p.country}-`)) throw new ChartDataError(`chart "${ID}": place "${p.id}" is in ${p.country} but its code is ${p.iso}`);
    let r = byIso.get(p.iso);
    if (!r) {
      r = { iso: p.iso, country: p.country, name: p.name, places: [], origin: false, destination: false, occupied: false, feature };
      byIso.set(p.iso, r);
    }
    r.places.push(p);
    r.origin ||= p.role === 'origin';
    r.destination ||= p.role === 'destination';
    r.occupied ||= p.occupied;
  }
  return [...byIso.values()];
}

/** The data-tip: "Rostov Oblast, Russia — children documented here (sources: Buna Times, Zmina)". */
export function tipOf(ds: Dataset, r: Pick<MapRegion, 'name' | 'country' | 'origin' | 'destination' | 'occupied' | 'places'>, locale: Locale): string {
  const what: string[] = [];
  if (r.origin) what.push(ct('map.tip.origin', {}, locale));
  if (r.destination) what.push(ct('map.tip.destination', {}, locale));
  const occ = r.occupied ? ct('map.tip.occupied', {}, locale) : '';
  const pubs = publishers(
    ds,
    r.places.flatMap((p) => p.sources),
  );
  return ct('map.tip', { region: r.name, country: countryName(r.country, locale), occupied: occ, what: what.join('; '), sources: pubs.join(', ') }, locale);
}

// ------------------------------------------------------------ distance --

export interface Distance {
  dest: MapRegion;
  from: MapRegion;
  /** Great-circle distance between the two regions' centres, km. */
  km: number;
}

/** The destination farthest from every origin, and its great-circle distance (km, centre to centre) from the nearest one. */
function farthest(regions: MapRegion[]): Distance | undefined {
  const origins = regions.filter((r) => r.origin);
  let best: Distance | undefined;
  for (const d of regions.filter((r) => r.destination && r.country === 'RU')) {
    const dc = geoCentroid(d.feature);
    let near: { from: MapRegion; km: number } | undefined;
    for (const o of origins) {
      const km = geoDistance(dc, geoCentroid(o.feature)) * EARTH_KM;
      if (!near || km < near.km) near = { from: o, km };
    }
    if (near && (!best || near.km > best.km)) best = { dest: d, ...near };
  }
  return best;
}

/** "about 6,900 km": rounded to 100 km, as the centres of two regions are only a convention. */
const kmText = (km: number, locale: Locale) => ct('map.km', { km: Math.round(km / 100) * 100 }, locale);

// ----------------------------------------------------------- geometry --

function polygonsOf(f: RegionFeature): Polygon[] {
  const list: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as MultiPolygon).coordinates;
  return list.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** Where a region's dot and label go: the planar centroid of its largest polygon (Sakhalin island, not the Kurils), unclipped. */
function anchorOf(f: RegionFeature, proj: GeoProjection): [number, number] {
  // d3 projections have no copy(): lift the clip for the measurement and put it back.
  const clip = proj.clipExtent();
  proj.clipExtent(null);
  const path = geoPath(proj);
  let best = polygonsOf(f)[0]!;
  let bestArea = -1;
  for (const poly of polygonsOf(f)) {
    const a = path.area(poly);
    if (a > bestArea) [best, bestArea] = [poly, a];
  }
  const [x, y] = path.centroid(best);
  proj.clipExtent(clip);
  return [r1(x), r1(y)];
}

/** Whether a region's whole shape lies inside the frame (a highlighted region is never shown cut by the frame). */
function wholeIn(f: RegionFeature, proj: GeoProjection, width: number, height: number): boolean {
  const clip = proj.clipExtent();
  proj.clipExtent(null);
  const [[x0, y0], [x1, y1]] = geoPath(proj).bounds(f);
  proj.clipExtent(clip);
  return x0 >= 1 && y0 >= 1 && x1 <= width - 1 && y1 <= height - 1;
}

const topoUnits = (s: ScaledRegions, c: 'ukraine' | 'russia') => s.topology.objects[c].geometries as Array<TopoPolygon | TopoMultiPolygon>;

// ------------------------------------------------------------- marks --

/** Occupied: the origin blue with background-coloured stripes, a texture that survives greyscale. */
function defs(prefix: string): string {
  return (
    `<defs><pattern id="${prefix}-occ" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="5" height="5" fill="${ORIGIN}"/><line x1="1" y1="0" x2="1" y2="5" stroke="${color('bg')}" stroke-width="1.7"/></pattern></defs>`
  );
}

/** A highlighted region's fill attributes. */
function fillOf(r: MapRegion, prefix: string): string {
  if (r.occupied) return `fill="url(#${prefix}-occ)"`;
  if (r.origin) return `fill="${ORIGIN}"`;
  return `fill="${DEST}" fill-opacity="${DEST_OPACITY}"`;
}

const dotsGroup = (pts: Array<[number, number]>, rad: number) =>
  pts.length
    ? `<g pointer-events="none" fill="${DEST}" stroke="${color('bg')}" stroke-width="1.2">${pts.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${rad}"/>`).join('')}</g>`
    : '';

/** Sorted west to east, so arrow keys move across the map. */
const byX = <T extends { at: [number, number] }>(list: T[]) => [...list].sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);

/** The legend: swatch + text, wrapped at `maxW`. Returns markup, the height used and its box. */
function legend(prefix: string, x: number, y: number, maxW: number, locale: Locale): { svg: string; height: number; box: Box } {
  const items: Array<{ swatch: string; text: string; dot?: boolean }> = [
    { swatch: `fill="${ORIGIN}"`, text: ct('map.legend.origin', {}, locale) },
    { swatch: `fill="url(#${prefix}-occ)"`, text: ct('map.legend.occupied', {}, locale) },
    { swatch: `fill="${DEST}" fill-opacity="${DEST_OPACITY}"`, text: ct('map.legend.destination', {}, locale), dot: true },
  ];
  const lineH = 15;
  const sw = SWATCH_TEXT_X;
  const out: string[] = [];
  let cy = y;
  let widest = 0;
  for (const it of items) {
    const lines = wrapText(it.text, maxW - sw, FS);
    out.push(swatchRect(x, cy, it.swatch));
    if (it.dot) out.push(`<circle cx="${x + 7}" cy="${cy + 6.5}" r="3" fill="${DEST}" stroke="${color('bg')}" stroke-width="1"/>`);
    lines.forEach((l, i) => {
      out.push(`<text x="${x + sw}" y="${cy + 10.5 + i * lineH}">${esc(l)}</text>`);
      widest = Math.max(widest, textWidth(l, FS));
    });
    cy += lines.length * lineH + 5;
  }
  const height = cy - y - 5;
  return { svg: `<g fill="${color('text')}" font-size="${FS}">${out.join('')}</g>`, height, box: { x0: x, y0: y, x1: x + sw + widest + 2, y1: y + height } };
}

// ----------------------------------------------------------- drawing --

interface Frame {
  width: number;
  height: number;
  proj: GeoProjection;
}


/**
 * The land and the highlighted regions of one map. `tipped` regions carry their data-tip (each region has one
 * tip in the chart); regions not `shown` are drawn as plain land (they are shown on the other map). `borders: false`
 * leaves out the borders between regions that are not highlighted (the small overview over a detail map).
 */
function drawLand(ds: Dataset, regions: MapRegion[], f: Frame, prefix: string, locale: Locale, opts: { tipped: Set<string>; shown: Set<string>; detail: 'fine' | 'coarse'; idSuffix: string; borders?: boolean }): { svg: string; marks: string; dots: Array<[number, number]> } {
  const geo = featuresFor(f.proj, opts.detail === 'fine' ? { minArea: 4, minIslandArea: 6 } : { minArea: 6, minIslandArea: 10 });
  const path = geoPath(f.proj).digits(0);
  const dOf = (o: Parameters<typeof path>[0]) => compactPath(path(o));
  const scaled = new Map([...geo.ukraine, ...geo.russia].map((g) => [g.properties.iso, g]));
  const items = byX(regions.filter((r) => opts.shown.has(r.iso)).map((r) => ({ r, at: anchorOf(r.feature, f.proj) })));
  // A tipped region is painted here with an id; its mark (the tip, the focus, the name read out) is an invisible
  // copy of it (opacity 0, still hit by the pointer) in `marks`, which the caller draws last, so marks read in their
  // own order whatever the paint order. chart.css shows a focused copy, with its focus ring.
  const markId = (r: MapRegion) => `${prefix}-m-${r.iso}${opts.idSuffix}`;
  const regionPath = (r: MapRegion, extra = '') =>
    // Every copy of a marked region names it in data-region (a sequence state fades regions by it).
    `<path${opts.tipped.has(r.iso) ? ` id="${markId(r)}" data-iso="${r.iso}"` : ''} data-region="${r.iso}" d="${dOf(scaled.get(r.iso)!)}" ${fillOf(r, prefix)}${extra}/>`;
  const landline = `stroke="${color('landline')}" stroke-width="0.75"`;
  const coast = `fill="none" stroke="${color('coast')}" stroke-width="0.8"`;
  const ruOutline = dOf(merge(geo.topology, topoUnits(geo, 'russia')));
  const ua = `${prefix}-ua${opts.idSuffix}`;
  const ru = `${prefix}-ru${opts.idSuffix}`;
  const svg =
    // Russia first: land, inner borders, the highlighted regions (stroked, so borders between two of them still show), its coast.
    `<g data-country="RU"><g fill="${color('land')}"><path id="${ru}" d="${ruOutline}"/></g>` +
    (opts.borders === false ? '' : `<path d="${dOf(mesh(geo.topology, geo.topology.objects.russia, (a, b) => a !== b))}" fill="none" ${landline}/>`) +
    items
      .filter((i) => i.r.country === 'RU')
      .map((i) => regionPath(i.r, ` ${landline}`))
      .join('') +
    `<use href="#${ru}" ${coast}/></g>` +
    // Ukraine over it, Crimea included; its outline stroked last (the two countries' shapes were quantized separately).
    // The outline's fill sits on a wrapper: an attribute on the path itself would override the <use>'s fill="none".
    `<g data-country="UA"><g fill="${color('ukraine')}"><path id="${ua}" d="${dOf(geo.ukraineOutline)}"/></g>` +
    items
      .filter((i) => i.r.country === 'UA')
      .map((i) => regionPath(i.r))
      .join('') +
    (opts.borders === false ? '' : `<path d="${dOf(mesh(geo.topology, geo.topology.objects.ukraine, (a, b) => a !== b))}" fill="none" ${landline}/>`) +
    `<use href="#${ua}" fill="none" stroke="${color('text')}" stroke-width="1"/></g>`;
  // Origins first, then destinations, each from west to east: the order a screen reader reads them and the arrow keys go.
  const west = (r: MapRegion) => geoCentroid(r.feature)[0];
  const tipped = items.map((i) => i.r).filter((r) => opts.tipped.has(r.iso));
  const ordered = [...tipped.filter((r) => r.origin).sort((a, b) => west(a) - west(b)), ...tipped.filter((r) => !r.origin).sort((a, b) => west(a) - west(b))];
  const marks = ordered
    .map((r) => `<use href="#${markId(r)}" opacity="0" data-iso="${r.iso}" data-set="${esc(ct(r.origin ? 'map.set.origin' : 'map.set.destination', {}, locale))}" data-tip="${esc(tipOf(ds, r, locale))}"/>`)
    .join('');
  return { svg, marks, dots: items.filter((i) => i.r.destination).map((i) => i.at) };
}

/** The great-circle line from the nearest origin to the farthest destination, with end ticks, and its label. */
function distanceMark(f: Frame, d: Distance, placer: Placer, fs: number, locale: Locale): { line: string; label: string } {
  const a = geoCentroid(d.from.feature);
  const b = geoCentroid(d.dest.feature);
  const path = geoPath(f.proj).digits(1);
  const line: LineString = { type: 'LineString', coordinates: [a, b] };
  const [ax, ay] = f.proj(a)!;
  const [bx, by] = f.proj(b)!;
  // Label at the top of the arc (its midpoint on the sphere), above it.
  const mid = f.proj(geoInterpolateMid(a, b))!;
  const l1 = kmText(d.km, locale);
  const l2 = ct('map.distance', { from: shortName(d.from.name), to: shortName(d.dest.name) }, locale);
  const w = Math.max(textWidth(l1, fs + 1, true), textWidth(l2, fs));
  // Above the line's middle, then higher (over the Arctic coast), then below it.
  const cands: Candidate[] = [0, 16, 32, 48].flatMap((up) => [0, -14, 14, -28, 28].map((dx) => [mid[0] + dx, mid[1] - 11 - fs - up, 'middle'] as Candidate));
  cands.push(...[0, -14, 14].map((dx) => [mid[0] + dx, mid[1] + fs + 6, 'middle'] as Candidate));
  let label = '';
  for (const [x, y] of cands) {
    const box: Box = { ...textBox(x, y, w, 'middle', fs + 1), y1: y + fs + 4 };
    if (!placer.fits(box)) continue;
    placer.block(box);
    label =
      `<text x="${r1(x)}" y="${r1(y)}" text-anchor="middle" font-weight="700" font-size="${fs + 1}">${esc(l1)}</text>` +
      `<text x="${r1(x)}" y="${r1(y + fs + 2)}" text-anchor="middle">${esc(l2)}</text>`;
    break;
  }
  const lineSvg =
    `<g fill="none" stroke="${color('text')}" pointer-events="none"><path data-leader="" d="${path(line)}" stroke-width="1.5" stroke-dasharray="5 3"/>` +
    `<circle cx="${r1(ax)}" cy="${r1(ay)}" r="2.5" fill="${color('text')}"/><circle cx="${r1(bx)}" cy="${r1(by)}" r="2.5" fill="${color('text')}"/></g>`;
  return { line: lineSvg, label };
}

/** Points along the distance line as drawn (the great circle, projected), so labels can be kept off it. */
function distanceArc(f: Frame, d: Distance): Array<[number, number]> {
  const at = geoInterpolate(geoCentroid(d.from.feature), geoCentroid(d.dest.feature));
  return Array.from({ length: 65 }, (_, i) => f.proj(at(i / 64))!);
}

/** The point halfway along the great circle from a to b. */
function geoInterpolateMid(a: [number, number], b: [number, number]): [number, number] {
  const rad = Math.PI / 180;
  const [l1, p1] = [a[0] * rad, a[1] * rad];
  const [l2, p2] = [b[0] * rad, b[1] * rad];
  const bx = Math.cos(p2) * Math.cos(l2 - l1);
  const by = Math.cos(p2) * Math.sin(l2 - l1);
  const phi = Math.atan2(Math.sin(p1) + Math.sin(p2), Math.sqrt((Math.cos(p1) + bx) ** 2 + by ** 2));
  const lam = l1 + Math.atan2(by, Math.cos(p1) + bx);
  return [lam / rad, phi / rad];
}

/**
 * The origins named in a column at `x`, two lines each (name; "occupied" or "not occupied"), with leaders to their
 * regions. The column is centred on the regions and ordered by the direction each lies in from the column.
 */
function originColumn(origins: Array<{ r: MapRegion; at: [number, number] }>, x: number, top: number, bottom: number, placer: Placer, locale: Locale): string {
  if (!origins.length) return '';
  const fy = origins.reduce((s, o) => s + o.at[1], 0) / origins.length;
  const lineH = FS + 2;
  const colW = Math.max(...origins.map((o) => Math.max(textWidth(shortName(o.r.name), FS, true), textWidth(statusWord(o.r, locale), FS))));
  // Seen from the leaders' common start line, in order of direction: straight leaders then never cross.
  const fx = x + colW + 8;
  const sorted = [...origins].sort((a, b) => Math.atan2(a.at[1] - fy, a.at[0] - fx) - Math.atan2(b.at[1] - fy, b.at[0] - fx));
  const gap = 2 * lineH + 3;
  const first = Math.max(top + FS, Math.min(bottom - lineH - (sorted.length - 1) * gap, fy - ((sorted.length - 1) * gap) / 2));
  const ys = sorted.map((_, i) => r1(first + i * gap));
  // The leaders are one path (bytes: the map sits in chapter pages near their budget), the dots at their ends apart.
  const leaders: string[] = [];
  const lines: string[] = [];
  const texts: string[] = [];
  sorted.forEach((o, i) => {
    const y = ys[i]!;
    const lx = x + colW + 4;
    const ly = y + lineH / 2 - FS * 0.35;
    placer.block({ x0: x - 1, y0: y - FS * 0.8, x1: x + colW + 1, y1: y + lineH + FS * 0.25 });
    // Labels placed later (the country names) keep off the leader.
    placer.blockLine([[lx, ly], [lx + 4, ly], o.at], 1);
    leaders.push(`M${r1(lx)},${r1(ly)}H${r1(lx + 4)}L${o.at[0]},${o.at[1]}`);
    lines.push(`<circle cx="${o.at[0]}" cy="${o.at[1]}" r="1.8" fill="${color('text')}" stroke="none"/>`);
    texts.push(`<text x="${x}" y="${y}" font-weight="600">${esc(shortName(o.r.name))}</text><text x="${x}" y="${r1(y + lineH)}" fill="${color('muted')}">${esc(statusWord(o.r, locale))}</text>`);
  });
  return (
    `<g fill="none" stroke="${color('text')}" stroke-width="0.8" pointer-events="none"><path data-leader="" d="${leaders.join('')}"/>${lines.join('')}</g>` +
    `<g font-size="${FS}" fill="${color('text')}" pointer-events="none" ${HALO}>${texts.join('')}</g>`
  );
}

/** The words that tell occupied and not occupied apart on the map itself. */
const statusWord = (r: MapRegion, locale: Locale) => ct(r.occupied ? 'map.status.occupied' : 'map.status.notOccupied', {}, locale);

/** Labels for destinations, in priority order: the farthest first, then Moscow and Rostov, then the rest in dataset order. */
function destinationLabels(items: Array<{ r: MapRegion; at: [number, number] }>, regions: MapRegion[], placer: Placer, rad: number, far: MapRegion | undefined, offsets: number[]): string[] {
  const east = (r: MapRegion) => geoCentroid(r.feature)[0];
  const rank = (r: MapRegion) => {
    if (r === far) return -1000;
    if (east(r) > 58) return -500 - east(r);
    const k = LABEL_FIRST.indexOf(r.iso);
    return k >= 0 ? k : LABEL_FIRST.length + regions.indexOf(r);
  };
  const out: string[] = [];
  for (const i of [...items].sort((a, b) => rank(a.r) - rank(b.r))) {
    // A region that is also an origin (Crimea) is named in the origin column.
    if (i.r.origin) continue;
    const name = shortName(i.r.name);
    // Ukrainian regions' names stay off Russia's land: below (the sea, for Crimea) or west.
    const order = i.r.country === 'UA' ? 'b bl l br' : 'r l a b ar al br bl';
    const p = place(placer, name, around(i.at[0], i.at[1], rad, FS, order, offsets), FS);
    if (p) out.push(textEl(p, name));
  }
  return out;
}

/** Keeps other labels off these regions (the origins, which their leaders point into). */
function blockShapes(placer: Placer, regions: MapRegion[], proj: GeoProjection): void {
  const path = geoPath(proj);
  for (const r of regions) {
    const [[x0, y0], [x1, y1]] = path.bounds(r.feature);
    placer.block({ x0, y0, x1, y1 });
  }
}

const countryLabel = (placer: Placer, proj: GeoProjection, text: string, spots: Array<[number, number]>, size: number): string => {
  const spacing = 1.5;
  const w = textWidth(text, size, true, spacing);
  for (const at of spots) {
    const [x, y] = proj(at)!;
    for (const dy of [0, -14, 14, -28, 28]) {
      const box = textBox(x, y + dy, w, 'middle', size);
      if (placer.fits(box)) {
        placer.block(box);
        return `<text x="${r1(x)}" y="${r1(y + dy)}" text-anchor="middle">${text}</text>`;
      }
    }
  }
  return '';
};

/** Where Ukraine's name may go: west-central and northern Ukraine, then just north of it (Belarus is not drawn) */
const UKRAINE_SPOTS: Array<[number, number]> = [
  [28.7, 49.4],
  [31.5, 50.8],
  [30.5, 52.8],
  [27.5, 52.3],
];

const countryGroup = (labels: string[], size: number) =>
  labels.some(Boolean) ? `<g font-size="${size}" font-weight="600" letter-spacing="1.5" fill="${color('muted')}">${labels.join('')}</g>` : '';

// --------------------------------------------------------- the layouts --

/** Left margin of the wide map: room for the origin column and its leaders. */
function originColumnWidth(regions: MapRegion[], locale: Locale): number {
  return Math.ceil(Math.max(...regions.filter((r) => r.origin).map((r) => Math.max(textWidth(shortName(r.name), FS, true), textWidth(statusWord(r, locale), FS)))));
}

/** One map of all of Russia, the origins named at its left, the legend in the empty north-west. */
function wideMap(ds: Dataset, regions: MapRegion[], width: number, prefix: string, locale: Locale): string {
  const colW = originColumnWidth(regions, locale);
  const padLeft = colW + 26;
  const pad = 6;
  const inner = width - padLeft - pad;
  const height = heightFor(inner, 'full') + 2 * pad;
  const proj = projectionInto('full', [[padLeft, pad], [width - pad, height - pad]], width, height);
  const f: Frame = { width, height, proj };
  const all = new Set(regions.map((r) => r.iso));
  const land = drawLand(ds, regions, f, prefix, locale, { tipped: all, shown: all, detail: 'fine', idSuffix: '' });
  const placer = new Placer({ x0: 1, y0: 1, x1: width - 1, y1: height - 1 });
  const rad = 3.5;
  for (const [x, y] of land.dots) placer.block(dotBox(x, y, rad));
  const lg = legend(prefix, 4, 4, Math.max(150, Math.round(width * 0.2)), locale);
  placer.block(lg.box);
  const items = regions.map((r) => ({ r, at: anchorOf(r.feature, proj) }));
  const origins = items.filter((i) => i.r.origin);
  const column = originColumn(origins, 4, lg.box.y1 + 14, height - 4, placer, locale);
  blockShapes(placer, origins.map((o) => o.r), proj);
  const far = farthest(regions);
  // The distance line is drawn over the map: no label may sit on it (its stroke is 1.5 px; 2 px of room each side).
  if (far) placer.blockLine(distanceArc(f, far), 2.75);
  const dist = far ? distanceMark(f, far, placer, FS, locale) : { line: '', label: '' };
  const countries = [countryLabel(placer, proj, ct('map.label.RU', {}, locale), [[108, 64]], 14), countryLabel(placer, proj, ct('map.label.UA', {}, locale), UKRAINE_SPOTS, 13)];
  const dests = destinationLabels(items.filter((i) => i.r.destination), regions, placer, rad, far?.dest, [0, 8, 18, 30, 44]);
  return svgRoot(
    width,
    height,
    defs(prefix) +
      land.svg +
      dist.line +
      dotsGroup(land.dots, rad) +
      column +
      `<g pointer-events="none" ${HALO}>${countryGroup(countries, 14)}<g font-size="${FS}" fill="${color('text')}">${dist.label}${dests.join('')}</g></g>` +
      lg.svg +
      `<g data-marks="">${land.marks}</g>`,
  );
}

/** Phone: all of Russia with the distance and the far destinations; under it the detail of Ukraine and European Russia; then the legend. */
function narrowMaps(ds: Dataset, regions: MapRegion[], width: number, prefix: string, locale: Locale): string {
  // The detail first (its frame decides which regions it shows whole): the origins and the destinations west of
  // the Urals, fitted beside the origin column; drawn below the overview.
  const colW = originColumnWidth(regions, locale);
  const near = regions.filter((r) => r.origin || geoCentroid(r.feature)[0] < URALS);
  const nearFc = { type: 'FeatureCollection' as const, features: near.map((r) => r.feature) };
  const fitW = width - colW - 16;
  // Never taller than 0.65 × the width on a phone, 0.45 × in a text column (the fit then narrows and centres): at
  // 0.65 the 640 px drawing made a 600-650 px embed about 1,100 px tall, past WordPress's 1,000 px frame.
  const dH = Math.ceil(Math.min(aspectOf('west', nearFc) * fitW, (isNarrow(width) ? 0.65 : 0.45) * width)) + 34;
  const dProj = projectionInto('west', [[colW + 12, 26], [width - 4, dH - 8]], width, dH, nearFc);
  const inDetail = new Set(regions.filter((r) => wholeIn(r.feature, dProj, width, dH)).map((r) => r.iso));
  const all = new Set(regions.map((r) => r.iso));
  const elsewhere = new Set([...all].filter((iso) => !inDetail.has(iso)));

  // The overview: every region highlighted; tips on those the detail cannot show whole.
  const pad = 4;
  const oH = heightFor(width - 2 * pad, 'full') + 2 * pad + 30;
  const oProj = projectionInto('full', [[pad, 30], [width - pad, oH - pad]], width, oH);
  const of: Frame = { width, height: oH, proj: oProj };
  const over = drawLand(ds, regions, of, prefix, locale, { tipped: elsewhere, shown: all, detail: 'coarse', idSuffix: '-all', borders: false });
  const oPlacer = new Placer({ x0: 1, y0: 1, x1: width - 1, y1: oH - 1 });
  const oRad = 2.5;
  for (const [x, y] of over.dots) oPlacer.block(dotBox(x, y, oRad));
  const far = farthest(regions);
  if (far) oPlacer.blockLine(distanceArc(of, far), 2.75);
  const overview = ct('map.overview', {}, locale);
  const oTitle = `<text x="2" y="14" font-weight="600">${esc(overview)}</text>`;
  oPlacer.block({ x0: 0, y0: 0, x1: textWidth(overview, FS, true) + 4, y1: 18 });
  // The names first (a small map has little room near each dot), then the distance in the room left above the line.
  const oItems = regions.map((r) => ({ r, at: anchorOf(r.feature, oProj) }));
  const oLabels = destinationLabels(oItems.filter((i) => i.r.destination && elsewhere.has(i.r.iso)), regions, oPlacer, oRad, far?.dest, [0, 6, 14, 24]);
  const dist = far ? distanceMark(of, far, oPlacer, FS, locale) : { line: '', label: '' };
  const countries = [countryLabel(oPlacer, oProj, ct('map.label.RU', {}, locale), [[108, 64], [125, 70], [95, 70], [140, 62]], 12)];

  // The detail: Ukraine and European Russia, the origins named in a column over western Ukraine.
  const y0 = oH + 10;
  const df: Frame = { width, height: dH, proj: dProj };
  const det = drawLand(ds, regions, df, prefix, locale, { tipped: inDetail, shown: inDetail, detail: 'fine', idSuffix: '' });
  const dPlacer = new Placer({ x0: 1, y0: 1, x1: width - 1, y1: dH - 1 });
  const dRad = 3;
  for (const [x, y] of det.dots) dPlacer.block(dotBox(x, y, dRad));
  const dItems = regions.filter((r) => inDetail.has(r.iso)).map((r) => ({ r, at: anchorOf(r.feature, dProj) }));
  const detail = ct('map.detail', {}, locale);
  const dTitle = `<text x="${width - 2}" y="14" text-anchor="end" font-weight="600">${esc(detail)}</text>`;
  const tw = textWidth(detail, FS, true);
  dPlacer.block({ x0: width - tw - 4, y0: 0, x1: width, y1: 18 });
  const column = originColumn(dItems.filter((i) => i.r.origin), 3, 20, dH - 6, dPlacer, locale);
  blockShapes(dPlacer, dItems.filter((i) => i.r.origin).map((i) => i.r), dProj);
  const dLabels = destinationLabels(dItems.filter((i) => i.r.destination), regions, dPlacer, dRad, undefined, [0, 8, 16]);
  const dCountries = [countryLabel(dPlacer, dProj, ct('map.label.UA', {}, locale), UKRAINE_SPOTS, 12), countryLabel(dPlacer, dProj, ct('map.label.RU', {}, locale), [[47, 60.3], [44, 57]], 12)];

  const lgY = y0 + dH + 12;
  const lg = legend(prefix, 0, lgY, width, locale);
  const height = Math.ceil(lgY + lg.height + 2);
  return svgRoot(
    width,
    height,
    defs(prefix) +
      `<g>${over.svg}${dist.line}${dotsGroup(over.dots, oRad)}` +
      `<g pointer-events="none" ${HALO}>${countryGroup(countries, 12)}<g font-size="${FS}" fill="${color('text')}">${oTitle}${dist.label}${oLabels.join('')}</g></g></g>` +
      `<g transform="translate(0,${y0})"><rect x="0.5" y="0.5" width="${width - 1}" height="${dH - 1}" fill="none" stroke="${color('grid')}"/>${det.svg}${dotsGroup(det.dots, dRad)}${column}` +
      `<g pointer-events="none" ${HALO}>${countryGroup(dCountries, 12)}<g font-size="${FS}" fill="${color('text')}">${dTitle}${dLabels.join('')}</g></g></g>` +
      lg.svg +
      // The marks last: the detail's (the origins, then European Russia) before the overview's (beyond the Urals).
      `<g data-marks="" transform="translate(0,${y0})">${det.marks}</g><g data-marks="">${over.marks}</g>`,
  );
}

// ------------------------------------------------------------ summary --

function summary(ds: Dataset) {
  const regions = regionsOf(ds);
  const origins = regions.filter((r) => r.origin);
  const occupiedOrigins = origins.filter((r) => r.occupied);
  const ruDest = regions.filter((r) => r.destination && r.country === 'RU');
  const uaDest = regions.filter((r) => r.destination && r.country === 'UA');
  return { regions, origins, occupiedOrigins, ruDest, uaDest, far: farthest(regions) };
}

const list = (names: string[], locale: Locale) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/** The great-circle distance the chart draws, for prose and tests: from the nearest region of origin to the farthest destination. */
export function placementDistance(ds: Dataset): { from: string; to: string; km: number } | undefined {
  const far = farthest(regionsOf(ds));
  return far && { from: far.from.name, to: far.dest.name, km: far.km };
}

// -------------------------------------------------------------- chart --

export const placementMap: ChartDefinition = {
  id: ID,
  chapter: 'filtration',
  requires: { places: true },
  widths: WIDTHS,

  describe(ds, locale) {
    const { origins, occupiedOrigins, ruDest, uaDest, far, regions } = summary(ds);
    const short = (rs: MapRegion[]) => list(rs.map((r) => shortName(r.name)), locale);
    const km = far ? kmText(far.km, locale).replace(/\u00a0/g, ' ') : '';
    const notOccupied = origins.filter((r) => !r.occupied);
    // A sentence ending in an abbreviated name ("… Луганська обл.") takes no second full stop.
    const once = (text: string) => text.replace(/\.\.(?=\s|$)/g, '.');
    return {
      title: ct('map.title', {}, locale),
      subtitle: once(ct(
        'map.subtitle',
        {
          origins: origins.length,
          dest: ruDest.length,
          alsoUa: uaDest.length ? ct('map.subtitle.alsoUa', { names: short(uaDest) }, locale) : '',
          far: far ? ct('map.subtitle.far', { dest: shortName(far.dest.name), km, from: shortName(far.from.name) }, locale) : '',
        },
        locale,
      )),
      alt: once(ct(
        'map.alt',
        {
          origins: origins.length,
          originNames: short(origins),
          occupied: occupiedOrigins.length,
          notOccupied: notOccupied.length ? ct('map.alt.notOccupied', { names: short(notOccupied) }, locale) : '',
          dest: ruDest.length,
          destNames: short(ruDest),
          alsoUa: uaDest.length ? ct('map.alt.alsoUa', { names: short(uaDest) }, locale) : '',
          far: far ? ct('map.alt.far', { km, from: shortName(far.from.name), to: shortName(far.dest.name) }, locale) : '',
        },
        locale,
      )),
      notes: [
        ct('map.note.what', {}, locale),
        ...(far ? [ct('map.note.distance', { from: far.from.name, destShort: shortName(far.dest.name), dest: far.dest.name }, locale)] : []),
        ct('map.note.crimea', {}, locale) + (regions.some((r) => r.iso === 'UA-43' && r.origin && r.destination) ? ct('map.note.crimeaBoth', {}, locale) : ''),
        ct('map.note.occupied', {}, locale),
        ct('map.note.single', {}, locale),
        ct('map.note.mapData', {}, locale),
      ],
      sources: [...new Set(regions.flatMap((r) => r.places.flatMap((p) => p.sources)))],
      methods: [],
    };
  },

  // The journey in the filtration chapter's sequence: where the children came from, where in European Russia and
  // beyond the Urals they were found, then the whole map (src/charts/map-states.ts fades the other regions).
  states: {
    origins: 'map.state.origins',
    west: 'map.state.west',
    east: 'map.state.east',
    all: 'map.state.all',
    // Not a step of the filtration sequence: the adoption chapter's own state of the map (where children were found).
    destinations: 'map.state.destinations',
  },

  render(ds, { width, state, locale }) {
    const regions = regionsOf(ds);
    const prefix = `${ID}-${width}`;
    const svg = width < WIDE ? narrowMaps(ds, regions, width, prefix, locale) : wideMap(ds, regions, width, prefix, locale);
    return state ? applyMapState(svg, mapState(ds, state, locale)) : svg;
  },

  table(ds, locale) {
    return {
      columns: [
        { key: 'region', label: ct('col.region', {}, locale) },
        { key: 'country', label: ct('col.country', {}, locale) },
        { key: 'role', label: ct('col.role', {}, locale) },
        { key: 'occupied', label: ct('col.occupied', {}, locale) },
        { key: 'sources', label: ct('col.sources', {}, locale), names: true },
      ],
      rows: ds.places.map((p) => ({
        region: p.name,
        country: countryName(p.country, locale),
        role: ct(p.role === 'origin' ? 'map.row.origin' : 'map.row.destination', {}, locale),
        occupied: p.country === 'RU' ? '—' : ct(p.occupied ? 'map.row.occupiedYes' : 'map.row.occupiedNo', {}, locale),
        sources: publishers(ds, p.sources).join('; '),
      })),
    };
  },
};

function svgRoot(width: number, height: number, body: string): string {
  return (
    svgOpen(width, height) +
    body +
    `</svg>`
  );
}

/** The regions a sequence state brings forward, and its annotation. */
function mapState(ds: Dataset, state: string, locale: Locale): MapState {
  const { origins, ruDest, uaDest, far } = summary(ds);
  const east = ruDest.filter((r) => geoCentroid(r.feature)[0] >= URALS);
  const west = ruDest.filter((r) => !east.includes(r));
  const isos = (rs: MapRegion[]) => new Set(rs.map((r) => r.iso));
  switch (state) {
    case 'origins':
      return { keep: isos(origins), note: ct('map.step.origins', { n: origins.length }, locale) };
    case 'west':
      return { keep: isos([...west, ...uaDest]), note: ct(uaDest.length ? 'map.step.westCrimea' : 'map.step.west', { n: west.length }, locale) };
    case 'east':
      return {
        keep: isos(east),
        note: far ? ct('map.step.eastFar', { n: east.length, far: shortName(far.dest.name) }, locale) : ct('map.step.east', { n: east.length }, locale),
      };
    case 'all':
      return { note: ct('map.step.all', { origins: origins.length, dest: ruDest.length }, locale) };
    case 'destinations':
      return { keep: isos([...ruDest, ...uaDest]), note: ct('map.step.destinations', { n: ruDest.length }, locale) };
    default:
      throw new Error(`placement-map: unknown state "${state}"`);
  }
}
