/**
 * Reads dataset files from disk at build time. This is the ONLY module that
 * reads dataset JSON: Astro pages, charts and scripts call it and get a
 * validated, typed Dataset or a DatasetError that lists every problem as
 * `<file>: <JSON path>: <what is wrong>`, one a line, so a bad dataset stops
 * the build with a message that says where to look.
 *
 * Paths are resolved from process.cwd(), which is the project root in Astro,
 * vitest and the npm scripts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from './schema.ts';
import { Version } from './schema.ts';
import { ProblemsError } from './checks/problem.ts';
import type { Problem } from './checks/problem.ts';
import { jsonPath } from './checks/problem.ts';
import { scanJson } from './checks/json-syntax.ts';
import { capProblems } from './checks/cap.ts';
import { validateDataset } from './validate.ts';
import { compareVersions } from './version.ts';
import { translationProblems, translationStamp } from './translations.ts';
import { markRelease } from './release-origin.ts';

/** Larger than any plausible dataset (ours is well under 1 MB); refuse before reading so a wrong file cannot exhaust memory. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

export const LATEST_PATH = 'content/data/dataset.json';
export const RELEASES_DIR = 'content/data/releases';
export const CHECKSUMS_PATH = `${RELEASES_DIR}/checksums.json`;

/** A dataset that cannot be used; `problems` has the details, the message has them one a line. */
export class DatasetError extends ProblemsError {
  override readonly name = 'DatasetError';
}

export type ReadResult = { ok: true; data: Dataset; bytes: Buffer } | { ok: false; problems: Problem[] };

export interface ReadOptions {
  /** YYYY-MM-DD for the "not in the future" rules; defaults to today (UTC). */
  today?: string;
  /** The name to report in problems; defaults to `path` as given. */
  file?: string;
}

function fileProblem(file: string, message: string): ReadResult {
  return { ok: false, problems: [{ file, path: '', message }] };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads and validates one dataset file without throwing: for the CLI, the
 * release script and loadDatasetFile. `path` is reported as given.
 */
export function readDataset(path: string, opts: ReadOptions = {}): ReadResult {
  const file = opts.file ?? path;
  const abs = resolve(process.cwd(), path);
  let size: number;
  try {
    const stat = statSync(abs);
    if (stat.isDirectory()) return fileProblem(file, 'is a directory, not a dataset file');
    if (!stat.isFile()) return fileProblem(file, 'is not a regular file');
    size = stat.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fileProblem(file, `file not found (looked for ${abs})`);
    if (code === 'EACCES') return fileProblem(file, 'cannot read the file: permission denied');
    if (code === 'ENOTDIR') return fileProblem(file, 'file not found: a parent of this path is not a directory');
    return fileProblem(file, `cannot read the file: ${(e as Error).message}`);
  }
  if (size === 0) return fileProblem(file, 'file is empty (0 bytes); expected a JSON dataset');
  if (size > MAX_DATASET_BYTES) {
    return fileProblem(file, `file is ${megabytes(size)}, over the ${megabytes(MAX_DATASET_BYTES)} limit for a dataset file; not read`);
  }

  let bytes: Buffer;
  let text: string;
  try {
    bytes = readFileSync(abs);
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    if (e instanceof TypeError) return fileProblem(file, 'file is not valid UTF-8 text');
    return fileProblem(file, `cannot read the file: ${(e as Error).message}`);
  }
  // RFC 8259 forbids a byte-order mark in JSON text, and JSON.parse rejects one.
  if (text.startsWith('\uFEFF')) return fileProblem(file, 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  if (text.trim() === '') return fileProblem(file, 'file is empty (only whitespace); expected a JSON dataset');

  // The strict scan first: it locates syntax errors and refuses absurd nesting
  // before anything recursive (JSON.parse's consumers, zod, the scans) sees the text.
  const scan = scanJson(text);
  if (scan.error) return fileProblem(file, `invalid JSON at line ${scan.error.line}, column ${scan.error.column}: ${scan.error.message}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fileProblem(file, `invalid JSON: ${(e as Error).message}`);
  }

  const result = validateDataset(raw, { file, ...(opts.today ? { today: opts.today } : {}) });
  // JSON.parse keeps the last of two equal keys and drops the other without a word,
  // and silently rounds numbers it cannot hold.
  const located: Problem[] = [
    ...scan.duplicates.map((d) => ({
      file,
      path: jsonPath(d.keys),
      message: `key ${JSON.stringify(String(d.keys[d.keys.length - 1]))} appears twice in the same object; JSON keeps only the last`,
    })),
    ...scan.numbers.map((x) => ({ file, path: jsonPath(x.keys), message: x.message })),
  ];
  if (!result.ok || located.length > 0) {
    return { ok: false, problems: capProblems([...located, ...(result.ok ? [] : result.problems)]) };
  }
  return { ok: true, data: result.data, bytes };
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  data: Dataset;
}
/** Per absolute path; an entry is reused only while the file's mtime and size are unchanged, so `astro dev` sees edits. */
const cache = new Map<string, CacheEntry>();

/** Reads, validates and caches a dataset file; throws DatasetError listing every problem. */
export function loadDatasetFile(path: string): Dataset {
  const abs = resolve(process.cwd(), path);
  let stamp: { mtimeMs: number; size: number } | undefined;
  try {
    stamp = statSync(abs);
  } catch {
    stamp = undefined; // readDataset reports the missing file
  }
  const hit = cache.get(abs);
  if (hit && stamp && hit.mtimeMs === stamp.mtimeMs && hit.size === stamp.size) return hit.data;
  const result = readDataset(path);
  if (!result.ok) throw new DatasetError(result.problems);
  if (stamp) cache.set(abs, { mtimeMs: stamp.mtimeMs, size: stamp.size, data: result.data });
  return result.data;
}

/** For each working dataset, the translation files' stamp it was last checked against (so `astro dev` rechecks an edited translation). */
const translated = new WeakMap<Dataset, string>();

/**
 * The working dataset, content/data/dataset.json (what /data/dataset.json
 * publishes). Its translations (content/data/i18n/<locale>.json) are checked
 * against it here, so a malformed or incomplete translation stops the build.
 */
export function latestDataset(): Dataset {
  const ds = loadDatasetFile(LATEST_PATH);
  const stamp = translationStamp();
  if (translated.get(ds) !== stamp) {
    const problems = translationProblems(ds);
    if (problems.length > 0) throw new DatasetError(problems);
    translated.set(ds, stamp);
  }
  return ds;
}

function checkVersion(version: string): void {
  if (!Version.safeParse(version).success) {
    throw new DatasetError([{ file: RELEASES_DIR, path: '', message: `${JSON.stringify(version)} is not a release version like 1.0.0` }]);
  }
}

/** Where a release is frozen: content/data/releases/<version>.json. */
export function releasePath(version: string): string {
  checkVersion(version);
  return `${RELEASES_DIR}/${version}.json`;
}

/** A frozen release; its `version` field must match its file name. */
export function loadRelease(version: string): Dataset {
  const path = releasePath(version);
  const data = loadDatasetFile(path);
  if (data.version !== version) {
    throw new DatasetError([{ file: path, path: '$.version', message: `release file for ${version} says version ${JSON.stringify(data.version)}` }]);
  }
  markRelease(data, version);
  return data;
}

export { compareVersions } from './version.ts';

/** The versions in content/data/releases/, oldest first; [] when there are none or the folder is missing. */
export function listReleases(): string[] {
  let names: string[];
  try {
    names = readdirSync(resolve(process.cwd(), RELEASES_DIR));
  } catch {
    return [];
  }
  return names
    .map((name) => /^(.+)\.json$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined && Version.safeParse(v).success)
    .sort(compareVersions);
}

/** The exact bytes of a release file, or null if it does not exist (the release script compares bytes, never re-serialises). */
export function readReleaseBytes(version: string): Buffer | null {
  try {
    return readFileSync(resolve(process.cwd(), releasePath(version)));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** content/data/releases/checksums.json: {"1.0.0": "<sha256 hex>"}; {} when missing. Throws on a malformed file. */
export function readChecksums(): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(resolve(process.cwd(), CHECKSUMS_PATH), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError([{ file: CHECKSUMS_PATH, path: '', message: `invalid JSON: ${(e as Error).message}` }]);
  }
  const problems: Problem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file: CHECKSUMS_PATH, path: '$', message: 'expected an object {"<version>": "<sha256 hex>"}' });
  } else {
    for (const [version, hash] of Object.entries(raw)) {
      if (!Version.safeParse(version).success) problems.push({ file: CHECKSUMS_PATH, path: jsonPath([version]), message: 'key is not a release version like 1.0.0' });
      if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) problems.push({ file: CHECKSUMS_PATH, path: jsonPath([version]), message: 'expected a SHA-256 digest as 64 lower-case hex digits' });
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return raw as Record<string, string>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks the releases folder against checksums.json: every release file is
 * listed and unchanged, every listed release exists, and nothing else named
 * *.json sits there. [] when all is well, including when there are no releases.
 */
export function verifyReleases(): Problem[] {
  let sums: Record<string, string>;
  try {
    sums = readChecksums();
  } catch (e) {
    if (e instanceof DatasetError) return [...e.problems];
    throw e;
  }
  const problems: Problem[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(resolve(process.cwd(), RELEASES_DIR));
  } catch {
    names = [];
  }
  for (const name of names) {
    if (name.endsWith('.json') && name !== 'checksums.json' && !Version.safeParse(name.slice(0, -5)).success) {
      problems.push({ file: `${RELEASES_DIR}/${name}`, path: '', message: 'not a release file name (<version>.json, e.g. 1.0.0.json)' });
    }
  }
  for (const version of listReleases()) {
    const file = releasePath(version);
    const bytes = readReleaseBytes(version);
    const recorded = sums[version];
    if (!bytes) continue;
    if (recorded === undefined) {
      problems.push({ file, path: '', message: `not listed in ${CHECKSUMS_PATH}; releases are made with npm run data:release` });
    } else if (sha256Hex(bytes) !== recorded) {
      problems.push({ file, path: '', message: `changed after release: its sha256 is ${sha256Hex(bytes)}, ${CHECKSUMS_PATH} records ${recorded}; releases are immutable (restore it from git, and publish a new version instead)` });
    }
  }
  for (const version of Object.keys(sums)) {
    if (readReleaseBytes(version) === null) {
      problems.push({ file: CHECKSUMS_PATH, path: jsonPath([version]), message: `lists release ${version}, but ${RELEASES_DIR}/${version}.json does not exist` });
    }
  }
  return problems;
}
