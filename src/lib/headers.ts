/**
 * The HTTP response headers the site is served with, as pure functions: the
 * content security policy (inline scripts allowed only by their SHA-256
 * hashes, computed from the built pages), the other security headers, long
 * caching for files whose content never changes, and the same rules written
 * for the common static hosts: a `_headers` file (Netlify, Cloudflare Pages),
 * a `_redirects` rule for the embed 404, and an nginx snippet.
 * src/integrations/headers.ts runs these after every build; docs/deploy.md
 * explains them.
 */
import { createHash } from 'node:crypto';

/** One path pattern and its headers. `pattern` is `/exact` or `/prefix/*` (the `*` matches the rest of the path). */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** The body of every inline `<script>` (one without `src`) in an HTML document, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(' ' + m[1]!)) continue;
    out.push(m[2]!);
  }
  return out;
}

/** A CSP hash source for a script or style body: `'sha256-<base64>'` of its UTF-8 bytes. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
  /** Hash sources of every inline script the pages may run. */
  scriptHashes: readonly string[];
  /** Embeds live in other sites' iframes: any ancestor may frame them, and they have no search. */
  embed: boolean;
}

/**
 * The content security policy. Scripts: same-origin files and hashed inline scripts only; Pagefind's search
 * needs `'wasm-unsafe-eval'` to compile its WebAssembly (site pages only). Styles: `'unsafe-inline'`, because the
 * site inlines its CSS into every page for a fast first paint (many `<style>` blocks, and chart variants carry a
 * `style` attribute); injected CSS still cannot load anything from another host, since every other fetch is
 * limited to `'self'` (and `data:` images). Nothing else: no plugins, no `<base>` to another origin, forms only to
 * the site. `frame-ancestors 'none'` keeps the site out of other sites' frames; embeds omit it (any ancestor).
 * Fonts may be `data:` URLs (an embed's chart font and the language switch's letters are inline).
 */
export function contentSecurityPolicy({ scriptHashes, embed }: PolicyOptions): string {
  const hashes = [...new Set(scriptHashes)].sort();
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...(embed ? [] : ["'wasm-unsafe-eval'"]), ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Embeds carry their chart font inline as data: URLs (src/fonts/embed-font.ts): a font file from the site would be a
    // cross-origin fetch, refused, in a sandboxed frame (WordPress's). Pages carry the language switch's few letters
    // the same way (src/fonts/switch-font.ts). A data: font can load nothing else.
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(embed ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

/** Headers every response gets. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** For files whose bytes never change under their URL: Astro's content-hashed assets and frozen dataset releases. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface SiteListing {
  /** Top-level names in the output folder (files and folders), e.g. `chapters`, `index.html`, `embed.js`. */
  topLevel: readonly string[];
  /** Which of them are folders. */
  folders: ReadonlySet<string>;
  /** Dataset versions published under /data/v<version>/. */
  releases: readonly string[];
  /**
   * Top-level folders that hold embeds of their own (a language's edition: `uk` with /uk/embed/), with what they hold:
   * their CSP is set per entry, as at the top level, so their embed folder gets the embed policy without two rules
   * setting one header.
   */
  editions?: Readonly<Record<string, { entries: readonly string[]; folders: ReadonlySet<string> }>>;
}

/**
 * The header rules, written so that no two rules that can match the same path set the same header: hosts merge
 * overlapping rules differently (Netlify lets the last one win, Cloudflare Pages joins both values, which for two
 * CSPs means both apply). So the security headers sit on one `/*` rule, the CSP on one rule per top-level entry
 * (the embed folder gets the embed policy), and caching on rules of its own.
 */
export function headerRules(listing: SiteListing, scriptHashes: readonly string[]): HeaderRule[] {
  const site = contentSecurityPolicy({ scriptHashes, embed: false });
  const embed = contentSecurityPolicy({ scriptHashes, embed: true });
  const rules: HeaderRule[] = [{ pattern: '/*', headers: { ...COMMON_HEADERS } }];
  const policy = (name: string): Record<string, string> =>
    name === 'embed' ? { 'Content-Security-Policy': embed } : { 'Content-Security-Policy': site, 'X-Frame-Options': 'DENY' };
  rules.push({ pattern: '/', headers: policy('') });
  for (const name of [...listing.topLevel].sort()) {
    if (name.startsWith('_') && !listing.folders.has(name)) continue; // _headers, _redirects: read by the host, never served
    const edition = listing.folders.has(name) ? listing.editions?.[name] : undefined;
    if (!edition) {
      rules.push({ pattern: listing.folders.has(name) ? `/${name}/*` : `/${name}`, headers: policy(name) });
      continue;
    }
    // /uk/ itself, then one rule per entry: /uk/embed/* is framed like /embed/*, the rest of the edition like the site.
    rules.push({ pattern: `/${name}/`, headers: policy('') });
    for (const entry of [...edition.entries].sort()) {
      rules.push({ pattern: edition.folders.has(entry) ? `/${name}/${entry}/*` : `/${name}/${entry}`, headers: policy(entry) });
    }
  }
  rules.push({ pattern: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } });
  for (const v of [...listing.releases].sort()) rules.push({ pattern: `/data/v${v}/*`, headers: { 'Cache-Control': IMMUTABLE } });
  return rules;
}

/** Whether a rule's pattern matches a URL path, as Netlify and Cloudflare Pages match `_headers` patterns. */
export function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith('/*')) return path.startsWith(pattern.slice(0, -1)) || path === pattern.slice(0, -2);
  return path === pattern;
}

/** The headers a path gets: every matching rule applied in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) if (matches(r.pattern, path)) Object.assign(out, r.headers);
  return out;
}

/** The `_headers` file for Netlify and Cloudflare Pages. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const head = [
    '# Generated by src/integrations/headers.ts at build time; do not edit (docs/deploy.md).',
    '# Netlify and Cloudflare Pages read this file. No two rules that match one path set the same header.',
  ];
  const blocks = rules.map((r) => [r.pattern, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return [...head, '', blocks.join('\n\n'), ''].join('\n');
}

/**
 * The `_redirects` file (Netlify): a missing address under /embed/ gets the embed 404 page, one under /uk/embed/ the
 * Ukrainian embed 404 page, any other under /uk/ the Ukrainian not-found page, with status 404.
 */
export function renderRedirectsFile(): string {
  return [
    '# Generated at build time (src/integrations/headers.ts). Existing files are served as they are; only misses match.',
    '/embed/*  /embed/404.html  404',
    // Before /uk/*: the first rule that matches wins.
    '/uk/embed/*  /uk/embed/404.html  404',
    '/uk/*  /uk/404/  404',
    '',
  ].join('\n');
}

/** nginx quotes a header value in double quotes; CSP values contain single quotes only. */
function nginxHeaders(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([k, v]) => {
    if (v.includes('"')) throw new Error(`header ${k} contains a double quote, which the nginx snippet cannot carry`);
    return `${indent}add_header ${k} "${v}" always;`;
  });
}

/**
 * An nginx snippet to `include` inside a `server { root <the built site>; … }` block. nginx drops inherited
 * `add_header`s in any location that sets its own, so each location repeats the full set.
 */
export function renderNginx(rules: readonly HeaderRule[], listing: SiteListing): string {
  const common = headersFor(rules, '/');
  const embed = headersFor(rules, '/embed/');
  const asset = headersFor(rules, '/_astro/');
  const lines = [
    '# Generated by src/integrations/headers.ts at build time; do not edit (docs/deploy.md).',
    '# Include inside server { root /path/to/dist; ... }. Every location repeats every header on purpose:',
    '# nginx ignores the server-level add_header lines in a location that has its own.',
    'index index.html;',
    'error_page 404 /404.html;',
    '',
    'location / {',
    '  try_files $uri $uri/ =404;',
    ...nginxHeaders(common, '  '),
    '}',
    '',
    '# Embeds: any site may frame them; a missing embed gets the embed 404 page, which still reports its height.',
    'location /embed/ {',
    '  try_files $uri $uri/ =404;',
    '  error_page 404 /embed/404.html;',
    ...nginxHeaders(embed, '  '),
    '}',
    '',
    '# Ukrainian embeds: framed like the English ones; a missing one gets the Ukrainian embed 404 page.',
    'location /uk/embed/ {',
    '  try_files $uri $uri/ =404;',
    '  error_page 404 /uk/embed/404.html;',
    ...nginxHeaders(headersFor(rules, '/uk/embed/'), '  '),
    '}',
    '',
    '# The Ukrainian edition: a missing page under /uk/ gets the Ukrainian not-found page.',
    'location /uk/ {',
    '  try_files $uri $uri/ =404;',
    '  error_page 404 /uk/404/;',
    ...nginxHeaders(common, '  '),
    '}',
    '',
    '# Content-hashed assets never change under their URL.',
    'location /_astro/ {',
    ...nginxHeaders(asset, '  '),
    '}',
  ];
  for (const v of [...listing.releases].sort()) {
    lines.push('', `# Dataset release ${v} is frozen.`, `location /data/v${v}/ {`, '  try_files $uri $uri/ =404;', ...nginxHeaders(headersFor(rules, `/data/v${v}/`), '  '), '}');
  }
  lines.push('', '# Files for other hosts, not for readers.', 'location ~ ^/(_headers|_redirects|nginx\\.conf)$ { return 404; }', '');
  return lines.join('\n');
}
