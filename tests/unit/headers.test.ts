/** The deploy-header rules (src/lib/headers.ts): script extraction, hashes, pattern matching, and rules that never overlap. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, headerRules, headersFor, inlineScripts, matches, renderHeadersFile, renderNginx, renderRedirectsFile } from '../../src/lib/headers.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';

const listing = { topLevel: ['index.html', 'chapters', 'embed', 'embed.js', '_astro', 'data', '_headers'], folders: new Set(['chapters', 'embed', '_astro', 'data']), releases: ['1.0.0'] };

describe('deploy headers', () => {
  it('extracts inline scripts only, byte for byte', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script type="module">\n b()\n</script><SCRIPT defer src=y.js></SCRIPT>';
    expect(inlineScripts(html)).toEqual(['a()', '\n b()\n']);
  });

  it('hashes as browsers do (SHA-256 of the UTF-8 bytes, base64)', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash('é')).not.toBe(cspHash('e'));
  });

  it('matches patterns like Netlify and Cloudflare Pages', () => {
    expect(matches('/embed/*', '/embed/x/')).toBe(true);
    expect(matches('/embed/*', '/embed')).toBe(true);
    expect(matches('/embed/*', '/embed.js')).toBe(false);
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/x/')).toBe(false);
  });

  it('never sets one header twice for a path, and round-trips through the _headers format', () => {
    const rules = headerRules(listing, ["'sha256-abc='"]);
    for (const path of ['/', '/index.html', '/chapters/x/', '/embed/x/', '/embed.js', '/_astro/a.js', '/data/v1.0.0/d.json', '/data/']) {
      const names = rules.filter((r) => matches(r.pattern, path)).flatMap((r) => Object.keys(r.headers));
      expect(names.length, path).toBe(new Set(names).size);
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBeTruthy();
    }
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules.filter((r) => r.pattern !== '/_headers'));
    expect(rules.some((r) => r.pattern === '/_headers')).toBe(false);
  });

  it('puts wasm-unsafe-eval and frame-ancestors on site pages only', () => {
    expect(contentSecurityPolicy({ scriptHashes: [], embed: false })).toMatch(/'wasm-unsafe-eval'.*frame-ancestors 'none'/);
    expect(contentSecurityPolicy({ scriptHashes: [], embed: true })).not.toMatch(/wasm|frame-ancestors/);
    // Fonts from the site or inline (an embed's chart font, the language switch's letters), from nowhere else.
    for (const embed of [true, false]) expect(contentSecurityPolicy({ scriptHashes: [], embed })).toContain("font-src 'self' data:;");
  });

  it('writes nginx locations that repeat every header', () => {
    const nginx = renderNginx(headerRules(listing, []), listing);
    expect(nginx).toContain('location /data/v1.0.0/ {');
    expect(nginx.match(/X-Content-Type-Options/g)?.length).toBe(6);
  });

  // A language's edition with embeds of its own: /uk/embed/* is framed like /embed/*, the rest of /uk/ like the site.
  const edition = {
    ...listing,
    topLevel: [...listing.topLevel, 'uk'],
    folders: new Set([...listing.folders, 'uk']),
    editions: { uk: { entries: ['index.html', 'chapters', 'embed', '404'], folders: new Set(['chapters', 'embed', '404']) } },
  };

  it('gives /uk/embed/ the embed policy and the rest of /uk/ the site policy, each header once per path', () => {
    const rules = headerRules(edition, ["'sha256-abc='"]);
    const embedCsp = headersFor(rules, '/embed/x/')['Content-Security-Policy'];
    const siteCsp = headersFor(rules, '/chapters/x/')['Content-Security-Policy'];
    for (const path of ['/uk/embed/x/', '/uk/embed/v1.0.0/x/oembed.json', '/uk/embed/404.html']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(embedCsp);
      expect(headersFor(rules, path)['X-Frame-Options'], path).toBeUndefined();
    }
    for (const path of ['/uk/', '/uk/index.html', '/uk/chapters/x/', '/uk/404/']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(siteCsp);
      expect(headersFor(rules, path)['X-Frame-Options'], path).toBe('DENY');
    }
    for (const path of ['/uk/', '/uk/embed/x/', '/uk/chapters/x/', '/uk/index.html']) {
      const names = rules.filter((r) => matches(r.pattern, path)).flatMap((r) => Object.keys(r.headers));
      expect(names.length, path).toBe(new Set(names).size);
    }
    expect(rules.some((r) => r.pattern === '/uk/*'), 'one /uk/* rule would set a second CSP on /uk/embed/').toBe(false);
  });

  it('serves a missing /uk/embed/ address the Ukrainian embed 404, before the /uk/ rule', () => {
    const redirects = renderRedirectsFile().split('\n');
    const embed404 = redirects.findIndex((l) => /^\/uk\/embed\/\*\s+\/uk\/embed\/404\.html\s+404$/.test(l));
    expect(embed404).toBeGreaterThan(-1);
    expect(embed404).toBeLessThan(redirects.findIndex((l) => l.startsWith('/uk/*')));
    const nginx = renderNginx(headerRules(edition, []), edition);
    const loc = /location \/uk\/embed\/ \{[^}]*\}/.exec(nginx)?.[0] ?? '';
    expect(loc).toContain('error_page 404 /uk/embed/404.html;');
    expect(loc).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy({ scriptHashes: [], embed: true })}" always;`);
    expect(loc).not.toContain('X-Frame-Options');
  });
});
