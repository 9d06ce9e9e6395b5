/**
 * `npm run data:release`: freezes content/data/dataset.json as
 * content/data/releases/<version>.json, byte for byte, and records its SHA-256
 * in content/data/releases/checksums.json. A release is immutable (embeds and
 * citations pin it), so this refuses to overwrite a release with different
 * bytes, to release an invalid dataset, to release a version older than the
 * latest, or to release a version without its CHANGELOG entry ("## <version> —
 * <released date>"), which every build checks (src/data/release-guard.ts).
 * It also freezes what the release publishes besides dataset.json (its CSV
 * tables and datapackage.json) in content/data/releases/<version>/, for this
 * release and any older one that has no such folder yet
 * (src/data/release-files.ts), and the dataset's translations as
 * content/data/i18n/releases/<locale>/<version>.json (src/data/release-translations.ts).
 * Running it twice on the same dataset is harmless.
 *
 *   npm run data:release              freeze the current version
 *   npm run data:release -- --dry-run say what would happen, write nothing
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  CHECKSUMS_PATH,
  DatasetError,
  LATEST_PATH,
  compareVersions,
  listReleases,
  readChecksums,
  readDataset,
  readReleaseBytes,
  releasePath,
  sha256Hex,
} from '../src/data/load.ts';
import { formatProblem } from '../src/data/checks/problem.ts';
import { CHANGELOG_PATH, changelogEntries } from '../src/data/release-guard.ts';
import { freezeMissingReleaseFiles, releaseFilesDir } from '../src/data/release-files.ts';
import { freezeMissingTranslations } from '../src/data/release-translations.ts';
import { FROZEN_TRANSLATIONS_DIR } from '../src/data/translations.ts';

/** Write via a temporary file and a rename, so an interrupted run never leaves half a release. */
function writeAtomic(path: string, data: Uint8Array | string): void {
  const abs = resolve(process.cwd(), path);
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = `${abs}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, abs);
}

function checksumsJson(sums: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.keys(sums).sort(compareVersions).map((v) => [v, sums[v]!]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function fail(message: string): number {
  console.error(`data:release: ${message}`);
  return 1;
}

function main(argv: readonly string[]): number {
  const dryRun = argv.includes('--dry-run');
  const unknown = argv.find((a) => a !== '--' && a !== '--dry-run');
  if (unknown) {
    console.error(`data:release: unknown argument ${unknown} (usage: npm run data:release [-- --dry-run])`);
    return 2;
  }

  const result = readDataset(LATEST_PATH);
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    return fail(`${LATEST_PATH} is not valid; nothing released`);
  }
  const { version } = result.data;
  const bytes = result.bytes;
  const hash = sha256Hex(bytes);
  const target = releasePath(version);

  let sums: Record<string, string>;
  try {
    sums = readChecksums();
  } catch (e) {
    if (e instanceof DatasetError) return fail(`cannot read ${CHECKSUMS_PATH}:\n${e.message}`);
    throw e;
  }

  const existing = readReleaseBytes(version);
  if (existing) {
    if (!existing.equals(bytes)) {
      return fail(
        `${target} already exists with different content. Releases are immutable: bump "version" in ${LATEST_PATH} ` +
          '(patch for a correction, minor for added data, major for a renamed or retyped field) and release again',
      );
    }
    if (sums[version] === hash) {
      const frozen = freezeFiles(dryRun);
      if (frozen === 0) console.log(`release ${version} already exists and is identical (${target}); nothing to do`);
      return 0;
    }
    if (sums[version] !== undefined) {
      return fail(`${CHECKSUMS_PATH} records ${sums[version]} for ${version}, but ${target} hashes to ${hash}; was checksums.json edited by hand?`);
    }
  } else {
    if (sums[version] !== undefined) {
      return fail(`${CHECKSUMS_PATH} lists ${version} but ${target} is missing; restore the release file from git rather than re-releasing`);
    }
    const latest = listReleases().at(-1);
    if (latest !== undefined && compareVersions(version, latest) < 0) {
      return fail(`version ${version} is older than the latest release ${latest}; bump "version" in ${LATEST_PATH}`);
    }
    const changelog = resolve(process.cwd(), CHANGELOG_PATH);
    const entry = existsSync(changelog) ? changelogEntries(readFileSync(changelog, 'utf8')).find((e) => e.version === version) : undefined;
    if (entry?.date !== result.data.released) {
      return fail(
        entry
          ? `${CHANGELOG_PATH} dates ${version} ${entry.date ?? '(no date)'}, but ${LATEST_PATH} says released ${result.data.released}; make them agree`
          : `${CHANGELOG_PATH} has no entry for ${version}: add "## ${version} — ${result.data.released}" saying what changed and why`,
      );
    }
  }

  if (dryRun) {
    console.log(`would release ${version}: ${target} (sha256 ${hash})`);
    console.log(`would freeze its CSV tables and datapackage.json in ${releaseFilesDir(version)}/`);
    freezeFiles(true, version);
    return 0;
  }
  if (!existing) writeAtomic(target, bytes);
  writeAtomic(CHECKSUMS_PATH, checksumsJson({ ...sums, [version]: hash }));
  console.log(`released ${version}: ${target} (sha256 ${hash})`);
  freezeFiles(false);
  return 0;
}

/** Freezes the published files of every release that has no folder yet; says which. Returns how many. */
function freezeFiles(dryRun: boolean, skip?: string): number {
  const versions = freezeMissingReleaseFiles({ dryRun }).filter((v) => v !== skip);
  for (const v of versions) console.log(`${dryRun ? 'would freeze' : 'froze'} the CSV tables and datapackage.json of ${v} in ${releaseFilesDir(v)}/`);
  // The dataset's translations too, so a pinned embed in another language keeps the words it had (release-translations.ts).
  const translations = freezeMissingTranslations({ dryRun }).filter((name) => !skip || !name.endsWith(`/${skip}.json`));
  for (const name of translations) console.log(`${dryRun ? 'would freeze' : 'froze'} the translation ${name} in ${FROZEN_TRANSLATIONS_DIR}/`);
  return versions.length + translations.length;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`data:release: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
