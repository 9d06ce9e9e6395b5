/**
 * Reads a built `_headers` file (Netlify / Cloudflare Pages format) back into
 * rules, so the test server serves dist/ with exactly the headers a host
 * would send, and build tests can check what the file says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeaderRule } from '../../src/lib/headers.ts';

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: not "  Name: value" under a path: ${line}`);
    rule.headers[m[1]!] = m[2]!;
  });
  return rules;
}

/** The rules of `<dist>/_headers`, or undefined when the build wrote none. */
export function readHeadersFile(dist: string): HeaderRule[] | undefined {
  const file = join(dist, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : undefined;
}
