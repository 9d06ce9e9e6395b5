/**
 * What changed on the site, newest first, for /updates/ and its Atom feed
 * /updates.xml. Nothing here is written a second time: a dataset release's
 * entry is its CHANGELOG entry, the dated events it added to the timeline are
 * found by comparing its frozen release with the one before, and a chapter's
 * entries come from its frontmatter dates (published, updated).
 */
import type { Release } from './changelog.ts';
import type { ChapterId, Event } from '../data/schema.ts';

/** A dated event a release added to the timeline. */
export interface AddedEvent {
  id: string;
  date: string;
  precision: Event['precision'];
  title: string;
  chapter: ChapterId;
  /** The title's language where it is not the page's (an event the dataset's translation does not cover yet). */
  lang?: string;
}

export interface ReleaseUpdate {
  kind: 'release';
  /** Stable anchor on /updates/ and the feed entry's id: "data-2-1-0". */
  id: string;
  date: string;
  version: string;
  summary: string[];
  /** The CHANGELOG's sections in order ("Added", "Changed", …), each with its bullets and plain paragraphs. */
  sections: Array<{ heading: string; notes: string[]; items: string[] }>;
  /** Events new in this release, by date, newest first; empty for the first release (see firstEvents). */
  eventsAdded: AddedEvent[];
  /** For the first release: how many events it started with (they are not listed one by one). */
  firstEvents?: number;
  /** Whether a frozen release exists for this version (a preview build may have a CHANGELOG entry without one). */
  frozen: boolean;
}

export interface ChapterUpdate {
  kind: 'chapter';
  /** "chapter-filtration-published" or "chapter-filtration-revised-2026-12-02". */
  id: string;
  date: string;
  chapter: string;
  title: string;
  change: 'published' | 'revised';
}

export type SiteUpdate = ReleaseUpdate | ChapterUpdate;

export interface ChapterDates {
  id: string;
  title: string;
  published: string;
  updated: string;
}

/** "2.1.0" → "data-2-1-0": an id that is also a valid, stable URL fragment. */
export function releaseUpdateId(version: string): string {
  return `data-${version.replace(/\./g, '-')}`;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * Every update, newest first. Releases are compared in version order: the events of a release that the release
 * before it did not have are the events it added. On the same day a release comes before a chapter entry.
 */
export function siteUpdates(
  changelog: readonly Release[],
  frozen: ReadonlyArray<{ version: string; data: { events: readonly Event[] } }>,
  chapters: readonly ChapterDates[],
): SiteUpdate[] {
  const byVersion = new Map(frozen.map((r) => [r.version, r.data]));
  const ordered = [...changelog].sort((a, b) => compareVersions(a.version, b.version));
  const releases: ReleaseUpdate[] = ordered.map((r, i) => {
    const data = byVersion.get(r.version);
    const prev = i > 0 ? byVersion.get(ordered[i - 1]!.version) : undefined;
    const known = new Set((prev?.events ?? []).map((e) => e.id));
    const added =
      data && prev
        ? data.events
            .filter((e) => !known.has(e.id))
            .map((e) => ({ id: e.id, date: e.date, precision: e.precision, title: e.title, chapter: e.chapter }))
            .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
        : [];
    return {
      kind: 'release',
      id: releaseUpdateId(r.version),
      date: r.date,
      version: r.version,
      summary: r.summary,
      sections: Object.entries(r.sections).map(([heading, items]) => ({ heading, items, notes: r.sectionNotes[heading] ?? [] })),
      eventsAdded: added,
      ...(i === 0 && data ? { firstEvents: data.events.length } : {}),
      frozen: data !== undefined,
    };
  });
  const chapterEntries: ChapterUpdate[] = chapters.flatMap((c) => {
    const out: ChapterUpdate[] = [{ kind: 'chapter', id: `chapter-${c.id}-published`, date: c.published, chapter: c.id, title: c.title, change: 'published' }];
    if (c.updated > c.published) {
      out.push({ kind: 'chapter', id: `chapter-${c.id}-revised-${c.updated}`, date: c.updated, chapter: c.id, title: c.title, change: 'revised' });
    }
    return out;
  });
  const rank = (u: SiteUpdate) => (u.kind === 'release' ? 0 : u.change === 'revised' ? 1 : 2);
  return [...releases, ...chapterEntries].sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.kind === 'release' && b.kind === 'release') return compareVersions(b.version, a.version);
    return a.id < b.id ? -1 : 1;
  });
}
