import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/helpers/server.ts';
import { findChromium } from '../tests/helpers/chromium.ts';
const server = await serveDist();
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const [path, cats] of [['/embed/placement-map/', ['best-practices']], ['/chapters/filtration/', ['performance']]] as const) {
  const r = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...cats] });
  const lhr = r!.lhr;
  for (const cat of cats) for (const ref of lhr.categories[cat]!.auditRefs) {
    const a = lhr.audits[ref.id]!;
    if (a.score !== null && a.score < 0.9 && ref.weight > 0) console.log(path, ref.id, a.score, a.displayValue ?? '', (a.details as any)?.items?.[0] ? JSON.stringify((a.details as any).items[0]).slice(0, 200) : '');
  }
  if (cats.includes('performance' as never)) for (const id of ['first-contentful-paint','largest-contentful-paint','total-blocking-time','cumulative-layout-shift','speed-index']) console.log(id, lhr.audits[id]!.displayValue, lhr.audits[id]!.score);
}
chrome.kill(); await server.close();
