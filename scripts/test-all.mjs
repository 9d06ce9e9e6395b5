// `npm test`: type check, lint, unused files and dependencies, build once, then every vitest suite (unit, data, build, browser).
// Steps run in order and stop at the first failure, naming it. The last line is a plain
// "tests: N passed, N failed, N skipped" summary that any CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// The build is made as a deployment would be: with SITE_URL set (unless you set your own), so the tests check that
// canonical links, embed codes, oEmbed and citations name that origin and no other (tests/build/origins.test.ts).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || 'https://example.org' };
const results = 'node_modules/.cache/vitest-results.json';
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(results, { force: true });
const steps = [
  ['type check', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['lint', 'eslint', ['.']],
  ['unused files and dependencies', 'knip', []],
  ['build', 'astro', ['build']],
  ['tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)]],
];

function summary() {
  if (!existsSync(results)) return;
  const r = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
}

for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: false });
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
