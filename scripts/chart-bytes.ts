// `node scripts/chart-bytes.ts [checkout]`: the gzipped bytes of every chart's SVG per width variant, for the
// working dataset, as a Markdown table. Run before and after a chart change to compare (the budget test
// checks whole pages; this shows which chart moved). The optional argument renders another checkout's charts.
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? '.');
process.chdir(root);
const load = (p: string) => import(pathToFileURL(resolve(root, p)).href);
const { CHARTS } = await load('src/charts/index.ts');
const { latestDataset } = await load('src/data/load.ts');
const { renderChart } = await load('src/charts/render.ts');

const ds = latestDataset();
console.log('| chart | width | SVG bytes | gzipped |');
console.log('|---|---:|---:|---:|');
for (const chart of CHARTS) {
  const r = renderChart(chart, ds, 'en');
  for (const v of r.variants as Array<{ width: number; svg: string }>) {
    console.log(`| ${chart.id} | ${v.width} | ${Buffer.byteLength(v.svg)} | ${gzipSync(v.svg, { level: 9 }).length} |`);
  }
}
