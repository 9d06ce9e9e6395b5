// What /data/v<version>/ serves is what was frozen with the release in content/data/releases/<version>/
// (src/data/release-files.ts): the CSV tables byte for byte, datapackage.json with only the site's origin filled in.
// A route that went back to redrawing a release's files with today's code would fail here as soon as that code
// changed a byte; the build's guard (tests/data/release-guard.test.ts) keeps the frozen files themselves unchanged.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listReleases, sha256Hex } from '../../src/data/load.ts';
import { ORIGIN, readReleaseFile, releaseFileNames } from '../../src/data/release-files.ts';
import { SITE } from '../../src/site.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';

const origin = SITE.url.replace(/\/+$/, '');
const served = (path: string): Buffer => readFileSync(join(DIST, path));

describe("a release's published files are the ones frozen with it", () => {
  assertBuilt();
  const releases = listReleases();

  it.each(releases)('/data/v%s/: every CSV table byte for byte, and its datapackage.json with the origin filled in', (v) => {
    const names = releaseFileNames(v);
    expect(names).toContain('datapackage.json');
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      expect(served(`data/v${v}/${name}`).equals(readReleaseFile(v, name)), `/data/v${v}/${name}`).toBe(true);
    }
    const pkg = served(`data/v${v}/datapackage.json`).toString('utf8');
    expect(pkg).toBe(readReleaseFile(v, 'datapackage.json').toString('utf8').split(ORIGIN).join(origin));
    expect(pkg).not.toContain(ORIGIN);
    // The descriptor's hashes describe the files served beside it.
    const resources = (JSON.parse(pkg) as { resources: { path: string; hash: string }[] }).resources;
    for (const r of resources) expect(r.hash, r.path).toBe(`sha256:${sha256Hex(served(`data/v${v}/${r.path}`))}`);
  });

  it("/data/'s latest tables and descriptor are the latest release's, pointing into its folder", () => {
    const latest = releases.at(-1)!;
    for (const name of releaseFileNames(latest).filter((n) => n.endsWith('.csv'))) {
      expect(served(`data/${name}`).equals(readReleaseFile(latest, name)), `/data/${name}`).toBe(true);
    }
    const pkg = JSON.parse(served('data/datapackage.json').toString('utf8')) as { id: string; resources: { path: string; hash: string }[] };
    expect(pkg.id).toBe(`${origin}/data/v${latest}/`);
    for (const r of pkg.resources) {
      expect(r.path).toMatch(new RegExp(`^v${latest.replace(/\./g, '\\.')}/`));
      expect(r.hash, r.path).toBe(`sha256:${sha256Hex(served(`data/${r.path}`))}`);
    }
  });
});
