/**
 * The deploy files the build writes (src/integrations/headers.ts): dist/_headers,
 * dist/_redirects and dist/nginx.conf. Every inline script of every page is
 * allowed by the CSP its path is served with (so a new inline script that the
 * build failed to hash fails here); no page needs what a hash cannot allow
 * (inline event handlers, javascript: URLs); every file gets exactly one CSP
 * and the security headers; embeds may be framed anywhere, the rest nowhere;
 * hashed assets and frozen releases are cached for good; and the nginx snippet
 * says the same.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtPages, DIST, parse, walk } from '../helpers/dist.ts';
import { readHeadersFile } from '../helpers/headers-file.ts';
import { cspHash, headersFor, IMMUTABLE, inlineScripts, matches } from '../../src/lib/headers.ts';

const rules = readHeadersFile(DIST) ?? [];
const pages = builtPages();
const urlOf = (file: string) => '/' + relative(DIST, file).split(sep).join('/');

describe('deploy headers written by the build', () => {
  it('writes _headers, _redirects and nginx.conf', () => {
    for (const f of ['_headers', '_redirects', 'nginx.conf']) expect(existsSync(join(DIST, f)), f).toBe(true);
    expect(rules.length).toBeGreaterThan(5);
  });

  it('allows every inline script of every page by its hash', () => {
    const missing: string[] = [];
    let scripts = 0;
    for (const page of pages) {
      const csp = headersFor(rules, page.url)['Content-Security-Policy'] ?? '';
      for (const body of inlineScripts(page.html)) {
        scripts++;
        const hash = cspHash(body);
        if (!csp.split(/[;\s]+/).includes(hash)) missing.push(`${page.url}: ${hash} (${body.slice(0, 60)}…)`);
      }
    }
    expect(scripts, 'the pages have inline scripts to check').toBeGreaterThan(pages.length);
    expect(missing, 'inline scripts the CSP would block').toEqual([]);
  });

  it('finds the same inline scripts as a DOM parser does', () => {
    for (const page of pages.filter((_, i) => i % 8 === 0)) {
      const dom = [...parse(page.html).querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
      expect(inlineScripts(page.html), page.url).toEqual(dom);
    }
  });

  it('no page has inline event handlers or javascript: URLs, which a hash cannot allow', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const [tag] of page.html.matchAll(/<[a-zA-Z][^>]*>/g)) {
        if (/\son[a-z]+\s*=/i.test(tag) || /\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) bad.push(`${page.url}: ${tag.slice(0, 80)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every file exactly one CSP and the security headers', () => {
    const problems: string[] = [];
    for (const file of walk(DIST)) {
      const url = urlOf(file);
      if (/^\/(_headers|_redirects)$/.test(url)) continue;
      const csps = rules.filter((r) => matches(r.pattern, url) && r.headers['Content-Security-Policy']);
      if (csps.length !== 1) problems.push(`${url}: ${csps.length} CSP rules (${csps.map((r) => r.pattern).join(', ')})`);
      const h = headersFor(rules, url);
      if (h['X-Content-Type-Options'] !== 'nosniff') problems.push(`${url}: no nosniff`);
      if (!h['Referrer-Policy'] || !h['Permissions-Policy']) problems.push(`${url}: no Referrer-Policy or Permissions-Policy`);
    }
    expect(problems).toEqual([]);
    // No two rules that match one path may set the same header: Netlify keeps the last, Cloudflare Pages joins them.
    for (const url of ['/', '/chapters/filtration/', '/embed/deportation-scale/', '/_astro/x.js', '/data/v1.0.0/dataset.json']) {
      const names = rules.filter((r) => matches(r.pattern, url)).flatMap((r) => Object.keys(r.headers));
      expect(names.length, `${url}: a header set twice`).toBe(new Set(names).size);
    }
  });

  it('site pages refuse every frame; embeds accept any; the policy is strict', () => {
    const site = headersFor(rules, '/chapters/filtration/')['Content-Security-Policy']!;
    const embed = headersFor(rules, '/embed/deportation-scale/')['Content-Security-Policy']!;
    for (const csp of [site, embed]) {
      expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(csp).toMatch(/(^|; )object-src 'none'(;|$)/);
      expect(csp).toMatch(/(^|; )base-uri 'self'(;|$)/);
      expect(csp).toMatch(/(^|; )form-action 'self'(;|$)/);
      const script = /script-src ([^;]*)/.exec(csp)![1]!.split(' ');
      expect(script.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)), 'script-src: self, hashes and (site) wasm only').toEqual(
        csp === site ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
      );
    }
    expect(site).toMatch(/frame-ancestors 'none'/);
    expect(headersFor(rules, '/')['X-Frame-Options']).toBe('DENY');
    expect(embed).not.toMatch(/frame-ancestors/);
    expect(headersFor(rules, '/embed/deportation-scale/')['X-Frame-Options']).toBeUndefined();
  });

  it('caches hashed assets and frozen releases for good, and nothing else', () => {
    const releases = walk(join(DIST, 'data')).map(urlOf).filter((u) => /^\/data\/v\d+\.\d+\.\d+\//.test(u));
    expect(releases.length).toBeGreaterThan(0);
    for (const u of [...releases, ...walk(join(DIST, '_astro')).map(urlOf)]) expect(headersFor(rules, u)['Cache-Control'], u).toBe(IMMUTABLE);
    for (const u of ['/', '/data/dataset.json', '/data/', '/embed/deportation-scale/', '/charts/deportation-scale.svg']) {
      expect(headersFor(rules, u)['Cache-Control'], u).toBeUndefined();
    }
  });

  it('keeps every header line within Cloudflare Pages\' 2,000 characters', () => {
    for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) expect(line.length, line.slice(0, 60)).toBeLessThanOrEqual(2000);
  });

  it('writes the embed 404 rule and an nginx snippet with the same headers', () => {
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toMatch(/^\/embed\/\*\s+\/embed\/404\.html\s+404$/m);
    const nginx = readFileSync(join(DIST, 'nginx.conf'), 'utf8');
    for (const url of ['/', '/embed/']) {
      const csp = headersFor(rules, url)['Content-Security-Policy']!;
      expect(nginx, url).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    }
    expect(nginx).toMatch(/location \/embed\/ \{[^}]*error_page 404 \/embed\/404\.html;/);
    expect(nginx).toMatch(/location \/_astro\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
    // nginx drops inherited add_header lines in a location with its own, so every location carries nosniff.
    const locations = nginx.match(/location [^{]+\{[^}]*\}/g) ?? [];
    for (const loc of locations.filter((l) => l.includes('add_header'))) expect(loc).toContain('X-Content-Type-Options "nosniff"');
  });
});
