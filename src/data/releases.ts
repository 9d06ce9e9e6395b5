/**
 * The published releases, for the /data/ routes: each frozen release's bytes
 * and parsed dataset, and the latest. The working dataset must equal its own
 * frozen release (a test checks), so "latest" is always a published release.
 */
import { listReleases, loadRelease, readReleaseBytes } from './load.ts';
import type { Dataset } from './schema.ts';

export interface PublishedRelease {
  version: string;
  bytes: Buffer;
  data: Dataset;
}

export function publishedReleases(): PublishedRelease[] {
  return listReleases().map((version) => {
    const bytes = readReleaseBytes(version);
    if (!bytes) throw new Error(`content/data/releases/${version}.json is listed but cannot be read`);
    return { version, bytes, data: loadRelease(version) };
  });
}

export function latestRelease(): PublishedRelease {
  const all = publishedReleases();
  const last = all[all.length - 1];
  if (!last) throw new Error('content/data/releases/ has no release: run `npm run data:release`');
  return last;
}
