/**
 * Bundles and minifies a small browser script with esbuild (Astro's own
 * dependency) at build time, for scripts that are served as a file of their
 * own (/embed.js) or inlined into a page whose address is not known in
 * advance (the embed 404). One call per entry per build; dev rebuilds each time.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

const cache = new Map<string, Promise<string>>();

/** `entry` is relative to the project root, e.g. "src/scripts/embed-host.ts". */
export function bundleScript(entry: string): Promise<string> {
  const hit = cache.get(entry);
  if (hit && !import.meta.env?.DEV) return hit;
  const p = build({
    entryPoints: [resolve(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2017',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((r) => {
    const text = r.outputFiles[0]?.text.trim();
    if (!text) throw new Error(`bundleScript: esbuild produced nothing for ${entry}`);
    if (/<\/script/i.test(text)) throw new Error(`bundleScript: ${entry} contains "</script", which cannot be inlined`);
    return text;
  });
  cache.set(entry, p);
  return p;
}
