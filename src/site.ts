/** Site-wide constants: the name, the canonical origin and the credit line. */
export const SITE = {
  name: 'Taken from Ukraine',
  tagline: "Russia's deportation of Ukrainian children, in sourced figures",
  /** Canonical origin. Set SITE_URL when deploying under another domain. */
  url: (process.env.SITE_URL ?? 'https://taken-from-ukraine.example').replace(/\/$/, ''),
  locale: 'en',
  codeLicense: 'MIT',
  contentLicense: 'CC BY 4.0',
} as const;

/** The chapters in reading order; the URL contract of DESIGN.md §2. */
export const CHAPTER_ORDER = ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations'] as const;
