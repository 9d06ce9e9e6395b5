// The translation frozen with each release (src/data/release-translations.ts): a pinned Ukrainian embed keeps the words
// it was published with. Each case runs in a scratch copy of content/data, since it edits and deletes frozen files.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FROZEN_TRANSLATION_SUMS, freezeMissingTranslations, verifyReleaseTranslations } from '../../src/data/release-translations.ts';
import { frozenTranslationPath, localizeDataset, translationPath } from '../../src/data/translations.ts';
import { latestDataset, listReleases, loadRelease } from '../../src/data/load.ts';
import { guardReleases } from '../../src/data/release-guard.ts';
import { ROOT } from './fixture.ts';

let dir: string;
const home = process.cwd();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-translations-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => process.chdir(home));

let n = 0;
/** A scratch project holding a copy of this repository's content/data, as the current directory. */
function project(): string {
  const root = join(dir, `p${n++}`);
  cpSync(join(ROOT, 'content/data'), join(root, 'content/data'), { recursive: true });
  process.chdir(root);
  return root;
}
const messages = () => verifyReleaseTranslations().map((p) => `${p.file}: ${p.message}`);

describe('frozen release translations', () => {
  it('every release of this repository has its Ukrainian translation frozen and unchanged', () => {
    project();
    expect(messages()).toEqual([]);
    for (const v of listReleases()) expect(readFileSync(frozenTranslationPath('uk', v)).length, v).toBeGreaterThan(1000);
  });

  it('refuses a frozen translation edited, deleted, unlisted, or left from a release that does not exist', () => {
    project();
    const edited = frozenTranslationPath('uk', '2.0.0');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('"label": "', '"label": "Змінено: '));
    unlinkSync(frozenTranslationPath('uk', '1.0.0'));
    writeFileSync(frozenTranslationPath('uk', '9.9.9'), '{}');
    const m = messages();
    expect(m).toContainEqual(expect.stringMatching(/uk\/2\.0\.0\.json: changed after release: its sha256 is [0-9a-f]{64}/));
    expect(m).toContainEqual(expect.stringMatching(/uk\/1\.0\.0\.json: is listed in .*SHA256SUMS but missing/));
    expect(m).toContainEqual(expect.stringMatching(/uk\/9\.9\.9\.json: is not listed in .*SHA256SUMS/));
    expect(m).toHaveLength(3);
    // The build's release guard (run by every astro build) reports the same problems.
    const guard = guardReleases({ git: false, allowPreview: false }).problems.map((p) => p.file);
    for (const v of ['2.0.0', '1.0.0', '9.9.9']) expect(guard).toContain(frozenTranslationPath('uk', v));
  });

  it('a release without a frozen translation is refused; data:release freezes today\'s, byte for byte', () => {
    project();
    const latest = listReleases().at(-1)!;
    unlinkSync(frozenTranslationPath('uk', latest));
    writeFileSync(FROZEN_TRANSLATION_SUMS, readFileSync(FROZEN_TRANSLATION_SUMS, 'utf8').split('\n').filter((l) => !l.endsWith(`uk/${latest}.json`)).join('\n'));
    expect(messages()).toEqual([`${frozenTranslationPath('uk', latest)}: is missing: release ${latest}'s uk translation is frozen there (a new release: \`npm run data:release\` freezes it; a deleted copy: restore it with git)`]);
    expect(freezeMissingTranslations()).toEqual([`uk/${latest}.json`]);
    expect(readFileSync(frozenTranslationPath('uk', latest)).equals(readFileSync(translationPath('uk')))).toBe(true);
    expect(messages()).toEqual([]);
    expect(freezeMissingTranslations(), 'running it again changes nothing').toEqual([]);
  });

  it('a retranslation changes the working dataset\'s words, not a release\'s', () => {
    project();
    const latest = listReleases().at(-1)!;
    const release = loadRelease(latest);
    const id = release.events[0]!.id;
    const title = (ds: ReturnType<typeof latestDataset>) => localizeDataset(ds, 'uk').events.find((e) => e.id === id)!.title;
    const before = title(release);
    expect(title(latestDataset()), 'today the working dataset and the release read alike').toBe(before);
    const tr = JSON.parse(readFileSync(translationPath('uk'), 'utf8'));
    tr.events[id].title = `Перекладено заново: ${tr.events[id].title}`;
    writeFileSync(translationPath('uk'), JSON.stringify(tr, null, 2));
    expect(title(latestDataset()), "the working dataset: today's words").toMatch(/^Перекладено заново: /);
    expect(title(loadRelease(latest)), `release ${latest}: its frozen words`).toBe(before);
    expect(messages(), 'the frozen copies are untouched').toEqual([]);
  });
});
