// No test is skipped because something is missing, and none reads a file from outside the repository: every
// fixture lives in tests/fixtures, so a clean clone runs exactly the tests a developer's machine runs.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(?:[cm]?[jt]s)$/.test(name) ? [full] : [];
  });
}

// Written split up so this file does not match itself.
const SKIPS = new RegExp(['\\.skip', 'If\\b', '|\\b(?:it|test|describe|suite)\\.(?:skip|todo)\\b', '|\\bctx\\.skip\\(', '|\\.runIf\\b'].join(''));
const OUTSIDE = new RegExp(['\\.\\./shared\\b', "|ROOT, '\\.\\./", '|/work/'].join(''));

describe('tests run everywhere', () => {
  const all = [...files(join(ROOT, 'tests')), ...files(join(ROOT, 'scripts'))].filter((f) => f !== import.meta.filename);
  it.each(all.map((f) => [relative(ROOT, f), f]))('%s skips nothing and reads nothing outside the repository', (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const bad = lines.map((l, i) => ({ l: l.trim(), n: i + 1 })).filter(({ l }) => !l.startsWith('//') && !l.startsWith('*') && (SKIPS.test(l) || OUTSIDE.test(l)));
    expect(bad.map(({ l, n }) => `line ${n}: ${l}`)).toEqual([]);
  });
});
