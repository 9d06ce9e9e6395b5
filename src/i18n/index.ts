/**
 * The locale core: which languages the site has, their dictionaries, and the
 * lookup every text-producing module uses. The locale is always passed in
 * (never defaulted), so forgetting it is a type error, not English on a
 * Ukrainian page. A dictionary has exactly the keys of `en.ts` (the compiler
 * checks uk.ts against `Dictionary`; tests/unit/i18n/dictionaries.test.ts checks
 * the same at run time, and that every plural entry has the forms its language
 * needs). A missing key throws naming the key and locale: no silent fallback.
 */
import { en } from './en.ts';
import { uk } from './uk.ts';
import type { Dictionary, PluralForms, UiKey, StringKey, PluralKey } from './dictionary.ts';
import { fillTemplate } from './punctuate.ts';
import { ukApostrophesDeep } from './apostrophe.ts';

/** Every locale the site is built in. English is at the root, the others under /<locale>/. */
export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
/** The root locale (English). Used for routing only, never as a default argument. */
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tag for `lang` attributes and `Intl` (format.ts uses en-GB for English dates only). */
export const LANG_TAG: Record<Locale, string> = { en: 'en', uk: 'uk' };
/** `og:locale` values (language_TERRITORY). */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', uk: 'uk_UA' };
/** The language's own name, for the language switch. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', uk: 'Українська' };
/** Its short form, for the switch on the narrowest screens. */
export const LANGUAGE_SHORT: Record<Locale, string> = { en: 'EN', uk: 'УКР' };

// Ukrainian words take the typographic apostrophe (м’яч) whatever was typed (apostrophe.ts).
const dictionaries: Record<Locale, Dictionary> = { en, uk: ukApostrophesDeep(uk) };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The whole dictionary of a locale (for client scripts' data attributes and tests). */
export function dictionary(locale: Locale): Dictionary {
  const d = dictionaries[locale];
  if (!d) throw new Error(`i18n: unknown locale "${String(locale)}" (known: ${LOCALES.join(', ')})`);
  return d;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return fillTemplate(template, (name) => (name in vars ? String(vars[name]) : undefined));
}

/** The string for `key` in `locale`, with {placeholders} filled from `vars`. */
export function t(key: StringKey, vars: Record<string, string | number>, locale: Locale): string {
  const template = dictionary(locale)[key];
  if (typeof template !== 'string') throw new Error(`i18n: no string "${key}" in the ${locale} dictionary`);
  return fill(template, vars);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
/** The CLDR plural category of `n` in `locale` (uk: one/few/many/other; en: one/other). */
export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  let pr = pluralRules.get(locale);
  if (!pr) pluralRules.set(locale, (pr = new Intl.PluralRules(LANG_TAG[locale])));
  return pr.select(n);
}

/**
 * A plural string: the form of `key` for the number `n`. `{n}` in the form is
 * `vars.n` when given (already formatted, e.g. "19 546"), else `n` as typed.
 */
export function tn(key: PluralKey, n: number, vars: Record<string, string | number>, locale: Locale): string {
  const forms = dictionary(locale)[key] as PluralForms | undefined;
  if (!forms || typeof forms !== 'object') throw new Error(`i18n: no plural "${key}" in the ${locale} dictionary`);
  const category = pluralCategory(n, locale);
  const template = forms[category] ?? forms.other;
  return fill(template, { n, ...vars });
}

export type { Dictionary, PluralForms, UiKey, StringKey, PluralKey };
