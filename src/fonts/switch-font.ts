/**
 * The language switch's own face. Every English page's header names the other editions in their own script
 * ("Українська", "УКР"), and those few letters were the only reason an English page fetched the Cyrillic Source
 * Sans file (8 KB, on the first screen's critical path: a phone waits for it before the first paint). So the switch
 * is set in a face of its own holding exactly the letters it needs that the page's own language does not already
 * load, inline as a data: URL (about 1 KB: no request), the same Source Sans 3 Regular cut with kerning. A page whose
 * switch needs no such letter (a Ukrainian page naming "English") gets no face.
 */
import { LANGUAGE_NAME, LANGUAGE_SHORT, LOCALES, type Locale } from '../i18n/index.ts';
import { SCRIPTS, sansFile, type Script } from './faces.ts';
import { subsetToText } from './subset.ts';

/** The family the switch is set in; never a name a reader's system could have. */
export const SWITCH_FAMILY = 'Taken Switch Sans';

/** The font subsets (src/fonts/faces.ts) a language's own text is set in, so its pages load them anyway. */
const LOCALE_SCRIPTS: Record<Locale, Array<Script['name']>> = { en: ['latin'], uk: ['latin', 'cyrillic'] };

/** The characters the switch on a page in `locale` shows that none of that language's own subsets hold, sorted. */
export function switchLetters(locale: Locale): string {
  const own = new Set(SCRIPTS.filter((s) => LOCALE_SCRIPTS[locale].includes(s.name)).flatMap((s) => s.codePoints));
  const shown = LOCALES.filter((l) => l !== locale).flatMap((l) => [...LANGUAGE_NAME[l], ...LANGUAGE_SHORT[l]]);
  return [...new Set(shown)].filter((c) => !own.has(c.codePointAt(0)!)).sort().join('');
}

/** The CSS a page in `locale` inlines for its switch: the face and the rule that uses it; empty when none is needed. */
export async function switchFontCss(locale: Locale): Promise<string> {
  const letters = switchLetters(locale);
  if (!letters) return '';
  const woff2 = await subsetToText(sansFile(400), letters);
  const range = [...letters].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(',');
  // font-display: block: a data: font is ready within a frame, so the switch is never drawn in a fallback first.
  return (
    `@font-face{font-family:"${SWITCH_FAMILY}";src:url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2");` +
    `font-weight:400;font-style:normal;font-display:block;unicode-range:${range}}` +
    `.lang-switch{font-family:"${SWITCH_FAMILY}",var(--font-sans)}`
  );
}
