/**
 * Links from a page in one locale to another page of the site: to the page in
 * the same locale where it exists (src/i18n/translated.ts), else to the English
 * page, marked `hreflang="en"` so the reader and assistive technology know the
 * target is in English. Components spread the result on their <a>:
 * `<a {...pageLink('/sources/#x', locale)}>`. When a page's translation lands,
 * its links switch by themselves.
 */
import { DEFAULT_LOCALE, LANG_TAG, type Locale } from './index.ts';
import { localePath } from './paths.ts';
import { existsIn } from './translated.ts';

export interface PageLink {
  href: string;
  /** Set when the target is not in the page's locale (it is in English). */
  hreflang?: string;
}

/** `path` is a site path in English form (`/sources/#id`), with or without ?query and #hash. */
export function pageLink(path: string, locale: Locale): PageLink {
  if (existsIn(path, locale)) return { href: localePath(path, locale) };
  return { href: localePath(path, DEFAULT_LOCALE), hreflang: LANG_TAG[DEFAULT_LOCALE] };
}
