/**
 * The site's updates (/updates/ and /updates.xml): built from the CHANGELOG, the frozen releases and the chapters'
 * dates, newest first; a release lists the dated events it added (compared with the release before); the Atom
 * document parses as XML, has one entry per release, and names no other host.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { parseChangelog } from '../../src/lib/changelog.ts';
import { releaseUpdateId, siteUpdates, type ReleaseUpdate } from '../../src/lib/updates.ts';
import { renderAtom } from '../../src/lib/atom.ts';
import { updateBodyHtml } from '../../src/lib/updates-html.ts';
import { listReleases, loadRelease } from '../../src/data/load.ts';
import type { Event } from '../../src/data/schema.ts';

const ev = (id: string, date: string): Event => ({ id, date, precision: 'day', title: `Event ${id}`, summary: 's', chapter: 'negotiations', sources: ['s'] });

const MD = `# Changelog

## 1.1.0 — 2026-12-02

Added two events.

**Added**

- \`b\` and \`c\`: new events.

**Removed**

These had no source.

- \`old\`.

## 1.0.0 — 2026-11-22

First release.

**Contents**

- Everything.
`;

const FROZEN = [
  { version: '1.0.0', data: { events: [ev('a', '2024-01-01'), ev('old', '2023-01-01')] } },
  { version: '1.1.0', data: { events: [ev('a', '2024-01-01'), ev('b', '2025-05-01'), ev('c', '2026-01-27')] } },
];
const CHAPTERS = [
  { id: 'negotiations', title: 'Why so few come home', published: '2026-11-22', updated: '2026-12-02' },
  { id: 'filtration', title: 'Filtration', published: '2026-11-22', updated: '2026-11-22' },
];

describe('siteUpdates', () => {
  const updates = siteUpdates(parseChangelog(MD), FROZEN, CHAPTERS);

  it('orders entries newest first, a release before a chapter on the same day', () => {
    expect(updates.map((u) => u.id)).toEqual([
      'data-1-1-0',
      'chapter-negotiations-revised-2026-12-02',
      'data-1-0-0',
      'chapter-filtration-published',
      'chapter-negotiations-published',
    ]);
  });

  it('lists the events a release added, newest first, and not the ones it kept or dropped', () => {
    const r = updates[0] as ReleaseUpdate;
    expect(r.eventsAdded.map((e) => e.id)).toEqual(['c', 'b']);
    const first = updates.find((u) => u.id === 'data-1-0-0') as ReleaseUpdate;
    expect(first.eventsAdded).toEqual([]);
    expect(first.firstEvents).toBe(2);
  });

  it('keeps the changelog summary, sections and their plain paragraphs', () => {
    const r = updates[0] as ReleaseUpdate;
    expect(r.summary).toEqual(['Added two events.']);
    expect(r.sections.map((s) => s.heading)).toEqual(['Added', 'Removed']);
    expect(r.sections[1]).toEqual({ heading: 'Removed', notes: ['These had no source.'], items: ['`old`.'] });
  });

  it('marks a changelog entry without a frozen release as a preview', () => {
    const md = MD.replace('# Changelog\n', '# Changelog\n\n## 1.2.0 — 2026-12-03\n\n**Added**\n\n- x.\n');
    const u = siteUpdates(parseChangelog(md), FROZEN, []);
    expect(u[0]).toMatchObject({ id: 'data-1-2-0', frozen: false, eventsAdded: [] });
  });

  it('escapes changelog text and links events to their timeline anchors', () => {
    const html = updateBodyHtml({ ...(updates[0] as ReleaseUpdate), summary: ['<script>x</script> & `y`'] }, 'en', 'https://example.org');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; <code>y</code>');
    expect(html).toContain('href="https://example.org/timeline/#c"');
    expect(html).toContain('href="https://example.org/data/v1.1.0/dataset.json"');
  });
});

describe('renderAtom', () => {
  const origin = 'https://example.org';
  const opts = { origin, title: 'T: updates', subtitle: 'S', author: 'A & B', rights: 'CC BY 4.0', locale: 'en' as const };

  it('is well-formed Atom with one entry per update, every link on the site origin', () => {
    const xml = renderAtom(siteUpdates(parseChangelog(MD), FROZEN, CHAPTERS), opts);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const feed = doc.querySelector('feed')!;
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(doc.querySelector('feed > updated')!.textContent).toBe('2026-12-02T00:00:00Z');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(5);
    for (const e of entries) {
      expect(e.querySelector('id')!.textContent).toMatch(/^https:\/\/example\.org\/updates\/#[a-z0-9-]+$/);
      expect(e.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(e.querySelector('title')!.textContent).not.toBe('');
    }
    const hrefs = [...xml.matchAll(/href="([^"]+)"/g), ...xml.matchAll(/href=&quot;([^&]+)&quot;/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(new URL(h).origin).toBe(origin);
    expect(doc.querySelector('author name')!.textContent).toBe('A & B');
  });

  it('refuses to publish an empty feed', () => {
    expect(() => renderAtom([], opts)).toThrow(/no updates/);
  });
});

describe('the real changelog and releases', () => {
  const changelog = parseChangelog(readFileSync('content/data/CHANGELOG.md', 'utf8'));
  const frozen = listReleases().map((version) => ({ version, data: loadRelease(version) }));
  const updates = siteUpdates(changelog, frozen, []);

  it('has one published entry per frozen release', () => {
    const ids = updates.filter((u) => u.kind === 'release' && u.frozen).map((u) => u.id);
    expect(ids.sort()).toEqual(frozen.map((r) => releaseUpdateId(r.version)).sort());
  });

  it('shows release 2.1.0 adding the events dated by the new sources (ECHR, PACE, the Mongolia finding)', () => {
    const r = updates.find((u) => u.id === 'data-2-1-0') as ReleaseUpdate | undefined;
    expect(r).toBeDefined();
    expect(r!.eventsAdded.map((e) => e.id)).toEqual(
      expect.arrayContaining(['echr-ukraine-netherlands-v-russia', 'pace-2026-crime-against-humanity', 'icc-mongolia-non-compliance']),
    );
  });
});
