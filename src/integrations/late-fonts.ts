/**
 * After every build, rewrites each built page so that its web fonts load after the first paint
 * (src/lib/late-fonts.ts). It runs before deploy-headers, which hashes the loader for the CSP.
 */
import type { AstroIntegration } from 'astro';
import { rewritePages } from './rewrite-pages.ts';
import { deferFonts } from '../lib/late-fonts.ts';

export default function lateFonts(): AstroIntegration {
  return rewritePages('late-fonts', deferFonts, (n) => `web fonts load after the first paint on ${n} page(s)`);
}
