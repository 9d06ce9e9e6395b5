/**
 * One update's body as HTML, used both by the /updates/ page (relative links)
 * and by the Atom feed (absolute links, escaped into <content type="html">),
 * so the two say the same thing. Changelog text is escaped (inlineHtml); the
 * locale is required because every label comes from the dictionary.
 */
import { inlineHtml } from './changelog.ts';
import type { SiteUpdate } from './updates.ts';
import { formatCount, formatDate } from '../i18n/format.ts';
import { t, type Locale } from '../i18n/index.ts';
import { escapeHtml, htmlAttrs } from '../i18n/html.ts';
import { pageLink } from '../i18n/link.ts';


/** The entry's title: "Dataset 2.1.0 released", "Chapter revised: …". */
export function updateTitle(u: SiteUpdate, locale: Locale): string {
  if (u.kind === 'release') return t(u.frozen ? 'updates.release' : 'updates.releaseNotFrozen', { version: u.version }, locale);
  return t(`updates.chapter.${u.change}`, { title: u.title }, locale);
}

/** Where the entry points: the data page's downloads (every release is listed there), or the chapter. */
export function updateLink(u: SiteUpdate): string {
  return u.kind === 'release' ? '/data/#downloads' : `/chapters/${u.chapter}/`;
}

/**
 * The entry's body. `origin` is '' on the site and the site's origin in the feed. A link goes to the page in
 * `locale` where it exists, else to the English page (with hreflang). The changelog's text is in English; on a page
 * in another language it is marked lang="en".
 */
export function updateBodyHtml(u: SiteUpdate, locale: Locale, origin: string): string {
  const href = (path: string): string => {
    const l = pageLink(path, locale);
    return htmlAttrs({ href: origin + l.href, hreflang: l.hreflang }).trim();
  };
  if (u.kind === 'chapter') {
    return `<p>${escapeHtml(t(`updates.chapter.${u.change}Body`, {}, locale))} <a ${href(updateLink(u))}>${escapeHtml(t('updates.read', {}, locale))}</a>.</p>`;
  }
  const changelog: string[] = u.summary.map((p) => `<p>${inlineHtml(p)}</p>`);
  for (const s of u.sections) {
    changelog.push(`<h3>${escapeHtml(s.heading)}</h3>`);
    for (const n of s.notes) changelog.push(`<p>${inlineHtml(n)}</p>`);
    if (s.items.length > 0) changelog.push(`<ul>${s.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`);
  }
  const parts = locale === 'en' || changelog.length === 0 ? changelog : [`<div lang="en">${changelog.join('\n')}</div>`];
  if (u.eventsAdded.length > 0) {
    parts.push(`<h3>${escapeHtml(t('updates.eventsAdded', {}, locale))}</h3>`);
    parts.push(
      `<ul>${u.eventsAdded
        .map((e) => `<li><time datetime="${e.date}">${escapeHtml(formatDate(e.date, locale))}</time>: <a ${href(`/timeline/#${e.id}`)}${e.lang ? ` lang="${e.lang}"` : ''}>${escapeHtml(e.title)}</a></li>`)
        .join('')}</ul>`,
    );
  } else if (u.firstEvents !== undefined) {
    parts.push(`<p>${escapeHtml(formatCount('updates.firstEvents', u.firstEvents, locale))}</p>`);
  }
  if (u.frozen) {
    parts.push(
      `<p><a ${href(`/data/v${u.version}/dataset.json`)}>${escapeHtml(t('updates.downloads', { version: u.version }, locale))}</a>; <a ${href(updateLink(u))}>${escapeHtml(t('updates.allDownloads', {}, locale))}</a></p>`,
    );
  }
  return parts.join('\n');
}
