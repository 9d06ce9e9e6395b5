/**
 * Locale-aware site paths. English lives at the root, every other locale under
 * /<locale>/ with the same path after it, so `/chapters/filtration/#returns`
 * is `/uk/chapters/filtration/#returns` in Ukrainian (section ids are the same
 * in every language). Every internal link a page renders goes through
 * `localePath`; the language switch and hreflang use `alternatePath`.
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './index.ts';

/** `/chapters/x/` in `locale`: unchanged for English, `/uk/chapters/x/` for Ukrainian. Keeps ?query and #hash. */
export function localePath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`localePath: not a site path: "${path}"`);
  const bare = stripLocale(path);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}

/** The locale a site path is in: `/uk/...` is Ukrainian, anything else English. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The path without its locale prefix: `/uk/data/` → `/data/`, `/uk/` → `/`. */
export function stripLocale(path: string): string {
  for (const l of LOCALES) {
    if (l === DEFAULT_LOCALE) continue;
    if (path === `/${l}`) return '/';
    if (path.startsWith(`/${l}/`) || path.startsWith(`/${l}?`) || path.startsWith(`/${l}#`)) {
      const rest = path.slice(l.length + 1);
      return rest.startsWith('/') ? rest : `/${rest}`;
    }
  }
  return path;
}

/** The same page in another locale: `alternatePath('/uk/data/', 'en')` is `/data/`. */
export function alternatePath(path: string, locale: Locale): string {
  return localePath(stripLocale(path), locale);
}

/** The `lang` route parameter for a locale (undefined at the root), for getStaticPaths of [...lang] routes. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}
