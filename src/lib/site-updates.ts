/**
 * Gathers the inputs of the site's updates (the dataset CHANGELOG, the frozen
 * releases and the chapters' dates) for the /updates/ page and the feed, so
 * both read the same list, in `locale`: events' and chapters' titles in that
 * language (an event title the translation does not cover stays English and
 * says so with `lang`); the changelog's own text is in English.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parseChangelog } from './changelog.ts';
import { siteUpdates, type SiteUpdate } from './updates.ts';
import { publishedReleases } from '../data/releases.ts';
import { localizeDataset } from '../data/translations.ts';
import type { Locale } from '../i18n/index.ts';

export async function allSiteUpdates(locale: Locale): Promise<SiteUpdate[]> {
  const changelog = parseChangelog(readFileSync('content/data/CHANGELOG.md', 'utf8'));
  const titles = locale === 'en' ? new Map<string, string>() : new Map((await getCollection('chaptersUk')).map((c) => [c.data.id, c.data.title]));
  const chapters = (await getCollection('chapters')).map((c) => ({ id: c.data.id, title: titles.get(c.data.id) ?? c.data.title, published: c.data.published, updated: c.data.updated }));
  const updates = siteUpdates(changelog, publishedReleases().map((r) => ({ version: r.version, data: localizeDataset(r.data, locale) })), chapters);
  if (locale === 'en') return updates;
  // An event whose title the translation did not change is still in English: mark it.
  const english = new Map(publishedReleases().flatMap((r) => r.data.events.map((e) => [e.id, e.title] as const)));
  return updates.map((u) =>
    u.kind === 'release' ? { ...u, eventsAdded: u.eventsAdded.map((e) => (e.title === english.get(e.id) ? { ...e, lang: 'en' } : e)) } : u,
  );
}
