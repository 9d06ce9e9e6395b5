/**
 * Every built page is valid HTML: zero errors from the W3C Nu HTML checker
 * (vnu.jar, which needs Java). All pages go to one JVM run. The only messages
 * ignored are the checker's outdated CSS grammar for container queries
 * (`@container`, `container-type`), which current browsers support; see
 * tests/helpers/vnu.ts. A known-invalid fixture rides along in the same run,
 * so the test proves that the checker runs and the filter hides nothing else.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { builtPages, DIST } from '../helpers/dist.ts';
import { checkHtml, isOutdatedCssGrammar, type VnuMessage } from '../helpers/vnu.ts';

const FIXTURE = join(process.cwd(), 'tests/fixtures/html/invalid.html');
const pages = builtPages();

function describeMessage(m: VnuMessage): string {
  return `${m.message} (line ${m.lastLine ?? '?'}: ${(m.extract ?? '').replace(/\s+/g, ' ').slice(0, 100)})`;
}

describe('valid HTML (W3C Nu checker)', () => {
  const started = Date.now();
  const messages = checkHtml([FIXTURE, ...pages.map((p) => p.file)]);
  const seconds = (Date.now() - started) / 1000;
  const byFile = new Map<string, VnuMessage[]>();
  for (const m of messages) {
    const file = decodeURI(m.url.replace(/^file:/, ''));
    byFile.set(file, [...(byFile.get(file) ?? []), m]);
  }

  it('checks every page in one run, quickly enough for npm test', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(seconds, `vnu.jar took ${seconds.toFixed(1)} s for ${pages.length} pages`).toBeLessThan(240);
  });

  it('still reports the defects it exists to catch (a fixture page)', () => {
    const found = (byFile.get(FIXTURE) ?? []).map((m) => m.message).join('\n');
    expect(found).toMatch(/Element “details” not allowed as child of element “figure”/);
    expect(found).toMatch(/Stray start tag “script”/);
    expect(found, 'an unknown CSS property must still count').toMatch(/colr/);
    expect(found, 'container queries are ignored').not.toMatch(/container/);
  });

  it('has zero errors on every built page', () => {
    const report = [...byFile]
      .filter(([file]) => file !== FIXTURE)
      .map(([file, ms]) => `${relative(DIST, file)}:\n  ${ms.map(describeMessage).join('\n  ')}`);
    expect(report.join('\n'), `${report.length} page(s) with HTML errors`).toBe('');
  });
});

describe('the Nu checker filter', () => {
  it('ignores only container-query grammar', () => {
    expect(isOutdatedCssGrammar('CSS: Unrecognized at-rule “@container”.')).toBe(true);
    expect(isOutdatedCssGrammar('CSS: “container-type”: Property “container-type” doesn\'t exist.')).toBe(true);
    expect(isOutdatedCssGrammar('CSS: Unrecognized at-rule “@media”.')).toBe(false);
    expect(isOutdatedCssGrammar('CSS: “colr”: Property “colr” doesn\'t exist.')).toBe(false);
    expect(isOutdatedCssGrammar('Element “details” not allowed as child of element “figure” in this context.')).toBe(false);
  });
});
