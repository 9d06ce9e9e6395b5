/**
 * /updates/ and /updates.xml as built:
 * - the feed is well-formed XML (a strict parser), Atom, with one entry per frozen dataset release and one per
 *   chapter published or revised, newest first;
 * - every link in the feed, in attributes and inside entry content, is on the site's own origin and resolves to a
 *   built page (and to its #anchor when it has one);
 * - the page lists the same entries at stable anchors, and the footer and /data/ link to it and to the feed;
 * - each chapter's key-facts box says in words who produced each number and how.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { existsIn } from '../../src/i18n/translated.ts';
import { localeOfPath, localePath } from '../../src/i18n/paths.ts';
import { describe, expect, it } from 'vitest';
import sax from 'sax';
import { builtPages, DIST, fileForUrl, parse } from '../helpers/dist.ts';
import { listReleases, latestDataset } from '../../src/data/load.ts';
import { releaseUpdateId } from '../../src/lib/updates.ts';
import { provenanceLabel } from '../../src/i18n/provenance.ts';

interface Node {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Node[];
}

/** A strict parse (sax throws on anything not well-formed) into a small tree. */
function parseXml(xml: string): Node {
  const parser = sax.parser(true, { xmlns: false });
  const root: Node = { name: '#root', attrs: {}, text: '', children: [] };
  const stack: Node[] = [root];
  parser.onopentag = (t) => {
    const n: Node = { name: t.name, attrs: t.attributes as Record<string, string>, text: '', children: [] };
    stack[stack.length - 1]!.children.push(n);
    stack.push(n);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (s) => void (stack[stack.length - 1]!.text += s);
  parser.oncdata = (s) => void (stack[stack.length - 1]!.text += s);
  parser.onerror = (e) => {
    throw e;
  };
  parser.write(xml).close();
  return root.children[0]!;
}
const kids = (n: Node, name: string) => n.children.filter((c) => c.name === name);
const kid = (n: Node, name: string) => kids(n, name)[0];

const xml = readFileSync(join(DIST, 'updates.xml'), 'utf8');
const feed = parseXml(xml);
const home = parse(readFileSync(fileForUrl('/')!, 'utf8'));
const origin = new URL(home.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

/** Whether a same-origin URL resolves to a built file, and to an element with its fragment's id. */
function resolves(url: string): boolean {
  const u = new URL(url, origin);
  const file = fileForUrl(u.pathname);
  if (!file) return false;
  if (!u.hash) return true;
  const id = decodeURIComponent(u.hash.slice(1));
  return parse(readFileSync(file, 'utf8')).getElementById(id) !== null;
}

describe('/updates.xml', () => {
  const entries = kids(feed, 'entry');

  it('is an Atom feed that a strict XML parser accepts', () => {
    expect(feed.name).toBe('feed');
    expect(feed.attrs['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(kid(feed, 'title')!.text).toMatch(/updates/);
    expect(kid(feed, 'updated')!.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(() => parseXml(xml.replace('</feed>', ''))).toThrow();
  });

  it('has one entry per frozen release, plus the chapters published and revised, newest first', () => {
    const ids = entries.map((e) => kid(e, 'id')!.text);
    for (const v of listReleases()) expect(ids, `release ${v}`).toContain(`${origin}/updates/#${releaseUpdateId(v)}`);
    expect(ids.filter((i) => i.includes('#chapter-') && i.endsWith('-published'))).toHaveLength(4);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = entries.map((e) => kid(e, 'updated')!.text);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('links only to its own origin, and every link resolves to a built page and anchor', () => {
    const hrefs: string[] = [];
    for (const l of kids(feed, 'link')) hrefs.push(l.attrs['href']!);
    for (const e of entries) {
      for (const l of kids(e, 'link')) hrefs.push(l.attrs['href']!);
      const content = kid(e, 'content')!;
      expect(content.attrs['type']).toBe('html');
      const body = parse(`<!doctype html><html><body>${content.text}</body></html>`);
      for (const a of body.querySelectorAll('a')) hrefs.push(a.getAttribute('href')!);
    }
    expect(hrefs.length).toBeGreaterThan(entries.length * 2);
    for (const h of hrefs) {
      expect(new URL(h).origin, h).toBe(origin);
      if (h.endsWith('/updates.xml')) continue;
      expect(resolves(h), `${h} does not resolve to a built page`).toBe(true);
    }
  });

  it('lists the dated events release 2.1.0 added, linked to the timeline', () => {
    const r = entries.find((e) => kid(e, 'id')!.text.endsWith('#data-2-1-0'))!;
    expect(kid(r, 'content')!.text).toContain(`${origin}/timeline/#icc-mongolia-non-compliance`);
  });
});

describe('/updates/', () => {
  const doc = parse(readFileSync(fileForUrl('/updates/')!, 'utf8'));

  it('shows the same entries as the feed, at the anchors the feed names', () => {
    const anchors = [...doc.querySelectorAll('.update-list > li')].map((li) => li.id);
    const feedAnchors = kids(feed, 'entry').map((e) => kid(e, 'id')!.text.split('#')[1]);
    expect(anchors).toEqual(feedAnchors);
    expect(doc.querySelector('a[href="/updates.xml"]')).not.toBeNull();
  });

  it('is linked from every page footer and from /data/', () => {
    for (const p of builtPages().filter((x) => !x.url.startsWith('/embed/') && x.html.includes('site-footer'))) {
      // A Ukrainian page links the Ukrainian updates page once it is built (src/i18n/translated.ts).
      const locale = localeOfPath(p.url);
      if (!existsIn('/updates/', locale)) continue;
      expect(parse(p.html).querySelector(`.site-footer a[href="${localePath('/updates/', locale)}"]`), p.url).not.toBeNull();
    }
    const data = parse(readFileSync(fileForUrl('/data/')!, 'utf8'));
    expect(data.querySelector('a[href="/updates/"]')).not.toBeNull();
    expect(data.querySelector('a[href="/updates.xml"]')).not.toBeNull();
  });
});

describe('chapter key-facts boxes', () => {
  const ds = latestDataset();
  it('say in words who produced each number and how', () => {
    for (const id of ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations']) {
      const doc = parse(readFileSync(fileForUrl(`/chapters/${id}/`)!, 'utf8'));
      const items = [...doc.querySelectorAll('.key-facts dl > div')];
      expect(items.length, id).toBeGreaterThanOrEqual(3);
      for (const item of items) {
        const figId = item.querySelector('[data-fact]')!.getAttribute('data-fact')!;
        const f = ds.figures.find((x) => x.id === figId)!;
        const words = (item.querySelector('.prov')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        expect(words, `${id}: ${figId}`).toBe(provenanceLabel(f, 'en'));
        expect(item.querySelector(`.prov.m-${f.method} svg`), `${id}: ${figId} mark`).not.toBeNull();
        expect(item.textContent, `${id}: ${figId} as of`).toContain('latest figure we could source, as of');
      }
    }
  });
});
