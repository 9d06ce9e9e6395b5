/**
 * Chart copy by key and locale: every title, subtitle, annotation, axis label,
 * legend, takeaway, credit line and table header a chart or embed prints comes
 * from `charts.en.ts` / `charts.uk.ts` (identical keys, parity-tested) through
 * `ct()`, with the locale a required argument. Numbers passed as variables are
 * formatted for the locale (src/i18n/format.ts); a message that depends on a
 * count is a plural object chosen with Intl.PluralRules on the variable `n`.
 */
import type { Locale } from './index.ts';
import { formatNumber } from './format.ts';
import { fillTemplate } from './punctuate.ts';
import { ukApostrophesDeep } from './apostrophe.ts';
import { chartsEn, type ChartKey, type ChartMessage } from './charts.en.ts';
import { chartsUk } from './charts.uk.ts';

export type { ChartKey, ChartMessage };

// Keyed by string so the Ukrainian dictionary can exist before every part of the site knows the locale.
// Ukrainian words take the typographic apostrophe (м’яч) whatever was typed (apostrophe.ts).
const DICTIONARIES: Record<string, Record<ChartKey, ChartMessage>> = { en: chartsEn, uk: ukApostrophesDeep(chartsUk) };

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(n: number, locale: string): Intl.LDMLPluralRule {
  let pr = pluralRules.get(locale);
  if (!pr) pluralRules.set(locale, (pr = new Intl.PluralRules(locale)));
  return pr.select(n);
}

export type ChartVars = Record<string, string | number>;

/** The message for `key` in `locale`, with `{name}` replaced by `vars.name` (numbers formatted for the locale). */
export function ct(key: ChartKey, vars: ChartVars, locale: Locale): string {
  const dict = DICTIONARIES[locale];
  if (!dict) throw new Error(`no chart dictionary for locale "${locale}" (src/i18n/charts.${locale}.ts)`);
  const msg = dict[key];
  if (msg === undefined) throw new Error(`chart message "${key}" is missing in src/i18n/charts.${locale}.ts`);
  let template: string;
  if (typeof msg === 'string') template = msg;
  else {
    const n = vars.n;
    if (typeof n !== 'number') throw new Error(`chart message "${key}" is a plural and needs a numeric {n}`);
    template = (msg as Record<string, string | undefined>)[pluralOf(n, locale)] ?? msg.other;
  }
  return fillTemplate(template, (name) => {
    if (!(name in vars)) throw new Error(`chart message "${key}" (${locale}) needs {${name}}`);
    const v = vars[name]!;
    return typeof v === 'number' ? formatNumber(v, locale) : v;
  });
}

/** Both dictionaries, for the parity test. */
export const CHART_DICTIONARIES = DICTIONARIES;
