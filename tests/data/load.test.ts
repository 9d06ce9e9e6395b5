// Loading from disk: every way a file can be unusable gets a clear, located message.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, MAX_DATASET_BYTES, listReleases, loadDatasetFile, loadRelease, readDataset } from '../../src/data/load.ts';
import { good, goodText, GOOD_PATH, TODAY } from './fixture.ts';

let dir: string;
const home = process.cwd();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => process.chdir(home));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function problemsOf(path: string): string[] {
  const r = readDataset(path, { today: TODAY, file: 'd.json' });
  return r.ok ? [] : r.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

describe('readDataset', () => {
  it('reads the good fixture and keeps its exact bytes', () => {
    const r = readDataset(GOOD_PATH, { today: TODAY });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.bytes.toString('utf8')).toBe(goodText);
  });

  it.each<[string, () => string, string]>([
    ['missing file', () => join(dir, 'nope.json'), 'file not found'],
    ['empty file', () => file('empty.json', ''), 'file is empty (0 bytes)'],
    ['whitespace only', () => file('blank.json', ' \n\t\n'), 'file is empty (only whitespace)'],
    ['directory', () => dir, 'is a directory, not a dataset file'],
    ['byte-order mark', () => file('bom.json', `\uFEFF${goodText}`), 'byte-order mark'],
    ['not UTF-8', () => file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])), 'not valid UTF-8'],
    ['truncated JSON', () => file('trunc.json', goodText.slice(0, 200)), `invalid JSON at line ${goodText.slice(0, 200).split('\n').length}, column`],
    ['truncated JSON says what is open', () => file('trunc2.json', goodText.slice(0, 200)), 'unexpected end of file (truncated?)'],
    ['malformed JSON, located', () => file('comma.json', '{\n  "title": "x"\n  "version": "1.0.0"\n}'), 'invalid JSON at line 3, column 3: expected "," or "}" after the value of "title"'],
  ])('%s', (_name, make, fragment) => {
    const problems = problemsOf(make());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(fragment);
  });

  it('refuses a file over 20 MB before reading it', () => {
    // A sparse 50 MB file of zero bytes: reading it would give "not JSON"; the size check must come first.
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    expect(problemsOf(path)).toEqual([`file is 50.0 MB, over the ${(MAX_DATASET_BYTES / 1048576).toFixed(1)} MB limit for a dataset file; not read`]);
  });

  it('reports duplicate keys with their path', () => {
    const text = goodText.replace('"version": "2.0.0",', '"version": "2.0.0",\n  "version": "2.0.0",');
    expect(problemsOf(file('dup.json', text))).toEqual(['$.version: key "version" appears twice in the same object; JSON keeps only the last']);
  });

  it('reports validation problems with the file name', () => {
    const d = good();
    d.figures[0].sources = ['kyiv-indep'];
    const r = readDataset(file('bad.json', JSON.stringify(d)), { file: 'content/data/dataset.json', today: TODAY });
    expect(r.ok ? [] : r.problems).toEqual([
      { file: 'content/data/dataset.json', path: '$.figures[0].sources[0]', message: 'unknown source id "kyiv-indep" (no such id in $.sources)' },
    ]);
  });
});

describe('loadDatasetFile', () => {
  it('throws a DatasetError listing every problem as <file>: <JSON path>: <what is wrong>', () => {
    const d = good();
    d.version = '1.0';
    d.events[0].date = '2023-02-30';
    const path = file('two.json', JSON.stringify(d));
    let error: unknown;
    try {
      loadDatasetFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message.split('\n')).toEqual([
      `${path}: $.version: must be a semantic version like 1.0.0, got "1.0"`,
      `${path}: $.events[0].date: not a real date: day 30 does not exist (February 2023 has 28 days)`,
    ]);
    expect((error as DatasetError).problems).toHaveLength(2);
  });

  it('a file-level problem is <file>: <what is wrong>', () => {
    expect(() => loadDatasetFile(join(dir, 'missing.json'))).toThrow(new RegExp(`^${join(dir, 'missing.json')}: file not found`));
  });

  it('caches per path, and reloads when the file changes', () => {
    const path = file('cached.json', goodText);
    const a = loadDatasetFile(path);
    expect(loadDatasetFile(path)).toBe(a);
    const d = good();
    d.title = 'Changed title, and a longer file so the size differs';
    writeFileSync(path, JSON.stringify(d, null, 2));
    expect(loadDatasetFile(path).title).toBe(d.title);
  });

  it('resolves relative paths from the project root (the working directory)', () => {
    expect(loadDatasetFile('tests/fixtures/dataset-good.json').version).toBe('2.0.0');
  });
});

describe('releases', () => {
  function project(files: Record<string, string>): string {
    const root = mkdtempSync(join(dir, 'project-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return root;
  }
  const at = (version: string): string => JSON.stringify({ ...good(), version });

  it('lists releases in semver order, ignoring other files; [] without a releases folder', () => {
    process.chdir(project({
      'content/data/releases/1.10.0.json': at('1.10.0'),
      'content/data/releases/1.2.0.json': at('1.2.0'),
      'content/data/releases/1.9.1.json': at('1.9.1'),
      'content/data/releases/checksums.json': '{}',
      'content/data/releases/notes.json': '{}',
    }));
    expect(listReleases()).toEqual(['1.2.0', '1.9.1', '1.10.0']);
    process.chdir(project({ 'content/data/dataset.json': goodText }));
    expect(listReleases()).toEqual([]);
  });

  it('loads a release and checks its version matches its file name', () => {
    process.chdir(project({ 'content/data/releases/2.0.0.json': goodText, 'content/data/releases/2.1.0.json': at('2.0.0') }));
    expect(loadRelease('2.0.0').version).toBe('2.0.0');
    expect(() => loadRelease('2.1.0')).toThrow('release file for 2.1.0 says version "2.0.0"');
    expect(() => loadRelease('../../secrets')).toThrow('is not a release version');
  });
});
