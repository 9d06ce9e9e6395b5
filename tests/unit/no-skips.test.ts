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

// Any way vitest can leave a test out: .skip on anything (it.skip, it.concurrent.skip, describe.sequential.skip,
// ctx.skip(), t.skip()), skipIf/runIf, todo, a destructured skip(), and .only (which leaves out every other test of
// the file). Not ".skip-link", a CSS class. Written split up so this file does not match itself.
const SKIPS = new RegExp(['\\.sk', 'ip(?![\\w-])', '|\\.sk', 'ipIf\\b', '|\\.run', 'If\\b', '|\\.to', 'do\\b', '|\\.on', 'ly\\b', '|\\bsk', 'ip\\s*\\('].join(''));
const OUTSIDE = new RegExp(['\\.\\./shared\\b', "|ROOT, '\\.\\./", '|/work/'].join(''));

describe('tests run everywhere', () => {
  it('the pattern catches every way to leave a test out, and nothing else', () => {
    const left = ['it.skip(', 'it.concurrent.skip(', 'describe.sequential.skip(', 'it.skipIf(x)(', 'describe.runIf(x)(', 'it.todo(', 'it.only(', 'describe.only(', 'ctx.skip()', 't.skip()', '({ skip }) => { skip(); }', 'test.each(rows).skip('];
    for (const l of left) expect(SKIPS.test(l), l).toBe(true);
    for (const l of ["document.querySelectorAll('.skip-link')", 'const skipped = 0;', 'onlyCopies(ids)', 'it.each(rows)(']) expect(SKIPS.test(l), l).toBe(false);
  });

  const all = [...files(join(ROOT, 'tests')), ...files(join(ROOT, 'scripts'))].filter((f) => f !== import.meta.filename);
  it.each(all.map((f) => [relative(ROOT, f), f]))('%s skips nothing and reads nothing outside the repository', (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const bad = lines.map((l, i) => ({ l: l.trim(), n: i + 1 })).filter(({ l }) => !l.startsWith('//') && !l.startsWith('*') && (SKIPS.test(l) || OUTSIDE.test(l)));
    expect(bad.map(({ l, n }) => `line ${n}: ${l}`)).toEqual([]);
  });
});
