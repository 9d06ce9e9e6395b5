/**
 * /og.png: the link-preview image (1200×630) for every page: the site's name,
 * its tagline and the headline figure, drawn from the dataset at build time.
 */
import type { APIRoute } from 'astro';
import { svgToPng } from '../charts/files.ts';
import { esc } from '../charts/dom.ts';
import { PALETTE } from '../charts/palette.ts';
import { latestDataset } from '../data/load.ts';
import { figure, isRange } from '../data/query.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = () => {
  const f = figure(latestDataset(), 'deported-verified');
  const n = isRange(f) ? `${formatNumber(f.low, 'en')}–${formatNumber(f.high, 'en')}` : formatNumber(f.value, 'en');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Source Sans 3">` +
    `<rect width="1200" height="630" fill="${PALETTE.bg.light}"/><rect width="1200" height="14" fill="#a3271b"/>` +
    `<text x="80" y="130" font-size="44" font-weight="700" fill="${PALETTE.text.light}">${esc(SITE.name)}</text>` +
    `<text x="80" y="185" font-size="30" fill="${PALETTE.muted.light}">${esc(SITE.tagline)}</text>` +
    `<text x="80" y="390" font-size="150" font-weight="700" fill="${PALETTE.verified.light}">${esc(n)}</text>` +
    `<text x="80" y="450" font-size="34" fill="${PALETTE.text.light}">children counted as deported or forcibly transferred</text>` +
    `<text x="80" y="500" font-size="26" fill="${PALETTE.muted.light}">${esc(`Ukraine's government's count of individual cases, as of ${formatDate(f.as_of, 'en')}`)}</text>` +
    `</svg>`;
  return new Response(new Uint8Array(svgToPng(svg, 1).png), { headers: { 'Content-Type': 'image/png' } });
};
