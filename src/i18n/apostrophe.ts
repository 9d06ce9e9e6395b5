/**
 * The Ukrainian apostrophe. Inside a Ukrainian word (м’яч, п’ять, сім’ї, Мар’їнка) the site prints the typographic
 * apostrophe ’ (U+2019), whatever the translator typed: the ASCII ' of a Ukrainian keyboard, the modifier letter ʼ
 * (U+02BC), a backtick, an acute accent, a prime or a left quote mark. Only a mark between two Cyrillic letters is
 * changed, so English words (Russia's), quotation marks and ids stay as they are.
 *
 * Applied where our own Ukrainian text enters the build, never to what a source wrote: the dictionaries (index.ts,
 * charts.ts, pages.ts), the dataset's translation (content/data/i18n/uk.json, src/data/translations.ts), the
 * translated glossary, teaching guide and helplines (src/content.config.ts; a helpline's checked quote and numbers
 * excepted), the Ukrainian chapters' and pages' frontmatter (the collections' schemas) and a <Cite>'s translation
 * (Cite.astro). The MDX prose itself gets ’ from the Markdown processor's smartypants. Quotes and titles from the
 * dataset are printed as their source wrote them (tests/build/uk-apostrophes.test.ts checks both sides in dist/).
 */

/** An apostrophe-like mark between two Cyrillic letters. */
const MARK = /(?<=\p{Script=Cyrillic})['\u02BC\u2018\u0060\u00B4\u2032](?=\p{Script=Cyrillic})/gu;

/** The apostrophe Ukrainian text uses. */
export const UK_APOSTROPHE = '\u2019';

/** `text` with every apostrophe-like mark inside a Cyrillic word replaced by ’. */
export function ukApostrophes(text: string): string {
  return text.replace(MARK, UK_APOSTROPHE);
}

/** How many marks ukApostrophes would change in `text`. */
export function countUkApostrophes(text: string): number {
  return text.match(MARK)?.length ?? 0;
}

/**
 * A copy of a JSON-like value with ukApostrophes applied to every string in it (object keys are ids and stay), except
 * under the keys named in `skip` (verbatim words, e.g. a helpline's checked quote).
 */
export function ukApostrophesDeep<T>(value: T, skip: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return ukApostrophes(value) as T;
  if (Array.isArray(value)) return value.map((v) => ukApostrophesDeep(v, skip)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = skip.has(k) ? v : ukApostrophesDeep(v, skip);
    return out as T;
  }
  return value;
}
