/**
 * After every build, rewrites each built page so that its module scripts load after the first paint
 * (src/lib/late-modules.ts). It runs before deploy-headers, which hashes the loader for the CSP.
 */
import type { AstroIntegration } from 'astro';
import { rewritePages } from './rewrite-pages.ts';
import { deferModules } from '../lib/late-modules.ts';

export default function lateModules(): AstroIntegration {
  return rewritePages('late-modules', deferModules, (n) => `module scripts load after the first paint on ${n} page(s)`);
}
