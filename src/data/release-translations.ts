/**
 * The dataset translation frozen with each release. A pinned embed in Ukrainian (/uk/embed/v<version>/<id>/) shows a
 * release's values in words from content/data/i18n/releases/<locale>/<version>.json, a byte copy of
 * content/data/i18n/<locale>.json made when the release was (`npm run data:release`), so a later retranslation neither
 * rewords nor removes it. content/data/i18n/releases/SHA256SUMS records each copy's hash; the build's release guard
 * (src/data/release-guard.ts) refuses a copy changed, deleted, unlisted or left from a release that does not exist.
 *
 * The releases made before 3 December 2026 had no frozen translation; their copies are the translation of that day,
 * which is what their pinned Ukrainian embeds showed then.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { listReleases, sha256Hex } from './load.ts';
import { FROZEN_TRANSLATIONS_DIR, TRANSLATED_LOCALES, frozenTranslationPath, translationPath } from './translations.ts';
import type { TranslatedLocale } from './translations.ts';
import type { Problem } from './checks/problem.ts';

export const FROZEN_TRANSLATION_SUMS = `${FROZEN_TRANSLATIONS_DIR}/SHA256SUMS`;

const abs = (path: string): string => resolve(process.cwd(), path);
const exists = (path: string): boolean => existsSync(abs(path));
/** A frozen copy's name in SHA256SUMS: "<locale>/<version>.json". */
const entryName = (locale: TranslatedLocale, version: string): string => `${locale}/${version}.json`;

/** The locales this project translates: those whose working translation file exists (a fixture project has none). */
function projectLocales(): TranslatedLocale[] {
  return TRANSLATED_LOCALES.filter((l) => exists(translationPath(l)));
}

function readSums(): Map<string, string> {
  const out = new Map<string, string>();
  if (!exists(FROZEN_TRANSLATION_SUMS)) return out;
  readFileSync(abs(FROZEN_TRANSLATION_SUMS), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line === '') return;
      const m = /^([0-9a-f]{64}) {2}([a-z]{2}\/[0-9A-Za-z.+-]+\.json)$/.exec(line);
      if (!m) throw new Error(`${FROZEN_TRANSLATION_SUMS}:${i + 1}: not "<sha256 hex>  <locale>/<version>.json"`);
      out.set(m[2]!, m[1]!);
    });
  return out;
}

function writeAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(abs(path)), { recursive: true });
  const tmp = `${abs(path)}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, abs(path));
}

/**
 * Copies today's translation for every release that has no frozen copy yet (a new release; or, once, the releases
 * made before copies existed), never touching an existing copy. SHA256SUMS is written last. Returns what it froze,
 * as "<locale>/<version>.json".
 */
export function freezeMissingTranslations(opts: { dryRun?: boolean } = {}): string[] {
  const sums = readSums();
  const frozen: string[] = [];
  for (const locale of projectLocales()) {
    const bytes = readFileSync(abs(translationPath(locale)));
    for (const version of listReleases()) {
      const path = frozenTranslationPath(locale, version);
      if (exists(path)) continue;
      frozen.push(entryName(locale, version));
      if (opts.dryRun) continue;
      writeAtomic(path, bytes);
      sums.set(entryName(locale, version), sha256Hex(bytes));
    }
  }
  if (!opts.dryRun && frozen.length > 0) {
    writeAtomic(FROZEN_TRANSLATION_SUMS, [...sums].map(([name, hash]) => `${hash}  ${name}\n`).join(''));
  }
  return frozen;
}

/**
 * The build's check: every release has a frozen copy of each translation the project has, listed in SHA256SUMS with
 * its bytes; every listed copy exists; no copy is unlisted or belongs to a release that does not exist.
 */
export function verifyReleaseTranslations(): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, message: string): void => void problems.push({ file, path: '', message });
  let sums: Map<string, string>;
  try {
    sums = readSums();
  } catch (e) {
    return [{ file: FROZEN_TRANSLATION_SUMS, path: '', message: (e as Error).message.replace(`${FROZEN_TRANSLATION_SUMS}:`, 'line ') }];
  }
  const releases = listReleases();
  for (const locale of projectLocales()) {
    for (const version of releases) {
      const path = frozenTranslationPath(locale, version);
      if (!exists(path) && !sums.has(entryName(locale, version))) {
        add(path, `is missing: release ${version}'s ${locale} translation is frozen there (a new release: \`npm run data:release\` freezes it; a deleted copy: restore it with git)`);
      }
    }
  }
  for (const [name, recorded] of sums) {
    const path = `${FROZEN_TRANSLATIONS_DIR}/${name}`;
    if (!exists(path)) {
      add(path, `is listed in ${FROZEN_TRANSLATION_SUMS} but missing: a release's translation never disappears (restore it with git)`);
      continue;
    }
    const actual = sha256Hex(readFileSync(abs(path)));
    if (actual !== recorded) {
      add(path, `changed after release: its sha256 is ${actual}, ${FROZEN_TRANSLATION_SUMS} records ${recorded}; a pinned embed's words never change (restore it with git; retranslate in ${translationPath(name.split('/')[0] as TranslatedLocale)}, which the next release freezes)`);
    }
    const version = name.split('/')[1]!.replace(/\.json$/, '');
    if (!releases.includes(version)) add(path, `is the translation of release ${version}, which does not exist`);
  }
  if (exists(FROZEN_TRANSLATIONS_DIR)) {
    for (const locale of readdirSync(abs(FROZEN_TRANSLATIONS_DIR))) {
      const dir = `${FROZEN_TRANSLATIONS_DIR}/${locale}`;
      if (!statSync(abs(dir)).isDirectory()) {
        if (locale !== 'SHA256SUMS') add(dir, `is not a locale folder; ${FROZEN_TRANSLATIONS_DIR} holds <locale>/<version>.json and SHA256SUMS only`);
        continue;
      }
      for (const file of readdirSync(abs(dir))) {
        if (!sums.has(`${locale}/${file}`)) add(`${dir}/${file}`, `is not listed in ${FROZEN_TRANSLATION_SUMS}; translations are frozen by npm run data:release`);
      }
    }
  }
  return problems;
}
