/**
 * The rules that keep releases immutable and the site honest about its data,
 * run by every `astro build` (src/integrations/data-guard.ts) and by the tests:
 *
 * 1. Every frozen release matches its SHA-256 in checksums.json, and every
 *    checksum has its file (verifyReleases); every release's published CSV
 *    tables and datapackage.json are frozen in its folder and match its
 *    SHA256SUMS (verifyReleaseFiles, src/data/release-files.ts); every release's
 *    dataset translation is frozen in content/data/i18n/releases/ and matches
 *    its SHA256SUMS (verifyReleaseTranslations, src/data/release-translations.ts).
 * 2. Every version the CHANGELOG names is frozen, and every frozen release has
 *    a CHANGELOG entry dated with its `released` date; release dates never go
 *    backwards as versions go up (so a release cannot be slipped in later
 *    between two others).
 * 3. Where git history is available: a release file (or a file frozen in a
 *    release's folder) that was ever committed still exists, and none was ever modified after it was added. This catches
 *    a release deleted together with its checksum and its CHANGELOG entry.
 * 4. The working dataset is either byte-identical to the release of its
 *    version, or carries a newer version that is not released yet (a preview,
 *    which `npm test` refuses to land). An edit published under an existing
 *    version's label fails, naming the release and the first differing path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  LATEST_PATH,
  RELEASES_DIR,
  compareVersions,
  listReleases,
  loadDatasetFile,
  readReleaseBytes,
  releasePath,
  verifyReleases,
  DatasetError,
} from './load.ts';
import { jsonPath } from './checks/problem.ts';
import { verifyReleaseFiles } from './release-files.ts';
import { verifyReleaseTranslations } from './release-translations.ts';
import type { Problem } from './checks/problem.ts';

export const CHANGELOG_PATH = 'content/data/CHANGELOG.md';

export interface ChangelogEntry {
  version: string;
  /** The date in the heading, YYYY-MM-DD, or null when the heading has none. */
  date: string | null;
  line: number;
}

/** `## 1.1.1 — 2026-11-22` headings, in file order. */
export function changelogEntries(text: string): ChangelogEntry[] {
  const out: ChangelogEntry[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^##\s+v?(\d+\.\d+\.\d+)\b(.*)$/.exec(line);
    if (m) out.push({ version: m[1]!, date: /\b(\d{4}-\d{2}-\d{2})\b/.exec(m[2]!)?.[1] ?? null, line: i + 1 });
  });
  return out;
}

/** The first JSON path at which two parsed documents differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, keys: PropertyKey[] = []): string | null {
  // Iterative, so a pathological document cannot overflow the stack.
  const stack: [unknown, unknown, PropertyKey[]][] = [[a, b, keys]];
  while (stack.length > 0) {
    const [x, y, k] = stack.pop()!;
    if (Object.is(x, y)) continue;
    const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    if (kind(x) !== kind(y) || (kind(x) !== 'array' && kind(x) !== 'object')) return jsonPath(k);
    const next: [unknown, unknown, PropertyKey[]][] = [];
    if (Array.isArray(x) && Array.isArray(y)) {
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if (i >= x.length || i >= y.length) return jsonPath([...k, i]);
        next.push([x[i], y[i], [...k, i]]);
      }
    } else {
      const ox = x as Record<string, unknown>;
      const oy = y as Record<string, unknown>;
      const names = [...new Set([...Object.keys(ox), ...Object.keys(oy)])];
      for (const name of names) {
        if (!Object.hasOwn(ox, name) || !Object.hasOwn(oy, name)) return jsonPath([...k, name]);
        next.push([ox[name], oy[name], [...k, name]]);
      }
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return null;
}

/** The line where two texts first differ (for a difference in layout only). */
function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}

function problem(file: string, message: string, path = ''): Problem {
  return { file, path, message };
}

/** Rule 2: the CHANGELOG and the frozen releases name the same versions, with the same dates. */
function changelogProblems(releases: string[], working: string | null): Problem[] {
  const abs = resolve(process.cwd(), CHANGELOG_PATH);
  if (!existsSync(abs)) return releases.length > 0 ? [problem(CHANGELOG_PATH, 'is missing; every release needs an entry')] : [];
  const entries = changelogEntries(readFileSync(abs, 'utf8'));
  const problems: Problem[] = [];
  const named = new Map(entries.map((e) => [e.version, e]));
  for (const e of entries) {
    if (releases.includes(e.version)) continue;
    if (e.version === working) continue; // the entry for the version being prepared
    problems.push(
      problem(
        CHANGELOG_PATH,
        `line ${e.line} names version ${e.version}, but ${RELEASES_DIR}/${e.version}.json does not exist; a published release never disappears (restore the file and its checksum from git)`,
      ),
    );
  }
  let previous: { version: string; released: string } | null = null;
  for (const version of releases) {
    const file = releasePath(version);
    const entry = named.get(version);
    let released: string | null = null;
    try {
      released = loadDatasetFile(file).released;
    } catch (e) {
      if (e instanceof DatasetError) problems.push(...e.problems);
      else throw e;
    }
    if (!entry) problems.push(problem(file, `has no "## ${version} — <date>" entry in ${CHANGELOG_PATH}; every release says what changed`));
    else if (released && entry.date !== released) {
      problems.push(problem(CHANGELOG_PATH, `line ${entry.line}: the entry for ${version} is dated ${entry.date ?? '(no date)'}, but the release says released ${released}`));
    }
    if (released && previous && released < previous.released) {
      problems.push(
        problem(file, `released ${released}, before ${previous.version} (released ${previous.released}); a release cannot be added later below an existing one`, '$.released'),
      );
    }
    if (released) previous = { version, released };
  }
  return problems;
}

function git(args: string[]): Buffer | null {
  try {
    return execFileSync('git', args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

/**
 * Rule 3, from git history: every release file (and every file frozen in a
 * release's folder) ever committed still exists, with the bytes it had in the
 * commit that first added it. Without git (a
 * tarball) this finds nothing, and rules 1, 2 and 4 still hold.
 */
export function gitHistoryProblems(): Problem[] {
  const log = git(['log', '--format=commit %H', '--diff-filter=A', '--name-only', '--no-renames', '--', `${RELEASES_DIR}/`]);
  if (!log) return [];
  const added = new Map<string, string>(); // path → the oldest commit that added it
  let commit = '';
  for (const line of log.toString('utf8').split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7);
    // A release file, or a file frozen in its folder (CSV tables, datapackage.json, SHA256SUMS); newest first: the last one wins.
    else if (/^content\/data\/releases\/\d+\.\d+\.\d+(\.json|\/[^/]+)$/.test(line)) added.set(line, commit);
  }
  const problems: Problem[] = [];
  for (const [path, sha] of added) {
    const abs = resolve(process.cwd(), path);
    if (!existsSync(abs)) {
      problems.push(problem(path, `was released in commit ${sha.slice(0, 10)} and is now missing; a published release never disappears (restore it with git)`));
      continue;
    }
    const original = git(['show', `${sha}:${path}`]);
    if (original && !original.equals(readFileSync(abs))) {
      problems.push(
        problem(path, `differs from the file released in commit ${sha.slice(0, 10)}; a published release never changes (restore it with git, and publish a new version instead)`),
      );
    }
  }
  return problems;
}

/**
 * How much of rule 3 can hold here: 'full' git history, a 'shallow' clone
 * (CI checkouts often fetch one commit: a release deleted in an earlier commit
 * together with its checksum and CHANGELOG entry is then invisible), or 'none'
 * (no git: a tarball). The build says so, rather than pass in silence.
 */
export type HistoryState = 'full' | 'shallow' | 'none';

function gitHistoryState(): HistoryState {
  const out = git(['rev-parse', '--is-shallow-repository']);
  if (!out) return 'none';
  return out.toString('utf8').trim() === 'true' ? 'shallow' : 'full';
}

export function historyWarning(state: HistoryState): string | null {
  if (state === 'full') return null;
  return (
    `${state === 'shallow' ? 'a shallow git clone' : 'no git history'}: a release deleted or rewritten in an earlier commit ` +
    'together with its checksum and CHANGELOG entry cannot be noticed here; build and test from a full clone (git fetch --unshallow)'
  );
}

export interface WorkingState {
  /** The working dataset's version. */
  version: string;
  /** True when that version has no frozen release yet (a preview build). */
  unreleased: boolean;
}

/** Rule 4: the working dataset against the releases. */
function workingProblems(releases: string[], allowPreview: boolean): { problems: Problem[]; state: WorkingState | null } {
  let version: string;
  try {
    version = loadDatasetFile(LATEST_PATH).version;
  } catch (e) {
    if (e instanceof DatasetError) return { problems: [...e.problems], state: null };
    throw e;
  }
  const frozen = readReleaseBytes(version);
  if (frozen) {
    const working = readFileSync(resolve(process.cwd(), LATEST_PATH));
    if (working.equals(frozen)) return { problems: [], state: { version, unreleased: false } };
    const a = frozen.toString('utf8');
    const b = working.toString('utf8');
    let where: string;
    try {
      const path = firstDifference(JSON.parse(a), JSON.parse(b));
      where = path ? `first difference at ${path}` : `same data, different layout from line ${firstDifferentLine(a, b)}`;
    } catch {
      where = `first difference at line ${firstDifferentLine(a, b)}`;
    }
    return {
      problems: [
        problem(
          LATEST_PATH,
          `differs from the frozen release ${version} (${releasePath(version)}): ${where}. ` +
            'Its data would be published under the label of a release it does not match: bump "version" ' +
            '(patch for a correction, minor for added data), add a CHANGELOG entry, then `npm run data:release`',
        ),
      ],
      state: { version, unreleased: false },
    };
  }
  const latest = releases.at(-1);
  if (latest !== undefined && compareVersions(version, latest) < 0) {
    return {
      problems: [problem(LATEST_PATH, `version ${version} is older than the latest release ${latest} and is not itself released; bump "version"`, '$.version')],
      state: { version, unreleased: true },
    };
  }
  if (!allowPreview) {
    return {
      problems: [
        problem(
          LATEST_PATH,
          `version ${version} is not released yet (${releasePath(version)} does not exist): add its CHANGELOG entry and run \`npm run data:release\``,
          '$.version',
        ),
      ],
      state: { version, unreleased: true },
    };
  }
  return { problems: [], state: { version, unreleased: true } };
}

export interface GuardOptions {
  /** Accept a working dataset with a new, unreleased version (a local preview build). */
  allowPreview: boolean;
  /** Consult git history (rule 3); on by default. */
  git?: boolean;
}

export interface GuardResult {
  problems: Problem[];
  working: WorkingState | null;
  /** Whether rule 3 could see the whole history (git option on); 'none' when it was not consulted. */
  history: HistoryState;
}

/** All four rules; `problems` is empty when everything holds. Paths are relative to process.cwd(). */
export function guardReleases(opts: GuardOptions): GuardResult {
  const problems: Problem[] = [...verifyReleases(), ...verifyReleaseFiles(), ...verifyReleaseTranslations()];
  const releases = listReleases();
  const { problems: wp, state } = workingProblems(releases, opts.allowPreview);
  const working = state?.unreleased ? state.version : null;
  problems.push(...changelogProblems(releases, working));
  const history = opts.git !== false ? gitHistoryState() : 'none';
  if (history !== 'none') problems.push(...gitHistoryProblems());
  problems.push(...wp);
  if (releases.length === 0 && !problems.length && state) {
    problems.push(problem(RELEASES_DIR, 'has no release; run `npm run data:release`'));
  }
  return { problems, working: state, history };
}
