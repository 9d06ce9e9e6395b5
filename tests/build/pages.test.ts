/**
 * Every built page carries the metadata a reader, a search engine and a
 * screen reader need, and every internal link and #anchor resolves.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, parse, fileForUrl } from '../helpers/dist.ts';
import { readFileSync } from 'node:fs';

const pages = builtPages();

describe('page metadata', () => {
  it('builds at least the landing, methodology and 404 pages', () => {
    const urls = pages.map((p) => p.url);
    for (const u of ['/', '/methodology/', '/404.html']) expect(urls, `missing page ${u}`).toContain(u);
  });

  for (const page of pages) {
    it(`${page.url} has lang, title, description, canonical and one h1`, () => {
      const doc = parse(page.html);
      const html = doc.documentElement;
      expect(html.getAttribute('lang'), `${page.url}: <html lang> missing`).toBeTruthy();
      expect(doc.querySelector('title')?.textContent?.trim(), `${page.url}: <title> empty`).toBeTruthy();
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, `${page.url}: meta description missing or too short`).toBeGreaterThan(30);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, `${page.url}: canonical link missing or not absolute`).toMatch(/^https?:\/\//);
      expect(doc.querySelectorAll('h1').length, `${page.url}: expected exactly one h1`).toBe(1);
    });
  }
});

describe('internal links', () => {
  const idsByFile = new Map<string, Set<string>>();
  function idsOf(file: string): Set<string> {
    let ids = idsByFile.get(file);
    if (!ids) {
      const doc = parse(readFileSync(file, 'utf8'));
      ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
      for (const a of doc.querySelectorAll('a[name]')) ids.add(a.getAttribute('name')!);
      idsByFile.set(file, ids);
    }
    return ids;
  }

  for (const page of pages) {
    it(`${page.url}: every internal link and #anchor resolves`, () => {
      const doc = parse(page.html);
      const broken: string[] = [];
      const refs = [
        ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ...[...doc.querySelectorAll('link[href]')].map((l) => l.getAttribute('href')!),
        ...[...doc.querySelectorAll('[src]')].map((e) => e.getAttribute('src')!),
      ];
      for (const href of refs) {
        if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
        if (/^https?:\/\//.test(href) || href.startsWith('//')) continue; // external: checked by the source list, not here
        const target = new URL(href, 'http://site' + page.url);
        const file = target.pathname === page.url ? page.file : fileForUrl(target.pathname);
        if (!file) {
          broken.push(`${href} (no file for ${target.pathname})`);
          continue;
        }
        const hash = decodeURIComponent(target.hash.slice(1));
        if (hash && file.endsWith('.html') && !idsOf(file).has(hash)) broken.push(`${href} (no element with id "${hash}")`);
      }
      expect(broken, `${page.url} has broken links:\n${broken.join('\n')}`).toEqual([]);
    });
  }
});
