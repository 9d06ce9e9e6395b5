/**
 * Domains that only copy other publishers' work: aggregators, RSS readers,
 * syndication farms, reprint blogs and CDN caches. A source whose URL is on
 * one of them must say it is a copy (kind "copy"), and a copy may never be a
 * figure's only source (validate.ts). A syndicated text read on such a site is
 * recorded with the publisher's own URL as `url` and the copy as `read_via`.
 */
export const COPY_DOMAINS = [
  'rss.aubry.org',
  'investorshub.advfn.com',
  'blogspot.com',
  'unpublished.ca',
  'milthink.com',
  'globalbankingandfinance.com',
  'menafn.com',
  'daily8.com',
  'kxcdn.com',
  'voice-of-ukraine.com',
  'efinder.lk',
  'am1.news',
  'allnewspress.com',
  'buzznovahub.com',
  'world-today-news.com',
  'legistrack.vercel.app',
  'wired-gov.net',
  'miragenews.com',
] as const;

/** The copy domain a URL is on (the domain itself or a subdomain), or null. */
export function copyDomainOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return COPY_DOMAINS.find((d) => host === d || host.endsWith(`.${d}`)) ?? null;
}
