// `npm run lighthouse`: builds nothing; serves the built dist/ on 127.0.0.1, gzipped as any host serves it, and prints
// Lighthouse (mobile) scores, Largest Contentful Paint and bytes sent for the landing page, every chapter and an embed
// in each language (or the paths given). Scores are timings and vary by machine, so they are printed here, never
// asserted in tests (targets in docs/design.md §4: performance 100, a chapter's LCP at most 1.2 s).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/helpers/server.ts';
import { findChromium } from '../tests/helpers/chromium.ts';
import { assertBuilt } from '../tests/helpers/dist.ts';

assertBuilt();
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const CHAPTERS = ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations'];
const targets = paths.length
  ? paths
  : ['', '/uk'].flatMap((p) => [`${p}/`, ...CHAPTERS.map((c) => `${p}/chapters/${c}/`), `${p}/embed/placement-map/`]);
const server = await serveDist({ compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log('| page | performance | LCP (s) | KB sent | accessibility | best practices | SEO |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
try {
  for (const path of targets) {
    const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = result?.lhr.categories;
    const s = (k: string) => (c?.[k]?.score == null ? 'n/a' : String(Math.round(c[k]!.score! * 100)));
    const a = result?.lhr.audits;
    const lcp = a?.['largest-contentful-paint']?.numericValue;
    const bytes = a?.['total-byte-weight']?.numericValue;
    const lcpS = lcp == null ? 'n/a' : (lcp / 1000).toFixed(2);
    const kb = bytes == null ? 'n/a' : (bytes / 1024).toFixed(1);
    console.log(`| ${path} | ${s('performance')} | ${lcpS} | ${kb} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} |`);
  }
} finally {
  chrome.kill();
  await server.close();
}
