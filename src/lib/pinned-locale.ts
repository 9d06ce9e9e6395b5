/**
 * Whether a chart can be drawn honestly from a frozen release in another language. localizeDataset() keeps a
 * release's English wherever the translation does not fit it (an older release whose text has since changed, an entry
 * added later): right for the data pages, wrong for a chart that would then print English labels under a Ukrainian
 * title. So a pinned embed exists in a locale only when none of the text that release's chart prints fell back.
 *
 * How: the fields the translation left in English (equal to the release's English, since every translated field of the
 * working dataset differs from its English; tests/unit/pinned-locale.test.ts checks that) are marked with a token, the
 * chart is drawn from the marked dataset, and any token in what it prints (drawings, title, takeaway, text
 * alternative, notes, table) names a label it needs and cannot have. Marking instead of searching for the English
 * text catches a label the chart wrapped over lines, cut short or put in capitals. Pure: datasets in, verdict out.
 */
import type { Dataset } from '../data/schema.ts';
import type { ChartDefinition } from '../charts/types.ts';
import type { Locale } from '../i18n/index.ts';
import { renderChart } from '../charts/render.ts';

/** The reader-facing fields localizeDataset() translates, per table (src/data/translations.ts). */
const FIELDS = {
  figures: ['label', 'claimant', 'note'],
  series: ['label', 'claimant', 'definition', 'note'],
  events: ['title', 'summary'],
  places: ['name', 'summary'],
  sources: ['note', 'date_note'],
  trips: ['place', 'note'],
} as const;

/** A field left in English: where it is (`series.<id>.breaks.<after>.label`) and its English text. */
export interface Untranslated {
  path: string;
  english: string;
}

type Entry = Record<string, unknown> & { id?: string };

/** A token no label contains, without spaces (so wrapping keeps it whole) and found in any letter case. */
const MARK = 'qqenglishleftqq';
const marked = (s: string, i: number) => `${MARK}${i}x ${s}`;

/**
 * Every translated field of `localized` that is still its English in `english` (the same release, before
 * localizeDataset), with a function that rewrites such a field. Equal text means the translation was missing or did
 * not fit this release.
 */
function walk(english: Dataset, localized: Dataset, visit: (u: Untranslated, set: (v: string) => void) => void): void {
  const check = (path: string, en: unknown, target: Entry, key: string) => {
    if (typeof en !== 'string' || !/\p{L}/u.test(en) || target[key] !== en) return;
    visit({ path, english: en }, (v) => (target[key] = v));
  };
  for (const key of ['title', 'description'] as const) check(key, english[key], localized as unknown as Entry, key);
  for (const [table, fields] of Object.entries(FIELDS) as Array<[keyof typeof FIELDS, readonly string[]]>) {
    const en = english[table] as unknown as Entry[];
    const loc = localized[table] as unknown as Entry[];
    en.forEach((e, i) => {
      const l = loc[i]!;
      for (const f of fields) check(`${table}.${e.id}.${f}`, e[f], l, f);
    });
  }
  english.series.forEach((s, i) => {
    const l = localized.series[i]!;
    s.breaks.forEach((b, j) => {
      for (const f of ['label', 'note'] as const) check(`series.${s.id}.breaks.${b.after}.${f}`, b[f], l.breaks[j] as unknown as Entry, f);
    });
    s.points.forEach((p, j) => {
      for (const f of ['claimant', 'note'] as const) check(`series.${s.id}.points.${p.date}.${f}`, p[f], l.points[j] as unknown as Entry, f);
    });
  });
  if (english.states_parties && localized.states_parties) {
    check('states_parties.note', english.states_parties.note, localized.states_parties as unknown as Entry, 'note');
  }
}

/** The fields of a release that its translation leaves in English. */
export function untranslatedFields(english: Dataset, localized: Dataset): Untranslated[] {
  const out: Untranslated[] = [];
  walk(english, localized, (u) => out.push(u));
  return out;
}

/** A deep copy of `localized` with every untranslated field marked; and the fields, by mark number. */
function markedCopy(english: Dataset, localized: Dataset): { ds: Dataset; fields: Untranslated[] } {
  const ds = structuredClone(localized);
  const fields: Untranslated[] = [];
  walk(english, ds, (u, set) => {
    set(marked(u.english, fields.length));
    fields.push(u);
  });
  return { ds, fields };
}

/**
 * The untranslated fields `chart` would print when drawn from `localized` (a release run through
 * localizeDataset(english, locale)) in `locale`: [] when it can be drawn wholly in that language. A chart that cannot be
 * drawn from the marked data at all (it reads a label as data) counts as needing every untranslated field.
 */
export function missingLabels(chart: ChartDefinition, english: Dataset, localized: Dataset, locale: Locale): Untranslated[] {
  const { ds, fields } = markedCopy(english, localized);
  if (!fields.length) return [];
  let printed: string;
  try {
    const r = renderChart(chart, ds, { locale });
    printed = JSON.stringify([r.text, r.variants, r.breakout ?? null, r.table]);
  } catch {
    return fields;
  }
  const found = new Set([...printed.toLowerCase().matchAll(new RegExp(`${MARK}(\\d+)x`, 'g'))].map((m) => Number(m[1])));
  return fields.filter((_, i) => found.has(i));
}
