// A malformed content/glossary.json or content/teach.json stops the build with the file, the line and column or
// the JSON path, and the rule (src/lib/strict-json-loader.ts), instead of Astro's file() loader logging one line
// and building from its stale cache (reliability.md F11, F11b, F12).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonEntries, strictJsonFile } from '../../src/lib/strict-json-loader.ts';
import { frontmatterProblems } from '../../src/lib/chapter-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
const home = process.cwd();
afterEach(() => process.chdir(home));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withFile(text: string): void {
  mkdirSync(join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'content/glossary.json'), text);
  process.chdir(dir);
}

describe('content files are read strictly', () => {
  it.each(['content/glossary.json', 'content/teach.json'])('%s, as committed, reads', (file) => {
    process.chdir(ROOT);
    expect(readJsonEntries(file).length).toBeGreaterThan(3);
  });

  it.each([
    ['F11: a stray comma', '[,{"id": "a"}]', /^content\/glossary\.json: invalid JSON at line 1, column 2: unexpected ","/],
    ['a truncated file', '[{"id": "a"', /^content\/glossary\.json: invalid JSON at line 1, column \d+: unexpected end of file/],
    ['an empty file', '', /^content\/glossary\.json: file is empty/],
    ['a byte-order mark', '\uFEFF[{"id": "a"}]', /byte-order mark/],
    ['an object instead of an array', '{"a": {"id": "a"}}', /^content\/glossary\.json: \$: expected a JSON array of entries, got object/],
    ['null', 'null', /expected a JSON array of entries, got null/],
    ['an empty array', '[]', /the array is empty/],
    ['an entry without an id', '[{"term": "x"}]', /^content\/glossary\.json: \$\[0\]\.id: every entry needs an "id"/],
    ['a duplicate id', '[{"id": "a"}, {"id": "a"}]', /^content\/glossary\.json: \$\[1\]\.id: duplicate id "a" \(first used at \$\[0\]\)/],
    ['a duplicate key', '[{"id": "a", "id": "b"}]', /^content\/glossary\.json: \$\[0\]\.id: key "id" appears twice/],
    ['deep nesting', `[{"id": "a", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]`, /nesting deeper than/],
  ])('refuses %s, naming the file and where', (_name, text, message) => {
    withFile(text);
    expect(() => readJsonEntries('content/glossary.json')).toThrow(message);
  });

  it('refuses a missing file', () => {
    process.chdir(dir);
    expect(() => readJsonEntries('content/nope.json')).toThrow(/^content\/nope\.json: file not found/);
  });

  it('the loader throws (so the build stops) instead of keeping the last good entries', async () => {
    withFile('[,');
    const store = { cleared: false, clear() { this.cleared = true; }, set() { throw new Error('unreachable'); } };
    const load = strictJsonFile('content/glossary.json').load as (ctx: unknown) => Promise<void>;
    await expect(load({ store, parseData: async (x: { data: unknown }) => x.data })).rejects.toThrow(/content\/glossary\.json: invalid JSON at line 1, column 2/);
    expect(store.cleared).toBe(false);
  });

  it('the loader names the entry whose schema fails', async () => {
    withFile('[{"id": "a", "term": "x"}]');
    const store = { clear() {}, set() {} };
    const load = strictJsonFile('content/glossary.json').load as (ctx: unknown) => Promise<void>;
    const parseData = async (): Promise<never> => { throw new Error('term: too short'); };
    await expect(load({ store, parseData })).rejects.toThrow(/^content\/glossary\.json: \$\[0\]: entry "a" does not match the collection's schema: term: too short/);
  });

  it("content.config.ts uses it for both files, not Astro's file()", () => {
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    expect(config).toContain("strictJsonFile('content/glossary.json')");
    expect(config).toContain("strictJsonFile('content/teach.json')");
    expect(config).not.toMatch(/loader: file\(/);
  });
});

describe('chapter frontmatter fences (F4c)', () => {
  it('the committed chapters are fenced', () => {
    process.chdir(ROOT);
    expect(frontmatterProblems()).toEqual([]);
  });
  it('names a closing fence typed as "--"', () => {
    mkdirSync(join(dir, 'chapters'), { recursive: true });
    writeFileSync(join(dir, 'chapters/a.mdx'), '---\nid: filtration\ntitle: X\n--\n\nText\n');
    writeFileSync(join(dir, 'chapters/b.mdx'), 'id: x\n---\n');
    expect(frontmatterProblems(join(dir, 'chapters'))).toEqual([
      `${join(dir, 'chapters')}/a.mdx: the frontmatter opened on line 1 is never closed with a line "---" (line 4 is "--": a typo for "---"?)`,
      `${join(dir, 'chapters')}/b.mdx: line 1: the frontmatter must start with a line "---" (found "id: x")`,
    ]);
  });
});
