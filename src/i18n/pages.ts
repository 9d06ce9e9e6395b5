/**
 * Lookup of the long-prose pages' labels (src/i18n/pages.en.ts, pages.uk.ts) by key and a required locale, with
 * {placeholder} substitution. A missing key throws, naming it and the locale: a Ukrainian page never falls back to
 * English silently.
 */
import type { Locale } from './index.ts';
import { pagesEn, type PagesDictionary, type PagesKey } from './pages.en.ts';
import { pagesUk } from './pages.uk.ts';
import { fillTemplate } from './punctuate.ts';
import { ukApostrophesDeep } from './apostrophe.ts';

// Ukrainian words take the typographic apostrophe (м’яч) whatever was typed (apostrophe.ts).
const dictionaries: Record<Locale, PagesDictionary> = { en: pagesEn, uk: ukApostrophesDeep(pagesUk) };

export type StringKey = { [K in PagesKey]: (typeof pagesEn)[K] extends string ? K : never }[PagesKey];
type ListKey = Exclude<PagesKey, StringKey>;

function entry(key: PagesKey, locale: Locale): string | readonly string[] {
  const value = dictionaries[locale]?.[key];
  if (value === undefined) throw new Error(`i18n/pages: no "${key}" in the ${locale} labels (src/i18n/pages.${locale}.ts)`);
  return value;
}

/** The label `key` in `locale`, with {placeholders} filled from `vars`. */
export function pt(key: StringKey, vars: Record<string, string | number>, locale: Locale): string {
  const template = entry(key, locale) as string;
  return fillTemplate(template, (name) => (name in vars ? String(vars[name]) : undefined));
}

/** The list `key` in `locale` (ground rules, mark-scheme levels). */
export function ptList(key: ListKey, locale: Locale): readonly string[] {
  return entry(key, locale) as readonly string[];
}

/** A list of "label|descriptor" entries as pairs. */
export function ptPairs(key: ListKey, locale: Locale): Array<[string, string]> {
  return ptList(key, locale).map((s) => {
    const [label = '', text = ''] = s.split('|');
    if (!label || !text) throw new Error(`i18n/pages: "${key}" (${locale}) entries must be "label|descriptor": "${s}"`);
    return [label, text];
  });
}

/** A title in the locale's quotation marks: “…” or «…». */
export const quoted = (text: string, locale: Locale): string => pt('quote', { text }, locale);
