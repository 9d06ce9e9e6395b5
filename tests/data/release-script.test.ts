// `npm run data:release`, run in a scratch project: copies byte for byte, records the checksum,
// and refuses to change a frozen release.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/data/load.ts';
import { good, goodText, runScript } from './fixture.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'data-release-'));
  mkdirSync(join(root, 'content/data'), { recursive: true });
  // Every release needs its CHANGELOG entry, dated with its released date (the fixture's is 2026-03-15).
  writeFileSync(join(root, 'content/data/CHANGELOG.md'), ['# Changelog', ...['2.10.0', '2.2.0', '2.0.1', '2.0.0'].map((v) => `## ${v} — 2026-03-15\n\nText.`)].join('\n\n'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const release = (...args: string[]) => runScript('scripts/release.ts', args, root);
const setDataset = (text: string) => writeFileSync(join(root, 'content/data/dataset.json'), text);
const releaseFile = (v: string) => join(root, `content/data/releases/${v}.json`);
const checksums = () => JSON.parse(readFileSync(join(root, 'content/data/releases/checksums.json'), 'utf8')) as Record<string, string>;
const withVersion = (version: string, change = '') => {
  const d = good();
  d.version = version;
  if (change) d.description = change;
  return `${JSON.stringify(d, null, 2)}\n`;
};

describe('data:release', () => {
  it('refuses a version without a CHANGELOG entry', () => {
    setDataset(withVersion('3.0.0'));
    const r = release();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/data/CHANGELOG.md has no entry for 3.0.0: add "## 3.0.0 — 2026-03-15"');
    expect(existsSync(join(root, 'content/data/releases'))).toBe(false);
  });

  it('refuses an invalid dataset and writes nothing', () => {
    const d = good();
    d.figures[0].sources = ['nope'];
    setDataset(JSON.stringify(d));
    const r = release();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/data/dataset.json: $.figures[0].sources[0]: unknown source id "nope"');
    expect(existsSync(join(root, 'content/data/releases'))).toBe(false);
  });

  it('--dry-run says what it would do and writes nothing', () => {
    setDataset(goodText);
    const r = release('--', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would release 2.0.0');
    expect(r.stdout).toContain('would freeze its CSV tables and datapackage.json in content/data/releases/2.0.0/');
    expect(existsSync(releaseFile('2.0.0'))).toBe(false);
    expect(existsSync(join(root, 'content/data/releases/2.0.0'))).toBe(false);
  });

  it('copies the dataset byte for byte and records its sha256', () => {
    const r = release();
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(releaseFile('2.0.0'), 'utf8')).toBe(goodText);
    expect(checksums()).toEqual({ '2.0.0': sha256Hex(Buffer.from(goodText)) });
  });

  it('freezes the CSV tables and datapackage.json beside it, listed with their sha256 in SHA256SUMS', () => {
    const dir = join(root, 'content/data/releases/2.0.0');
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1])).toEqual(['figures.csv', 'series-points.csv', 'events.csv', 'places.csv', 'sources.csv', 'datapackage.json']);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256Hex(readFileSync(join(dir, name!))), name).toBe(hash);
    }
    // The descriptor names the site by a placeholder, filled in when served (its origin is known only at build time).
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { id: string; resources: { name: string; hash?: string }[] };
    expect(pkg.id).toBe('{origin}/data/v2.0.0/');
    expect(pkg.resources.find((x) => x.name === 'figures')?.hash).toBe(`sha256:${sha256Hex(readFileSync(join(dir, 'figures.csv')))}`);
  });

  it("never rewrites a release's frozen files, and freezes them for a release made before they were", () => {
    const dir = join(root, 'content/data/releases/2.0.0');
    writeFileSync(join(dir, 'figures.csv'), 'as published then\r\n'); // what an older build wrote stays as it is
    rmSync(join(root, 'content/data/releases/2.0.0/SHA256SUMS'));
    const before = readFileSync(join(dir, 'events.csv'));
    let r = release();
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('froze the CSV tables and datapackage.json of 2.0.0 in content/data/releases/2.0.0/');
    expect(readFileSync(join(dir, 'events.csv')).equals(before)).toBe(true);
    writeFileSync(join(dir, 'events.csv'), 'edited\r\n');
    r = release();
    expect(r.stdout).toContain('already exists and is identical');
    expect(readFileSync(join(dir, 'events.csv'), 'utf8')).toBe('edited\r\n'); // left for the build's check to refuse
    writeFileSync(join(dir, 'events.csv'), before);
  });

  it('running again on the same bytes is harmless', () => {
    const r = release();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('already exists and is identical');
  });

  it('refuses to overwrite a release with different bytes', () => {
    setDataset(withVersion('2.0.0', 'Edited without a version bump.'));
    const r = release();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/data/releases/2.0.0.json already exists with different content');
    expect(readFileSync(releaseFile('2.0.0'), 'utf8')).toBe(goodText);
  });

  it('releases a new version beside the old one, checksums in semver order', () => {
    setDataset(withVersion('2.0.1', 'A correction.'));
    expect(release().code).toBe(0);
    setDataset(withVersion('2.10.0', 'Data added.'));
    expect(release().code).toBe(0);
    expect(Object.keys(checksums())).toEqual(['2.0.0', '2.0.1', '2.10.0']);
    expect(existsSync(join(root, 'content/data/releases/2.10.0/SHA256SUMS'))).toBe(true);
  });

  it('refuses a version older than the latest release', () => {
    setDataset(withVersion('2.2.0', 'Out of order.'));
    const r = release();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('version 2.2.0 is older than the latest release 2.10.0');
  });
});
