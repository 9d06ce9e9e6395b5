/** The words of a citation (src/lib/cite.ts) in a locale, from the dictionary: server-side only, passed to the browser in data-cite. */
import { t, type Locale } from '../i18n/index.ts';
import type { CiteWords } from './cite.ts';

export function citeWords(locale: Locale): CiteWords {
  return {
    retrieved: t('cite.retrieved', {}, locale),
    accessed: t('cite.accessed', {}, locale),
    lastModified: t('cite.lastModified', {}, locale),
    version: t('cite.version', {}, locale),
    datasetVersion: t('cite.datasetVersion', {}, locale),
    chart: t('cite.kind.chart', {}, locale),
    dataset: t('cite.kind.dataset', {}, locale),
    page: t('cite.kind.page', {}, locale),
  };
}
