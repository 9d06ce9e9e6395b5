/**
 * warrant-map: where the ICC's arrest warrants of 17 March 2023 apply. The
 * states parties to the Rome Statute (which must arrest Vladimir Putin and
 * Maria Lvova-Belova on their territory) on a world map, and the foreign
 * trips the dataset documents since the warrants, drawn from Moscow. Trips to
 * states parties are named with what happened (no arrest). Crimea is drawn
 * as part of Ukraine (the world geometry's own rule, checked when it loads).
 *
 * Data: `states_parties` and `trips` in the dataset; geometry from
 * src/charts/geo/world.ts at build time (never import this from a browser script).
 */
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3';
import type { Dataset, Trip } from '../data/schema.ts';
import type { ChartDefinition } from './types.ts';
import { formatDate, formatList } from '../i18n/format.ts';
import { ct, type ChartKey } from '../i18n/charts.ts';
import type { Locale } from '../i18n/index.ts';
import { color } from './palette.ts';
import { esc } from './dom.ts';
import { r1, textWidth, wrapText } from './text.ts';
import { ChartDataError } from './requirements.ts';
import { countriesAtScale, countryByA3, world, type CountryFeature } from './geo/world.ts';
import { compactPath } from './map/path.ts';
import { around, dotBox, HALO, place, Placer, textEl } from './map/labels.ts';
import { svgOpen, isNarrow, swatchRect, SWATCH_TEXT_X } from './svg.ts';

const ID = 'warrant-map';
const FS = 12;
/** Moscow, where every trip starts (lon, lat). */
const MOSCOW: [number, number] = [37.62, 55.75];
const MEMBER = color('estimate');

/** A country's name in the locale: the chart copy's for the countries the map names, else the map data's (English). */
function countryLabel(a3: string, locale: Locale): string {
  try {
    return ct(`wm.country.${a3}` as ChartKey, {}, locale);
  } catch {
    return countryByA3(a3)?.properties.name ?? a3;
  }
}

/** The states parties in force on the dataset's release date: the listed states less withdrawals already effective. */
export function partiesInForce(ds: Dataset): { states: Set<string>; withdrawn: Array<{ state: string; effective: string }> } {
  const sp = ds.states_parties;
  if (!sp) throw new ChartDataError(`chart "${ID}" cannot render from dataset v${ds.version}: the dataset has no states_parties`);
  const withdrawn = sp.withdrawals.filter((w) => w.effective <= ds.released).map((w) => ({ state: w.state, effective: w.effective }));
  const states = new Set(sp.states.filter((s) => !withdrawn.some((w) => w.state === s)));
  return { states, withdrawn };
}

/** Trips grouped by country, in date order. */
function tripsByCountry(ds: Dataset): Map<string, Trip[]> {
  const out = new Map<string, Trip[]>();
  for (const t of [...ds.trips].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (!countryByA3(t.country)) throw new ChartDataError(`chart "${ID}": trip "${t.id}" is to ${t.country}, which is not on the map`);
    out.set(t.country, [...(out.get(t.country) ?? []), t]);
  }
  return out;
}

/**
 * The name a trip's country is labelled with: the chart copy's; in English, failing that, the last part of the
 * dataset's place ("Ulaanbaatar, Mongolia"). Another locale needs the name in its chart copy (the build stops).
 */
function countryName(t: Trip, locale: Locale): string {
  try {
    return ct(`wm.country.${t.country}` as ChartKey, {}, locale);
  } catch (e) {
    if (locale === 'en') return t.place.split(',').pop()!.trim();
    throw new ChartDataError(`chart "${ID}": trip "${t.id}" is to ${t.country}, which has no name in src/i18n/charts.${locale}.ts (key wm.country.${t.country}): ${(e as Error).message}`);
  }
}
const when = (t: Trip, locale: Locale) => (t.precision === 'year' ? t.date : formatDate(t.date, locale, t.precision === 'day' ? 'long' : 'short'));
const publisher = (ds: Dataset, id: string) => ds.sources.find((s) => s.id === id)?.publisher ?? id;

function projectionFor(width: number): { proj: GeoProjection; height: number } {
  const countries = { type: 'FeatureCollection' as const, features: world().countries };
  const proj = geoEqualEarth().rotate([-10, 0]).fitWidth(width - 4, countries);
  const [[, y0], [, y1]] = geoPath(proj).bounds(countries);
  const height = Math.ceil(y1 - y0 + 4);
  proj.translate([proj.translate()[0] + 2, proj.translate()[1] - y0 + 2]);
  return { proj, height };
}

function legend(x: number, y: number, maxW: number, locale: Locale): { svg: string; height: number } {
  // Each item's swatch at the item's place (cx, cy): the items flow left to right and wrap at maxW.
  const items: Array<[(cx: number, cy: number) => string, string]> = [
    [(cx, cy) => swatchRect(cx, cy, `fill="${MEMBER}"`), ct('wm.legend.party', {}, locale)],
    [(cx, cy) => swatchRect(cx, cy, `fill="${color('land')}"`), ct('wm.legend.other', {}, locale)],
    [(cx, cy) => `<circle cx="${cx + 7}" cy="${cy + 6.5}" r="4" fill="${color('destination')}" stroke="${color('bg')}"/>`, ct('wm.legend.visited', {}, locale)],
  ];
  const out: string[] = [];
  let cx = x;
  let cy = y;
  for (const [swatch, text] of items) {
    const w = SWATCH_TEXT_X + textWidth(text, FS) + 14;
    if (cx > x && cx + w > x + maxW) {
      cx = x;
      cy += 17;
    }
    out.push(swatch(cx, cy));
    out.push(`<text x="${cx + SWATCH_TEXT_X}" y="${cy + 10.5}">${esc(text)}</text>`);
    cx += w;
  }
  return { svg: `<g font-size="${FS}" fill="${color('text')}">${out.join('')}</g>`, height: cy - y + 14 };
}

export const warrantMap: ChartDefinition = {
  id: ID,
  chapter: 'icc-warrants',
  requires: { states_parties: true },
  widths: [300, 640],

  describe(ds, locale) {
    const { states, withdrawn } = partiesInForce(ds);
    const byCountry = tripsByCountry(ds);
    const memberTrips = [...byCountry.values()].flat().filter((t) => states.has(t.country));
    const memberNames = [...new Set(memberTrips.map((t) => countryName(t, locale)))];
    const missing = [...states].filter((s) => !countryByA3(s));
    const lvova = ds.trips.filter((t) => t.person === 'lvova-belova');
    const list = (xs: string[]) => formatList(xs, locale);
    return {
      title: ct('wm.title', {}, locale),
      subtitle:
        ct('wm.subtitle', { n: states.size }, locale) +
        (memberNames.length ? ct('wm.subtitle.visited', { n: memberNames.length, list: list(memberNames) }, locale) : ''),
      alt:
        ct('wm.alt', {
          parties: states.size,
          countries: byCountry.size,
          list: list([...byCountry.values()].map((ts) => ct('wm.alt.trip', { country: countryName(ts[0]!, locale), dates: ts.map((t) => when(t, locale)).join(', ') }, locale))),
        }, locale) + (memberNames.length ? ct('wm.alt.members', { n: memberNames.length, list: list(memberNames) }, locale) : ''),
      notes: [
        ct('wm.note.parties', {
          // Running text: Ukrainian writes the month in full («станом на червень 2025 р.», never «черв.»); English keeps
          // the chart notes' short month.
          date: formatDate(ds.states_parties!.as_of, locale, locale === 'uk' ? 'long' : 'short'),
          withdrawn: withdrawn.length ? ct('wm.note.withdrawn', { list: list(withdrawn.map((w) => ct('wm.note.withdrawal', { country: countryLabel(w.state, locale), date: formatDate(w.effective, locale) }, locale))) }, locale) : '',
          small: missing.length ? ct('wm.note.small', { n: missing.length }, locale) : '',
        }, locale),
        ct('wm.note.selection', {}, locale),
        ...(lvova.length ? [] : [ct('wm.note.noLvova', {}, locale)]),
        ct('wm.note.crimea', { credit: ct('wm.credit', {}, locale) }, locale),
      ],
      sources: [...new Set([...ds.states_parties!.sources, ...ds.states_parties!.withdrawals.flatMap((w) => w.sources), ...ds.trips.flatMap((t) => t.sources)])],
      methods: [],
    };
  },

  render(ds, { width, locale }) {
    const { states } = partiesInForce(ds);
    const byCountry = tripsByCountry(ds);
    const { proj, height: mapH } = projectionFor(width);
    const path = geoPath(proj).digits(0);
    const d = (f: CountryFeature) => compactPath(path(f));
    const drawn = countriesAtScale(proj.scale());
    const members = drawn.filter((c) => states.has(c.properties.a3));
    const others = drawn.filter((c) => !states.has(c.properties.a3));
    const line = `stroke="${color('bg')}" stroke-width="0.5"`;
    const landSvg =
      `<g fill="${color('land')}" ${line}><path d="${others.map(d).join('')}"/></g>` +
      `<g fill="${MEMBER}" ${line}><path d="${members.map(d).join('')}"/></g>`;
    const placer = new Placer({ x0: 1, y0: 1, x1: width - 1, y1: mapH - 1 });
    const [mx, my] = proj(MOSCOW)!;
    const rad = isNarrow(width) ? 3 : 4;
    const arcs: string[] = [];
    const dots: string[] = [];
    const items = [...byCountry.entries()].map(([a3, trips]) => {
      const f = countryByA3(a3)!;
      const at = proj(geoCentroid(f))!.map(r1) as [number, number];
      return { a3, trips, at, member: states.has(a3) };
    });
    for (const it of items) {
      arcs.push(path({ type: 'LineString', coordinates: [MOSCOW, geoCentroid(countryByA3(it.a3)!)] }) ?? '');
      // The place as the dataset writes it (city and country) in English; the country's name in another locale.
      const tip = it.trips
        .map((t) => ct('wm.tip', { place: locale === 'en' ? t.place : countryName(t, locale), date: when(t, locale), visit: ct(`wm.visit.${t.person}`, {}, locale), party: states.has(t.country) ? ct('wm.tip.party', {}, locale) : '', source: publisher(ds, t.sources[0]!) }, locale))
        .join('; ');
      dots.push(`<circle data-tip="${esc(tip)}" data-a3="${it.a3}" cx="${it.at[0]}" cy="${it.at[1]}" r="${rad}"/>`);
      placer.block(dotBox(it.at[0], it.at[1], rad));
    }
    placer.block(dotBox(mx, my, 3));
    // Labels: the states parties visited first, with what happened; then the other countries where there is room.
    const labels: string[] = [];
    const offsets = [0, 10, 22, 36];
    for (const it of [...items].sort((a, b) => Number(b.member) - Number(a.member))) {
      const text = countryName(it.trips[it.trips.length - 1]!, locale);
      const p = place(placer, text, around(it.at[0], it.at[1], rad, FS, 'r l b a br bl ar al', offsets), FS, it.member);
      if (p) labels.push(it.member ? textEl(p, text).replace('<text ', '<text font-weight="700" ') : textEl(p, text));
    }
    const moscowText = ct('wm.moscow', {}, locale);
    const moscow = place(placer, moscowText, around(mx, my, 3, FS, 'a al ar l', [0, 8]), FS);
    // Under the map, each visit to a state party, in words: when, that he was not arrested, and any finding on it.
    const notes: string[] = [];
    let y = mapH + 8 + FS;
    for (const t of ds.trips.filter((x) => states.has(x.country)).sort((a, b) => (a.date < b.date ? -1 : 1))) {
      const finding = t.finding_event ? ds.events.find((e) => e.id === t.finding_event) : undefined;
      const text =
        ct('wm.visitNote', { country: countryName(t, locale), date: when(t, locale), notArrested: ct(`wm.notArrested.${t.person}`, {}, locale) }, locale) +
        (finding ? ct('wm.finding', { title: finding.title, date: formatDate(finding.date, locale) }, locale) : '');
      const lines = wrapText(text, width - 18, FS);
      notes.push(`<circle cx="5" cy="${r1(y - 4)}" r="${rad}" fill="${color('destination')}" stroke="${color('bg')}"/>`);
      lines.forEach((l, i) => notes.push(`<text x="14" y="${r1(y + i * 15)}">${esc(l)}</text>`));
      y += lines.length * 15 + 4;
    }
    const lgY = y + 2;
    const lg = legend(0, lgY, width, locale);
    const height = Math.ceil(lgY + lg.height);
    return (
      svgOpen(width, height, FS) +
      landSvg +
      `<path d="${arcs.join('')}" fill="none" stroke="${color('destination')}" stroke-width="1.2" stroke-opacity="0.8" pointer-events="none"/>` +
      `<circle cx="${r1(mx)}" cy="${r1(my)}" r="3" fill="${color('text')}" pointer-events="none"/>` +
      `<g fill="${color('destination')}" stroke="${color('bg')}" stroke-width="1">${dots.join('')}</g>` +
      `<g pointer-events="none" ${HALO}><g font-size="${FS}" fill="${color('text')}">${moscow ? textEl(moscow, moscowText) : ''}${labels.join('')}</g></g>` +
      `<g font-size="${FS}" fill="${color('text')}">${notes.join('')}</g>` +
      lg.svg +
      `</svg>`
    );
  },

  table(ds, locale) {
    const { states } = partiesInForce(ds);
    const byCountry = tripsByCountry(ds);
    const name = (a3: string) => countryLabel(a3, locale);
    const all = [...new Set([...states, ...byCountry.keys(), ...ds.states_parties!.withdrawals.map((w) => w.state)])].sort((a, b) => name(a).localeCompare(name(b), locale));
    return {
      columns: [
        { key: 'country', label: ct('wm.col.country', {}, locale) },
        { key: 'code', label: ct('wm.col.code', {}, locale) },
        { key: 'party', label: ct('wm.col.party', {}, locale) },
        { key: 'visits', label: ct('wm.col.visits', {}, locale) },
        { key: 'sources', label: ct('col.sources', {}, locale), names: true },
      ],
      rows: all.map((a3) => {
        const w = ds.states_parties!.withdrawals.find((x) => x.state === a3);
        const trips = byCountry.get(a3) ?? [];
        return {
          country: name(a3),
          code: a3,
          party: states.has(a3) ? ct('wm.yes', {}, locale) : w ? ct('wm.noWithdrew', { date: formatDate(w.effective, locale) }, locale) : ct('wm.no', {}, locale),
          visits: trips.map((t) => when(t, locale)).join('; ') || '—',
          sources: [...new Set([...(states.has(a3) || w ? ds.states_parties!.sources : []), ...trips.flatMap((t) => t.sources)].map((id) => publisher(ds, id)))].join('; '),
        };
      }),
    };
  },
};
