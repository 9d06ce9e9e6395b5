/**
 * `npm run data:check -- <path>`: validates a dataset file and says either
 * `ok <version>: N sources, N figures, …` (exit 0) or every problem, one a
 * line, as `<file>: <JSON path>: <what is wrong>` (exit 1). Usage errors exit 2.
 * Never a stack trace: whoever runs this is editing data, not debugging code.
 *
 * For the working dataset (content/data/dataset.json) it also checks its
 * translations in content/data/i18n/ and says `ok uk: N fields (…)` for each;
 * `--translation <file>` checks a translation file (its locale is its name,
 * uk.json → uk) against the dataset given.
 *
 * A dataset the site would draw from (the working dataset's version or newer:
 * a copy of it, a release candidate) must also drive the site: a chart's
 * figure missing, emptied collections or an id a chapter cites fail it. Older
 * datasets (frozen releases, test fixtures) only feed what they can draw, so
 * they are not held to today's chapters.
 */
import { resolve } from 'node:path';
import { readDataset } from '../src/data/load.ts';
import { formatProblem } from '../src/data/checks/problem.ts';
import { isLegacyVersion } from '../src/data/legacy-v1.ts';
import { LATEST_PATH } from '../src/data/load.ts';
import { readTranslation, TRANSLATED_LOCALES, translationPath } from '../src/data/translations.ts';
import type { CheckResult } from '../src/data/translation-check.ts';
import { siteNeedProblems } from '../src/lib/site-needs.ts';
import { compareVersions } from '../src/data/version.ts';
import { readFileSync } from 'node:fs';

const USAGE = 'usage: npm run data:check -- <path/to/dataset.json>';
const HELP = `${USAGE} [--translation <path/to/<locale>.json>]`;

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** `ok uk: 412 fields (dataset 2, units 40, figures 200, …)` or the problems on stderr; true when ok. */
function reportTranslation(locale: string, r: CheckResult): boolean {
  if (!r.ok) {
    for (const p of r.problems) console.error(formatProblem(p));
    return false;
  }
  const parts = Object.entries(r.fields).map(([table, n]) => `${table} ${n}`);
  const total = Object.values(r.fields).reduce((a, b) => a + b, 0);
  console.log(`ok ${locale}: ${count(total, 'field')} translated (${parts.join(', ')})`);
  return true;
}

/** True for the working dataset's version or newer; false when there is no working dataset to compare with. */
function drivesTheSite(version: string): boolean {
  try {
    const working = (JSON.parse(readFileSync(LATEST_PATH, 'utf8')) as { version?: unknown }).version;
    return typeof working === 'string' && compareVersions(version, working) >= 0;
  } catch {
    return false;
  }
}

function main(argv: readonly string[]): number {
  let args = argv.filter((a) => a !== '--');
  let translation: string | undefined;
  const at = args.indexOf('--translation');
  if (at >= 0) {
    translation = args[at + 1];
    if (translation === undefined || translation.startsWith('-')) {
      console.error(`data-check: --translation needs a file (${HELP})`);
      return 2;
    }
    args = [...args.slice(0, at), ...args.slice(at + 2)];
  }
  if (args.includes('-h') || args.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) {
    console.error(`data-check: unknown option ${unknown} (${USAGE})`);
    return 2;
  }
  if (args.length !== 1) {
    console.error(args.length === 0 ? `data-check: missing argument: the dataset file to check (${USAGE})` : `data-check: expected one file, got ${args.length} (${USAGE})`);
    return 2;
  }
  const file = args[0]!;
  // `npm run` starts scripts in the project root; INIT_CWD is where the user typed
  // the command, so a path relative to their shell still means what they meant.
  const base = process.env['INIT_CWD'] ?? process.cwd();
  const abs = resolve(base, file);
  const result = readDataset(abs, { file });
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    return 1;
  }
  const d = result.data;
  const needs = drivesTheSite(d.version) ? siteNeedProblems(d) : [];
  if (needs.length > 0) {
    for (const n of needs) console.error(`${file}: the site needs: ${n}`);
    return 1;
  }
  const legacy = isLegacyVersion(d) ? ' (a 1.x release, read with the 1.x schema; status shown as method and producer)' : '';
  console.log(
    `ok ${d.version}${legacy}: ${count(d.sources.length, 'source')}, ${count(d.figures.length, 'figure')}, ` +
      `${count(d.series.length, 'series', 'series')}, ${count(d.events.length, 'event')}, ${count(d.places.length, 'place')}`,
  );
  let ok = true;
  if (translation !== undefined) {
    const locale = /([a-z]{2})\.json$/.exec(translation)?.[1] ?? '';
    ok = reportTranslation(locale, readTranslation(resolve(base, translation), d, { locale, file: translation }));
  } else if (abs === resolve(process.cwd(), LATEST_PATH)) {
    for (const locale of TRANSLATED_LOCALES) {
      ok = reportTranslation(locale, readTranslation(translationPath(locale), d, { locale })) && ok;
    }
  }
  return ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`data-check: internal error: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
