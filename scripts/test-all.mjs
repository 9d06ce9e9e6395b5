// `npm test`: type check, lint, unused files and dependencies, build once, then every vitest suite (unit, data, build, browser),
// then the font-sensitive browser tests again with Noto as the system's sans and serif (scripts/noto-fonts.mjs): the
// suite must hold on a machine with only Chromium's fonts and on one with Noto installed. Arguments after `--` are passed
// to the first vitest run, and then the Noto pass is left out (you asked for particular tests).
// Steps run in order and stop at the first failure, naming it. The last line is a plain
// "tests: N passed, N failed, N skipped" summary that any CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// The build is made as a deployment would be: with SITE_URL set (unless you set your own), so the tests check that
// canonical links, embed codes, oEmbed and citations name that origin and no other (tests/build/origins.test.ts).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || 'https://example.org' };
const results = 'node_modules/.cache/vitest-results.json';
const notoResults = 'node_modules/.cache/vitest-results-noto.json';
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(results, { force: true });
rmSync(notoResults, { force: true });
const args = process.argv.slice(2);
/** The tests whose results depend on the system's fonts: embed text is set in the system sans (src/lib/embed.ts). */
const FONT_SENSITIVE = ['tests/browser/embed-heights.test.ts', 'tests/browser/chart-labels.test.ts'];
const steps = [
  ['type check', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['lint', 'eslint', ['.']],
  ['unused files and dependencies', 'knip', []],
  ['build', 'astro', ['build']],
  ['tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...args]],
  ...(args.length
    ? []
    : [['tests with Noto fonts', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${notoResults}`, ...FONT_SENSITIVE], 'noto']]),
];

function summary() {
  const runs = [results, notoResults].filter((f) => existsSync(f)).map((f) => JSON.parse(readFileSync(f, 'utf8')));
  if (!runs.length) return;
  const sum = (k) => runs.reduce((n, r) => n + (r[k] ?? 0), 0);
  console.log(`tests: ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests') + sum('numTodoTests')} skipped`);
}

for (const [name, cmd, stepArgs, fonts] of steps) {
  const stepEnv = { ...env };
  if (fonts === 'noto') {
    const conf = spawnSync('node', ['scripts/noto-fonts.mjs'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (conf.status !== 0) {
      console.error(`\n${name}: could not get Debian's fonts-noto-core (scripts/noto-fonts.mjs exit ${conf.status}).`);
      summary();
      process.exit(1);
    }
    stepEnv.FONTCONFIG_FILE = conf.stdout.trim();
  }
  console.log(`\n=== ${name}: ${cmd} ${stepArgs.join(' ')}${fonts ? ` (FONTCONFIG_FILE=${stepEnv.FONTCONFIG_FILE})` : ''}`);
  const started = Date.now();
  const r = spawnSync(cmd, stepArgs, { stdio: 'inherit', env: stepEnv, shell: false });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.error) {
    console.error(`\n${name} could not start: ${r.error.message}`);
    process.exit(1);
  }
  if (r.status !== 0) {
    console.error(`\n${name} failed (exit ${r.status}) after ${secs}s.`);
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${name} passed in ${secs}s`);
}
summary();
