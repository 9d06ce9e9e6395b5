/**
 * The working dataset is always a published release: content/data/dataset.json
 * must be byte-identical to content/data/releases/<its version>.json. So a data
 * change cannot reach the site without a new version and a changelog entry,
 * and /data/dataset.json is always the frozen file people cite.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LATEST_PATH, latestDataset, listReleases, readReleaseBytes } from '../../src/data/load.ts';
import { guardReleases } from '../../src/data/release-guard.ts';
import { formatProblem } from '../../src/data/checks/problem.ts';

describe('the working dataset is released', () => {
  const ds = latestDataset();
  // The same guard every build runs, but stricter: the build accepts an unreleased new version as a preview;
  // landing one is refused here.
  it('passes the release guard, with no unreleased preview', () => {
    expect(guardReleases({ allowPreview: false }).problems.map(formatProblem)).toEqual([]);
  });
  it(`content/data/releases/${ds.version}.json exists`, () => {
    expect(listReleases(), `no frozen release for v${ds.version}: run \`npm run data:release\` after bumping the version`).toContain(ds.version);
  });
  it('is byte-identical to its frozen release', () => {
    const frozen = readReleaseBytes(ds.version);
    const working = readFileSync(LATEST_PATH);
    expect(frozen?.equals(working), `content/data/dataset.json differs from releases/${ds.version}.json: bump "version" (patch for a correction, minor for added data), add a CHANGELOG entry, then \`npm run data:release\``).toBe(true);
  });
  it('is the newest release', () => {
    expect(listReleases().at(-1)).toBe(ds.version);
  });
  it('has a changelog entry for its version', () => {
    expect(readFileSync('content/data/CHANGELOG.md', 'utf8')).toMatch(new RegExp(`^## ${ds.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});
