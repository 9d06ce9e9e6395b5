/** The long-prose pages that have text per locale (content/pages/<locale>/<page>.mdx), and those locales. */
export const PAGE_IDS = ['methodology', 'about', 'teach', 'safety-kit'] as const;
export type PageId = (typeof PAGE_IDS)[number];
/** Every locale the site is built in (src/i18n/index.ts LOCALES): each page needs its text in each. */
export { LOCALES as PROSE_LOCALES } from '../i18n/index.ts';
