// The build's release guard (src/data/release-guard.ts, run by src/integrations/data-guard.ts on every
// `astro build`): releases cannot change or vanish, and an unreleased edit is never published under an existing
// release's label. Each case is a scratch project; reliability.md §6 has the probes (6.3-6.9).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/data/load.ts';
import { changelogEntries, firstDifference, guardReleases } from '../../src/data/release-guard.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';
import dataGuard from '../../src/integrations/data-guard.ts';
import { freezeMissingReleaseFiles } from '../../src/data/release-files.ts';
import { ROOT, runScript } from './fixture.ts';

// Releases 1.0.0 and 1.1.0 in the 1.x format (the frozen-release case this guard protects).
const v1Text = readFileSync(`${ROOT}/tests/fixtures/dataset-v1.json`, 'utf8');
const v100 = v1Text;
const v110 = v1Text.replace('"version": "1.0.0"', '"version": "1.1.0"').replace('"released": "2026-03-15"', '"released": "2026-04-01"');
const CHANGELOG = '# Changelog\n\n## 1.1.0 — 2026-04-01\n\nMore.\n\n## 1.0.0 — 2026-03-15\n\nFirst release.\n';

let dir: string;
const home = process.cwd();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-guard-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => process.chdir(home));

let n = 0;
/** A project with releases 1.0.0 and 1.1.0, the working dataset at 1.1.0, and optionally a git history. */
function project(opts: { git?: boolean } = {}): string {
  const root = join(dir, `p${n++}`);
  mkdirSync(join(root, 'content/data/releases'), { recursive: true });
  const w = (p: string, t: string): void => writeFileSync(join(root, p), t);
  w('content/data/releases/1.0.0.json', v100);
  w('content/data/releases/1.1.0.json', v110);
  w('content/data/releases/checksums.json', JSON.stringify({ '1.0.0': sha256Hex(Buffer.from(v100)), '1.1.0': sha256Hex(Buffer.from(v110)) }, null, 2));
  w('content/data/dataset.json', v110);
  w('content/data/CHANGELOG.md', CHANGELOG);
  process.chdir(root);
  freezeMissingReleaseFiles(); // each release's CSV tables and datapackage.json, as data:release freezes them
  if (opts.git) {
    const g = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root, stdio: 'ignore' });
    g('init', '-q');
    g('add', '-A');
    g('commit', '-q', '-m', 'releases');
  }
  return root;
}
const edit = (p: string, f: (t: string) => string): void => writeFileSync(p, f(readFileSync(p, 'utf8')));
const sums = 'content/data/releases/checksums.json';
/** An edit that keeps the dataset valid: a figure's label. */
const relabel = (t: string): string => {
  const i = t.indexOf('"label": "', t.indexOf('"figures"'));
  return `${t.slice(0, i)}"label": "EDITED ${t.slice(i + '"label": "'.length)}`;
};
/** Deletes a release as someone would by hand: its dataset.json and the folder of files frozen with it. */
const deleteRelease = (v: string): void => {
  unlinkSync(`content/data/releases/${v}.json`);
  rmSync(`content/data/releases/${v}`, { recursive: true, force: true });
};
const dropChecksum = (v: string): void => edit(sums, (t) => { const s = JSON.parse(t); delete s[v]; return JSON.stringify(s); });
function problems(allowPreview = true): string[] {
  return guardReleases({ allowPreview }).problems.map(formatProblem);
}

describe('releases cannot change or vanish', () => {
  it('a consistent project passes', () => {
    project({ git: true });
    expect(problems()).toEqual([]);
    expect(guardReleases({ allowPreview: false }).working).toEqual({ version: '1.1.0', unreleased: false });
  });

  it('6.3: an edited release fails (its checksum no longer matches)', () => {
    project();
    edit('content/data/releases/1.0.0.json', (t) => t.replace('"title": "', '"title": "EDITED '));
    expect(problems()).toContainEqual(expect.stringMatching(/^content\/data\/releases\/1\.0\.0\.json: changed after release/));
  });

  it('an edited release with its checksum updated too fails, from git history', () => {
    project({ git: true });
    edit('content/data/releases/1.0.0.json', (t) => t.replace('"title": "', '"title": "EDITED '));
    edit(sums, (t) => { const s = JSON.parse(t); s['1.0.0'] = sha256Hex(readFileSync('content/data/releases/1.0.0.json')); return JSON.stringify(s); });
    expect(problems()).toEqual([expect.stringMatching(/^content\/data\/releases\/1\.0\.0\.json: differs from the file released in commit [0-9a-f]{10}/)]);
  });

  it('6.4: a deleted release fails', () => {
    project();
    unlinkSync('content/data/releases/1.0.0.json');
    expect(problems()).toContain('content/data/releases/checksums.json: $["1.0.0"]: lists release 1.0.0, but content/data/releases/1.0.0.json does not exist');
  });

  it('6.5: a release deleted together with its checksum fails: the CHANGELOG names it', () => {
    project();
    deleteRelease('1.0.0');
    dropChecksum('1.0.0');
    expect(problems()).toEqual([expect.stringMatching(/^content\/data\/CHANGELOG\.md: line 7 names version 1\.0\.0, but content\/data\/releases\/1\.0\.0\.json does not exist/)]);
  });

  it('a release deleted with its checksum and its CHANGELOG entry fails: git history remembers it', () => {
    project({ git: true });
    deleteRelease('1.0.0');
    dropChecksum('1.0.0');
    edit('content/data/CHANGELOG.md', (t) => t.replace(/## 1\.0\.0[\s\S]*$/, ''));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'drop 1.0.0'], { stdio: 'ignore' });
    const out = problems();
    expect(out).toContainEqual(expect.stringMatching(/^content\/data\/releases\/1\.0\.0\.json: was released in commit [0-9a-f]{10} and is now missing/));
    expect(out).toContainEqual(expect.stringMatching(/^content\/data\/releases\/1\.0\.0\/figures\.csv: was released in commit [0-9a-f]{10} and is now missing/));
    // The dataset.json, the five CSV tables, datapackage.json and SHA256SUMS: nothing else.
    expect(out).toHaveLength(8);
    for (const line of out) expect(line).toMatch(/^content\/data\/releases\/1\.0\.0(\.json|\/[\w.-]+): was released in commit [0-9a-f]{10} and is now missing/);
  });

  it('6.7: a release slipped in later below an existing one fails', () => {
    project();
    const v105 = v100.replace('"version": "1.0.0"', '"version": "1.0.5"').replace('"released": "2026-03-15"', '"released": "2026-05-01"');
    writeFileSync('content/data/releases/1.0.5.json', v105);
    edit(sums, (t) => JSON.stringify({ ...JSON.parse(t), '1.0.5': sha256Hex(Buffer.from(v105)) }));
    const out = problems();
    expect(out).toContain(`content/data/releases/1.0.5.json: has no "## 1.0.5 — <date>" entry in content/data/CHANGELOG.md; every release says what changed`);
    expect(out).toContain('content/data/releases/1.1.0.json: $.released: released 2026-04-01, before 1.0.5 (released 2026-05-01); a release cannot be added later below an existing one');
  });

  // D1's last item: the CSV tables and datapackage.json of a release are frozen with it, not redrawn by today's code.
  it('a frozen CSV table edited after release fails, naming the file and both hashes', () => {
    project();
    edit('content/data/releases/1.0.0/figures.csv', (t) => t.replace('children', 'kids'));
    expect(problems()).toEqual([
      expect.stringMatching(/^content\/data\/releases\/1\.0\.0\/figures\.csv: changed after release: its sha256 is [0-9a-f]{64}, content\/data\/releases\/1\.0\.0\/SHA256SUMS records [0-9a-f]{64}/),
    ]);
  });

  it('a frozen CSV table edited together with its SHA256SUMS line fails, from git history', () => {
    project({ git: true });
    const csv = 'content/data/releases/1.0.0/events.csv';
    edit(csv, (t) => `${t}x,y\r\n`);
    const hash = sha256Hex(readFileSync(csv));
    edit('content/data/releases/1.0.0/SHA256SUMS', (t) => t.replace(/^[0-9a-f]{64}(?= {2}events\.csv$)/m, hash));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'rewrite events'], { stdio: 'ignore' });
    const out = problems();
    expect(out).toContainEqual(expect.stringMatching(/^content\/data\/releases\/1\.0\.0\/events\.csv: differs from the file released in commit [0-9a-f]{10}/));
    expect(out).toContainEqual(expect.stringMatching(/^content\/data\/releases\/1\.0\.0\/SHA256SUMS: differs from the file released in commit/));
  });

  it("a release's folder deleted, a file missing from it, or a file slipped in fails", () => {
    project();
    rmSync('content/data/releases/1.1.0', { recursive: true });
    unlinkSync('content/data/releases/1.0.0/places.csv');
    writeFileSync('content/data/releases/1.0.0/extra.csv', 'a\r\n');
    expect(problems().sort()).toEqual([
      expect.stringMatching(/^content\/data\/releases\/1\.0\.0\/extra\.csv: is not listed in content\/data\/releases\/1\.0\.0\/SHA256SUMS/),
      expect.stringMatching(/^content\/data\/releases\/1\.0\.0\/places\.csv: is listed in content\/data\/releases\/1\.0\.0\/SHA256SUMS but missing/),
      expect.stringMatching(/^content\/data\/releases\/1\.1\.0\/: is missing: release 1\.1\.0's published CSV and datapackage\.json files are frozen there/),
    ]);
  });

  it('a folder for a release that does not exist, or with a name that is no version, fails', () => {
    project();
    mkdirSync('content/data/releases/9.9.9');
    writeFileSync('content/data/releases/9.9.9/figures.csv', 'a\r\n');
    mkdirSync('content/data/releases/latest');
    expect(problems().sort()).toEqual([
      'content/data/releases/9.9.9/: holds frozen files of release 9.9.9, but content/data/releases/9.9.9.json does not exist',
      'content/data/releases/latest/: not a release folder name (<version>/, e.g. 2.3.4/)',
    ]);
  });

  it('a malformed SHA256SUMS fails, naming its line', () => {
    project();
    edit('content/data/releases/1.0.0/SHA256SUMS', (t) => t.replace(/^([0-9a-f]{64}) {2}/m, '$1 '));
    expect(problems()).toEqual(['content/data/releases/1.0.0/SHA256SUMS: line 1: not "<sha256 hex>  <file name>"']);
  });

  it('6.8: a malformed checksums.json fails', () => {
    project();
    writeFileSync(sums, '{"1.0.0": ');
    expect(problems()).toContainEqual(expect.stringMatching(/^content\/data\/releases\/checksums\.json: invalid JSON/));
  });

  it('a CHANGELOG entry whose date disagrees with the release fails', () => {
    project();
    edit('content/data/CHANGELOG.md', (t) => t.replace('## 1.0.0 — 2026-03-15', '## 1.0.0 — 2026-03-16'));
    expect(problems()).toEqual(['content/data/CHANGELOG.md: line 7: the entry for 1.0.0 is dated 2026-03-16, but the release says released 2026-03-15']);
  });
});

describe('the working dataset is never published under the label of a release it differs from', () => {
  it('6.9: an unreleased edit under the released version fails, naming the release and the first differing path', () => {
    project();
    edit('content/data/dataset.json', relabel);
    expect(problems()).toEqual([
      expect.stringMatching(/^content\/data\/dataset\.json: differs from the frozen release 1\.1\.0 \(content\/data\/releases\/1\.1\.0\.json\): first difference at \$\.figures\[0\]\.label\. /),
    ]);
  });

  it('a change of layout only is named as such', () => {
    project();
    edit('content/data/dataset.json', (t) => JSON.stringify(JSON.parse(t)));
    expect(problems()).toEqual([expect.stringMatching(/same data, different layout from line 1/)]);
  });

  it('a new, unreleased version builds as a preview, and `npm test` (allowPreview: false) refuses it', () => {
    project();
    edit('content/data/dataset.json', (t) => relabel(t).replace('"version": "1.1.0"', '"version": "1.2.0"'));
    edit('content/data/CHANGELOG.md', (t) => t.replace('# Changelog\n', '# Changelog\n\n## 1.2.0 — 2026-04-02\n\nNew count.\n'));
    expect(guardReleases({ allowPreview: true })).toEqual({ problems: [], working: { version: '1.2.0', unreleased: true }, history: 'none' });
    expect(problems(false)).toEqual([expect.stringMatching(/^content\/data\/dataset\.json: \$\.version: version 1\.2\.0 is not released yet/)]);
  });

  it('a working version older than the latest release fails', () => {
    project();
    edit('content/data/dataset.json', (t) => t.replace('"version": "1.1.0"', '"version": "1.0.9"'));
    expect(problems()).toContainEqual(expect.stringMatching(/version 1\.0\.9 is older than the latest release 1\.1\.0/));
  });

  it('a release made by `npm run data:release` passes', () => {
    const root = project({ git: true });
    edit('content/data/dataset.json', (t) => t.replace('"version": "1.1.0"', '"version": "1.2.0"').replace('"released": "2026-04-01"', '"released": "2026-04-02"'));
    edit('content/data/CHANGELOG.md', (t) => t.replace('# Changelog\n', '# Changelog\n\n## 1.2.0 — 2026-04-02\n\nNew scheme.\n'));
    const r = runScript('scripts/release.ts', [], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(problems(false)).toEqual([]);
  });
});

describe('the build runs the guard', () => {
  it('astro.config.mjs registers the data-guard integration', () => {
    expect(readFileSync(join(home, 'astro.config.mjs'), 'utf8')).toMatch(/integrations: \[[\s\S]*dataGuard\(\)/);
  });

  it('its astro:build:start hook throws on a broken project, listing every problem', async () => {
    project();
    deleteRelease('1.0.0');
    dropChecksum('1.0.0');
    const hook = dataGuard().hooks['astro:build:start'] as (o: unknown) => Promise<void>;
    const logger = { warn: () => {}, info: () => {} };
    await expect(hook({ logger })).rejects.toThrow(/the dataset releases are not intact:\ncontent\/data\/CHANGELOG\.md: line 7 names version 1\.0\.0/);
  });

  it('and warns, without failing, on a preview', async () => {
    project();
    edit('content/data/dataset.json', (t) => t.replace('"version": "1.1.0"', '"version": "1.2.0"'));
    const warnings: string[] = [];
    const hook = dataGuard().hooks['astro:build:start'] as (o: unknown) => Promise<void>;
    await hook({ logger: { warn: (m: string) => warnings.push(m), info: () => {} } });
    expect(warnings).toContainEqual(expect.stringMatching(/^PREVIEW: content\/data\/dataset\.json is version 1\.2\.0/));
  });

  it('says when it cannot see the whole history: a shallow clone, or no git (a deletion in an earlier commit would pass)', async () => {
    const root = project({ git: true });
    const hook = dataGuard().hooks['astro:build:start'] as (o: unknown) => Promise<void>;
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), info: () => {} };
    await hook({ logger });
    expect(guardReleases({ allowPreview: true }).history).toBe('full');
    expect(warnings).toEqual([]);
    // The release and its checksum and CHANGELOG entry deleted in a commit; CI fetches only that commit.
    const g = (cwd: string, ...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, stdio: 'ignore' });
    deleteRelease('1.0.0');
    dropChecksum('1.0.0');
    writeFileSync('content/data/CHANGELOG.md', CHANGELOG.slice(0, CHANGELOG.indexOf('## 1.0.0')));
    g(root, 'commit', '-qam', 'drop 1.0.0');
    expect(problems()).toContainEqual(expect.stringMatching(/^content\/data\/releases\/1\.0\.0\.json: was released in commit \w+ and is now missing/));
    const shallow = `${root}-shallow`;
    g(dir, 'clone', '-q', '--depth', '1', `file://${root}`, shallow);
    process.chdir(shallow);
    expect(guardReleases({ allowPreview: true })).toMatchObject({ problems: [], history: 'shallow' });
    await hook({ logger });
    expect(warnings).toEqual([expect.stringMatching(/^RELEASES checked without their full history, a shallow git clone: a release deleted or rewritten in an earlier commit/)]);
    project();
    await hook({ logger });
    expect(warnings.at(-1)).toMatch(/^RELEASES checked without their full history, no git history:/);
  });
});

describe('helpers', () => {
  it('reads CHANGELOG headings', () => {
    expect(changelogEntries(CHANGELOG)).toEqual([
      { version: '1.1.0', date: '2026-04-01', line: 3 },
      { version: '1.0.0', date: '2026-03-15', line: 7 },
    ]);
  });
  it('finds the first differing JSON path, iteratively', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('$.a[1].b');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a[1]');
    expect(firstDifference({ a: 1 }, { a: 1 })).toBeNull();
  });
});
