/**
 * Which datasets are frozen releases, and of which version. loadRelease() marks what it returns, so code that is handed
 * a dataset (localizeDataset) can tell a pinned release from the working dataset even when both carry the same version
 * number: the working dataset takes today's translation, a release the translation frozen with it.
 */
import type { Dataset } from './schema.ts';

const origin = new WeakMap<Dataset, string>();

/** Records that `ds` is the frozen release `version`. */
export function markRelease(ds: Dataset, version: string): void {
  origin.set(ds, version);
}

/** The release version `ds` was loaded from, or undefined for the working dataset (or any other). */
export function releaseVersionOf(ds: Dataset): string | undefined {
  return origin.get(ds);
}
