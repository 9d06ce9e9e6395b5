/**
 * Reads the built site in dist/: lists pages with their URL paths and parses
 * them with linkedom, so build tests inspect what a reader would receive.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built site; DIST_DIR points elsewhere so parallel builds need not share one folder. */
export const DIST = process.env.DIST_DIR ?? join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no index.html: build the site first (`npm run build`, or run everything with `npm test`).');
  }
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export interface BuiltPage {
  /** URL path, e.g. "/chapters/filtration/" or "/404.html". */
  url: string;
  file: string;
  html: string;
}

/** Every HTML page in dist/, keyed by the URL it is served at. */
export function builtPages(): BuiltPage[] {
  assertBuilt();
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? '/' + rel.slice(0, -'index.html'.length) : '/' + rel;
      return { url, file, html: readFileSync(file, 'utf8') };
    });
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The file in dist/ that a URL path is served from, or undefined. */
export function fileForUrl(path: string, root = DIST): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The page built at `url` among `pages`, parsed; throws naming the URL when it was not built. */
export function builtPage(pages: BuiltPage[], url: string): Document {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`${url} was not built`);
  return parse(p.html);
}
