// `npm run shots -- /path/ [/other/ ...]`: serves dist/ and saves full-page screenshots at 320 and 1280 px,
// light and dark, plus a print PDF, into .shots/ for a person to look at. A tool, not a test.
// SLICE=1 also cuts each full page into screen-high slices (…-s0.png, -s1.png …), since a long page
// shrunk to one image is unreadable. SELECTOR='figure.chart' shoots only matching elements.
import { mkdirSync } from 'node:fs';
import { serveDist } from '../tests/helpers/server.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const out = '.shots';
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
for (const path of paths.length ? paths : ['/']) {
  const slug = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, deviceScaleFactor: 1 });
      const page = await ctx.newPage();
      // Long pages on a busy machine need more than Playwright's default 30 s.
      page.setDefaultTimeout(180_000);
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const file = `${out}/${slug}-${width}-${theme}.png`;
      if (process.env.SELECTOR) {
        const els = await page.locator(process.env.SELECTOR).all();
        for (const [i, el] of els.entries()) {
          await el.screenshot({ path: `${out}/${slug}-${width}-${theme}-el${i}.png` });
          console.log(`${out}/${slug}-${width}-${theme}-el${i}.png`);
        }
        await ctx.close();
        continue;
      }
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      if (process.env.SLICE) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const step = width < 600 ? 1400 : 1100;
        for (let y = 0, i = 0; y < height; y += step, i++) {
          await page.screenshot({ path: `${out}/${slug}-${width}-${theme}-s${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
        }
      }
      await ctx.close();
    }
  }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.pdf({ path: `${out}/${slug}.pdf`, format: 'A4', printBackground: true });
  console.log(`${out}/${slug}.pdf`);
  await ctx.close();
}
await browser.close();
await server.close();
