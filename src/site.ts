/** Site-wide constants: the name, the canonical origin and the credit line. */

/** What `npm start` serves: the origin of a build made without SITE_URL, so a local build never names a made-up domain. */
export const LOCAL_URL = 'http://localhost:4321';

/**
 * The canonical origin of a build: SITE_URL (e.g. `https://example.org`) when deploying, else the local address.
 * Canonical links, embed codes, oEmbed documents, citations, the sitemap and the datapackage all use it. The site is
 * served from the root of its origin, so a path, query or fragment is refused with a message naming SITE_URL.
 */
export function siteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return LOCAL_URL;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL: "${value}" is not a URL; set it to the site's origin, e.g. https://example.org`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`SITE_URL: "${value}" must start with https:// (or http://)`);
  if (u.pathname !== '/' || u.search || u.hash || u.username || u.password) {
    throw new Error(`SITE_URL: "${value}" must be an origin only (scheme, host, optional port), with no path, query or credentials`);
  }
  return u.origin;
}

export const SITE = {
  name: 'Taken from Ukraine',
  tagline: "Russia's deportation of Ukrainian children, in sourced figures",
  /** Canonical origin, without a trailing slash: SITE_URL when deploying, else LOCAL_URL (see siteUrl). */
  url: siteUrl(process.env.SITE_URL),
  locale: 'en',
  codeLicense: 'MIT',
  contentLicense: 'CC BY 4.0',
} as const;

/** The chapters in reading order; the URL contract of docs/design.md §1. */
export const CHAPTER_ORDER = ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations'] as const;
