/**
 * What a step of a teaching activity points students to, and whether each of
 * those things still holds what the step asks for. A step names places (a
 * chart, a /data/ table, a chapter section) and figures ({{fact:id}}); every
 * figure in a step that names places must be findable in at least one of
 * them, and a step may call a chart's marks only by the words the chart's own
 * text uses (no "bars" on a chart of dots). Pure: tests and the guide call it
 * with the locale, the dataset, the chart registry and the chapters' MDX in
 * that locale (the Ukrainian unit is walked like the English one: its steps,
 * its chapters' sections, the charts' Ukrainian words for their marks).
 */
import type { Dataset } from '../data/schema.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { parseTeachText } from './teach-text.ts';
import { sectionIds } from './chapter-refs.ts';
import type { Locale } from '../i18n/index.ts';

export interface RefContext {
  /** The language of the steps and the chapters; chart words are read in it too. */
  locale: Locale;
  ds: Dataset;
  charts: ChartDefinition[];
  /** Chapter id → MDX body in `locale` (frontmatter removed). */
  chapters: Record<string, string>;
}

export type Place =
  | { kind: 'chart'; id: string }
  | { kind: 'table'; chapter: string }
  | { kind: 'section'; chapter: string; id: string };

export interface StepRefs {
  places: Place[];
  figures: string[];
  /** Mark words the step uses ("dot", "line"…). */
  marks: string[];
  problems: string[];
}

/** Words for the parts of a chart; a step may use one only if a chart it names uses it too. */
export const MARK_WORDS = ['bar', 'dot', 'card', 'square', 'circle', 'lane', 'panel', 'line', 'segment', 'arrow', 'slice', 'wedge', 'bubble'];

/**
 * The same marks' words in each locale, as patterns for a whole word (English adds a plural s; Ukrainian stems take
 * any case ending: «стовпчик», «стовпчики», «стовпчиків»). One entry per English mark word, in its order.
 */
const MARK_PATTERNS: Record<Locale, Record<string, string>> = {
  en: Object.fromEntries(MARK_WORDS.map((w) => [w, `${w}s?`])),
  uk: {
    bar: 'стовпчик\\p{L}*|стовп(?:ець|ця|цю|цем|ці|ців|цям|цями|цях)',
    dot: 'точк\\p{L}*|точок|точці|крапк\\p{L}*|крапок',
    card: 'картк\\p{L}*|карток|картці',
    square: 'квадрат\\p{L}*',
    circle: 'кол(?:о|а|у|ом|і)|кіл|кружеч\\p{L}*|кружок|кружк\\p{L}*',
    lane: 'смуг\\p{L}*|смуз(?:і)|доріжк\\p{L}*|доріжок|доріжці',
    panel: 'панел\\p{L}*',
    line: 'ліні\\p{L}*|лінійк\\p{L}*',
    segment: 'відрізк\\p{L}*|відрізок|сегмент\\p{L}*',
    arrow: 'стрілк\\p{L}*|стрілок|стрілці',
    slice: 'сектор\\p{L}*',
    wedge: 'клин\\p{L}*',
    bubble: 'бульбашк\\p{L}*|бульбашок|бульбашці',
  },
};
const markRegex = (word: string, locale: Locale) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${MARK_PATTERNS[locale][word]})(?![\\p{L}\\p{N}])`, 'u');

export function placeLabel(p: Place): string {
  return p.kind === 'chart' ? `chart ${p.id}` : p.kind === 'table' ? `/data/ table "${p.chapter}"` : `section ${p.chapter}#${p.id}`;
}

/** The MDX of one section: from its <H2 id> to the next <H2>. */
export function sectionBody(body: string, id: string): string | undefined {
  const start = body.search(new RegExp(`<H2\\s[^>]*\\bid="${id}"`));
  if (start < 0) return undefined;
  const next = body.slice(start + 3).search(/<H2\b/);
  return next < 0 ? body.slice(start) : body.slice(start, start + 3 + next);
}

/** Every text a chart shows about itself, lower-cased: title, takeaway, text alternative and notes. */
function chartWords(chart: ChartDefinition, ds: Dataset, locale: Locale): string {
  const d = chart.describe(ds, locale);
  return [d.title, d.subtitle, d.alt, ...d.notes].join(' ').toLowerCase();
}

/** Whether a chart shows a figure: it requires it (as a figure or a series), or its data table has the figure's value. */
function chartHolds(chart: ChartDefinition, ds: Dataset, figureId: string, locale: Locale): boolean {
  if (chart.requires.figures?.includes(figureId) || chart.requires.series?.includes(figureId)) return true;
  const f = ds.figures.find((x) => x.id === figureId);
  if (!f) return false;
  const values = 'low' in f ? [f.low, f.high] : [f.value];
  const rows = chart.table(ds, locale).rows;
  return rows.some((r) => Object.values(r).some((v) => values.some((val) => v === val || v === String(val) || (typeof v === 'string' && v.replace(/[,\s]/g, '') === String(val)))));
}

function holds(place: Place, figureId: string, ctx: RefContext): boolean {
  switch (place.kind) {
    case 'chart': {
      const chart = ctx.charts.find((c) => c.id === place.id);
      return !!chart && chartHolds(chart, ctx.ds, figureId, ctx.locale);
    }
    case 'table':
      return ctx.ds.figures.some((f) => f.id === figureId && f.chapter === place.chapter);
    case 'section': {
      const body = ctx.chapters[place.chapter];
      const s = body && sectionBody(body, place.id);
      return !!s && new RegExp(`<(?:Fact|KeyFigure)\\b[^>]*\\bid="${figureId}"`).test(s);
    }
  }
}

/** The references in one step and every way they fail. */
export function stepRefs(text: string, ctx: RefContext, where: string): StepRefs {
  const parts = parseTeachText(text);
  const places: Place[] = [];
  const figures: string[] = [];
  const problems: string[] = [];
  for (const p of parts) {
    if (p.type === 'chart') places.push({ kind: 'chart', id: p.id });
    if (p.type === 'table') places.push({ kind: 'table', chapter: p.chapter });
    if (p.type === 'section') places.push({ kind: 'section', chapter: p.chapter, id: p.id });
    if (p.type === 'fact') figures.push(p.id);
  }
  for (const pl of places) {
    if (pl.kind === 'chart' && !ctx.charts.some((c) => c.id === pl.id)) problems.push(`${where}: no chart "${pl.id}"`);
    if (pl.kind === 'table' && !(pl.chapter in ctx.chapters)) problems.push(`${where}: no chapter "${pl.chapter}" for a /data/ table`);
    if (pl.kind === 'section') {
      const body = ctx.chapters[pl.chapter];
      if (!body || !sectionIds(body).some((s) => s.id === pl.id)) problems.push(`${where}: no section ${pl.chapter}#${pl.id}`);
    }
  }
  for (const id of figures) {
    if (!ctx.ds.figures.some((f) => f.id === id)) {
      problems.push(`${where}: no figure "${id}" in the dataset`);
      continue;
    }
    if (places.length && !places.some((pl) => holds(pl, id, ctx))) {
      problems.push(`${where}: figure "${id}" is in none of the places the step sends students to (${places.map(placeLabel).join(', ')})`);
    }
  }
  const plain = parts.map((p) => (p.type === 'text' ? p.text : ' ')).join('').toLowerCase();
  const marks = MARK_WORDS.filter((w) => markRegex(w, ctx.locale).test(plain));
  const charts = places.filter((p): p is Extract<Place, { kind: 'chart' }> => p.kind === 'chart').map((p) => ctx.charts.find((c) => c.id === p.id)).filter((c) => !!c);
  if (charts.length) {
    const own = charts.map((c) => chartWords(c, ctx.ds, ctx.locale)).join(' ');
    for (const w of marks) {
      if (!markRegex(w, ctx.locale).test(own)) problems.push(`${where}: calls a mark "${w}", a word ${charts.map((c) => c.id).join(' / ')} never uses for itself`);
    }
  }
  return { places, figures, marks, problems };
}
