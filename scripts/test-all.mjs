// `npm test`: type check, build once, then every vitest suite (unit, data, build, browser).
// Steps run in order and stop at the first failure, naming it.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [
  ['type check', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['build', 'astro', ['build']],
  ['tests', 'vitest', ['run', ...process.argv.slice(2)]],
];

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
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${name} passed in ${secs}s`);
}
