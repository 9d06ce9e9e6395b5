/**
 * The built site names one origin: the one it was built for (SITE_URL, or the
 * local address when unset; `npm test` builds with SITE_URL=https://example.org,
 * as a deployment would). Canonical links, Open Graph URLs, oEmbed discovery
 * links and documents, embed codes, citations, the sitemap, robots.txt and the
 * datapackage may contain no other origin, and the old placeholder domain
 * appears nowhere.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, parse, walk } from '../helpers/dist.ts';
import { LOCAL_URL, SITE, siteUrl } from '../../src/site.ts';

const ORIGIN = SITE.url;
const pages = builtPages();
const ABSOLUTE = /https?:\/\/[^\s"'<>)\]},]+/g;

/** Absolute URLs in `text` whose origin is not the site's. */
function foreign(text: string): string[] {
  return [...text.matchAll(ABSOLUTE)].map((m) => m[0]).filter((u) => new URL(u).origin !== ORIGIN);
}

describe('one origin in the built site', () => {
  it('was built for the origin these tests expect (SITE_URL the same at build and test time)', () => {
    const home = parse(pages.find((p) => p.url === '/')!.html);
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(ORIGIN + '/');
  });

  it('canonical, Open Graph, oEmbed links and citations name only that origin', () => {
    const bad: string[] = [];
    for (const page of pages) {
      const doc = parse(page.html);
      const urls = [
        ...[...doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"][type="application/json+oembed"]')].map((l) => l.getAttribute('href') ?? ''),
        ...[...doc.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')].map((m) => m.getAttribute('content') ?? ''),
      ];
      for (const u of urls) if (!u.startsWith(ORIGIN + '/')) bad.push(`${page.url}: ${u}`);
      for (const el of doc.querySelectorAll('.cite-this .cite-text, .embed-code pre')) {
        // pym.js codes load pym from its own CDN (as pym's documentation gives it); that is the host's request, not ours.
        for (const u of foreign(el.textContent ?? '')) if (!u.startsWith('https://pym.nprapps.org/')) bad.push(`${page.url}: ${u}`);
      }
      const cite = doc.querySelector('.cite-this')?.getAttribute('data-cite');
      if (cite) for (const u of foreign(cite)) bad.push(`${page.url} data-cite: ${u}`);
    }
    expect(bad).toEqual([]);
  });

  it('oEmbed documents, sitemap, robots.txt, datapackages and the schema name only that origin', () => {
    const files = walk(DIST);
    const bad: string[] = [];
    const own = (file: string, label: string, url: unknown) => {
      if (typeof url !== 'string' || !url.startsWith(ORIGIN + '/')) bad.push(`${file.slice(DIST.length)} ${label}: ${String(url)}`);
    };
    const oembeds = files.filter((f) => f.endsWith('oembed.json'));
    expect(oembeds.length).toBeGreaterThan(5);
    for (const f of oembeds) {
      const doc = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
      for (const k of ['provider_url', 'author_url', 'thumbnail_url']) own(f, k, doc[k]);
      // The embed code: our iframe and /embed.js; pym.js codes load pym from its own CDN, as pym's docs say.
      for (const u of foreign(String(doc.html))) if (!u.startsWith('https://pym.nprapps.org/')) bad.push(`${f.slice(DIST.length)} html: ${u}`);
    }
    for (const f of files.filter((f) => f.endsWith('datapackage.json'))) {
      const doc = JSON.parse(readFileSync(f, 'utf8')) as { id?: string; homepage?: string; resources?: { path?: string }[] };
      own(f, 'id', doc.id);
      own(f, 'homepage', doc.homepage);
      for (const r of doc.resources ?? []) if (r.path && /^https?:/.test(r.path)) own(f, 'resource path', r.path);
    }
    own('/data/schema.json', '$id', (JSON.parse(readFileSync(join(DIST, 'data/schema.json'), 'utf8')) as { $id?: string }).$id);
    for (const f of files.filter((f) => /sitemap-[^/]*\.xml$/.test(f))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)) own(f, 'loc', m[1]);
    }
    for (const m of readFileSync(join(DIST, 'robots.txt'), 'utf8').matchAll(/^Sitemap:\s*(\S+)/gm)) own('/robots.txt', 'Sitemap', m[1]);
    expect(bad).toEqual([]);
  });

  it('never publishes the placeholder domain', () => {
    const hits = walk(DIST)
      .filter((f) => /\.(html|json|xml|txt|csv|js|svg)$/.test(f))
      .filter((f) => readFileSync(f, 'utf8').includes('taken-from-ukraine.example'));
    expect(hits.map((f) => f.slice(DIST.length))).toEqual([]);
    if (process.env.SITE_URL) expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain(LOCAL_URL);
  });
});

describe('SITE_URL', () => {
  it('defaults to the local address, and takes an origin', () => {
    expect(siteUrl(undefined)).toBe(LOCAL_URL);
    expect(siteUrl('  ')).toBe(LOCAL_URL);
    expect(siteUrl('')).toBe(LOCAL_URL);
    expect(siteUrl('https://example.org/')).toBe('https://example.org');
    expect(siteUrl('https://Example.org:8443')).toBe('https://example.org:8443');
  });

  it('refuses what is not an origin, naming SITE_URL', () => {
    expect(() => siteUrl('example.org')).toThrow(/SITE_URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/SITE_URL: .*https/);
    expect(() => siteUrl('https://example.org/explainer/')).toThrow(/origin only/);
    expect(() => siteUrl('https://example.org/?x=1')).toThrow(/origin only/);
  });
});
