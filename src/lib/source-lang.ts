/**
 * Which language a source's name and title are in, for `lang` on the element that shows them, so that a screen
 * reader says a publisher's name or a headline in its own language on a page in another. A title is in the
 * publication's language (`language`). A publisher's name is as the dataset writes it: in Latin letters (an English
 * name or a transliteration, "Glavcom", "Government of Ukraine") unless it is written in Cyrillic
 * ("Новый Севастополь"), which is the publication's language. Undefined where it is the page's own language.
 */
import type { Source } from '../data/schema.ts';
import type { Locale } from '../i18n/index.ts';

type Named = Pick<Source, 'publisher' | 'language'>;

export function titleLang(s: Pick<Source, 'language'>, locale: Locale): string | undefined {
  return s.language === locale ? undefined : s.language;
}

export function publisherLang(s: Named, locale: Locale): string | undefined {
  const lang = /\p{Script=Cyrillic}/u.test(s.publisher) ? s.language : 'en';
  return lang === locale ? undefined : lang;
}
