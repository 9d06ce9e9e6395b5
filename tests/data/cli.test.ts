// `npm run data:check -- <path>`: one clear line per problem and the right exit code, never a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { good, goodText, GOOD_PATH, runScript } from './fixture.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args: string[]) => runScript('scripts/data-check.ts', args);
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const STACK = /\n\s+at\s|node:internal|Error:/;

describe('data-check', () => {
  it('says ok with the counts for a good file', () => {
    const r = check(GOOD_PATH);
    expect(r).toEqual({ code: 0, stdout: 'ok 2.0.0: 6 sources, 4 figures, 2 series, 4 events, 4 places\n', stderr: '' });
  });

  it('says when a file is a 1.x release read with the 1.x schema', () => {
    const r = check(GOOD_PATH.replace('dataset-good.json', 'dataset-v1.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok 1.0.0 (a 1.x release, read with the 1.x schema; status shown as method and producer): 6 sources, 4 figures, 2 series, 4 events, 4 places\n');
  });

  it('prints every problem, one a line, as <file>: <JSON path>: <what is wrong>', () => {
    const d = good();
    d.figures[0].sources = ['kyiv-indep'];
    d.events[0].precision = 'year';
    const path = file('bad.json', JSON.stringify(d, null, 2));
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${path}: $.figures[0].sources[0]: unknown source id "kyiv-indep" (no such id in $.sources)`,
      `${path}: $.events[0].precision: precision "year" does not match the date "2023-02-22" (a day date; precision "year" needs the form YYYY)`,
    ]);
  });

  it.each<[string, () => string, RegExp]>([
    ['a missing file', () => join(dir, 'missing.json'), /: file not found/],
    ['an empty file', () => file('empty.json', ''), /: file is empty/],
    ['truncated JSON', () => file('trunc.json', goodText.slice(0, goodText.length / 2)), /: invalid JSON at line \d+, column \d+: unexpected end of file/],
    ['a wrong type at the top', () => file('array.json', '[]'), /: \$: expected object, got array/],
    ['a directory', () => dir, /: is a directory/],
  ])('%s: one clear line, exit 1', (_name, make, expected) => {
    const r = check(make());
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a 50 MB file: refused by size, one line, exit 1', () => {
    const path = file('huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20));
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${path}: file is 50.0 MB, over the 20.0 MB limit for a dataset file; not read\n`);
    rmSync(path);
  });

  it('a missing argument: usage, exit 2', () => {
    const r = check();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^data-check: missing argument: .*usage: npm run data:check -- <path\/to\/dataset.json>\)\n$/);
  });

  it('an unknown option or a second file: usage, exit 2', () => {
    expect(check('--fix', GOOD_PATH).code).toBe(2);
    expect(check(GOOD_PATH, GOOD_PATH).code).toBe(2);
  });

  it('resolves a relative path from where the user ran npm (INIT_CWD)', () => {
    const r = runScript('scripts/data-check.ts', ['dataset-good.json'], join(GOOD_PATH, '..'));
    expect(r.code).toBe(0);
  });

  // reliability.md 17j: a copy of the working dataset with its collections emptied is valid JSON
  // and valid by the schema, but the site cannot be drawn from it.
  it('refuses a copy of the working dataset the site cannot draw from, naming the chart and what it lacks', () => {
    const d = JSON.parse(readFileSync('content/data/dataset.json', 'utf8'));
    Object.assign(d, { figures: [], series: [], events: [], places: [], trips: [] });
    const path = file('emptied.json', JSON.stringify(d, null, 2));
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the site needs: chart "returned-share" cannot render from dataset v${d.version}: figure "deported-verified" is missing`, 'm'));
    expect(r.stderr).not.toMatch(STACK);
  });

  it('refuses a copy whose figure a chapter cites was renamed, naming the .mdx file, line and column', () => {
    const text = readFileSync('content/data/dataset.json', 'utf8');
    const cited = 'kherson-childrens-home-46';
    expect(readFileSync('content/chapters/filtration.mdx', 'utf8')).toContain(`<Fact id="${cited}"`);
    const path = file('renamed.json', text.replaceAll(`"${cited}"`, `"${cited}-renamed"`));
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`: the site needs: content/chapters/filtration\\.mdx:\\d+:\\d+: <Fact id>: unknown figure id "${cited}"; did you mean "${cited}-renamed"\\?`));
  });
});
