/** The long-prose pages that have text per locale (content/pages/<locale>/<page>.mdx), and those locales. */
export const PAGE_IDS = ['methodology', 'about', 'teach', 'safety-kit'] as const;
export type PageId = (typeof PAGE_IDS)[number];
export const PROSE_LOCALES = ['en', 'uk'] as const;
