/**
 * returned-share: a unit chart, one square per 100 children Ukraine has
 * verified as deported, with the squares for children returned marked. The
 * point is the proportion, so it is said in words too.
 */
import type { ChartDefinition } from './types.ts';
import { figure } from '../data/query.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { color, FONT_SANS } from './palette.ts';
import { valueOf } from './util.ts';
import { esc } from './dom.ts';

const PER = 100;
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** Small counts read better as words in a headline: "one in ten". */
const inWords = (n: number) => WORDS[n] ?? String(n);

function counts(ds: Parameters<ChartDefinition['render']>[0]) {
  const deported = valueOf(ds, 'deported-verified');
  const returned = valueOf(ds, 'returned-verified');
  const total = Math.ceil(deported / PER);
  const back = Math.round(returned / PER);
  return { deported, returned, total, back, oneIn: Math.round(deported / returned) };
}

export const returnedShare: ChartDefinition = {
  id: 'returned-share',
  chapter: 'negotiations',
  requires: { figures: ['deported-verified', 'returned-verified'] },
  // One state per step of the sequence in the negotiations chapter; each changes what the grid shows.
  states: {
    deported: "Every square stands for 100 children on Ukraine's case count of deported children.",
    floor: 'The grid is framed as a floor: it holds only the cases Ukraine has documented one by one, and the real number is higher.',
    returned: 'The squares marked with a tick stand for the children who have been returned.',
    overcount: 'The ticked squares are outlined with a dashed line: since 2024 the returns total also counts children never recorded as deported.',
    missing: 'The squares without a tick are highlighted: the children not returned, about nine in ten.',
  },

  describe(ds, locale = 'en') {
    const { deported, returned, oneIn } = counts(ds);
    const dep = figure(ds, 'deported-verified');
    const ret = figure(ds, 'returned-verified');
    // The returns total also counts children who were never counted as deported, so the share is an upper bound.
    const title = returned / deported < 0.1 ? 'Fewer than one in ten has come home' : `At most about one in ${inWords(oneIn)} has come home`;
    return {
      title,
      subtitle: `Ukraine counts ${formatNumber(returned, locale)} children returned against ${formatNumber(deported, locale)} verified deportations, and its returns total includes children who were never deported.`,
      alt: `A grid of ${Math.ceil(deported / PER)} squares, one per ${PER} children Ukraine verified as deported (${formatNumber(deported, locale)} as of ${formatDate(dep.as_of, locale)}). ${Math.round(returned / PER)} squares are marked as returned: ${formatNumber(returned, locale)} children as of ${formatDate(ret.as_of, locale)}, about one in ${inWords(oneIn)}.`,
      notes: [
        `Returned: ${formatNumber(returned, locale)} as of ${formatDate(ret.as_of, locale)}, according to ${ret.claimant}. Since 2024 Ukraine's count of returned children also includes some brought out of occupied territory who were never counted as deported, so the true share of deported children who came back may be lower.`,
        `Deported: ${formatNumber(deported, locale)} verified cases as of ${formatDate(dep.as_of, locale)}, according to ${dep.claimant}. It counts only reported and checked cases; researchers and officials say the real number is higher.`,
      ],
      sources: [...new Set([...dep.sources, ...ret.sources])],
      methods: ['case-count'],
    };
  },

  render(ds, { width, locale = 'en', state }) {
    const { deported, returned, total } = counts(ds);
    // The first two states of the sequence draw every square as not (yet) returned.
    const back = state === 'deported' || state === 'floor' ? 0 : counts(ds).back;
    const cols = width < 480 ? 14 : 28;
    const gap = 2;
    const size = Math.floor((width - gap * (cols - 1)) / cols);
    const rows = Math.ceil(total / cols);
    const gridH = rows * (size + gap) - gap;
    const labelY = gridH + 22;
    // A state of the sequence adds one line of annotation under the legend (every state keeps the same height).
    const noteY = labelY + 24;
    const height = state ? noteY + 10 : labelY + 22;
    const cells: string[] = [];
    const home: string[] = [];
    for (let i = 0; i < total; i++) {
      const x = (i % cols) * (size + gap);
      const y = Math.floor(i / cols) * (size + gap);
      // The last square stands for the remainder, drawn in proportion so the grid does not overstate the count.
      const isLast = i === total - 1 && deported % PER !== 0;
      const w = isLast ? Math.max(2, Math.round((size * (deported % PER)) / PER)) : size;
      if (i < back) {
        home.push(
          `<rect x="${x + 1}" y="${y + 1}" width="${size - 2}" height="${size - 2}"/>` +
            `<path d="M${x + size * 0.25} ${y + size * 0.52} l${size * 0.17} ${size * 0.17} l${size * 0.33} ${size * 0.36 * -1}" fill="none"/>`,
        );
      } else cells.push(`<rect x="${x}" y="${y}" width="${w}" height="${size}"/>`);
    }
    const still = deported - returned;
    const notes: Record<string, string> = {
      deported: `${formatNumber(deported, locale)} children on Ukraine's case count`,
      floor: 'Documented cases only: the real number is higher',
      returned: `${formatNumber(returned, locale)} returned, about one square in ${inWords(Math.round(deported / returned))}`,
      overcount: 'Some ticks are children never counted as deported',
      missing: `${formatNumber(still, locale)} not returned`,
    };
    const note = state ? `<text x="0" y="${noteY}" font-size="13" font-weight="700" fill="${color('text')}">${esc(notes[state] ?? '')}</text>` : '';
    // "floor": a dashed frame round the grid, open at the bottom, as a floor under a larger unknown total.
    const frame =
      state === 'floor'
        ? `<path d="M-3 ${gridH + 3} V-3 H${cols * (size + gap) - gap + 3} V${gridH + 3}" fill="none" stroke="${color('text')}" stroke-width="1.5" stroke-dasharray="5 3"/>`
        : '';
    const homeStyle = state === 'overcount' ? ' stroke-dasharray="3 2"' : '';
    const dimHome = state === 'missing' ? ' opacity="0.35"' : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(FONT_SANS)}" font-size="12" aria-hidden="true">` +
      (back > 0 ? `<g fill="${color('bg')}" stroke="${color('returned')}" stroke-width="2"${homeStyle}${dimHome} data-tip="${esc(`Returned: ${formatNumber(returned, locale)} children (${back} squares)`)}">${home.join('')}</g>` : '') +
      // The fill is set once on the group: the grid is drawn up to six times on a page with a scrolling sequence.
      `<g fill="${color('verified')}" data-tip="${esc(`Not returned: ${formatNumber(still, locale)} of ${formatNumber(deported, locale)} verified cases`)}">${cells.join('')}</g>` +
      `<g font-size="13"><rect x="0" y="${labelY - 11}" width="12" height="12" fill="${color('bg')}" stroke="${color('returned')}" stroke-width="2"/>` +
      `<text x="18" y="${labelY}" fill="${color('text')}">Returned</text>` +
      `<rect x="${width < 480 ? 100 : 110}" y="${labelY - 11}" width="12" height="12" fill="${color('verified')}"/>` +
      `<text x="${width < 480 ? 118 : 128}" y="${labelY}" fill="${color('text')}">Not returned</text>` +
      `<text x="${width}" y="${labelY}" text-anchor="end" fill="${color('muted')}">□ = ${PER} children</text></g>` +
      frame +
      note +
      `</svg>`
    );
  },

  table(ds) {
    const { deported, returned } = counts(ds);
    const dep = figure(ds, 'deported-verified');
    const ret = figure(ds, 'returned-verified');
    return {
      columns: [
        { key: 'measure', label: 'Measure' },
        { key: 'children', label: 'Children', numeric: true },
        { key: 'as_of', label: 'As of' },
        { key: 'claimant', label: 'According to' },
      ],
      rows: [
        { measure: 'Verified as deported', children: deported, as_of: dep.as_of, claimant: dep.claimant },
        { measure: 'Returned', children: returned, as_of: ret.as_of, claimant: ret.claimant },
        { measure: 'Not returned (difference)', children: deported - returned, as_of: ret.as_of, claimant: 'Calculated' },
      ],
    };
  },
};
