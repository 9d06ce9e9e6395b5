// `npm run bench`: builds the site, then prints the build time and the bytes each page costs a reader
// (HTML, CSS, JS, fonts; raw and gzipped). Timings are printed, never asserted.
import { spawnSync } from 'node:child_process';

const started = process.hrtime.bigint();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSecs = Number(process.hrtime.bigint() - started) / 1e9;
if (build.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
// The weight module is TypeScript shared with the budget test; Node 24 runs it directly.
const { builtPages } = await import('../tests/helpers/dist.ts');
const { pageWeight, BUDGETS } = await import('../tests/helpers/weight.ts');

const kb = (n) => (n / 1000).toFixed(1);
const rows = builtPages().map((p) => ({ url: p.url, ...pageWeight(p.url, p.html) }));
console.log(`build: ${buildSecs.toFixed(1)} s, ${rows.length} pages\n`);
console.log('| page | HTML raw | HTML gz | CSS raw | CSS gz | JS raw | JS gz | fonts | total gz |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const total = r.html.gz + r.css.gz + r.js.gz + r.fonts.gz;
  console.log(`| ${r.url} | ${kb(r.html.raw)} | ${kb(r.html.gz)} | ${kb(r.css.raw)} | ${kb(r.css.gz)} | ${kb(r.js.raw)} | ${kb(r.js.gz)} | ${kb(r.fonts.gz)} | ${kb(total)} |`);
}
const max = (k) => Math.max(...rows.map((r) => r[k].gz));
console.log(`\nlargest gz (KB): HTML ${kb(max('html'))} / ${kb(BUDGETS.html)}, CSS ${kb(max('css'))} / ${kb(BUDGETS.css)}, JS ${kb(max('js'))} / ${kb(BUDGETS.js)}, fonts ${kb(max('fonts'))} / ${kb(BUDGETS.fonts)}`);
