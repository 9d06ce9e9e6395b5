/**
 * A minimal static server for dist/ on 127.0.0.1, so browser tests run against
 * exactly the built files (directory indexes, 404.html, correct MIME types),
 * sent with exactly the headers the build wrote into dist/_headers (the CSP
 * among them), as Netlify or Cloudflare Pages would send them; gzipped on
 * request (`compress`), as any host sends text, for timings such as Lighthouse's.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { DIST, fileForUrl } from './dist.ts';
import { readHeadersFile } from './headers-file.ts';
import { headersFor, matches } from '../../src/lib/headers.ts';
import { SITE } from '../../src/site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The built site to serve (default dist/). */
  root?: string;
  /** 0: any free port. */
  port?: number;
  /**
   * Serve the build as if built with SITE_URL set to this server's origin (SITE.url in every HTML, JSON, JS and XML
   * response replaced by it), for consumers that follow absolute URLs, such as WordPress's oEmbed discovery. Inline
   * scripts never hold the site's address, so their CSP hashes in _headers still match.
   */
  asSite?: boolean;
  /** Gzip text responses for clients that accept it, as every static host does. */
  compress?: boolean;
}

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|csv|txt|xml|md)$/;

export async function serveDist({ root = DIST, port = 0, asSite = false, compress = false }: ServeOptions = {}): Promise<StaticServer> {
  const rules = readHeadersFile(root);
  if (!rules) throw new Error(`${root}/_headers is missing: the build writes it (src/integrations/headers.ts); rebuild with \`npm run build\``);
  // `/embed/*  /embed/404.html  404` lines, in order.
  const misses = existsSync(join(root, '_redirects'))
    ? [...readFileSync(join(root, '_redirects'), 'utf8').matchAll(/^(\/\S*)\s+(\/\S+)\s+404\s*$/gm)].map((m) => ({ pattern: m[1]!, target: m[2]! }))
    : [];
  let origin = '';
  const body = async (file: string) => {
    const b = await readFile(file);
    return asSite && /\.(html|json|js|xml)$/.test(file) ? b.toString('utf8').split(SITE.url).join(origin) : b;
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    const file = fileForUrl(url.pathname, root);
    if (!file) {
      // A miss gets the page dist/_redirects names for it, the first rule that matches, as Netlify serves it: under
      // /embed/ (and /uk/embed/) the embed 404, which still reports its height to the host (README: Embedding charts).
      const rule = misses.find((r) => matches(r.pattern, url.pathname));
      const notFound = (rule && fileForUrl(rule.target, root)) || fileForUrl('/404.html', root);
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(notFound ? await body(notFound) : 'Not found');
      return;
    }
    if (!url.pathname.endsWith('/') && file.endsWith('/index.html')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search });
      res.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const raw = await body(file);
    if (compress && COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(raw));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(raw);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
