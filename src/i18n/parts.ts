/**
 * A dictionary string cut at its {placeholders}, for templates that put markup
 * (a link, a <time>) where a placeholder stands: `tParts('help.family', 'en')`
 * gives `[' who is missing … portal, ', '{portal}', '. Ukraine's …']`. The
 * component renders each '{name}' piece as its element and the rest as text,
 * so word order stays the dictionary's in every language.
 */
import { dictionary, type Locale, type StringKey } from './index.ts';

export function tParts(key: StringKey, locale: Locale): string[] {
  const template = dictionary(locale)[key];
  if (typeof template !== 'string') throw new Error(`i18n: no string "${key}" in the ${locale} dictionary`);
  return template.split(/(\{\w+\})/).filter((p) => p !== '');
}
