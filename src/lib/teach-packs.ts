/**
 * Evidence packs (/teach/<chapter>/sources/): per chapter six to eight short extracts from primary sources, each a
 * quote the dataset already stores (a figure's, a series point's, a place's, a trip's or the Rome Statute list's
 * `quote`, whose first source is the extract's `source`), so no extract is typed by hand; a provenance line (who
 * produced the words, for whom, in what form; the date, publisher, kind and link come from the dataset); guiding
 * questions in two tiers; and one comparison task on two extracts that disagree.
 *
 * English text: content/teach-packs.json; Ukrainian: content/i18n/uk/teach-packs.json, checked against the English
 * file like the other translated content (src/data/content-translations.ts). Any problem stops the build with
 * `<file>: <JSON path>: <rule>`.
 */
import { z } from 'zod';
import { readJsonEntries, ContentFileError } from './strict-json-loader.ts';
import { jsonPath } from '../data/checks/problem.ts';
import type { Problem } from '../data/checks/problem.ts';
import { CHAPTER_IDS, type Dataset, type Source } from '../data/schema.ts';
import { latestDataset } from '../data/load.ts';
import { quoteTranslation } from '../data/translations.ts';
import { assertTranslation, translationPath } from '../data/content-translations.ts';
import { ukApostrophes, ukApostrophesDeep } from '../i18n/apostrophe.ts';
import type { Locale } from '../i18n/index.ts';

const PACKS_FILE = 'content/teach-packs.json';

/**
 * Whose words the extract is: `own` = the source's own document (a producer's page, or a copy of it: never a news
 * report); `quoted` = a news report or other page quoting the speaker's words; `reported` = the page's own account of
 * what the speaker said or did. The page says which, so a copy is never passed off as the original.
 */
const VOICES = ['own', 'quoted', 'reported'] as const;

const Text = z.string().trim().min(3);
const Extract = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'),
  /** A dataset source id: the first source of the stored quote. */
  source: z.string().min(1),
  /** Verbatim: equal to a quote the dataset stores for that source. */
  quote: z.string().min(10),
  voice: z.enum(VOICES),
  /** Who produced the words (reader text). */
  who: Text.min(10),
  /** For whom. */
  audience: Text.min(10),
  /** In what form: press release, report, court decision, speech, news report… */
  form: Text.min(5),
  /** For a quote not in English: our English translation (Ukrainian file: the dataset's translation where it has one). */
  translation: Text.optional(),
  /** Foundation tier: find and describe. */
  foundation: Text.min(15),
  /** Higher tier: purpose, audience, language, reliability. */
  higher: Text.min(30),
});
export const Pack = z.strictObject({
  id: z.enum(CHAPTER_IDS),
  intro: Text.min(60),
  extracts: z.array(Extract).min(6, 'a pack has six to eight extracts').max(8, 'a pack has six to eight extracts'),
  comparison: z.strictObject({
    /** Two extract ids of this pack that disagree. */
    a: z.string(),
    b: z.string(),
    /** Where the dataset links the disagreement: the two figures (a's, then b's), linked by conflicts_with. */
    figures: z.tuple([z.string(), z.string()]).optional(),
    task: Text.min(60),
  }),
});
export type Pack = z.infer<typeof Pack>;

/** Where a stored quote lives in the dataset, for its translation and its producer. */
export interface StoredQuote {
  quote: string;
  source: string;
  table: 'figures' | 'series' | 'places' | 'trips' | 'states_parties' | 'withdrawals';
  id: string;
  date?: string;
  /** The figure's or series' producer (who made the number); undefined for places, trips and the states list. */
  producer?: Dataset['figures'][number]['producer'];
}

/** Every quote the dataset stores, with its first source. */
export function storedQuotes(ds: Dataset): StoredQuote[] {
  const out: StoredQuote[] = [];
  for (const f of ds.figures) out.push({ quote: f.quote, source: f.sources[0]!, table: 'figures', id: f.id, producer: f.producer });
  for (const s of ds.series) for (const p of s.points) out.push({ quote: p.quote, source: p.sources[0]!, table: 'series', id: s.id, date: p.date, producer: s.producer });
  for (const p of ds.places) if (p.quote) out.push({ quote: p.quote, source: p.sources[0]!, table: 'places', id: p.id });
  for (const t of ds.trips) out.push({ quote: t.quote, source: t.sources[0]!, table: 'trips', id: t.id });
  const sp = ds.states_parties;
  if (sp) {
    out.push({ quote: sp.quote, source: sp.sources[0]!, table: 'states_parties', id: 'states_parties' });
    for (const w of sp.withdrawals) out.push({ quote: w.quote, source: w.sources[0]!, table: 'withdrawals', id: w.state });
  }
  return out;
}

/** Every problem with the packs in `file` against the dataset (entries already read as JSON arrays of objects). */
export function packProblems(raw: readonly unknown[], ds: Dataset, file: string, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  const at = (keys: PropertyKey[], message: string) => problems.push({ file, path: jsonPath(keys), message });
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const stored = storedQuotes(ds);
  raw.forEach((entry, i) => {
    const parsed = Pack.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) at([i, ...issue.path], issue.message);
      return;
    }
    const pack = parsed.data;
    const ids = pack.extracts.map((e) => e.id);
    pack.extracts.forEach((e, j) => {
      const here = [i, 'extracts', j];
      if (ids.indexOf(e.id) !== j) at([...here, 'id'], `duplicate extract id ${JSON.stringify(e.id)} in this pack`);
      const src = sources.get(e.source);
      if (!src) return at([...here, 'source'], `no source ${JSON.stringify(e.source)} in the dataset`);
      const hit = stored.find((q) => q.source === e.source && q.quote === e.quote);
      if (!hit) {
        const elsewhere = stored.find((q) => q.quote === e.quote);
        at([...here, 'quote'], elsewhere
          ? `the dataset stores this quote for source ${JSON.stringify(elsewhere.source)}, not ${JSON.stringify(e.source)}`
          : 'is not a quote the dataset stores for this source: an extract must be a stored quote, copied exactly (no quote is typed by hand)');
      }
      if (e.voice === 'own' && src.kind === 'news') at([...here, 'voice'], `"own" means the producer's own document, but ${JSON.stringify(e.source)} is a news report: use "quoted" or "reported"`);
      const foreign = src.language !== 'en';
      if (foreign && !e.translation) at([...here, 'translation'], `the quote is in ${src.language}: give a translation`);
      if (!foreign && e.translation) at([...here, 'translation'], 'the quote is in English: no translation');
      if (locale !== 'en' && hit && e.translation) {
        const data = quoteTranslation(hit.table, hit.id, locale, hit.date);
        if (data && ukApostrophes(e.translation) !== data) at([...here, 'translation'], `must be the dataset's translation of this quote (content/data/i18n/${locale}.json): ${JSON.stringify(data.slice(0, 60))}…`);
      }
    });
    const c = pack.comparison;
    for (const k of ['a', 'b'] as const) if (!ids.includes(c[k])) at([i, 'comparison', k], `no extract ${JSON.stringify(c[k])} in this pack`);
    if (c.a === c.b) at([i, 'comparison', 'b'], 'compare two different extracts');
    if (c.figures) {
      const [fa, fb] = c.figures.map((id) => ds.figures.find((f) => f.id === id));
      c.figures.forEach((id, k) => {
        const f = [fa, fb][k];
        const ex = pack.extracts.find((e) => e.id === (k === 0 ? c.a : c.b));
        if (!f) at([i, 'comparison', 'figures', k], `no figure ${JSON.stringify(id)} in the dataset`);
        else if (ex && f.quote !== ex.quote) at([i, 'comparison', 'figures', k], `figure ${JSON.stringify(id)} is not the one extract ${JSON.stringify(ex.id)} quotes`);
      });
      if (fa && fb && !(fa.conflicts_with ?? []).includes(fb.id) && !(fb.conflicts_with ?? []).includes(fa.id)) {
        at([i, 'comparison', 'figures'], `the dataset does not link ${JSON.stringify(fa.id)} and ${JSON.stringify(fb.id)} by conflicts_with`);
      }
    }
  });
  return problems;
}

/** The file holding the packs in `locale`. */
export function packsFile(locale: Locale): string {
  return locale === 'en' ? PACKS_FILE : translationPath('teach-packs', locale);
}

/** Reads, checks and returns the packs in `locale`; throws ContentFileError (so the build stops) on any problem. */
export function readPacks(locale: Locale, ds: Dataset = latestDataset()): Pack[] {
  const file = packsFile(locale);
  if (locale !== 'en') assertTranslation('teach-packs', locale);
  const raw = readJsonEntries(file);
  const problems = packProblems(raw, ds, file, locale);
  if (problems.length > 0) throw new ContentFileError(problems);
  const packs = raw.map((e) => Pack.parse(e));
  // Our Ukrainian words take the typographic apostrophe; a source's words (the quote) stay as written.
  return locale === 'en' ? packs : packs.map((p) => ukApostrophesDeep(p, new Set(['quote', 'source', 'id', 'a', 'b', 'figures'])));
}

const cache = new Map<Locale, Pack[]>();

/** One chapter's pack in `locale`, with each extract's source and stored quote (for its translation and producer). */
export function evidencePack(chapter: string, locale: Locale) {
  const ds = latestDataset();
  const packs = cache.get(locale) ?? readPacks(locale, ds);
  cache.set(locale, packs);
  const pack = packs.find((p) => p.id === chapter);
  if (!pack) throw new Error(`${packsFile(locale)}: no evidence pack for chapter "${chapter}"`);
  const stored = storedQuotes(ds);
  const extracts = pack.extracts.map((e) => {
    const source = ds.sources.find((s) => s.id === e.source) as Source;
    const hit = stored.find((q) => q.source === e.source && q.quote === e.quote)!;
    return { ...e, src: source, stored: hit };
  });
  return { pack, extracts };
}
