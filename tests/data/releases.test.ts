// Frozen releases: content/data/releases/<version>.json must match checksums.json, byte for byte.
// Passes when there are no releases yet; fails as soon as a listed release changes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listReleases, loadRelease, sha256Hex, verifyReleases } from '../../src/data/load.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';
import { goodText } from './fixture.ts';

describe('the project releases', () => {
  it('every release file matches checksums.json, and checksums.json lists only existing files', () => {
    expect(verifyReleases().map(formatProblem)).toEqual([]);
  });

  it.each(listReleases().map((v) => [v]))('release %s is a valid dataset of that version', (version) => {
    expect(loadRelease(version).version).toBe(version);
  });
});

describe('the release check itself (on a scratch project)', () => {
  let dir: string;
  const home = process.cwd();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-releases-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => process.chdir(home));

  function project(name: string, files: Record<string, string>): void {
    const root = join(dir, name);
    mkdirSync(join(root, 'content/data/releases'), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, 'content/data/releases', file), text);
    process.chdir(root);
  }
  const hash = sha256Hex(Buffer.from(goodText));

  it('passes with no releases folder at all', () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    process.chdir(join(dir, 'empty'));
    expect(verifyReleases()).toEqual([]);
  });

  it('passes when files and checksums agree', () => {
    project('ok', { '1.0.0.json': goodText, 'checksums.json': JSON.stringify({ '1.0.0': hash }) });
    expect(verifyReleases()).toEqual([]);
  });

  it('fails when a listed release changed', () => {
    project('changed', { '1.0.0.json': goodText.replace('Babel', 'Babel.'), 'checksums.json': JSON.stringify({ '1.0.0': hash }) });
    expect(verifyReleases().map(formatProblem)).toEqual([expect.stringMatching(/^content\/data\/releases\/1\.0\.0\.json: changed after release/)]);
  });

  it('fails when checksums.json lists a missing file, or a file is not listed', () => {
    project('missing', { '1.1.0.json': goodText, 'checksums.json': JSON.stringify({ '1.0.0': hash }) });
    expect(verifyReleases().map(formatProblem)).toEqual([
      expect.stringContaining('content/data/releases/1.1.0.json: not listed in content/data/releases/checksums.json'),
      'content/data/releases/checksums.json: $["1.0.0"]: lists release 1.0.0, but content/data/releases/1.0.0.json does not exist',
    ]);
  });

  it('fails on a stray file name or a malformed checksums.json', () => {
    project('stray', { 'latest.json': goodText, 'checksums.json': '{}' });
    expect(verifyReleases().map(formatProblem)).toEqual(['content/data/releases/latest.json: not a release file name (<version>.json, e.g. 1.0.0.json)']);
    project('malformed', { 'checksums.json': '{"1.0.0": "abc"}' });
    expect(verifyReleases().map(formatProblem)).toEqual(['content/data/releases/checksums.json: $["1.0.0"]: expected a SHA-256 digest as 64 lower-case hex digits']);
  });
});
