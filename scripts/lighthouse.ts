// `npm run lighthouse`: builds nothing; serves the built dist/ on 127.0.0.1 and prints Lighthouse (mobile)
// scores for the landing page, a chapter and an embed. Scores are timings and vary by machine, so they are
// printed here, never asserted in tests (targets in docs/design.md §4).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/helpers/server.ts';
import { findChromium } from '../tests/helpers/chromium.ts';
import { assertBuilt } from '../tests/helpers/dist.ts';

assertBuilt();
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length ? paths : ['/', '/chapters/filtration/', '/embed/placement-map/'];
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('|---|---:|---:|---:|---:|');
try {
  for (const path of targets) {
    const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = result?.lhr.categories;
    const s = (k: string) => (c?.[k]?.score == null ? 'n/a' : String(Math.round(c[k]!.score! * 100)));
    console.log(`| ${path} | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} |`);
  }
} finally {
  chrome.kill();
  await server.close();
}
