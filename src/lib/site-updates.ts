/**
 * Gathers the inputs of the site's updates (the dataset CHANGELOG, the frozen
 * releases and the chapters' dates) for the /updates/ page and the feed, so
 * both read the same list.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parseChangelog } from './changelog.ts';
import { siteUpdates, type SiteUpdate } from './updates.ts';
import { publishedReleases } from '../data/releases.ts';

export async function allSiteUpdates(): Promise<SiteUpdate[]> {
  const changelog = parseChangelog(readFileSync('content/data/CHANGELOG.md', 'utf8'));
  const chapters = (await getCollection('chapters')).map((c) => ({ id: c.data.id, title: c.data.title, published: c.data.published, updated: c.data.updated }));
  return siteUpdates(changelog, publishedReleases(), chapters);
}
