/**
 * The locale of the page being rendered, from its route: `/uk/...` is
 * Ukrainian, everything else English. Components that MDX renders (Fact, Cite,
 * Term, Chart, ...) have no locale prop in the chapter text, so they ask the
 * route, like Starlight's per-route `locals.t`. Page files read it the same way,
 * which is what lets a thin `src/pages/uk/<path>.astro` render the English page
 * file in Ukrainian (see docs/i18n.md).
 */
import { localeOfPath } from './paths.ts';
import type { Locale } from './index.ts';

export function pageLocale(astro: { url: URL }): Locale {
  return localeOfPath(astro.url.pathname);
}
