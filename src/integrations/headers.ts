/**
 * After every build (`astro:build:done`), writes the deploy files for the
 * built site into the output folder: `_headers` (Netlify, Cloudflare Pages),
 * `_redirects` (the embed 404 rule) and `nginx.conf` (an nginx snippet). The
 * CSP's script hashes are computed here from every inline script in the built
 * pages, so a new inline script anywhere is covered by the next build. The
 * rules themselves are pure functions in src/lib/headers.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './html-files.ts';
import { cspHash, headerRules, inlineScripts, renderHeadersFile, renderNginx, renderRedirectsFile, type SiteListing } from '../lib/headers.ts';

/** The inline-script hashes of every HTML file under `dir`. */
export function scriptHashesIn(dir: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(dir)) for (const body of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(cspHash(body));
  return [...hashes].sort();
}

/** What the output folder holds at its top level (plus nginx.conf, which this integration writes), and its releases. */
export function listSite(dir: string): SiteListing {
  const present = readdirSync(dir);
  const folders = new Set(present.filter((n) => statSync(join(dir, n)).isDirectory()));
  const topLevel = [...new Set([...present, 'nginx.conf'])];
  const data = join(dir, 'data');
  const releases = folders.has('data')
    ? readdirSync(data).filter((n) => /^v\d+\.\d+\.\d+$/.test(n) && statSync(join(data, n)).isDirectory()).map((n) => n.slice(1))
    : [];
  // A language's edition with embeds of its own (/uk/embed/) gets its CSP per entry (src/lib/headers.ts).
  const editions: Record<string, { entries: string[]; folders: Set<string> }> = {};
  for (const name of folders) {
    const sub = join(dir, name);
    if (!existsSync(join(sub, 'embed')) || !statSync(join(sub, 'embed')).isDirectory()) continue;
    const entries = readdirSync(sub);
    editions[name] = { entries, folders: new Set(entries.filter((n) => statSync(join(sub, n)).isDirectory())) };
  }
  return { topLevel, folders, releases, editions };
}

export default function deployHeaders(): AstroIntegration {
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = scriptHashesIn(out);
        const listing = listSite(out);
        const rules = headerRules(listing, hashes);
        writeFileSync(join(out, '_headers'), renderHeadersFile(rules));
        writeFileSync(join(out, '_redirects'), renderRedirectsFile());
        writeFileSync(join(out, 'nginx.conf'), renderNginx(rules, listing));
        logger.info(`wrote _headers, _redirects and nginx.conf: ${rules.length} rules, ${hashes.length} inline-script hashes`);
      },
    },
  };
}
