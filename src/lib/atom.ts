/**
 * The Atom 1.0 document for /updates.xml (RFC 4287): the site's updates,
 * newest first, every link on the site's own origin. A pure function of the
 * updates, so a test can parse it without a build.
 */
import type { SiteUpdate } from './updates.ts';
import { updateBodyHtml, updateLink, updateTitle } from './updates-html.ts';
import type { Locale } from '../i18n/index.ts';

const XML_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const x = (s: string): string => s.replace(/[&<>"]/g, (c) => XML_ESC[c]!);

/** An Atom date: the day at midnight UTC. */
const stamp = (date: string): string => `${date}T00:00:00Z`;

export interface FeedOptions {
  /** The site's origin, without a trailing slash: "https://example.org". */
  origin: string;
  title: string;
  subtitle: string;
  author: string;
  rights: string;
  locale: Locale;
}

export function renderAtom(updates: readonly SiteUpdate[], o: FeedOptions): string {
  if (updates.length === 0) throw new Error('renderAtom: no updates to publish (the CHANGELOG has no release?)');
  const newest = updates.reduce((m, u) => (u.date > m ? u.date : m), updates[0]!.date);
  const entries = updates.map((u) => {
    const page = `${o.origin}/updates/#${u.id}`;
    return [
      '  <entry>',
      `    <id>${x(page)}</id>`,
      `    <title>${x(updateTitle(u, o.locale))}</title>`,
      `    <updated>${stamp(u.date)}</updated>`,
      `    <published>${stamp(u.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${x(o.origin + updateLink(u))}"/>`,
      `    <link rel="related" type="text/html" href="${x(page)}"/>`,
      `    <content type="html">${x(updateBodyHtml(u, o.locale, o.origin))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(o.locale)}">`,
    `  <id>${x(o.origin)}/updates/</id>`,
    `  <title>${x(o.title)}</title>`,
    `  <subtitle>${x(o.subtitle)}</subtitle>`,
    `  <updated>${stamp(newest)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(o.origin)}/updates.xml"/>`,
    `  <link rel="alternate" type="text/html" href="${x(o.origin)}/updates/"/>`,
    `  <author><name>${x(o.author)}</name></author>`,
    `  <rights>${x(o.rights)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
